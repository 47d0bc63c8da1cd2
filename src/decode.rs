//! Pages in the encodings Arabic archives use: UTF-8, UTF-16 (with or
//! without a byte-order mark), windows-1256 and ISO-8859-6, detected and
//! decoded with `encoding_rs` and `chardetng`.

use std::borrow::Cow;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{UTF_8, UTF_16BE, UTF_16LE};

/// A character encoding, as `encoding_rs` names and decodes it: find one by
/// label with [`Encoding::for_label`] (`b"windows-1256"`, `b"iso-8859-6"`,
/// `b"utf-16le"`, ...) and print it with [`Encoding::name`].
///
/// # Example
/// ```
/// let arabic = khabar::Encoding::for_label(b"cp1256").unwrap();
/// assert_eq!(arabic.name(), "windows-1256");
/// let (text, _, _) = arabic.decode(b"\xe3\xd5\xd1");
/// assert_eq!(text, "مصر");
/// ```
pub use encoding_rs::Encoding;

/// How many bytes [`detect`] looks at: enough text for a guess, little
/// enough to take no time beside parsing. A reader of a stream can read
/// this much ahead and detect on it.
///
/// # Example
/// ```
/// let stream = "خبر عاجل ".repeat(10_000).into_bytes();
/// let head = &stream[..khabar::SNIFF_LEN.min(stream.len())];
/// assert_eq!(khabar::detect(head), khabar::detect(&stream));
/// ```
pub const SNIFF_LEN: usize = 64 * 1024;

/// Decodes a page held as bytes in whatever encoding it came in, and says
/// which one that was (see [`detect`]). Bytes that are invalid in it become
/// U+FFFD; a byte-order mark is removed.
///
/// # Example
/// ```
/// let text = "قال الوزير إن المحادثات كانت مثمرة.";
/// let (bytes, _, _) = khabar::Encoding::for_label(b"windows-1256").unwrap().encode(text);
/// let (decoded, encoding) = khabar::decode(&bytes);
/// assert_eq!(decoded, text);
/// assert_eq!(encoding.name(), "windows-1256");
/// // UTF-8 is borrowed, not copied.
/// let (same, encoding) = khabar::decode(text.as_bytes());
/// assert!(matches!(same, std::borrow::Cow::Borrowed(_)));
/// assert_eq!(encoding.name(), "UTF-8");
/// ```
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static Encoding) {
    let (text, encoding, _) = detect(bytes).decode(bytes);
    (text, encoding)
}

/// Detects the encoding of a page held as bytes, from its first
/// [`SNIFF_LEN`] bytes, in this order:
///
/// 1. a byte-order mark: UTF-8, UTF-16LE or UTF-16BE;
/// 2. UTF-16 without one: Arabic and ASCII text in UTF-16 has `0x06` or
///    `0x00` as the high byte of nearly every character (`ق` is U+0642);
/// 3. UTF-8 when its multi-byte characters outnumber the invalid sequences
///    ten to one (ASCII alone is UTF-8 too), so a UTF-8 shard with a few
///    broken records stays UTF-8 (in windows-1256 nearly every Arabic word
///    is invalid UTF-8);
/// 4. otherwise `chardetng`'s guess among the legacy encodings, told that
///    the text comes from an Arabic-speaking country (as a browser is told
///    by the site's domain), so that windows-1256 and ISO-8859-6 come before
///    encodings of other scripts.
///
/// # Example
/// ```
/// let text = "أعلنت الهيئة العامة للأرصاد الجوية عن موجة حر تضرب البلاد.";
/// for label in ["windows-1256", "iso-8859-6"] {
///     let (bytes, _, _) = khabar::Encoding::for_label(label.as_bytes()).unwrap().encode(text);
///     assert_eq!(khabar::detect(&bytes).name().to_lowercase(), label);
/// }
/// let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
/// assert_eq!(khabar::detect(&utf16).name(), "UTF-16LE");
/// assert_eq!(khabar::detect(b"plain ASCII").name(), "UTF-8");
/// ```
pub fn detect(bytes: &[u8]) -> &'static Encoding {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if let Some((encoding, _)) = Encoding::for_bom(head) {
        return encoding;
    }
    if let Some(encoding) = utf16_without_bom(head) {
        return encoding;
    }
    if mostly_utf8(head) {
        return UTF_8;
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(head, head.len() == bytes.len());
    detector.guess(Some(ARABIC_TLD), Utf8Detection::Deny)
}

