//! Date phrases over the tokens of a line.
//!
//! A phrase is a run of items, each kind at most once: a date of either
//! calendar, a weekday, a time, a zone, a relative time. Between two
//! items stands a gap of separators (`،` `-` `|` `/` `(`) and joining
//! words (`الموافق`, `في`). A phrase needs an anchor: a date, a time or a
//! relative time (a weekday alone, or `اليوم` alone, is no date).
//!
//! To read a new way of writing a date, add an arm to the item it belongs
//! to ([`Line::date`], [`Line::time`], [`Line::zone`], [`Line::relative`]);
//! a new word is a row of the [tables](super::tables).

use super::lex::{Count, Kind, Meridiem, Token, Word};
use super::{DateScan, GregorianDate, HijriDate, PageDate, Relative, TimeOfDay, Unit, Weekday, Zone};
use crate::span::Piece;

/// The most tokens a gap holds: `، الموافق` is two, ` - ` one.
const MAX_GAP: usize = 3;

/// The latest Hijri year read: Hijri months before a larger number are a
/// Gregorian year's (`رمضان 2024`).
const MAX_HIJRI_YEAR: u32 = 1600;

/// The largest zone offset, in minutes (UTC+14).
const MAX_OFFSET: u32 = 14 * 60;

/// The calendar a date counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Calendar {
    Gregorian,
    Hijri,
}

/// One item of a phrase.
enum Item<'a> {
    Weekday(Weekday),
    Gregorian(GregorianDate),
    Hijri(HijriDate),
    Time(TimeOfDay),
    Zone(Zone<'a>),
    Relative(Relative),
}

/// The items of a phrase: each kind at most once. A [`PageDate`] is the
/// items of a phrase that is anchored, and where it stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub(super) struct Parts<'a> {
    pub(super) gregorian: Option<GregorianDate>,
    pub(super) hijri: Option<HijriDate>,
    pub(super) weekday: Option<Weekday>,
    pub(super) time: Option<TimeOfDay>,
    pub(super) zone: Option<Zone<'a>>,
    pub(super) relative: Option<Relative>,
}

impl<'a> Parts<'a> {
    /// Adds `item`, unless the phrase has one of its kind: then the item
    /// starts another phrase.
    fn add(&mut self, item: Item<'a>) -> bool {
        fn put<T>(slot: &mut Option<T>, value: T) -> bool {
            let empty = slot.is_none();
            if empty {
                *slot = Some(value);
            }
            empty
        }
        match item {
            Item::Weekday(w) => put(&mut self.weekday, w),
            Item::Gregorian(d) => put(&mut self.gregorian, d),
            Item::Hijri(d) => put(&mut self.hijri, d),
            Item::Time(t) => put(&mut self.time, t),
            Item::Zone(z) => put(&mut self.zone, z),
            Item::Relative(r) => put(&mut self.relative, r),
        }
    }

    /// A date, a time, or a relative time other than `اليوم` alone.
    fn anchored(&self) -> bool {
        let today = Relative { amount: 0, unit: Unit::Day };
        self.gregorian.is_some()
            || self.hijri.is_some()
            || self.time.is_some()
            || self.relative.is_some_and(|r| r != today)
    }
}

/// The tokens of one line, read by the rules. Each rule takes the index
/// of the token it starts at and gives the index after what it read.
struct Line<'a, 't> {
    text: &'a str,
    toks: &'t [Token],
}

