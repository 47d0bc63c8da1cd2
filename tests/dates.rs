//! Date lines as pages print them (every form `parse_date` reads, in
//! lines written for khabar), and properties of `parse_date` on generated
//! lines: it never panics, its spans slice the input, and digits of every
//! script give the same date.

use khabar::{ErrorKind, PageDate, Zone, parse_date};
use proptest::prelude::*;

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
    // A Hijri month or era with a Gregorian year is no Hijri date.
    assert_eq!(parsed("رمضان 2024"), "NoDate");
    assert_eq!(parsed("12/07/2024 هـ"), "NoDate");
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
        ("11 يناير 2025م الموافق 12 رجب 1446هـ", "g=2025-01-11 h=1446-07-12 [11 يناير 2025م الموافق 12 رجب 1446هـ]"),
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
        // The Maghreb's `على الساعة` ("at the hour").
        (
            "الثلاثاء 09 أبريل 2024 على الساعة 20:20",
            "g=2024-04-09 w=Tuesday t=20:20 [الثلاثاء 09 أبريل 2024 على الساعة 20:20]",
        ),
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
        ("Thursday, January 1, 2026 10:30 AM", "g=2026-01-01 w=Thursday t=10:30 [Thursday, January 1, 2026 10:30 AM]"),
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
        ("6 ساعات مضت", "r=-PT6H [6 ساعات مضت]"),
        ("يوم واحد مضت", "r=-P1D [يوم واحد مضت]"),
        ("ساعتين مضت", "r=-PT2H [ساعتين مضت]"),
        ("أمس", "r=-P1D [أمس]"),
        ("أول أمس", "r=-P2D [أول أمس]"),
        ("اليوم 13:00", "t=13:00 r=P0D [اليوم 13:00]"),
    ]);
    // Since a year or a month named is no time ago; today alone is no date.
    for not_relative in ["منذ عام 2007", "منذ شهر أكتوبر", "منذ 2016", "منذ سنوات", "اليوم", "اليوم السبت", "سنوات مضت"]
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
fn spans_point_into_the_line() {
    let line = "آخر تحديث: الثلاثاء 12 مارس 2024 - 10:45 م بتوقيت القدس";
    let d = parse_date(line).unwrap();
    assert_eq!(&line[d.span().range()], d.as_str());
    let Some(Zone::Place(place)) = d.zone() else { panic!("{:?}", d.zone()) };
    assert_eq!(&line[place.span().range()], "القدس");
    assert_eq!(d.iso().unwrap(), "2024-03-12T22:45");
}

