//! Text wrapped by a text browser (lynx, w3m, html2text): lines cut at a
//! fixed width and indented, so that a paragraph, a headline or a list
//! item runs over several lines. `annotation.md` ("Text wrapped by a text
//! browser"): such a run is still one block; it ends at a blank line, at a
//! line with another indentation or a bullet, and where a line stops short
//! of the width when the next line's first word would have fitted (a hard
//! break).
//!
//! A page is taken as wrapped when its lines say so: enough of them, none
//! (or almost none) wider than a screen, and many filling the width. The
//! width is the page's own, measured in display columns (combining marks
//! and invisible characters take none, as in a terminal).

use crate::fold::is_invisible;
use crate::policy::{WRAP_FULL_LINES, WRAP_LINES, WRAP_MAX_WIDTH, WRAP_MIN_WIDTH, WRAP_OVERWIDE, WRAP_SLACK};

/// A page wrapped by a text browser: the width its lines were cut at,
/// at the left margin and indented (a browser may set headings at the
/// margin wider than the indented body).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Wrap {
    margin: Width,
    indented: Width,
}

/// A wrap width, by two measures: browsers differ in what they count.
/// lynx counts characters (an Arabic diacritic takes a column), others
/// count what a screen shows (a diacritic takes none).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Width {
    chars: usize,
    columns: usize,
}

impl Width {
    fn of(text: &str) -> Width {
        let mut w = Width::default();
        for c in text.chars().filter(|&c| !is_invisible(c)) {
            w.chars += 1;
            w.columns += usize::from(!is_combining(c));
        }
        w
    }
}

/// The second largest of the values given: the page's width by a line
/// that more than one line reaches (a lone overlong line is no measure).
#[derive(Clone, Copy, Debug, Default)]
struct Widest([usize; 2]);

impl Widest {
    fn add(&mut self, v: usize) {
        if v > self.0[0] {
            self.0 = [v, self.0[0]];
        } else if v > self.0[1] {
            self.0[1] = v;
        }
    }

    fn get(&self) -> usize {
        self.0[1]
    }
}

impl Wrap {
    /// The wrap of `input`, if a text browser wrapped it.
    pub(crate) fn detect(input: &str) -> Option<Wrap> {
        // Lines by bytes first: a line of more than four bytes a column is
        // surely too wide for a screen, and most pages of one block a line
        // are ruled out here without counting a column.
        let lines = || input.split('\n').map(str::trim_end).filter(|l| !l.trim_start().is_empty());
        let (mut count, mut surely_wide) = (0usize, 0usize);
        for line in lines() {
            count += 1;
            surely_wide += usize::from(line.len() > 4 * WRAP_MAX_WIDTH);
        }
        if count < WRAP_LINES || surely_wide * WRAP_OVERWIDE > count {
            return None;
        }
        // Then the widths: of lines of two words or more that are no
        // table row and fit a screen, at the margin and indented.
        let mut widths = Vec::with_capacity(count);
        let mut widest = [[Widest::default(); 2]; 2];
        let mut wide = 0;
        for line in lines() {
            let w = Width::of(line);
            widths.push(w.columns);
            if w.columns > WRAP_MAX_WIDTH {
                wide += 1;
            } else if !has_cells(line) && line.split_whitespace().nth(1).is_some() {
                let at = usize::from(indent(line) > 0);
                widest[at][0].add(w.chars);
                widest[at][1].add(w.columns);
            }
        }
        let width = |at: usize| {
            let [chars, columns] = widest[at];
            Width { chars: chars.get(), columns: columns.get() }
        };
        let (margin, indented) = (width(0), width(1));
        let columns = margin.columns.max(indented.columns);
        let full = widths.iter().filter(|&&w| w <= columns && w + WRAP_SLACK > columns).count();
        let wrapped = wide * WRAP_OVERWIDE <= count
            && (WRAP_MIN_WIDTH..=WRAP_MAX_WIDTH).contains(&columns)
            && full * WRAP_FULL_LINES >= count;
        // A side with too few lines to measure takes the other's width.
        let or = |w: Width, other: Width| if w.columns < WRAP_MIN_WIDTH { other } else { w };
        wrapped.then_some(Wrap { margin: or(margin, indented), indented: or(indented, margin) })
    }

