//! Marker words as data: what a line starting with them is.
//!
//! Entries are written in any common spelling; they are folded with
//! [`Folder::matching`] once, and lines are compared in the same folded
//! form, so spelling variants (hamza, tanween, tatweel, Persian letters)
//! need no entries of their own.

use once_cell::sync::Lazy;

use crate::fold::{Folded, Folder};

/// What a marker at the start of a line announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marker {
    /// A list of headlines: read-also inside a body, related on the page.
    Headlines,
    /// A source attribution label.
    Source,
    /// An author credit label.
    Byline,
    /// A tag-list label.
    Tags,
    /// Page furniture: copyright, share rows, ad labels, end markers.
    Boilerplate,
    /// The comment section's heading or form: the article's body is over.
    Comments,
    /// Words that open a sentence going on from the one before (`وقال`,
    /// `وأضاف`, `كما`): the line is prose, not a headline.
    Continuation,
}

impl Marker {
    const ALL: [Marker; 7] = [
        Marker::Headlines,
        Marker::Source,
        Marker::Byline,
        Marker::Tags,
        Marker::Boilerplate,
        Marker::Comments,
        Marker::Continuation,
    ];

    /// The marker's bit in a set of kinds.
    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// Whether a marker must be followed by a separator (`:`, `|`, `-`) to
/// count: `اقرأ:` is a marker, `اقرأ هذا المقال` is prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Needs {
    Nothing,
    Separator,
}

use Marker::*;
use Needs::*;

