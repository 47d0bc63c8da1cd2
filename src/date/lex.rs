//! Tokens of a date line: numbers in any digit script, the words and
//! phrases of the [tables](super::tables), other words, and punctuation,
//! each with its byte span.

use std::collections::HashMap;

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

/// Reusable buffers: the tokens of the last line, and folded words.
#[derive(Default)]
pub(super) struct Scratch {
    pub(super) tokens: Vec<Token>,
    word: String,
    next: String,
}

/// A folded first word, with its meaning alone and the phrases it opens.
#[derive(Default)]
struct Entry {
    alone: Option<Word>,
    /// The phrase's other words, folded, longest phrase first.
    phrases: Vec<(Vec<String>, Word)>,
}

/// The tables, folded and indexed by first word.
static VOCABULARY: Lazy<HashMap<String, Entry>> = Lazy::new(|| {
    let mut map: HashMap<String, Entry> = HashMap::new();
    for &(text, word) in tables::WORDS {
        let folded = Folder::matching().fold(text);
        let mut words = folded.split(' ').map(str::to_owned);
        let entry = map.entry(words.next().unwrap_or_default()).or_default();
        let rest: Vec<String> = words.collect();
        if rest.is_empty() {
            entry.alone = Some(word);
        } else {
            entry.phrases.push((rest, word));
        }
    }
    for entry in map.values_mut() {
        entry.phrases.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
    }
    map
});

/// The value of a digit of any script khabar reads.
pub(super) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '٠'..='٩' => Some(c as u32 - '٠' as u32),
        '۰'..='۹' => Some(c as u32 - '۰' as u32),
        _ => None,
    }
}

/// A letter, mark or tatweel: part of a word (digits are not).
fn is_letter(c: char) -> bool {
    fold::is_word_char(c) && digit_value(c).is_none()
}

/// Splits `line` into tokens, in `scratch.tokens`.
pub(super) fn lex(line: &str, scratch: &mut Scratch) {
    scratch.tokens.clear();
    let mut spaced = true;
    let mut at = 0;
    while let Some(c) = line[at..].chars().next() {
        let start = at;
        if c.is_whitespace() {
            spaced = true;
            at += c.len_utf8();
            continue;
        }
        // Bidi marks between the parts of `12‏/3‏/2024` join them.
        if fold::is_invisible(c) {
            at += c.len_utf8();
            continue;
        }
        let kind = if digit_value(c).is_some() {
            let (value, digits, end) = number(line, at);
            at = end;
            Kind::Number { value, digits }
        } else if is_letter(c) {
            let (kind, end) = word(line, at, scratch);
            at = end;
            kind
        } else {
            at += c.len_utf8();
            Kind::Punct(c)
        };
        scratch.tokens.push(Token { kind, start, end: at, spaced });
        spaced = false;
    }
}

/// The number whose digits start at `at`: value, digit count and end.
fn number(line: &str, at: usize) -> (u32, u8, usize) {
    let (mut value, mut digits) = (0u32, 0u8);
    let mut end = at;
    for (i, c) in line[at..].char_indices() {
        let Some(d) = digit_value(c) else { break };
        value = value.saturating_mul(10).saturating_add(d);
        digits = digits.saturating_add(1);
        end = at + i + c.len_utf8();
    }
    (value, digits, end)
}

/// Where the word starting at `at` ends (invisible marks inside it kept).
fn word_end(line: &str, at: usize) -> usize {
    line[at..]
        .char_indices()
        .find(|&(_, c)| !is_letter(c) && !fold::is_invisible(c))
        .map_or(line.len(), |(i, _)| at + i)
}

/// The word starting at `at`, or the longest phrase of the tables it
/// opens: what it is and where it ends.
fn word(line: &str, at: usize, scratch: &mut Scratch) -> (Kind, usize) {
    let end = word_end(line, at);
    fold_word(&line[at..end], &mut scratch.word);
    let Some(entry) = VOCABULARY.get(scratch.word.as_str()) else { return (Kind::Other, end) };
    for (rest, meaning) in &entry.phrases {
        if let Some(phrase_end) = phrase_end(line, end, rest, &mut scratch.next) {
            return (Kind::Word(*meaning), phrase_end);
        }
    }
    (entry.alone.map_or(Kind::Other, Kind::Word), end)
}

/// Where the phrase whose first word ends at `at` ends, if the words after
/// it, past spaces, are `rest`.
fn phrase_end(line: &str, mut at: usize, rest: &[String], buf: &mut String) -> Option<usize> {
    for expected in rest {
        let start = at + line[at..].find(|c: char| !c.is_whitespace() && !fold::is_invisible(c))?;
        if start == at || !line[start..].starts_with(is_letter) {
            return None;
        }
        at = word_end(line, start);
        fold_word(&line[start..at], buf);
        if buf != expected {
            return None;
        }
    }
    Some(at)
}

/// Folds one word into `out` as [`Folder::matching`] folds it.
fn fold_word(word: &str, out: &mut String) {
    out.clear();
    // Presentation forms may fold to two letters (`ﻻ`): the whole fold.
    if word.chars().any(|c| c >= '\u{fb50}') {
        out.push_str(&Folder::matching().fold(word));
        return;
    }
    out.extend(word.chars().filter_map(|c| Folder::matching().fold_char(c)));
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
        let mut seen: HashMap<String, Word> = HashMap::new();
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
