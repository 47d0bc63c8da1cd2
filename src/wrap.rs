//! Text wrapped by a text browser (lynx, w3m, html2text): lines cut at a
//! fixed width and indented, so that a paragraph, a headline or a list
//! item runs over several lines. `annotation.md` ("Text wrapped by a text
//! browser"): such a run is still one block; it ends at a blank line, at a
//! line with another indentation or a bullet, and where a line stops short
//! of the width when the next line's first word would have fitted (a hard
//! break).
//!
//! A page is taken as wrapped when its lines say so: enough of them, none
//! (or almost none) wider than a screen, many filling the width, and more
//! of them ending against it than a little further in (or paragraphs of
//! three lines going on one over the next); a short page, or one wrapped
//! wider than a terminal's usual width, must show most of its lines going
//! on over the next. The width is the page's own, measured in display
//! columns (combining marks and invisible characters take none, as in a
//! terminal).

use once_cell::sync::Lazy;

#[cfg(test)]
use crate::fold::is_invisible;
use crate::policy::{
    FIRST_LINE_INDENT, WRAP_CHAINS, WRAP_FEW_FULL_STOPS, WRAP_FEW_GO_ON, WRAP_FEW_LINES, WRAP_FULL_LINES, WRAP_LINES,
    WRAP_MAX_WIDTH, WRAP_MIN_WIDTH, WRAP_OVERWIDE, WRAP_PILE, WRAP_PILE_BAND, WRAP_SCREEN_WIDTH, WRAP_SLACK,
};
use crate::shape::count_pairs;

/// A page wrapped by a text browser: the width its lines were cut at,
/// at the left margin and indented (a browser may set headings at the
/// margin wider than the indented body), and what was measured of each
/// line, so that no line is measured twice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Wrap {
    margin: Width,
    indented: Width,
    /// Each non-blank line: where it starts, its characters, whether it is
    /// a table row.
    lines: Vec<(usize, usize, bool)>,
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
    /// The width of `text`, by its bytes: its characters, and its columns,
    /// the characters but for the combining marks (two bytes each) and the
    /// invisible characters (one byte to three), told by the bytes before
    /// the last of theirs, each in a pass that vectorizes.
    fn of(text: &str) -> Width {
        let bytes = text.as_bytes();
        let chars = chars(text);
        let controls = bytes.iter().filter(|&&b| matches!(b, 0..=8 | 0x0E..=0x1F | 0x7F)).count();
        // C1 controls are C2 80 to C2 9F.
        let hidden = count_pairs(bytes, usize::MAX, |a, b| is_combining_pair(a, b) | ((a == 0xC2) & (b < 0xA0)))
            + count_triples(bytes, is_invisible_bytes)
            + controls;
        Width { chars, columns: chars - hidden }
    }
}

/// The characters of `text`: its bytes that start one, counted 64 at a
/// time so that the count vectorizes. (Every line of a page that may be
/// wrapped is counted; its columns only where they can decide.)
fn chars(text: &str) -> usize {
    text.as_bytes()
        .chunks(64)
        .map(|chunk| usize::from(chunk.iter().map(|&b| u8::from((b as i8) >= -0x40)).sum::<u8>()))
        .sum()
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

    fn max(&self) -> usize {
        self.0[0]
    }
}

impl Wrap {
    /// The wrap of `input`, if a text browser wrapped it: at a terminal's
    /// usual width, told by its full lines; else at a wide screen's, told
    /// by its lines going on one over the next.
    pub(crate) fn detect(input: &str) -> Option<Wrap> {
        let ends = memchr::memchr_iter(b'\n', input.as_bytes()).chain([input.len()]);
        let mut start = 0;
        let lines: Vec<(usize, &str)> = ends
            .filter_map(|end| {
                let (at, line) = (start, input[start..end].trim_end());
                start = end + 1;
                // Trimmed at its end, a line of spaces only is empty.
                (!line.is_empty()).then_some((at, line))
            })
            .collect();
        Wrap::detect_within(input, &lines, WRAP_SCREEN_WIDTH)
            .or_else(|| Wrap::detect_within(input, &lines, WRAP_MAX_WIDTH))
    }