#[rustfmt::skip]
const ENTRIES: &[(&str, Marker, Needs)] = &[
    // Read-also and related-headline headings.
    ("اقرأ أيضاً", Headlines, Nothing), ("اقرأ كذلك", Headlines, Nothing),
    ("اقرأ المزيد", Headlines, Nothing), ("اقرأ أيضا في", Headlines, Nothing),
    ("اقرأ", Headlines, Separator),
    ("شاهد أيضاً", Headlines, Nothing), ("شاهد أيضا في", Headlines, Nothing),
    ("شاهد", Headlines, Separator), ("طالع أيضاً", Headlines, Nothing),
    ("طالع", Headlines, Separator), ("اطلع أيضا", Headlines, Nothing),
    ("تابع أيضاً", Headlines, Nothing),
    ("قد يهمك أيضاً", Headlines, Nothing), ("قد يهمك", Headlines, Nothing),
    ("قد يعجبك أيضاً", Headlines, Nothing), ("قد يعجبك", Headlines, Nothing),
    ("ربما يهمك", Headlines, Nothing), ("ربما يعجبك", Headlines, Nothing),
    ("يهمك أيضاً", Headlines, Nothing), ("ننصحك بقراءة", Headlines, Nothing),
    ("مقالات مشابهة", Headlines, Nothing), ("مقالات ذات صلة", Headlines, Nothing),
    ("مقالات متعلقة", Headlines, Nothing), ("مقالات أخرى", Headlines, Nothing),
    ("مقالات الكاتب", Headlines, Nothing), ("مقالات أخرى للكاتب", Headlines, Nothing),
    ("المزيد للكاتب", Headlines, Nothing), ("المزيد من المقالات", Headlines, Nothing),
    ("أحدث المقالات", Headlines, Nothing), ("آخر المقالات", Headlines, Nothing),
    ("أخبار ذات صلة", Headlines, Nothing), ("أخبار مشابهة", Headlines, Nothing),
    ("أخبار متعلقة", Headlines, Nothing), ("أخبار أخرى", Headlines, Nothing),
    ("مواضيع ذات صلة", Headlines, Nothing), ("مواضيع مشابهة", Headlines, Nothing),
    ("موضوعات ذات صلة", Headlines, Nothing), ("مواد ذات صلة", Headlines, Nothing),
    ("روابط ذات علاقة", Headlines, Nothing), ("روابط ذات صلة", Headlines, Nothing),
    ("ذات صلة", Headlines, Nothing), ("الأكثر قراءة", Headlines, Nothing),
    ("الأكثر مشاهدة", Headlines, Nothing), ("الأكثر تداولاً", Headlines, Nothing),
    ("الأكثر تعليقاً", Headlines, Nothing), ("آخر الأخبار", Headlines, Nothing),
    ("أحدث الأخبار", Headlines, Nothing), ("اخترنا لك", Headlines, Nothing),
    ("اخترنا لكم", Headlines, Nothing), ("للمزيد", Headlines, Separator),
    ("المزيد من الأخبار", Headlines, Nothing), ("المزيد", Headlines, Separator),
    ("رابط الخبر", Headlines, Nothing), ("رابط المقال", Headlines, Nothing),
    ("أخبار ذات علاقة", Headlines, Nothing), ("مواضيع ذات علاقة", Headlines, Nothing),
    ("مقالات ذات علاقة", Headlines, Nothing), ("موضوعات متعلقة", Headlines, Nothing),
    ("مقالات قد تعجبك", Headlines, Nothing), ("مقالات قد تهمك", Headlines, Nothing),
    ("أخبار قد تهمك", Headlines, Nothing), ("ذات علاقة", Headlines, Nothing),
    ("تقارير ذات صلة", Headlines, Nothing), ("المزيد من", Headlines, Separator),
    ("Read also", Headlines, Nothing), ("Read more", Headlines, Nothing),
    ("See also", Headlines, Nothing), ("Related", Headlines, Nothing),
    ("Lire aussi", Headlines, Nothing), ("À lire aussi", Headlines, Nothing),
    ("Voir aussi", Headlines, Nothing), ("Sur le même sujet", Headlines, Nothing),
    // Source labels.
    // A one-word label needs its separator: `المصدر رفض الكشف عن اسمه` is prose.
    ("المصدر", Source, Separator), ("المصادر", Source, Separator),
    ("مصدر الخبر", Source, Separator), ("مصدر", Source, Separator),
    ("نقلاً عن", Source, Nothing), ("منقول عن", Source, Nothing),
    ("منقول", Source, Separator), ("خاص", Source, Nothing),
    ("Source", Source, Separator), ("Sources", Source, Separator),
    ("Via", Source, Separator), ("حقوق النشر محفوظة", Source, Nothing),
    // Author credits.
    ("كتب", Byline, Nothing), ("كتبت", Byline, Nothing), ("بقلم", Byline, Nothing),
    ("تقرير", Byline, Separator), ("ترجمة", Byline, Separator),
    ("ترجمة وتحرير", Byline, Separator), ("إعداد", Byline, Separator),
    ("تحرير", Byline, Separator), ("متابعة", Byline, Separator),
    ("حوار", Byline, Separator), ("دكتور", Byline, Separator),
    ("By", Byline, Nothing), ("Par", Byline, Separator),
    ("Auteur", Byline, Separator), ("Author", Byline, Separator), ("الكاتب", Byline, Separator),
    ("المحرر", Byline, Separator), ("مراسل", Byline, Separator), ("إشراف", Byline, Separator),
    ("بواسطة", Byline, Nothing),
    // Tag-list labels.
    ("كلمات دلالية", Tags, Nothing), ("الكلمات الدلالية", Tags, Nothing),
    ("كلمات مفتاحية", Tags, Nothing), ("الكلمات المفتاحية", Tags, Nothing),
    ("الوسوم", Tags, Nothing), ("وسوم", Tags, Separator), ("الكلمات", Tags, Separator),
    ("Tags", Tags, Nothing), ("Tag", Tags, Separator), ("Mots-clés", Tags, Nothing),
    ("Mots clés", Tags, Nothing), ("Étiquettes", Tags, Nothing), ("Keywords", Tags, Nothing),
    ("الكلمات الدالة", Tags, Nothing), ("كلمات البحث", Tags, Nothing), ("الأوسمة", Tags, Nothing),
    ("هاشتاغ", Tags, Separator), ("هاشتاج", Tags, Separator), ("الكلمات المتعلقة", Tags, Nothing),
    // Page furniture.
    ("جميع الحقوق محفوظة", Boilerplate, Nothing), ("كل الحقوق محفوظة", Boilerplate, Nothing),
    ("الحقوق محفوظة", Boilerplate, Nothing), ("حقوق الطبع", Boilerplate, Nothing),
    ("جميع المقالات المنشورة", Boilerplate, Nothing), ("الآراء الواردة", Boilerplate, Nothing),
    ("المقال يعبر عن رأي", Boilerplate, Nothing), ("تصفح المزيد", Boilerplate, Nothing),
    ("شارك", Boilerplate, Separator), ("شارك الخبر", Boilerplate, Nothing),
    ("شارك هذا", Boilerplate, Nothing), ("مشاركة", Boilerplate, Separator),
    ("تابعونا", Boilerplate, Nothing), ("تابعنا", Boilerplate, Nothing),
    ("تابعوا", Boilerplate, Nothing), ("اشترك", Boilerplate, Nothing),
    ("للاشتراك", Boilerplate, Nothing), ("للتواصل", Boilerplate, Nothing),
    ("للإعلان", Boilerplate, Nothing), ("إعلان", Boilerplate, Nothing),
    ("اعلانات", Boilerplate, Nothing), ("محتوى إعلاني", Boilerplate, Nothing),
    ("آخر تحديث", Boilerplate, Nothing), ("تاريخ النشر", Boilerplate, Nothing),
    ("نشر في", Boilerplate, Separator), ("عدد المشاهدات", Boilerplate, Nothing),
    ("عدد القراءات", Boilerplate, Nothing), ("مشاهدات", Boilerplate, Separator),
    ("حمل تطبيق", Boilerplate, Nothing), ("اضغط هنا", Boilerplate, Nothing),
    ("انقر هنا", Boilerplate, Nothing), ("الصور المرفقة", Boilerplate, Nothing),
    ("انتهى", Boilerplate, Nothing), ("-انتهى", Boilerplate, Nothing),
    ("(انتهى)", Boilerplate, Nothing), ("Copyright", Boilerplate, Nothing),
    ("All rights reserved", Boilerplate, Nothing), ("©", Boilerplate, Nothing),
    ("Advertisement", Boilerplate, Nothing), ("Publicité", Boilerplate, Nothing),
    ("Share", Boilerplate, Nothing), ("Partager", Boilerplate, Nothing),
    ("تصوير", Boilerplate, Separator), ("صورة", Boilerplate, Separator),
    ("مصدر الصورة", Boilerplate, Nothing), ("حقوق الصورة", Boilerplate, Nothing),
    ("صورة أرشيفية", Boilerplate, Nothing), ("صورة تعبيرية", Boilerplate, Nothing),
    ("الصورة", Boilerplate, Separator), ("المقال التالي", Boilerplate, Nothing),
    ("المقال السابق", Boilerplate, Nothing), ("الخبر التالي", Boilerplate, Nothing),
    ("الخبر السابق", Boilerplate, Nothing), ("لقطة شاشة", Boilerplate, Nothing),
    ("حجم الخط", Boilerplate, Nothing), ("تكبير الخط", Boilerplate, Nothing),
    ("تصغير الخط", Boilerplate, Nothing), ("لا توجد تعليقات", Boilerplate, Nothing),
    ("وقت القراءة", Boilerplate, Nothing), ("مدة القراءة", Boilerplate, Nothing),
    ("زمن القراءة", Boilerplate, Nothing), ("التصنيف", Boilerplate, Separator),
    ("تصنيف", Boilerplate, Separator), ("القسم", Boilerplate, Separator),
    ("النشرة البريدية", Boilerplate, Nothing), ("سجل الدخول", Boilerplate, Nothing),
    ("تسجيل الدخول", Boilerplate, Nothing),
    ("لقطة من", Boilerplate, Nothing),
    ("Photo", Boilerplate, Separator), ("طباعة", Boilerplate, Nothing),
    ("نسخ الرابط", Boilerplate, Nothing), ("الرئيسية", Boilerplate, Separator),
    ("اقرأ الخبر من المصدر", Boilerplate, Nothing),
    // The comment section: the article's body is over.
    ("تعليقات القراء", Comments, Nothing), ("اترك تعليقاً", Comments, Nothing),
    ("اترك رداً", Comments, Nothing), ("اضف تعليقك", Comments, Nothing),
    ("أضف تعليق", Comments, Nothing), ("التعليقات", Comments, Nothing),
    ("لن يتم نشر عنوان بريدك الإلكتروني", Comments, Nothing),
    // Openers of a sentence that goes on from the one before.
    ("وقال", Continuation, Nothing), ("وقالت", Continuation, Nothing), ("وأضاف", Continuation, Nothing),
    ("وأضافت", Continuation, Nothing), ("وأكد", Continuation, Nothing), ("وأكدت", Continuation, Nothing),
    ("وأشار", Continuation, Nothing), ("وأشارت", Continuation, Nothing), ("وأوضح", Continuation, Nothing),
    ("وأوضحت", Continuation, Nothing), ("وتابع", Continuation, Nothing), ("وتابعت", Continuation, Nothing),
    ("وذكر", Continuation, Nothing), ("وذكرت", Continuation, Nothing), ("وأفاد", Continuation, Nothing),
    ("وأفادت", Continuation, Nothing), ("وكان", Continuation, Nothing), ("وكانت", Continuation, Nothing),
    ("وفي", Continuation, Nothing), ("ومن", Continuation, Nothing), ("وعلى", Continuation, Nothing),
    ("وإلى", Continuation, Nothing), ("ومع", Continuation, Nothing), ("وقد", Continuation, Nothing),
    ("ولم", Continuation, Nothing), ("وهو", Continuation, Nothing), ("وهي", Continuation, Nothing),
    ("ولكن", Continuation, Nothing), ("كما", Continuation, Nothing), ("بينما", Continuation, Nothing),
    ("فيما", Continuation, Nothing),
];

