//! The page policy in one place: every threshold a decision draws, each
//! with the reason for it. Word counts are of [`Shape`](crate::shape::Shape)
//! words (runs of characters holding a letter or digit).
//!
//! Changing a value here changes what khabar decides; the dev-corpus score
//! (`.ci/run`) says whether it was worth it.

use std::ops::RangeInclusive;

// ----- Blocks and their shape -----

/// Spaces in a row that stand for a lost line break (`annotation.md`:
/// "a run of three or more spaces ... separates blocks").
pub(crate) const SPACER_RUN: usize = 3;

/// Words are counted up to this many: every decision that counts words
/// draws its line below it, and long paragraphs need not be read twice.
pub(crate) const WORD_CAP: usize = 64;

/// Blocks of more words are measured by their word count and ends only: no
/// headline, title, tag or credit is that long.
pub(crate) const LONG_WORDS: usize = 30;

/// A sentence ending in `.`, `!` or `,` of at least this many words is prose
/// (`يضاف ذلك إلى استمرار العنف في وسط البلاد.`); shorter ones are labels.
pub(crate) const PROSE_SENTENCE_WORDS: usize = 5;
/// A line ending in a colon of at least this many words introduces what
/// follows as prose does (`وقال الوزير في بيانه:`).
pub(crate) const PROSE_COLON_WORDS: usize = 3;
/// A line in which one sentence ends and another begins, this long, is
/// prose even when its last sentence lost its full stop.
pub(crate) const PROSE_INNER_SENTENCE_WORDS: usize = 8;
/// A question this long is the author's, not a headline's
/// (`هل تنجح الحكومة ...؟` headlines are shorter).
pub(crate) const PROSE_QUESTION_WORDS: usize = 16;
/// A line opening like a sentence that goes on from another (`وقال`, `كما`)
/// of this many words is prose.
pub(crate) const PROSE_CONTINUES_WORDS: usize = 5;
/// A run of words this long is prose whatever its end: headlines are shorter.
pub(crate) const PROSE_WORDS: usize = 20;

/// Most words of a line that a headline longer than a title stands over
/// as the title: a label, a credit or a caption (`أخبار العالم العربي`,
/// `محمد الأكلبي من جدة`, `حلة محيش: محمد عادي، علي آل رمضان`, seven
/// words); a longer one is a headline, the long line over it a kicker
/// (the Arabic Newspapers Corpus's Kuwaiti papers, eight words and more).
pub(crate) const UNDER_LONG_HEADLINE_WORDS: usize = 7;

/// Words of a headline: a name is one word, a headline of a list item
/// rarely longer than this.
pub(crate) const HEADLINE_WORDS: RangeInclusive<usize> = 2..=24;
/// Fewest choices under a line that make it a form's question: a poll
/// offers two answers at least.
pub(crate) const FORM_CHOICES: usize = 2;
/// How far into a block its first word is looked for again, in bytes, to
/// tell a headline given twice: past a headline's words (24 Arabic words
/// are about 260 bytes), so a long block is not searched whole.
pub(crate) const DOUBLED_SEARCH_BYTES: usize = 600;
/// Words of an article's title: shorter is a section name, longer a deck.
pub(crate) const TITLE_WORDS: RangeInclusive<usize> = 3..=14;

/// A leading number of this many digits at most is a list number (`12-`),
/// more is a year or a figure (`2020 عام`).
pub(crate) const LIST_NUMBER_DIGITS: RangeInclusive<usize> = 1..=6;

