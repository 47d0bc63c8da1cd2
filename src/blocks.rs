//! Blocks: the lines of a page, and what stands for a line where the page
//! lost its line breaks.
//!
//! A block ends at a line break (`\n`, `\r\n` or `\r`), at a run of three
//! or more spaces (no-break spaces count), and before a list bullet (`•`)
//! standing inside a line. A single space never ends a block.

use std::iter::FusedIterator;

use once_cell::sync::Lazy;

use crate::fold::{is_invisible, is_space, is_word_char};
use crate::span::Span;

/// Bullets that end a block when they stand inside a line.
const INLINE_BULLETS: &[char] = &['•', '●', '▪', '■', '◾', '◼'];

/// How many spaces in a row stand for a line break.
const SPACER_RUN: usize = 3;

/// An iterator over the blocks of a text: each a trimmed, non-empty slice
/// with its span, or an empty one where a line was blank.
///
/// Created by [`blocks`].
#[derive(Clone, Debug)]
pub struct Blocks<'a> {
    input: &'a str,
    at: usize,
    /// Where the current line ends (its line break, or the input's end).
    line_end: usize,
    special: Special,
}

/// The blocks of `input`, in order, as `(span, text)` pairs. Blank lines
/// give empty blocks, so paragraph breaks stay visible.
///
/// # Example
/// ```
/// let text = "عنوان\n\nفقرة أولى   فقرة ثانية • بند";
/// let blocks: Vec<&str> = khabar::blocks(text).map(|(_, b)| b).collect();
/// assert_eq!(blocks, ["عنوان", "", "فقرة أولى", "فقرة ثانية", "• بند"]);
/// ```
pub fn blocks(input: &str) -> Blocks<'_> {
    Blocks { input, at: 0, line_end: 0, special: Special::default() }
}

impl<'a> Iterator for Blocks<'a> {
    type Item = (Span, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = &self.input[self.at..];
        if rest.is_empty() {
            return None;
        }
        if self.at >= self.line_end {
            self.line_end = self.at + memchr::memchr2(b'\n', b'\r', rest.as_bytes()).unwrap_or(rest.len());
        }
        let (len, skip) = self.block_end();
        let start = self.at;
        self.at += len + skip;
        let raw = &self.input[start..start + len];
        let text = raw.trim_matches(|c: char| is_space(c) || is_invisible(c));
        let text_start = start + (text.as_ptr() as usize - raw.as_ptr() as usize);
        Some((Span::new(text_start, text_start + text.len()), text))
    }
}

impl FusedIterator for Blocks<'_> {}

impl Blocks<'_> {
    /// Length of the block at `self.at`, and how many bytes after it belong
    /// to no block (the line break or the spacer run).
    fn block_end(&mut self) -> (usize, usize) {
        let bytes = self.input.as_bytes();
        let (from, line_end) = (self.at, self.line_end);
        let mut run_start = 0;
        let mut run_len = 0;
        let mut seen_text = false;
        let mut i = from;
        while i < line_end {
            // Between a text byte and the next byte that can end a block,
            // only text and single ASCII spaces stand: jump there.
            if run_len == 0 && seen_text {
                let next = self.special.next(bytes, i, line_end);
                if next > i {
                    if bytes[next - 1] == b' ' {
                        (run_start, run_len) = (next - 1, 1);
                    }
                    i = next;
                    continue;
                }
            }
            let b = bytes[i];
            if b == b' ' {
                if run_len == 0 {
                    run_start = i;
                }
                run_len += 1;
                i += 1;
                continue;
            }
            // Fast path: printable ASCII and two-byte Arabic characters (but
            // the Arabic letter mark, U+061C) are text.
            if (b > b' ' && b < 0x80) || matches!(b, 0xD9..=0xDB) || (b == 0xD8 && bytes[i + 1] != 0x9C) {
                if run_len >= SPACER_RUN && seen_text {
                    return (run_start - from, i - run_start);
                }
                run_len = 0;
                seen_text = true;
                i += if b < 0x80 { 1 } else { 2 };
                continue;
            }
            let c = self.input[i..].chars().next().unwrap_or(' ');
            match c {
                _ if is_space(c) => {
                    if run_len == 0 {
                        run_start = i;
                    }
                    run_len += 1;
                }
                _ if INLINE_BULLETS.contains(&c) && seen_text => {
                    // The block ends where the spaces before the bullet
                    // start; the next one starts at the bullet.
                    let end = if run_len > 0 { run_start } else { i };
                    return (end - from, i - end);
                }
                _ => {
                    if run_len >= SPACER_RUN && seen_text {
                        return (run_start - from, i - run_start);
                    }
                    run_len = 0;
                    seen_text |= !is_invisible(c);
                }
            }
            i += c.len_utf8();
        }
        (line_end - from, line_break(bytes, line_end))
    }
}