/// Words of share and follow rows and of view and comment counts: a short
/// line made of them, numbers and punctuation is furniture.
#[rustfmt::skip]
const FURNITURE_WORDS: &[&str] = &[
    "فيسبوك", "فيس", "بوك", "تويتر", "واتساب", "واتس", "تلغرام", "تيليجرام", "تليجرام",
    "لينكدإن", "لينكد", "انستغرام", "انستجرام", "يوتيوب", "تيك", "توك", "سناب", "شات",
    "طباعة", "البريد", "الإلكتروني", "إرسال", "مشاركة", "شارك", "نسخ", "الرابط",
    "مشاهدة", "مشاهدات", "تعليق", "تعليقات", "قراءة", "قراءات", "إعجاب", "زيارة", "زيارات",
    "facebook", "twitter", "whatsapp", "telegram", "linkedin", "instagram", "youtube",
    "tiktok", "pinterest", "email", "print", "share", "tweet", "messenger", "reddit",
    "views", "comments", "likes",
];

static FURNITURE: Lazy<std::collections::HashSet<String>> =
    Lazy::new(|| FURNITURE_WORDS.iter().map(|w| Folder::matching().fold(w).into_owned()).collect());

/// Whether the folded word `w` belongs to share rows or counts.
pub(crate) fn is_furniture_word(w: &str) -> bool {
    FURNITURE.contains(w)
}

