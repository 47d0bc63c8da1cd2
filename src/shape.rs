//! What a block looks like, measured once: its words (Arabic, Latin,
//! numbers), how it ends, whether it is bulleted or numbered. Every later
//! decision reads these figures; the thresholds it compares them with are
//! in [`policy`](crate::policy).

use once_cell::sync::Lazy;

use crate::fold::{is_digit, is_invisible, is_space, is_word_char};
use crate::lexicon::{is_list_bullet, is_list_number_end};
use crate::policy::{
    HEADLINE_WORDS, LINK_NUMBER_DIGITS, LIST_NUMBER_DIGITS, LONG_WORDS, PROSE_COLON_WORDS, PROSE_CONTINUES_WORDS,
    PROSE_INNER_SENTENCE_WORDS, PROSE_QUESTION_WORDS, PROSE_SENTENCE_WORDS, PROSE_WORDS, TITLE_WORDS, WORD_CAP,
};

/// Space-separated tokens of `text`, counted up to `limit`. Reads bytes
/// only; a no-break space inside a block does not separate tokens here.
fn count_tokens(text: &str, limit: usize) -> usize {
    // A line break separates words too, inside a block a browser wrapped.
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
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

/// What a block looks like, measured once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Shape {
    /// Words: runs of non-space characters holding a letter or digit,
    /// counted up to [`WORD_CAP`](crate::policy::WORD_CAP).
    pub(crate) words: usize,
    /// Words made of Arabic letters.
    pub(crate) arabic_words: usize,
    /// Words that are numbers.
    pub(crate) number_words: usize,
    /// The block ends a sentence (`.`, `!`, `…`, possibly inside a quote).
    pub(crate) ends_sentence: bool,
    /// The block ends with a question mark (`?`, `؟`).
    pub(crate) ends_question: bool,
    /// The block ends with an exclamation mark (`!`), as headlines may
    /// (`فضيحة فى هارفارد!`): a sentence's end, and a headline's.
    pub(crate) ends_exclamation: bool,
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
    /// Too short to be prose by the user's measure
    /// ([`ParserBuilder::min_prose_words`](crate::ParserBuilder::min_prose_words)).
    pub(crate) too_short: bool,
    /// The page prints the block twice in a row, as a text browser prints
    /// a linked image's text and then the heading it links, or names it in
    /// its feed links' titles: a headline, not prose, whatever its ending.
    /// Set by the caller, which sees the blocks around.
    pub(crate) echoed: bool,
    /// The block opens with a word that says what a story shows, then a
    /// separator (`شاهد.. لحظة ...`, `بالصور: ...`): a headline, not prose,
    /// whatever its ending. Set by the caller.
    pub(crate) prefixed: bool,
    /// The title a post-navigation label links (`السابق بوست`, then the
    /// previous post's title, a sentence or not): a headline, not prose.
    /// Set by the caller, which sees the label.
    pub(crate) post_link: bool,
    /// Words with no punctuation and hardly a function word between them
    /// (`سولد أوت كامل العدد محمود سعد محمد هنيدي ...`): a run of names,
    /// tags or a form's options, however long, no sentence. Set by the
    /// caller, which knows the function words, on runs long enough to be
    /// read as prose otherwise.
    pub(crate) name_run: bool,
    /// Headlines run together as one block right under a list's heading
    /// (`مقالات سابقة`, then its headlines joined by a text browser, no
    /// sentence end among them): the list's, not prose. Set by the
    /// caller, which sees the heading.
    pub(crate) listed: bool,
    /// The page's first block, a title's length with one full stop at
    /// its end and no comma, a blank line under it and longer prose after
    /// (`حملة تعريفية لخطورة حشرة القراد بصحار.`): a headline that ends as a
    /// sentence does, not prose. Set by the caller, which sees the page.
    pub(crate) heads_page: bool,
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
        let mut word_chars = 0;
        for c in text.chars() {
            let class = classes.get(c as usize).copied().unwrap_or_else(|| Class::of(c));
            if class == Class::Space {
                if !at_start {
                    shape.count(word);
                    prev_stop = matches!(last, '.' | '!' | '؟' | '?' | '؛')
                        && before_last != '.'
                        && !is_abbreviation(word_chars, before_last, last);
                    (word, at_start, word_chars) = (None, true, 0);
                }
                continue;
            }
            word_chars += 1;
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
        shape.ends_exclamation = end.ends_with('!');
        shape.ends_question = end.ends_with(['?', '؟']);
        shape.ends_colon = end.ends_with([':', '：']);
        shape.ends_comma = end.ends_with([',', '،', '؛', ';']);
        shape.hashtag = opens_with_hashtag(text);
        // A bullet or a list number, not a heading's mark or a link's number.
        shape.bulleted = without_list_number(without_bullets(text)).len() < text.trim_start().len();
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

    /// A long run of words with no mark at its end and no sentence inside
    /// it: prose by its length alone, which the page around it may show to
    /// be something else ([`Shape::name_run`], [`Shape::listed`]).
    pub(crate) fn is_bare_run(&self) -> bool {
        let ended = self.ends_sentence || self.ends_question || self.ends_comma || self.ends_colon;
        self.words >= PROSE_WORDS && !ended && !self.inner_sentence
    }

    /// Reads as prose: a sentence of some length, or a long run of words.
    pub(crate) fn is_prose(&self) -> bool {
        !self.too_short
            && !self.echoed
            && !self.prefixed
            && !self.heads_page
            && !self.post_link
            && !self.name_run
            && !self.listed
            && ((self.words >= PROSE_SENTENCE_WORDS && (self.ends_sentence || self.ends_comma) && !self.exclaims())
                || (self.words >= PROSE_COLON_WORDS && self.ends_colon)
                || (self.words >= PROSE_INNER_SENTENCE_WORDS && self.inner_sentence)
                || (self.words >= PROSE_QUESTION_WORDS && self.ends_question)
                || (self.words >= PROSE_CONTINUES_WORDS && self.continues)
                || self.words >= PROSE_WORDS)
    }

    /// One exclamation of a title's length (`فضيحة جديدة في عالم الطيران
    /// المدني!`): a headline's shape, not prose's.
    fn exclaims(&self) -> bool {
        self.ends_exclamation && !self.inner_sentence && TITLE_WORDS.contains(&self.words)
    }

    /// Could be a headline: a few words, not a finished statement (unless
    /// the page names it as one elsewhere: [`Shape::echoed`]), mostly
    /// Arabic.
    pub(crate) fn is_headline(&self) -> bool {
        HEADLINE_WORDS.contains(&self.words)
            && (!self.ends_sentence
                || (self.ends_exclamation && !self.inner_sentence)
                || self.echoed
                || self.prefixed
                || self.heads_page)
            && !self.ends_colon
            && !self.ends_comma
            && !self.hashtag
            && self.arabic_words * 2 >= self.words
    }

    /// Could be an article's title: a headline of a title's length that is
    /// no list item or numbered section head.
    pub(crate) fn is_title(&self) -> bool {
        self.is_headline() && TITLE_WORDS.contains(&self.words) && !self.bulleted && !self.numbered_section
    }
    /// The figures the trace shows.
    pub(crate) fn figures(&self) -> Figures {
        let ending = if self.ends_sentence {
            Ending::Sentence
        } else if self.ends_question {
            Ending::Question
        } else if self.ends_colon {
            Ending::Colon
        } else if self.ends_comma {
            Ending::Comma
        } else {
            Ending::Open
        };
        Figures {
            words: self.words,
            arabic_words: self.arabic_words,
            number_words: self.number_words,
            ending,
            bulleted: self.bulleted,
            prose: self.is_prose(),
            headline: self.is_headline(),
            title: self.is_title(),
        }
    }
}

/// A block's shape as [`Page::explain`](crate::Page::explain) shows it: the
/// figures khabar's rules read (thresholds in the crate's `policy` module).
///
/// # Example
/// ```
/// let text = "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية.";
/// let page = khabar::parse(text);
/// let why = page.explain().next().unwrap();
/// let f = why.figures();
/// assert_eq!((f.words, f.ending, f.prose), (11, khabar::Ending::Sentence, true));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Figures {
    /// Words: runs of characters holding a letter or digit (counted up to 64).
    pub words: usize,
    /// Words of Arabic letters.
    pub arabic_words: usize,
    /// Words that are numbers.
    pub number_words: usize,
    /// How the block ends.
    pub ending: Ending,
    /// It starts with a bullet or a list number.
    pub bulleted: bool,
    /// It reads as prose: a sentence of some length, or a long run of words.
    pub prose: bool,
    /// It could be a headline: a few words, no finished statement.
    pub headline: bool,
    /// It could be an article's title: a headline of a title's length.
    pub title: bool,
}