    /// [`detect`](Self::detect) for a wrap no wider than `max` columns, of
    /// the page's non-blank `lines` (where each starts, and its text).
    fn detect_within(input: &str, lines: &[(usize, &str)], max: usize) -> Option<Wrap> {
        // Lines by bytes first: a line of more than four bytes a column is
        // surely too wide for a screen, and most pages of one block a line
        // are ruled out here without counting a character.
        let count = lines.len();
        let surely_wide = lines.iter().filter(|(_, line)| line.len() > 4 * max).count();
        if count < WRAP_FEW_LINES || surely_wide * WRAP_OVERWIDE > count {
            return None;
        }
        // Then the characters of each line, and the width by characters at
        // the margin and indented: of lines of two words or more that are
        // no table row and fit a screen.
        let mut measured = Vec::with_capacity(count);
        let mut widest = [Widest::default(); 2];
        let mut wide = 0;
        for &(at, line) in lines {
            let (n, cells) = (chars(line), has_cells(line));
            measured.push((at, n, cells));
            // Fewer columns than characters: only a line of more characters
            // than a screen may be wider than one.
            if n > max && Width::of(line).columns > max {
                wide += 1;
                // Too many lines wider than a screen: no wrap, whatever follows.
                if wide * WRAP_OVERWIDE > count {
                    return None;
                }
            } else if n <= max && !cells && line.trim_start().contains(' ') {
                widest[usize::from(indent(line) > 0)].add(n);
            }
        }
        // A short page's lines may all be of a length, a list of headlines
        // as much as a wrapped article, and a page of short paragraphs has
        // no line wider than a wide screen: there the wrap must show in
        // lines going on over the next one, and is measured by characters.
        let few = count < WRAP_LINES;
        let going_on = few || max > WRAP_SCREEN_WIDTH;
        // The width by columns: the lines nearly as wide by characters as the
        // widest are the widest by columns too, measured exactly.
        let side = |at: usize| {
            // Too few lines to tell a lone overlong line: the widest.
            let chars = if few { widest[at].max() } else { widest[at].get() };
            if going_on {
                return Width { chars, columns: chars };
            }
            let mut near: Vec<(usize, usize)> = measured
                .iter()
                .filter(|(_, n, cells)| !cells && *n <= chars && n + WRAP_SLACK > chars)
                .map(|&(start, n, _)| (n, start))
                .collect();
            // Widest by characters first: once two lines are as wide by
            // columns as the next one is by characters, none after can be wider.
            near.sort_unstable_by(|a, b| b.cmp(a));
            let mut columns = Widest::default();
            for (n, start) in near {
                if n <= columns.get() {
                    break;
                }
                let line = input[start..].split('\n').next().unwrap_or_default().trim_end();
                if usize::from(indent(line) > 0) == at && line.trim_start().contains(' ') {
                    columns.add(Width::of(line).columns);
                }
            }
            Width { chars, columns: columns.get() }
        };
        let (margin, indented) = (side(0), side(1));
        // A full line fills the width by characters, or by columns (never
        // more than its characters): counted by characters between the two.
        let width = margin.chars.max(indented.chars);
        let columns = margin.columns.max(indented.columns);
        let full = measured.iter().filter(|(_, n, _)| *n <= width && n + WRAP_SLACK > columns).count();
        // Wrapped lines pile up against the width: those within a band of
        // it outnumber those two bands further in, where the lines of a
        // list of headlines are as many or more (their lengths spread).
        let ending_within = |from: usize, to: usize| {
            let band = |n: usize| n <= width && n + to > columns && n + from <= columns;
            measured.iter().filter(|(_, n, cells)| !cells && band(*n)).count()
        };
        let piled =
            ending_within(0, WRAP_PILE_BAND) >= WRAP_PILE * ending_within(2 * WRAP_PILE_BAND, 3 * WRAP_PILE_BAND);
        let wrapped =
            wide * WRAP_OVERWIDE <= count && (WRAP_MIN_WIDTH..=max).contains(&width) && full * WRAP_FULL_LINES >= count;
        // A side with too few lines to measure takes the other's width.
        let or = |w: Width, other: Width| if w.chars < WRAP_MIN_WIDTH { other } else { w };
        let wrap =
            wrapped.then(|| Wrap { margin: or(margin, indented), indented: or(indented, margin), lines: measured });
        // A page of few wrapped paragraphs among its lists may not pile up:
        // its paragraphs of three lines or more show it, a line going on
        // over one that goes on too.
        wrap.filter(|wrap| (!going_on || wrap.mostly_goes_on(input)) && (piled || wrap.chains(input) >= WRAP_CHAINS))
    }