/// Names of a news site's sections, without the article: a row of them
/// (`الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة`) is the site's menu.
#[rustfmt::skip]
const SECTION_WORDS: &[&str] = &[
    "رئيسية", "رئيسيه", "أخبار", "خبر", "محلية", "محليات", "عربي", "عربية", "عربيات", "عالمي", "عالمية",
    "دولي", "دولية", "إقليمي", "اقتصاد", "اقتصادية", "أعمال", "مال", "رياضة", "رياضات", "فن", "فنون",
    "ثقافة", "منوعات", "سياسة", "صحة", "تكنولوجيا", "تقنية", "علوم", "مقالات", "رأي", "آراء", "فيديو",
    "فيديوهات", "صور", "مجتمع", "حوادث", "تعليم", "سياحة", "سيارات", "مرأة", "أسرة", "بيئة", "ملفات",
    "تحقيقات", "حوارات", "تقارير", "كاريكاتير", "إنفوجراف", "إنفوجرافيك", "أرشيف", "بودكاست", "عاجل",
];

static SECTIONS: Lazy<std::collections::HashSet<String>> =
    Lazy::new(|| SECTION_WORDS.iter().map(|w| Folder::matching().fold(w).into_owned()).collect());

/// Whether the folded word `w` names a site section (with or without the
/// article, and after a joining `و`).
pub(crate) fn is_section_word(w: &str) -> bool {
    let section = |w: &str| SECTIONS.contains(without_article(w));
    section(w) || w.strip_prefix('و').is_some_and(section)
}

/// Whether `text` is a row of three or more site section names and
/// nothing else: the site's menu, flattened into a line. Its first word is
/// folded and tried alone first, which rules out most lines cheaply.
pub(crate) fn is_menu_row(text: &str) -> bool {
    // How many section names `t` is, if it is nothing else.
    let sections = |t: &str| {
        let folded = Folder::matching().fold(t);
        let words = folded.split(|c: char| !crate::fold::is_word_char(c)).filter(|w| !w.is_empty());
        words.map(|w| is_section_word(w).then_some(1)).sum::<Option<usize>>().unwrap_or(0)
    };
    let first = text.split_whitespace().next().unwrap_or_default();
    sections(first) > 0 && sections(text) >= 3
}

/// `word` (folded) without a leading article and the particle before it
/// (`وال`, `بال`, `فال`, `كال`, `لل`, `ال`), if three letters or more stay.
pub(crate) fn without_article(word: &str) -> &str {
    let stem = ["وال", "بال", "فال", "كال", "لل", "ال"].iter().find_map(|p| word.strip_prefix(p));
    stem.filter(|s| s.chars().nth(2).is_some()).unwrap_or(word)
}

/// News agencies and generic media words: a short unlabeled line made of
/// them is a credit, not a headline.
#[rustfmt::skip]
const AGENCIES: &[&str] = &[
    "وكالات", "متابعات", "رويترز", "أ ف ب", "ا ف ب", "أ.ف.ب", "فرانس برس", "فرانس 24",
    "أ ش أ", "أ.ش.أ", "د ب أ", "د.ب.أ", "يو بي آي", "الأناضول", "وكالة الأناضول",
    "أسوشيتد برس", "الأسوشيتد برس", "أ ب", "سبوتنيك", "واس", "وام", "قنا", "كونا",
    "بترا", "سانا", "إرنا", "شينخوا", "بي بي سي", "سي إن إن", "CNN", "AFP", "Reuters",
    "AP", "DPA", "Anadolu", "الفرنسية", "الألمانية", "الأوروبية",
];