impl<'a> Line<'a, '_> {
    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// The number at `i`: value and digit count.
    fn num(&self, i: usize) -> Option<(u32, u8)> {
        match self.kind(i)? {
            Kind::Number { value, digits } => Some((value, digits)),
            _ => None,
        }
    }

    fn word(&self, i: usize) -> Option<Word> {
        match self.kind(i)? {
            Kind::Word(w) => Some(w),
            _ => None,
        }
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.kind(i)? {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// Whether the token at `i` touches the one before it.
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.spaced)
    }

    /// The phrase starting at token `i`: where it ends and what it says.
    fn phrase(&self, i: usize) -> Option<(usize, PageDate<'a>)> {
        // Most tokens start no item: tested before anything is built.
        let (mut end, first) = self.item(i)?;
        let mut parts = Parts::default();
        parts.add(first);
        let mut at = self.gap(end);
        while let Some((next, item)) = self.item(at) {
            if !parts.add(item) {
                break;
            }
            end = next;
            at = self.gap(next);
        }
        parts.anchored().then_some(())?;
        let (start, stop) = (self.toks[i].start, self.toks[end - 1].end);
        let date = PageDate { piece: Piece::at(&self.text[start..stop], start), parts };
        Some((end, date))
    }

    /// The item at `i`.
    fn item(&self, i: usize) -> Option<(usize, Item<'a>)> {
        match self.kind(i)? {
            Kind::Number { .. } => self
                .time(i)
                .map(|(end, t)| (end, Item::Time(t)))
                .or_else(|| self.date(i))
                .or_else(|| self.relative(i).map(|(end, r)| (end, Item::Relative(r)))),
            Kind::Word(Word::Weekday(n)) => Some((i + 1, Item::Weekday(Weekday::from_iso(n)?))),
            // `يوم الأحد`: the word day before a weekday; else a time ago,
            // its unit first (`يوم واحد مضت`, `ساعتين مضت`).
            Kind::Word(Word::Unit(unit, count)) => match self.word(i + 1) {
                Some(Word::Weekday(n)) if (unit, count) == (Unit::Day, Count::Singular) => {
                    Some((i + 2, Item::Weekday(Weekday::from_iso(n)?)))
                }
                _ => self.relative(i).map(|(end, r)| (end, Item::Relative(r))),
            },
            Kind::Word(Word::Month(_) | Word::HijriMonth(_)) => self.date(i),
            Kind::Word(Word::Ago | Word::DaysAgo(_)) => self.relative(i).map(|(end, r)| (end, Item::Relative(r))),
            Kind::Word(Word::Gmt | Word::ZoneLabel) => self.zone(i).map(|(end, z)| (end, Item::Zone(z))),
            _ => None,
        }
    }

    /// Past the separators and joining words after an item.
    fn gap(&self, mut at: usize) -> usize {
        for _ in 0..MAX_GAP {
            match self.kind(at) {
                Some(Kind::Punct(
                    '،' | ',' | '-' | '–' | '—' | '|' | '/' | '.' | ':' | '(' | ')' | '؛' | '•' | '·',
                ))
                | Some(Kind::Word(Word::Muwafiq | Word::Joiner)) => at += 1,
                _ => break,
            }
        }
        at
    }

    /// A date at `i`, in one of three shapes.
    fn date(&self, i: usize) -> Option<(usize, Item<'a>)> {
        self.day_first(i).or_else(|| self.month_first(i)).or_else(|| self.numeric(i))
    }

    /// `15 مارس 2024`, `29/ديسمبر/2023`, `12 رجب 1446 هـ`, `15 آذار`.
    fn day_first(&self, i: usize) -> Option<(usize, Item<'a>)> {
        let (day, 1..=2) = self.num(i)? else { return None };
        let (end, calendar, month) = self.month_name(self.date_sep(i + 1))?;
        let (end, year) = self.year_after(end, calendar);
        Some((end, dated(calendar, year, month, Some(day))?))
    }

    /// `April 7, 2016`, `يناير 1 , 2026`, `يوليو 1993م`, `رمضان 1445 هـ`. A
    /// day after the month needs a year after it: `مارس 15` alone may be
    /// prose (`مارس 15 عاماً`).
    fn month_first(&self, i: usize) -> Option<(usize, Item<'a>)> {
        // A day before the month is `day_first`'s: `31 رجب 1446` is no
        // date, not `رجب 1446`.
        let day_before = |at: usize| matches!(self.num(at), Some((_, 1..=2)));
        if i >= 1 && (day_before(i - 1) || i >= 2 && self.date_sep(i - 1) == i && day_before(i - 2)) {
            return None;
        }
        let (end, calendar, month) = self.month_name(i)?;
        let at = self.date_sep(end);
        let (n, digits) = self.num(at)?;
        if digits <= 2 {
            let year_at = self.date_sep(at + 1);
            let (year, year_digits) = self.num(year_at)?;
            is_year(calendar, year, year_digits).then_some(())?;
            let end = self.era(year_at + 1, calendar);
            return Some((end, dated(calendar, Some(year), month, Some(n))?));
        }
        is_year(calendar, n, digits).then_some(())?;
        Some((self.era(at + 1, calendar), dated(calendar, Some(n), month, None)?))
    }

    /// `26.05.2026`, `2023/12/04`, `4-12-2023`, `12/7/1446هـ`: the year
    /// of four digits first or last; day before month (as Arab pages
    /// write), month first only where no day-first date is
    /// (`12/29/2023`).
    fn numeric(&self, i: usize) -> Option<(usize, Item<'a>)> {
        let (a, a_digits) = self.num(i)?;
        // `؍` is Unicode's Arabic date separator.
        let sep = self.punct(i + 1).filter(|c| matches!(c, '/' | '-' | '.' | '؍'))?;
        let (b, b_digits) = self.num(i + 2)?;
        (self.punct(i + 3) == Some(sep)).then_some(())?;
        let (c, c_digits) = self.num(i + 4)?;
        if self.goes_on(i, i + 5, sep) {
            return None;
        }
        let calendar = match self.word(i + 5) {
            Some(Word::HijriEra) => Calendar::Hijri,
            _ => Calendar::Gregorian,
        };
        let end = self.era(i + 5, calendar);
        let date = |y, m, d| is_year(calendar, y, 4).then(|| dated(calendar, Some(y), m, Some(d)))?;
        let item = match (a_digits, b_digits, c_digits) {
            (4, 1..=2, 1..=2) => date(a, b, c),
            (1..=2, 1..=2, 4) => date(c, b, a).or_else(|| date(c, a, b)),
            _ => None,
        };
        Some((end, item?))
    }

    /// A numeric date's separator glued to more of the same on either
    /// side: a path or a file name (`/2023/12/04/`, `1446-12-17-في`).
    fn goes_on(&self, first: usize, after: usize, sep: char) -> bool {
        let before = first >= 2 && self.punct(first - 1) == Some(sep) && self.glued(first) && self.glued(first - 1);
        let after = self.punct(after) == Some(sep) && self.glued(after) && self.glued(after + 1);
        before || after
    }

    /// Past one separator between the parts of a date (`29/ديسمبر`,
    /// `فبراير, 2017`).
    fn date_sep(&self, at: usize) -> usize {
        match self.punct(at) {
            Some('/' | '-' | '.' | ',' | '،' | '–') => at + 1,
            _ => at,
        }
    }

    /// A month's name at `at`, said once or twice (`أيلول / سبتمبر`,
    /// `تشرين الأول/أكتوبر`, `سبتمبر (أيلول)`): where it ends, the
    /// calendar and the month.
    fn month_name(&self, at: usize) -> Option<(usize, Calendar, u32)> {
        let month = |i| match self.word(i)? {
            Word::Month(m) => Some((Calendar::Gregorian, u32::from(m))),
            Word::HijriMonth(m) => Some((Calendar::Hijri, u32::from(m))),
            _ => None,
        };
        let (calendar, m) = month(at)?;
        let mut end = at + 1;
        if let Some(open @ ('/' | '-' | '(')) = self.punct(end) {
            if month(end + 1) == Some((calendar, m)) {
                end += 2;
                if open == '(' && self.punct(end) == Some(')') {
                    end += 1;
                }
            }
        }
        Some((end, calendar, m))
    }

    /// A year after a month (`مارس 2024`, `آذار، 2024م`), if one is there.
    fn year_after(&self, at: usize, calendar: Calendar) -> (usize, Option<u32>) {
        let year_at = self.date_sep(at);
        match self.num(year_at) {
            Some((year, digits)) if is_year(calendar, year, digits) => (self.era(year_at + 1, calendar), Some(year)),
            _ => (at, None),
        }
    }

    /// Past the era marker of `calendar` at `at`, if one is there.
    fn era(&self, at: usize, calendar: Calendar) -> usize {
        match (self.word(at), calendar) {
            (Some(Word::HijriEra), Calendar::Hijri) => at + 1,
            (Some(Word::GregorianEra | Word::EraOrPm), Calendar::Gregorian) => at + 1,
            _ => at,
        }
    }

    /// `10:45 م`, `11:20:59 PM`, `02:00ص`, `10h30`, `10 صباحاً`: on a
    /// 24-hour clock.
    fn time(&self, i: usize) -> Option<(usize, TimeOfDay)> {
        let (hour, 1..=2) = self.num(i)? else { return None };
        let colon = |at: usize| {
            let sign = matches!(self.kind(at), Some(Kind::Punct(':')) | Some(Kind::Word(Word::HourSign)));
            sign && self.glued(at) && self.glued(at + 1)
        };
        if !colon(i + 1) {
            // An hour alone needs its period: `10 صباحاً`.
            let Some(Word::Period(period)) = self.word(i + 1) else { return None };
            (1..=12).contains(&hour).then_some(())?;
            return Some((i + 2, TimeOfDay { hour: on_clock(hour, period) as u8, minute: 0, second: None }));
        }
        let two_digits = |at| match self.num(at) {
            Some((n, 2)) if n <= 59 => Some(n as u8),
            _ => None,
        };
        // `00:10:25:12` is a timecode, read from any of its numbers.
        if i >= 1 && colon(i - 1) {
            return None;
        }
        let minute = two_digits(i + 2)?;
        let (second, mut end) = match colon(i + 3) {
            true => (Some(two_digits(i + 4)?), i + 5),
            false => (None, i + 3),
        };
        if colon(end) {
            return None;
        }
        // A period after a 24-hour time (`18:00 م`) says it again.
        let hour = match self.word(end) {
            Some(Word::Period(period)) => {
                end += 1;
                on_clock(hour, period)
            }
            Some(Word::EraOrPm) => {
                end += 1;
                on_clock(hour, Meridiem::Pm)
            }
            _ => hour,
        };
        (hour <= 23).then_some((end, TimeOfDay { hour: hour as u8, minute, second }))
    }

    /// `GMT`, `GMT+3`, `UTC+03:00`, `(GMT+0400)`, `بتوقيت غرينتش`,
    /// `بتوقيت مكة المكرمة`.
    fn zone(&self, i: usize) -> Option<(usize, Zone<'a>)> {
        match self.word(i)? {
            Word::Gmt => Some(self.offset(i + 1)),
            Word::ZoneLabel if self.word(i + 1) == Some(Word::Gmt) => Some(self.offset(i + 2)),
            Word::ZoneLabel => self.place(i + 1),
            _ => None,
        }
    }

    /// The offset after `GMT` at `at` (none is zero).
    fn offset(&self, at: usize) -> (usize, Zone<'a>) {
        let none = (at, Zone::Offset(0));
        let sign = match self.punct(at) {
            Some('+') => 1,
            Some('-' | '−') => -1,
            _ => return none,
        };
        let (minutes, end) = match self.num(at + 1) {
            Some((h, 1..=2)) => match (self.punct(at + 2), self.num(at + 3)) {
                (Some(':'), Some((m, 2))) if m < 60 => (h * 60 + m, at + 4),
                _ => (h * 60, at + 2),
            },
            Some((hm, 4)) if hm % 100 < 60 => (hm / 100 * 60 + hm % 100, at + 2),
            _ => return none,
        };
        match i16::try_from(minutes) {
            Ok(m) if minutes <= MAX_OFFSET => (end, Zone::Offset(sign * m)),
            _ => none,
        }
    }

    /// The place after `بتوقيت`: one word, and a second that starts with
    /// the article (`مكة المكرمة`).
    fn place(&self, at: usize) -> Option<(usize, Zone<'a>)> {
        let first = self.toks.get(at).filter(|t| t.kind == Kind::Other)?;
        let second = self
            .toks
            .get(at + 1)
            .filter(|t| t.kind == Kind::Other && t.spaced && self.text[t.start..t.end].starts_with("ال"));
        let last = second.unwrap_or(first);
        let text = &self.text[first.start..last.end];
        Some((at + 1 + usize::from(second.is_some()), Zone::Place(Piece::at(text, first.start))))
    }

    /// `منذ 3 ساعات`, `منذ ساعتين`, `قبل دقيقة`, `5 سنوات منذ`, `يوم واحد
    /// مضت`, `3 hours ago`, `il y a 2 jours`, `أمس`, `أول أمس`, `اليوم`.
    fn relative(&self, i: usize) -> Option<(usize, Relative)> {
        match self.kind(i)? {
            Kind::Word(Word::DaysAgo(n)) => Some((i + 1, Relative { amount: u32::from(n), unit: Unit::Day })),
            Kind::Word(Word::Ago) => {
                if let Some((amount, 1..=4)) = self.num(i + 1) {
                    let Word::Unit(unit, _) = self.word(i + 2)? else { return None };
                    return Some((i + 3, Relative { amount, unit }));
                }
                let Word::Unit(unit, count) = self.word(i + 1)? else { return None };
                let amount = match count {
                    Count::Singular => 1,
                    Count::Dual => 2,
                    Count::Plural => return None,
                };
                // `منذ عام 2007`, `منذ شهر أكتوبر`: since a year or a
                // month named, not a time ago.
                let named = match self.kind(i + 2) {
                    Some(Kind::Number { digits, .. }) => digits == 4,
                    Some(Kind::Word(w)) => matches!(w, Word::Month(_) | Word::HijriMonth(_)),
                    _ => false,
                };
                (!named).then_some((i + 2, Relative { amount, unit }))
            }
            Kind::Number { value, digits: 1..=4 } => {
                let Word::Unit(unit, _) = self.word(i + 1)? else { return None };
                (self.word(i + 2) == Some(Word::Ago)).then_some((i + 3, Relative { amount: value, unit }))
            }
            // The unit counts one or two itself (`يوم واحد`, `ساعتين`).
            Kind::Word(Word::Unit(unit, count)) => {
                let amount = match count {
                    Count::Singular => 1,
                    Count::Dual => 2,
                    Count::Plural => return None,
                };
                (self.word(i + 1) == Some(Word::Ago)).then_some((i + 2, Relative { amount, unit }))
            }
            _ => None,
        }
    }
}

