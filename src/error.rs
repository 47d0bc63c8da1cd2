//! The error of the typed parsers used alone on a line or a block.

use crate::span::Span;

/// Why a typed parser rejected its input, and where.
///
/// [`parse`](crate::parse) never fails; the typed parsers do, when their
/// input is not what they parse ("this line is not a source line" is a
/// real answer).
///
/// # Example
/// ```
/// use khabar::{parse_attribution, ErrorKind};
/// let err = parse_attribution("المصدر:").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::NoNames);
/// assert_eq!(err.span().range(), 0..13);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{kind} at bytes {span}")]
pub struct Error {
    kind: ErrorKind,
    span: Span,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, span: Span) -> Self {
        Error { kind, span }
    }

    /// What was wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// Where in the input it was wrong.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// What a typed parser found wrong with its input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input holds no text (only spaces, marks or nothing).
    #[error("the input is empty")]
    Empty,
    /// The line has no source or author label and is no lone credit.
    #[error("not a source or author credit")]
    NotAttribution,
    /// A credit label with no name after it (`المصدر:`).
    #[error("a credit label with no name after it")]
    NoNames,
    /// Too long for a credit line: prose that merely mentions a source.
    #[error("too long for a credit line")]
    TooLong,
    /// The line has no tag label and is not a hashtag list.
    #[error("not a tag list")]
    NotTagList,
    /// A tag label with no tag after it.
    #[error("a tag label with no tag after it")]
    NoTags,
    /// The block holds no headline.
    #[error("no headline in the block")]
    NoHeadlines,
    /// The block holds no paragraph.
    #[error("no paragraph in the text")]
    NoParagraphs,
    /// The bytes are not valid UTF-8.
    #[error("invalid UTF-8")]
    InvalidUtf8,
    /// The line holds no date or time.
    #[error("no date or time in the line")]
    NoDate,
    /// A date among more words than a date line carries: prose or a
    /// headline that mentions a date.
    #[error("a date inside other text, not a date line")]
    NotDateLine,
}

/// A span for errors about a whole input.
pub(crate) fn whole(input: &str) -> Span {
    Span::new(0, input.len())
}
