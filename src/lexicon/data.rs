//! The lexicon's data: marker words, word lists and character sets, each
//! defined once, apart from the code that reads them.
//!
//! Entries are written in any common spelling: they are folded with
//! [`Folder::matching`](crate::fold::Folder::matching) once, and lines are
//! compared in the same folded form, so spelling variants (hamza, tanween,
//! tatweel, Persian letters) need no entries of their own. A test checks
//! that no two entries fold to the same key.

use super::MarkerKind::{self, *};

/// Whether a marker must be followed by a separator (`:`, `|`, `-`) to
/// count: `اقرأ:` is a marker, `اقرأ هذا المقال` is prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Needs {
    Nothing,
    Separator,
}

use Needs::*;

#[rustfmt::skip]
pub(crate) const ENTRIES: &[(&str, MarkerKind, Needs)] = &[
    // Read-also and related-headline headings.
    ("اقرأ أيضاً", Headlines, Nothing), ("اقرأ كذلك", Headlines, Nothing),
    ("اقرأ المزيد", Headlines, Nothing), ("اقرأ أيضا في", Headlines, Nothing),
    ("اقرأ", Headlines, Separator),
    ("شاهد أيضاً", Headlines, Nothing), ("شاهد أيضا في", Headlines, Nothing),
    ("طالع أيضاً", Headlines, Nothing),
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
    ("المزيد من الأخبار", Headlines, Nothing),
    ("رابط الخبر", Headlines, Nothing), ("رابط المقال", Headlines, Nothing),
    ("أخبار ذات علاقة", Headlines, Nothing), ("مواضيع ذات علاقة", Headlines, Nothing),
    ("مقالات ذات علاقة", Headlines, Nothing), ("موضوعات متعلقة", Headlines, Nothing),
    ("مقالات قد تعجبك", Headlines, Nothing), ("مقالات قد تهمك", Headlines, Nothing),
    ("أخبار قد تهمك", Headlines, Nothing), ("ذات علاقة", Headlines, Nothing),
    ("تقارير ذات صلة", Headlines, Nothing), ("المزيد من", Headlines, Separator),
    ("مقالات سابقة", Headlines, Nothing), ("اقرأ للكاتب أيضا", Headlines, Nothing),
    ("Read also", Headlines, Nothing), ("Latest", Headlines, Separator), ("Latest News", Headlines, Separator),
    ("Most Read", Headlines, Separator), ("Most Popular", Headlines, Separator), ("Trending", Headlines, Separator), ("Read more", Headlines, Nothing),
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
    // A masthead's roles before their holders' names, each alone or before
    // a separator (`رئيس التحرير: ...`; five dev sites, none in gold).
    ("رئيس التحرير", Boilerplate, Separator), ("رئيس مجلس الإدارة", Boilerplate, Separator),
    ("نائب رئيس التحرير", Boilerplate, Separator), ("مدير التحرير", Boilerplate, Separator),
    ("المقال يعبر عن رأي", Boilerplate, Nothing), ("تصفح المزيد", Boilerplate, Nothing),
    ("شارك", Boilerplate, Separator), ("شارك الخبر", Boilerplate, Nothing),
    ("شارك هذا", Boilerplate, Nothing), ("مشاركة", Boilerplate, Separator),
    ("تابعونا", Boilerplate, Nothing), ("تابعنا", Boilerplate, Nothing),
    ("تابعوا", Boilerplate, Nothing), ("اشترك", Boilerplate, Nothing),
    ("للاشتراك", Boilerplate, Nothing), ("للتواصل", Boilerplate, Nothing),
    // `إعلان` alone or before a separator is an ad's label; before words it
    // is the noun that opens a headline (`إعلان أرقام المقبولين ...`: 30
    // titles of 10 papers in SaudiNewsNet).
    ("للإعلان", Boilerplate, Nothing), ("إعلان", Boilerplate, Separator),
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
    (PHOTO_CREDIT, Boilerplate, Separator), ("صورة", Boilerplate, Separator),
    ("مصدر الصورة", Boilerplate, Nothing), ("حقوق الصورة", Boilerplate, Nothing),
    ("صورة أرشيفية", Boilerplate, Nothing), ("صورة تعبيرية", Boilerplate, Nothing),
    ("الصورة", Boilerplate, Separator), ("لقطة شاشة", Boilerplate, Nothing),
    ("حجم الخط", Boilerplate, Nothing), ("تكبير الخط", Boilerplate, Nothing),
    ("تصغير الخط", Boilerplate, Nothing), ("لا توجد تعليقات", Boilerplate, Nothing),
    ("وقت القراءة", Boilerplate, Nothing), ("مدة القراءة", Boilerplate, Nothing),
    ("زمن القراءة", Boilerplate, Nothing), ("التصنيف", Boilerplate, Separator),
    ("تصنيف", Boilerplate, Separator), ("القسم", Boilerplate, Separator),
    ("النشرة البريدية", Boilerplate, Nothing), ("سجل الدخول", Boilerplate, Nothing),
    ("تسجيل الدخول", Boilerplate, Nothing),
    ("لقطة من", Boilerplate, Nothing),
    // A theme's "Back to top" link and its footer's "Designed and developed
    // by" (youm7.com, addustour.com, m.al-sharq.com).
    ("العودة إلى الأعلى", Boilerplate, Nothing), ("العودة للأعلى", Boilerplate, Nothing),
    ("العودة إلى أعلى", Boilerplate, Nothing), ("الرجوع إلى أعلى", Boilerplate, Nothing),
    ("الرجوع إلى الأعلى", Boilerplate, Nothing), ("تصميم وتطوير", Boilerplate, Nothing),
    ("تم التصميم والتطوير", Boilerplate, Nothing),
    // The app stores' badges, as Google Play's Arabic badge reads ("GET IT ON
    // Google Play": `احصل عليه من Google Play`).
    ("احصل عليه من", Boilerplate, Nothing),
    ("Photo", Boilerplate, Separator), ("طباعة", Boilerplate, Nothing),
    ("نسخ الرابط", Boilerplate, Nothing), ("الرئيسية", Boilerplate, Separator),
    // A share button's toast once it copied the page's link ("Link copied",
    // as Arabic web and app interfaces print it).
    ("تم نسخ الرابط", Boilerplate, Nothing),
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

/// Read-also markers as a grammar: an imperative of a verb of reading or
/// watching (masculine, feminine, plural, or written for both: `اقرأ/ي`)
/// before an adverb of addition: `اقرأ أيضاً`, `اقرئي أيضاً`, `طالعوا
/// كذلك`, `تابع/ي أيضا`. Every pair is an entry of kind `Headlines`. The
/// masculine imperatives, each also written for both genders
/// ([`BOTH_GENDERS`]):
pub(crate) const READ_ALSO_VERBS: &[&str] = &["اقرأ", "شاهد", "طالع", "تابع", "اطلع", "اكتشف"];
/// Their feminine and plural forms, and spellings of them.
#[rustfmt::skip]
pub(crate) const READ_ALSO_VERB_FORMS: &[&str] = &[
    "اقرئي", "اقرأي", "اقرؤوا", "اقرأوا", "اقرئ", "شاهدي", "شاهدوا", "طالعي", "طالعوا", "تابعي", "تابعوا",
    "اطلعي", "اطلعوا", "اكتشفي", "اكتشفوا",
];
/// How an imperative is written for both genders: the masculine, a slash,
/// the feminine's ya (`اقرأ/ي`, `شاهد/ي`, `اكتب/ي`, `تأكد/ي`: the form
/// Arabic interfaces and exam sheets in public code write, and a
/// fact-checking site's `اقرأ/ي أيضًا`).
pub(crate) const BOTH_GENDERS: &str = "/ي";
/// A list's heading as a superlative and what it ranks (`أهم الأخبار`,
/// `أبرز المقالات`), and `الأكثر` and the ranking (`الأكثر رواجاً`): the
/// family the lexicon's `آخر الأخبار`, `أحدث الأخبار` and `الأكثر قراءة`
/// belong to (al-marsd.com, aletihad.ae, al-sharq.com head lists so).
pub(crate) const LIST_SUPERLATIVES: &[&str] = &["أهم", "أبرز", "آخر", "أحدث"];
pub(crate) const LIST_NOUNS: &[&str] = &["الأخبار", "المقالات", "العناوين", "الموضوعات", "المواضيع"];
pub(crate) const MOST_RANKINGS: &[&str] =
    &["قراءة", "مشاهدة", "تداولاً", "تعليقاً", "رواجاً", "شعبية", "انتشاراً", "بحثاً", "مشاركة"];

/// The adverbs after a read-also verb.
pub(crate) const READ_ALSO_ADVERBS: &[&str] = &["أيضاً", "أيضا في", "كذلك", "ايضاً"];

/// Words of share and follow rows and of view and comment counts: a short
/// line made of them, numbers and punctuation is furniture.
#[rustfmt::skip]
pub(crate) const FURNITURE_WORDS: &[&str] = &[
    "فيسبوك", "فيس", "بوك", "تويتر", "واتساب", "واتس", "تلغرام", "تيليجرام", "تليجرام",
    "لينكدإن", "لينكد", "انستغرام", "انستجرام", "يوتيوب", "تيك", "توك", "سناب", "شات",
    "طباعة", "البريد", "الإلكتروني", "إرسال", "مشاركة", "شارك", "نسخ", "الرابط",
    "مشاهدة", "مشاهدات", "تعليق", "تعليقات", "قراءة", "قراءات", "إعجاب", "زيارة", "زيارات",
    "facebook", "twitter", "whatsapp", "telegram", "linkedin", "instagram", "youtube",
    "tiktok", "pinterest", "email", "print", "share", "tweet", "messenger", "reddit",
    "views", "comments", "likes",
];

/// Names of a news site's sections, without the article: a row of them
/// (`الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة`) is the site's menu.
#[rustfmt::skip]
pub(crate) const SECTION_WORDS: &[&str] = &[
    "رئيسية", "رئيسيه", "أخبار", "خبر", "محلية", "محليات", "عربي", "عربية", "عربيات", "عالمي", "عالمية",
    "دولي", "دولية", "إقليمي", "اقتصاد", "اقتصادية", "أعمال", "مال", "رياضة", "رياضات", "فن", "فنون",
    "ثقافة", "منوعات", "سياسة", "صحة", "تكنولوجيا", "تقنية", "علوم", "مقالات", "رأي", "آراء", "فيديو",
    "فيديوهات", "صور", "مجتمع", "حوادث", "تعليم", "سياحة", "سيارات", "مرأة", "أسرة", "بيئة", "ملفات",
    "تحقيقات", "حوارات", "تقارير", "كاريكاتير", "إنفوجراف", "إنفوجرافيك", "أرشيف", "بودكاست", "عاجل",
];

/// Generic credit words, and agencies as Arabic media credit them by
/// nationality where the agency list has no such form (`(الألمانية)` for
/// dpa, `(الأوروبية)` for EPA): a short unlabeled line made of them is a
/// credit. The agencies themselves are in `vocab/agencies.tsv`.
#[rustfmt::skip]
pub(crate) const CREDIT_WORDS: &[&str] = &["وكالات", "متابعات", "الألمانية", "الأوروبية"];

/// Post navigation: the links a theme prints under a post to the one
/// before it and the one after, each a label and that post's title.
/// WordPress core's Arabic strings give `السابق` / `التالي` (Previous /
/// Next) and `المقالة السابقة` / `المقالة التالية` (Previous Post / Next
/// Post); themes name the post otherwise (`المقال`, `الخبر`, `بوست`:
/// `السابق بوست`, `القادم بوست` on agadir24.info). Which way it leads:
pub(crate) const NAV_DIRECTIONS: &[&str] = &["السابق", "التالي", "القادم", "السابقة", "التالية", "القادمة"];
/// What the post is called before the way (`المقالة السابقة`); `بوست`
/// stands after it (`السابق بوست`).
pub(crate) const NAV_NOUNS: &[&str] = &["المقال", "المقالة", "الخبر", "الموضوع", "التدوينة", "المنشور"];
/// The loan word for a post, after the way.
pub(crate) const NAV_POST: &str = "بوست";

/// The labels of WordPress's links to the previous and next posts as its
/// English strings give them (`_x( 'Previous', 'previous set of posts' )`,
/// `_x( 'Next', 'next set of posts' )`, `the_posts_pagination()`), which a
/// theme with no Arabic for them prints as they are; a page flattened
/// into lines glues them before the next line's text (`Next Previous عين
/// اليوم – نجران`: 3alyoum.com in SaudiNewsNet).
pub(crate) const NAV_LABELS_LATIN: &[&str] = &["Next", "Previous"];

/// What WordPress's Arabic strings call a site's feed, in the title of the
/// feed link every page has ("%1$s %2$s Feed" = "%1$s %2$s الخلاصة",
/// separator `&raquo;`), which a text browser prints on its dump's first
/// line: `#صحيفة أثير الإلكترونية « الخلاصة`.
pub(crate) const FEED_TITLE: &str = "الخلاصة";

/// The link to the site's home page that opens a breadcrumb: WordPress's
/// and Yoast SEO's "Home" in Arabic (`الرئيسية`). A line opening with it
/// is the page's path, whatever separates the parts: `الرئيسية [arrowBread]
/// مقالات` (an arrow image, youm7.com), `الرئيسية الارشيف غير مصنف` (none
/// left, almowaten.news).
pub(crate) const HOME_LINK: &str = "الرئيسية";

/// Given names that fold together with a function word: `علي` (Ali),
/// written with ya, with the preposition `على` (alef maqsura). Spelled so
/// in a name's part (`محمد علي – اللواء`, `نبيل علي صالح`), it is the name.
pub(crate) const NAME_HOMOGRAPHS: &[&str] = &["علي"];

/// Words that fold together with a marker but, spelled so, are none:
/// `والي` (a governor, with ya: `والي الخرطوم يدشن ...`, a headline on
/// newvision-sd.com) with `وإلى` ("and to", alef maqsura), as `علي` with
/// `على` above.
pub(crate) const MARKER_HOMOGRAPHS: &[&str] = &["والي"];

/// Words that open a headline, then a separator, to say what the story
/// shows (`شاهد.. لحظة ...`: watch; `بالصور..`: in pictures; `بالفيديو..`):
/// the line is a headline whatever its ending, no read-also marker. Of
/// SaudiNewsNet's 31,030 titles (2015), 148 open `شاهد` and a separator
/// (3alyoum.com, sabq.org), 130 `بالصور` (alweeam, sabq, 3alyoum, al-madina),
/// 62 `بالفيديو` (six papers).
pub(crate) const HEADLINE_PREFIXES: &[&str] = &["شاهد", "بالصور", "بالفيديو"];

/// Words that join the parts of a long Arabic name: the nasab's `بن`,
/// `ابن`, `بنت` and Mauritania's `ولد` (son of), the family's `آل`, the
/// kunya's `أبو`, and `عبد` of theophoric names (`عبد الرحمن`), as Arabic
/// naming convention writes them (e.g. Wikipedia, "Arabic name"). Of the
/// SaudiNewsNet author fields of letters only and over four words (143 of
/// 3,500), half hold one; the other half are several authors or an author
/// and a place (`من جدة`).
pub(crate) const NAME_PARTICLES: &[&str] = &["بن", "ابن", "بنت", "ولد", "آل", "أبو", "ابو", "عبد"];

/// Words that qualify a credit rather than name one: `الوفاق/ خاص`
/// (exclusive to the site).
#[rustfmt::skip]
pub(crate) const CREDIT_QUALIFIERS: &[&str] = &["خاص", "حصري", "حصريا", "خاص بـ"];

/// Headings over a list of the author's other articles, whose titles (an
/// opinion column's) may be as short as two words: `غربة الثقافة البصرية`
/// (alkhaleej.ae, alarab.co.uk, alhurra.com).
pub(crate) const AUTHOR_LIST_HEADINGS: &[&str] =
    &["مقالات أخرى للكاتب", "مقالات الكاتب", "المزيد للكاتب", "مقالات سابقة", "اقرأ للكاتب أيضا"];

/// The links every site has to its own pages, as their Arabic titles read
/// (WordPress creates the privacy policy page, `سياسة الخصوصية`; about,
/// contact, terms, advertising and sitemap pages are a theme's footer
/// menu), with spelling and gender variants.
pub(crate) const FOOTER_LINKS: &[&str] = &[
    "من نحن",
    "اتصل بنا",
    "اتصلي بنا",
    "تواصل معنا",
    "سياسة الخصوصية",
    "بيان الخصوصية",
    "شروط الاستخدام",
    "شروط الإستخدام",
    "الشروط والأحكام",
    "أعلن معنا",
    "اعلن معنا",
    "خريطة الموقع",
    "هيئة التحرير",
];

/// The names of HTTP cookies in consent banners: the Arabic term of the
/// consent plugins' translations (GDPR Cookie Compliance, Complianz:
/// `ملفات تعريف الارتباط`), its loanword, and the English word.
pub(crate) const COOKIE_NAMES: &[&str] = &["تعريف الارتباط", "كوكيز", "cookie", "Cookie", "COOKIE"];

/// Academic and professional titles written before a name (a closed class
/// of Arabic usage: doctor, professor, engineer, with their abbreviations):
/// `الدكتور جيفري غدمن` is a byline, no headline.
#[rustfmt::skip]
pub(crate) const HONORIFICS: &[&str] = &[
    "الدكتور", "الدكتورة", "أ.د.", "د.", "الأستاذ", "الأستاذة", "أ.", "المهندس", "المهندسة", "م.",
];

/// Function words of Arabic (prepositions, particles, conjunctions,
/// pronouns, demonstratives, relatives): a closed class of the grammar,
/// none of which a person's name holds.
#[rustfmt::skip]
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "في", "من", "على", "إلى", "عن", "مع", "حتى", "منذ", "عند", "لدى", "بين", "نحو", "خلال", "بعد", "قبل",
    "أن", "إن", "أنه", "إنه", "لا", "لم", "لن", "ما", "قد", "هل", "ثم", "أو", "أم", "بل", "لكن", "كما",
    "هو", "هي", "هم", "هن", "نحن", "أنا", "أنت", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "الذي", "التي",
    "الذين", "اللذين", "كل", "بعض", "غير", "عبر", "ضد", "دون", "تحت", "فوق", "أمام", "وراء", "يا",
];