/// The hour `hour` of `period` on a 24-hour clock (one past 12 stays).
fn on_clock(hour: u32, period: Meridiem) -> u32 {
    match period {
        Meridiem::Am if hour == 12 => 0,
        Meridiem::Pm if hour < 12 => hour + 12,
        _ => hour,
    }
}

/// Whether `n`, of `digits` digits, is a year of `calendar`: four digits
/// (three for a Hijri year), and no later than [`MAX_HIJRI_YEAR`] for a
/// Hijri one.
fn is_year(calendar: Calendar, n: u32, digits: u8) -> bool {
    match calendar {
        Calendar::Gregorian => digits == 4 && n >= 1000,
        Calendar::Hijri => (3..=4).contains(&digits) && (100..=MAX_HIJRI_YEAR).contains(&n),
    }
}

/// The date of `calendar`, if the day exists in its month (`31/02/2024`
/// is none; a Hijri month has at most 30 days).
fn dated<'a>(calendar: Calendar, year: Option<u32>, month: u32, day: Option<u32>) -> Option<Item<'a>> {
    let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
    let last = match calendar {
        Calendar::Hijri => 30,
        Calendar::Gregorian => days_in_month(year, month),
    };
    let day = match day {
        Some(d) if !(1..=last).contains(&d) => return None,
        d => d.map(|d| d as u8),
    };
    let year = year.map(u16::try_from).transpose().ok()?;
    Some(match calendar {
        Calendar::Gregorian => Item::Gregorian(GregorianDate { year, month, day }),
        Calendar::Hijri => Item::Hijri(HijriDate { year, month, day }),
    })
}

