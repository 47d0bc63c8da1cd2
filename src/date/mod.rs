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
    gregorian: Option<GregorianDate>,
    hijri: Option<HijriDate>,
    weekday: Option<Weekday>,
    time: Option<TimeOfDay>,
    zone: Option<Zone<'a>>,
    relative: Option<Relative>,
}

impl<'a> PageDate<'a> {
    /// The Gregorian date, complete or not (`15 مارس` has no year).
    pub fn gregorian(&self) -> Option<GregorianDate> {
        self.gregorian
    }

    /// The Hijri date, as written (no calendar is converted).
    pub fn hijri(&self) -> Option<HijriDate> {
        self.hijri
    }

    /// The weekday named.
    pub fn weekday(&self) -> Option<Weekday> {
        self.weekday
    }

    /// The time of day, on a 24-hour clock (`10:45 م` is 22:45).
    pub fn time(&self) -> Option<TimeOfDay> {
        self.time
    }

    /// The zone the time is given in.
    pub fn zone(&self) -> Option<Zone<'a>> {
        self.zone
    }

    /// A time before the page was seen: `منذ 3 ساعات`, `أمس`, `اليوم`.
    pub fn relative(&self) -> Option<Relative> {
        self.relative
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
        let date = self.gregorian?;
        let mut iso = date.to_string();
        if let (Some(time), true) = (self.time, date.is_complete()) {
            iso.push_str(&format!("T{time}"));
            if let Some(Zone::Offset(minutes)) = self.zone {
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
    /// Words before the phrase that are in no date phrase and are not
    /// words of dates or labels: none on a stamp line (`نشر في: 12 مارس
    /// 2024`), a place on a dateline (`القاهرة في 3 مارس 2021`).
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

/// [`scan`] without the test that rules lines out.
fn read(line: &str) -> Option<DateScan<'_>> {
    SCRATCH.with(|scratch| {
        let mut scratch = scratch.borrow_mut();
        lex::lex(line, &mut scratch);
        grammar::scan(line, &scratch.tokens)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a line parses to, in a few words: `g=` the Gregorian date,
    /// `h=` the Hijri, `w=` the weekday, `t=` the time, `z=` the zone,
    /// `r=` the relative time, then the phrase in brackets.
    fn parsed(line: &str) -> String {
        let d = match parse_date(line) {
            Ok(d) => d,
            Err(e) => return format!("{:?}", e.kind()),
        };
        let mut out = Vec::new();
        out.extend(d.gregorian().map(|g| format!("g={g}")));
        out.extend(d.hijri().map(|h| format!("h={h}")));
        out.extend(d.weekday().map(|w| format!("w={w}")));
        out.extend(d.time().map(|t| format!("t={t}")));
        out.extend(d.zone().map(|z| format!("z={z}")));
        out.extend(d.relative().map(|r| format!("r={r}")));
        out.push(format!("[{}]", d.as_str()));
        out.join(" ")
    }

    fn check(cases: &[(&str, &str)]) {
        for (line, want) in cases {
            assert_eq!(parsed(line), *want, "{line}");
        }
    }

    #[test]
    fn gregorian_months_of_every_tradition() {
        check(&[
            ("15 يناير 2024", "g=2024-01-15 [15 يناير 2024]"),
            ("3 إبريل 2023", "g=2023-04-03 [3 إبريل 2023]"),
            ("3 ابريل 2023", "g=2023-04-03 [3 ابريل 2023]"),
            ("9 يونيه 2022", "g=2022-06-09 [9 يونيه 2022]"),
            ("9 يوليه 2022", "g=2022-07-09 [9 يوليه 2022]"),
            ("20 كانون الثاني 2021", "g=2021-01-20 [20 كانون الثاني 2021]"),
            ("20 كانون ثاني 2021", "g=2021-01-20 [20 كانون ثاني 2021]"),
            ("1 تشرين الأول 2020", "g=2020-10-01 [1 تشرين الأول 2020]"),
            ("7 شباط 2019", "g=2019-02-07 [7 شباط 2019]"),
            ("12 آب 2018", "g=2018-08-12 [12 آب 2018]"),
            ("12 اب 2018", "g=2018-08-12 [12 اب 2018]"),
            ("5 جانفي 2024", "g=2024-01-05 [5 جانفي 2024]"),
            ("5 جويلية 2024", "g=2024-07-05 [5 جويلية 2024]"),
            ("5 أوت 2024", "g=2024-08-05 [5 أوت 2024]"),
            ("18 يوليوز 2023", "g=2023-07-18 [18 يوليوز 2023]"),
            ("18 غشت 2023", "g=2023-08-18 [18 غشت 2023]"),
            ("30 شتنبر 2023", "g=2023-09-30 [30 شتنبر 2023]"),
            ("2 دجنبر 2023", "g=2023-12-02 [2 دجنبر 2023]"),
            ("2 دجمبر 2023", "g=2023-12-02 [2 دجمبر 2023]"),
            ("14 أغشت 2023", "g=2023-08-14 [14 أغشت 2023]"),
        ]);
    }

    #[test]
    fn spelling_variants_fold() {
        check(&[
            ("5 أغسـطس 2023", "g=2023-08-05 [5 أغسـطس 2023]"),
            ("5 اغسطس 2023", "g=2023-08-05 [5 اغسطس 2023]"),
            ("الإثنين 6 مايو 2024", "g=2024-05-06 w=Monday [الإثنين 6 مايو 2024]"),
            ("الاثنين 6 مايو 2024", "g=2024-05-06 w=Monday [الاثنين 6 مايو 2024]"),
        ]);
    }

    #[test]
    fn two_traditions_for_one_month() {
        check(&[
            ("الاثنين 10 كانون الثاني / يناير 2005.", "g=2005-01-10 w=Monday [الاثنين 10 كانون الثاني / يناير 2005]"),
            ("23 سبتمبر/ أيلول 2019", "g=2019-09-23 [23 سبتمبر/ أيلول 2019]"),
            ("14 أيلول (سبتمبر) 2021", "g=2021-09-14 [14 أيلول (سبتمبر) 2021]"),
        ]);
        // Two different months are no double name: the date ends at the first.
        assert_eq!(parsed("14 أيلول / أكتوبر"), "g=--09-14 [14 أيلول]");
    }

    #[test]
    fn weekdays_with_and_without_the_article() {
        check(&[
            ("الأحد 2022/07/03", "g=2022-07-03 w=Sunday [الأحد 2022/07/03]"),
            ("أحد 2022/07/03", "g=2022-07-03 w=Sunday [أحد 2022/07/03]"),
            ("اثنين 4 يوليو 2022", "g=2022-07-04 w=Monday [اثنين 4 يوليو 2022]"),
            ("جمعة، 8 يوليو 2022", "g=2022-07-08 w=Friday [جمعة، 8 يوليو 2022]"),
            ("يوم الخميس 7 يوليو 2022", "g=2022-07-07 w=Thursday [يوم الخميس 7 يوليو 2022]"),
        ]);
        // A weekday alone is no date.
        assert_eq!(parsed("الأحد"), "NoDate");
        assert_eq!(parsed("أحد اللاعبين"), "NoDate");
    }

    #[test]
    fn hijri_dates() {
        check(&[
            ("12 رجب 1446 هـ", "h=1446-07-12 [12 رجب 1446 هـ]"),
            ("12 رجب 1446هـ", "h=1446-07-12 [12 رجب 1446هـ]"),
            ("1 ربيع الآخر 1445 هـ", "h=1445-04-01 [1 ربيع الآخر 1445 هـ]"),
            ("1 ربيع الثاني 1445 هجري", "h=1445-04-01 [1 ربيع الثاني 1445 هجري]"),
            ("3 جمادى الأولى 1440", "h=1440-05-03 [3 جمادى الأولى 1440]"),
            ("3 جمادى الأول 1440", "h=1440-05-03 [3 جمادى الأول 1440]"),
            ("10 ذو الحجة 1444 هـ", "h=1444-12-10 [10 ذو الحجة 1444 هـ]"),
            ("10 ذي الحجة 1444 هـ", "h=1444-12-10 [10 ذي الحجة 1444 هـ]"),
            ("رمضان 1445 هـ", "h=1445-09 [رمضان 1445 هـ]"),
            ("12/07/1446 هـ", "h=1446-07-12 [12/07/1446 هـ]"),
        ]);
        // A Hijri month before a Gregorian year is a month named in prose.
        assert_eq!(parsed("رمضان 2024"), "NoDate");
        // No Hijri month has 31 days.
        assert_eq!(parsed("31 رجب 1446 هـ"), "NoDate");
    }

    #[test]
    fn both_calendars_on_one_line() {
        check(&[
            (
                "السبت 12 رجب 1446 هـ الموافق 11 يناير 2025 م",
                "g=2025-01-11 h=1446-07-12 w=Saturday [السبت 12 رجب 1446 هـ الموافق 11 يناير 2025 م]",
            ),
            (
                "11 يناير 2025م الموافق 12 رجب 1446هـ",
                "g=2025-01-11 h=1446-07-12 [11 يناير 2025م الموافق 12 رجب 1446هـ]",
            ),
            ("12 رجب 1446 هـ، 11 يناير 2025", "g=2025-01-11 h=1446-07-12 [12 رجب 1446 هـ، 11 يناير 2025]"),
            ("الموافق لـ 11 يناير 2025", "g=2025-01-11 [11 يناير 2025]"),
        ]);
    }

    #[test]
    fn digits_of_every_script() {
        check(&[
            ("١٥ مارس ٢٠٢٤", "g=2024-03-15 [١٥ مارس ٢٠٢٤]"),
            ("۱۵ مارس ۲۰۲۴", "g=2024-03-15 [۱۵ مارس ۲۰۲۴]"),
            ("٢٠٢٣/١٢/٠٤", "g=2023-12-04 [٢٠٢٣/١٢/٠٤]"),
            ("١٠:٤٥ م", "t=22:45 [١٠:٤٥ م]"),
        ]);
    }

    #[test]
    fn numeric_dates() {
        check(&[
            ("26.05.2026", "g=2026-05-26 [26.05.2026]"),
            ("2023/12/04", "g=2023-12-04 [2023/12/04]"),
            ("4-12-2023", "g=2023-12-04 [4-12-2023]"),
            ("31 / 12 / 2023", "g=2023-12-31 [31 / 12 / 2023]"),
            ("12‏/3‏/2024", "g=2024-03-12 [12‏/3‏/2024]"),
            ("٢٠٢٣؍١٢؍٠٤", "g=2023-12-04 [٢٠٢٣؍١٢؍٠٤]"),
            // Month first only where no day-first date is.
            ("12/29/2023", "g=2023-12-29 [12/29/2023]"),
            ("29/02/2024", "g=2024-02-29 [29/02/2024]"),
        ]);
        for impossible in ["31/02/2024", "29/02/2023", "2023/13/01", "32/01/2024", "00/01/2024"] {
            assert_eq!(parsed(impossible), "NoDate", "{impossible}");
        }
        // Mixed separators, two-digit years, paths and file names are no dates.
        for not_date in ["12/05-2024", "12/05/24", "/files/2023/12/04/photo.jpg", "صورة-1446-12-17-في", "1.5.3"] {
            assert_eq!(parsed(not_date), "NoDate", "{not_date}");
        }
    }

    #[test]
    fn month_first_and_partial_dates() {
        check(&[
            ("April 7, 2016", "g=2016-04-07 [April 7, 2016]"),
            ("يناير 1 , 2026", "g=2026-01-01 [يناير 1 , 2026]"),
            ("يوليو 1993م", "g=1993-07 [يوليو 1993م]"),
            ("ديسمبر ٢٠٢٤", "g=2024-12 [ديسمبر ٢٠٢٤]"),
            ("15 آذار", "g=--03-15 [15 آذار]"),
            ("8 فبراير, 2017", "g=2017-02-08 [8 فبراير, 2017]"),
            ("29/ديسمبر/2023", "g=2023-12-29 [29/ديسمبر/2023]"),
        ]);
        // A day after the month needs a year: `مارس 15 عاماً` is prose.
        assert_eq!(parsed("مارس 15 عاماً"), "NoDate");
    }

    #[test]
    fn times() {
        check(&[
            ("10:45 م", "t=22:45 [10:45 م]"),
            ("10:45 ص", "t=10:45 [10:45 ص]"),
            ("12:30 ص", "t=00:30 [12:30 ص]"),
            ("02:00ص", "t=02:00 [02:00ص]"),
            ("01:49 صباحاً", "t=01:49 [01:49 صباحاً]"),
            ("07:15 مساءً", "t=19:15 [07:15 مساءً]"),
            ("11:20:59 PM", "t=23:20:59 [11:20:59 PM]"),
            ("18:00 م", "t=18:00 [18:00 م]"),
            ("10 صباحاً", "t=10:00 [10 صباحاً]"),
            ("الساعة 9:05", "t=09:05 [9:05]"),
            ("10h30", "t=10:30 [10h30]"),
        ]);
        for not_time in ["27:32", "10:75", "2:1", "00:10:25:12"] {
            assert_eq!(parsed(not_time), "NoDate", "{not_time}");
        }
    }

    #[test]
    fn time_before_or_after_the_date() {
        check(&[
            ("الأحد، 13 أغسطس 2023 04:00 م", "g=2023-08-13 w=Sunday t=16:00 [الأحد، 13 أغسطس 2023 04:00 م]"),
            ("23:58 07.08.2019", "g=2019-08-07 t=23:58 [23:58 07.08.2019]"),
            ("02:50 م | الإثنين 05 يونيو 2023", "g=2023-06-05 w=Monday t=14:50 [02:50 م | الإثنين 05 يونيو 2023]"),
            ("نشرت في: 01/09/2023 - 16:07", "g=2023-09-01 t=16:07 [01/09/2023 - 16:07]"),
            ("12 مارس 2024 في 10:30", "g=2024-03-12 t=10:30 [12 مارس 2024 في 10:30]"),
        ]);
    }

    #[test]
    fn zones() {
        check(&[
            ("18:00 GMT", "t=18:00 z=+00:00 [18:00 GMT]"),
            ("18:00 (GMT+0400)", "t=18:00 z=+04:00 [18:00 (GMT+0400]"),
            ("18:00 GMT+3", "t=18:00 z=+03:00 [18:00 GMT+3]"),
            ("18:00 UTC-03:30", "t=18:00 z=-03:30 [18:00 UTC-03:30]"),
            ("10:00 بتوقيت غرينتش", "t=10:00 z=+00:00 [10:00 بتوقيت غرينتش]"),
            ("10:00 توقيت جرينتش", "t=10:00 z=+00:00 [10:00 توقيت جرينتش]"),
            ("10:30 بتوقيت مكة المكرمة", "t=10:30 z=مكة المكرمة [10:30 بتوقيت مكة المكرمة]"),
            ("10:30 بتوقيت القدس", "t=10:30 z=القدس [10:30 بتوقيت القدس]"),
        ]);
        // A zone alone is no date.
        assert_eq!(parsed("بتوقيت القدس"), "NoDate");
    }

    #[test]
    fn english_and_french_dates() {
        check(&[
            ("Published: March 12, 2024", "g=2024-03-12 [March 12, 2024]"),
            (
                "Thursday, January 1, 2026 10:30 AM",
                "g=2026-01-01 w=Thursday t=10:30 [Thursday, January 1, 2026 10:30 AM]",
            ),
            ("12 Mar 2024", "g=2024-03-12 [12 Mar 2024]"),
            ("Updated 3 hours ago", "r=-PT3H [3 hours ago]"),
            ("Publié le 12 mars 2024 à 10h30", "g=2024-03-12 t=10:30 [12 mars 2024 à 10h30]"),
            ("mercredi 5 février 2025", "g=2025-02-05 w=Wednesday [mercredi 5 février 2025]"),
            ("il y a 2 jours", "r=-P2D [il y a 2 jours]"),
        ]);
    }

    #[test]
    fn relative_times_stay_relative() {
        check(&[
            ("منذ 3 ساعات", "r=-PT3H [منذ 3 ساعات]"),
            ("منذ ٤٢ دقيقة", "r=-PT42M [منذ ٤٢ دقيقة]"),
            ("منذ ساعة", "r=-PT1H [منذ ساعة]"),
            ("منذ ساعة واحدة", "r=-PT1H [منذ ساعة واحدة]"),
            ("منذ يومين", "r=-P2D [منذ يومين]"),
            ("منذ دقيقة", "r=-PT1M [منذ دقيقة]"),
            ("قبل 5 دقائق", "r=-PT5M [قبل 5 دقائق]"),
            ("قبل أسبوعين", "r=-P2W [قبل أسبوعين]"),
            ("منذ 7 ايام", "r=-P7D [منذ 7 ايام]"),
            ("5 سنوات منذ", "r=-P5Y [5 سنوات منذ]"),
            ("أمس", "r=-P1D [أمس]"),
            ("أول أمس", "r=-P2D [أول أمس]"),
            ("اليوم 13:00", "t=13:00 r=P0D [اليوم 13:00]"),
        ]);
        // Since a year or a month named is no time ago; today alone is no date.
        for not_relative in ["منذ عام 2007", "منذ شهر أكتوبر", "منذ 2016", "منذ سنوات", "اليوم", "اليوم السبت"]
        {
            assert_eq!(parsed(not_relative), "NoDate", "{not_relative}");
        }
    }

    #[test]
    fn labels_around_the_date() {
        check(&[
            ("نشر في: 12 مارس 2024 - 10:45 م", "g=2024-03-12 t=22:45 [12 مارس 2024 - 10:45 م]"),
            ("تاريخ النشر: 2024/03/12", "g=2024-03-12 [2024/03/12]"),
            ("آخر تحديث: منذ 5 دقائق", "r=-PT5M [منذ 5 دقائق]"),
            ("نُشر بتاريخ 12 مارس 2024", "g=2024-03-12 [12 مارس 2024]"),
            ("بتاريخ 5 مايو 2020", "g=2020-05-05 [5 مايو 2020]"),
        ]);
    }

    #[test]
    fn lines_that_are_no_date_lines() {
        assert_eq!(parsed(""), "Empty");
        assert_eq!(parsed("   "), "Empty");
        assert_eq!(parsed("وزير المالية يلتقي نظيره في العاصمة"), "NoDate");
        // Numbers in a headline, a copyright year, a year alone.
        assert_eq!(parsed("وزير المالية: 5 مليارات دولار لدعم 300 مشروع"), "NoDate");
        assert_eq!(parsed("© 2024 جميع الحقوق محفوظة"), "NoDate");
        assert_eq!(parsed("2023"), "NoDate");
        // A date inside prose.
        assert_eq!(parsed("وقال الوزير إن الاتفاق سيوقع في 12 مارس 2024 بالعاصمة"), "NotDateLine");
    }

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

    #[test]
    fn spans_point_into_the_line() {
        let line = "آخر تحديث: الثلاثاء 12 مارس 2024 - 10:45 م بتوقيت القدس";
        let d = parse_date(line).unwrap();
        assert_eq!(&line[d.span().range()], d.as_str());
        let Some(Zone::Place(place)) = d.zone() else { panic!("{:?}", d.zone()) };
        assert_eq!(&line[place.span().range()], "القدس");
        assert_eq!(d.iso().unwrap(), "2024-03-12T22:45");
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