/// Endings of headline-list headings that name their subject first:
/// `تقارير ذات صلة`, `فيديوهات قد تهمك`.
#[rustfmt::skip]
const HEADING_ENDINGS: &[&str] = &[
    "ذات صلة", "ذات الصلة", "ذات علاقة", "قد تهمك", "قد يهمك", "قد تعجبك", "قد يعجبك", "الأكثر قراءة",
    "الأكثر مشاهدة", "مشابهة", "متعلقة", "مقترحة",
];

/// Copyright phrases: the line that ends a site's page.
#[rustfmt::skip]
const COPYRIGHT: &[&str] = &["جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة", "all rights reserved", "©"];

/// Words that name a medium (agency, site, paper, channel).
#[rustfmt::skip]
const MEDIA_WORDS: &[&str] = &[
    "وكالة", "وكالات", "موقع", "صحيفة", "جريدة", "قناة", "شبكة", "مجلة", "إذاعة",
    "نيوز", "برس", "تيفي", "تي في", "نت", "أخبار", "الأخبار", "news", "press", "tv", "net", "com",
];

/// Words of dates and times: months (Gregorian, Levantine, French,
/// English), weekdays, and time words. A line of these and numbers only
/// is a date stamp.
#[rustfmt::skip]
const DATE_WORDS: &[&str] = &[
    "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه",
    "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان",
    "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "الأول", "الثاني", "أول", "ثاني",
    "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    "اليوم", "أمس", "منذ", "ساعة", "ساعات", "دقيقة", "دقائق", "يوم", "أيام", "ص", "م",
    "مساء", "صباحا", "صباحاً", "مساءً", "تحديث", "آخر", "نشر", "في", "بتوقيت", "غرينتش",
    "هـ", "هجري", "ميلادي", "gmt", "am", "pm", "utc", "janvier", "février", "mars", "avril",
    "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

static DATES: Lazy<std::collections::HashSet<String>> =
    Lazy::new(|| DATE_WORDS.iter().map(|w| Folder::matching().fold(w).into_owned()).collect());

/// Whether the folded word `w` is a date or time word.
pub(crate) fn is_date_word(w: &str) -> bool {
    DATES.contains(w)
}

/// A marker found at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) marker: Marker,
    /// Byte length of the marker in the (unfolded) line.
    pub(crate) len: usize,
}

impl Found {
    /// The marker's words in `line`, the line it was found in, without the
    /// bullets and brackets before them.
    pub(crate) fn label<'a>(&self, line: &'a str) -> &'a str {
        line[..self.len].trim_start_matches(is_lead)
    }
}

struct Lexicon {
    /// Folded entries, longest first, so the longest marker wins.
    entries: Vec<(String, Marker, Needs)>,
    /// Entries by their first two folded characters, so a line is compared
    /// only with the entries it could start with; sorted, for a binary
    /// search cheaper than hashing.
    by_start: Vec<((char, char), Vec<usize>)>,
    /// For each first character below U+0700, the range of `by_start` it
    /// heads (start and end, small to keep the table in cache): most
    /// lines' first character heads no entry, and the others a few.
    by_first: Vec<(u16, u16)>,
    /// For each first character below U+0700, the kinds of the entries it
    /// starts (bits of [`Marker::bit`]).
    first_kinds: Vec<u8>,
    agencies: Vec<String>,
    media: Vec<String>,
    /// Copyright phrases, each with a searcher built once.
    copyright: Vec<memchr::memmem::Finder<'static>>,
    heading_endings: Vec<String>,
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let fold = |s: &str| Folder::matching().fold(s).into_owned();
    let mut entries: Vec<_> = ENTRIES.iter().map(|&(s, m, n)| (fold(s), m, n)).collect();
    entries.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    let mut by_start: Vec<((char, char), Vec<usize>)> = Vec::new();
    for (i, (key, _, _)) in entries.iter().enumerate() {
        let start = first_two(key.chars());
        match by_start.iter_mut().find(|(s, _)| *s == start) {
            Some((_, list)) => list.push(i),
            None => by_start.push((start, vec![i])),
        }
    }
    by_start.sort_unstable_by_key(|(start, _)| *start);
    let by_first = (0..0x700)
        .map(|c| {
            let from = by_start.partition_point(|((first, _), _)| u32::from(*first) < c);
            let to = from + by_start[from..].iter().take_while(|((first, _), _)| u32::from(*first) == c).count();
            (from as u16, to as u16)
        })
        .collect();
    let mut first_kinds = vec![0; 0x700];
    for (key, marker, _) in &entries {
        if let Some(kinds) = key.chars().next().and_then(|c| first_kinds.get_mut(c as usize)) {
            *kinds |= marker.bit();
        }
    }
    Lexicon {
        entries,
        by_start,
        first_kinds,
        by_first,
        agencies: AGENCIES.iter().map(|s| fold(s)).collect(),
        media: MEDIA_WORDS.iter().map(|s| fold(s)).collect(),
        copyright: COPYRIGHT.iter().map(|s| memchr::memmem::Finder::new(&fold(s)).into_owned()).collect(),
        heading_endings: HEADING_ENDINGS.iter().map(|s| fold(s)).collect(),
    }
});