/// Most digits of the number a text browser puts before a link (`[12]`):
/// a page's links are counted in thousands at most.
pub(crate) const LINK_NUMBER_DIGITS: usize = 5;
/// Fewest non-blank lines that show a page was wrapped by a text browser
/// by the share of its lines that fill the width ([`WRAP_FULL_LINES`]).
pub(crate) const WRAP_LINES: usize = 20;
/// Fewest non-blank lines of a short wrapped page (an article alone,
/// without the menus around it), told by its lines going on one over the
/// next ([`WRAP_FEW_GO_ON`]).
pub(crate) const WRAP_FEW_LINES: usize = 6;
/// On a short wrapped page, all but one in this many lines with another
/// right under them go on over it.
pub(crate) const WRAP_FEW_GO_ON: usize = 3;
/// On a short wrapped page of short paragraphs, half of whose lines go on:
/// all but one in this many lines that stop end with a full stop.
pub(crate) const WRAP_FEW_FULL_STOPS: usize = 3;
/// Widest wrap, in columns: a wide terminal's (`lynx -width`, `w3m -cols`).
pub(crate) const WRAP_MAX_WIDTH: usize = 200;
/// Widest wrap told by its full lines alone: a terminal's usual width (80)
/// and some. A wider one is told as a short page is, by its lines going on
/// one over the next ([`WRAP_FEW_GO_ON`]): many pages of one block a line
/// have no line wider.
pub(crate) const WRAP_SCREEN_WIDTH: usize = 100;
/// Narrowest wrap, in columns: narrower lines are a page's own short lines.
pub(crate) const WRAP_MIN_WIDTH: usize = 50;
/// Most columns a paragraph's first line may stand deeper than its other
/// lines (the page's first-line indent, or no-break spaces before it).
pub(crate) const FIRST_LINE_INDENT: usize = 6;
/// At most one line in this many may be wider than a screen (a long link,
/// a table) on a wrapped page.
pub(crate) const WRAP_OVERWIDE: usize = 50;
/// A band of columns, about a word and a half: wrapped lines end within one
/// of the width, more of them by [`WRAP_PILE`] times than in the band two
/// further in.
pub(crate) const WRAP_PILE_BAND: usize = 8;
/// How many times more lines end in the band at the width than two bands
/// in, on a wrapped page (a list of headlines has fewer or about as many).
pub(crate) const WRAP_PILE: usize = 2;
/// Fewest paragraphs of three lines or more (a line going on over one
/// that goes on) that show a wrap whose lines do not pile up.
pub(crate) const WRAP_CHAINS: usize = 3;
/// A line within this many columns of the width fills it.
pub(crate) const WRAP_SLACK: usize = 12;
/// At least one line in this many fills the width on a wrapped page.
pub(crate) const WRAP_FULL_LINES: usize = 10;

// ----- A block's own cue -----

/// Prose, in words, that a glued marker (`... انتهى. اقرأ أيضاً: عنوان`) may
/// be split off from: shorter blocks hold no sentence before a marker.
pub(crate) const GLUED_AFTER_WORDS: usize = 5;

/// Longest line, in words, that a marker may head with its headline.
pub(crate) const MARKER_LINE_WORDS: usize = 40;

/// The fewest words of a run of names ([`Shape::name_run`](crate::shape::Shape)),
/// and how many words it has for each function word it may hold: none
/// under twenty (`النيابة العامة منطقة دار السلام العشيق`), one in twenty
/// (a list of a site's writers). Of the 1,895 paragraphs of the dev gold,
/// one of eight words or more is such a run (a table's row); prose has
/// a function word in four or five. One in twelve was tried (a search
/// form's places and topics, `الحق في الغذاء`, `ضدّ الإنسانية`, hold one
/// in eighteen): of the 198 lines of twenty words or more with no
/// punctuation in the 2,881 articles of the Arabic Newspapers Corpus, 9
/// are prose with one in twelve to twenty, and it lost them.
pub(crate) const NAME_RUN_WORDS: usize = 4;
pub(crate) const NAME_RUN_WORDS_PER_FUNCTION_WORD: usize = 20;
/// How many of a long run's first words are read to judge it a run of
/// names: enough for its share of function words to show.
pub(crate) const NAME_RUN_HEAD_WORDS: usize = 200;

/// The most lines of an author's bio under the credit (`بقلم: سمير أحمد`,
/// then `كاتب وصحفي`; a text browser unwraps a long one into one block):
/// the short lines after it are the page's lists.
pub(crate) const BIO_LINES: usize = 1;