    /// How many lines go on over a line that goes on over the next: each
    /// a paragraph of three lines or more, which a list of headlines
    /// seldom makes by chance.
    fn chains(&self, input: &str) -> usize {
        let mut previous = None;
        self.lines_going_on(input)
            .filter(|&(_, now)| {
                let chained = previous == Some(true) && now == Some(true);
                previous = now;
                chained
            })
            .count()
    }

    /// Whether, of the lines that have another right under them (no blank
    /// line between), at least [`WRAP_FEW_GO_ON`] in this many go on over
    /// it: so in a wrapped article, whose paragraphs' lines but the last
    /// do, and not in a list of headlines of like lengths
    /// (`وزير الخارجية يبحث ...` over `الأمين العام ...`), where only those
    /// too long for the next one's first word would. Paragraphs of two
    /// lines go on over half their lines: there the lines that end a block
    /// of two lines or more must end sentences ([`WRAP_FEW_FULL_STOPS`]),
    /// as wrapped headlines do not; a line alone (a section's name, the
    /// title over the first paragraph) ends no sentence in either.
    fn mostly_goes_on(&self, input: &str) -> bool {
        let (mut pairs, mut go_on, mut stops, mut full_stops) = (0, 0, 0, 0);
        let mut went_on = false;
        for (line, goes_on) in self.lines_going_on(input) {
            match goes_on {
                Some(true) => go_on += 1,
                Some(false) if went_on => {
                    stops += 1;
                    full_stops += usize::from(ends_with_full_stop(line));
                }
                Some(false) => {}
                None => {
                    went_on = false;
                    continue;
                }
            }
            went_on = goes_on == Some(true);
            pairs += 1;
        }
        go_on > 0
            && (go_on * WRAP_FEW_GO_ON >= pairs * (WRAP_FEW_GO_ON - 1)
                || (go_on * 2 >= pairs && full_stops * WRAP_FEW_FULL_STOPS >= stops * (WRAP_FEW_FULL_STOPS - 1)))
    }