impl Lexicon {
    /// The entries whose folded form starts with `start`.
    fn starting(&self, start: (char, char)) -> &[usize] {
        let range =
            self.by_first.get(start.0 as usize).map_or(0..self.by_start.len(), |&(from, to)| from.into()..to.into());
        let heads = &self.by_start[range];
        heads.binary_search_by_key(&start, |(s, _)| *s).map_or(&[], |k| &heads[k].1)
    }
}

/// How many characters of a line are folded to look for a marker: longer
/// than the longest entry, short enough to keep long lines cheap.
const PREFIX_CHARS: usize = 40;

/// How many characters of a line are folded first, to rule out most
/// candidate markers before the longer prefix is folded: six tell most
/// entries that share their first two characters apart (measured: 4 and 6
/// fastest on real pages, 8 and 10 slower).
const HEAD_CHARS: usize = 6;

/// Reusable buffers for marker look-ups, so matching allocates nothing per
/// line once warm.
#[derive(Default)]
pub(crate) struct Matcher {
    /// The head of the last line tested for a marker.
    head: Folded,
    folded: Folded,
    /// The slice `folded` holds the fold of (address and length), so the
    /// tests of one line fold it once.
    loaded: Option<(usize, usize)>,
}

impl Matcher {
    /// Forgets which slice the buffer holds: for a new input, whose slices
    /// may stand where an old one's did.
    pub(crate) fn reset(&mut self) {
        self.loaded = None;
    }

    /// Folds `text` into the buffer, unless it holds that slice already.
    fn load(&mut self, text: &str) {
        let key = (text.as_ptr() as usize, text.len());
        if self.loaded != Some(key) {
            Folder::matching().fold_into(text, &mut self.folded);
            self.loaded = Some(key);
        }
    }

    /// The marker that `line` starts with (after leading bullets and
    /// punctuation such as `*` or `(`), if any.
    pub(crate) fn marker(&mut self, line: &str) -> Option<Found> {
        self.marker_of(line, |_| true)
    }

    /// The marker that `line` starts with, if it is of a `wanted` kind.
    /// Cheaper than [`marker`](Self::marker) and a filter: a line that
    /// starts like no entry of those kinds is not folded.
    pub(crate) fn marker_of(&mut self, line: &str, wanted: impl Fn(Marker) -> bool) -> Option<Found> {
        let lead = line.len() - line.trim_start_matches(is_lead).len();
        let body = &line[lead..];
        let mut folded = body.chars().filter_map(|c| Folder::matching().fold_char(c));
        let first = folded.next().unwrap_or('\0');
        // A first character that starts no entry of a wanted kind rules
        // the line out before the index is searched.
        let kinds = LEXICON.first_kinds.get(first as usize).map_or(u8::MAX, |&k| k);
        if Marker::ALL.iter().all(|&k| kinds & k.bit() == 0 || !wanted(k)) {
            return None;
        }
        let start = first_two(std::iter::once(first).chain(folded));
        let candidates = LEXICON.starting(start).iter().chain(LEXICON.starting((start.0, '\0')));
        let mut wanted_candidates = candidates.clone().filter(|&&i| wanted(LEXICON.entries[i].1)).peekable();
        wanted_candidates.peek()?;
        if !self.head_fits(body, &mut wanted_candidates) {
            return None;
        }
        let end = body.char_indices().nth(PREFIX_CHARS).map_or(body.len(), |(i, _)| i);
        self.load(&body[..end]);
        let folded = self.folded.as_str();
        // The longest entry of any kind wins; it must be a wanted one.
        let found = candidates.into_iter().find_map(|&i| {
            let (key, marker, needs) = &LEXICON.entries[i];
            let rest = folded.strip_prefix(key.as_str())?;
            let boundary = rest.chars().next().is_none_or(|c| !crate::fold::is_word_char(c));
            let separated = rest.trim_start().starts_with(is_separator) || rest.trim().is_empty();
            (boundary && (*needs == Needs::Nothing || separated)).then(|| Found {
                marker: *marker,
                // Up to the next kept character, so marks dropped by folding
                // (`أيضاً`'s tanween) stay with the marker.
                len: lead + self.folded.source_span(0..key.len()).end,
            })
        });
        found.filter(|f| wanted(f.marker))
    }

