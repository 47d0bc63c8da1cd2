//! What each block is on its own, before the page's structure is read:
//! blank, furniture, a marker, a credit, a tag line, or text of some shape.

use crate::blocks::{blocks, find_double_space};
use crate::credit::{self, Credit, CreditKind, Labels};
use crate::date::AGO_WORDS;
use crate::error::ErrorKind;
use crate::fold::{is_arabic_letter, is_digit};
use crate::lexicon::{
    BROWSER_MARKS, CHOICE_MARKS, IMAGE_ENDINGS, MarkerKind, Matcher, POST_LINKS, READING_TIME, is_breadcrumb_separator,
    is_breadcrumb_separator_quoting, is_furniture_word, is_nested_bullet, is_sentence_end, split_marker_line,
};
use crate::options::{LineRule, Options};
use crate::policy::{
    ADDRESS_WORDS, BARE_CREDIT_WORDS, BLURB_BLOCKS, BLURB_WORDS, BREADCRUMB_PART_WORDS, BREADCRUMB_PARTS,
    BREADCRUMB_SEPARATORS, BREADCRUMB_WORDS, CAPTION_WORDS, CARD_LABEL_WORDS, CARD_LABELS, CARD_STAMP_WORDS,
    COMMENTS_WORDS, COOKIE_NOTICE_WORDS, COPYRIGHT_LINE_WORDS, CREDIT_PART_WORDS, CREDIT_WORDS, DOUBLED_SEARCH_BYTES,
    FEED_TITLES_BYTES, FOOTER_LINKS_WORDS, FORM_CHOICES, FORM_LINE_WORDS, FURNITURE_WORDS, GLUED_AFTER_WORDS,
    HEADING_WORDS, HEADLINE_WORDS, HOME_PATH_WORDS, INITIALS_WORDS, LINK_LABEL_WORDS, LONE_CREDIT_WORDS,
    LONG_NAME_WORDS, MARKED_HEADLINE_WORDS, MARKER_LINE_WORDS, MASTHEAD_WORDS, MENU_ITEM_WORDS, NAME_RUN_HEAD_WORDS,
    NAME_RUN_WORDS, NAME_RUN_WORDS_PER_FUNCTION_WORD, NESTED_ITEM_INDENT, POST_LINK_WORDS, POST_META_WORDS,
    PROSE_WORDS, READING_TIME_WORDS, SHARE_ROW_WORDS, SHORT_STAMP_WORDS, SITE_NAME_WORDS, STAMP_WORDS, TEXT_FIELD,
    TITLE_WORDS,
};
use crate::role::{Role, Rule};
use crate::shape::{Shape, count_pairs, on_one_line, opens_with_hashtag, strip_bullet, without_link_number};
use crate::site::{self, Verdict};
use crate::span::{Piece, Span};
use crate::tags::is_hashtag_line;

/// The cue a block gives by itself.
#[derive(Clone, Debug)]
pub(crate) enum Cue<'a> {
    Blank,
    /// Page furniture (counts, share rows, copyright, embeds, addresses),
    /// by the rule that knew it.
    Furniture(Rule),
    /// The comment section's heading or form: furniture that ends the
    /// article's body (the comments after it are no part of it).
    Closing,
    /// A date or time stamp alone on its line: furniture, and on feed
    /// pages the mark between entries.
    Stamp,
    /// A headline-list marker, with the headline on its line if any.
    Marker {
        heading: &'a str,
        rest: &'a str,
    },
    /// A source or author credit (and the author beside an unlabeled source).
    Credit(Credit<'a>),
    /// A tag line: a label and what follows it, or hashtags.
    Tags {
        rest: &'a str,
        hashtags: bool,
    },
    /// Text, to be read by its shape and place.
    Text(Shape),
}

/// A block with its cue.
pub(crate) struct Item<'a> {
    pub(crate) text: &'a str,
    pub(crate) span: Span,
    pub(crate) cue: Cue<'a>,
    /// How many spaces stand before the block in its line, if nothing else
    /// does: where a text browser set it (headings at the margin, prose
    /// indented).
    pub(crate) indent: Option<usize>,
    /// The rule that gave the block its cue from outside the page, if one
    /// did: a user's line rule, the site's profile.
    pub(crate) given_by: Option<Rule>,
}

impl Item<'_> {
    pub(crate) fn shape(&self) -> Option<&Shape> {
        match &self.cue {
            Cue::Text(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn is_marker(&self) -> bool {
        matches!(self.cue, Cue::Marker { .. })
    }

    /// Whether the block says something a reader reads: it is no blank
    /// line, date stamp or furniture.
    pub(crate) fn is_read(&self) -> bool {
        !matches!(self.cue, Cue::Blank | Cue::Stamp | Cue::Furniture(_))
    }

    /// The rule of a cue that decides the block's role by itself, if it does.
    pub(crate) fn cue_rule(&self) -> Option<Rule> {
        if let Some(rule) = self.given_by {
            return Some(rule);
        }
        Some(match &self.cue {
            Cue::Blank => Rule::Blank,
            Cue::Furniture(rule) => *rule,
            Cue::Closing => Rule::CommentSection,
            Cue::Stamp => Rule::DateStamp,
            Cue::Credit(c) if c.main.label().is_some() => Rule::CreditLabel,
            Cue::Credit(_) => Rule::LoneCredit,
            Cue::Tags { hashtags: true, .. } => Rule::HashtagLine,
            Cue::Tags { hashtags: false, .. } => Rule::TagLabel,
            Cue::Marker { .. } | Cue::Text(_) => return None,
        })
    }
}

/// The page's blocks with their cues (a run of blank lines as one). A headline marker that a page glued
/// to the end of a paragraph (`... انتهى. اقرأ أيضاً: عنوان`) starts a
/// block of its own; the site's about blurb just before its copyright line
/// is furniture.
pub(crate) fn classify_page<'a>(input: &'a str, m: &mut Matcher, options: &Options) -> Vec<Item<'a>> {
    // News pages hold a block per 128 bytes or fewer (about one per 215 on
    // the dev pages): the list is not grown and copied as it fills.
    let mut page = Reader { input, m, options, items: Vec::with_capacity(input.len() / 128) };
    let mut ends = SentenceEnds::new(input);
    for (span, block) in blocks(input) {
        // A run of blank lines is one blank block.
        if block.is_empty() && page.items.last().is_some_and(|it: &Item<'_>| matches!(it.cue, Cue::Blank)) {
            continue;
        }
        if block.is_empty() {
            page.items.push(Item { text: block, span, cue: Cue::Blank, indent: None, given_by: None });
            continue;
        }
        // A text browser opens its dump with `#` and the titles of the
        // page's `<link>`s (feeds, alternates): one `#` glued to the first
        // title (`#alternate`; a Markdown heading's `# ` has a space), no
        // hashtags.
        if opens_with_hashtag(block) && input[..span.start].trim().is_empty() && !block[1..].contains('#') {
            page.m.set_own_name(block);
            let indent = indent(input, span.start);
            let cue = Cue::Furniture(Rule::LinkTitles);
            page.items.push(Item { text: block, span, cue, indent, given_by: None });
            continue;
        }
        // A link's number, as a text browser prints it, is no part of the block.
        let block = without_link_number(block);
        // A theme's labels of the links to the previous and next posts,
        // glued before the line's text, are no part of it.
        let block = match crate::lexicon::nav_labels_before(block) {
            Some((labels, rest)) => {
                page.push(labels, Shape::of(labels));
                rest
            }
            None => block,
        };
        let shape = Shape::of(block);
        // A glued marker needs prose before it and a headline after.
        if shape.words <= GLUED_AFTER_WORDS {
            page.push(block, shape);
            continue;
        }
        let mut rest = block;
        while let Some((head, marked, tail)) = inline_marker(input, rest, page.m, &mut ends) {
            page.push(head, Shape::of(head));
            page.push(marked, Shape::of(marked));
            rest = tail;
        }
        // An embedded post glued to the prose before it is cut out of it.
        if let Some(post) = embedded_post(rest) {
            let (head, post) = rest.split_at(post);
            page.push(head.trim_end(), Shape::of(head));
            rest = post.trim_start();
        }
        if let Some((head, tail)) = wrapped_tail(input, rest, page.m) {
            page.push(head, Shape::of(head));
            rest = tail;
        }
        let shape = if rest.len() == block.len() { shape } else { Shape::of(rest) };
        page.push(rest, shape);
    }
    mark_about_blurbs(&mut page.items, page.m);
    mark_feed_titles(&mut page.items);
    mark_echoes(&mut page.items);
    mark_post_links(&mut page.items);
    mark_form_questions(&mut page.items);
    mark_listed_runs(&mut page.items);
    mark_names_under_labels(input, &mut page.items, page.m);
    mark_name_bylines(input, &mut page.items, page.m);
    mark_initials(input, &mut page.items, page.m);
    mark_page_headline(&mut page.items);
    mark_split_post_slots(input, &mut page.items, page.m);
    page.items
}

/// A medium's name that a spacer run split from the post's date on its
/// line (`البيان     28 جويلية 2012`, `السبت 28 جويلية 2012    الشروق`):
/// the site's post slot, which credits the article as it does on one
/// block ([`credit`]'s post slot; annotation.md: a name in the author or
/// date slot, next to the date).
fn mark_split_post_slots<'a>(input: &'a str, items: &mut [Item<'a>], m: &mut Matcher) {
    let same_line = |a: &Item<'_>, b: &Item<'_>| {
        let (from, to) = (a.span.start.min(b.span.start), a.span.end.max(b.span.end));
        memchr::memchr2(b'\n', b'\r', &input.as_bytes()[from..to]).is_none()
    };
    for i in 0..items.len() {
        let Cue::Text(shape) = items[i].cue else { continue };
        if shape.words > CREDIT_PART_WORDS {
            continue;
        }
        let stamp = |j: usize| items.get(j).is_some_and(|it| matches!(it.cue, Cue::Stamp) && same_line(it, &items[i]));
        if ((i > 0 && stamp(i - 1)) || stamp(i + 1)) && m.is_medium(items[i].text) {
            let name = Piece::within(input, items[i].text);
            items[i].cue = Cue::Credit(Credit::unlabeled(credit::CreditKind::Source, name));
        }
    }
}