/// The most words of a post's title that a post-navigation label links
/// (`السابق بوست`, then the title): a long title, no paragraph (the
/// longest on the dev pages has 21).
pub(crate) const POST_LINK_WORDS: usize = 40;
/// Longest headline after a marker on its line, in words, when it reads as
/// prose: a longer one is a sentence that starts with the marker's words.
pub(crate) const MARKED_HEADLINE_WORDS: usize = 24;
/// Longest furniture line, in words, that a furniture phrase may start
/// (`جميع الحقوق محفوظة لموقع ...`).
pub(crate) const FURNITURE_WORDS: usize = 25;
/// Longest heading named by its ending (`تقارير ذات صلة`), in words.
pub(crate) const HEADING_WORDS: usize = 5;
/// Longest comment-section heading or form line, in words.
pub(crate) const COMMENTS_WORDS: usize = 15;
/// Longest photo caption ending in a bracketed medium, in words.
pub(crate) const CAPTION_WORDS: usize = 25;
/// Longest share row or count line (`فيسبوك تويتر واتساب`), in words.
pub(crate) const SHARE_ROW_WORDS: usize = 8;
/// Longest link label that notes it opens a new window (`اضغط للمشاركة على
/// تويتر (فتح في نافذة جديدة)`), in words: a sentence may hold such a link.
pub(crate) const LINK_LABEL_WORDS: usize = 12;
/// Longest breadcrumb or menu row, in words.
pub(crate) const BREADCRUMB_WORDS: usize = 20;
/// Longest path after the home link, in words, when nothing separates its
/// parts (`الرئيسية الارشيف غير مصنف بوابة فيتو`).
pub(crate) const HOME_PATH_WORDS: usize = 8;
/// Longest part of a breadcrumb (`الرئيسية » أخبار » سياسة`), in words.
pub(crate) const BREADCRUMB_PART_WORDS: usize = 3;
/// Fewest separators of a breadcrumb: two make three parts.
pub(crate) const BREADCRUMB_SEPARATORS: usize = 2;
/// Fewest parts of a breadcrumb: two parts may be a title (`أخبار » اقتصاد`).
pub(crate) const BREADCRUMB_PARTS: usize = 3;
/// Longest line of addresses only (`info@site.com`), in words.
pub(crate) const ADDRESS_WORDS: usize = 2;
/// Most words of a reading-time line: a stamp's and the reading time's
/// two (`... 6 دقائق للقراءة`; the minutes glued to the year count with it).
pub(crate) const READING_TIME_WORDS: usize = *STAMP_WORDS.end() + 2;
/// Most words of a card's section label glued to its date (`سياق
/// متصل7 ديسمبر 2025`): a section's name.
pub(crate) const CARD_LABEL_WORDS: usize = 3;
/// Most words of a form's line around its text field (`للاشتراك بالنشرة
/// الدورية ____يرجى إدخال بريدك`): a label and a hint, no sentence.
pub(crate) const FORM_LINE_WORDS: usize = 8;
/// Underscores in a row that draw a text field (Lynx draws an input as
/// wide as its `size`, 20 by default; a select box's value is padded with
/// fewer).
pub(crate) const TEXT_FIELD: usize = 8;
/// Most labels a teaser card prints between its headline and the
/// headline's copy: its section and its date (lbcgroup.tv), with a
/// count or a byline.
pub(crate) const CARD_LABELS: usize = 3;
/// Most words of such a line, label and date.
pub(crate) const CARD_STAMP_WORDS: usize = 8;
/// Words of a date or time stamp line (`الأحد، 29 تشرين الثاني/نوفمبر 2009`;
/// both calendars and the time, `يوم السبت 11 شعبان 1433 هـ - الموافق 30
/// يونيو 2012 م - الساعه 11:31 صباحاً`, 14 words; a publication and an
/// update, 18).
pub(crate) const STAMP_WORDS: RangeInclusive<usize> = 1..=18;
/// Most words beside a post's date and time on its stamp line: its
/// section, views or site (`أخبار السوق`, `عدد القراءات 1829`, `ضوء`).
pub(crate) const POST_META_WORDS: usize = 3;
/// Most words of a stamp of one date: longer, a third of a line's words
/// are numbers before it is read as a stamp.
pub(crate) const SHORT_STAMP_WORDS: usize = 12;
/// Longest unlabeled credit that needs no separator: one agency word or two
/// (`وكالات`, `أ ف ب`).
pub(crate) const BARE_CREDIT_WORDS: usize = 2;
/// Longest copyright line, in words (`2024 © قالب جلب الأخبار تلقائياً
/// بواسطة Rss`): a longer block naming the rights is prose about them.
pub(crate) const COPYRIGHT_LINE_WORDS: usize = 12;
/// Most words of a masthead line: two job titles and their names
/// (`موسى الفرعي – الرئيس التنفيذي – رئيس التحرير`).
pub(crate) const MASTHEAD_WORDS: usize = 10;
/// Longest site about-blurb before the copyright line, in words.
pub(crate) const BLURB_WORDS: usize = 40;
/// Most text blocks read as the about-blurb before the copyright line.
pub(crate) const BLURB_BLOCKS: usize = 2;
/// Fewest section names in a row that make a flattened menu (`الرئيسية
/// أخبار محلية`); two may be a title (`أخبار الاقتصاد`).
pub(crate) const MENU_SECTIONS: usize = 3;

