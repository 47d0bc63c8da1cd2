//! Tokens of a date line: numbers in any digit script, the words and
//! phrases of the [tables](super::tables), other words, and punctuation,
//! each with its byte span.

use once_cell::sync::Lazy;

use super::{Unit, tables};
use crate::fold::{self, Folder};

/// What a word or phrase of the tables means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Word {
    /// A Gregorian month, 1 to 12: `مارس`, `آذار`, `كانون الثاني`.
    Month(u8),
    /// A Hijri month, 1 to 12: `رجب`, `ذو الحجة`.
    HijriMonth(u8),
    /// A weekday, 1 (Monday) to 7 (Sunday): `الأحد`, `أحد`.
    Weekday(u8),
    /// `هـ`: the year before it is Hijri.
    HijriEra,
    /// `ميلادي`: the year before it is Gregorian.
    GregorianEra,
    /// `م`: the Gregorian era after a year (`2025 م`), afternoon after a
    /// time (`10:45 م`).
    EraOrPm,
    /// `ص`, `مساءً`, `PM`.
    Period(Meridiem),
    /// `h` between hours and minutes (`10h30`).
    HourSign,
    /// `GMT`, `غرينتش`: universal time; an offset may follow.
    Gmt,
    /// `بتوقيت`: the name of a zone follows.
    ZoneLabel,
    /// `الموافق`: the same day in the other calendar follows.
    Muwafiq,
    /// `منذ`, `قبل`, `ago`: a time before now.
    Ago,
    /// `أمس` (1), `أول أمس` (2), `اليوم` (0): days before today.
    DaysAgo(u8),
    /// A unit of relative time (`ساعات`), and how many it says alone.
    Unit(Unit, Count),
    /// `في`, `الساعة`: may stand between two parts of one phrase.
    Joiner,
    /// `نشر`, `تحديث`, `Published`: labels a date line.
    Label,
}

/// How many of its unit a word says without a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Count {
    /// One: `منذ ساعة`.
    Singular,
    /// Two: `منذ ساعتين`.
    Dual,
    /// Only with a number: `منذ 3 ساعات`.
    Plural,
}

/// Before or after noon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Meridiem {
    Am,
    Pm,
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A run of digits of any script (`2024`, `٢٠٢٤`, `۲۰۲۴`): its value
    /// (saturated) and how many digits it has.
    Number { value: u32, digits: u8 },
    /// A word or phrase of the tables.
    Word(Word),
    /// Any other word.
    Other,
    /// A character that is no space, letter or digit.
    Punct(char),
}

/// A token and where it stands in the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Token {
    pub(super) kind: Kind,
    pub(super) start: usize,
    pub(super) end: usize,
    /// A space stands before it, or it opens the line.
    pub(super) spaced: bool,
}

/// Reusable buffers: the tokens of the last line.
#[derive(Default)]
pub(super) struct Scratch {
    pub(super) tokens: Vec<Token>,
}

/// The tables as a trie of folded characters, a phrase's words joined by
/// one space: a word is folded and looked up in one walk, and most words
/// of a line leave the trie after a letter or two.
struct Trie {
    /// The root's children, indexed by folded character; 0 for none.
    root: Vec<u32>,
    /// Each other node's edges (a range of `edges`) and meaning.
    nodes: Vec<(std::ops::Range<u32>, Option<Word>)>,
    /// Folded characters to child nodes, few per node, side by side.
    edges: Vec<(char, u32)>,
}

impl Trie {
    const ROOT: u32 = 0;

    fn build() -> Trie {
        // First as nested lists, then laid out flat.
        let mut children: Vec<Vec<(char, u32)>> = vec![Vec::new()];
        let mut words: Vec<Option<Word>> = vec![None];
        for &(text, word) in tables::WORDS {
            let mut node = Trie::ROOT;
            for c in Folder::matching().fold(text).chars() {
                let next = children.len() as u32;
                node = match children[node as usize].iter().find(|e| e.0 == c) {
                    Some(&(_, child)) => child,
                    None => {
                        children[node as usize].push((c, next));
                        children.push(Vec::new());
                        words.push(None);
                        next
                    }
                };
            }
            words[node as usize] = Some(word);
        }
        let mut root = vec![0; 0x700];
        for &(c, child) in &children[0] {
            if root.len() <= c as usize {
                root.resize(c as usize + 1, 0);
            }
            root[c as usize] = child;
        }
        let mut edges = Vec::new();
        let nodes = children
            .iter()
            .zip(words)
            .map(|(out, word)| {
                let start = edges.len() as u32;
                edges.extend(out);
                (start..edges.len() as u32, word)
            })
            .collect();
        Trie { root, nodes, edges }
    }