    /// Each line but the last, and whether it goes on over the next: none
    /// where a blank line stands between them.
    fn lines_going_on<'i>(&'i self, input: &'i str) -> impl Iterator<Item = (&'i str, Option<bool>)> + 'i {
        let width = self.margin.chars.max(self.indented.chars);
        self.lines.windows(2).map(move |pair| {
            let ((at, n, _), (next_at, _, _)) = (pair[0], pair[1]);
            let line = &input[at..next_at];
            if line.bytes().filter(|&b| b == b'\n').count() != 1 {
                return (line, None);
            }
            let (line, next) = (line.trim_end(), input[next_at..].split('\n').next().unwrap_or_default());
            // A line wider than the page's width is none of its wrapped lines.
            (line, Some(n <= width && self.continues((at, line), (next_at, next), false)))
        })
    }

    /// Whether `next`, the line after `line` (both without their line
    /// breaks, starting at bytes `line_at` and `next_at` of the input),
    /// goes on with the block `line` ends: same text column, no bullet or
    /// image mark, and `line` too full for `next`'s first word by either
    /// measure. `opens`: `line` is its block's first.
    pub(crate) fn continues(
        &self,
        (line_at, line): (usize, &str),
        (next_at, next): (usize, &str),
        opens: bool,
    ) -> bool {
        let (line, next) = (line.trim_end(), next.trim_end());
        // A blank line breaks the text, whatever width the page's margin
        // was measured to have (on a page with few lines at the margin, a
        // small one: the line after a blank one was taken in, blank line
        // and all; albayan.ae's `هل تؤيد ...` under `استطلاع الرأي`).
        if line.is_empty() {
            return false;
        }
        let (line_indent, next_indent) = (indent(line), indent(next));
        let text = &next[next_indent..];
        let Some(first_word) = text.split_whitespace().next() else { return false };
        // The text column: after the indentation and, for a list item, its
        // bullet (`     * عنوان` wraps to column 7). lynx sets the `#` of
        // its line of link titles one column right of the lines it wraps
        // to (`    #أكادير24 « الخلاصة ...` over `   أكادير24 | ...`).
        let column = line_indent + bullet(&line[line_indent..]);
        let link_titles = line[line_indent..].starts_with('#') && next_indent + 1 == line_indent;
        // A paragraph's first line may stand deeper than the rest, by the
        // page's own first-line indent (`      يُعدُّ القرن ...` over `   لحركة
        // ...`; arrabiaa.net, albayan.ae, agadir24.info).
        let first_line = opens
            && column == line_indent
            && (1..line_indent).contains(&next_indent)
            && line_indent - next_indent <= FIRST_LINE_INDENT;
        // A list mark with no text after it (`     *`) opens an item too.
        let mut cs = text.chars();
        let lone_mark = matches!((cs.next(), cs.next()), (Some(c), None) if is_mark(c));
        let mark = bullet(text) > 0 || lone_mark;
        if (next_indent != column && !link_titles && !first_line) || mark || first_word.starts_with('[') {
            return false;
        }
        let (line_chars, line_cells) = self.measure(line_at, line);
        if line_cells || self.measure(next_at, next).1 {
            return false;
        }
        let width = if line_indent > 0 { self.indented } else { self.margin };
        // Too full by characters; or by columns, which are never more than
        // the characters, so measured only where they can decide.
        let chars = line_chars + 1 + chars(first_word);
        chars > width.chars
            || (chars > width.columns && Width::of(line).columns + 1 + Width::of(first_word).columns > width.columns)
    }

    /// The characters of the line starting at `at`, and whether it is a
    /// table row: as counted when the wrap was found.
    fn measure(&self, at: usize, line: &str) -> (usize, bool) {
        match self.lines.binary_search_by_key(&at, |(start, _, _)| *start) {
            Ok(k) => (self.lines[k].1, self.lines[k].2),
            Err(_) => (chars(line), has_cells(line)),
        }
    }
}

/// Whether `line` ends a sentence with a full stop (`... الماضية.`, `...
/// العالم."`), not with an ellipsis, which ends headlines (`ماذا بعد...`).
fn ends_with_full_stop(line: &str) -> bool {
    let end = line.trim_end_matches(['"', '”', '»', ')', ' ']);
    end.ends_with('.') && !end.ends_with("..")
}

/// How many spaces a line is indented by.
fn indent(line: &str) -> usize {
    line.bytes().take_while(|&b| b == b' ').count()
}

