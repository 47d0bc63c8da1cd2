//! What a block is ([`Role`]) and the named rule that decided it
//! ([`Rule`]): every decision khabar makes about a block has a name, so
//! "why is this line the title?" has an answer.

use std::fmt;
use std::str::FromStr;

/// What a block of the page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Role {
    /// An article's headline.
    Title,
    /// A paragraph of an article's body.
    Paragraph,
    /// The marker of a read-also block inside a body.
    ReadAlsoHeading,
    /// A headline of a read-also block.
    ReadAlsoItem,
    /// The heading of a related-headline block on the page.
    RelatedHeading,
    /// A headline of a related-headline block.
    RelatedItem,
    /// A source attribution line.
    Source,
    /// An author credit line.
    Byline,
    /// A tag line, or one tag of a one-per-line list.
    Tags,
    /// Page furniture: navigation, dates, share rows, copyright, embeds,
    /// captions, and what no rule claimed ([`Rule::Unclaimed`]).
    Boilerplate,
    /// A blank line.
    Blank,
}

impl Role {
    /// Every role, in the order of the enum.
    ///
    /// # Example
    /// ```
    /// assert!(khabar::Role::ALL.contains(&khabar::Role::Tags));
    /// ```
    pub const ALL: &'static [Role] = &[
        Role::Title,
        Role::Paragraph,
        Role::ReadAlsoHeading,
        Role::ReadAlsoItem,
        Role::RelatedHeading,
        Role::RelatedItem,
        Role::Source,
        Role::Byline,
        Role::Tags,
        Role::Boilerplate,
        Role::Blank,
    ];

    /// The role's name in snake case (`read_also_item`), as `FromStr` reads it.
    pub fn name(&self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Paragraph => "paragraph",
            Role::ReadAlsoHeading => "read_also_heading",
            Role::ReadAlsoItem => "read_also_item",
            Role::RelatedHeading => "related_heading",
            Role::RelatedItem => "related_item",
            Role::Source => "source",
            Role::Byline => "byline",
            Role::Tags => "tags",
            Role::Boilerplate => "boilerplate",
            Role::Blank => "blank",
        }
    }

    /// Whether the block is part of an article's clean text (title or paragraph).
    pub fn is_text(&self) -> bool {
        matches!(self, Role::Title | Role::Paragraph)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error of [`Role::from_str`]: the name is none of the roles'.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown role name {0:?}")]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;
    /// Reads a role's [`name`](Role::name) back.
    ///
    /// # Example
    /// ```
    /// use khabar::Role;
    /// assert_eq!("related_item".parse::<Role>().unwrap(), Role::RelatedItem);
    /// assert_eq!(Role::RelatedItem.to_string(), "related_item");
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL.iter().copied().find(|r| r.name() == s).ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

macro_rules! rules {
    ($($(#[$doc:meta])* $rule:ident = $name:literal, $summary:literal;)*) => {
        /// The named rule that gave a block its role: see
        /// [`Block::rule`](crate::Block::rule) and
        /// [`Page::explain`](crate::Page::explain).
        ///
        /// The first group are a block's own cues, read from the block
        /// alone; the others are decided by the block's place in the page.
        ///
        /// # Example
        /// ```
        /// use khabar::{Role, Rule};
        /// let text = "اقتصاد\n\nارتفاع أسعار النفط في الأسواق العالمية\n\n\
        ///             قالت الوكالة الدولية للطاقة اليوم إن الطلب على النفط سيرتفع خلال العام المقبل.";
        /// let page = khabar::parse(text);
        /// let title = page.blocks().find(|b| b.role() == Role::Title).unwrap();
        /// assert_eq!(title.rule(), Rule::TitleBeforeBody);
        /// assert_eq!(title.rule().to_string(), "title-before-body");
        /// assert_eq!("title-before-body".parse::<Rule>().unwrap(), Rule::TitleBeforeBody);
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Rule {
            $($(#[$doc])* $rule,)*
        }

        impl Rule {
            /// Every rule, in the order of the enum.
            pub const ALL: &'static [Rule] = &[$(Rule::$rule,)*];

            /// The rule's id in kebab case (`title-before-body`), as `FromStr` reads it.
            pub fn name(&self) -> &'static str {
                match self {
                    $(Rule::$rule => $name,)*
                }
            }

            /// What the rule says, in one line.
            pub fn summary(&self) -> &'static str {
                match self {
                    $(Rule::$rule => $summary,)*
                }
            }
        }
    };
}

rules! {
    // ----- A block's own cue -----
    /// A blank line (a run of them is one block).
    Blank = "blank", "a blank line";
    /// A line of dates and times only: `الأحد، 29 تشرين الثاني/نوفمبر 2009`, `اليوم 13:00`.
    DateStamp = "date-stamp", "a line of dates and times only";
    /// No letter or digit: `* * *`, `-`.
    NoWords = "no-words", "a line with no letter or digit";
    /// A post embedded from a social network: its `twitter.com` link, or
    /// its `— name (@handle)` signature.
    EmbeddedPost = "embedded-post", "an embedded post's link or signature";
    /// Navigation: short parts between separators, `الرئيسية » أخبار » سياسة`.
    Breadcrumb = "breadcrumb", "short parts between two or more separators";
    /// E-mail addresses, links and image files only: `info@site.com`, `صورة.jpg`.
    Address = "address", "e-mail addresses, links or file names only";
    /// Share, follow and count words only: `فيسبوك تويتر واتساب`, `1234 مشاهدة`.
    ShareRow = "share-row", "share, follow and count words only";
    /// A short link label ending with the note that it opens a new window
    /// (`انقر للمشاركة على تويتر (فتح في نافذة جديدة)`: Jetpack's share
    /// buttons).
    NewWindowLink = "new-window-link", "a link's label noting it opens a new window";
    /// Opens with a furniture phrase of the lexicon: `جميع الحقوق محفوظة`, `إعلان`.
    FurniturePhrase = "furniture-phrase", "opens with a furniture phrase (copyright, ads, share)";
    /// A credit label with no name after it: `المصدر:`.
    CreditLabelAlone = "credit-label-alone", "a credit label with no name after it";
    /// The comment section's heading or form, `اترك تعليقاً`: furniture
    /// that ends the article's body.
    CommentSection = "comment-section", "the comment section's heading or form: the body is over";
    /// A count of comments, `التعليقات (3)`: furniture that ends nothing.
    CommentCount = "comment-count", "a count of comments";
    /// A photo caption or credit ending in a bracketed medium: `مشهد من المدينة (رويترز)`.
    CaptionCredit = "caption-credit", "a caption ending in a bracketed medium";
    /// No Arabic word on an Arabic page (an embedded post, a foreign
    /// caption), or a lone hashtag (`#اقتصاد`).
    NoArabicWord = "no-arabic-word", "no Arabic word, or a lone hashtag";
    /// A text browser's mark of a form field or a frame opens the line:
    /// `(BUTTON) بحث`, `IFRAME: https://…`, `[ ] تذكرني`, `____ (BUTTON)`.
    BrowserMark = "browser-mark", "opens with a text browser's mark of a form field or frame, or holds a text field";
    /// The line right over a form's choices, two or more lines opening with
    /// a radio button or a check box as a text browser draws them (`( )
    /// نعم`, `(*) لا`): the question the form asks (a poll's `هل تؤيد
    /// ...؟`), no title.
    FormQuestion = "form-question", "the line over a form's choices: the question it asks, no title";
    /// A short line holding a copyright phrase anywhere (`2023 © جميع
    /// الحقوق محفوظة`; le12.ma, almowaten.news; no gold element holds one).
    CopyrightLine = "copyright-line", "a short line holding a copyright phrase";
    /// A line of the paper's masthead: a job title and a name by it, the
    /// title opening the line or glued to what precedes it (`رئيس
    /// التحريرعلى الحوفي`, `مصر 2030رئيس مجلسي الإدارة والتحرير أحمد عامر`).
    Masthead = "masthead", "a line of the paper's masthead: a job title and a name";
    /// The page's own name alone on its line, as its feed link names the
    /// site (`أكادير24 | Agadir24` under `#أكادير24 | Agadir24 « الخلاصة`):
    /// its branding, in no field.
    OwnName = "own-name", "the page's own name alone on its line: its branding";
    /// A post's reading time, alone or after its date (`6 دقائق للقراءة`):
    /// the post slot's furniture, no title.
    ReadingTime = "reading-time", "a post's reading time, alone or after its date";
    /// A card's section label glued to its date (`سياسة7 ديسمبر 2025`,
    /// `غير مصنفمنذ 8 دقائق`; ultrasawt.com, almowaten.news: 62 such lines,
    /// none in gold): the card's stamp, no headline.
    CardStamp = "card-stamp", "a card's section label glued to its date";
    /// An item of a list nested in another, as a text browser draws it
    /// (`          + سياسة`, `               o جسد`): a site's menu tree.
    /// Headline lists do not nest: 586 such lines on 9 dev sites, none a
    /// headline or a paragraph.
    NestedListItem = "nested-list-item", "an item of a nested list, as a text browser draws it: a menu entry";
    /// What naive tag stripping left of a page's HTML: a tag (`</div>`,
    /// `<img`), a tag's end (`/>`) or an attribute (`content="..."`), by
    /// the HTML syntax (WHATWG HTML, 13.1 Writing HTML documents).
    HtmlResidue = "html-residue", "HTML left by tag stripping: a tag, a tag's end or an attribute";
    /// A site's cookie banner or settings: a block naming cookies
    /// (`نستخدم ملفات تعريف الارتباط`, `Cookie Policy (EU)`; six dev sites).
    CookieNotice = "cookie-notice", "a cookie banner: a block naming cookies";
    /// A row of the links every site has to its own pages (`من نحن اتصل بنا
    /// سياسة الخصوصية`): two of them or more on a line, its words run
    /// together or not (five dev sites).
    FooterLinks = "footer-links", "a row of links to the site's own pages";
    /// A copy of the headline just before it, blank lines between: a text
    /// browser prints a linked image's text, then the heading it links.
    EchoedLine = "echoed-line", "a copy of the headline just before it";
    /// A teaser card's section or date between its headline and the
    /// headline's copy (`حال الطقس`).
    CardLabel = "card-label", "a teaser card's label between its headline and the headline's copy";
    /// A copy of the article's title among its paragraphs: an image's alt
    /// text, a gallery's caption (`دلّلي نفسكِ هذا الشتاء... Mood!` under
    /// each photo). No dev page's gold has a paragraph that repeats a
    /// title; parses gave such paragraphs on nine pages of eight sites.
    TitleCopy = "title-copy", "a copy of the article's title among its paragraphs";
    /// The page's first line, `#` and the titles of its `<link>`s, as a text
    /// browser dumps them: `#alternate alternate`, `#الموقع « الخلاصة`.
    LinkTitles = "link-titles", "the text browser's line of the page's link titles";
    /// The site's about-blurb just before its copyright line, or a blurb
    /// with the copyright glued to its end.
    AboutBlurb = "about-blurb", "the site's about-blurb at the copyright line";
    /// A source or author label with names: `المصدر | الخليج الجديد + متابعات`, `كتب: محمد علي`.
    CreditLabel = "credit-label", "a source or author label with names";
    /// A credit with no label: an agency (`(وكالات)`) or a dateline
    /// (`القاهرة في 3 مارس 2021 (أ ش أ)`, `جدة – سويفت نيوز:`).
    LoneCredit = "lone-credit", "an unlabeled credit: an agency or a dateline";
    /// A line the site repeats on its pages, furniture on most of them
    /// (its site profile, [`site`](crate::site)).
    SiteRepeated = "site-repeated", "a line the site repeats, furniture on most of its pages";
    /// A label the site uses on most of its pages (a tag label, a
    /// read-also heading, a source label), by its site profile.
    SiteLabel = "site-label", "a label the site uses on most of its pages";
    /// A line a user's line rule matched ([`ParserBuilder::line_rule`](crate::ParserBuilder::line_rule)).
    UserLineRule = "user-line-rule", "a line a user's line rule matched";
    /// A tag label and its tags: `كلمات دلالية: غزة، القدس`.
    TagLabel = "tag-label", "a tag label, with its tags on the line or after it";
    /// A line of hashtags: `#غزة #القدس`.
    HashtagLine = "hashtag-line", "a line of two or more hashtags";

    // ----- Article text -----
    /// Body text by its shape: a sentence of some length, or a long run of words.
    Prose = "prose", "prose by its shape: a sentence, or a long run of words";
    /// Sentences between the title and the first paragraph: the deck.
    Deck = "deck", "sentences between the title and the body";
    /// A headline-shaped line longer than any title, under a credit line
    /// and right before the body with no title over it: the body's first
    /// paragraph, its full stop lost (`الباحة 26 شوال 1436هـ ... واس`, then
    /// `ينظم المكتب ... محاضرة بعنوان " الباقيات الصالحات "`).
    UntitledLede = "untitled-lede", "a line longer than a title under a credit, right before an untitled body";
    /// A numbered section head (`1 - الخلفية`) right before the body opens it: no title.
    NumberedSection = "numbered-section", "a numbered section head opening the body";
    /// A line between two paragraphs that is no run of headlines: a subheading (`خلفيات الأزمة`).
    Subheading = "subheading", "a line between paragraphs that is no headline run";
    /// A list item right after the body's last paragraph, which ends with a
    /// colon: the list that sentence introduces, body (annotation.md,
    /// "Paragraphs"): `أعراض السكتة الدماغية هي:`, then `* صداع شديد من
    /// دون سبب واضح`.
    IntroducedList = "introduced-list", "a list item that the body's last sentence, ending with a colon, introduces";
    /// A short line after a read-also block's headlines, right before the
    /// body goes on: a crosshead.
    Crosshead = "crosshead", "a short line after read-also headlines, before the body goes on";
    /// The page's level-one heading as a Markdown dump marks it (`# `),
    /// before the body.
    TitleHeading = "title-heading", "the page's level-one heading, as a Markdown dump marks it (`# `), before the body";
    /// The title line the page's head repeats (as the HTML title did), before the body.
    TitleInHead = "title-in-head", "the headline the page's head repeats, before the body";
    /// On a page whose prose a text browser indented, the last title-shaped
    /// heading at the left margin before the body.
    TitleAtMargin = "title-at-margin", "the last title-shaped heading at the margin before an indented body";
    /// The page's first paragraph, a sentence of a title's length, right
    /// over the credit line the body follows: a title with a full stop.
    TitleOverCredit = "title-over-credit", "a sentence of a title's length opening the page, over the credit over the body";
    /// The first title-shaped line of the headline run right before the body.
    TitleBeforeBody = "title-before-body", "the first title-shaped line right before the body";
    /// A later article's own headline, right before its body.
    LaterTitle = "later-title", "a later article's headline right before its body";

    // ----- Headline blocks -----
    /// A headline-list marker inside a body: `اقرأ أيضاً`.
    ReadAlsoMarker = "read-also-marker", "a headline marker inside a body";
    /// A headline after a read-also marker.
    ReadAlsoItem = "read-also-item", "a headline after a read-also marker";
    /// Two or more headlines with no marker between paragraphs.
    BareReadAlso = "bare-read-also", "two or more headlines with no marker between paragraphs";
    /// A headline-list heading outside any body: `مقالات مشابهة`, `الأكثر قراءة`.
    RelatedMarker = "related-marker", "a headline-list heading outside any body";
    /// A headline after a related-list heading.
    RelatedItem = "related-item", "a headline after a related-list heading";
    /// A section's name right over a bare list of headlines, as one of the
    /// page's menus lists it (`صور` over the photo stories, `* صور` in the
    /// menu): the list's heading. 14 gold headings on 7 dev sites are such
    /// names.
    SectionHeading = "section-heading", "a section's name over a list of headlines, as the page's menu names it";
    /// The label of a link to the post before or after (`المقالة السابقة`,
    /// `السابق بوست`, WordPress's Previous / Next Post) and that post's
    /// title: a related list of one, on almowaten.news, agadir24.info,
    /// uaebarq.ae and arrabiaa.net.
    PostNavigation = "post-navigation", "a link to the post before or after, and its title";
    /// Two or more adjacent headlines with no heading, outside any body.
    BareRelatedList = "bare-related-list", "two or more adjacent headlines outside any body";
    /// A marker just before a later article's title: it only leads in to it.
    MarkerLeadsIn = "marker-leads-in", "a marker that leads in to a later article's title";
    /// A headline after a time stamp on a news-feed page (time stamp,
    /// headline, maybe a lede, repeated).
    FeedEntry = "feed-entry", "a time-stamped headline of a news-feed page";
    /// The short line heading a news-feed page's entries.
    FeedHeading = "feed-heading", "the heading of a news-feed page's entries";

    // ----- Footers -----
    /// One tag a line after a tag label standing alone (`الوسوم:`).
    TagAfterLabel = "tag-after-label", "a short line after a tag label standing alone";
    /// Two or more short lines right after an open body, before any
    /// marker: the article's tags, one a line.
    BareTagRun = "bare-tag-run", "two or more short lines right after a body";
    /// A long run of names with no punctuation and hardly a function word
    /// inside a body (a form's list of writers, a tag cloud): no prose, and
    /// no subheading.
    NameRun = "name-run", "a long run of names inside a body: a list, no prose";
    /// A run of names right after a body that its words split into tags
    /// the body names: the tags with their separators lost and no label.
    RunTogetherTags = "run-together-tags", "a run of names right after a body, split into tags the body names";
    /// Tags further down an untagged article's footer, past the lists and
    /// rows between them and the body: a run of names there with no number
    /// and a word of the article's title, four of whose tags and two in
    /// three the body names.
    FooterTags = "footer-tags", "a run of names further down a footer, four of its tags named by the body";
    /// A short line after an author credit below the body: the author's bio.
    AuthorBio = "author-bio", "a short line after an author credit below the body";

    // ----- What is set aside -----
    /// A row of three or more site section names (`الرئيسية أخبار محلية
    /// رياضة`): the site's menu, no title.
    MenuRow = "menu-row", "a row of site section names: no title";
    /// A run of list items half of which are as short as section names:
    /// the site's menu (`تقارير وتحقيقات`, `حساب جديد`), decided on the
    /// whole run.
    MenuList = "menu-list", "a run of short list items: the site's menu";
    /// A line of three words or fewer among a list's headlines: a writer's
    /// name, a card's label or date, a menu entry (`وائل لطفي`, `عرض
    /// المزيد`). Of 712 related items on the new dev pages (25 sites), 15
    /// are that short.
    ShortListLine = "short-list-line", "a line of three words or fewer among a list's headlines";
    /// A short line (a site's or section's name) passed over for a longer
    /// title after it.
    SiteName = "site-name", "a short line passed over for the longer title after it";
    /// An article too slight to be one (a page's first with fewer than 12
    /// words of prose, or fewer than 100 with no title and no credit before
    /// an article that has more; a later one of a short paragraph): a blurb; or a
    /// later one none of whose paragraphs is longer than a title can be: a
    /// list of teasers.
    SlightArticle = "slight-article", "an article too slight to be one: a blurb";
    /// A headline's lede in a list of related headlines, another entry
    /// after it (`الأكثر قراءة`, headline, `من مفارقات حرب السودان ...`,
    /// headline ...): a teaser, no article's prose; on a dump, a line
    /// indented among a list's headlines at the margin.
    TeaserLede = "teaser-lede", "a teaser's lede in a list of related headlines";
    /// Prose after a closed article with no title of its own.
    UntitledAfterFooter = "untitled-after-footer", "prose after a closed article, with no title";
    /// No rule claimed the block: it waited for what followed and nothing took it.
    Unclaimed = "unclaimed", "no rule claimed it";
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Rule {
    /// A rule serializes as its [`name`](Rule::name).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// The error of [`Rule::from_str`]: the name is none of the rules'.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown rule name {0:?}")]
pub struct UnknownRule(pub String);

impl FromStr for Rule {
    type Err = UnknownRule;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Rule::ALL.iter().copied().find(|r| r.name() == s).ok_or_else(|| UnknownRule(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_distinct() {
        let mut seen = std::collections::HashSet::new();
        for rule in Rule::ALL {
            assert!(seen.insert(rule.name()), "{rule} named twice");
            assert_eq!(rule.name().parse::<Rule>().unwrap(), *rule);
            assert!(!rule.summary().is_empty());
        }
        for role in Role::ALL {
            assert_eq!(role.name().parse::<Role>().unwrap(), *role);
        }
        assert!("no-such-rule".parse::<Rule>().is_err());
    }
}
