//! Page assembly: reading the blocks' cues in order and putting them
//! together into articles, read-also blocks and related blocks, as
//! `annotation.md` defines them.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use crate::blocks::{Shape, find_double_space, strip_bullet};
use crate::body::Paragraph;
use crate::classify::{Cue, Item, classify_page};
use crate::credit::{Attribution, CreditKind};
use crate::fold::Folder;
use crate::headlines::{HeadlineBlock, push_item};
use crate::lexicon::{Matcher, is_menu_row};
use crate::span::{Piece, Span};
use crate::tags::{self, TagEvidence};

/// What a block of the page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
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
    /// captions, and anything else that is in no field.
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

/// One block of the page with its role: see [`Page::blocks`].
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Block<'a> {
    role: Role,
    text: Piece<'a>,
}

impl<'a> Block<'a> {
    /// What the block is.
    pub fn role(&self) -> Role {
        self.role
    }

    /// The block's text, trimmed (empty for a blank line).
    pub fn as_str(&self) -> &'a str {
        self.text.as_str()
    }

    /// Where the block stands in the input.
    pub fn span(&self) -> Span {
        self.text.span()
    }
}

impl fmt::Debug for Block<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {:?}", self.role, self.text)
    }
}

/// One article of a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Article<'a> {
    title: Option<Piece<'a>>,
    paragraphs: Vec<Paragraph<'a>>,
    read_also: Vec<HeadlineBlock<'a>>,
    sources: Vec<Attribution<'a>>,
    bylines: Vec<Attribution<'a>>,
    tags: Vec<Piece<'a>>,
    /// The footer (a source line or tags after the body) has closed it.
    #[cfg_attr(feature = "serde", serde(skip))]
    closed: bool,
}

impl<'a> Article<'a> {
    /// The headline just before the first paragraph, `None` where the text lost it.
    pub fn title(&self) -> Option<Piece<'a>> {
        self.title
    }

    /// The body, one paragraph per block, in order.
    pub fn paragraphs(&self) -> &[Paragraph<'a>] {
        &self.paragraphs
    }

    /// Read-also blocks that interrupt the body.
    pub fn read_also(&self) -> &[HeadlineBlock<'a>] {
        &self.read_also
    }

    /// Source attributions.
    pub fn sources(&self) -> &[Attribution<'a>] {
        &self.sources
    }

    /// Author credits.
    pub fn bylines(&self) -> &[Attribution<'a>] {
        &self.bylines
    }

    /// Tags, one piece per tag.
    pub fn tags(&self) -> &[Piece<'a>] {
        &self.tags
    }

    fn credit(&mut self, a: Attribution<'a>) {
        match a.kind() {
            CreditKind::Byline => self.bylines.push(a),
            _ => self.sources.push(a),
        }
    }
}

/// A parsed page: its articles, its page-level related blocks, and every
/// block with its role.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Page<'a> {
    articles: Vec<Article<'a>>,
    related: Vec<HeadlineBlock<'a>>,
    #[cfg_attr(feature = "serde", serde(skip))]
    blocks: Vec<Block<'a>>,
}

impl<'a> Page<'a> {
    /// The articles in page order; the first is the main one.
    pub fn articles(&self) -> &[Article<'a>] {
        &self.articles
    }

    /// Related-headline blocks outside any body.
    pub fn related(&self) -> &[HeadlineBlock<'a>] {
        &self.related
    }

    /// Every block of the page in input order with its role, blank lines
    /// included: nothing the parser saw is hidden.
    ///
    /// # Example
    /// ```
    /// use khabar::Role;
    /// let text = "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية في كل الملفات.\n\nجميع الحقوق محفوظة";
    /// let page = khabar::parse(text);
    /// let roles: Vec<Role> = page.blocks().map(|b| b.role()).collect();
    /// assert_eq!(roles, [Role::Paragraph, Role::Blank, Role::Boilerplate]);
    /// ```
    pub fn blocks(&self) -> impl ExactSizeIterator<Item = &Block<'a>> + DoubleEndedIterator + Clone + '_ {
        self.blocks.iter()
    }