/// Endings of headline-list headings that name their subject first:
/// `تقارير ذات صلة`, `فيديوهات قد تهمك`.
#[rustfmt::skip]
pub(crate) const HEADING_ENDINGS: &[&str] = &[
    "ذات صلة", "ذات الصلة", "ذات علاقة", "قد تهمك", "قد يهمك", "قد تعجبك", "قد يعجبك", "الأكثر قراءة",
    "الأكثر مشاهدة", "مشابهة", "متعلقة", "مقترحة",
];

/// Copyright phrases: the line that ends a site's page.
#[rustfmt::skip]
pub(crate) const COPYRIGHT: &[&str] = &["جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة", "all rights reserved", "©"];

/// Words that name a medium (agency, site, paper, channel). `بوابة` (a
/// portal) heads the names of five outlets of three countries in
/// `outlets.tsv` (بوابة الأهرام, بوابة الشروق, بوابة الوسط, بوابة روز
/// اليوسف, بوابة أفريقيا الإخبارية), as `موقع` and `صحيفة` head others;
/// `أونلاين` ("online") ends four (الشروق أونلاين, المصدر أونلاين, الخليج
/// أونلاين, النهار أونلاين) and aawsat.com's `الشرق الأوسط أونلاين`;
/// `الإخباري`/`الإخبارية` ("the news ...") ends four (رؤيا الإخباري, وكالة
/// عمون الإخبارية, بغداد اليوم الإخبارية, بوابة أفريقيا الإخبارية) and
/// nn.najah.edu's `النجاح الإخباري`.
#[rustfmt::skip]
pub(crate) const MEDIA_WORDS: &[&str] = &[
    "وكالة", "وكالات", "موقع", "بوابة", "صحيفة", "جريدة", "قناة", "شبكة", "مجلة", "إذاعة",
    "نيوز", "برس", "تيفي", "تي في", "نت", "أونلاين", "أخبار", "الأخبار", "الإخباري", "الإخبارية", "news", "press",
    "tv", "net", "com", "online",
];