    /// Whether the first few characters of `body`, folded, agree with one
    /// of the `candidates` entries: a cheap test before the longer prefix
    /// is folded. Only a head that folds in one pass is trusted (it then
    /// folds as it does at the start of any longer text, but for a space
    /// at its end); any other passes.
    fn head_fits<'e>(&mut self, body: &str, candidates: &mut impl Iterator<Item = &'e usize>) -> bool {
        let end = body.char_indices().nth(HEAD_CHARS).map_or(body.len(), |(i, _)| i);
        self.head.clear();
        if !Folder::matching().fold_plain(&body[..end], &mut self.head) {
            return true;
        }
        let head = self.head.as_str().trim_end();
        candidates.any(|&i| {
            let key = LEXICON.entries[i].0.as_str();
            key.starts_with(head) || head.starts_with(key)
        })
    }

    /// Whether `text` is `phrase`, compared folded.
    pub(crate) fn marker_is(&mut self, text: &str, phrase: &str) -> bool {
        self.load(text);
        self.folded.as_str() == Folder::matching().fold(phrase)
    }

    /// Whether `text`, folded, ends like a headline-list heading
    /// (`... ذات صلة`, `... قد تهمك`), a colon after it or not.
    pub(crate) fn ends_like_heading(&mut self, text: &str) -> bool {
        self.load(text);
        let t = self.folded.as_str().trim_end_matches([':', ' ', '：']);
        LEXICON.heading_endings.iter().any(|e| t.ends_with(e.as_str()))
    }

    /// Whether `text`, folded, holds a copyright phrase.
    pub(crate) fn has_copyright(&mut self, text: &str) -> bool {
        // Every phrase, folded, holds `ظ`, `r` or `©`, and only those, `R`
        // and presentation forms (led by EF) fold to them: a line with none
        // of them is ruled out unfolded.
        let bytes = text.as_bytes();
        static WITNESSES: Lazy<[memchr::memmem::Finder<'static>; 2]> =
            Lazy::new(|| ["ظ", "©"].map(memchr::memmem::Finder::new));
        let witness =
            memchr::memchr3(b'r', b'R', 0xEF, bytes).is_some() || WITNESSES.iter().any(|w| w.find(bytes).is_some());
        if !witness {
            return false;
        }
        self.load(text);
        LEXICON.copyright.iter().any(|p| p.find(self.folded.as_str().as_bytes()).is_some())
    }

    /// Whether `text` is a date or time stamp: numbers and date words only.
    pub(crate) fn is_date(&mut self, text: &str) -> bool {
        let mut words = 0;
        let all = self.all_words(text, |w| {
            words += usize::from(!w.is_empty());
            w.is_empty() || w.chars().all(crate::blocks::is_digit) || is_date_word(w)
        });
        all && words > 0
    }

    /// Whether every word of `text`, folded once (split on what is not a
    /// letter or digit), passes `test`.
    pub(crate) fn all_words(&mut self, text: &str, test: impl FnMut(&str) -> bool) -> bool {
        self.load(text);
        self.folded.as_str().split(|c: char| !crate::fold::is_word_char(c)).all(test)
    }

    /// Whether `name` is, or starts with, a known news agency.
    pub(crate) fn is_agency(&mut self, name: &str) -> bool {
        self.load(name);
        let f = self.folded.as_str();
        LEXICON.agencies.iter().any(|a| {
            // The second bytes first: most unequal words differ there (the
            // first byte of an Arabic letter is shared by half of them),
            // and a call to compare the rest costs more than this test.
            f.as_bytes().get(1) == a.as_bytes().get(1)
                && f.strip_prefix(a.as_str())
                    .is_some_and(|rest| rest.chars().next().is_none_or(|c| !crate::fold::is_word_char(c)))
        })
    }

    /// Whether `name` names a medium: an agency, or a word such as
    /// `وكالة`, `موقع`, `نيوز`, `برس`, or a domain.
    pub(crate) fn is_medium(&mut self, name: &str) -> bool {
        if self.is_agency(name) {
            return true;
        }
        self.load(name);
        self.folded.as_str().split(|c: char| !crate::fold::is_word_char(c)).any(|w| {
            LEXICON.media.iter().any(|m| m.len() == w.len() && m.as_bytes().get(1) == w.as_bytes().get(1) && m == w)
        })
    }
}

