//! Blocks: the lines of a page, and what stands for a line where the page
//! lost its line breaks.
//!
//! A block ends at a line break (`\n`, `\r\n` or `\r`), at a run of three
//! or more spaces (no-break spaces count), and before a list bullet (`•`)
//! standing inside a line. A single space never ends a block. On a page a
//! text browser wrapped ([`wrap`](crate::wrap)), a line too full for the
//! next line's first word goes on over that line: the block spans both.

use std::iter::FusedIterator;

use once_cell::sync::Lazy;

use crate::fold::{is_invisible, is_space};
use crate::lexicon::is_inline_bullet;
use crate::policy::SPACER_RUN;
use crate::span::Span;
use crate::wrap::Wrap;

/// An iterator over the blocks of a text: each a trimmed, non-empty slice
/// with its span, or an empty one where a line was blank.
///
/// Created by [`blocks`].
#[derive(Clone, Debug)]
pub struct Blocks<'a> {
    input: &'a str,
    at: usize,
    /// Where the current line starts and ends (its line break, or the input's end).
    line_start: usize,
    line_end: usize,
    special: Special,
    /// The page's wrap, if a text browser wrapped it.
    wrap: Option<Wrap>,
}

/// The blocks of `input`, in order, as `(span, text)` pairs. Blank lines
/// give empty blocks, so paragraph breaks stay visible. On a page wrapped
/// by a text browser, a paragraph wrapped over several lines is one block,
/// its line breaks and indentation inside it.
///
/// # Example
/// ```
/// let text = "عنوان\n\nفقرة أولى   فقرة ثانية • بند";
/// let blocks: Vec<&str> = khabar::blocks(text).map(|(_, b)| b).collect();
/// assert_eq!(blocks, ["عنوان", "", "فقرة أولى", "فقرة ثانية", "• بند"]);
/// ```
pub fn blocks(input: &str) -> Blocks<'_> {
    Blocks { input, at: 0, line_start: 0, line_end: 0, special: Special::default(), wrap: Wrap::detect(input) }
}

impl<'a> Iterator for Blocks<'a> {
    type Item = (Span, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = &self.input[self.at..];
        if rest.is_empty() {
            return None;
        }
        if self.at >= self.line_end {
            self.line_start = self.at;
            self.line_end = self.at + memchr::memchr2(b'\n', b'\r', rest.as_bytes()).unwrap_or(rest.len());
        }
        let (len, skip) = self.block_end();
        let start = self.at;
        self.at += len + skip;
        let mut end = start + len;
        if let Some(wrap) = self.wrap.take() {
            // A whole line may go on over the lines after it.
            if start == self.line_start && end == self.line_end {
                end = self.unwrap(&wrap, end);
            }
            self.wrap = Some(wrap);
        }
        let raw = &self.input[start..end];
        let text = raw.trim_matches(|c: char| is_space(c) || is_invisible(c));
        let text_start = start + (text.as_ptr() as usize - raw.as_ptr() as usize);
        Some((Span::new(text_start, text_start + text.len()), text))
    }
}

impl FusedIterator for Blocks<'_> {}

impl Blocks<'_> {
    /// Takes in the lines after the line ending at `end` for as long as
    /// each goes on with the one before; returns where the last one ends.
    fn unwrap(&mut self, wrap: &Wrap, mut end: usize) -> usize {
        let bytes = self.input.as_bytes();
        let first = self.line_start;
        while self.at < bytes.len() && bytes[self.at - 1] == b'\n' {
            let next_end = self.at + memchr::memchr2(b'\n', b'\r', &bytes[self.at..]).unwrap_or(bytes.len() - self.at);
            let (line, next) = (&self.input[self.line_start..end], &self.input[self.at..next_end]);
            if !wrap.continues((self.line_start, line), (self.at, next), self.line_start == first) {
                break;
            }
            (self.line_start, self.line_end, end) = (self.at, next_end, next_end);
            self.at = next_end + line_break(bytes, next_end);
        }
        end
    }

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
                _ if is_inline_bullet(c) && seen_text => {
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

/// Where the first two ASCII spaces in a row stand in `text`, if any,
/// but for a line's indentation inside a block a text browser wrapped
/// (`... أمانة الرياض\n   تدعم «100» ...` is one headline).
pub(crate) fn find_double_space(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut indentation_end = 0;
    for at in DOUBLE_SPACE.find_iter(bytes) {
        if at < indentation_end {
            continue;
        }
        // A run's first match stands at its start: after a line break, it
        // is the next line's indentation, passed over whole.
        if at == 0 || !matches!(bytes[at - 1], b'\n' | b'\r') {
            return Some(at);
        }
        indentation_end = at + bytes[at..].iter().take_while(|&&b| b == b' ').count();
    }
    None
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
    fn a_wrapped_lines_indentation_is_no_double_space() {
        assert_eq!(find_double_space("عنوان  بعده"), Some(10));
        assert_eq!(find_double_space("أمانة الرياض\n   تدعم أسرة"), None);
        assert_eq!(find_double_space("أمانة\n    تدعم  بعده"), Some(23));
        assert_eq!(find_double_space("  بعده"), Some(0));
    }

    #[test]
    fn spans_slice_the_input() {
        let s = " \u{200f}x   y\r\n•z ";
        for (span, t) in blocks(s) {
            assert_eq!(span.slice(s), t);
        }
    }
}
