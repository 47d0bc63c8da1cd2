//! Headline blocks: read-also boxes inside a body and related-headline
//! lists on the page (`مقالات مشابهة`, `اقرأ أيضاً`, bare bullet lists).

use crate::blocks::blocks;
use crate::error::{Error, ErrorKind, whole};
use crate::lexicon::{MarkerKind, Matcher, split_marker_line};
use crate::role::Role;
use crate::shape::strip_bullet;
use crate::span::Piece;

/// A heading (as written, or none) and its headlines, without bullets.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct HeadlineBlock<'a> {
    pub(crate) heading: Option<Piece<'a>>,
    pub(crate) items: Vec<Piece<'a>>,
}

impl<'a> HeadlineBlock<'a> {
    /// The marker line (`اقرأ أيضاً`, `مقالات مشابهة`), `None` for a bare list.
    pub fn heading(&self) -> Option<Piece<'a>> {
        self.heading
    }

    /// The headlines, in order. A heading whose list was lost has none.
    pub fn items(&self) -> &[Piece<'a>] {
        &self.items
    }

    /// The heading and the items, with the roles given.
    pub(crate) fn pieces(&self, heading: Role, item: Role) -> impl Iterator<Item = (Role, Piece<'a>)> + '_ {
        self.heading.iter().map(move |&h| (heading, h)).chain(self.items.iter().map(move |&i| (item, i)))
    }
}

/// Parses a block of headlines: an optional heading line, then one
/// headline per line, bulleted (`•`, `-`, `*`, `1.`) or not, or run
/// together on one line with runs of spaces or inline bullets.
///
/// # Errors
/// [`ErrorKind::Empty`] for a blank block, [`ErrorKind::NoHeadlines`] for
/// one with neither a heading nor a headline.
///
/// # Example
/// ```
/// let b = khabar::parse_headlines("مقالات مشابهة\n  • خبر أول عن الاقتصاد\n  • خبر ثان عن السياسة").unwrap();
/// assert_eq!(b.heading().unwrap().as_str(), "مقالات مشابهة");
/// assert_eq!(b.items().len(), 2);
/// assert_eq!(b.items()[1].as_str(), "خبر ثان عن السياسة");
/// ```
pub fn parse_headlines(block: &str) -> Result<HeadlineBlock<'_>, Error> {
    if block.trim().is_empty() {
        return Err(Error::new(ErrorKind::Empty, whole(block)));
    }
    let mut m = Matcher::default();
    let mut out = HeadlineBlock { heading: None, items: Vec::new() };
    for (_, text) in blocks(block).filter(|(_, t)| !t.is_empty()) {
        match m.marker(text) {
            Some(found) if found.marker == MarkerKind::Headlines && out.heading.is_none() && out.items.is_empty() => {
                let (heading, rest) = split_marker_line(text, found);
                out.heading = Some(Piece::within(block, heading));
                push_item(block, rest, &mut out.items);
            }
            _ => push_item(block, text, &mut out.items),
        }
    }
    if out.heading.is_none() && out.items.is_empty() {
        return Err(Error::new(ErrorKind::NoHeadlines, whole(block)));
    }
    Ok(out)
}

pub(crate) fn push_item<'a>(input: &'a str, text: &'a str, items: &mut Vec<Piece<'a>>) {
    let item = without_card_date(strip_bullet(text).trim());
    if item.chars().any(crate::fold::is_word_char) {
        items.push(Piece::within(input, item));
    }
}

/// A headline without the time or date its card glued before or after it
/// (`19:25 تيزنيت : ...`, `... أمام فالنسيا! 3 يناير 2025`; agadir24.info,
/// aletihad.ae): a clock time opening it, or a whole date of day, month
/// and year closing it, with the headline's words left. A date the
/// headline itself gives (`... لانتخابات رئاسية 6 يونيو`, `22 فبراير..
/// محاكمة ...`) is no card's.
pub(crate) fn without_card_date(item: &str) -> &str {
    let clock = |w: &str| {
        w.split_once(':').is_some_and(|(h, m)| {
            (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        })
    };
    let mut words = item.split_whitespace();
    let (first, rest) = (words.next(), words.count());
    if first.is_some_and(clock) && rest >= 3 {
        return item[first.map_or(0, str::len)..].trim_start();
    }
    // `3 يناير 2025`, `November 9, 2020`: three words, the date grammar's
    // whole date, read only where the last word is a year's four digits;
    // a text browser may have wrapped it.
    let year_last = item
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.len() == 4 && w.chars().count() == 4 && w.chars().all(crate::fold::is_digit));
    let Some(head) = year_last.then(|| without_last_words(item, 3)).flatten() else { return item };
    let date = &item[head.len()..];
    let whole = crate::date::parse_date(date).ok().and_then(|d| d.iso()).is_some_and(|iso| iso.len() == 10);
    if whole && head.split_whitespace().count() >= 3 { head.trim_end() } else { item }
}