    /// Every piece of the page with the role of its kind: each article's
    /// title, paragraphs, read-also headings and items, source and byline
    /// labels and names, and tags, article by article; then the related
    /// blocks' headings and items. No two pieces overlap.
    ///
    /// # Example
    /// ```
    /// use khabar::Role;
    /// let text = "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية في كل الملفات.\nالمصدر: رويترز";
    /// let page = khabar::parse(text);
    /// let roles: Vec<Role> = page.pieces().map(|(role, _)| role).collect();
    /// assert_eq!(roles, [Role::Paragraph, Role::Source, Role::Source]);
    /// assert!(page.pieces().all(|(_, p)| &text[p.span().range()] == p.as_str()));
    /// ```
    pub fn pieces(&self) -> impl Iterator<Item = (Role, Piece<'a>)> + '_ {
        let articles = self.articles.iter().flat_map(move |a| {
            a.title
                .iter()
                .map(|&t| (Role::Title, t))
                .chain(a.paragraphs.iter().map(|p| (Role::Paragraph, p.piece())))
                .chain(a.read_also.iter().flat_map(|b| b.pieces(Role::ReadAlsoHeading, Role::ReadAlsoItem)))
                .chain(a.sources.iter().flat_map(|c| c.pieces().map(|p| (Role::Source, p))))
                .chain(a.bylines.iter().flat_map(|c| c.pieces().map(|p| (Role::Byline, p))))
                .chain(a.tags.iter().map(|&t| (Role::Tags, t)))
        });
        articles.chain(self.related.iter().flat_map(|b| b.pieces(Role::RelatedHeading, Role::RelatedItem)))
    }

    /// The clean text most corpus users want: every article's title and
    /// paragraphs, one per line, and nothing else.
    ///
    /// # Example
    /// ```
    /// let text = "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية في كل الملفات.\n\
    ///             اقرأ أيضاً: الوزير يلتقي نظيره في العاصمة\n\
    ///             وأضاف أن الاتفاق النهائي سيوقع خلال الأسابيع المقبلة.";
    /// let clean = khabar::parse(text).clean_text();
    /// assert_eq!(clean.lines().count(), 2);
    /// assert!(!clean.contains("اقرأ"));
    /// ```
    pub fn clean_text(&self) -> String {
        let mut out = String::new();
        for a in &self.articles {
            for line in a.title.iter().map(Piece::as_str).chain(a.paragraphs.iter().map(Paragraph::as_str)) {
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    }
}

/// Longest title, in bytes, searched for in the page head with
/// Rabin-Karp rather than a searcher that costs more to build.
const RABIN_KARP_TITLE: usize = 256;

/// How many blocks before the body are looked at for the title the page's
/// head repeats, and how many blocks make the head.
const TITLE_WINDOW: usize = 8;
const HEAD_BLOCKS: usize = 32;

/// Most words of a site's or section's name above a title.
const SITE_NAME_WORDS: usize = 3;
/// Fewest words of a deck line under a title.
const DECK_WORDS: usize = 5;
/// Longest time stamp, in bytes, glued before a paragraph.
const GLUED_STAMP_BYTES: usize = 40;

/// Fewest words of prose in a page's first article.
const MIN_WORDS: usize = 12;
/// Fewest words in a later article of a single paragraph.
const MIN_LATER_WORDS: usize = 40;

/// Longest crosshead, in words, after a read-also block's headlines.
const CROSSHEAD_WORDS: usize = 4;

/// Fewest words of a headline in a list with no heading.
const BARE_HEADLINE_WORDS: usize = 4;

/// Longest one-per-line tag, in words.
const TAG_WORDS: usize = 4;

pub(crate) fn parse(input: &str) -> Page<'_> {
    // One matcher per thread: its buffers, grown once, serve every page.
    thread_local!(static MATCHER: std::cell::RefCell<Matcher> = std::cell::RefCell::default());
    MATCHER.with(|m| parse_with(input, &mut m.borrow_mut()))
}

fn parse_with<'a>(input: &'a str, m: &mut Matcher) -> Page<'a> {
    m.reset();
    let items = classify_page(input, m);
    let mut a = Assembler {
        input,
        roles: vec![Role::Boilerplate; items.len()],
        items: &items,
        page: Page::default(),
        pending: Vec::new(),
        early_credits: Vec::new(),
        tag_lines: false,
        bio_lines: false,
        article_blocks: Vec::new(),
        m,
    };
    match feed(&items) {
        Some((heading, headlines)) => a.feed(heading, &headlines),
        None => (0..items.len()).for_each(|i| a.step(i)),
    }
    a.finish()
}

