//! Dates and times as Arabic news pages print them: `الأحد، 12 مارس
//! 2024 - 10:45 م`, `12 رجب 1446 هـ الموافق 11 يناير 2025 م`,
//! `2023/12/04`, `منذ 3 ساعات`.
//!
//! One grammar serves [`parse_date`] and the page parser's scanner. A
//! line is cut into [tokens](lex) (numbers in any digit script, the words
//! of the [tables] compared folded, punctuation), and the [grammar] reads
//! date phrases from them: items (a date of either calendar, a weekday, a
//! time, a zone, a relative time) joined by separators or `الموافق`.

mod grammar;
mod lex;
mod tables;

use std::cell::RefCell;
use std::fmt;

use crate::error::{Error, ErrorKind, whole};
use crate::span::{Piece, Span};

/// A date phrase of a page: the Gregorian and Hijri dates, the weekday,
/// the time and zone, or a relative time, each when the text gives it.
///
/// Nothing is converted: a Hijri date stays Hijri, `منذ 3 ساعات` stays
/// three hours ago, a date without a year has none.
///
/// # Example
/// ```
/// let d = khabar::parse_date("السبت 12 رجب 1446 هـ الموافق 11 يناير 2025 م").unwrap();
/// assert_eq!(d.gregorian().unwrap().to_string(), "2025-01-11");
/// assert_eq!(d.hijri().unwrap().to_string(), "1446-07-12");
/// assert_eq!(d.weekday(), Some(khabar::Weekday::Saturday));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PageDate<'a> {
    #[cfg_attr(feature = "serde", serde(flatten))]
    piece: Piece<'a>,
    #[cfg_attr(feature = "serde", serde(flatten))]
    parts: grammar::Parts<'a>,
}

impl<'a> PageDate<'a> {
    /// The Gregorian date, complete or not (`15 مارس` has no year).
    pub fn gregorian(&self) -> Option<GregorianDate> {
        self.parts.gregorian
    }

    /// The Hijri date, as written (no calendar is converted).
    pub fn hijri(&self) -> Option<HijriDate> {
        self.parts.hijri
    }

    /// The weekday named.
    pub fn weekday(&self) -> Option<Weekday> {
        self.parts.weekday
    }

    /// The time of day, on a 24-hour clock (`10:45 م` is 22:45).
    pub fn time(&self) -> Option<TimeOfDay> {
        self.parts.time
    }

    /// The zone the time is given in.
    pub fn zone(&self) -> Option<Zone<'a>> {
        self.parts.zone
    }

    /// A time before the page was seen: `منذ 3 ساعات`, `أمس`, `اليوم`.
    pub fn relative(&self) -> Option<Relative> {
        self.parts.relative
    }

    /// The date phrase, borrowed from the input (labels around it left out).
    pub fn as_str(&self) -> &'a str {
        self.piece.as_str()
    }

    /// Where the date phrase stands in the input.
    pub fn span(&self) -> Span {
        self.piece.span()
    }

    /// The Gregorian date in ISO 8601, with the time and the zone's offset
    /// when the date is complete and they are given: `2024-03-12T22:45`,
    /// `2009-11-29T18:00+04:00`, `--03-15`. `None` without a Gregorian date.
    ///
    /// # Example
    /// ```
    /// let d = khabar::parse_date("الأحد، 29 تشرين الثاني/نوفمبر 2009، 18:00 (GMT+0400)").unwrap();
    /// assert_eq!(d.iso().unwrap(), "2009-11-29T18:00+04:00");
    /// assert_eq!(khabar::parse_date("منذ 3 ساعات").unwrap().iso(), None);
    /// ```
    pub fn iso(&self) -> Option<String> {
        let date = self.parts.gregorian?;
        let mut iso = date.to_string();
        if let (Some(time), true) = (self.parts.time, date.is_complete()) {
            iso.push_str(&format!("T{time}"));
            if let Some(Zone::Offset(minutes)) = self.parts.zone {
                iso.push_str(&Zone::Offset(minutes).to_string());
            }
        }
        Some(iso)
    }
}

