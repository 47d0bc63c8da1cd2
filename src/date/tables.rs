//! The words of dates and times, as data, each row with its source.
//!
//! Sources: the Unicode CLDR 47 (`unicode-org/cldr-json`): month, weekday,
//! era and day-period names from `cldr-dates-full/main/<locale>/ca-gregorian.json`
//! and `cldr-cal-islamic-full/main/<locale>/ca-islamic.json`, relative
//! times from `dateFields.json`, zone words from `timeZoneNames.json`,
//! each row naming its locales; and *usage*: spellings news pages print
//! that CLDR does not list.
//!
//! Rows are written as pages spell them and folded with
//! [`Folder::matching`](crate::fold::Folder::matching) when the table is
//! built, so hamza, tatweel, tanween, `ة`/`ه` and `ى`/`ي` variants
//! (`اغسطس`, `الإثنين`, `مساءً`, `هـ`) need no rows of their own. A row of
//! several words is a phrase (`كانون الثاني`); the lexer takes the longest.

use super::Unit as U;
use super::lex::Count::{Dual, Plural, Singular};
use super::lex::Meridiem::{Am, Pm};
use super::lex::Word::{self, *};

/// Every word and phrase of dates and times, with what it means.
#[rustfmt::skip]
pub(super) const WORDS: &[(&str, Word)] = &[
    // Gregorian months, CLDR months/format/wide.
    ("يناير", Month(1)),            // ar (ar-EG, ar-SA and the Gulf), ar-MA, ar-MR
    ("فبراير", Month(2)),           // ar, ar-MA, ar-MR
    ("مارس", Month(3)),             // ar, ar-DZ, ar-TN, ar-MA, ar-MR
    ("أبريل", Month(4)),            // ar, ar-MA
    ("إبريل", Month(4)),            // ar-MR (one row with أبريل once folded)
    ("مايو", Month(5)),             // ar, ar-MR
    ("يونيو", Month(6)),            // ar, ar-MA, ar-MR
    ("يونيه", Month(6)),            // usage, Egypt
    ("يوليو", Month(7)),            // ar, ar-MR
    ("يوليه", Month(7)),            // usage, Egypt
    ("أغسطس", Month(8)),            // ar
    ("سبتمبر", Month(9)),           // ar, ar-DZ, ar-TN
    ("أكتوبر", Month(10)),          // ar, ar-DZ, ar-TN, ar-MA, ar-MR
    ("نوفمبر", Month(11)),          // ar, ar-DZ, ar-TN, ar-MR
    ("ديسمبر", Month(12)),          // ar, ar-DZ, ar-TN
    ("كانون الثاني", Month(1)),     // ar-IQ, ar-JO, ar-LB, ar-PS, ar-SY
    ("شباط", Month(2)),             // ar-IQ, ar-JO, ar-LB, ar-PS, ar-SY
    ("آذار", Month(3)),             // ar-IQ, ar-JO, ar-LB, ar-PS, ar-SY
    ("نيسان", Month(4)),            // ar-IQ, ar-JO, ar-LB, ar-PS, ar-SY
    ("أيار", Month(5)),             // ar-IQ, ar-JO, ar-LB, ar-PS, ar-SY
    ("حزيران", Month(6)),           // ar-IQ, ar-JO, ar-LB, ar-PS, ar-SY
    ("تموز", Month(7)),             // ar-IQ, ar-JO, ar-LB, ar-PS, ar-SY
    ("آب", Month(8)),               // ar-IQ, ar-JO, ar-LB, ar-PS, ar-SY
    ("أيلول", Month(9)),            // ar-IQ, ar-JO, ar-LB, ar-PS, ar-SY
    ("تشرين الأول", Month(10)),     // ar-IQ, ar-JO, ar-LB, ar-PS, ar-SY
    ("تشرين الثاني", Month(11)),    // ar-IQ, ar-JO, ar-LB, ar-PS, ar-SY
    ("كانون الأول", Month(12)),     // ar-IQ, ar-JO, ar-LB, ar-PS, ar-SY
    ("كانون ثاني", Month(1)),       // usage, the Levant: the article clipped
    ("تشرين أول", Month(10)),       // usage, the Levant
    ("تشرين ثاني", Month(11)),      // usage, the Levant
    ("كانون أول", Month(12)),       // usage, the Levant
    ("جانفي", Month(1)),            // ar-DZ, ar-TN
    ("فيفري", Month(2)),            // ar-DZ, ar-TN
    ("أفريل", Month(4)),            // ar-DZ, ar-TN
    ("ماي", Month(5)),              // ar-DZ, ar-TN, ar-MA
    ("جوان", Month(6)),             // ar-DZ, ar-TN
    ("جويلية", Month(7)),           // ar-DZ, ar-TN
    ("أوت", Month(8)),              // ar-DZ, ar-TN
    ("يوليوز", Month(7)),           // ar-MA
    ("غشت", Month(8)),              // ar-MA
    ("شتنبر", Month(9)),            // ar-MA
    ("نونبر", Month(11)),           // ar-MA
    ("دجنبر", Month(12)),           // ar-MA
    ("أغشت", Month(8)),             // ar-MR
    ("شتمبر", Month(9)),            // ar-MR
    ("دجمبر", Month(12)),           // ar-MR
    ("January", Month(1)), ("February", Month(2)), ("March", Month(3)),         // en
    ("April", Month(4)), ("May", Month(5)), ("June", Month(6)),                 // en
    ("July", Month(7)), ("August", Month(8)), ("September", Month(9)),          // en
    ("October", Month(10)), ("November", Month(11)), ("December", Month(12)),   // en
    ("Jan", Month(1)), ("Feb", Month(2)), ("Mar", Month(3)), ("Apr", Month(4)), // en abbreviated
    ("Jun", Month(6)), ("Jul", Month(7)), ("Aug", Month(8)), ("Sep", Month(9)), // en abbreviated
    ("Oct", Month(10)), ("Nov", Month(11)), ("Dec", Month(12)),                 // en abbreviated
    ("Sept", Month(9)),                                                         // en-GB abbreviated
    ("janvier", Month(1)), ("février", Month(2)), ("mars", Month(3)),           // fr
    ("avril", Month(4)), ("mai", Month(5)), ("juin", Month(6)),                 // fr
    ("juillet", Month(7)), ("août", Month(8)), ("septembre", Month(9)),         // fr
    ("octobre", Month(10)), ("novembre", Month(11)), ("décembre", Month(12)),   // fr
    ("janv", Month(1)), ("févr", Month(2)), ("avr", Month(4)), ("juil", Month(7)), // fr abbreviated
    ("fevrier", Month(2)), ("aout", Month(8)), ("decembre", Month(12)),         // usage: fr without accents

    // Hijri months, CLDR ca-islamic months/format/wide (the same in every ar locale).
    ("محرم", HijriMonth(1)),          // ar
    ("صفر", HijriMonth(2)),           // ar
    ("ربيع الأول", HijriMonth(3)),    // ar
    ("ربيع الآخر", HijriMonth(4)),    // ar
    ("جمادى الأولى", HijriMonth(5)),  // ar
    ("جمادى الآخرة", HijriMonth(6)),  // ar
    ("رجب", HijriMonth(7)),           // ar
    ("شعبان", HijriMonth(8)),         // ar
    ("رمضان", HijriMonth(9)),         // ar
    ("شوال", HijriMonth(10)),         // ar
    ("ذو القعدة", HijriMonth(11)),    // ar
    ("ذو الحجة", HijriMonth(12)),     // ar
    ("المحرم", HijriMonth(1)),        // usage, with the article
    ("ربيع أول", HijriMonth(3)),      // usage: the article clipped
    ("ربيع الثاني", HijriMonth(4)),   // usage
    ("ربيع ثاني", HijriMonth(4)),     // usage
    ("ربيع آخر", HijriMonth(4)),      // usage
    ("جمادى الأول", HijriMonth(5)),   // usage
    ("جمادى أولى", HijriMonth(5)),    // usage
    ("جمادى الثانية", HijriMonth(6)), // usage
    ("جمادى الثاني", HijriMonth(6)),  // usage
    ("جمادى الآخر", HijriMonth(6)),   // usage
    ("جمادى آخرة", HijriMonth(6)),    // usage
    ("ذي القعدة", HijriMonth(11)),    // usage, the genitive (`في 5 ذي القعدة`)
    ("ذي الحجة", HijriMonth(12)),     // usage, the genitive
    ("Muharram", HijriMonth(1)), ("Safar", HijriMonth(2)), ("Rajab", HijriMonth(7)), // en
    ("Ramadan", HijriMonth(9)), ("Shawwal", HijriMonth(10)),                         // en

    // Weekdays (ISO numbers, Monday 1), CLDR days/format/wide.
    ("الاثنين", Weekday(1)), ("الثلاثاء", Weekday(2)), ("الأربعاء", Weekday(3)), // ar (every ar locale)
    ("الخميس", Weekday(4)), ("الجمعة", Weekday(5)), ("السبت", Weekday(6)),     // ar
    ("الأحد", Weekday(7)),                                                     // ar
    ("اثنين", Weekday(1)), ("ثلاثاء", Weekday(2)), ("أربعاء", Weekday(3)),      // usage: the article clipped
    ("خميس", Weekday(4)), ("جمعة", Weekday(5)), ("سبت", Weekday(6)),           // usage
    ("أحد", Weekday(7)),                                                       // usage
    ("Monday", Weekday(1)), ("Tuesday", Weekday(2)), ("Wednesday", Weekday(3)), // en
    ("Thursday", Weekday(4)), ("Friday", Weekday(5)), ("Saturday", Weekday(6)), // en
    ("Sunday", Weekday(7)),                                                     // en
    ("Mon", Weekday(1)), ("Tue", Weekday(2)), ("Wed", Weekday(3)), ("Thu", Weekday(4)), // en abbreviated
    ("Fri", Weekday(5)), ("Sat", Weekday(6)), ("Sun", Weekday(7)),                      // en abbreviated
    ("lundi", Weekday(1)), ("mardi", Weekday(2)), ("mercredi", Weekday(3)),    // fr
    ("jeudi", Weekday(4)), ("vendredi", Weekday(5)), ("samedi", Weekday(6)),   // fr
    ("dimanche", Weekday(7)),                                                  // fr

    // Eras: which calendar the year before them counts in.
    ("هـ", HijriEra),                 // ar ca-islamic eraAbbr
    ("هجري", HijriEra),               // usage (`1446 هجري`)
    ("هجرية", HijriEra),              // usage
    ("للهجرة", HijriEra),             // usage
    ("AH", HijriEra),                 // en ca-islamic eraAbbr
    ("ميلادي", GregorianEra),         // ar ca-gregorian eraNames
    ("ميلادية", GregorianEra),        // usage
    ("للميلاد", GregorianEra),        // usage
    ("م", EraOrPm),           // ar eraAbbr after a year, ar dayPeriods pm after a time

    // Day periods, CLDR dayPeriods/format.
    ("ص", Period(Am)),                // ar am
    ("صباحًا", Period(Am)),           // ar morning2
    ("فجرًا", Period(Am)),            // ar morning1
    ("مساءً", Period(Pm)),            // ar evening1
    ("ظهرًا", Period(Pm)),            // ar afternoon1
    ("بعد الظهر", Period(Pm)),        // ar afternoon2
    ("ليلاً", Period(Pm)),            // ar night2
    ("صباح", Period(Am)),             // usage (`الساعة 10 صباح الأحد`)
    ("AM", Period(Am)), ("PM", Period(Pm)), // en
    ("h", HourSign),                  // usage, fr: `10h30`

    // Zones.
    ("غرينتش", Gmt),                  // ar timeZoneNames gmtFormat `غرينتش{0}`
    ("جرينتش", Gmt),                  // usage, Egypt
    ("غرينيتش", Gmt),                 // usage
    ("جرينيتش", Gmt),                 // usage
    ("GMT", Gmt),                     // en gmtFormat `GMT{0}`
    ("UTC", Gmt),                     // ar, en: the zone UTC
    ("توقيت", ZoneLabel),             // ar regionFormat `توقيت {0}`
    ("بتوقيت", ZoneLabel),            // usage (`10:30 بتوقيت مكة المكرمة`)
    ("بالتوقيت", ZoneLabel),          // usage (`بالتوقيت المحلي`)

    // The word joining two calendars' dates of one day.
    ("الموافق", Muwafiq),             // usage (`12 رجب 1446 هـ الموافق 11 يناير 2025`)
    ("الموافقة", Muwafiq),            // usage
    ("الموافق لـ", Muwafiq),          // usage

    // Relative times, CLDR dateFields (ar `قبل {0} ساعات`, en `{0} hours ago`,
    // fr `il y a {0} heures`).
    ("قبل", Ago),                     // ar relativeTime-type-past
    ("منذ", Ago),                     // usage (`منذ 3 ساعات`)
    ("مضت", Ago),                     // usage, after the time (`6 ساعات مضت`: apps' and sites' "hours ago")
    ("ago", Ago),                     // en
    ("il y a", Ago),                  // fr
    ("أمس", DaysAgo(1)),              // ar relative-type--1
    ("البارحة", DaysAgo(1)),          // usage, the Levant
    ("أول أمس", DaysAgo(2)),          // ar relative-type--2
    ("أول من أمس", DaysAgo(2)),       // usage
    ("yesterday", DaysAgo(1)),        // en relative-type--1
    ("hier", DaysAgo(1)),             // fr relative-type--1
    ("اليوم", DaysAgo(0)),            // ar relative-type-0
    ("today", DaysAgo(0)),            // en relative-type-0
    ("ثانية", Unit(U::Second, Singular)), ("ثانيتين", Unit(U::Second, Dual)),        // ar second
    ("ثوانٍ", Unit(U::Second, Plural)), ("ثواني", Unit(U::Second, Plural)),         // ar, usage
    ("دقيقة", Unit(U::Minute, Singular)), ("دقيقتين", Unit(U::Minute, Dual)),       // ar minute
    ("دقائق", Unit(U::Minute, Plural)), ("دقيقتان", Unit(U::Minute, Dual)),         // ar, usage
    ("ساعة", Unit(U::Hour, Singular)), ("ساعتين", Unit(U::Hour, Dual)),             // ar hour
    ("ساعات", Unit(U::Hour, Plural)), ("ساعتان", Unit(U::Hour, Dual)),              // ar, usage
    ("يوم", Unit(U::Day, Singular)), ("يومين", Unit(U::Day, Dual)),                 // ar day
    ("أيام", Unit(U::Day, Plural)), ("يومًا", Unit(U::Day, Plural)),                // ar
    ("يومان", Unit(U::Day, Dual)),                                               // usage
    ("أسبوع", Unit(U::Week, Singular)), ("أسبوعين", Unit(U::Week, Dual)),           // ar week
    ("أسابيع", Unit(U::Week, Plural)), ("أسبوعًا", Unit(U::Week, Plural)),          // ar
    ("شهر", Unit(U::Month, Singular)), ("شهرين", Unit(U::Month, Dual)),             // ar month
    ("أشهر", Unit(U::Month, Plural)), ("شهرًا", Unit(U::Month, Plural)),            // ar
    ("شهور", Unit(U::Month, Plural)),                                            // usage
    ("سنة", Unit(U::Year, Singular)), ("سنتين", Unit(U::Year, Dual)),               // ar year
    ("سنوات", Unit(U::Year, Plural)),                                            // ar
    ("عام", Unit(U::Year, Singular)), ("عامين", Unit(U::Year, Dual)),               // usage
    ("أعوام", Unit(U::Year, Plural)), ("عامًا", Unit(U::Year, Plural)),             // usage
    ("ثانية واحدة", Unit(U::Second, Singular)), ("دقيقة واحدة", Unit(U::Minute, Singular)), // ar count-one (`قبل ساعة واحدة`)
    ("ساعة واحدة", Unit(U::Hour, Singular)), ("يوم واحد", Unit(U::Day, Singular)),            // ar count-one
    ("أسبوع واحد", Unit(U::Week, Singular)), ("شهر واحد", Unit(U::Month, Singular)),          // ar count-one
    ("سنة واحدة", Unit(U::Year, Singular)), ("عام واحد", Unit(U::Year, Singular)),            // ar count-one, usage
    ("second", Unit(U::Second, Singular)), ("seconds", Unit(U::Second, Plural)),    // en
    ("minute", Unit(U::Minute, Singular)), ("minutes", Unit(U::Minute, Plural)),    // en, fr
    ("min", Unit(U::Minute, Plural)), ("mins", Unit(U::Minute, Plural)),            // en short
    ("hour", Unit(U::Hour, Singular)), ("hours", Unit(U::Hour, Plural)),            // en
    ("day", Unit(U::Day, Singular)), ("days", Unit(U::Day, Plural)),                // en
    ("week", Unit(U::Week, Singular)), ("weeks", Unit(U::Week, Plural)),            // en
    ("month", Unit(U::Month, Singular)), ("months", Unit(U::Month, Plural)),        // en
    ("year", Unit(U::Year, Singular)), ("years", Unit(U::Year, Plural)),            // en
    ("seconde", Unit(U::Second, Singular)), ("secondes", Unit(U::Second, Plural)),  // fr
    ("heure", Unit(U::Hour, Singular)), ("heures", Unit(U::Hour, Plural)),          // fr
    ("jour", Unit(U::Day, Singular)), ("jours", Unit(U::Day, Plural)),              // fr
    ("semaine", Unit(U::Week, Singular)), ("semaines", Unit(U::Week, Plural)),      // fr
    ("mois", Unit(U::Month, Plural)),                                            // fr
    ("an", Unit(U::Year, Singular)), ("ans", Unit(U::Year, Plural)),                // fr

    // Words that join the parts of one date phrase (`12 مارس في 10:30`).
    ("في", Joiner), ("الساعة", Joiner), ("at", Joiner), ("à", Joiner),   // usage
    ("على", Joiner),                  // `على الساعة 20:20`: Maghreb usage (kifache.com; a Tunisian paper in the Arabic Newspapers Corpus)
    ("T", Joiner),                    // ISO 8601 between date and time (`2024-03-12T10:45`)

    // Labels of date lines, kept outside the phrase (`نشر في: ...`,
    // `آخر تحديث: ...`, `Publié le ...`): usage.
    ("نشر", Label), ("نشرت", Label), ("نشره", Label), ("النشر", Label), ("منشور", Label),
    ("تاريخ", Label), ("بتاريخ", Label), ("التاريخ", Label), ("تم", Label),
    ("آخر", Label), ("تحديث", Label), ("التحديث", Label), ("محدث", Label),
    ("تعديل", Label), ("التعديل", Label), ("وقت", Label),
    ("published", Label), ("updated", Label), ("posted", Label), ("on", Label),
    ("last", Label), ("modified", Label), ("date", Label),
    ("publié", Label), ("publie", Label), ("le", Label), ("mis", Label),
    ("modifié", Label),
];