/// A country-code domain `chardetng` counts among the Arabic-speaking ones
/// (Egypt's), whose native encodings are windows-1256 and ISO-8859-6.
const ARABIC_TLD: &[u8] = b"eg";

/// UTF-16 without a byte-order mark: three quarters or more of the
/// characters have `0x00` (ASCII) or `0x06` (Arabic) as their high byte
/// and fewer than a quarter as their low byte. UTF-8 and legacy text have
/// neither byte, which are control characters there.
fn utf16_without_bom(head: &[u8]) -> Option<&'static Encoding> {
    let (mut high_at_odd, mut high_at_even, mut units) = (0, 0, 0);
    for unit in head.chunks_exact(2) {
        units += 1;
        high_at_odd += usize::from(matches!(unit[1], 0x00 | 0x06));
        high_at_even += usize::from(matches!(unit[0], 0x00 | 0x06));
    }
    let most = |n: usize| units > 0 && 4 * n >= 3 * units;
    let few = |n: usize| 4 * n < units;
    if most(high_at_odd) && few(high_at_even) {
        Some(UTF_16LE)
    } else if most(high_at_even) && few(high_at_odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Whether multi-byte UTF-8 characters outnumber invalid sequences ten to
/// one. A sequence cut by the end of `head` is not counted: `head` may be
/// the start of a longer text.
fn mostly_utf8(head: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0, 0);
    let mut rest = head;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                multibyte += count_multibyte(valid);
                return multibyte >= 10 * invalid;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                multibyte += count_multibyte(std::str::from_utf8(valid).unwrap_or_default());
                let Some(bad) = e.error_len() else {
                    return multibyte >= 10 * invalid;
                };
                invalid += 1;
                rest = &after[bad..];
            }
        }
    }
}

fn count_multibyte(text: &str) -> usize {
    text.bytes().filter(|&b| b >= 0xC0).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة، وأضاف أن الاتفاق سيوقع قريباً.\n\
                        المصدر: وكالة الأنباء";

    fn encoded(label: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = Encoding::for_label(label.as_bytes()).unwrap().encode(TEXT);
        assert!(!unmappable, "{label} has every character of the text");
        bytes.into_owned()
    }

    fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
        text.encode_utf16().flat_map(|u| if little_endian { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
    }

    #[test]
    fn legacy_arabic_encodings_are_told_apart() {
        for label in ["windows-1256", "ISO-8859-6"] {
            let bytes = encoded(label);
            let (text, encoding) = decode(&bytes);
            assert_eq!(encoding.name(), label);
            assert_eq!(text, TEXT);
        }
    }

    #[test]
    fn utf16_with_and_without_bom() {
        for (little_endian, name) in [(true, "UTF-16LE"), (false, "UTF-16BE")] {
            let bare = utf16(TEXT, little_endian);
            let with_bom = [utf16("\u{feff}", little_endian), bare.clone()].concat();
            for bytes in [bare, with_bom] {
                let (text, encoding) = decode(&bytes);
                assert_eq!((text.as_ref(), encoding.name()), (TEXT, name));
            }
        }
        // ASCII alone in UTF-16 too.
        assert_eq!(detect(&utf16("page 1", true)), UTF_16LE);
    }

    #[test]
    fn utf8_with_a_bom_loses_it() {
        let bytes = [b"\xef\xbb\xbf".as_slice(), TEXT.as_bytes()].concat();
        assert_eq!(decode(&bytes), (Cow::Borrowed(TEXT), UTF_8));
    }

    #[test]
    fn a_few_broken_bytes_leave_utf8_utf8() {
        let bytes = [TEXT.as_bytes(), b"\xff\n", TEXT.as_bytes()].concat();
        let (text, encoding) = decode(&bytes);
        assert_eq!(encoding, UTF_8);
        assert_eq!(text.matches('\u{fffd}').count(), 1);
    }

    #[test]
    fn a_character_cut_at_the_sniff_is_not_invalid() {
        let cut = &TEXT.as_bytes()[..TEXT.len() - 1];
        assert!(mostly_utf8(cut));
        assert!(!mostly_utf8(&encoded("windows-1256")));
    }

    #[test]
    fn empty_and_ascii_are_utf8() {
        assert_eq!(detect(b""), UTF_8);
        assert_eq!(detect(b"{\"text\": \"plain\"}\n"), UTF_8);
        assert_eq!(utf16_without_bom(b""), None);
    }
}