/// The last word of a medium's name of the form "<place or field> today"
/// (outlets.tsv: `المصري اليوم`, `العرب اليوم`, `الإمارات اليوم`, `روسيا
/// اليوم`, `بغداد اليوم`, `عين اليوم`, outlets of six countries), a paper's
/// desk too (`الرياض - ثقافة اليوم`: alriyadh.com in SaudiNewsNet). No
/// person's name holds the word, so a dateline's `غزة - المغرب اليوم`
/// (emiratesvoice.com, almaghribtoday.net) credits a medium, no author.
pub(crate) const TODAY: &str = "اليوم";

/// The job titles a paper's masthead prints, each with a name by it
/// (`رئيس مجلس الإدارة: ...`, `رئيس التحرير: ...`), longest first: so
/// `نائب رئيس التحرير` is found whole. Seven dev sites print a masthead
/// (al-marsd.com, m.al-sharq.com, atheer.om, addustour.com,
/// elwatannews.com, albawabhnews.com, dostor.org), in the forms below; on
/// msr2030.com and anbaaalyoumeg.com (sites new to khabar) a masthead
/// glued to the site's name or to the editor's was taken for the title.
#[rustfmt::skip]
pub(crate) const MASTHEAD_TITLES: &[&str] = &[
    "رئيس مجلسي الإدارة والتحرير", "رئيس التحرير المسؤول", "رئيس مجلس الإدارة", "نائب رئيس التحرير",
    "رئيس التحرير", "مدير التحرير",
];