/// How a block ends, as its shape reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Ending {
    /// `.`, `!`, `…`: a finished sentence.
    Sentence,
    /// `?`, `؟`.
    Question,
    /// `:`: it introduces what follows.
    Colon,
    /// `,`, `،`, `؛`: the sentence goes on.
    Comma,
    /// No punctuation: a headline's or a label's end.
    Open,
}

impl std::fmt::Display for Figures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ending = match self.ending {
            Ending::Sentence => "sentence end",
            Ending::Question => "question mark",
            Ending::Colon => "colon",
            Ending::Comma => "comma",
            Ending::Open => "no end mark",
        };
        write!(f, "{}w {}ar {}num, {ending}", self.words, self.arabic_words, self.number_words)?;
        for (on, name) in [(self.bulleted, "bulleted"), (self.prose, "prose"), (self.title, "title-shaped")] {
            if on {
                write!(f, ", {name}")?;
            }
        }
        if self.headline && !self.title {
            write!(f, ", headline-shaped")?;
        }
        Ok(())
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
        if is_space(c) || c == '\n' || c == '\r' {
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

/// Whether a word of `chars` characters ending in `before_last` and
/// `last` is an abbreviation: a lone letter and a dot (`د.` for doctor,
/// `أ.` for professor, `J.`), no sentence's end.
fn is_abbreviation(chars: usize, before_last: char, last: char) -> bool {
    chars == 2 && last == '.' && before_last.is_alphabetic()
}

/// [`Class::of`] for every character below U+0700 (ASCII, Latin-1 and the
/// Arabic block), read from a table on the per-character path.
static CLASSES: Lazy<Vec<Class>> =
    Lazy::new(|| (0..0x700).map(|cp| char::from_u32(cp).map_or(Class::Mark, Class::of)).collect());

/// The words of `text` on one line, one space between each: a block a
/// text browser wrapped, compared with one it did not wrap.
pub(crate) fn on_one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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

/// `text` without what stands before an item's words: a list bullet or
/// number (`•`, `-`, `*`, `1.`, `2-`, `3)`) and the spaces after it, a
/// Markdown heading's mark (`## `), and the link number a text browser
/// puts before a link's words (`* [12]الرئيسية`).
pub(crate) fn strip_bullet(text: &str) -> &str {
    let t = without_heading_mark(without_bullets(text));
    without_link_number(without_list_number(t))
}

/// `text` without the list bullets, spaces and invisible characters it
/// opens with.
fn without_bullets(text: &str) -> &str {
    text.trim_start_matches(|c: char| is_list_bullet(c) || is_space(c) || is_invisible(c))
}

/// `text` without the list number it opens with (`1.`, `12-`, `3ـ`) and
/// the spaces after it; a number before a word (`2020 عام`) is none.
fn without_list_number(text: &str) -> &str {
    let digits = text.len() - text.trim_start_matches(is_digit).len();
    if LIST_NUMBER_DIGITS.contains(&digits) {
        let after = &text[digits..];
        let mut cs = after.chars();
        if let (Some(end), Some(c)) = (cs.next(), cs.next()) {
            if is_list_number_end(end) && is_space(c) {
                return after[end.len_utf8()..].trim_start_matches(is_space);
            }
        }
    }
    text
}

/// Whether `text` opens with a `#` glued to a word (`#غزة`, lynx's
/// `#alternate`), not a Markdown heading's `# ` or `## `.
pub(crate) fn opens_with_hashtag(text: &str) -> bool {
    text.strip_prefix('#').is_some_and(|t| t.starts_with(|c: char| c != '#' && !c.is_whitespace()))
}

/// Whether `text` is a Markdown heading of level one, `# ` and its words
/// (CommonMark, "ATX headings"): the page's `<h1>`, as html2text, pandoc
/// and markdownify print it (`# مصر تسجل 30 إصابة جديدة`).
pub(crate) fn is_top_heading(text: &str) -> bool {
    text.trim_start_matches(is_space).strip_prefix("# ").is_some_and(|rest| !rest.trim().is_empty())
}

/// `text` without a Markdown heading's mark, one to six `#` and a space
/// (`## خلفيات الأزمة`; CommonMark, "ATX headings"), as text converted
/// from HTML to Markdown sets its headings. A hashtag (`#غزة`) keeps its.
fn without_heading_mark(text: &str) -> &str {
    let marks = text.len() - text.trim_start_matches('#').len();
    match text[marks..].strip_prefix(' ') {
        Some(rest) if (1..=6).contains(&marks) => rest.trim_start(),
        _ => text,
    }
}

/// `text` without the number a text browser puts before a link's text
/// (`[12]عنوان الخبر`): lynx -dump numbers every link so unless told not
/// to (its `GridText.c`, `add_link_number`), w3m with
/// `display_link_number`, ELinks by default; the number stands glued to
/// the link's text. A bracketed number before a space (`[1] المرجع`, a
/// note) is the page's own.
pub(crate) fn without_link_number(text: &str) -> &str {
    let Some(rest) = text.strip_prefix('[') else { return text };
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match rest[digits..].strip_prefix(']') {
        Some(after)
            if (1..=LINK_NUMBER_DIGITS).contains(&digits) && after.starts_with(|c: char| !c.is_whitespace()) =>
        {
            after
        }
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_headings_as_markdown_marks_them() {
        assert!(is_top_heading("# مصر تسجل 30 إصابة جديدة"));
        assert!(is_top_heading("  # عنوان"));
        for text in ["## خلفيات الأزمة", "#غزة", "#", "# ", "عنوان # آخر"] {
            assert!(!is_top_heading(text), "{text}");
        }
    }

    #[test]
    fn a_browsers_link_number_is_no_part_of_the_text() {
        assert_eq!(without_link_number("[12]عنوان الخبر"), "عنوان الخبر");
        assert_eq!(strip_bullet("* [3]الرئيسية"), "الرئيسية");
        assert_eq!(strip_bullet("1. [40]عنوان"), "عنوان");
        // A link's number is no list's bullet.
        assert!(!Shape::of("[12]عنوان الخبر").bulleted && Shape::of("* [12]عنوان الخبر").bulleted);
        // A note's number before a space, a year in brackets, a long number: the page's own.
        assert_eq!(without_link_number("[1] المرجع السابق"), "[1] المرجع السابق");
        assert_eq!(without_link_number("[123456]عنوان"), "[123456]عنوان");
        assert_eq!(without_link_number("[]عنوان"), "[]عنوان");
    }

    #[test]
    fn one_exclamation_is_a_headline_not_prose() {
        let exclaims = Shape::of("فضيحة جديدة في عالم الطيران المدني!");
        assert!(exclaims.is_headline() && !exclaims.is_prose());
        // Two sentences, the last exclaiming, are prose.
        let prose = Shape::of("وصلت الطائرة متأخرة ساعتين. يا لها من رحلة طويلة ومتعبة!");
        assert!(prose.is_prose() && !prose.is_headline());
    }

    #[test]
    fn a_lone_letter_and_a_dot_ends_no_sentence() {
        // `أ.` (professor) before a name is an abbreviation, no full stop.
        assert!(!Shape::of("استفحال ظاهرة العنف في الأسرة: الأسباب والحلول – أ. محمد سالم").inner_sentence);
        assert!(Shape::of("انتهى الاجتماع مساء أمس. وقال الوزير إن المحادثات كانت مثمرة").inner_sentence);
    }

    #[test]
    fn bullets_are_stripped() {
        assert_eq!(strip_bullet("  • عنوان"), "عنوان");
        assert_eq!(strip_bullet("1. عنوان"), "عنوان");
        assert_eq!(strip_bullet("12- عنوان"), "عنوان");
        assert_eq!(strip_bullet("2020 عام"), "2020 عام");
        assert_eq!(strip_bullet("** عنوان"), "عنوان");
        assert_eq!(strip_bullet("3ـ  عنوان"), "عنوان");
        // A pull quote's box (Unicode's Geometric Shapes) is a bullet too.
        assert_eq!(strip_bullet("◙ الحرية قيمة"), "الحرية قيمة");
        // A Markdown heading's mark, no bullet; a hashtag's stays.
        assert_eq!(strip_bullet("## خلفيات الأزمة"), "خلفيات الأزمة");
        assert!(!Shape::of("## خلفيات الأزمة").bulleted);
        assert_eq!(strip_bullet("#غزة"), "#غزة");
        assert!(Shape::of("#غزة #القدس").hashtag && !Shape::of("# عنوان الخبر هنا").hashtag);
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

    /// The shape of `text` measured the plain way: words split on every
    /// space, each word's class from [`Class::of`] (no table), tokens
    /// counted one by one. The fast pass must agree.
    fn reference(text: &str) -> Shape {
        let tokens = text.split([' ', '\t', '\n', '\r']).filter(|t| !t.is_empty()).count().min(WORD_CAP);
        let mut shape = Shape::default();
        if tokens > LONG_WORDS {
            shape.words = tokens;
            shape.arabic_words = if text.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)) { tokens } else { 0 };
            return shape.with_ends(text);
        }
        let chars: Vec<char> = text.chars().collect();
        let mut at = 0;
        let mut seen: Vec<char> = Vec::new();
        let mut prev_word: Vec<char> = Vec::new();
        while at < chars.len() {
            if Class::of(chars[at]) == Class::Space {
                at += 1;
                continue;
            }
            let start = at;
            while at < chars.len() && Class::of(chars[at]) != Class::Space {
                at += 1;
            }
            let word = &chars[start..at];
            let n = seen.len();
            let abbreviation = prev_word.len() == 2 && prev_word[1] == '.' && prev_word[0].is_alphabetic();
            let stop = n >= 1
                && matches!(seen[n - 1], '.' | '!' | '؟' | '?' | '؛')
                && (n < 2 || seen[n - 2] != '.')
                && !abbreviation;
            if stop && Class::of(word[0]) >= Class::OtherWord && !is_digit(word[0]) {
                shape.inner_sentence = true;
            }
            seen.extend_from_slice(word);
            prev_word = word.to_vec();
            shape.count(word.iter().map(|&c| Class::of(c)).filter(|&c| c != Class::Mark).max());
        }
        shape.with_ends(text)
    }

    fn text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let alphabet: Vec<char> =
            "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإىةـًٌَُِّ ٠١٢٣0123456789abcXYZ.!?؟؛،,:\"»”() \u{a0}\t\u{200f}•-ﻏﺰکی۱"
                .chars()
                .collect();
        prop::collection::vec(prop::sample::select(alphabet), 0..160).prop_map(String::from_iter)
    }

    proptest::proptest! {
        #[test]
        fn the_fast_pass_agrees_with_the_plain_one(text in text()) {
            proptest::prop_assert_eq!(Shape::of(&text), reference(&text));
        }
    }
}