impl<'a> TryFrom<&'a str> for PageDate<'a> {
    type Error = Error;
    /// Same as [`parse_date`].
    fn try_from(line: &'a str) -> Result<Self, Error> {
        parse_date(line)
    }
}

/// A Gregorian date as far as the text gives it: a month, with a day
/// (`15 مارس`), a year (`يوليو 1993`) or both.
///
/// Displays in ISO 8601: `2024-03-15`, `--03-15`, `1993-07`.
///
/// # Example
/// ```
/// let g = khabar::parse_date("15 آذار").unwrap().gregorian().unwrap();
/// assert_eq!((g.year(), g.month(), g.day()), (None, 3, Some(15)));
/// assert_eq!(g.to_string(), "--03-15");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct GregorianDate {
    year: Option<u16>,
    month: u8,
    day: Option<u8>,
}

/// A Hijri date as written (`12 رجب 1446 هـ`, `رمضان 1445 هـ`), in the same
/// parts and ISO-like display as [`GregorianDate`]: `1446-07-12`. The
/// months are those of the Islamic calendar, whichever reckoning (Umm
/// al-Qura, sighting, tabular) the page used.
///
/// # Example
/// ```
/// let h = khabar::parse_date("5 ذي الحجة 1445هـ").unwrap().hijri().unwrap();
/// assert_eq!((h.year(), h.month(), h.day()), (Some(1445), 12, Some(5)));
/// assert_eq!(h.to_string(), "1445-12-05");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct HijriDate {
    year: Option<u16>,
    month: u8,
    day: Option<u8>,
}

macro_rules! date_parts {
    ($($t:ty),*) => {$(
        impl $t {
            /// The year, when given.
            pub fn year(&self) -> Option<u16> {
                self.year
            }

            /// The month, 1 to 12.
            pub fn month(&self) -> u8 {
                self.month
            }

            /// The day of the month, when given.
            pub fn day(&self) -> Option<u8> {
                self.day
            }

            /// Whether the year and the day are given with the month.
            pub fn is_complete(&self) -> bool {
                self.year.is_some() && self.day.is_some()
            }
        }

        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let m = self.month;
                match (self.year, self.day) {
                    (Some(y), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
                    (None, Some(d)) => write!(f, "--{m:02}-{d:02}"),
                    (Some(y), None) => write!(f, "{y:04}-{m:02}"),
                    (None, None) => write!(f, "--{m:02}"),
                }
            }
        }
    )*};
}

date_parts!(GregorianDate, HijriDate);

/// A day of the week.
///
/// # Example
/// ```
/// use khabar::Weekday;
/// let d = khabar::parse_date("أحد 2022/07/03").unwrap();
/// assert_eq!(d.weekday(), Some(Weekday::Sunday));
/// assert_eq!(Weekday::Sunday.iso_number(), 7);
/// assert_eq!(Weekday::Sunday.to_string(), "Sunday");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub enum Weekday {
    /// `الاثنين`
    Monday,
    /// `الثلاثاء`
    Tuesday,
    /// `الأربعاء`
    Wednesday,
    /// `الخميس`
    Thursday,
    /// `الجمعة`
    Friday,
    /// `السبت`
    Saturday,
    /// `الأحد`
    Sunday,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The ISO 8601 number: Monday 1 to Sunday 7.
    pub fn iso_number(&self) -> u8 {
        *self as u8 + 1
    }

    /// The weekday of ISO number `n` (1 to 7).
    fn from_iso(n: u8) -> Option<Weekday> {
        Weekday::ALL.get(usize::from(n).checked_sub(1)?).copied()
    }
}