// ----- Credits, tags, headlines used alone -----

/// The longest credit line, in words: longer is prose naming a source.
pub(crate) const CREDIT_WORDS: usize = 14;
/// The longest author name, in words: a longer run after `تقرير:` is a headline.
pub(crate) const AUTHOR_WORDS: usize = 4;
/// A source's name this long that holds a function word is a clause, a
/// headline quoting a source (`مصدر: مشروع تقريب أسعار مشتقات النفط بين
/// دول الخليج لن يتأثر`); names are nouns (`كتاب (بستان رمضان) للأستاذ محمد
/// مبارك`, six words, none).
pub(crate) const SOURCE_CLAUSE_WORDS: usize = 6;
/// Most words of a long name (`محمد عبد الرحمن ولد الشيخ محمد يحي`), which
/// a particle joins ([`NAME_PARTICLES`](crate::lexicon::NAME_PARTICLES)).
pub(crate) const LONG_NAME_WORDS: usize = 8;
/// Most words of an author's name beside a dateline's place with no
/// medium (`أميرة المولد – الطائف`): longer, it is a headline's
/// (`الهند انتهكت وقف النار`, four words).
pub(crate) const BYLINE_NAME_WORDS: usize = 3;
/// Most authors a dateline's byline names beside its place (`سليمان
/// الزبيدي - ياسر النهدي - جدة`); the line's words are bounded anyway
/// ([`LONE_CREDIT_WORDS`]).
pub(crate) const BYLINE_NAMES: usize = 3;
/// Longest unlabeled credit line, in words (`القاهرة في 3 مارس 2021 (أ ش أ)`).
pub(crate) const LONE_CREDIT_WORDS: usize = 8;
/// Most words of a signature of initials (`م. أ`, two).
pub(crate) const INITIALS_WORDS: usize = 3;
/// Longest signature of initials, in bytes (`محمد.ك`, 13).
pub(crate) const INITIALS_BYTES: usize = 24;
/// Longest part of an unlabeled credit between dashes, in words.
pub(crate) const CREDIT_PART_WORDS: usize = 4;
/// Longest medium's brand in Latin letters in a credit line (`IQ`,
/// `Lebanon 24`, `Sky News Arabia`).
pub(crate) const LATIN_BRAND_WORDS: usize = 3;
/// Longest medium's name standing alone as the source line (`طنجة نيوز`,
/// `بوابة روزاليوسف`, `شبكة الأخبار العمانية`): a line of four words with
/// a media word in it is a deck as often (`وكالة ناسا تطلق مسبارا`).
pub(crate) const MEDIUM_LINE_WORDS: usize = 3;
/// Longest place of a dateline that the gazetteer need not know, in
/// words: before a bracketed credit in a line (`القاهرة`), after an agency
/// that opens a credit line (`رويترز - سانت بطرسبرغ`).
pub(crate) const DATELINE_PLACE_WORDS: usize = 2;
/// Longest place and date before a bracketed credit, in words, when a
/// number is among them (`القاهرة في 3 مارس 2021`).
pub(crate) const DATELINE_DATE_WORDS: usize = 6;
/// Longest place before a bracketed credit opening a paragraph, in words
/// (`دبي، الإمارات العربية المتحدة (CNN)--`).
pub(crate) const LEAD_PLACE_WORDS: usize = 5;
/// How far into a paragraph its dateline may end, in characters.
pub(crate) const LEAD_CHARS: usize = 80;
/// The longest tag, in words, that the article's text can join.
pub(crate) const EVIDENCE_TAG_WORDS: usize = 6;
/// The fewest letters left of a word without a particle before it
/// (`بمنطقة` → `منطقة`), when a tag and its evidence are compared.
pub(crate) const PARTICLE_STEM_LETTERS: usize = 4;
/// How many words after a marker its heading may run on before a colon
/// (`رابط الخبر بصحيفة الوئام: ...`).
pub(crate) const HEADING_RUN_ON: usize = 4;
/// Fewest letters a word keeps when its article `ال` is dropped for
/// matching: `الله` is not `له`.
pub(crate) const STEM_LETTERS: usize = 3;

