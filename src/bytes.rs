//! Pages held as bytes: strict UTF-8 with the offset of the first bad
//! sequence, or lossy decoding that says where bytes were replaced.

use std::borrow::Cow;

use crate::error::{Error, ErrorKind};
use crate::page::Page;
use crate::span::Span;

/// Parses a page held as bytes, which must be UTF-8.
///
/// # Errors
/// [`ErrorKind::InvalidUtf8`], with the span of the first invalid byte
/// sequence (to the end of the input when it is cut short).
///
/// # Example
/// ```
/// use khabar::ErrorKind;
/// let page = khabar::parse_bytes("المصدر: رويترز".as_bytes()).unwrap();
/// assert!(page.articles().is_empty());
/// let err = khabar::parse_bytes(b"ok \xff\xfe").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidUtf8);
/// assert_eq!(err.span().range(), 3..4);
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Page<'_>, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(crate::parse(text)),
        Err(e) => {
            let start = e.valid_up_to();
            let end = e.error_len().map_or(bytes.len(), |len| start + len);
            Err(Error::new(ErrorKind::InvalidUtf8, Span::new(start, end)))
        }
    }
}

/// Text decoded from bytes with every invalid sequence replaced by
/// U+FFFD, and where each replacement stands. Parse it with
/// [`Lossy::parse`]; spans then point into [`Lossy::text`].
///
/// # Example
/// ```
/// let bytes = b"\xd9\x82\xd8\xa7\xd9\x84 \xff ok";
/// let lossy = khabar::decode_lossy(bytes);
/// assert_eq!(lossy.text(), "قال \u{fffd} ok");
/// let r = &lossy.replacements()[0];
/// assert_eq!(r.original.range(), 7..8);
/// assert_eq!(&lossy.text()[r.decoded.range()], "\u{fffd}");
/// assert!(lossy.parse().articles().is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lossy<'a> {
    text: Cow<'a, str>,
    replacements: Vec<Replacement>,
}

/// One invalid byte sequence and the U+FFFD that stands for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Replacement {
    /// The invalid bytes, in the input.
    pub original: Span,
    /// The replacement character, in the decoded text.
    pub decoded: Span,
}

impl<'a> Lossy<'a> {
    /// The decoded text: borrowed when the bytes were valid UTF-8.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where bytes were replaced, in order; empty for valid input.
    pub fn replacements(&self) -> &[Replacement] {
        &self.replacements
    }

    /// Parses the decoded text.
    pub fn parse(&self) -> Page<'_> {
        crate::parse(&self.text)
    }
}

/// Decodes `bytes` as UTF-8, replacing each invalid sequence with U+FFFD
/// and keeping where it did; nothing else is lost.
pub fn decode_lossy(bytes: &[u8]) -> Lossy<'_> {
    let mut replacements = Vec::new();
    let mut text = String::new();
    let mut rest = bytes;
    let mut at = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) if replacements.is_empty() => return Lossy { text: Cow::Borrowed(valid), replacements },
            Ok(valid) => {
                text.push_str(valid);
                return Lossy { text: Cow::Owned(text), replacements };
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let bad = e.error_len().unwrap_or(after.len());
                let decoded = Span::new(text.len(), text.len() + char::REPLACEMENT_CHARACTER.len_utf8());
                text.push(char::REPLACEMENT_CHARACTER);
                let start = at + valid.len();
                replacements.push(Replacement { original: Span::new(start, start + bad), decoded });
                at = start + bad;
                rest = &after[bad..];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_bytes_are_borrowed() {
        let lossy = decode_lossy("نص".as_bytes());
        assert!(matches!(lossy.text, Cow::Borrowed(_)));
        assert!(lossy.replacements().is_empty());
    }

    #[test]
    fn every_bad_sequence_is_reported() {
        let bytes = b"a\xffb\xe2\x82c\xd9";
        let lossy = decode_lossy(bytes);
        assert_eq!(lossy.text(), "a\u{fffd}b\u{fffd}c\u{fffd}");
        let originals: Vec<_> = lossy.replacements().iter().map(|r| r.original.range()).collect();
        assert_eq!(originals, [1..2, 3..5, 6..7]);
        for r in lossy.replacements() {
            assert_eq!(&lossy.text()[r.decoded.range()], "\u{fffd}");
        }
    }

    #[test]
    fn strict_error_at_a_cut_sequence() {
        let err = parse_bytes(b"abc\xd9").unwrap_err();
        assert_eq!(err.span().range(), 3..4);
    }
}