/// A date line of a known date: the line, and what it must parse to.
fn dated_line() -> impl Strategy<Value = (String, String)> {
    // Month names of every tradition, with their numbers.
    const MONTHS: &[(&str, u32)] = &[
        ("يناير", 1),
        ("كانون الثاني", 1),
        ("جانفي", 1),
        ("فبراير", 2),
        ("شباط", 2),
        ("فيفري", 2),
        ("مارس", 3),
        ("آذار", 3),
        ("أبريل", 4),
        ("إبريل", 4),
        ("نيسان", 4),
        ("أفريل", 4),
        ("مايو", 5),
        ("أيار", 5),
        ("ماي", 5),
        ("يونيو", 6),
        ("حزيران", 6),
        ("جوان", 6),
        ("يوليو", 7),
        ("تموز", 7),
        ("جويلية", 7),
        ("يوليوز", 7),
        ("أغسطس", 8),
        ("آب", 8),
        ("أوت", 8),
        ("غشت", 8),
        ("سبتمبر", 9),
        ("أيلول", 9),
        ("شتنبر", 9),
        ("أكتوبر", 10),
        ("تشرين الأول", 10),
        ("نوفمبر", 11),
        ("تشرين الثاني", 11),
        ("نونبر", 11),
        ("ديسمبر", 12),
        ("كانون الأول", 12),
        ("دجنبر", 12),
        ("March", 3),
        ("août", 8),
    ];
    const HIJRI: &[(&str, u32)] = &[("محرم", 1), ("ربيع الأول", 3), ("جمادى الآخرة", 6), ("رمضان", 9), ("ذو الحجة", 12)];
    const WEEKDAYS: &[&str] = &["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "جمعة"];
    let day = 1u32..=28;
    let year = 1990u32..=2030;
    let hour = 1u32..=12;
    let minute = 0u32..=59;
    prop_oneof![
        (day.clone(), proptest::sample::select(MONTHS), year.clone())
            .prop_map(|(d, (name, m), y)| { (format!("{d} {name} {y}"), format!("g={y:04}-{m:02}-{d:02}")) }),
        (
            proptest::sample::select(WEEKDAYS),
            day.clone(),
            proptest::sample::select(MONTHS),
            year.clone(),
            hour,
            minute.clone(),
            any::<bool>()
        )
            .prop_map(|(w, d, (name, m), y, h, min, pm)| {
                let h24 = match (h, pm) {
                    (12, false) => 0,
                    (h, true) if h < 12 => h + 12,
                    (h, _) => h,
                };
                let period = if pm { "م" } else { "ص" };
                (
                    format!("{w}، {d:02} {name} {y} {h}:{min:02} {period}"),
                    format!("g={y:04}-{m:02}-{d:02} t={h24:02}:{min:02}"),
                )
            }),
        (day.clone(), 1u32..=12, year.clone(), proptest::sample::select(&['/', '-', '.'][..]), any::<bool>()).prop_map(
            |(d, m, y, sep, pad)| {
                let line = if pad { format!("{d:02}{sep}{m:02}{sep}{y}") } else { format!("{y}{sep}{m}{sep}{d}") };
                (line, format!("g={y:04}-{m:02}-{d:02}"))
            }
        ),
        (day.clone(), proptest::sample::select(HIJRI), 1400u32..=1450)
            .prop_map(|(d, (name, m), y)| { (format!("{d} {name} {y} هـ"), format!("h={y:04}-{m:02}-{d:02}")) }),
        (3u32..=59, proptest::sample::select(&[("دقيقة", "M"), ("ساعات", "H")][..]))
            .prop_map(|(n, (unit, letter))| { (format!("منذ {n} {unit}"), format!("r=-PT{n}{letter}")) }),
        (0u32..=23, minute).prop_map(|(h, m)| (format!("{h:02}:{m:02}"), format!("t={h:02}:{m:02}"))),
    ]
}

/// The parts of a parse as `dated_line` writes them.
fn parts(d: &PageDate<'_>) -> String {
    let mut out = Vec::new();
    out.extend(d.gregorian().map(|g| format!("g={g}")));
    out.extend(d.hijri().map(|h| format!("h={h}")));
    out.extend(d.time().map(|t| format!("t={t}")));
    out.extend(d.relative().map(|r| format!("r={r}")));
    out.join(" ")
}

/// `line` with its ASCII digits in another script (`zero` its zero).
fn digits_in(line: &str, zero: char) -> String {
    line.chars()
        .map(|c| {
            c.to_digit(10).filter(|_| c.is_ascii_digit()).map_or(c, |d| char::from_u32(zero as u32 + d).unwrap_or(c))
        })
        .collect()
}

proptest! {
    /// Any text gives a date or an error, never a panic.
    #[test]
    fn never_panics(text in any::<String>()) {
        let _ = parse_date(&text);
    }

    /// Text made of the pieces of dates, in any order, never panics, and
    /// every span it gives slices the input to the text it carries.
    #[test]
    fn spans_slice_the_input(
        pieces in proptest::collection::vec(prop_oneof![
            Just("12".to_owned()), Just("٢٠٢٤".to_owned()), Just("۳".to_owned()), Just("2024".to_owned()),
            Just("مارس".to_owned()), Just("كانون الثاني".to_owned()), Just("رجب".to_owned()), Just("هـ".to_owned()),
            Just("الموافق".to_owned()), Just("الأحد".to_owned()), Just("م".to_owned()), Just("ص".to_owned()),
            Just("منذ".to_owned()), Just("ساعات".to_owned()), Just("GMT".to_owned()), Just("بتوقيت".to_owned()),
            Just("القدس".to_owned()), Just("اليوم".to_owned()), Just("نشر في".to_owned()),
            "[/:.,،|()+\\- \u{a0}\u{200f}ـ]",
            "[ا-ي0-9٠-٩]{1,4}",
        ], 0..14),
    ) {
        let line: String = pieces.concat();
        if let Ok(d) = parse_date(&line) {
            prop_assert_eq!(&line[d.span().range()], d.as_str());
            if let Some(Zone::Place(place)) = d.zone() {
                prop_assert_eq!(&line[place.span().range()], place.as_str());
                prop_assert!(d.span().start <= place.span().start && place.span().end <= d.span().end);
            }
        }
    }

    /// Generated date lines parse to their date, with the same date in
    /// Arabic-Indic and Persian digits, and labels before them only move
    /// the span.
    #[test]
    fn digits_of_every_script_give_the_same_date((line, want) in dated_line()) {
        let d = parse_date(&line).map_err(|e| TestCaseError::fail(format!("{line}: {e}")))?;
        prop_assert_eq!(parts(&d), want.clone(), "{}", line);
        prop_assert_eq!(d.as_str(), line.as_str());
        for zero in ['٠', '۰'] {
            let other = digits_in(&line, zero);
            let o = parse_date(&other).map_err(|e| TestCaseError::fail(format!("{other}: {e}")))?;
            prop_assert_eq!(parts(&o), want.clone(), "{}", other);
        }
        let label = "آخر تحديث: ";
        let labelled = format!("{label}{line}");
        let l = parse_date(&labelled).map_err(|e| TestCaseError::fail(format!("{labelled}: {e}")))?;
        prop_assert_eq!(parts(&l), want);
        prop_assert_eq!(l.span().start, d.span().start + label.len());
    }
}

#[test]
fn an_error_says_what_and_where() {
    let err = parse_date("  ").unwrap_err();
    assert_eq!((err.kind(), err.span().range()), (ErrorKind::Empty, 0..2));
    let err = parse_date("قال الوزير").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NoDate);
    assert_eq!(err.to_string(), "no date or time in the line at bytes 0..19");
}