// ----- The page's structure -----

/// How many blocks before the body are looked at for the title the page's
/// head repeats.
pub(crate) const TITLE_WINDOW: usize = 8;
/// How many blocks make the page's head, where the HTML title line stands.
pub(crate) const HEAD_BLOCKS: usize = 32;
/// Longest line of feed-link titles searched for the post's headline, in
/// bytes: lynx's first line names a page's few feeds in a few hundred; a
/// longer one is searched for nothing, so that each headline of the head
/// costs at most this much to look up.
pub(crate) const FEED_TITLES_BYTES: usize = 2048;
/// How many blocks before an indented body are looked at for a heading at
/// the margin, the title of a page a text browser dumped.
pub(crate) const MARGIN_TITLE_WINDOW: usize = 12;
/// Most words of a site's or section's name above a title: passed over
/// when a longer title-shaped line follows.
pub(crate) const SITE_NAME_WORDS: usize = 3;
/// Fewest words of a deck line under a title: a shorter line between them
/// is a kicker or a date.
pub(crate) const DECK_WORDS: usize = 5;
/// Longest time stamp, in bytes, glued before a paragraph by a double space
/// (`اليوم 09:18  كذلك، ...`).
pub(crate) const GLUED_STAMP_BYTES: usize = 40;
/// Fewest words of the prose that opens a page's body when longer prose
/// comes later: shorter prose first (`رئيس مجلس الإدارة:`) is the page's
/// head, or the body's first lines after its title.
pub(crate) const OPENING_WORDS: usize = 10;
/// Fewest words of prose in a page's first article: fewer is a blurb.
pub(crate) const FIRST_ARTICLE_WORDS: usize = 12;
/// Fewest words of prose in a page's first article when it has no title
/// and no credit and an article follows: fewer is a blurb or a flattened menu over
/// the page (34 and 38 words on aletihad.ae and raseef22.net; the untitled
/// first articles of the dev gold have 207 and 968).
pub(crate) const UNTITLED_LEAD_WORDS: usize = 100;
/// Fewest words in a later article of a single paragraph.
pub(crate) const LATER_ARTICLE_WORDS: usize = 40;
/// Fewest paragraphs that make a later article whatever their length.
pub(crate) const LATER_ARTICLE_PARAGRAPHS: usize = 2;
/// Most words of a teaser's lede in a list of related headlines: a
/// sentence or two; an article's first paragraph after a headline there
/// is longer or has more prose after it.
pub(crate) const TEASER_LEDE_WORDS: usize = 40;
/// Most lines (markers aside) that interrupt a body: a read-also box or a
/// subheading is shorter; a longer run between two runs of prose is the
/// page's furniture after the article.
pub(crate) const LONG_BREAK_LINES: usize = 6;
/// Longest crosshead, in words, after a read-also block's headlines.
pub(crate) const CROSSHEAD_WORDS: usize = 4;
/// Fewest headlines of a bare run (no marker) inside a body or on the page:
/// one headline-shaped line between paragraphs is a subheading.
pub(crate) const BARE_RUN_HEADLINES: usize = 2;
/// Fewest words of a headline in a list with no heading: menus and names
/// are shorter.
pub(crate) const BARE_HEADLINE_WORDS: usize = 4;
/// Fewest words of a bulleted list item: one bulleted word is a menu entry.
pub(crate) const BULLETED_ITEM_WORDS: usize = 2;
/// Fewest spaces before the bullet of a nested list's item: a text browser
/// sets a first-level bullet at column 5 and each level deeper 5 more
/// (lynx: `     * أقسام`, `          + سياسة`).
pub(crate) const NESTED_ITEM_INDENT: usize = 6;
/// Longest item of a menu, in words: a run of list items half of which are
/// this short is the site's menu (`حساب جديد`, `تقارير وتحقيقات`), not headlines.
pub(crate) const MENU_ITEM_WORDS: usize = 3;
/// Longest row of links to a site's own pages, in words: a longer line
/// naming two of them is prose about them.
pub(crate) const FOOTER_LINKS_WORDS: usize = 20;
/// Longest cookie banner, in words: a longer block naming cookies is prose
/// about them.
pub(crate) const COOKIE_NOTICE_WORDS: usize = 60;
/// Longest one-per-line tag, in words, where the lines alone must say
/// they are tags.
pub(crate) const TAG_WORDS: usize = 4;
/// Longest one-per-line tag once the list is known to be tags (after a
/// tag label, or after tags the body named): a phrase tag (`النبى وصى على
/// سابع جار`, `كان ياما كان في غزة`; youm7.com and ultrasawt.com).
pub(crate) const LISTED_TAG_WORDS: usize = 6;
/// A run of short lines after a body is its tags if the body names one in
/// this many of them or more (a third: almayadeen.net's and al-marsd.com's
/// runs name 1 of 3, 2 of 5 and 1 of 2; a half missed them; on the dev
/// pages no false tag came of it).
pub(crate) const BARE_TAGS_NAMED_PART: usize = 3;
/// Fewest short lines after a body that make a one-per-line tag list.
pub(crate) const BARE_TAG_LINES: usize = 2;