impl fmt::Display for Weekday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// A time of day on a 24-hour clock; displays as `22:45` or `23:20:59`.
///
/// # Example
/// ```
/// let t = khabar::parse_date("01:49 صباحاً").unwrap().time().unwrap();
/// assert_eq!((t.hour(), t.minute(), t.second()), (1, 49, None));
/// assert_eq!(khabar::parse_date("11:20:59 PM").unwrap().time().unwrap().to_string(), "23:20:59");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TimeOfDay {
    hour: u8,
    minute: u8,
    second: Option<u8>,
}

impl TimeOfDay {
    /// The hour, 0 to 23.
    pub fn hour(&self) -> u8 {
        self.hour
    }

    /// The minute, 0 to 59.
    pub fn minute(&self) -> u8 {
        self.minute
    }

    /// The second, when given.
    pub fn second(&self) -> Option<u8> {
        self.second
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)?;
        match self.second {
            Some(s) => write!(f, ":{s:02}"),
            None => Ok(()),
        }
    }
}

/// The zone a time is given in.
///
/// Displays as an ISO 8601 offset (`+03:00`) or the place as written.
///
/// # Example
/// ```
/// use khabar::Zone;
/// let d = khabar::parse_date("10:30 بتوقيت مكة المكرمة").unwrap();
/// assert!(matches!(d.zone(), Some(Zone::Place(p)) if p.as_str() == "مكة المكرمة"));
/// let d = khabar::parse_date("18:00 GMT+3").unwrap();
/// assert_eq!(d.zone(), Some(Zone::Offset(180)));
/// assert_eq!(d.zone().unwrap().to_string(), "+03:00");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum Zone<'a> {
    /// Universal time and an offset from it in minutes: `GMT` (0),
    /// `GMT+3` (180), `(GMT+0400)`, `بتوقيت غرينتش`.
    Offset(i16),
    /// The time of a place: `بتوقيت القدس` gives `القدس`.
    Place(Piece<'a>),
}

impl fmt::Display for Zone<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Zone::Offset(m) => {
                let sign = if *m < 0 { '-' } else { '+' };
                write!(f, "{sign}{:02}:{:02}", m.unsigned_abs() / 60, m.unsigned_abs() % 60)
            }
            Zone::Place(p) => f.write_str(p.as_str()),
        }
    }
}

/// A time before the page was seen, kept as written: an amount of a unit.
/// `اليوم` (today) is zero days, `أمس` one.
///
/// Displays as a negative ISO 8601 duration: `-PT3H`, `-P2D`, and `P0D`
/// for today.
///
/// # Example
/// ```
/// use khabar::Unit;
/// let r = khabar::parse_date("منذ يومين").unwrap().relative().unwrap();
/// assert_eq!((r.amount(), r.unit()), (2, Unit::Day));
/// assert_eq!(r.to_string(), "-P2D");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Relative {
    amount: u32,
    unit: Unit,
}

impl Relative {
    /// How many units ago.
    pub fn amount(&self) -> u32 {
        self.amount
    }

    /// The unit.
    pub fn unit(&self) -> Unit {
        self.unit
    }
}

impl fmt::Display for Relative {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (time, letter) = match self.unit {
            Unit::Second => ("T", 'S'),
            Unit::Minute => ("T", 'M'),
            Unit::Hour => ("T", 'H'),
            Unit::Day => ("", 'D'),
            Unit::Week => ("", 'W'),
            Unit::Month => ("", 'M'),
            Unit::Year => ("", 'Y'),
        };
        let sign = if self.amount == 0 { "" } else { "-" };
        write!(f, "{sign}P{time}{}{letter}", self.amount)
    }
}

/// The unit of a [`Relative`] time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum Unit {
    /// `ثانية`
    Second,
    /// `دقيقة`
    Minute,
    /// `ساعة`
    Hour,
    /// `يوم`
    Day,
    /// `أسبوع`
    Week,
    /// `شهر`
    Month,
    /// `سنة`, `عام`
    Year,
}