/// Two ASCII spaces in a row, searched with one searcher built once.
static DOUBLE_SPACE: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("  "));

/// Where the first two ASCII spaces in a row stand in `text`, if any.
pub(crate) fn find_double_space(text: &str) -> Option<usize> {
    DOUBLE_SPACE.find(text.as_bytes())
}

/// The length of the line break at `at` (0 at the end of the text).
fn line_break(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at) {
        Some(b'\r') if bytes.get(at + 1) == Some(&b'\n') => 2,
        Some(_) => 1,
        None => 0,
    }
}

/// Where, within a line, the next byte that can end a block stands: two
/// ASCII spaces in a row, a tab, vertical tab or form feed, or the lead
/// byte of a no-break space, another Unicode space or a bullet (C2, E1,
/// E2, E3). Each search runs to its next hit in the whole input, not just
/// in the line, and its answer is kept: every byte is searched once, and
/// a byte the page does not hold (a tab, E1) is looked for once a page.
#[derive(Clone, Debug, Default)]
struct Special {
    spaces: Option<usize>,
    leads: Option<usize>,
    rare_leads: Option<usize>,
    controls: Option<usize>,
}

impl Special {
    /// The first special offset in `from..line_end`, or `line_end`.
    fn next(&mut self, bytes: &[u8], from: usize, line_end: usize) -> usize {
        let rest = &bytes[from..];
        let find = |cache: &mut Option<usize>, search: &dyn Fn(&[u8]) -> Option<usize>| {
            if cache.is_none_or(|at| at < from) {
                *cache = Some(search(rest).map_or(bytes.len(), |p| from + p));
            }
            cache.unwrap_or(bytes.len())
        };
        let spaces = find(&mut self.spaces, &|h| DOUBLE_SPACE.find(h));
        let leads = find(&mut self.leads, &|h| memchr::memchr3(0xC2, 0xE2, 0xE3, h));
        let rare_leads = find(&mut self.rare_leads, &|h| memchr::memchr(0xE1, h));
        let controls = find(&mut self.controls, &|h| memchr::memchr3(0x09, 0x0B, 0x0C, h));
        spaces.min(leads).min(rare_leads).min(controls).min(line_end)
    }
}

/// Space-separated tokens of `text`, counted up to `limit`. Reads bytes
/// only; a no-break space inside a block does not separate tokens here.
fn count_tokens(text: &str, limit: usize) -> usize {
    let is_space = |b: u8| b == b' ' || b == b'\t';
    let bytes = text.as_bytes();
    // A token starts at a non-space byte after a space, or at the start.
    let first = usize::from(bytes.first().is_some_and(|&b| !is_space(b)));
    (first + count_pairs(bytes, limit, |a, b| is_space(a) & !is_space(b))).min(limit)
}