/// The columns of the list mark a text browser puts before an item
/// (`* `, `+ `, `o `, `- `, `• `, `12. `), with the spaces after it; 0 if
/// none. A column is a character: `•` is one, though three bytes.
fn bullet(text: &str) -> usize {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (bytes, columns) = match text[digits..].chars().next() {
        Some('.' | ')') if digits > 0 => (digits + 1, digits + 1),
        Some(c) if digits == 0 && is_mark(c) => (c.len_utf8(), 1),
        _ => return 0,
    };
    let spaces = text[bytes..].len() - text[bytes..].trim_start_matches(' ').len();
    if spaces > 0 { columns + spaces } else { 0 }
}

/// A list mark a text browser draws before an item (lynx's `*`, `+`, `o`,
/// `#` by nesting level, and `-`, `•`).
fn is_mark(c: char) -> bool {
    matches!(c, '*' | '+' | 'o' | '-' | '•' | '#')
}

/// A table row: cells apart by runs of three spaces or more after the indent
/// (two may stand between words of wrapped prose).
fn has_cells(line: &str) -> bool {
    static CELL_GAP: Lazy<memchr::memmem::Finder<'static>> = Lazy::new(|| memchr::memmem::Finder::new("   "));
    // Lines come trimmed at their end.
    CELL_GAP.find(line.trim_start().as_bytes()).is_some()
}

/// How many runs of three neighbouring bytes pass `test`, counted 64 at a
/// time so that the count vectorizes.
fn count_triples(bytes: &[u8], test: impl Fn(u8, u8, u8) -> bool) -> usize {
    if bytes.len() < 2 {
        return 0;
    }
    // A two-byte character at the start has no byte before it: a zero stands there.
    let (a, b, c) = (&bytes[..bytes.len() - 2], &bytes[1..bytes.len() - 1], &bytes[2..]);
    let head = usize::from(test(0, bytes[0], bytes[1]));
    let chunks = a.chunks(64).zip(b.chunks(64)).zip(c.chunks(64));
    head + chunks
        .map(|((a, b), c)| {
            let hits = a.iter().zip(b).zip(c).map(|((&a, &b), &c)| u8::from(test(a, b, c)));
            usize::from(hits.sum::<u8>())
        })
        .sum::<usize>()
}

/// Whether a character's last byte `c`, after `a` and `b`, ends an
/// invisible character ([`is_invisible`]): the soft hyphen (C2 AD), the
/// Arabic letter mark (D8 9C), the Mongolian vowel separator (E1 A0 8E),
/// zero-width and bidi controls (E2 80 8B-8F, E2 80 AA-AE, E2 81 A0-A4,
/// E2 81 A6-A9) and the byte-order mark (EF BB BF).
fn is_invisible_bytes(a: u8, b: u8, c: u8) -> bool {
    let within = |c: u8, lo: u8, hi: u8| c.wrapping_sub(lo) <= hi - lo;
    ((b == 0xC2) & (c == 0xAD))
        | ((b == 0xD8) & (c == 0x9C))
        | ((a == 0xE1) & (b == 0xA0) & (c == 0x8E))
        | ((a == 0xE2) & (b == 0x80) & (within(c, 0x8B, 0x8F) | within(c, 0xAA, 0xAE)))
        | ((a == 0xE2) & (b == 0x81) & (within(c, 0xA0, 0xA4) | within(c, 0xA6, 0xA9)))
        | ((a == 0xEF) & (b == 0xBB) & (c == 0xBF))
}

