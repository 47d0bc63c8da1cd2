//! Byte offsets to code-point offsets: khabar's spans count UTF-8 bytes,
//! Python strings are indexed by code points.
//!
//! In `"غزة 🙂"` the emoji starts at byte 7 and at code point 4: one pass
//! over the page counts the code points before every 64th byte, and a
//! lookup counts the few character starts after the nearest checkpoint.

/// Bytes between two checkpoints.
const STRIDE: usize = 64;

/// Code-point offsets of one text's byte offsets, in constant time each.
#[derive(Clone, Debug, Default)]
pub struct CharIndex {
    /// Code points before byte `i * STRIDE`; empty for an ASCII text,
    /// whose byte and code-point offsets are the same.
    checkpoints: Vec<usize>,
}

impl CharIndex {
    /// The index of `text`, in one linear pass.
    pub fn new(text: &str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut count = 0;
        for chunk in text.as_bytes().chunks(STRIDE) {
            checkpoints.push(count);
            count += char_starts(chunk);
        }
        // For the end of a text whose length is a multiple of the stride.
        checkpoints.push(count);
        if count == text.len() {
            checkpoints = Vec::new();
        }
        CharIndex { checkpoints }
    }

    /// The code-point offset of byte offset `byte` of `text`, the text this
    /// index was built from; `byte` lies on a character boundary.
    pub fn chars(&self, text: &str, byte: usize) -> usize {
        if self.checkpoints.is_empty() {
            return byte;
        }
        let at = byte / STRIDE;
        self.checkpoints[at] + char_starts(&text.as_bytes()[at * STRIDE..byte])
    }
}

/// How many characters start in `bytes`: every byte but UTF-8 continuation
/// bytes (`0b10xx_xxxx`) starts one.
fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every boundary of `text`, checked against a plain count.
    fn check(text: &str) {
        let index = CharIndex::new(text);
        for (n, (byte, _)) in text.char_indices().chain([(text.len(), ' ')]).enumerate() {
            assert_eq!(index.chars(text, byte), n, "byte {byte} of {text:?}");
        }
    }

    #[test]
    fn ascii_offsets_are_bytes() {
        check("");
        check("Tags: a, b\r\n");
        assert!(CharIndex::new(&"x".repeat(500)).checkpoints.is_empty());
    }

    #[test]
    fn arabic_and_astral_characters() {
        check("قال الوزير 🙂 إن المحادثات\u{a0}كانت\u{200f} مثمرة");
        // Past several checkpoints, with 4-byte characters across their edges.
        check(&"غزة 𝔸🙂\r\n\u{200b}".repeat(40));
        // Ends exactly on a checkpoint.
        check(&"غز".repeat(STRIDE));
    }
}