/// The most words outside the date phrase, other than labels (`نشر في`,
/// `آخر تحديث`), that a date line carries: a site or section name, a
/// place (`الإثنين 6 يناير 2025 أبوظبي الإمارات`). More is prose or a
/// headline that mentions a date.
const MAX_OTHER_WORDS: usize = 3;

/// Parses a date or time line: the first date phrase of `line`, with the
/// labels and few words a date line carries around it.
///
/// Reads Gregorian months as every Arabic tradition writes them
/// (`يناير`, `كانون الثاني`, `جانفي`, `يوليوز`), Hijri months with `هـ`,
/// both calendars joined by `الموافق`, weekdays (`الاثنين`, `اثنين`),
/// digits of every script, numeric dates (`26.05.2026`, `2023/12/04`:
/// day first unless the year is), times with `ص`/`م`, `صباحاً`/`مساءً` or
/// `AM`/`PM`, zones (`GMT+3`, `بتوقيت القدس`), English and French dates,
/// and relative times (`منذ 3 ساعات`, `أمس`). Impossible dates
/// (`31/02/2024`) are none.
///
/// # Errors
/// [`ErrorKind::Empty`] for an empty line, [`ErrorKind::NoDate`] for a
/// line with no date or time, [`ErrorKind::NotDateLine`] for a line where
/// a date stands among more than three other words (prose, a headline).
///
/// # Example
/// ```
/// let line = "نشر في: الثلاثاء 12 مارس 2024 - 10:45 م";
/// let d = khabar::parse_date(line).unwrap();
/// assert_eq!(d.as_str(), "الثلاثاء 12 مارس 2024 - 10:45 م");
/// assert_eq!(d.iso().unwrap(), "2024-03-12T22:45");
/// assert_eq!(&line[d.span().range()], d.as_str());
///
/// // Digits of every script, numeric dates day first.
/// assert_eq!(khabar::parse_date("٢٦.٠٥.٢٠٢٦").unwrap().iso().unwrap(), "2026-05-26");
///
/// use khabar::ErrorKind;
/// assert_eq!(khabar::parse_date("وزير المالية يلتقي نظيره").unwrap_err().kind(), ErrorKind::NoDate);
/// ```
pub fn parse_date(line: &str) -> Result<PageDate<'_>, Error> {
    let Some(found) = scan(line) else {
        let kind = if line.trim().is_empty() { ErrorKind::Empty } else { ErrorKind::NoDate };
        return Err(Error::new(kind, whole(line)));
    };
    if found.others_before + found.others_after > MAX_OTHER_WORDS {
        return Err(Error::new(ErrorKind::NotDateLine, whole(line)));
    }
    Ok(found.date)
}

/// The first date phrase of a line, and the words around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateScan<'a> {
    /// The first date phrase of the line.
    pub(crate) date: PageDate<'a>,
    /// Words before the phrase that stand in no date phrase, labels
    /// (`نشر`, `في`, `تحديث`) aside: none on a stamp line (`نشر في: 12
    /// مارس 2024`), a place on a dateline (`القاهرة في 3 مارس 2021`).
    pub(crate) others_before: usize,
    /// The same after the phrase (`(أ ش أ)` is three).
    pub(crate) others_after: usize,
}

thread_local!(static SCRATCH: RefCell<lex::Scratch> = RefCell::default());

/// Finds the first date phrase in `line`; allocates nothing once warm.
///
/// A line with no digit and none of the words a relative time needs
/// (`منذ`, `قبل`, `أمس` ...) is ruled out before it is read word by word:
/// most lines of a page are prose or headlines.
pub(crate) fn scan(line: &str) -> Option<DateScan<'_>> {
    grammar::may_hold_date(line).then(|| read(line))?
}

/// Whether `text` is dates and times only (labels such as `نشر في`
/// aside): a stamp line (`الأحد، 29 تشرين الثاني/نوفمبر 2009`, `اليوم
/// 13:00`), or a date part of a credit line. The parser's one test of a
/// date line: the grammar of [`parse_date`].
pub(crate) fn is_stamp(text: &str) -> bool {
    scan(text).is_some_and(|s| s.others_before + s.others_after == 0)
}