/// Whether two bytes are a mark drawn on the character before it: an
/// Arabic diacritic or Quranic mark (U+0610-061A, U+064B-065F, U+0670,
/// U+06D6-06DC, U+06DF-06E4, U+06E7-06E8, U+06EA-06ED) or a combining
/// diacritic of Latin script (U+0300-036F), all two bytes long.
fn is_combining_pair(a: u8, b: u8) -> bool {
    // Branch-free, so that the pass over the pairs vectorizes.
    let within = |b: u8, lo: u8, hi: u8| b.wrapping_sub(lo) <= hi - lo;
    ((a == 0xCC) & within(b, 0x80, 0xBF))
        | ((a == 0xCD) & within(b, 0x80, 0xAF))
        | ((a == 0xD8) & within(b, 0x90, 0x9A))
        | ((a == 0xD9) & (within(b, 0x8B, 0x9F) | (b == 0xB0)))
        | ((a == 0xDB)
            & (within(b, 0x96, 0x9C) | within(b, 0x9F, 0xA4) | within(b, 0xA7, 0xA8) | within(b, 0xAA, 0xAD)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bullet_is_measured_in_columns() {
        // `  • ` then text: the wrapped lines go on at column 4.
        assert_eq!(bullet("• عنوان"), 2);
        assert_eq!(bullet("* عنوان"), 2);
        assert_eq!(bullet("12. عنوان"), 4);
        assert_eq!(bullet("عنوان"), 0);
    }

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
        let wrap = Wrap::detect(&page(10)).unwrap();
        assert_eq!((wrap.margin, wrap.indented), (width, width));
        // Too few lines to tell.
        assert_eq!(Wrap::detect(&page(1)), None);
        // A wide screen's wrap (`lynx -width=132`), its lines going on.
        let wide = format!("{}\n{}\n   كلمة أخيرة.\n\n", line(23), line(23)).repeat(10);
        assert_eq!(Wrap::detect(&wide).map(|w| w.indented.chars), Some(117));
        // Lines of one block each, most wider than a wide screen.
        let long = "كلمة ".repeat(60) + "\n";
        assert_eq!(Wrap::detect(&long.repeat(30)), None);
    }

    #[test]
    fn a_long_list_of_headlines_is_no_wrap() {
        // Lengths spread from 42 to 92 columns, as a section's headlines
        // are: as many end far from the widest as near it.
        let words = [12, 9, 15, 11, 14, 10, 14, 8, 16, 13, 18, 9, 12, 15, 11, 14, 14, 10, 13, 13, 17, 12];
        let headlines = words.map(line).join("\n");
        assert_eq!(Wrap::detect(&headlines), None);
        // Wrapped paragraphs end against the width.
        assert!(Wrap::detect(&page(8)).is_some());
    }

    #[test]
    fn a_short_page_is_wrapped_when_its_lines_go_on() {
        // An article alone, two paragraphs of three lines and one of two.
        let article = format!("{}\n{}\n   كلمة أخيرة.\n", line(13), line(13)).repeat(2) + &line(13) + "\n   كلمة.\n";
        let wrap = Wrap::detect(&article).unwrap();
        assert_eq!(wrap.indented, Width { chars: 67, columns: 67 });
        // Headlines of like lengths, each short of the width for the
        // next one's first word: one of six goes on, no wrap.
        let headlines = [12, 11, 13, 10, 12, 11].map(line).join("\n");
        assert_eq!(Wrap::detect(&headlines), None);
        // Blank lines between all: no line goes on over another.
        assert_eq!(Wrap::detect(&[13, 13, 13, 13, 13, 13].map(line).join("\n\n")), None);
        // Paragraphs of two lines, one under the other: half the lines go
        // on, and those that stop end sentences.
        let two_line = format!("{}\n   كلمة أخيرة.\n", line(13)).repeat(4);
        assert!(Wrap::detect(&two_line).is_some());
        assert_eq!(Wrap::detect(&two_line.replace('.', "")), None);
        // A section's name and the title over them stop too, lines alone
        // that end no sentence: only the ends of blocks of two lines or
        // more must end sentences.
        let (two, three) =
            (format!("{}\n   كلمة أخيرة.\n", line(13)), format!("{}\n{}\n   كلمة أخيرة.\n", line(13), line(13)));
        let headed = format!("   قسم\n{}\n{}{three}", line(8), two.repeat(3));
        assert!(Wrap::detect(&headed).is_some());
        assert_eq!(Wrap::detect(&headed.replace('.', "")), None);
    }

    #[test]
    fn a_blank_line_goes_on_with_nothing() {
        // Whatever the margin's width (a page with few lines at its margin
        // may measure it at almost nothing), a blank line breaks the text.
        let narrow = Width { chars: 1, columns: 1 };
        let wrap = Wrap { margin: narrow, indented: Width { chars: 67, columns: 67 }, lines: Vec::new() };
        assert!(!wrap.continues((0, ""), (1, "هل تؤيد الخطة الجديدة؟"), true));
        assert!(!wrap.continues((0, "   "), (4, "هل تؤيد الخطة الجديدة؟"), false));
    }

    #[test]
    fn a_full_line_goes_on_and_a_short_one_ends() {
        let width = Width { chars: 67, columns: 67 };
        let wrap = Wrap { margin: width, indented: width, lines: Vec::new() };
        let continues = |line: &str, next: &str| wrap.continues((0, line), (1, next), false);
        let full = line(13);
        assert!(continues(&full, "   كلمة أخيرة."));
        // The next word would have fitted after a short line: a hard break.
        assert!(!continues(&line(11), "   كلمة أخيرة."));
        // Another indentation, or a bullet, starts something else.
        assert!(!continues(&full, "كلمة أخيرة."));
        assert!(!continues(&full, "   * بند"));
        // An image mark is a browser's drawing, no word of the text.
        assert!(!continues(&full, "   [صورة.jpg]"));
        // A list item goes on at its text's column.
        assert!(continues(&format!("     * {}", ["كلمة"; 12].join(" ")), "       تتمة"));
        // lynx's line of link titles goes on one column left of its `#`.
        let links = format!("    #موقع « الخلاصة {}", ["كلمة"; 10].join(" "));
        assert!(continues(&links, "   موقع « عنوان الخبر"));
        assert!(!continues(&links, "  موقع « عنوان الخبر"));
        // A list mark alone opens an item.
        assert!(!continues(&format!("  {full}"), "     *"));
        // A paragraph's first line may stand deeper than the rest, and only
        // its first line.
        let indented_first = format!("      {}", ["كلمة"; 12].join(" "));
        assert!(wrap.continues((0, &indented_first), (1, "   تتمة"), true));
        assert!(!wrap.continues((0, &indented_first), (1, "   تتمة"), false));
    }

    #[test]
    fn widths_by_characters_and_by_columns() {
        assert_eq!(Width::of("مُحَمَّد"), Width { chars: 8, columns: 4 });
        assert_eq!(Width::of("a\u{200f}b"), Width { chars: 3, columns: 2 });
    }

    /// The width counted the plain way, character by character.
    fn width_slowly(text: &str) -> Width {
        let marks = |c: char| {
            matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
                || matches!(c, '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}' | '\u{06E8}')
                || matches!(c, '\u{06EA}'..='\u{06ED}')
        };
        Width { chars: text.chars().count(), columns: text.chars().filter(|&c| !marks(c) && !is_invisible(c)).count() }
    }

    proptest::proptest! {
        #[test]
        fn widths_by_bytes_agree_with_characters(text in "[ابتمُحَمَّدٰۖ۟ۧa-zéè\u{301}\u{200f}\u{200b}\u{feff}\u{ad}\u{61c}\u{180e}\u{1}\u{1b}\u{7f}\u{85}\u{9f}\u{a0} ٣]{0,80}") {
            proptest::prop_assert_eq!(Width::of(&text), width_slowly(&text));
        }
    }

    #[test]
    fn a_diacritic_counts_for_a_browser_that_counts_characters() {
        // The line is one column short of the width, but two characters over.
        let width = Width { chars: 20, columns: 20 };
        let wrap = Wrap { margin: width, indented: width, lines: Vec::new() };
        assert!(wrap.continues((0, "كَلِمَة كلمة كلمة"), (1, "كلمة"), false));
        assert!(!wrap.continues((0, "كلمة كلمة كلمة"), (1, "كلمة"), false));
    }
}