/// How many tags the body must name of a run of names right after it,
/// to be the article's tags run together: three at least, and two in
/// three of the tags the body's words split it into (`النيابة العامة
/// منطقة دار السلام العشيق`: three tags, all named). A headline on the
/// body's subject with no function word names fewer (`محافظ المدينة
/// يفتتح الجسر الجديد`: two named pieces and its verb).
pub(crate) const RUN_TOGETHER_TAGS: usize = 3;
/// How many tags the body (or title) must name of a run of names further
/// down a footer, past lists and rows: more than right after the body. A
/// list's heading or a caption naming the article's subject names three
/// (`لائحة مؤلفات الشيخ سيد المختار الكنتي`, `حفل زواج جماعي ببلدة المركز`
/// in the Arabic Newspapers Corpus and SaudiNewsNet); the tag runs of
/// raseef22.net, jamalouki.net and 3alyoum.com name four or more.
pub(crate) const FOOTER_TAGS: usize = 4;
/// How many runs of names further down a footer are tried as its tags
/// (each is checked against the whole body): the first few, as a site
/// prints its tags near the body.
pub(crate) const FOOTER_TAG_TRIES: usize = 3;
pub(crate) const RUN_TAGS_NAMED_PART: usize = 2;
pub(crate) const RUN_TAGS_NAMED_OF: usize = 3;
/// Fewest time-stamped headlines that make a news-feed page.
pub(crate) const FEED_ENTRIES: usize = 3;
/// Longest heading of a news feed's list, in words, when no marker says so.
pub(crate) const FEED_HEADING_WORDS: usize = 3;

// ----- Site profiles (`site`) -----

/// Fewest pages a line of a site stands on to be the site's: a line seen
/// on one page alone is never removed by a profile.
pub(crate) const SITE_MIN_PAGES: usize = 2;
/// Share of a profile's pages a line stands on to be the site's: on the
/// dev pages of sites with three pages or more, lines on half of their
/// site's pages are furniture or labels all but 2 times in 3,190.
pub(crate) const SITE_REPEAT_SHARE: f64 = 0.5;
/// Pages a profile learns from, at most: a sample bounds its memory.
pub(crate) const SITE_SAMPLE_PAGES: usize = 1000;
/// Lines a profile counts while learning, at most.
pub(crate) const SITE_MAX_ENTRIES: usize = 100_000;
/// Longest line a profile counts, in bytes: longer ones are paragraphs,
/// which a site does not repeat.
pub(crate) const SITE_LINE_BYTES: usize = 400;
/// Most words of a label the site uses (`كلمات دلالية`, `اقرأ أيضا`).
pub(crate) const SITE_LABEL_WORDS: usize = 3;
/// Fewest pages a line stands on for a profile to overrule the page's own
/// reading of it as prose or a title: two pages of a site may carry the
/// same article (a feed appended it to both, on alhurra.com).
pub(crate) const SITE_CONTENT_PAGES: usize = 3;
/// Fewest pages of a site worth learning a profile from; a site with fewer
/// parses page by page.
pub(crate) const SITE_FEWEST_PAGES: usize = 2;