/// How many neighbouring byte pairs of `bytes` pass `test`, counted 64
/// pairs at a time so the count vectorizes; the count stops soon after it
/// passes `limit`.
pub(crate) fn count_pairs(bytes: &[u8], limit: usize, test: impl Fn(u8, u8) -> bool) -> usize {
    let mut count = 0;
    let mut at = 0;
    while at + 1 < bytes.len() && count <= limit {
        let end = (at + 64).min(bytes.len() - 1);
        let pairs = bytes[at..end].iter().zip(&bytes[at + 1..=end]);
        count += usize::from(pairs.map(|(&a, &b)| u8::from(test(a, b))).sum::<u8>());
        at = end;
    }
    count
}

/// Words are counted up to this many: every decision that counts words
/// draws its line below it, and long paragraphs need not be read twice.
pub(crate) const WORD_CAP: usize = 64;

/// Blocks of more words than this are measured by their word count and
/// their ends only: no headline, title, tag or credit is that long.
const LONG_WORDS: usize = 30;

/// What a block looks like, measured once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Shape {
    /// Words: runs of non-space characters holding a letter or digit,
    /// counted up to [`WORD_CAP`].
    pub(crate) words: usize,
    /// Words made of Arabic letters.
    pub(crate) arabic_words: usize,
    /// Words that are numbers.
    pub(crate) number_words: usize,
    /// The block ends a sentence (`.`, `!`, `…`, possibly inside a quote).
    pub(crate) ends_sentence: bool,
    /// The block ends with a question mark (`?`, `؟`).
    pub(crate) ends_question: bool,
    /// The block ends with a colon: it introduces what follows.
    pub(crate) ends_colon: bool,
    /// The block ends with a comma: a sentence goes on on the next line.
    pub(crate) ends_comma: bool,
    /// The block starts with a hashtag (a category or tag, not a headline).
    pub(crate) hashtag: bool,
    /// A sentence ends inside the block and another begins.
    pub(crate) inner_sentence: bool,
    /// The block starts with a bullet or a list number.
    pub(crate) bulleted: bool,
    /// The block starts with a section number such as `I ـ` or `2 -`.
    pub(crate) numbered_section: bool,
    /// The block opens with words that go on from a sentence before
    /// (`وقال`, `كما`): set by the caller, which reads the words.
    pub(crate) continues: bool,
}

impl Shape {
    pub(crate) fn of(text: &str) -> Shape {
        let mut shape = Shape::default();
        // A long block is prose whatever its words are: count them only.
        let tokens = count_tokens(text, WORD_CAP);
        if tokens > LONG_WORDS {
            shape.words = tokens;
            // Arabic letters are two bytes led by D8 to DB.
            let bytes = text.as_bytes();
            let arabic = memchr::memchr3(0xD8, 0xD9, 0xDA, bytes).is_some() || memchr::memchr(0xDB, bytes).is_some();
            shape.arabic_words = if arabic { tokens } else { 0 };
            return shape.with_ends(text);
        }
        // One pass over the characters, word by word.
        let classes = &*CLASSES;
        let mut word: Option<Class> = None;
        let (mut prev_stop, mut last, mut before_last, mut at_start) = (false, ' ', ' ', true);
        for c in text.chars() {
            let class = classes.get(c as usize).copied().unwrap_or_else(|| Class::of(c));
            if class == Class::Space {
                if !at_start {
                    shape.count(word);
                    prev_stop = matches!(last, '.' | '!' | '؟' | '?' | '؛') && before_last != '.';
                    (word, at_start) = (None, true);
                }
                continue;
            }
            if at_start {
                if prev_stop && class >= Class::OtherWord && !is_digit(c) {
                    shape.inner_sentence = true;
                }
                at_start = false;
            }
            // A word is what its strongest character makes it: Arabic over
            // Latin over number.
            if class != Class::Mark {
                word = word.max(Some(class));
            }
            (before_last, last) = (last, c);
        }
        if !at_start {
            shape.count(word);
        }
        shape.with_ends(text)
    }