/// A label saying rights are reserved *to* the names after it
/// (`حقوق النشر محفوظة لمجلة ...`).
pub(crate) const RESERVED: &str = "حقوق النشر محفوظة";

/// The label of a photographer's credit, which a paper may print on its
/// byline's line (`سعد العنيني - جدة -تصوير - علي خمج`: almadina and
/// alriyadh in SaudiNewsNet); opening a line, it is furniture (an entry
/// above).
pub(crate) const PHOTO_CREDIT: &str = "تصوير";

// ----- Character sets -----

/// Defines sets of characters, each once, as tests that compile to a
/// jump table (a slice searched per character costs more on every line).
macro_rules! char_sets {
    ($($(#[$doc:meta])* $test:ident = [$($c:literal),* $(,)?];)*) => {$(
        $(#[$doc])*
        pub(crate) fn $test(c: char) -> bool {
            matches!(c, $($c)|*)
        }
    )*};
}

char_sets! {
    /// Bullets that end a block when they stand inside a line
    /// (`خبر أول • خبر ثان`).
    is_inline_bullet = ['•', '●', '▪', '■', '◾', '◼'];
    /// Bullets and dashes stripped from the start of a list item (`• عنوان`,
    /// `- عنوان`, `► عنوان`, and `+` for a nested item as text browsers draw it),
    /// and the boxes, circles and diamonds of Unicode's Geometric Shapes
    /// block a page sets before a pull quote (`◙ ...`).
    is_list_bullet = [
        '•', '●', '▪', '◦', '·', '∙', '*', '+', '-', '–', '—', '►', '▶', '■', '□', '◆', '◇', '▸', '>', '◾',
        '◼', '✓', '✔', '▫', '▢', '▣', '◈', '○', '◉', '◘', '◙',
    ];
    /// The bullets a text browser draws before the items of a list nested
    /// in another, level two and deeper (lynx, its `HTML.c`: `*` for the
    /// first level, then `+`, `o`, `#`, `@`, `-`, `=`; `-` left out, as
    /// dashes open other lines too).
    is_nested_bullet = ['+', 'o', '#', '@', '='];
    /// What follows a list number (`1.`, `2-`, `3)`, `4ـ`).
    is_list_number_end = ['.', '-', ')', 'ـ'];
    /// Characters that may stand before a marker: bullets, stars, brackets
    /// (`* المصدر:`, `(اقرأ أيضاً)`, `#وسوم`).
    is_marker_lead = ['*', '(', '[', '«', '“', '"', '•', '●', '▪', '■', '►', '▶', '◄', '>', '#'];
    /// Separators between a label and what it labels (`المصدر: ...`,
    /// `المصدر | ...`, `متابعة/ ...`).
    is_label_separator = [':', '：', '|', '-', '–', '—', '/', '»', '›', '>', '='];
    /// Marks that end a sentence, and the closing quotes after one.
    is_sentence_end = ['.', '!', '?', '؟', '"', '»', '”'];
    /// Separators between the tags of a tag line (`غزة، القدس | الضفة`).
    is_tag_separator = ['،', ',', '|', ';', '؛', '#'];
    /// Separators between the names of a credit (`الخليج الجديد + متابعات`).
    is_name_separator = ['+', '/', '،', ',', '؛'];
    /// Marks that set the parts of an unlabeled credit apart (`العرب تيفي -
    /// رويترز`, `(وكالات)`).
    is_credit_mark = ['-', '–', '—', '|', '/', ':', '('];
    /// Separators of a breadcrumb (`الرئيسية » أخبار » سياسة`).
    is_breadcrumb_separator = ['»', '›', '>', '|', '/', '\\', '«'];
    /// The same where guillemets quote (`«` before `»`): then they separate nothing.
    is_breadcrumb_separator_quoting = ['›', '>', '|', '/', '\\'];
}

/// File endings of an image mark (`صورة.jpg`).
pub(crate) const IMAGE_ENDINGS: &[&str] = &[".jpg", ".jpeg", ".png", ".gif", ".webp"];

/// What follows the minutes of a post's reading time, as themes and apps
/// translate "{minutes} min read" (`6 دقائق للقراءة`, `11 دقيقة للقراءة`;
/// usage in public front-end code, raseef22.net's post slot).
pub(crate) const READING_TIME: &[&str] = &["دقائق للقراءة", "دقيقة للقراءة", "دقائق قراءة", "دقيقة قراءة", "min read"];

/// Links of an embedded post.
pub(crate) const POST_LINKS: &[&str] = &["twitter.com", "t.co/", "x.com/"];

/// The note a link's label ends with when it opens a new window, as
/// Jetpack's share buttons print it ("Click to share on Twitter (Opens in
/// new window)": `انقر للمشاركة على تويتر (فتح في نافذة جديدة)`) and web
/// interfaces write it in Arabic: a line ending with it is a link's label.
pub(crate) const NEW_WINDOW_NOTES: &[&str] =
    &["(فتح في نافذة جديدة)", "(تفتح في نافذة جديدة)", "(Opens in new window)"];

/// The marks a text browser writes at the start of a line for a page's
/// form fields, frames and edits, whatever text follows them: Lynx
/// (`HTML.c`, `GridText.c`, `LYCharUtils.c`: a button, a frame's or an
/// iframe's name, a refresh, inserted and deleted text, a check box, a
/// radio button, a text field, an input it cannot show), w3m (`file.c`:
/// its inserted, deleted and struck text, its buttons and checked box),
/// ELinks and Links (`IFrame`, `Frame:`). Image marks are left out: a
/// headline may follow one on its line.
#[rustfmt::skip]
pub(crate) const BROWSER_MARKS: &[&str] = &[
    "(BUTTON)", "IFRAME:", "FRAME:", "REFRESH(", "[INS:", "[DEL:", "[S:", "[ ]", "[X]", "( )", "(*)", "____",
    "[BUTTON Input]", "[FILE Input]", "[SUBMIT]", "[RESET]", "[*]", "IFrame", "Frame:",
];

/// The marks of a form's choices among [`BROWSER_MARKS`]: Lynx's radio
/// buttons (`( )`, `(*)`) and check boxes (`[ ]`, `[X]`), w3m's checked box
/// (`[*]`).
pub(crate) const CHOICE_MARKS: &[&str] = &["( )", "(*)", "[ ]", "[X]", "[*]"];
