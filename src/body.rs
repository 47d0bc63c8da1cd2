//! Article bodies: paragraphs, and their sentences on demand.

use std::fmt;
use std::iter::FusedIterator;

use unicode_segmentation::{USentenceBoundIndices, UnicodeSegmentation};

use crate::blocks::blocks;
use crate::credit::Attribution;
use crate::error::{Error, ErrorKind, whole};
use crate::lexicon::Matcher;
use crate::shape::strip_bullet;
use crate::span::{Piece, Span};

/// A paragraph of an article's body.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(transparent))]
pub struct Paragraph<'a> {
    text: Piece<'a>,
}

impl<'a> Paragraph<'a> {
    pub(crate) fn new(text: Piece<'a>) -> Self {
        Paragraph { text }
    }

    /// The paragraph's text, as in the input (without a list bullet).
    pub fn as_str(&self) -> &'a str {
        self.text.as_str()
    }

    /// Where the paragraph stands in the input.
    pub fn span(&self) -> Span {
        self.text.span()
    }

    /// The paragraph as a [`Piece`].
    pub fn piece(&self) -> Piece<'a> {
        self.text
    }

    /// The dateline credit the paragraph opens with, if any, as a typed
    /// part of it (the paragraph is not cut): `بيروت - «القدس العربي»: قال
    /// ...` credits `«القدس العربي»`. Places and dates are no names.
    ///
    /// # Example
    /// ```
    /// let body = khabar::parse_body("دبي (رويترز)-- أعلنت الشركة عن نتائجها الفصلية اليوم.").unwrap();
    /// let lead = body[0].lead().unwrap();
    /// assert_eq!(lead.names()[0].as_str(), "رويترز");
    /// assert!(body[0].as_str().starts_with("دبي"));
    /// ```
    pub fn lead(&self) -> Option<Attribution<'a>> {
        let text = self.as_str();
        let credit = crate::credit::lead_credit(text, text, &mut Matcher::default())?;
        Some(credit.shifted(self.span().start))
    }

    /// Its sentences (Unicode sentence boundaries, which know `؟` and
    /// `۔`), computed lazily: nothing is paid unless this is called.
    ///
    /// # Example
    /// ```
    /// let body = khabar::parse_body("قال الوزير إن الاتفاق قريب. هل يصمد؟ لا أحد يعرف.").unwrap();
    /// let s: Vec<&str> = body[0].sentences().map(|s| s.as_str()).collect();
    /// assert_eq!(s, ["قال الوزير إن الاتفاق قريب.", "هل يصمد؟", "لا أحد يعرف."]);
    /// ```
    pub fn sentences(&self) -> Sentences<'a> {
        Sentences { base: self.span().start, inner: self.as_str().split_sentence_bound_indices() }
    }
}

impl fmt::Debug for Paragraph<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text.fmt(f)
    }
}

/// The sentences of a [`Paragraph`], each trimmed, with spans into the
/// page's input. Created by [`Paragraph::sentences`].
#[derive(Clone)]
pub struct Sentences<'a> {
    base: usize,
    inner: USentenceBoundIndices<'a>,
}

impl fmt::Debug for Sentences<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sentences").field("base", &self.base).finish_non_exhaustive()
    }
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        for (at, s) in self.inner.by_ref() {
            let t = s.trim();
            if !t.is_empty() {
                let start = self.base + at + (t.as_ptr() as usize - s.as_ptr() as usize);
                return Some(Piece::at(t, start));
            }
        }
        None
    }
}

impl FusedIterator for Sentences<'_> {}

/// Parses a body text into paragraphs: one per block (line, or run of
/// text between spacer runs), list bullets and numbers removed.
///
/// # Errors
/// [`ErrorKind::Empty`] for blank text, [`ErrorKind::NoParagraphs`] when
/// no block holds a letter or digit.
///
/// # Example
/// ```
/// let body = khabar::parse_body("الفقرة الأولى.\n\n• بند من قائمة").unwrap();
/// assert_eq!(body.len(), 2);
/// assert_eq!(body[1].as_str(), "بند من قائمة");
/// ```
pub fn parse_body(text: &str) -> Result<Vec<Paragraph<'_>>, Error> {
    if text.trim().is_empty() {
        return Err(Error::new(ErrorKind::Empty, whole(text)));
    }
    let paragraphs: Vec<_> = blocks(text)
        .map(|(_, b)| strip_bullet(b))
        .filter(|b| b.chars().any(crate::fold::is_word_char))
        .map(|b| Paragraph::new(Piece::within(text, b)))
        .collect();
    if paragraphs.is_empty() {
        return Err(Error::new(ErrorKind::NoParagraphs, whole(text)));
    }
    Ok(paragraphs)
}