    /// Sets what the start and the end of `text` say.
    fn with_ends(mut self, text: &str) -> Shape {
        let shape = &mut self;
        let end = text.trim_end_matches(|c: char| {
            matches!(c, '"' | '\'' | '»' | '”' | '’' | ')' | ']') || is_space(c) || is_invisible(c)
        });
        shape.ends_sentence = end.ends_with(['.', '!', '…', '۔']);
        shape.ends_question = end.ends_with(['?', '؟']);
        shape.ends_colon = end.ends_with([':', '：']);
        shape.ends_comma = end.ends_with([',', '،', '؛', ';']);
        shape.hashtag = text.starts_with('#');
        shape.bulleted = strip_bullet(text).len() < text.len();
        shape.numbered_section = is_numbered_section(text);
        self
    }

    /// Counts a word that ended, if it held a letter or digit.
    fn count(&mut self, word: Option<Class>) {
        let Some(class) = word else { return };
        self.words += 1;
        match class {
            Class::Arabic => self.arabic_words += 1,
            Class::Digit => self.number_words += 1,
            Class::Latin | Class::OtherWord | Class::Space | Class::Mark => {}
        }
    }

    /// Reads as prose: a sentence of some length, or a long run of words.
    pub(crate) fn is_prose(&self) -> bool {
        (self.words >= 5 && (self.ends_sentence || self.ends_comma))
            || (self.words >= 3 && self.ends_colon)
            || (self.words >= 8 && self.inner_sentence)
            || (self.words >= 16 && self.ends_question)
            || (self.words >= 5 && self.continues)
            || self.words >= 20
    }

    /// Could be a headline: a few words, not a finished statement.
    pub(crate) fn is_headline(&self) -> bool {
        (2..=24).contains(&self.words)
            && !self.ends_sentence
            && !self.ends_colon
            && !self.ends_comma
            && !self.hashtag
            && self.arabic_words * 2 >= self.words
    }

    /// Could be an article's title: a headline of a title's length that is
    /// no list item or numbered section head.
    pub(crate) fn is_title(&self) -> bool {
        self.is_headline() && (3..=14).contains(&self.words) && !self.bulleted && !self.numbered_section
    }
}

/// What a character is to the word count, weakest first: a word is what
/// its strongest character makes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    /// White space: ends a word.
    Space,
    /// Punctuation, marks, symbols: part of a word, but no letter.
    Mark,
    /// A letter or digit of no script counted apart.
    OtherWord,
    Digit,
    Latin,
    Arabic,
}

impl Class {
    fn of(c: char) -> Class {
        if is_space(c) {
            Class::Space
        } else if !is_word_char(c) || c == 'ـ' {
            // A tatweel alone (`القاهرة ـ رويترز`) is a dash, no word.
            Class::Mark
        } else if crate::fold::is_arabic_letter(c) {
            Class::Arabic
        } else if c.is_ascii_alphabetic() {
            Class::Latin
        } else if is_digit(c) || c.is_numeric() {
            Class::Digit
        } else {
            Class::OtherWord
        }
    }
}

/// [`Class::of`] for every character below U+0700 (ASCII, Latin-1 and the
/// Arabic block), read from a table on the per-character path.
static CLASSES: Lazy<Vec<Class>> =
    Lazy::new(|| (0..0x700).map(|cp| char::from_u32(cp).map_or(Class::Mark, Class::of)).collect());

/// ASCII, Arabic-Indic and Persian digits, without Unicode's tables.
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{660}'..='\u{669}' | '\u{6f0}'..='\u{6f9}')
}

/// `I ـ عنوان`, `IV - عنوان`, `3 ـ عنوان`: a numbered section head.
fn is_numbered_section(text: &str) -> bool {
    if !text.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X' | 'L')) {
        return false;
    }
    let mut words = text.split_whitespace();
    let (Some(num), Some(dash)) = (words.next(), words.next()) else { return false };
    let numeral = num.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L')) || num.chars().all(|c| c.is_ascii_digit());
    numeral && matches!(dash, "ـ" | "-" | "–" | "—" | "." | ")")
}