/// Days in Gregorian month `month` of `year` (February of an unknown
/// year has 29).
fn days_in_month(year: Option<u32>, month: u8) -> u32 {
    match month {
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The first date phrase of a line, and the other words around it.
pub(super) fn scan<'a>(text: &'a str, toks: &[Token]) -> Option<DateScan<'a>> {
    let line = Line { text, toks };
    let mut first = None;
    let (mut before, mut after) = (0, 0);
    // Words are counted as runs between spaces (`Le12.ma` is one), once
    // each, when a token outside every phrase is neither punctuation nor
    // a label (`نشر`, `في`): a month outside a phrase is prose's.
    let mut counted = false;
    let mut i = 0;
    while i < toks.len() {
        counted &= !toks[i].spaced;
        if let Some((end, date)) = line.phrase(i) {
            first = first.or(Some(date));
            i = end;
            continue;
        }
        let label = matches!(toks[i].kind, Kind::Punct(_) | Kind::Word(Word::Label | Word::Joiner | Word::Muwafiq));
        if !counted && !label {
            counted = true;
            *if first.is_none() { &mut before } else { &mut after } += 1;
        }
        i += 1;
    }
    Some(DateScan { date: first?, others_before: before, others_after: after })
}

/// Whether `line` may hold a date phrase: it has a digit of any script, or
/// a witness of the words a phrase without digits needs (`منذ ساعة`,
/// `قبل يومين`, `أمس`, `يوم واحد مضت`). Most lines of a page, prose and headlines, are
/// ruled out here, unread, in blocks of [`LANES`] bytes tested without
/// branches, which compilers vectorize.
///
/// A witness is bytes of letters that folding keeps and no other letter
/// folds to, side by side: a relative time without digits is missed when
/// harakat or tatweel stand between those letters, or when it is written
/// in Latin letters (`yesterday`, `hier`).
pub(super) fn may_hold_date(line: &str) -> bool {
    let bytes = line.as_bytes();
    let block = |window: &[u8; LANES + 3]| (0..LANES).fold(false, |hit, k| hit | witness(&window[k..k + 4]));
    let mut at = 0;
    while at < bytes.len() {
        let window = bytes.get(at..at + LANES + 3).and_then(|w| <&[u8; LANES + 3]>::try_from(w).ok());
        let hit = match window {
            Some(window) => block(window),
            // The last bytes, padded with zeros (which are no witness).
            None => {
                let mut tail = [0; LANES + 3];
                let rest = &bytes[at..];
                tail[..rest.len()].copy_from_slice(rest);
                block(&tail)
            }
        };
        if hit {
            return true;
        }
        at += LANES;
    }
    false
}