/// Fewest time-stamped headlines that make a news-feed page.
const FEED_ENTRIES: usize = 3;

/// A news-feed page: time stamp, headline, maybe a lede, repeated, and no
/// other prose. It has no article; its headlines are one related block,
/// headed by the short line before the first entry if there is one.
fn feed(items: &[Item<'_>]) -> Option<(Option<usize>, Vec<usize>)> {
    let next = |from: usize| (from..items.len()).find(|&j| !matches!(items[j].cue, Cue::Blank));
    let prev = |to: usize| (0..to).rev().find(|&j| !matches!(items[j].cue, Cue::Blank));
    let headlines: Vec<usize> = (0..items.len())
        .filter(|&i| matches!(items[i].cue, Cue::Stamp))
        .filter_map(|i| next(i + 1))
        .filter(|&j| items[j].shape().is_some_and(Shape::is_title))
        .collect();
    if headlines.len() < FEED_ENTRIES {
        return None;
    }
    let ledes_only = (0..items.len())
        .filter(|&i| items[i].shape().is_some_and(Shape::is_prose))
        .all(|i| prev(i).is_some_and(|p| headlines.binary_search(&p).is_ok()));
    if !ledes_only {
        return None;
    }
    let first_stamp = prev(headlines[0])?;
    let heading = prev(first_stamp).filter(|&h| items[h].is_marker() || items[h].shape().is_some_and(|s| s.words <= 3));
    Some((heading, headlines))
}

struct Assembler<'a, 'i, 'm> {
    input: &'a str,
    items: &'i [Item<'a>],
    roles: Vec<Role>,
    page: Page<'a>,
    /// Headline-like blocks and markers waiting for what follows them to
    /// say what they are.
    pending: Vec<usize>,
    /// Credits seen before the article they belong to.
    early_credits: Vec<Attribution<'a>>,
    /// A tag label stood alone: short lines after it are tags.
    tag_lines: bool,
    /// An author credit after the body: short lines after it are the bio.
    bio_lines: bool,
    /// For each article, the blocks given to its title, body and read-also blocks.
    article_blocks: Vec<Vec<usize>>,
    m: &'m mut Matcher,
}

impl<'a> Assembler<'a, '_, '_> {
    fn step(&mut self, i: usize) {
        let item = &self.items[i];
        match &item.cue {
            Cue::Blank => self.roles[i] = Role::Blank,
            Cue::Furniture | Cue::Stamp => {}
            Cue::Closing => {
                self.tag_lines = false;
                self.close_body();
            }
            Cue::Marker { .. } => {
                self.tag_lines = false;
                self.pending.push(i);
            }
            Cue::Credit(a) => {
                self.tag_lines = false;
                // Lines after an author credit that closes a body are the author's bio.
                self.bio_lines = a.kind() == CreditKind::Byline && self.open_article();
                self.roles[i] = if a.kind() == CreditKind::Byline { Role::Byline } else { Role::Source };
                self.credit(a.clone());
            }
            Cue::Tags { rest } => {
                self.roles[i] = Role::Tags;
                self.close_body();
                if rest.is_empty() {
                    self.tag_lines = true;
                } else {
                    self.tag_line(item.text, rest);
                }
            }
            Cue::Text(shape) => {
                if self.tag_lines && shape.words <= TAG_WORDS && !shape.is_prose() {
                    self.tag_block(i);
                    return;
                }
                self.tag_lines = false;
                if self.bio_lines && !shape.is_prose() {
                    return;
                }
                self.bio_lines = false;
                if shape.is_prose() {
                    self.prose(i);
                } else {
                    self.pending.push(i);
                }
            }
        }
    }

    fn feed(&mut self, heading: Option<usize>, headlines: &[usize]) {
        let mut block = self.headline_block(None, headlines, Role::RelatedItem);
        if let Some(h) = heading {
            self.roles[h] = Role::RelatedHeading;
            let text = match self.items[h].cue {
                Cue::Marker { heading, .. } => heading,
                _ => self.items[h].text,
            };
            block.heading = Some(Piece::within(self.input, text));
        }
        self.page.related.push(block);
    }