/// Lines built to find superlinear time, each read at a size where it
/// would be obvious, against a long line of prose with dates in it: the
/// time per byte stays within a generous bound.
#[test]
fn long_lines_are_read_in_linear_time() {
    let size = if cfg!(debug_assertions) { 1 << 19 } else { 4 << 20 };
    let repeat = |unit: &str| unit.repeat(size / unit.len() + 1);
    // The fastest of three runs: a busy machine may stall any one of them.
    let per_byte = |line: &str| {
        let run = || {
            let start = std::time::Instant::now();
            let _ = std::hint::black_box(parse_date(line));
            start.elapsed().as_secs_f64() / line.len() as f64
        };
        run().min(run()).min(run())
    };
    let baseline = per_byte(&repeat("قال الوزير في 12 مارس 2024 إن المحادثات كانت مثمرة، "));
    for unit in [
        "1/",
        "12:",
        "٢٠٢٤-",
        "1",
        "12 ",
        "منذ ",
        "منذ 3 ",
        "12 مارس ",
        "كانون ",
        "الموافق ",
        "GMT+",
        "بتوقيت ",
        "10:45 م ",
        "الأحد، ",
        "- ",
        "ـ",
        "\u{200f}",
    ] {
        let took = per_byte(&repeat(unit));
        assert!(took < 10.0 * baseline.max(1e-9), "{unit:?}: {took:e} s/byte against {baseline:e}");
    }
}