    fn step(&self, node: u32, c: char) -> Option<u32> {
        if node == Trie::ROOT {
            return self.root.get(c as usize).copied().filter(|&child| child != 0);
        }
        let (range, _) = &self.nodes[node as usize];
        self.edges[range.start as usize..range.end as usize].iter().find(|e| e.0 == c).map(|e| e.1)
    }

    fn word(&self, node: u32) -> Option<Word> {
        self.nodes[node as usize].1
    }
}

static VOCABULARY: Lazy<Trie> = Lazy::new(Trie::build);

/// What the lexer needs to know of a character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// White space: tokens apart.
    Space,
    /// A zero-width or bidi mark: transparent (`12‏/3‏/2024` is one date).
    Invisible,
    /// A digit of any script, and its value.
    Digit(u8),
    /// A letter, mark or tatweel, and what [`Folder::matching`] folds it
    /// to (marks and tatweel to nothing).
    Letter(Option<char>),
    /// Anything else: punctuation, symbols.
    Punct,
}

impl Class {
    fn of(c: char) -> Class {
        if let Some(d) = digit_value(c) {
            Class::Digit(d)
        } else if fold::is_word_char(c) {
            Class::Letter(Folder::matching().fold_char(c))
        } else if c.is_whitespace() {
            Class::Space
        } else if fold::is_invisible(c) {
            Class::Invisible
        } else {
            Class::Punct
        }
    }
}

/// The class of each character below U+0700 (ASCII, Latin-1, Arabic),
/// computed once: a line is read a character at a time, and a look-up
/// is cheaper than the tests.
static CLASSES: Lazy<Vec<Class>> =
    Lazy::new(|| (0..0x700).map(|c| char::from_u32(c).map_or(Class::Punct, Class::of)).collect());

/// The value of a digit of any script khabar reads.
pub(super) fn digit_value(c: char) -> Option<u8> {
    let zero = match c {
        '0'..='9' => '0',
        '٠'..='٩' => '٠',
        '۰'..='۹' => '۰',
        _ => return None,
    };
    Some((c as u32 - zero as u32) as u8)
}

/// Splits `line` into tokens, in `scratch.tokens`.
pub(super) fn lex(line: &str, scratch: &mut Scratch) {
    scratch.tokens.clear();
    let reader = Reader { line, classes: &CLASSES, trie: &VOCABULARY };
    let mut spaced = true;
    let mut at = 0;
    while let Some((c, class, len)) = reader.char_at(at) {
        let start = at;
        at += len;
        let kind = match class {
            Class::Space => {
                spaced = true;
                continue;
            }
            Class::Invisible => continue,
            Class::Digit(d) => {
                let (value, digits, end) = reader.number(at, u32::from(d));
                at = end;
                Kind::Number { value, digits }
            }
            Class::Letter(_) => {
                let (kind, end) = reader.word(start);
                at = end;
                kind
            }
            Class::Punct => Kind::Punct(c),
        };
        scratch.tokens.push(Token { kind, start, end: at, spaced });
        spaced = false;
    }
}

/// A line read a character at a time, with the tables at hand.
struct Reader<'a> {
    line: &'a str,
    classes: &'a [Class],
    trie: &'a Trie,
}