    fn finish(mut self) -> Page<'a> {
        self.close_body();
        let pending = std::mem::take(&mut self.pending);
        self.related(&pending);
        self.drop_slight_articles();
        let roles = self.roles;
        self.page.blocks = self
            .items
            .iter()
            .zip(roles)
            .map(|(it, role)| Block { role, text: Piece::at(it.text, it.span.start) })
            .collect();
        self.page
    }

    /// An article needs a body of its own: a page's first article some
    /// words of prose, a later one two paragraphs or a long one. What falls
    /// short (a site's about blurb under a heading) is furniture.
    fn drop_slight_articles(&mut self) {
        let mut n = 0;
        let (articles, blocks) = (&mut self.page.articles, &mut self.article_blocks);
        let (roles, items) = (&mut self.roles, self.items);
        articles.retain(|a| {
            let words: usize = blocks[n]
                .iter()
                .filter(|&&i| roles[i] == Role::Paragraph)
                .map(|&i| items[i].shape().map_or(0, |s| s.words))
                .sum();
            let keep = if n == 0 { words >= MIN_WORDS } else { a.paragraphs.len() >= 2 || words >= MIN_LATER_WORDS };
            if !keep {
                for &i in &blocks[n] {
                    roles[i] = Role::Boilerplate;
                }
            }
            n += 1;
            keep
        });
    }

    fn open_article(&self) -> bool {
        self.page.articles.last().is_some_and(|a| !a.closed)
    }

    fn credit(&mut self, a: Attribution<'a>) {
        // A credit after a closed article and before a new title belongs to
        // what comes next; so does one before the first article.
        let next = self.page.articles.last().is_none_or(|art| art.closed && !self.pending.is_empty());
        if next {
            self.early_credits.push(a);
            return;
        }
        if a.kind() == CreditKind::Source {
            self.close_body();
        }
        if let Some(art) = self.page.articles.last_mut() {
            art.credit(a);
        }
    }

    fn tag_line(&mut self, line: &'a str, rest: &str) {
        let Some(art) = self.page.articles.last() else { return };
        let evidence = needs_evidence(rest).then(|| {
            let mut e = TagEvidence::default();
            for p in &art.paragraphs {
                e.add(p.as_str());
            }
            e
        });
        if let Ok(list) = tags::parse_in(self.input, line, evidence.as_ref(), self.m) {
            if let Some(art) = self.page.articles.last_mut() {
                art.tags.extend(list.into_tags());
            }
        }
    }

    /// The body ends here (a footer follows): what waits after it is read
    /// as the body's tail.
    fn close_body(&mut self) {
        if !self.open_article() {
            return;
        }
        let pending = std::mem::take(&mut self.pending);
        let rest = self.bare_tags(&pending);
        self.related(rest);
        if let Some(art) = self.page.articles.last_mut() {
            art.closed = true;
        }
    }

    fn prose(&mut self, i: usize) {
        let pending = std::mem::take(&mut self.pending);
        if self.page.articles.is_empty() {
            self.start_article(i, &pending, true);
        } else if self.open_article() {
            self.interior(&pending);
            if self.open_article() {
                self.paragraph(i);
            } else {
                self.start_article(i, &[], false);
            }
        } else {
            self.start_article(i, &pending, false);
        }
    }

    /// Gives block `i` its role, remembering which article's it is.
    fn assign(&mut self, i: usize, role: Role) {
        self.roles[i] = role;
        if matches!(role, Role::Title | Role::Paragraph | Role::ReadAlsoHeading | Role::ReadAlsoItem) {
            if let Some(blocks) = self.article_blocks.last_mut() {
                blocks.push(i);
            }
        }
    }

    fn paragraph(&mut self, i: usize) {
        self.assign(i, Role::Paragraph);
        let mut text = strip_bullet(self.items[i].text);
        // A time stamp glued before the paragraph by a double space
        // (`اليوم 09:18  كذلك، ...`) is no part of it.
        let head = (0..=(GLUED_STAMP_BYTES + 2).min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        if let Some(gap) = find_double_space(&text[..head]) {
            if self.m.is_date(&text[..gap]) {
                text = text[gap..].trim_start();
            }
        }
        if let Some(art) = self.page.articles.last_mut() {
            art.paragraphs.push(Paragraph::new(Piece::within(self.input, text)));
        }
    }

    /// Prose where no article is open: a new article if a title stands
    /// before it (or it is the page's first), otherwise page furniture
    /// (a site blurb after the last article's footer).
    fn start_article(&mut self, i: usize, pending: &[usize], first: bool) {
        let (title, deck, before) = if first { self.first_title(pending) } else { self.next_title(pending) };
        self.related(before);
        if !first && title.is_none() {
            return;
        }
        self.article_blocks.push(Vec::new());
        let mut art = Article {
            title: title.map(|t| Piece::within(self.input, strip_bullet(self.items[t].text))),
            ..Article::default()
        };
        if let Some(t) = title {
            self.assign(t, Role::Title);
        }
        for a in self.early_credits.drain(..) {
            art.credit(a);
        }
        self.page.articles.push(art);
        for &d in deck {
            self.paragraph(d);
        }
        self.paragraph(i);
    }

    /// The first article's title: a headline the page's head repeats (the
    /// HTML title line), else the first title-shaped line of the run of
    /// headline-shaped blocks right before the body; what follows it there
    /// is its deck.
    fn first_title<'p>(&self, pending: &'p [usize]) -> (Option<usize>, &'p [usize], &'p [usize]) {
        // A site's menu flattened into a line has a title's shape: if one
        // is chosen, the choice is made again without it.
        let chosen = self.choose_first_title(pending, None);
        match chosen.0 {
            Some(t) if is_menu_row(self.items[t].text) => self.choose_first_title(pending, Some(t)),
            _ => chosen,
        }
    }

    /// [`first_title`](Self::first_title), with the block `menu` (if any)
    /// no title.
    fn choose_first_title<'p>(
        &self,
        pending: &'p [usize],
        menu: Option<usize>,
    ) -> (Option<usize>, &'p [usize], &'p [usize]) {
        let headline = |i: usize| self.items[i].shape().is_some_and(Shape::is_headline);
        let title = |i: usize| Some(i) != menu && self.items[i].shape().is_some_and(Shape::is_title);
        let window = pending.len().saturating_sub(TITLE_WINDOW);
        // The title the head repeats: an exact copy first; failing that, a
        // copy compared folded (the head folded once, and only then).
        let end = pending.last().map_or(0, |&l| l.min(HEAD_BLOCKS));
        let copied = |i: usize| {
            let title = self.items[i].text.as_bytes();
            let longer = self.items[..i.min(end)].iter().map(|p| p.text.as_bytes()).filter(|p| p.len() > title.len());
            // Rabin-Karp is cheap to build for each candidate; its worst
            // case, bytes times title length, stays linear for short titles.
            if title.len() <= RABIN_KARP_TITLE {
                let finder = memchr::arch::all::rabinkarp::Finder::new(title);
                longer.into_iter().any(|p| finder.find(p, title).is_some())
            } else {
                let finder = memchr::memmem::Finder::new(title);
                longer.into_iter().any(|p| finder.find(p).is_some())
            }
        };
        let head = std::cell::OnceCell::new();
        let folded_copy = |i: usize| {
            let head: &Vec<Cow<'_, str>> =
                head.get_or_init(|| self.items[..end].iter().map(|it| Folder::matching().fold(it.text)).collect());
            let it = Folder::matching().fold(self.items[i].text);
            head[..i.min(end)].iter().any(|prev| prev.len() > it.len() && prev.contains(it.as_ref()))
        };
        let candidates = &pending[window..];
        let found = candidates
            .iter()
            .rposition(|&i| title(i) && copied(i))
            .or_else(|| candidates.iter().rposition(|&i| title(i) && folded_copy(i)));
        if let Some(k) = found.map(|k| k + window) {
            return (Some(pending[k]), &[], &pending[..k]);
        }
        // A one-word headline marker with its headline right before the
        // page's first body (`شاهد: لحظة ...`) heads that body: it is the
        // title, as no body stands before it for it to interrupt. (A
        // read-also phrase, `اقرأ أيضاً: ...`, points elsewhere.)
        if let [before @ .., last] = pending {
            let marked_title = |heading: &str, rest: &str| !heading.contains(' ') && Shape::of(rest).is_title();
            if matches!(self.items[*last].cue, Cue::Marker { heading, rest } if marked_title(heading, rest)) {
                return (Some(*last), &[], before);
            }
        }
        let run = pending.len() - pending.iter().rev().take_while(|&&i| headline(i)).count();
        let shape = |i: usize| self.items[i].shape().copied().unwrap_or_default();
        let lines = &pending[run..];
        if lines.first().is_some_and(|&t| shape(t).numbered_section) {
            // A numbered section head opens the body: no title.
            return (None, lines, &pending[..run]);
        }
        // The title is the run's first title-shaped line, past a short one
        // (a site's name, a section) when a longer one follows.
        let titles: Vec<usize> = (0..lines.len()).filter(|&k| title(lines[k])).collect();
        let pick = match titles.as_slice() {
            [first, rest @ ..] if shape(lines[*first]).words <= SITE_NAME_WORDS => {
                rest.first().or(Some(first)).copied()
            }
            [first, ..] => Some(*first),
            [] => None,
        };
        let Some(k) = pick else { return (None, &[], pending) };
        // A deck is sentences; a short line between it and the title is not.
        let deck = &lines[k + 1..];
        let short = deck.iter().rposition(|&d| shape(d).words < DECK_WORDS).map_or(0, |j| j + 1);
        (Some(lines[k]), &deck[short..], &pending[..run + k])
    }

    /// A later article needs its own headline right before its body; a
    /// marker just before that headline only leads in to it.
    fn next_title<'p>(&mut self, pending: &'p [usize]) -> (Option<usize>, &'p [usize], &'p [usize]) {
        match pending {
            [before @ .., t] if self.items[*t].shape().is_some_and(Shape::is_title) => {
                let before = match before {
                    [rest @ .., lead] if self.items[*lead].is_marker() => rest,
                    _ => before,
                };
                (Some(*t), &[], before)
            }
            _ => (None, &[], pending),
        }
    }

    /// What stood between two paragraphs of one body: read-also blocks
    /// (with a marker, or a bare run of headlines), one-per-line tags that
    /// close the body, or subheadings.
    fn interior(&mut self, pending: &[usize]) {
        if pending.is_empty() {
            return;
        }
        let rest = self.bare_tags(pending);
        if !self.open_article() {
            self.related(rest);
            return;
        }
        let first_marker = rest.iter().position(|&i| self.items[i].is_marker()).unwrap_or(rest.len());
        let (lead, marked) = rest.split_at(first_marker);
        let after_colon = self
            .article_blocks
            .last()
            .and_then(|b| b.iter().rev().find(|&&i| self.roles[i] == Role::Paragraph))
            .is_some_and(|&i| self.items[i].shape().is_some_and(|s| s.ends_colon));
        // A bare run of headlines, not the author's own questions.
        let headline = |i: usize| self.is_bare_headline(i) && self.items[i].shape().is_some_and(|s| !s.ends_question);
        if lead.len() >= 2 && lead.iter().all(|&i| headline(i)) && !after_colon {
            let block = self.headline_block(None, lead, Role::ReadAlsoItem);
            self.push_read_also(block);
        } else {
            for &i in lead {
                self.paragraph(i);
            }
        }
        for group in groups(marked, |i| self.items[i].is_marker()) {
            // A crosshead may follow the headlines, right before the body
            // resumes: much shorter than they are.
            let words = |i: usize| self.items[i].shape().map_or(0, |s| s.words);
            let longest = group[1..].iter().map(|&i| words(i)).max().unwrap_or(0);
            let heads = group.len()
                - group[1..]
                    .iter()
                    .rev()
                    .take_while(|&&i| words(i) <= CROSSHEAD_WORDS && longest >= 2 * CROSSHEAD_WORDS)
                    .count();
            let block = self.headline_block(Some(group[0]), &group[1..heads], Role::ReadAlsoItem);
            self.assign(group[0], Role::ReadAlsoHeading);
            self.push_read_also(block);
            for &i in &group[heads..] {
                self.paragraph(i);
            }
        }
    }

    fn push_read_also(&mut self, block: HeadlineBlock<'a>) {
        if let Some(art) = self.page.articles.last_mut() {
            art.read_also.push(block);
        }
    }

    /// A run of two or more short lines right after an open body, before
    /// any marker, is the article's one-per-line tag list; returns the rest.
    fn bare_tags<'p>(&mut self, pending: &'p [usize]) -> &'p [usize] {
        let short = |i: usize| {
            self.items[i].shape().is_some_and(|s| {
                (1..=TAG_WORDS).contains(&s.words)
                    && !s.is_prose()
                    && !s.ends_question
                    && !s.bulleted
                    && s.number_words == 0
            })
        };
        let n = pending.iter().take_while(|&&i| short(i)).count();
        let has_tags = self.page.articles.last().is_none_or(|a| !a.tags.is_empty());
        if n < 2 || !self.open_article() || has_tags {
            return pending;
        }
        for &i in &pending[..n] {
            self.tag_block(i);
        }
        &pending[n..]
    }

    /// Block `i` is one tag of the last article, whose footer it is part of.
    fn tag_block(&mut self, i: usize) {
        self.roles[i] = Role::Tags;
        let tag = Piece::within(self.input, self.items[i].text);
        if let Some(art) = self.page.articles.last_mut() {
            art.tags.push(tag);
            art.closed = true;
        }
    }

    /// Page-level related blocks from what waits outside any body: each
    /// marker with the headlines after it, and a bare run of two or more
    /// headlines.
    fn related(&mut self, pending: &[usize]) {
        let first_marker = pending.iter().position(|&i| self.items[i].is_marker()).unwrap_or(pending.len());
        let (lead, marked) = pending.split_at(first_marker);
        // Bare lists: runs of two or more adjacent headlines, blank lines between.
        let mut run: Vec<usize> = Vec::new();
        for (k, &i) in lead.iter().enumerate() {
            let adjacent = k > 0 && self.items[lead[k - 1] + 1..i].iter().all(|it| matches!(it.cue, Cue::Blank));
            let headline = self.is_bare_headline(i);
            // A line that is no headline ends the run as a gap does.
            if !adjacent || !headline {
                self.bare_list(&run);
                run.clear();
            }
            if headline {
                run.push(i);
            }
        }
        self.bare_list(&run);
        for group in groups(marked, |i| self.items[i].is_marker()) {
            let items: Vec<usize> = group[1..].iter().copied().filter(|&i| self.is_listed(i)).collect();
            let block = self.headline_block(Some(group[0]), &items, Role::RelatedItem);
            self.roles[group[0]] = Role::RelatedHeading;
            self.page.related.push(block);
        }
    }

    fn bare_list(&mut self, run: &[usize]) {
        if run.len() >= 2 {
            let block = self.headline_block(None, run, Role::RelatedItem);
            self.page.related.push(block);
        }
    }

    /// Whether a block can be a headline in a list with no heading: a
    /// bulleted line, or a headline of a headline's length (menus and
    /// names are shorter).
    fn is_bare_headline(&self, i: usize) -> bool {
        self.items[i]
            .shape()
            .is_some_and(|s| (s.bulleted && s.words >= 2) || (s.is_headline() && s.words >= BARE_HEADLINE_WORDS))
    }

    /// Whether a waiting block can be a listed headline.
    fn is_listed(&self, i: usize) -> bool {
        self.items[i].shape().is_some_and(|s| s.is_headline() || (s.bulleted && s.words >= 2))
    }

    fn headline_block(&mut self, marker: Option<usize>, items: &[usize], role: Role) -> HeadlineBlock<'a> {
        let mut block = HeadlineBlock { heading: None, items: Vec::new() };
        if let Some(mk) = marker {
            if let Cue::Marker { heading, rest } = self.items[mk].cue {
                block.heading = Some(Piece::within(self.input, heading));
                push_item(self.input, rest, &mut block.items);
            }
        }
        for &i in items {
            self.assign(i, role);
            push_item(self.input, self.items[i].text, &mut block.items);
        }
        block
    }
}

/// Splits `idx` into groups each starting where `starts` holds.
fn groups<'p>(idx: &'p [usize], starts: impl Fn(usize) -> bool + 'p) -> impl Iterator<Item = &'p [usize]> + 'p {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= idx.len() {
            return None;
        }
        let len = idx[at + 1..].iter().position(|&i| starts(i)).map_or(idx.len() - at, |p| p + 1);
        let g = &idx[at..at + len];
        at += len;
        Some(g)
    })
}

/// Tags that run together with single spaces need the body as evidence.
fn needs_evidence(rest: &str) -> bool {
    !rest.contains(['،', ',', '|', ';', '؛', '#']) && rest.split_whitespace().nth(1).is_some()
}