    /// Whether `next`, the line after `line` (both without their line
    /// breaks), goes on with the block `line` ends: same text column, no
    /// bullet or image mark, and `line` too full for `next`'s first word
    /// by either measure.
    pub(crate) fn continues(&self, line: &str, next: &str) -> bool {
        let line = line.trim_end();
        let next = next.trim_end();
        let Some(first_word) = next.split_whitespace().next() else { return false };
        if indent(next) != text_column(line)
            || bullet(&next[indent(next)..]) > 0
            || first_word.starts_with('[')
            || has_cells(line)
            || has_cells(next)
        {
            return false;
        }
        let width = if indent(line) > 0 { self.indented } else { self.margin };
        let (line, word) = (Width::of(line), Width::of(first_word));
        line.chars + 1 + word.chars > width.chars || line.columns + 1 + word.columns > width.columns
    }
}

/// How many spaces a line is indented by.
fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// The column a line's text starts at: after its indentation and, for a
/// list item, its bullet (`     * عنوان` wraps to column 7).
fn text_column(line: &str) -> usize {
    let at = indent(line);
    at + bullet(&line[at..])
}

/// The length of the list mark a text browser puts before an item
/// (`* `, `+ `, `o `, `- `, `• `, `12. `), with the space after it; 0 if none.
fn bullet(text: &str) -> usize {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let mark = match text[digits..].chars().next() {
        Some('.' | ')') if digits > 0 => digits + 1,
        Some(c @ ('*' | '+' | 'o' | '-' | '•' | '#')) if digits == 0 => c.len_utf8(),
        _ => return 0,
    };
    let spaces = text[mark..].len() - text[mark..].trim_start_matches(' ').len();
    if spaces > 0 { mark + spaces } else { 0 }
}

/// A table row: cells apart by runs of three spaces or more after the indent
/// (two may stand between words of wrapped prose).
fn has_cells(line: &str) -> bool {
    line.trim().contains("   ")
}

/// Marks drawn on the character before them: Arabic diacritics and
/// Quranic marks, and the combining diacritics of Latin script.
fn is_combining(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E4}'
            | '\u{06E7}'
            | '\u{06E8}'
            | '\u{06EA}'..='\u{06ED}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line of 3 columns of indent and `n` words of four letters.
    fn line(n: usize) -> String {
        format!("   {}", vec!["كلمة"; n].join(" "))
    }

    /// A page of `n` paragraphs of three wrapped lines each, 67 columns wide.
    fn page(n: usize) -> String {
        format!("{}\n{}\n   كلمة أخيرة.\n\n", line(13), line(13)).repeat(n)
    }

    #[test]
    fn a_wrapped_page_is_detected_with_its_width() {
        let width = Width { chars: 67, columns: 67 };
        assert_eq!(Wrap::detect(&page(10)), Some(Wrap { margin: width, indented: width }));
        // Too few lines to tell.
        assert_eq!(Wrap::detect(&page(2)), None);
        // Lines of one block each, most wider than a screen.
        let long = "كلمة ".repeat(40) + "\n";
        assert_eq!(Wrap::detect(&long.repeat(30)), None);
    }

    #[test]
    fn a_full_line_goes_on_and_a_short_one_ends() {
        let width = Width { chars: 67, columns: 67 };
        let wrap = Wrap { margin: width, indented: width };
        let full = line(13);
        assert!(wrap.continues(&full, "   كلمة أخيرة."));
        // The next word would have fitted after a short line: a hard break.
        assert!(!wrap.continues(&line(11), "   كلمة أخيرة."));
        // Another indentation, or a bullet, starts something else.
        assert!(!wrap.continues(&full, "كلمة أخيرة."));
        assert!(!wrap.continues(&full, "   * بند"));
        // An image mark is a browser's drawing, no word of the text.
        assert!(!wrap.continues(&full, "   [صورة.jpg]"));
        // A list item goes on at its text's column.
        assert!(wrap.continues(&format!("     * {}", ["كلمة"; 12].join(" ")), "       تتمة"));
    }

    #[test]
    fn widths_by_characters_and_by_columns() {
        assert_eq!(Width::of("مُحَمَّد"), Width { chars: 8, columns: 4 });
        assert_eq!(Width::of("a\u{200f}b"), Width { chars: 2, columns: 2 });
    }

    #[test]
    fn a_diacritic_counts_for_a_browser_that_counts_characters() {
        // The line is one column short of the width, but two characters over.
        let wrap = Wrap { margin: Width { chars: 20, columns: 20 }, indented: Width { chars: 20, columns: 20 } };
        assert!(wrap.continues("كَلِمَة كلمة كلمة", "كلمة"));
        assert!(!wrap.continues("كلمة كلمة كلمة", "كلمة"));
    }
}