/// The words that open a relative time (`منذ`, `قبل`, `ago`), from the
/// tables.
pub(crate) static AGO_WORDS: once_cell::sync::Lazy<Vec<&'static str>> = once_cell::sync::Lazy::new(|| {
    tables::WORDS.iter().filter(|(_, w)| matches!(w, lex::Word::Ago)).map(|(s, _)| *s).collect()
});

/// The most tokens the scratch buffer keeps between lines: a huge line
/// read once leaves no huge buffer behind.
const KEPT_TOKENS: usize = 1 << 12;

/// [`scan`] without the test that rules lines out.
fn read(line: &str) -> Option<DateScan<'_>> {
    SCRATCH.with(|scratch| {
        let mut scratch = scratch.borrow_mut();
        lex::lex(line, &mut scratch);
        let found = grammar::scan(line, &scratch.tokens);
        scratch.tokens.truncate(KEPT_TOKENS);
        scratch.tokens.shrink_to(KEPT_TOKENS);
        found
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_around_the_phrase_are_counted() {
        let stamp = scan("نشر في: الأحد 12 مارس 2023 - 10:45 م").unwrap();
        assert_eq!((stamp.others_before, stamp.others_after), (0, 0));
        let dateline = scan("القاهرة في 3 مارس 2021 (أ ش أ)").unwrap();
        assert_eq!(dateline.date.as_str(), "3 مارس 2021");
        assert_eq!((dateline.others_before, dateline.others_after), (1, 3));
        // A second stamp on the line is no prose: `12/29/2023` is a phrase.
        let two = scan("الجمعة 29/ديسمبر/2023 - 11:20 م 12/29/2023 11:20:59 PM").unwrap();
        assert_eq!(two.date.as_str(), "الجمعة 29/ديسمبر/2023 - 11:20 م");
        assert_eq!((two.others_before, two.others_after), (0, 0));
        // Glued words count once: `Le12.ma` is one word.
        let site = scan("Le12.ma 22:34 - 28 ديسمبر 2023").unwrap();
        assert_eq!((site.others_before, site.others_after), (1, 0));
    }

    /// The naive reading of [`grammar::may_hold_date`]: a digit of any
    /// script, or a witness, by characters.
    fn may_hold_date_slowly(line: &str) -> bool {
        let chars: Vec<char> = line.chars().collect();
        let at = |k: usize| chars.get(k).copied();
        (0..chars.len()).any(|k| {
            lex::digit_value(chars[k]).is_some()
                || (chars[k] == 'ن' && at(k + 1) == Some('ذ'))
                || (chars[k] == 'ق'
                    && at(k + 1) == Some('ب')
                    && at(k + 2).is_some_and(|c| ('\u{640}'..='\u{67f}').contains(&c)))
                || (chars[k] == 'م' && at(k + 1) == Some('س') && at(k + 2).is_none_or(|c| c.is_ascii()))
        })
    }

    proptest::proptest! {
        /// The vectorized test agrees with the naive one, at every length
        /// (the blocks and the padded tail).
        #[test]
        fn ruling_out_agrees_with_the_naive_test(line in "[ابمنذقلس٣۴5 ،a-z]{0,48}") {
            proptest::prop_assert_eq!(grammar::may_hold_date(&line), may_hold_date_slowly(&line));
        }

        /// Ruling a line out never loses a date: whatever the grammar
        /// finds, the test lets through.
        #[test]
        fn ruling_out_loses_no_date(line in "(منذ|قبل|أمس|ساعة|يومين|12|٣|مارس|الأحد|في|:|/| ){0,8}") {
            if read(&line).is_some() {
                proptest::prop_assert!(grammar::may_hold_date(&line), "{}", line);
            }
        }
    }
}