/// `text` without its last `n` words (and the space before them), if it
/// has more.
fn without_last_words(text: &str, n: usize) -> Option<&str> {
    let mut head = text.trim_end();
    for _ in 0..n {
        head = head.trim_end_matches(|c: char| !c.is_whitespace()).trim_end();
    }
    (!head.is_empty()).then_some(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items<'a>(b: &HeadlineBlock<'a>) -> Vec<&'a str> {
        b.items().iter().map(|p| p.as_str()).collect()
    }

    #[test]
    fn a_card_date_is_no_part_of_its_headline() {
        assert_eq!(
            without_card_date("ريال مدريد يستقبل كوربيران أمام فالنسيا! 3 يناير 2025"),
            "ريال مدريد يستقبل كوربيران أمام فالنسيا!"
        );
        assert_eq!(
            without_card_date("19:25 تيزنيت : طقوس غريبة تثير غضب الساكنة"),
            "تيزنيت : طقوس غريبة تثير غضب الساكنة"
        );
        // Wrapped by a text browser, in English (WordPress's recent posts
        // with their dates).
        assert_eq!(
            without_card_date("المبادرة تبخّرت والمداورة سقطت November 9,\n       2020"),
            "المبادرة تبخّرت والمداورة سقطت"
        );
        // A short line is left whole; a number in a headline is no date.
        assert_eq!(without_card_date("قمة 2025"), "قمة 2025");
        assert_eq!(without_card_date("4 مرشحين على منصب رئيس الاتحاد"), "4 مرشحين على منصب رئيس الاتحاد");
        // A date the headline gives stays.
        let own = ["المجلس العسكري يدعو لانتخابات رئاسية 6 يونيو", "22 فبراير.. محاكمة مطرب بتهمة حيازة سلاح"];
        for headline in own {
            assert_eq!(without_card_date(headline), headline);
        }
    }

    #[test]
    fn heading_and_inline_item() {
        let b = parse_headlines("اقرأ أيضا: عنوان الخبر الآخر").unwrap();
        assert_eq!(b.heading().unwrap().as_str(), "اقرأ أيضا");
        assert_eq!(items(&b), ["عنوان الخبر الآخر"]);
        let b = parse_headlines("رابط الخبر بصحيفة المدينة: عنوان").unwrap();
        assert_eq!(b.heading().unwrap().as_str(), "رابط الخبر بصحيفة المدينة");
    }

    #[test]
    fn items_run_together() {
        let b = parse_headlines("روابط ذات علاقة    خبر أول هنا    خبر ثان هنا • خبر ثالث").unwrap();
        assert_eq!(items(&b), ["خبر أول هنا", "خبر ثان هنا", "خبر ثالث"]);
    }

    #[test]
    fn bare_list_and_numbers() {
        let b = parse_headlines("1. خبر أول\n2. خبر ثان\n- خبر ثالث").unwrap();
        assert!(b.heading().is_none());
        assert_eq!(items(&b), ["خبر أول", "خبر ثان", "خبر ثالث"]);
    }

    #[test]
    fn lost_list_keeps_heading() {
        let b = parse_headlines("قد يعجبكِ أيضاً:").unwrap();
        assert_eq!(b.heading().unwrap().as_str(), "قد يعجبكِ أيضاً");
        assert!(b.items().is_empty());
    }

    #[test]
    fn errors() {
        assert_eq!(parse_headlines(" \n").unwrap_err().kind(), ErrorKind::Empty);
        assert_eq!(parse_headlines("•\n-").unwrap_err().kind(), ErrorKind::NoHeadlines);
    }
}