impl Reader<'_> {
    /// The character starting at byte `at`, its class and its length.
    #[inline(always)]
    fn char_at(&self, at: usize) -> Option<(char, Class, usize)> {
        let bytes = self.line.as_bytes();
        let lead = *bytes.get(at)?;
        let (c, len) = match lead {
            // ASCII, and the two bytes of Arabic letters, decoded here.
            0..=0x7F => (char::from(lead), 1),
            0xC0..=0xDF => {
                let code = (u32::from(lead & 0x1F) << 6) | u32::from(bytes.get(at + 1)? & 0x3F);
                (char::from_u32(code)?, 2)
            }
            _ => {
                let c = self.line.get(at..)?.chars().next()?;
                (c, c.len_utf8())
            }
        };
        let class = self.classes.get(c as usize).copied().unwrap_or_else(|| Class::of(c));
        Some((c, class, len))
    }

    /// The number whose first digit, of value `first`, ends at `at`:
    /// value (saturated), digit count and end.
    fn number(&self, mut at: usize, first: u32) -> (u32, u8, usize) {
        let (mut value, mut digits) = (first, 1u8);
        while let Some((_, Class::Digit(d), len)) = self.char_at(at) {
            value = value.saturating_mul(10).saturating_add(u32::from(d));
            digits = digits.saturating_add(1);
            at += len;
        }
        (value, digits, at)
    }

    /// The word starting at `at`, or the longest phrase of the tables it
    /// opens (`كانون الثاني`): what it is and where it ends.
    fn word(&self, at: usize) -> (Kind, usize) {
        let (word_end, mut node) = self.walk(at, Some(Trie::ROOT));
        let mut found = None;
        let mut end = word_end;
        while let Some(n) = node {
            if let Some(word) = self.trie.word(n) {
                found = Some((Kind::Word(word), end));
            }
            // A phrase goes on past spaces to its next word.
            let mut next = end;
            while let Some((_, Class::Space, len)) = self.char_at(next) {
                next += len;
            }
            let goes_on = next > end && matches!(self.char_at(next), Some((_, Class::Letter(_), _)));
            let Some(space) = self.trie.step(n, ' ').filter(|_| goes_on) else { break };
            (end, node) = self.walk(next, Some(space));
        }
        found.unwrap_or((Kind::Other, word_end))
    }

    /// Reads the word starting at `at`, walking the trie from `node` with
    /// its folded characters: where the word ends (invisible marks inside
    /// it are part of it), and the node reached, if the trie holds the word
    /// so far.
    fn walk(&self, mut at: usize, mut node: Option<u32>) -> (usize, Option<u32>) {
        while let Some((c, class, len)) = self.char_at(at) {
            let folded = match class {
                Class::Letter(folded) => folded,
                Class::Invisible => None,
                _ => break,
            };
            at += len;
            node = match (node, folded) {
                (Some(n), Some(f)) if c < '\u{fb50}' => self.trie.step(n, f),
                // Presentation forms may fold to two letters (`ﻻ`).
                (Some(n), Some(_)) => {
                    Folder::matching().fold(c.encode_utf8(&mut [0; 4])).chars().try_fold(n, |n, f| self.trie.step(n, f))
                }
                (node, _) => node,
            };
        }
        (at, node)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(line: &str) -> Vec<Kind> {
        let mut scratch = Scratch::default();
        lex(line, &mut scratch);
        scratch.tokens.iter().map(|t| t.kind).collect()
    }

    #[test]
    fn no_folded_word_has_two_meanings() {
        let mut seen = std::collections::HashMap::new();
        for &(text, word) in tables::WORDS {
            let folded = Folder::matching().fold(text).into_owned();
            if let Some(&before) = seen.get(&folded) {
                assert_eq!(before, word, "{text} ({folded})");
            }
            seen.insert(folded, word);
        }
    }

    #[test]
    fn numbers_in_every_script() {
        let n = |value, digits| Kind::Number { value, digits };
        assert_eq!(kinds("2024 ٢٠٢٤ ۲۰۲۴"), [n(2024, 4), n(2024, 4), n(2024, 4)]);
        assert_eq!(kinds("07"), [n(7, 2)]);
    }

    #[test]
    fn words_are_folded_and_phrases_taken_whole() {
        assert_eq!(kinds("اغسطس"), [Kind::Word(Word::Month(8))]);
        assert_eq!(kinds("الإثنين"), [Kind::Word(Word::Weekday(1))]);
        assert_eq!(kinds("هـ"), [Kind::Word(Word::HijriEra)]);
        assert_eq!(kinds("كانون  الثاني"), [Kind::Word(Word::Month(1))]);
        assert_eq!(kinds("جمادى الآخرة"), [Kind::Word(Word::HijriMonth(6))]);
        // `كانون` alone is no month.
        assert_eq!(kinds("كانون"), [Kind::Other]);
        assert_eq!(kinds("ﻻ"), [Kind::Other]);
    }

    #[test]
    fn digits_and_letters_split() {
        let mut scratch = Scratch::default();
        lex("مناقشات17 ديسمبر،2025م", &mut scratch);
        let spans: Vec<(usize, usize, bool)> = scratch.tokens.iter().map(|t| (t.start, t.end, t.spaced)).collect();
        assert_eq!(
            spans,
            [(0, 14, true), (14, 16, false), (17, 29, true), (29, 31, false), (31, 35, false), (35, 37, false)]
        );
        assert_eq!(scratch.tokens[5].kind, Kind::Word(Word::EraOrPm));
    }

    #[test]
    fn bidi_marks_are_transparent() {
        assert_eq!(kinds("12\u{200f}/3").len(), 3);
    }
}
