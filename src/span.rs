//! Byte spans and the borrowed pieces of text that carry them.

use std::fmt;
use std::ops::Range;

/// A half-open byte range `start..end` into the parsed input.
///
/// Both ends always lie on UTF-8 character boundaries of the input, so
/// `&input[span.range()]` never panics for a span that khabar returned.
///
/// # Example
/// ```
/// let text = "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية في كل الملفات.";
/// let page = khabar::parse(text);
/// let p = &page.articles()[0].paragraphs()[0];
/// assert_eq!(p.span().slice(text), p.as_str());
/// assert_eq!(p.span().to_string(), format!("0..{}", text.len()));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (`start <= end`).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The span as a `Range<usize>`, for slicing.
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers in `input`.
    ///
    /// # Panics
    /// Panics if the span does not lie inside `input` on character
    /// boundaries, which never happens with the input it came from.
    pub fn slice<'a>(&self, input: &'a str) -> &'a str {
        &input[self.range()]
    }

    /// The span of `part` inside `whole`, where `part` is a subslice of it.
    pub(crate) fn of(whole: &str, part: &str) -> Span {
        let start = part.as_ptr() as usize - whole.as_ptr() as usize;
        Span::new(start, start + part.len())
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Self {
        s.range()
    }
}

/// A piece of the input: a borrowed slice and its byte span.
///
/// Every string that khabar returns is a `Piece`: the text exactly as it
/// stands in the input (trimmed, without bullets or separators) and where.
///
/// # Example
/// ```
/// let a = khabar::parse_attribution("المصدر: رويترز").unwrap();
/// let name = &a.names()[0];
/// assert_eq!(name.as_str(), "رويترز");
/// assert_eq!(name.span().range(), 14..26);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Piece<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl<'a> Piece<'a> {
    /// The piece of `input` that `part` (a subslice of `input`) is.
    pub(crate) fn within(input: &'a str, part: &'a str) -> Self {
        let span = Span::of(input, part);
        Piece { text: part, start: span.start, end: span.end }
    }

    /// The piece `text` starting at byte `start` of the input.
    pub(crate) fn at(text: &'a str, start: usize) -> Self {
        Piece { text, start, end: start + text.len() }
    }

    /// The same piece with its span moved `by` bytes on.
    pub(crate) fn shifted(self, by: usize) -> Self {
        Piece { text: self.text, start: self.start + by, end: self.end + by }
    }

    /// The text, borrowed from the input.
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where the text stands in the input.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

impl fmt::Debug for Piece<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}@{}", self.text, self.span())
    }
}

impl fmt::Display for Piece<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

impl AsRef<str> for Piece<'_> {
    fn as_ref(&self) -> &str {
        self.text
    }
}

impl PartialEq<str> for Piece<'_> {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Piece<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}