/// How many positions [`may_hold_date`] tests at once.
const LANES: usize = 16;

/// Whether the bytes `w` (four) start a digit or a witness of a relative
/// time's word.
#[inline(always)]
fn witness(w: &[u8]) -> bool {
    let (a, b, c, d) = (w[0], w[1], w[2], w[3]);
    a.is_ascii_digit()
        // Arabic-Indic digits, D9 A0..A9; Persian, DB B0..B9.
        | (a == 0xD9) & (b.wrapping_sub(0xA0) < 10)
        | (a == 0xDB) & (b.wrapping_sub(0xB0) < 10)
        // `نذ` of `منذ`: D9 86 D8 B0.
        | (a == 0x86) & (b == 0xD8) & (c == 0xB0)
        // `قبل`: D9 82 D8 A8 D9.
        | (a == 0x82) & (b == 0xD8) & (c == 0xA8) & (d == 0xD9)
        // `مس` ending a word, of `أمس`: D9 85 D8 B3, then no letter.
        | (a == 0x85) & (b == 0xD8) & (c == 0xB3) & (d < 0x80)
        // `ضت` of `مضت`, after the time (`يوم واحد مضت`): D8 B6 D8 AA.
        | (a == 0xB6) & (b == 0xD8) & (c == 0xAA)
}