/// An honorific and a name right over prose (`الدكتور جيفري غدمن`, then
/// the body) is the author's byline, not the article's title; under a
/// headline in a list it is the writer's name, no credit (on alhurra.com
/// and addustour.com). A bare name that opens with a given name is one too
/// where it stands between a headline and the prose (`خواطر سريعة`, `فهد
/// عامر الأحمدي`, then the column: the opinion pages of SaudiNewsNet's
/// papers and of the Arabic Newspapers Corpus), above the page's first
/// prose: first on the page it may be a headline that opens with a name,
/// and after the body, a commenter's name over the comment.
fn mark_name_bylines<'a>(input: &'a str, items: &mut [Item<'a>], m: &mut Matcher) {
    let first_prose = items.iter().position(|it| it.shape().is_some_and(Shape::is_prose)).unwrap_or(items.len());
    for i in 0..items.len() {
        let Cue::Text(shape) = items[i].cue else { continue };
        if shape.words > LONG_NAME_WORDS + 1 || shape.is_prose() {
            continue;
        }
        let next = items[i + 1..].iter().find(|it| it.is_read());
        if !next.and_then(Item::shape).is_some_and(Shape::is_prose) {
            continue;
        }
        // Under a line that is no prose: a headline, or a column's title of
        // one word (`البزبوز!`, `ثلاثية..قادحة..فاضحة`).
        let under_headline = || {
            i < first_prose
                && items[..i].iter().rev().find(|it| it.is_read()).and_then(Item::shape).is_some_and(|s| !s.is_prose())
        };
        let text = items[i].text;
        let byline = credit::honorific_byline(input, text, m).or_else(|| {
            under_headline()
                .then(|| credit::name_byline(input, text, m).or_else(|| credit::placed_byline(input, text, m)))
                .flatten()
        });
        // A medium's name there, or leading the body with a colon or a
        // dash, is the source: `طنجة نيوز`, `بوابة روزاليوسف` (tanjanews.com,
        // rosaelyoussef.com, pheladelphianews.com); `سوداني نت:`, `النجاح
        // الإخباري -` (sudaninet.net, nn.najah.edu).
        let leads = || text.trim_end().ends_with(credit::LEAD_MARKS);
        let credit =
            byline.or_else(|| (under_headline() || leads()).then(|| credit::medium_line(input, text, m)).flatten());
        // Above the page's first prose, a name closed by a dash or a slash
        // leads the body, known to no list (`العرب اليوم -`, `أمد/`).
        let credit = credit.or_else(|| (i < first_prose).then(|| credit::lead_name(input, text, m)).flatten());
        if let Some(credit) = credit {
            items[i].cue = Cue::Credit(credit);
        }
    }
}

/// A signature of initials right after prose (`ح/م`, `ش.ن`, under the
/// report's last paragraph: [`credit::initials_byline`]) is its author's
/// byline.
fn mark_initials<'a>(input: &'a str, items: &mut [Item<'a>], m: &mut Matcher) {
    for i in 1..items.len() {
        let Cue::Text(shape) = items[i].cue else { continue };
        if shape.words > INITIALS_WORDS {
            continue;
        }
        let after_prose = items[..i].iter().rev().find(|it| !matches!(it.cue, Cue::Blank)).and_then(Item::shape);
        if !after_prose.is_some_and(Shape::is_prose) {
            continue;
        }
        if let Some(byline) = credit::initials_byline(input, items[i].text, m) {
            items[i].cue = Cue::Credit(byline);
        }
    }
}

/// The page's first block, if a title's length ending with one full stop,
/// no comma and no sentence inside it, set apart by a blank line over
/// longer prose: a headline that ends as a sentence does (elaph.com's
/// `تهم الارهاب ... تسجن 27 مواطنا سعوديا ما بين 4 و13 عاماً.`,
/// suharmedia.com's `حملة تعريفية لخطورة حشرة القراد بصحار.`; page tops of
/// sites new to khabar). A paragraph's first sentence has the page's prose
/// after it with no blank line, or commas in it, or is as long as what
/// follows; a lede is longer (16 to 19 words on three dev pages
/// re-dumped with a blank line under each block); and a text browser
/// indents prose.
fn mark_page_headline(items: &mut [Item<'_>]) {
    let Some(first) = items.iter().position(Item::is_read) else { return };
    let Some(next) = items[first + 1..].iter().position(Item::is_read).map(|k| first + 1 + k) else { return };
    // Indented as a text browser indents prose, it is prose: a dump
    // sets its headings at the margin (annotation.md).
    let apart = matches!(items[first + 1].cue, Cue::Blank) && items[first].indent.unwrap_or(0) == 0;
    let longer = |words: usize| items[next].shape().is_some_and(|s| s.is_prose() && s.words > words);
    let text = items[first].text.trim_end();
    let Cue::Text(shape) = items[first].cue else { return };
    let one_stop = shape.ends_sentence && !shape.ends_exclamation && !text.ends_with("..") && !text.ends_with('…');
    if apart
        && one_stop
        && TITLE_WORDS.contains(&shape.words)
        && !shape.inner_sentence
        && !text.contains(['،', ','])
        && longer(shape.words)
    {
        if let Cue::Text(shape) = &mut items[first].cue {
            shape.heads_page = true;
        }
    }
}

/// The page's blocks as they are read, with what reading them needs.
struct Reader<'a, 'm, 'o> {
    input: &'a str,
    m: &'m mut Matcher,
    options: &'o Options,
    items: Vec<Item<'a>>,
}

impl<'a> Reader<'a, '_, '_> {
    /// Reads the block `text`, shaped `shape`: by the user's line rule it
    /// matches, if any, else by its own cue.
    fn push(&mut self, text: &'a str, mut shape: Shape) {
        if text.is_empty() {
            return;
        }
        let span = Span::of(self.input, text);
        let indent = indent(self.input, span.start);
        if let Some(rule) = self.options.rule_for(text) {
            let cue = user_cue(self.input, text, rule);
            self.items.push(Item { text, span, cue, indent, given_by: Some(Rule::UserLineRule) });
            return;
        }
        shape.too_short = shape.words < self.options.min_prose_words;
        let cue = classify(self.input, text, shape, self.m);
        let verdict = self.options.profile.as_ref().and_then(|p| p.verdict(text));
        let site = verdict.and_then(|v| Some((site_cue(self.input, text, &cue, v)?, site::rule_of(v))));
        let (cue, given_by) = match site {
            Some((site, rule)) => (site, Some(rule)),
            None => (cue, None),
        };
        self.items.push(Item { text, span, cue, indent, given_by });
    }
}

/// The cue the site's profile gives `text` (`verdict`) where the page
/// alone read it otherwise (`cue`): furniture for a line the site repeats,
/// a label for one it uses as a label.
fn site_cue<'a>(input: &'a str, text: &'a str, cue: &Cue<'a>, verdict: Verdict) -> Option<Cue<'a>> {
    let trimmed = text.trim();
    match (verdict, cue) {
        (Verdict::Repeated, Cue::Furniture(_) | Cue::Stamp | Cue::Blank | Cue::Closing) => None,
        (Verdict::Repeated, _) => Some(Cue::Furniture(Rule::SiteRepeated)),
        (_, Cue::Tags { .. } | Cue::Credit(_) | Cue::Marker { .. }) => None,
        (Verdict::Label(Role::Tags), _) => Some(Cue::Tags { rest: "", hashtags: false }),
        (Verdict::Label(_), _) => Some(Cue::Marker { heading: trimmed.trim_end_matches([':', ' ']), rest: "" }),
        (Verdict::Labeled(role, at), _) => Some(known_cue(input, role, &trimmed[at..])),
    }
}

/// The cue a user's line rule gives `text`: a credit or tags (the named
/// group `names` or `tags` of the pattern, or the whole line), or furniture.
fn user_cue<'a>(input: &'a str, text: &'a str, rule: &LineRule) -> Cue<'a> {
    let group = |name: &str| rule.pattern.captures(text).and_then(|c| c.name(name)).map_or(text, |g| g.as_str());
    match rule.role {
        Role::Source | Role::Byline => known_cue(input, rule.role, group("names")),
        Role::Tags => known_cue(input, rule.role, group("tags")),
        _ => Cue::Furniture(Rule::UserLineRule),
    }
}

/// The cue of a block whose role is known from outside the page (a user's
/// line rule, the site's profile): tags in `part` for [`Role::Tags`], an
/// author credit of `part` for [`Role::Byline`], else a source credit.
fn known_cue<'a>(input: &'a str, role: Role, part: &'a str) -> Cue<'a> {
    let credit = |kind| Cue::Credit(Credit::unlabeled(kind, Piece::within(input, part)));
    match role {
        Role::Tags => Cue::Tags { rest: part, hashtags: false },
        Role::Byline => credit(CreditKind::Byline),
        _ => credit(CreditKind::Source),
    }
}