/// `text` without a leading list bullet or number (`•`, `-`, `*`, `1.`,
/// `2-`, `(3)`) and the spaces after it.
pub(crate) fn strip_bullet(text: &str) -> &str {
    let t = text.trim_start_matches(|c: char| {
        matches!(
            c,
            '•' | '●'
                | '▪'
                | '◦'
                | '·'
                | '∙'
                | '*'
                | '-'
                | '–'
                | '—'
                | '►'
                | '▶'
                | '■'
                | '□'
                | '◆'
                | '◇'
                | '▸'
                | '>'
                | '◾'
                | '◼'
                | '✓'
                | '✔'
        ) || is_space(c)
            || is_invisible(c)
    });
    let digits = t.len() - t.trim_start_matches(is_digit).len();
    if (1..=6).contains(&digits) {
        let after = &t[digits..];
        let mut cs = after.chars();
        if let (Some(sep @ ('.' | '-' | ')' | 'ـ')), Some(c)) = (cs.next(), cs.next()) {
            if is_space(c) {
                return after[sep.len_utf8()..].trim_start_matches(is_space);
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        blocks(s).map(|(_, t)| t).collect()
    }

    #[test]
    fn lines_and_line_breaks() {
        assert_eq!(texts("a\r\nb\rc\n\nd"), ["a", "b", "c", "", "d"]);
        assert_eq!(texts(""), Vec::<&str>::new());
    }

    #[test]
    fn spacer_runs_split() {
        assert_eq!(texts("one two   three\u{a0}\u{a0}\u{a0}four x \u{a0} y"), ["one two", "three", "four x", "y"]);
        assert_eq!(texts("a \u{a0}b"), ["a \u{a0}b"]);
        assert_eq!(texts("   lead"), ["lead"]);
    }

    #[test]
    fn inline_bullets_split() {
        assert_eq!(texts("• a • b •c"), ["• a", "• b", "•c"]);
    }

    #[test]
    fn spans_slice_the_input() {
        let s = " \u{200f}x   y\r\n•z ";
        for (span, t) in blocks(s) {
            assert_eq!(span.slice(s), t);
        }
    }

    #[test]
    fn bullets_are_stripped() {
        assert_eq!(strip_bullet("  • عنوان"), "عنوان");
        assert_eq!(strip_bullet("1. عنوان"), "عنوان");
        assert_eq!(strip_bullet("12- عنوان"), "عنوان");
        assert_eq!(strip_bullet("2020 عام"), "2020 عام");
        assert_eq!(strip_bullet("** عنوان"), "عنوان");
        assert_eq!(strip_bullet("3ـ  عنوان"), "عنوان");
    }

    #[test]
    fn tokens_are_counted_across_chunks() {
        for n in [1, 20, 31, 32, 33, 64, 65, 100] {
            let text = vec!["كلمة"; n].join(if n % 2 == 0 { " " } else { " \t " });
            assert_eq!(count_tokens(&text, 1000), n, "{n} words");
            assert_eq!(count_tokens(&format!("  {text}  "), 1000), n, "{n} words, spaced");
            assert_eq!(count_tokens(&text, 10), n.min(10));
        }
        assert_eq!(count_tokens("", 5), 0);
        assert_eq!(count_tokens("   ", 5), 0);
    }

    #[test]
    fn shapes() {
        assert!(Shape::of("يضاف ذلك إلى استمرار العنف في وسط البلاد.").is_prose());
        let h = Shape::of("جماعة معارضة تسقط طائرة شحن تابعة لقوات فاغنر الروسية في مالي");
        assert!(h.is_headline() && !h.is_prose());
        assert!(Shape::of("• عنوان خبر").bulleted);
        // A tatweel alone is a dash; inside a word it stretches it.
        assert_eq!(Shape::of("القاهرة ـ رويترز").words, 2);
        assert_eq!(Shape::of("جريدة ـ المساء الجديدة").arabic_words, 3);
        assert_eq!(Shape::of("أيضـــا").arabic_words, 1);
    }
}