/// The first two characters of a folded key (spaces collapsed to one):
/// what the lexicon is indexed by. A one-character key pairs with `\0`.
fn first_two(mut chars: impl Iterator<Item = char>) -> (char, char) {
    let first = chars.next().unwrap_or('\0');
    let second =
        chars.find(|c| !(*c == ' ' && first == ' ')).map_or('\0', |c| if crate::fold::is_space(c) { ' ' } else { c });
    (first, second)
}

/// Characters that may stand before a marker: bullets, stars, brackets.
pub(crate) fn is_lead(c: char) -> bool {
    crate::fold::is_space(c)
        || crate::fold::is_invisible(c)
        || matches!(c, '*' | '(' | '[' | '«' | '"' | '•' | '●' | '▪' | '■' | '►' | '▶' | '◄' | '>' | '#')
}

/// Separators between a label and what it labels.
pub(crate) fn is_separator(c: char) -> bool {
    matches!(c, ':' | '：' | '|' | '-' | '–' | '—' | '/' | '»' | '›' | '>' | '=')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(line: &str) -> Option<(Marker, &str)> {
        Matcher::default().marker(line).map(|f| (f.marker, &line[..f.len]))
    }

    #[test]
    fn spelling_variants_match() {
        for line in ["اقرأ أيضاً", "إقرأ أيضا:", "اقرا ايضا", "اقرأ أيضـــاً: عنوان", "اقرأ أيضًا"]
        {
            assert_eq!(marker(line).map(|m| m.0), Some(Headlines), "{line}");
        }
        assert_eq!(marker("إقرأ أيضاً:"), Some((Headlines, "إقرأ أيضاً")));
    }

    #[test]
    fn bare_verbs_need_a_separator() {
        assert_eq!(marker("اقرأ: عنوان"), Some((Headlines, "اقرأ")));
        assert_eq!(marker("اقرأ هذا المقال مع قهوتك"), None);
        assert_eq!(marker("كتبت الصحيفة أن"), Some((Byline, "كتبت")));
        assert_eq!(marker("تقرير الأمم المتحدة يقول"), None);
    }

    #[test]
    fn labels_in_three_languages() {
        assert_eq!(marker("*نقلاً عن الجزيرة").map(|m| m.0), Some(Source));
        assert_eq!(marker("Tags: a, b").map(|m| m.0), Some(Tags));
        assert_eq!(marker("Lire aussi : x").map(|m| m.0), Some(Headlines));
        assert_eq!(marker("Source : AFP").map(|m| m.0), Some(Source));
    }

    #[test]
    fn markers_end_at_a_word_boundary() {
        assert_eq!(marker("المصدرية"), None);
        assert_eq!(marker("كتبه"), None);
    }

    #[test]
    fn entries_are_distinct_when_folded() {
        // A spelling variant needs no entry of its own: folding covers it.
        let mut seen = std::collections::HashSet::new();
        for (key, _, _) in &LEXICON.entries {
            assert!(seen.insert(key.as_str()), "{key} is listed twice (after folding)");
        }
    }

    #[test]
    fn copyright_phrases_hold_a_witness() {
        for phrase in COPYRIGHT {
            let folded = Folder::matching().fold(phrase);
            assert!(folded.contains(['ظ', 'r', '©']), "{phrase}: has_copyright's prefilter would miss it");
        }
        let mut m = Matcher::default();
        assert!(m.has_copyright("ﺟﻤﻴﻊ ﺍﻟﺤﻘﻮﻕ ﻣﺤﻔﻮﻇﺔ ٢٠٢٤"));
        assert!(m.has_copyright("ALL RIGHTS RESERVED"));
        assert!(m.has_copyright("جميع الحقـوق مَحفوظة للموقع"));
        assert!(!m.has_copyright("الحقوق المدنية في البلاد"));
    }

    #[test]
    fn menu_rows() {
        assert!(is_menu_row("الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة فن وثقافة منوعات"));
        assert!(is_menu_row("سياسة | اقتصاد | الرياضة"));
        assert!(!is_menu_row("أخبار الاقتصاد"), "two names may be a title");
        assert!(!is_menu_row("سياسة | اقتصاد"));
        assert!(!is_menu_row("ارتفاع أسعار النفط مع تراجع المخزونات"));
        assert!(!is_menu_row("أخبار محلية عن ارتفاع الأسعار"));
    }

    #[test]
    fn agencies_and_media() {
        let mut m = Matcher::default();
        assert!(m.is_agency("رويترز"));
        assert!(m.is_agency("أ ف ب"));
        assert!(!m.is_agency("رويترزية"));
        assert!(m.is_medium("سكاي برس"));
        assert!(m.is_medium("العرب تيفي"));
        assert!(!m.is_medium("محمد علي"));
    }
}