/// The spaces before byte `at` of `input` back to its line's start, if
/// only spaces stand there (and a link's number, which
/// [`without_link_number`] took off the block).
fn indent(input: &str, at: usize) -> Option<usize> {
    let before = &input.as_bytes()[..at];
    let numbered = before.strip_suffix(b"]").and_then(|b| {
        let digits = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
        b[..b.len() - digits].strip_suffix(b"[").filter(|_| digits > 0)
    });
    let before = numbered.unwrap_or(before);
    let spaces = before.iter().rev().take_while(|&&b| b == b' ').count();
    matches!(before.len().checked_sub(spaces + 1).map(|i| before[i]), None | Some(b'\n' | b'\r')).then_some(spaces)
}

/// Splits `text`, a block of `input`, where a headline marker or a tag
/// label follows a sentence's end (`... للغاية. كلمات دلالية: غزة`): (prose, marker and its headline, what follows a double
/// space after it).
fn inline_marker<'a>(
    input: &str,
    text: &'a str,
    m: &mut Matcher,
    ends: &mut SentenceEnds<'_>,
) -> Option<(&'a str, &'a str, &'a str)> {
    let start = Span::of(input, text).start;
    let mut from = start;
    while let Some(end) = ends.next_in(from, start + text.len()) {
        from = end;
        let after = end - start;
        let marked = text[after..].trim_start();
        // Glued with no space after the sentence's end (`... انتهى.اقرأ أيضاً:`) too.
        if !marked.starts_with(crate::fold::is_word_char) {
            continue;
        }
        let wanted = |k| matches!(k, MarkerKind::Headlines | MarkerKind::Tags);
        let Some(found) = m.marker_of(marked, wanted) else { continue };
        let (_, headline) = split_marker_line(marked, found);
        if headline.is_empty() || Shape::of(&text[..after]).words < GLUED_AFTER_WORDS {
            continue;
        }
        // A tag label's run goes to the block's end; a headline ends where
        // a double space starts something else.
        let end = match found.marker {
            MarkerKind::Tags => marked.len(),
            _ => find_double_space(marked).or_else(|| marked.find(" \u{a0}")).unwrap_or(marked.len()),
        };
        return Some((text[..after].trim_end(), marked[..end].trim_end(), marked[end..].trim_start()));
    }
    None
}

/// A block a text browser wrapped, cut before its last line where that
/// line is a list's heading, a tag label or a credit and the line above it
/// ends a sentence (`... عن حزب "ولد داده."` over `روابط ذات علاقة`;
/// `... لم تنتهي بعد .` over `كريم باجو /كرونو نيوز`; arabic.cnn.com and
/// chrononews.ma re-dumped by w3m): a full line gives no hard break to
/// show where its block ends. (prose, the line after it).
fn wrapped_tail<'a>(input: &'a str, text: &'a str, m: &mut Matcher) -> Option<(&'a str, &'a str)> {
    let line_break = memchr::memrchr(b'\n', text.as_bytes())?;
    let (head, tail) = (text[..line_break].trim_end(), text[line_break + 1..].trim());
    if !head.ends_with(is_sentence_end) {
        return None;
    }
    let shape = Shape::of(tail);
    // A paragraph's last line ends its last sentence; a heading or a credit
    // seldom does, and only they are worth reading alone.
    if shape.ends_sentence || shape.words > CREDIT_WORDS {
        return None;
    }
    let own_line = matches!(classify(input, tail, shape, m), Cue::Marker { .. } | Cue::Tags { .. } | Cue::Credit(_));
    own_line.then_some((head, tail))
}

/// Where a post embedded in `text` (a block of `input`) starts, when prose
/// stands before it: after the last sentence end before its link or its
/// signature (`... وأضاف الخبير. نص التغريدة pic.twitter.com/xyz — Name
/// (@handle) March 5, 2024`). `annotation.md`: the post is furniture, the
/// prose around it stays.
fn embedded_post(text: &str) -> Option<usize> {
    // A post's link has a slash, its signature an at sign: most blocks have neither.
    memchr::memchr2(b'/', b'@', text.as_bytes())?;
    let found = POST_LINKS.iter().filter_map(|l| text.find(l)).chain(text.find("(@")).min()?;
    // From the start of the word the link stands in (`pic.twitter.com/...`).
    let link = text[..found].rfind(char::is_whitespace).map_or(0, |s| s + 1);
    let end = text[..link].rfind(is_sentence_end)?;
    let cut = end + text[end..].chars().next().map_or(0, char::len_utf8);
    // A post alone on its line (a quote, its author, then the link) has no
    // paragraph before it: the prose kept is a paragraph's length before
    // its last sentence, and longer than the post.
    let stop = |c: char| matches!(c, '.' | '!' | '?' | '؟');
    let before_last = text[..end].trim_end_matches(is_sentence_end).rfind(stop).unwrap_or(0);
    let (prose, post) = (Shape::of(&text[..before_last]).words, Shape::of(&text[cut..]).words);
    (prose >= PROSE_WORDS && prose >= 2 * post).then_some(cut)
}

/// The sentence ends of a page, in order: offsets just after each
/// sentence-ending mark or closing quote (`.`, `!`, `?`, `؟`, `"`, `»`,
/// `”`: [`is_sentence_end`], searched here by their bytes). Found with vectorized byte searches by the byte each mark ends
/// with, each search run to its next hit in the page and its answer kept:
/// every byte is searched once a page.
struct SentenceEnds<'a> {
    bytes: &'a [u8],
    /// The next hit of each search: `.!?`; `"`, `»`, `؟`; `”`; a comma
    /// with no space after it (`...الدولية،اقرأ أيضا:`, the issue's
    /// markers glued after a comma).
    next: [Option<usize>; 4],
}

impl<'a> SentenceEnds<'a> {
    fn new(input: &'a str) -> Self {
        SentenceEnds { bytes: input.as_bytes(), next: [None; 4] }
    }

    /// The first sentence end after a mark in `from..to`.
    fn next_in(&mut self, from: usize, to: usize) -> Option<usize> {
        let bytes = self.bytes;
        // `"`, and the last bytes of `»` (C2 BB), `؟` (D8 9F) and `”`
        // (E2 80 9D); a continuation byte is never the input's first.
        // A comma (`,`, or `،`: D8 8C) with a letter right after it.
        let glued = |i: usize| bytes.get(i + 1).is_some_and(|&b| b >= 0xC0 || b.is_ascii_alphabetic());
        let closes = |i: usize| match bytes[i] {
            b'"' => true,
            0xBB => bytes[i - 1] == 0xC2,
            0x9F => bytes[i - 1] == 0xD8,
            b',' => glued(i),
            0x8C => bytes[i - 1] == 0xD8 && glued(i),
            _ => i >= 2 && bytes[i - 2..i] == [0xE2, 0x80],
        };
        let search = |kind: usize, hay: &[u8]| match kind {
            0 => memchr::memchr3(b'.', b'!', b'?', hay),
            1 => memchr::memchr3(b'"', 0xBB, 0x9F, hay),
            2 => memchr::memchr(0x9D, hay),
            _ => memchr::memchr2(b',', 0x8C, hay),
        };
        for kind in 0..self.next.len() {
            let mut at = from;
            while self.next[kind].is_none_or(|hit| hit < from) {
                let hit = search(kind, &bytes[at..]).map_or(bytes.len(), |p| at + p);
                if hit == bytes.len() || kind == 0 || closes(hit) {
                    self.next[kind] = Some(hit);
                } else {
                    at = hit + 1;
                }
            }
        }
        let hit = self.next.iter().flatten().copied().min().filter(|&hit| hit < to)?;
        Some(hit + 1)
    }
}

/// A headline printed twice in a row (a text browser prints a linked
/// image's text, then the heading it links: `وفاة 4 أشخاص ...` twice, on
/// pages of le12.ma, atheer.om, elwatannews.com and edarabia.com), or
/// cut short (`ما هو غسيل الأموال .. 5 جوانب ...`), twice or more: the first is a
/// headline, never prose; the copy is furniture. Blank lines and other
/// furniture may stand between, and a teaser card's labels: its section
/// and its date (`هكذا سيكون طقس ليلة عيد الميلاد...`, `حال الطقس`,
/// `2025-12-22`, the headline again, on lbcgroup.tv; `... هدفين أساسيين...
/// ما هما؟`, `آخر الأخبار`, its copy) — labels of the card, furniture too.
/// The same words twice on one line (on ultrasawt.com and atheer.om) are
/// an echo whole, whatever their ending (`حسين الحاج حسن: السلاح باق!
/// حسين الحاج حسن: السلاح باق!` on lbcgroup.tv, cut short with `...`
/// there, wrapped on almadenahnews.com): a sentence of prose is not
/// printed twice in a row.
fn mark_echoes(items: &mut [Item<'_>]) {
    // The last text, if a headline; the headline before a card's labels,
    // and those labels.
    let mut last: Option<usize> = None;
    let mut card: Option<usize> = None;
    let mut labels: Vec<usize> = Vec::new();
    for i in 0..items.len() {
        match items[i].cue {
            Cue::Blank | Cue::Furniture(_) => continue,
            // A line printed twice on one line (an image's text glued to
            // its caption: `منى شديد منى شديد`), or lines each printed
            // twice, are furniture whole.
            Cue::Text(_) if is_doubled_headline(items[i].text) => {
                items[i].cue = Cue::Furniture(Rule::EchoedLine);
            }
            Cue::Text(shape) => {
                let echoes = |j: &usize| is_echo(items[*j].text, items[i].text);
                // A third copy may follow the second: the headline stays
                // the one compared.
                if let Some(j) = last.filter(echoes).or_else(|| card.filter(echoes)) {
                    if let Cue::Text(first) = &mut items[j].cue {
                        first.echoed = true;
                    }
                    items[i].cue = Cue::Furniture(Rule::EchoedLine);
                    if Some(j) == card {
                        for k in labels.drain(..) {
                            items[k].cue = Cue::Furniture(Rule::CardLabel);
                        }
                    }
                    continue;
                }
                read_label(i, items, &mut card, last, &mut labels);
                // A headline, or one cut short (`هكذا سيكون طقس ليلة عيد
                // الميلاد...`): a sentence of prose is no card's.
                let text = items[i].text.trim_end();
                let cut_short = text.ends_with("..") || text.ends_with('…');
                last = (shape.is_headline() || (cut_short && HEADLINE_WORDS.contains(&shape.words))).then_some(i);
            }
            _ => {
                read_label(i, items, &mut card, last, &mut labels);
                last = None;
            }
        }
    }
}

/// Reads block `i` (not an echo) as a card label after the headline
/// `card`, or `last` if none yet: a card has few; any other block ends the
/// card.
fn read_label(i: usize, items: &[Item<'_>], card: &mut Option<usize>, last: Option<usize>, labels: &mut Vec<usize>) {
    let headline = card.or(last);
    if headline.is_some() && labels.len() < CARD_LABELS && is_card_label(&items[i]) {
        *card = headline;
        labels.push(i);
    } else {
        *card = None;
        labels.clear();
    }
}

/// A teaser card's label between its headline and the headline's copy:
/// a date stamp, or a section's name of a few words (read as a list's
/// heading or not).
fn is_card_label(item: &Item<'_>) -> bool {
    match &item.cue {
        Cue::Stamp => true,
        Cue::Text(shape) => shape.words <= CARD_LABEL_WORDS && !shape.is_prose(),
        Cue::Marker { rest: "", .. } => item.text.split_whitespace().nth(CARD_LABEL_WORDS).is_none(),
        _ => false,
    }
}

/// A line ending a sentence that the titles of the page's feed links name
/// (lynx's first line: WordPress titles a post's comments feed `الموقع «
/// عنوان المقال خلاصة التعليقات`), its sentence mark aside, is the post's
/// headline, not prose (`أكادير : إشهار ... للإنصاف.` on agadir24.info,
/// `المدرسة الإستشراقية الألمانية …تاريخٌ وأعلام.` on arrabiaa.net).
fn mark_feed_titles(items: &mut [Item<'_>]) {
    let feeds = items.first().filter(|it| matches!(it.cue, Cue::Furniture(Rule::LinkTitles))).map(|it| it.text);
    let Some(feeds) = feeds.filter(|f| f.len() <= FEED_TITLES_BYTES) else { return };
    // The line may be wrapped: its words compared on one line.
    let feeds = on_one_line(feeds);
    // In the page's head: before its first prose, where the post's
    // headline stands.
    for item in &mut items[1..] {
        let Cue::Text(shape) = &mut item.cue else { continue };
        if !shape.ends_sentence || !HEADLINE_WORDS.contains(&shape.words) {
            if shape.is_prose() {
                break;
            }
            continue;
        }
        let headline = item.text.trim_end_matches(|c: char| is_sentence_end(c) || c == ' ');
        let headline = on_one_line(headline);
        shape.echoed = headline.contains(' ') && feeds.contains(&headline);
    }
}

/// The text right over a form's choices, two or more lines each opening
/// with a radio button or a check box as a text browser draws them
/// (Lynx's `( )` and `(*)`, `[ ]` and `[X]`; w3m's `[*]`), with only blank
/// lines and furniture between: the question the form asks (`استطلاع
/// الرأي`, `هل تؤيد طرح تخصصات ...؟`, then `(*) نعم`, `Poll`, `( ) لا` on
/// albayan.ae), no title over the body below.
fn mark_form_questions(items: &mut [Item<'_>]) {
    let choice = |it: &Item<'_>| CHOICE_MARKS.iter().any(|m| it.text.trim_start().starts_with(m));
    let mut after = 0;
    // Read from the end: the choices below each text are counted once.
    for i in (0..items.len()).rev() {
        match items[i].cue {
            Cue::Blank => {}
            // A choice is a line of its own, opening with its mark (a
            // share toggle, `( ) شارك ( )` on addustour.com, is one line).
            Cue::Furniture(Rule::BrowserMark) => after += usize::from(choice(&items[i])),
            Cue::Furniture(_) => {}
            Cue::Text(shape) => {
                if after >= FORM_CHOICES && shape.words <= *TITLE_WORDS.end() {
                    items[i].cue = Cue::Furniture(Rule::FormQuestion);
                }
                after = 0;
            }
            _ => after = 0,
        }
    }
}

/// The title a post-navigation label alone on its line links, the next
/// text after it (`السابق بوست`, then `بالصور : حادث ... المستعجلات.`):
/// a headline whatever its ending ([`Shape::post_link`]).
fn mark_post_links(items: &mut [Item<'_>]) {
    for i in 0..items.len() {
        let label_alone = matches!(items[i].cue, Cue::Marker { rest: "", .. })
            && crate::lexicon::post_navigation(items[i].text).is_some();
        if !label_alone {
            continue;
        }
        let next = items[i + 1..].iter_mut().find(|it| it.is_read());
        if let Some(Item { cue: Cue::Text(shape), .. }) = next {
            shape.post_link = shape.words <= POST_LINK_WORDS;
        }
    }
}

/// The line under a credit label standing alone (`المصدر:`, then `* (أبوظبي
/// - البيان)`; `كتب:`, then `حسن سمير`), if a short line that is no prose:
/// the names the label gives ([`credit::parse_under_label`]).
fn mark_names_under_labels<'a>(input: &'a str, items: &mut [Item<'a>], m: &mut Matcher) {
    for i in 0..items.len() {
        if !matches!(items[i].cue, Cue::Furniture(Rule::CreditLabelAlone)) {
            continue;
        }
        let Some(j) = (i + 1..items.len()).find(|&j| !matches!(items[j].cue, Cue::Blank)) else { continue };
        // A short line that is no prose, or a credit of its own with no
        // label (`* (أبوظبي - البيان)` reads alone too): the label is its.
        let under = match &items[j].cue {
            Cue::Text(shape) => !shape.is_prose(),
            Cue::Credit(credit) => credit.main.label().is_none(),
            _ => false,
        };
        if !under {
            continue;
        }
        if let Some(credit) = credit::parse_under_label(input, items[i].text, items[j].text, m) {
            items[j].cue = Cue::Credit(credit);
        }
    }
}

/// The block right under a headline list's heading alone, if it is long
/// enough for prose by its words only (no sentence ends in it or at its
/// end): the list's headlines run together ([`Shape::listed`]; `مقالات
/// سابقة`, then five headlines joined on alarab.co.uk; `اخر الأخبار`,
/// then a ticker's on almadenahnews.com).
fn mark_listed_runs(items: &mut [Item<'_>]) {
    for i in 0..items.len() {
        if !matches!(items[i].cue, Cue::Marker { rest: "", .. }) {
            continue;
        }
        let next = items[i + 1..].iter_mut().find(|it| !matches!(it.cue, Cue::Blank | Cue::Furniture(_)));
        if let Some(Item { cue: Cue::Text(shape), .. }) = next {
            shape.listed = shape.is_bare_run();
        }
    }
}

/// Whether `text` is the same words twice (`شعار أثير شعار أثير`), each
/// copy of a headline's length, or headlines each given twice and run
/// together (`X X Y Y`): a list of cards whose image and link both print
/// the headline, which a text browser wraps as one block as it wraps
/// any run of lines (almadenahnews.com's `مواضيع ساخنة اخرى`).
fn is_doubled_headline(text: &str) -> bool {
    // Glued, no space between the copies (`أخبار الإمارات اليومأخبار
    // الإمارات اليوم`: an image's text and its link's, flattened with none:
    // emiratenewsday.com, eremnews.com, edarabia.com).
    let whole = text.trim();
    let half = whole.len() / 2;
    if whole.len() % 2 == 0
        && whole.is_char_boundary(half)
        && whole[..half] == whole[half..]
        && whole[..half].contains(' ')
    {
        return true;
    }
    // Its first word stands again within a headline's bytes: most blocks
    // are ruled out by one search of their opening.
    let text = text.trim_start();
    let first = text.split(char::is_whitespace).next().unwrap_or_default();
    let mut end = text.len().min(DOUBLED_SEARCH_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if !text[first.len()..end.max(first.len())].contains(first) {
        return false;
    }
    // The first pair; the rest of the block is read only past it.
    let head: Vec<&str> = text.split_whitespace().take(2 * HEADLINE_WORDS.end()).collect();
    let Some(first_pair) = doubled_length(&head) else { return false };
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut at = 2 * first_pair;
    while at < words.len() {
        match doubled_length(&words[at..]) {
            Some(n) => at += 2 * n,
            None => return false,
        }
    }
    true
}

/// The length of the headline `words` open with, given twice in a row,
/// if they do: the shortest such.
fn doubled_length(words: &[&str]) -> Option<usize> {
    HEADLINE_WORDS.clone().find(|&n| 2 * n <= words.len() && words[..n] == words[n..2 * n])
}

/// Whether `copy` repeats the headline `headline`, whole or cut short with
/// an ellipsis after a word or more.
fn is_echo(headline: &str, copy: &str) -> bool {
    // A copy opens with the headline's first word, whole: most lines are
    // ruled out by their first bytes.
    let (headline, copy) = (headline.trim_start(), copy.trim_start());
    let first_word = headline.find(char::is_whitespace).unwrap_or(headline.len());
    let opening = first_word.min(copy.len()).min(4);
    if headline.as_bytes()[..opening] != copy.as_bytes()[..opening] {
        return false;
    }
    // Word by word: a text browser wraps the two copies at other places
    // (an indented copy and one at the margin).
    let mut head = headline.split_whitespace();
    let mut words = copy.split_whitespace().peekable();
    let mut matched = 0;
    while let Some(word) = words.next() {
        let h = head.next();
        if words.peek().is_some() {
            if h != Some(word) {
                return false;
            }
            matched += 1;
            continue;
        }
        // Cut short: the last word ends in dots; what is left of it starts
        // the headline's next word.
        let part = word.trim_end_matches(['.', '…']);
        if part.len() < word.len() {
            let whole = matched + usize::from(!part.is_empty());
            return whole >= 2 && (part.is_empty() || h.is_some_and(|h| h.starts_with(part)));
        }
        return h == Some(word) && head.next().is_none();
    }
    head.next().is_none()
}

/// Text right before the copyright line, after other furniture, is the
/// site's about blurb (`شبكة ... قناة فضائية ... انطلقت في ...`): furniture.
/// A blurb with the copyright glued to its end is one too. The copyright
/// line may have what a text browser draws under it (an ad's
/// `[INS::INS]`: edarabia.com), no text of the page.
fn mark_about_blurbs(items: &mut [Item<'_>], m: &mut Matcher) {
    let drawn = |it: &Item<'_>| matches!(it.cue, Cue::Furniture(Rule::BrowserMark));
    let Some(mut i) = items.iter().rposition(|it| !it.text.is_empty() && !drawn(it)) else { return };
    let short = |it: &Item<'_>| it.shape().map_or_else(|| Shape::of(it.text).words, |s| s.words) <= BLURB_WORDS;
    if !(matches!(items[i].cue, Cue::Furniture(_) | Cue::Stamp | Cue::Text(_))
        && short(&items[i])
        && m.has_copyright(items[i].text))
    {
        return;
    }
    if matches!(items[i].cue, Cue::Text(_)) {
        items[i].cue = Cue::Furniture(Rule::AboutBlurb);
        return;
    }
    // Up to two text blocks before it, blank lines between, then furniture.
    let mut blurb = Vec::new();
    while i > 0 && blurb.len() <= BLURB_BLOCKS {
        i -= 1;
        match items[i].cue {
            Cue::Blank => {}
            Cue::Text(_) if short(&items[i]) => blurb.push(i),
            Cue::Furniture(_) | Cue::Stamp if !blurb.is_empty() => {
                for &b in &blurb {
                    items[b].cue = Cue::Furniture(Rule::AboutBlurb);
                }
                return;
            }
            _ => return,
        }
    }
}

/// The cue of `text`, a non-empty block of `input` shaped `shape`.
pub(crate) fn classify<'a>(input: &'a str, text: &'a str, shape: Shape, m: &mut Matcher) -> Cue<'a> {
    if is_stamp(text, &shape) {
        return Cue::Stamp;
    }
    if shape.words <= READING_TIME_WORDS && is_reading_time(text) {
        return Cue::Furniture(Rule::ReadingTime);
    }
    if shape.words <= CARD_STAMP_WORDS && is_card_stamp(text) {
        return Cue::Furniture(Rule::CardStamp);
    }
    if is_nested_item(input, text) {
        return Cue::Furniture(Rule::NestedListItem);
    }
    if let Some(rule) = furniture(text, &shape, m) {
        return Cue::Furniture(rule);
    }
    if shape.words <= SITE_NAME_WORDS && text.split('|').all(|part| m.is_own_name(part.trim())) {
        return Cue::Furniture(Rule::OwnName);
    }
    if shape.words <= MARKER_LINE_WORDS {
        if let Some((heading, rest)) = crate::lexicon::post_navigation(text) {
            if !Shape::of(rest).is_prose() {
                return Cue::Marker { heading, rest };
            }
        }
    }
    let mut shape = shape;
    shape.prefixed = crate::lexicon::opens_with_headline_prefix(text);
    // A prose line's opening words are no news: only the markers.
    let found = m.marker_of(text, |k| k != MarkerKind::Continuation || !shape.is_prose());
    if let Some(found) = found {
        match found.marker {
            MarkerKind::Continuation => shape.continues = true,
            MarkerKind::Headlines if shape.words <= MARKER_LINE_WORDS => {
                let (heading, rest) = split_marker_line(text, found);
                let rest_shape = Shape::of(rest);
                // What follows, too short for a headline and ending no
                // sentence (`... الوئام: “داعش” خسارتنا الأولى!!` does), names the list
                // (`المزيد من: فنون`, `قد يعجبك ايضا المزيد عن المؤلف`):
                // the whole line is the heading.
                if !rest.is_empty() && rest_shape.words <= MENU_ITEM_WORDS && !rest_shape.ends_sentence {
                    return Cue::Marker { heading: whole_heading(text), rest: "" };
                }
                if rest.is_empty() || !rest_shape.is_prose() || rest_shape.words <= MARKED_HEADLINE_WORDS {
                    return Cue::Marker { heading, rest };
                }
            }
            MarkerKind::Source | MarkerKind::Byline => {
                match credit::parse_with(input, text, Some(&shape), Labels::Look, m) {
                    Ok(a) => return Cue::Credit(a),
                    Err(e) if e.kind() == ErrorKind::NoNames => return Cue::Furniture(Rule::CreditLabelAlone),
                    Err(_) => {}
                }
            }
            MarkerKind::Tags => return Cue::Tags { rest: tag_rest(text, found.len), hashtags: false },
            MarkerKind::Boilerplate if shape.words <= FURNITURE_WORDS => return Cue::Furniture(Rule::FurniturePhrase),
            // A sentence may start with a one-word heading (`التعليقات التي
            // ...`), not with a phrase of the comment form. A count of
            // comments (`التعليقات (3)`) may stand under the title, a link to
            // them: furniture that ends nothing.
            MarkerKind::Comments
                if shape.words <= COMMENTS_WORDS && (found.label(text).contains(' ') || !shape.is_prose()) =>
            {
                return if shape.number_words == 0 { Cue::Closing } else { Cue::Furniture(Rule::CommentCount) };
            }
            _ => {}
        }
    }
    // An unlabeled credit is one agency word or two, or has its parts
    // apart by a dash, bar, slash, colon or brackets, or a tatweel set
    // apart as a dash (`العربي الجديد ــ الدوحة`: aajsa.com; five papers
    // of SaudiNewsNet).
    // A line whose credit label did not parse is no unlabeled credit.
    let labeled = found.is_some_and(|f| matches!(f.marker, MarkerKind::Source | MarkerKind::Byline));
    let credit_shaped = |m: &mut Matcher| {
        shape.words <= BARE_CREDIT_WORDS
            || credit::has_separator(text)
            || (shape.words <= CREDIT_PART_WORDS && m.is_agency(strip_bullet(text)))
    };
    // A dateline run needs no separator and may be longer: a date, then an
    // agency (`الرياض 25 مارس 2024 واس`, SPA's house style).
    let dateline_run = |m: &mut Matcher| {
        let last = text.rsplit(' ').next().unwrap_or_default();
        shape.number_words > 0 && shape.words <= CREDIT_WORDS && m.is_agency(last.trim_matches(['(', ')']))
    };
    if !labeled && ((shape.words <= LONE_CREDIT_WORDS && credit_shaped(m)) || dateline_run(m)) {
        if let Ok(c) = credit::parse_with(input, text, Some(&shape), Labels::NoneThere, m) {
            return Cue::Credit(c);
        }
    }
    // A day and a time are two numbers at least: most lines are ruled
    // out unread.
    if shape.words <= SHORT_STAMP_WORDS && shape.number_words >= 2 && is_post_meta(text) {
        return Cue::Stamp;
    }
    if is_hashtag_line(text) {
        return Cue::Tags { rest: text, hashtags: true };
    }
    if shape.words <= HEADING_WORDS && !shape.ends_sentence && m.ends_like_heading(text) {
        return Cue::Marker { heading: whole_heading(text), rest: "" };
    }
    if shape.words <= CAPTION_WORDS && has_credit_tail(text, m) {
        return Cue::Furniture(Rule::CaptionCredit);
    }
    // The site's copyright line, its phrase anywhere in it (`2023 © جميع
    // الحقوق محفوظة`), unless it credits a medium (read above).
    if shape.words <= COPYRIGHT_LINE_WORDS && m.has_copyright(text) {
        return Cue::Furniture(Rule::CopyrightLine);
    }
    if shape.words <= MASTHEAD_WORDS && credit::is_masthead(text, m) {
        return Cue::Furniture(Rule::Masthead);
    }
    // Text with no Arabic word on an Arabic page is an embedded post or a
    // foreign caption; a lone hashtag is a post's or a category's.
    if shape.arabic_words == 0 || (text.starts_with('#') && !text.contains(' ')) {
        return Cue::Furniture(Rule::NoArabicWord);
    }
    // A list item's date after its headline (`* باسيل أسير حزب الله ...
    // November 9, 2020`: WordPress's recent-posts widget prints each post's
    // date after its link; agadir24.info's and aletihad.ae's cards too) is
    // no word of the headline: the item is read by the headline's length.
    if shape.bulleted && shape.words >= PROSE_WORDS {
        let item = strip_bullet(text).trim();
        // (Or a clock time before it: the words either side of the
        // headline are counted off.)
        let headline = crate::headlines::without_card_date(item);
        if headline.len() < item.len() {
            shape.words = shape.words.saturating_sub(Shape::of(item).words.saturating_sub(Shape::of(headline).words));
        }
    }
    // Only a long run would be read as prose (shorter ones are asked about
    // where a tag run may stand), and a sentence's end is punctuation:
    // most prose is ruled out unread.
    shape.name_run = shape.is_bare_run() && is_name_run(text, &shape, m);
    Cue::Text(shape)
}

/// Whether `text` is a run of names ([`Shape::name_run`]): enough words,
/// no punctuation between them but hyphens (`الانتخابات - LADE`), hardly a
/// function word. A long run is judged by its first words.
pub(crate) fn is_name_run(text: &str, shape: &Shape, m: &mut Matcher) -> bool {
    let punctuated =
        || strip_bullet(text).contains(|c: char| (c.is_ascii_punctuation() && c != '-') || is_punctuation(c));
    if shape.words < NAME_RUN_WORDS || punctuated() {
        return false;
    }
    // All the words a shape counts (it stops at a cap), or the first of a
    // longer run.
    let head = text
        .split_whitespace()
        .nth(NAME_RUN_HEAD_WORDS)
        .map_or(text, |w| &text[..w.as_ptr() as usize - text.as_ptr() as usize]);
    m.function_words(head) * NAME_RUN_WORDS_PER_FUNCTION_WORD <= head.split_whitespace().count()
}

/// Punctuation beyond ASCII's, as Arabic pages print it: `،` `؛` `؟`,
/// quotes `« » “ ” ‘ ’`, dashes and an ellipsis.
fn is_punctuation(c: char) -> bool {
    matches!(c, '،' | '؛' | '؟' | '«' | '»' | '“' | '”' | '‘' | '’' | '–' | '—' | '…')
}

/// A heading line as a list's heading: without the bullets or brackets
/// before it and the colon after it.
fn whole_heading(text: &str) -> &str {
    text.trim_end_matches([':', ' ', '：']).trim_start_matches(crate::lexicon::is_lead)
}

fn tag_rest(text: &str, label_len: usize) -> &str {
    text[label_len..].trim_start_matches(|c: char| c.is_whitespace() || crate::lexicon::is_separator(c))
}

/// Furniture by shape, and the rule that knew it: a line with no word, an
/// embedded post, a breadcrumb, an address, a share row.
fn furniture(text: &str, shape: &Shape, m: &mut Matcher) -> Option<Rule> {
    if shape.words == 0 {
        return Some(Rule::NoWords);
    }
    let links = memchr::memchr(b'/', text.as_bytes()).is_some() && POST_LINKS.iter().any(|l| text.contains(l));
    if links || is_post_signature(text) {
        return Some(Rule::EmbeddedPost);
    }
    if BROWSER_MARKS.iter().any(|mark| text.starts_with(mark))
        || (shape.words <= FORM_LINE_WORDS && holds_text_field(text))
    {
        return Some(Rule::BrowserMark);
    }
    if is_html_residue(text) {
        return Some(Rule::HtmlResidue);
    }
    if shape.words <= COOKIE_NOTICE_WORDS && crate::lexicon::names_cookies(text) {
        return Some(Rule::CookieNotice);
    }
    if shape.words <= FOOTER_LINKS_WORDS && crate::lexicon::is_footer_links(text) {
        return Some(Rule::FooterLinks);
    }
    if shape.words <= BREADCRUMB_WORDS && is_breadcrumb(text) {
        return Some(Rule::Breadcrumb);
    }
    if (2..=HOME_PATH_WORDS).contains(&shape.words) && !shape.ends_sentence && opens_with_home(text) {
        return Some(Rule::Breadcrumb);
    }
    let noted = |end: &str| end.ends_with(')') && crate::lexicon::NEW_WINDOW_NOTES.iter().any(|n| end.ends_with(n));
    if shape.words <= LINK_LABEL_WORDS && noted(text.trim_end()) {
        return Some(Rule::NewWindowLink);
    }
    if shape.words <= ADDRESS_WORDS && text.split_whitespace().all(is_address) {
        return Some(Rule::Address);
    }
    // Share rows and counts: `فيسبوك تويتر واتساب`, `1234 مشاهدة`.
    let mut furniture_words = 0;
    let only_furniture = shape.words <= SHARE_ROW_WORDS
        && m.all_words(text, |w| {
            let hit = is_furniture_word(w);
            furniture_words += usize::from(hit);
            hit || w.chars().all(is_digit)
        });
    (only_furniture && furniture_words > 0).then_some(Rule::ShareRow)
}

/// Whether `text` holds a form's text field as a text browser draws it: a
/// run of [`TEXT_FIELD`] underscores or more (`كلمة السر: ____________`,
/// `الاسم * ______`, `بحث ______ Submit`; Lynx draws a text input as its
/// width in underscores).
fn holds_text_field(text: &str) -> bool {
    let run = [b'_'; TEXT_FIELD];
    memchr::memmem::find(text.as_bytes(), &run).is_some()
}

/// A card's section label glued to its date, as a page's text is joined
/// with no space between the card's parts (`سياسة7 ديسمبر 2025`, `غير
/// مصنفمنذ 8 دقائق`): a label of a few words, then a stamp the date grammar
/// reads whole, with no space where they meet.
fn is_card_stamp(text: &str) -> bool {
    // Where the date starts: a digit right after a letter (`متصل7`), or a
    // relative time's first word glued to the label's last (`مصنفمنذ`).
    let digit = text
        .char_indices()
        .zip(text.chars().skip(1))
        .find_map(|((i, c), next)| (is_arabic_letter(c) && is_digit(next)).then_some(i + c.len_utf8()));
    let ago = || {
        let mut word_ends = text.match_indices(' ').map(|(i, _)| i);
        word_ends.find_map(|end| {
            let word = text[..end].rsplit(' ').next()?;
            let ago = AGO_WORDS.iter().find(|a| word.len() > a.len() && word.ends_with(*a))?;
            Some(end - ago.len())
        })
    };
    digit.or_else(ago).is_some_and(|at| {
        let (label, date) = text.split_at(at);
        label.split_whitespace().count() <= CARD_LABEL_WORDS && crate::date::is_stamp(date)
    })
}

/// A post's reading time, alone or after the post's date (`6 دقائق
/// للقراءة`, `الثلاثاء 9 ديسمبر 2025 6 دقائق للقراءة`), the minutes glued
/// to the year as a page's text may join them (`... ديسمبر 20256 دقائق
/// للقراءة`).
fn is_reading_time(text: &str) -> bool {
    let Some(head) = READING_TIME.iter().find_map(|r| text.strip_suffix(r)) else { return false };
    let head = head.trim_end();
    let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    // The minutes: the run's last one or two digits.
    (1..=2.min(digits)).any(|minutes| {
        let date = head[..head.len() - minutes].trim_end();
        date.is_empty() || crate::date::is_stamp(date)
    })
}

/// An item of a list nested in another, as a text browser draws it: a
/// bullet of level two or deeper, set deeper than a first-level one
/// (`          + سياسة`, `               o جسد`). Site menus nest; headline
/// lists do not.
fn is_nested_item(input: &str, text: &str) -> bool {
    let mut cs = text.chars();
    matches!((cs.next(), cs.next()), (Some(c), Some(' ')) if is_nested_bullet(c))
        && indent(input, Span::of(input, text).start).is_some_and(|n| n >= NESTED_ITEM_INDENT)
}

/// A line of dates and times only, as the date grammar reads it:
/// `23:58 07.08.2019`, `اليوم 13:00`, `الأحد، 29 تشرين الثاني/نوفمبر 2009`.
fn is_stamp(text: &str, shape: &Shape) -> bool {
    // A long stamp gives both calendars and the time: a third of its
    // words are numbers, as a line of prose's seldom are.
    let numbered = shape.words <= SHORT_STAMP_WORDS || shape.number_words * 3 >= shape.words;
    STAMP_WORDS.contains(&shape.words) && numbered && crate::date::is_stamp(text)
}

/// A post's date and time with a few words of its meta beside them, its
/// section, views or site (`الأحد 2021-11-07 11:59:08 أخبار السوق`:
/// syriandays.com; `30 نيسان 2012 03:04 عدد القراءات 1829`, `05-05-2012
/// 11:42 AM  ضوء`: a Syrian and a Saudi paper of the Arabic Newspapers
/// Corpus; `2023-09-01 10:27 م 361`: saidanet.com): a stamp. A headline
/// names a day, seldom its minute. Asked after the credit grammar, which
/// reads a medium's name beside its post's date as its credit (`Le12.ma
/// 22:34 - 28 ديسمبر 2023`).
fn is_post_meta(text: &str) -> bool {
    crate::date::scan(text).is_some_and(|s| {
        let others = s.others_before + s.others_after;
        let dated = s.date.gregorian().is_some_and(|g| g.day().is_some()) || s.date.hijri().is_some();
        others <= POST_META_WORDS && dated && s.date.time().is_some()
    })
}

/// Navigation: `الرئيسية » أخبار » سياسة`, `سياسة | اقتصاد | رياضة`, short
/// parts between two or more separators.
pub(crate) fn is_breadcrumb(text: &str) -> bool {
    // Two separators at least: ASCII ones, and `»` `«` (C2 BB, C2 AB) and
    // `›` (E2 80 BA) by their last two bytes, counted in one pass over
    // the pairs of bytes. Other characters may end in 80 BA: the count is
    // an upper bound, enough to rule a line out. (A separator in the last
    // byte, in no pair as the first, cannot make a third part.)
    let ascii = |b: u8| matches!(b, b'>' | b'|' | b'/' | b'\\');
    let separators = count_pairs(text.as_bytes(), BREADCRUMB_SEPARATORS, |a, b| {
        ascii(a) | ((a == 0xC2) & ((b == 0xBB) | (b == 0xAB))) | ((a == 0x80) & (b == 0xBA))
    });
    if separators < BREADCRUMB_SEPARATORS {
        return false;
    }
    breadcrumb_parts(text)
}

/// Whether `text` opens with the link to the home page and a word or an
/// image after it ([`crate::lexicon::HOME_LINK`]): a breadcrumb whose
/// separators were images, or lost.
fn opens_with_home(text: &str) -> bool {
    strip_bullet(text).strip_prefix(crate::lexicon::HOME_LINK).is_some_and(|rest| rest.starts_with(' '))
}

/// Whether `text`, split at its breadcrumb separators, is short parts
/// only, enough of them. `«` before `»` quote the words between them
/// (`قال إن «الوضع» صعب`): then they separate nothing.
fn breadcrumb_parts(text: &str) -> bool {
    let quotes = text.find('«').is_some_and(|open| text[open..].contains('»'));
    let separator = if quotes { is_breadcrumb_separator_quoting } else { is_breadcrumb_separator };
    let mut parts = 0;
    for part in text.split(separator) {
        let words = part.split_whitespace().count();
        if words > BREADCRUMB_PART_WORDS {
            return false;
        }
        parts += usize::from(words > 0);
    }
    parts >= BREADCRUMB_PARTS
}

/// A photo caption or credit: text ending in a bracketed medium,
/// `... في نابلس (الجزيرة نت)`, `(رويترز)`.
fn has_credit_tail(text: &str, m: &mut Matcher) -> bool {
    let t = text.trim_end_matches(['.', ' ']);
    t.strip_suffix(')').and_then(|t| t.rfind('(').map(|open| &t[open + 1..])).is_some_and(|inner| m.is_medium(inner))
}

/// `— name (@handle) date`: the signature line of an embedded post.
/// Whether `text` holds HTML syntax that naive tag stripping left: a start
/// or end tag (`<img `, `</p>`), a self-closing tag's end (`/>`), or an
/// attribute with a quoted value (`name="description"`, `alt='...'`). An
/// entity alone (`&amp;`) is no sign: prose keeps those. Most lines hold
/// no `<`, `>` or `=` and are ruled out at once.
fn is_html_residue(text: &str) -> bool {
    let bytes = text.as_bytes();
    let name_char = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':' | b'_');
    memchr::memchr3_iter(b'<', b'>', b'=', bytes).any(|i| match bytes[i] {
        // `<p`, `<img`, `</div`: a tag's name right after its `<`.
        b'<' => bytes.get(i + 1).is_some_and(|&b| {
            b.is_ascii_alphabetic() || b == b'/' && bytes.get(i + 2).is_some_and(u8::is_ascii_alphabetic)
        }),
        b'>' => i > 0 && bytes[i - 1] == b'/',
        // `content="`: a name, `=`, a quote.
        b'=' => i > 0 && name_char(bytes[i - 1]) && matches!(bytes.get(i + 1), Some(b'"' | b'\'')),
        _ => false,
    })
}

fn is_post_signature(text: &str) -> bool {
    text.starts_with(['—', '-']) && text.contains("(@")
}

/// Whether `text` holds an address (an e-mail, a link, an image file):
/// a contact or credit line, never a headline. Of 30,963 SaudiNewsNet
/// titles and the dev pages' 75, none holds one.
pub(crate) fn holds_address(text: &str) -> bool {
    // Every address holds a dot or an `@`, or opens with `http`: most
    // lines are ruled out by one search.
    let marked = memchr::memchr2(b'.', b'@', text.as_bytes()).is_some() || text.contains("http");
    marked && text.split_whitespace().any(is_address)
}

/// Whether a word is an address: an e-mail, a link, or an image file (a
/// text browser's `[IMG-2025.jpg?resize=150%2C150]`, its query aside).
fn is_address(w: &str) -> bool {
    let lower = w.trim_matches(|c: char| matches!(c, '(' | ')' | '<' | '>' | '[' | ']'));
    let path = lower.split(['?', '#']).next().unwrap_or(lower);
    (lower.contains('@') && lower.contains('.'))
        || lower.starts_with("http")
        || lower.starts_with("www.")
        || IMAGE_ENDINGS.iter().any(|e| {
            let b = path.as_bytes();
            b.len() >= e.len() && b[b.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
        })
}

#[cfg(test)]
mod tests {
    use proptest::strategy::Strategy;

    use super::*;

    #[test]
    fn headlines_given_twice() {
        assert!(is_doubled_headline("منى شديد منى شديد"));
        assert!(is_doubled_headline("تعرفوا على أسعار الذهب محليا تعرفوا على أسعار الذهب محليا"));
        // Two cards' headlines, each given twice, wrapped as one block.
        assert!(is_doubled_headline(
            "جابر : تعبنا وتضحياتنا لم تذهب سدى جابر : تعبنا وتضحياتنا لم تذهب سدى\n   توصية قريبة بشأن فتح الصالونات توصية قريبة بشأن فتح الصالونات"
        ));
        // A pair, then prose: no list of cards.
        assert!(!is_doubled_headline("أسعار الذهب أسعار الذهب ارتفعت أسعار الذهب اليوم في الأسواق المحلية."));
        assert!(!is_doubled_headline("في الصباح ذهب الوفد إلى الوزارة وفي المساء عاد إلى الفندق."));
        // A word said twice is no headline given twice.
        assert!(!is_doubled_headline("شكرا شكرا"));
        // Glued, with no space between the copies; one word so glued is
        // no headline.
        assert!(is_doubled_headline("أخبار الإمارات اليومأخبار الإمارات اليوم"));
        assert!(!is_doubled_headline("ككلمةككلمة"));
    }

    fn cue(s: &str) -> Cue<'_> {
        classify(s, s, Shape::of(s), &mut Matcher::default())
    }

    #[test]
    fn reading_times() {
        assert!(is_reading_time("6 دقائق للقراءة"));
        assert!(is_reading_time("الثلاثاء 9 ديسمبر 2025 11 دقيقة للقراءة"));
        assert!(is_reading_time("الثلاثاء 9 ديسمبر 20256 دقائق للقراءة"));
        assert!(!is_reading_time("خصصت الطالبة كل يوم 6 دقائق للقراءة"));
    }

    #[test]
    fn a_label_glued_to_a_date_is_a_card_stamp() {
        assert!(is_card_stamp("سياق متصل7 ديسمبر 2025"));
        assert!(is_card_stamp("غير مصنفمنذ 8 دقائق"));
        // Spaced, the date is a line's own; glued to no date, a typo.
        assert!(!is_card_stamp("سياسة 7 ديسمبر 2025"));
        assert!(!is_card_stamp("ارتفع الذهب3 دولارات"));
        assert!(!is_card_stamp("تقرير عن الحرب في السودان وآثارها7 ديسمبر 2025"));
    }

    #[test]
    fn nested_items_are_known_by_bullet_and_depth() {
        let page = "     * أقسام\n          + ملفات خاصة عن التعليم\n+ 5 درجات\n";
        let item = |t: &str| &page[page.find(t).unwrap()..][..t.len()];
        assert!(is_nested_item(page, item("+ ملفات خاصة عن التعليم")));
        // At the margin a plus is no bullet of a nested list.
        assert!(!is_nested_item(page, item("+ 5 درجات")));
        assert!(!is_nested_item(page, item("* أقسام")));
    }

    #[test]
    fn name_runs_hold_hardly_a_function_word() {
        let run = |s: &str| is_name_run(s, &Shape::of(s), &mut Matcher::default());
        // A list of writers: one function word in twenty-four.
        let writers = "أحمد سامي خليل منصور سارة عادل يوسف كريم نادية فؤاد حسن جابر ليلى مراد طارق نبيل منى \
            رشيد وليد صبري هالة ناصر سلمى عن";
        assert!(run(writers));
        // Prose with no punctuation may hold one in sixteen.
        let prose = "يستعد المنتخب الوطني لكرة القدم هذا الأسبوع لمباراته الودية الأولى ضمن معسكره الإعدادي \
            الذي يقيمه حاليا بالعاصمة استعدادا للبطولة القارية المقبلة ويأمل الجهاز الفني الاستفادة منها";
        assert!(!run(prose));
    }

    #[test]
    fn a_medium_split_from_its_date_on_one_line_is_the_post_slot() {
        fn credited(page: &str) -> Vec<&str> {
            let items = classify_page(page, &mut Matcher::default(), &Options::default());
            items.iter().filter(|it| matches!(it.cue, Cue::Credit(_))).map(|it| it.text).collect()
        }
        assert_eq!(credited("الشروق     28 جويلية 2012\n"), ["الشروق"]);
        assert_eq!(credited("السبت 28 جويلية 2012    الشروق\n"), ["الشروق"]);
        // On a line of its own, a medium's name is the site's branding.
        assert!(credited("الشروق\n28 جويلية 2012\n").is_empty());
        // Beside a date, a word that names no medium credits nothing.
        assert!(credited("ثقافة     28 جويلية 2012\n").is_empty());
    }

    #[test]
    fn addresses() {
        for w in
            ["info@site.com", "https://x.org/a", "www.site.com", "(صورة.JPG)", "[IMG-2025.jpg?resize=150%2C150&ssl=1]"]
        {
            assert!(is_address(w), "{w}");
        }
        for w in ["صورة", "jpg", "[صورة]", "a.jpgx"] {
            assert!(!is_address(w), "{w}");
        }
    }

    #[test]
    fn echoes_word_by_word() {
        let headline = "مسن يتحدث عن علاقته بفريد الأطرش\n   ونتيجة مباراة الأهلي";
        // Wrapped elsewhere, at the margin.
        assert!(is_echo(headline, "مسن يتحدث عن علاقته بفريد الأطرش ونتيجة\nمباراة الأهلي"));
        // Cut short, inside a word or after one.
        assert!(is_echo(headline, "مسن يتحدث عن علاقته بفريد الأط..."));
        assert!(is_echo(headline, "مسن يتحدث عن علاقته …"));
        // Another headline, or one word cut short, is no copy.
        assert!(!is_echo(headline, "مسن يتحدث عن علاقته بأم كلثوم"));
        assert!(!is_echo(headline, "مسن..."));
        assert!(!is_echo(headline, "مسن يتحدث عن علاقته بفريد"));
    }

    #[test]
    fn text_fields_as_a_text_browser_draws_them() {
        for line in ["كلمة السر: ____________________", "الاسم * ______________", "بحث ________ Submit"]
        {
            assert!(holds_text_field(line), "{line}");
        }
        // A select box's padding, a rule of a few underscores, prose.
        for line in ["[الرباط وسلا____سلا....]", "العنوان ___ هنا", "قال الوزير إن الخطة جاهزة."]
        {
            assert!(!holds_text_field(line), "{line}");
        }
    }

    #[test]
    fn post_meta() {
        for line in
            ["الأحد 2021-11-07 11:59:08 أخبار السوق", "30 نيسان 2012 03:04 عدد القراءات 1829", "2023-09-01 10:27 م 361"]
        {
            assert!(is_post_meta(line), "{line}");
        }
        // No time, or more words than a post's meta: a headline's date.
        for line in ["29 نوفمبر 2023 يوم تاريخي", "في 5 مارس 2024 الساعة 10:30 تنطلق أعمال القمة العربية"]
        {
            assert!(!is_post_meta(line), "{line}");
        }
    }

    #[test]
    fn html_residue() {
        for residue in ["</div>", "<img src", "content=\"خبر\" />", "alt='صورة'", "<p>نص"] {
            assert!(is_html_residue(residue), "{residue}");
        }
        for text in ["الشركة &amp; شركاؤها", "النمو > 3% هذا العام", "س = ص", "a <= b", "<< السابق"]
        {
            assert!(!is_html_residue(text), "{text}");
        }
    }

    #[test]
    fn sentence_ends_in_order() {
        // A C1 control (C2 9D) first, and `ٟ` (D9 9F), which ends with the
        // byte `؟` ends with but ends no sentence.
        let input = "\u{9d}قال. «نعم» ثم؟ ٟ ”حسنا” x";
        let mut ends = SentenceEnds::new(input);
        let (mut marks, mut from) = (Vec::new(), 0);
        while let Some(end) = ends.next_in(from, input.len()) {
            marks.push(input[..end].chars().next_back());
            from = end;
        }
        assert_eq!(marks, ['.', '»', '؟', '”', '”'].map(Some));
        let first = input.find('.').unwrap();
        assert_eq!(SentenceEnds::new(input).next_in(0, first), None);
        assert_eq!(SentenceEnds::new(input).next_in(0, first + 1), Some(first + 1));
    }

    #[test]
    fn furniture() {
        // Both calendars and the time make a stamp of fourteen words.
        let both = "يوم الخميس 5 رمضان 1445 هـ - الموافق 14 مارس 2024 م - الساعة 9:30 صباحاً";
        for s in ["23:58 07.08.2019", "اليوم 13:00", "15 اب", "الأحد، 29 تشرين الثاني/نوفمبر 2009", both]
        {
            assert!(matches!(cue(s), Cue::Stamp), "{s}");
        }
        for s in [
            "suraihi@gmail.com",
            "جميع الحقوق محفوظة",
            "-",
            "صورة.jpg",
            "مشهد من المدينة القديمة (رويترز)",
            "• تم نسخ الرابط",
            "إعلان",
            "إعلان:",
        ] {
            assert!(matches!(cue(s), Cue::Furniture(_)), "{s}");
        }
        // The noun opening a headline is no ad's label.
        assert!(matches!(cue("إعلان أرقام المقبولين بمعهد الدراسات الفنية"), Cue::Text(_)));
    }

    #[test]
    fn breadcrumbs() {
        for s in [
            "الرئيسية » أخبار » اقتصاد",
            "عربي « سياسة « الرئيسية",
            "أخبار › سياسة › عربي",
            "سياسة | اقتصاد | رياضة",
            "أخبار/محليات/عربي",
        ] {
            assert!(is_breadcrumb(s), "{s}");
        }
        for s in [
            "أخبار » اقتصاد",
            "أخبار / محليات /",
            "قال وزير المالية أمس إن «الوضع» صعب",
            "ثلاث كلمات هنا | أربع كلمات في الجزء | أخيرا",
        ] {
            assert!(!is_breadcrumb(s), "{s}");
        }
        // From the home link, whatever separates the parts, or nothing.
        for s in ["الرئيسية [arrow] مقالات", "الرئيسية أخبار محلية"] {
            assert!(matches!(cue(s), Cue::Furniture(Rule::Breadcrumb)), "{s}");
        }
        // The adjective after its noun, and a sentence, are no path.
        assert!(!opens_with_home("المحطة الرئيسية في المدينة"));
        assert!(!matches!(cue("الرئيسية مغلقة اليوم بسبب الأعمال."), Cue::Furniture(Rule::Breadcrumb)));
    }

    #[test]
    fn markers_credits_tags() {
        assert!(matches!(cue("اقرأ أيضاً"), Cue::Marker { rest: "", .. }));
        assert!(matches!(cue("المصدر: رويترز"), Cue::Credit(_)));
        assert!(matches!(cue("(وكالات)"), Cue::Credit(_)));
        // A tatweel set apart parts a credit as a dash does.
        assert!(matches!(cue("العربي الجديد ــ الدوحة"), Cue::Credit(_)));
        assert!(matches!(cue("سلوى المدني ـ عين اليوم"), Cue::Credit(_)));
        assert!(matches!(cue("كلمات دلالية: غزة"), Cue::Tags { rest: "غزة", hashtags: false }));
        assert!(matches!(cue("#غزة #القدس"), Cue::Tags { .. }));
        assert!(matches!(cue("المصدر:"), Cue::Furniture(Rule::CreditLabelAlone)));
    }

    #[test]
    fn a_wrapped_blocks_own_last_line_is_cut_off() {
        let tail = |s: &'static str| wrapped_tail(s, s, &mut Matcher::default()).map(|(_, t)| t);
        assert_eq!(tail("وأعلن الوزير أن الخطة تبدأ الشهر المقبل.\nروابط ذات علاقة"), Some("روابط ذات علاقة"));
        assert_eq!(tail("وأعلن الوزير أن الخطة تبدأ الشهر المقبل .\nكريم باجو / رويترز"), Some("كريم باجو / رويترز"));
        // A sentence that goes on over the line, or a last line of prose, stays.
        assert_eq!(tail("وأعلن الوزير أن الخطة تبدأ\nروابط ذات علاقة"), None);
        assert_eq!(tail("وأعلن الوزير أن الخطة تبدأ الشهر المقبل.\nوقال إنها ستشمل كل المحافظات."), None);
    }

    #[test]
    fn comment_sections_close_the_body() {
        for s in ["تعليقات القراء", "اترك تعليقاً", "التعليقات", "لن يتم نشر عنوان بريدك الإلكتروني."]
        {
            assert!(matches!(cue(s), Cue::Closing), "{s}");
        }
        assert!(matches!(cue("التعليقات (3)"), Cue::Furniture(Rule::CommentCount)));
        // A sentence about comments is prose.
        assert!(matches!(cue("التعليقات التي أدلى بها الوزير أمس أثارت جدلا واسعا في الأوساط السياسية."), Cue::Text(_)));
    }

    #[test]
    fn lines_that_go_on_from_a_sentence_are_prose() {
        assert!(matches!(cue("وقال الوزير إن المكتبة ستفتح أبوابها للجمهور مجانا"), Cue::Text(s) if s.is_prose()));
        assert!(matches!(cue("كما شارك في الحفل عدد من السفراء"), Cue::Text(s) if s.is_prose()));
        // A word that starts with و is no conjunction.
        assert!(matches!(cue("وزير الخارجية يزور القاهرة غدا"), Cue::Text(s) if !s.is_prose()));
    }

    #[test]
    fn headings_by_their_ending() {
        assert!(matches!(cue("فيديوهات ذات صلة:"), Cue::Marker { heading: "فيديوهات ذات صلة", rest: "" }));
        assert!(matches!(cue("مقالات قد تهمك"), Cue::Marker { .. }));
        assert!(matches!(cue("قال إن الأمور ذات صلة."), Cue::Text(_)));
    }

    #[test]
    fn text() {
        assert!(matches!(cue("قال الرئيس إن المحادثات كانت مثمرة وبناءة."), Cue::Text(s) if s.is_prose()));
        assert!(matches!(
            cue("كتب الرئيس رسالة طويلة إلى نظيره يشرح فيها موقف بلاده من الأزمة الراهنة في المنطقة."),
            Cue::Text(_)
        ));
    }

    proptest::proptest! {
        /// The pair-count prefilter only rules lines out: the breadcrumb
        /// test says what splitting at the separators says.
        #[test]
        fn breadcrumb_prefilter_agrees_with_the_split(
            text in proptest::collection::vec(
                proptest::sample::select(vec!["أخبار", "سياسة", "كلمة", " ", "»", "«", "›", ">", "|", "/", "\\", "a", "٣"]),
                0..30,
            ).prop_map(|parts| parts.concat())
        ) {
            proptest::prop_assert_eq!(is_breadcrumb(&text), breadcrumb_parts(&text));
        }
    }
}
