//! Page assembly: the blocks' cues read in order by an explicit state
//! machine, put together into articles, read-also blocks and related
//! blocks as `annotation.md` defines them, each block's role given with
//! the rule that decided it.
//!
//! # Advice for hackers
//! The machine's states are [`State`]; [`Assembler::step`] is one `match`
//! on the state and the block's cue. Headline-like blocks and markers wait
//! in `pending` until what follows them says what they are: a body's
//! first prose (a title, a deck, related lists before it), more prose of
//! the same body (read-also blocks, subheadings), or a footer (tags,
//! related lists after it). To add a rule: name it in [`Rule`], give its
//! threshold a constant in `policy`, decide with [`Assembler::decide`],
//! and add a page case in `tests/cases/` that pins it.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::Hasher;

use crate::blocks::find_double_space;
use crate::body::Paragraph;
use crate::classify::{Cue, Item, classify_page, holds_address, is_name_run};
use crate::credit::{Attribution, Credit, CreditKind};
use crate::fold::Folder;
use crate::headlines::{HeadlineBlock, push_item};
use crate::lexicon::{Fnv, Matcher, after_honorific, is_author_list, is_menu_row, names_section};
use crate::options::Options;
use crate::page::{Article, Block, Page};
use crate::policy::{
    BARE_HEADLINE_WORDS, BARE_RUN_HEADLINES, BARE_TAG_LINES, BARE_TAGS_NAMED_PART, BIO_LINES, BULLETED_ITEM_WORDS,
    CARD_STAMP_WORDS, CROSSHEAD_WORDS, DECK_WORDS, FEED_ENTRIES, FEED_HEADING_WORDS, FIRST_ARTICLE_WORDS,
    FOOTER_TAG_TRIES, FOOTER_TAGS, GLUED_STAMP_BYTES, HEAD_BLOCKS, LATER_ARTICLE_PARAGRAPHS, LATER_ARTICLE_WORDS,
    LISTED_TAG_WORDS, LONG_BREAK_LINES, MARGIN_TITLE_WINDOW, MENU_ITEM_WORDS, OPENING_WORDS, RUN_TAGS_NAMED_OF,
    RUN_TAGS_NAMED_PART, RUN_TOGETHER_TAGS, SITE_NAME_WORDS, TAG_WORDS, TEASER_LEDE_WORDS, TITLE_WINDOW, TITLE_WORDS,
    UNDER_LONG_HEADLINE_WORDS, UNTITLED_LEAD_WORDS,
};
use crate::role::{Role, Rule};
use crate::shape::{Shape, is_top_heading, on_one_line, strip_bullet};
use crate::span::Piece;
use crate::tags::{self, Hashed, SubjectWords, TagEvidence};

/// Parses `input` with the calling thread's matcher, and `options`.
pub(crate) fn parse<'a>(input: &'a str, options: &Options) -> Page<'a> {
    // One matcher per thread: its buffers, grown once, serve every page.
    thread_local!(static MATCHER: std::cell::RefCell<Matcher> = std::cell::RefCell::default());
    MATCHER.with(|m| {
        let m = &mut m.borrow_mut();
        m.set_user(options.markers.clone());
        let page = parse_with(input, m, options);
        m.set_user(None);
        page
    })
}

fn parse_with<'a>(input: &'a str, m: &mut Matcher, options: &Options) -> Page<'a> {
    m.reset();
    let items = classify_page(input, m, options);
    let mut a = Assembler {
        input,
        m,
        decisions: vec![Decision::UNCLAIMED; items.len()],
        items: &items,
        state: State::Head,
        page: Page::default(),
        pending: Vec::new(),
        early_credits: Vec::new(),
        article_blocks: Vec::new(),
        opening: items.iter().position(|it| it.shape().is_some_and(|s| s.is_prose() && s.words >= OPENING_WORDS)),
        evidence: (0, 0, TagEvidence::default()),
        subject: (0, SubjectWords::default()),
        menu_entries: items.iter().filter_map(menu_entry).fold(HashMap::default(), |mut m, e| {
            *m.entry(words_key(e)).or_default() += 1;
            m
        }),
        blurbs: 0,
    };
    match feed(&items) {
        Some((heading, headlines)) => a.feed(heading, &headlines),
        None => (0..items.len()).for_each(|i| a.step(i)),
    }
    a.finish()
}

/// Where the assembler stands: what the next block can be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Before the page's first body: headline-like blocks wait for it,
    /// credits for its article.
    Head,
    /// Inside an article's body: prose goes on with it.
    Body,
    /// Inside a body, after an author credit (block `credit`) below it:
    /// short lines are the author's bio (`كاتب عراقي`).
    Bio { credit: usize },
    /// The article's footer (block `by`: a source line, tags, the comment
    /// section) closed it: prose needs a title of its own to start another.
    Footer { by: usize },
    /// After a tag label standing alone (block `label`): short lines are
    /// its tags, one a line; `article` says whether an article stands
    /// before it (its footer) or none does yet.
    TagLines { label: usize, article: bool },
}

impl State {
    /// Whether an article's body is open.
    fn in_body(self) -> bool {
        matches!(self, State::Body | State::Bio { .. })
    }
}

/// A block's role, the rule that gave it, and the neighbour that decided.
#[derive(Clone, Copy, Debug)]
struct Decision {
    role: Role,
    rule: Rule,
    by: Option<usize>,
}

impl Decision {
    const UNCLAIMED: Decision = Decision { role: Role::Boilerplate, rule: Rule::Unclaimed, by: None };
}

/// A news-feed page: time stamp, headline, maybe a lede, repeated, and no
/// other prose. It has no article; its headlines are one related block,
/// headed by the short line before the first entry if there is one.
fn feed(items: &[Item<'_>]) -> Option<(Option<usize>, Vec<usize>)> {
    let next = |from: usize| (from..items.len()).find(|&j| !matches!(items[j].cue, Cue::Blank));
    let prev = |to: usize| above(items, to);
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
    let heading = prev(first_stamp)
        .filter(|&h| items[h].is_marker() || items[h].shape().is_some_and(|s| s.words <= FEED_HEADING_WORDS));
    Some((heading, headlines))
}

/// What [`Assembler::first_title`] and [`Assembler::next_title`] found
/// before a body: the title and the rule that chose it, the deck lines
/// between it and the body, and what stands before it.
struct Head<'p> {
    title: Option<(usize, Rule, Option<usize>)>,
    deck: &'p [usize],
    deck_rule: Rule,
    before: &'p [usize],
}

struct Assembler<'a, 'i> {
    input: &'a str,
    /// The marker look-ups' buffers, for the few blocks read again here.
    m: &'i mut Matcher,
    items: &'i [Item<'a>],
    decisions: Vec<Decision>,
    state: State,
    page: Page<'a>,
    /// Headline-like blocks and markers waiting for what follows them to
    /// say what they are.
    pending: Vec<usize>,
    /// Credits seen before the article they belong to.
    early_credits: Vec<Attribution<'a>>,
    /// For each article, the blocks given to its title, body and read-also blocks.
    article_blocks: Vec<Vec<usize>>,
    /// The first prose long enough to open the page's body, if any.
    opening: Option<usize>,
    /// The words of the last article's body (its number, how many of its
    /// paragraphs were read), built when first asked for.
    evidence: (usize, usize, TagEvidence),
    /// The words of the last article's subject line (its number, its
    /// words), built when first asked for.
    subject: (usize, SubjectWords),
    /// The entries of the page's menus (its bulleted items of a few
    /// words), counted by the key of their words.
    menu_entries: HashMap<u64, u32, Hashed>,
    /// How many of the page's first articles are blurbs, of those before
    /// the last (which no later block changes): counted on, never again.
    blurbs: usize,
}

impl<'a> Assembler<'a, '_> {
    /// Reads block `i`: one transition of the machine.
    fn step(&mut self, i: usize) {
        let item = &self.items[i];
        if let Some(rule) = item.cue_rule() {
            self.decide(i, cue_role(&item.cue), rule, None);
        }
        self.state = match (self.state, &item.cue) {
            (state, Cue::Blank | Cue::Furniture(_) | Cue::Stamp) => state,
            // A short line after a tag label standing alone is one tag.
            (State::TagLines { label, article }, Cue::Text(shape)) if is_listed_tag(shape) => {
                let text = strip_bullet(item.text);
                if tags::is_separated(text) {
                    // The run on one line, split by its separators (`مصر,
                    // فيروس كورونا` on arabic.sputniknews.com): the whole run,
                    // as a site prints its tags one way.
                    self.decide(i, Role::Tags, Rule::TagAfterLabel, Some(label));
                    self.tag_line(text);
                    if article { State::Footer { by: label } } else { State::Head }
                } else {
                    self.tag_block(i, Rule::TagAfterLabel, Some(label));
                    State::TagLines { label, article }
                }
            }
            // Any other block ends the tag lines: read it after the footer.
            (State::TagLines { label, article }, _) => {
                self.state = if article { State::Footer { by: label } } else { State::Head };
                return self.step(i);
            }
            // A short line after an author credit below the body is the author's bio.
            (State::Bio { credit }, Cue::Text(shape)) if !shape.is_prose() => {
                self.decide(i, Role::Boilerplate, Rule::AuthorBio, Some(credit));
                // A bio is a line: what follows it is the page's.
                let lines = self.items[credit + 1..=i].iter().filter(|it| matches!(it.cue, Cue::Text(_))).count();
                if lines < BIO_LINES { State::Bio { credit } } else { State::Body }
            }
            (state, Cue::Closing) => self.close_body(state, i),
            // A list's heading ends the author's bio: what follows is its list.
            (state, Cue::Marker { .. }) => {
                self.pending.push(i);
                if matches!(state, State::Bio { .. }) { State::Body } else { state }
            }
            (state, Cue::Credit(c)) => self.credit(state, i, c.clone()),
            (state, Cue::Tags { rest, .. }) => {
                let state = self.close_body(state, i);
                let article = !self.page.articles.is_empty();
                if rest.is_empty() {
                    State::TagLines { label: i, article }
                } else {
                    self.tag_line(rest);
                    state
                }
            }
            (state, Cue::Text(shape)) if shape.is_prose() => self.prose(state, i),
            (state, Cue::Text(_)) => {
                self.pending.push(i);
                state
            }
        };
    }

    /// Gives block `i` its role, by `rule`, decided by block `by` if any;
    /// remembers which article's text it is.
    fn decide(&mut self, i: usize, role: Role, rule: Rule, by: Option<usize>) {
        // A heading the site's profile read as one is told by that rule.
        let rule = match self.items[i].given_by {
            Some(Rule::SiteLabel) if matches!(role, Role::ReadAlsoHeading | Role::RelatedHeading) => Rule::SiteLabel,
            _ => rule,
        };
        self.decisions[i] = Decision { role, rule, by };
        if matches!(role, Role::Title | Role::Paragraph | Role::ReadAlsoHeading | Role::ReadAlsoItem) {
            if let Some(blocks) = self.article_blocks.last_mut() {
                blocks.push(i);
            }
        }
    }

    /// Sets a provisional rule on a waiting block (`MenuRow`, `SiteName`)
    /// that a later rule may still claim.
    fn note(&mut self, i: usize, rule: Rule) {
        if self.decisions[i].rule == Rule::Unclaimed {
            self.decisions[i].rule = rule;
        }
    }

    fn feed(&mut self, heading: Option<usize>, headlines: &[usize]) {
        let mut block = HeadlineBlock { heading: None, items: Vec::new() };
        for &i in headlines {
            let stamp = above(self.items, i);
            self.decide(i, Role::RelatedItem, Rule::FeedEntry, stamp);
            push_item(self.input, self.items[i].text, &mut block.items);
        }
        if let Some(h) = heading {
            self.decide(h, Role::RelatedHeading, Rule::FeedHeading, headlines.first().copied());
            let text = match self.items[h].cue {
                Cue::Marker { heading, .. } => heading,
                _ => self.items[h].text,
            };
            block.heading = Some(Piece::within(self.input, text));
        }
        self.page.related.push(block);
    }

    fn finish(mut self) -> Page<'a> {
        self.close_body(self.state, self.items.len());
        let pending = std::mem::take(&mut self.pending);
        self.footer(&pending);
        self.date_articles();
        self.drop_slight_articles();
        self.page.blocks = self
            .items
            .iter()
            .zip(&self.decisions)
            .map(|(it, d)| Block::new(d.role, d.rule, d.by, Piece::at(it.text, it.span.start)))
            .collect();
        self.page
    }

    /// Each article's publication date, from the date lines around it (a
    /// stamp, or a credit line that gives a date): one between its title
    /// and its body first, else the nearest one before its title, else the
    /// first after its body, before the next article or a related list.
    fn date_articles(&mut self) {
        let dated: Vec<(usize, crate::PageDate<'a>)> = (0..self.items.len())
            .filter(|&i| matches!(self.items[i].cue, Cue::Stamp | Cue::Credit(_)))
            .filter_map(|i| crate::date::scan(self.items[i].text).map(|s| (i, s.date)))
            .collect();
        if dated.is_empty() {
            return;
        }
        let (blocks, decisions) = (&self.article_blocks, &self.decisions);
        let mut from = 0;
        for (k, article) in self.page.articles.iter_mut().enumerate() {
            let of = |r: Role| blocks[k].iter().copied().filter(move |&i| decisions[i].role == r);
            let Some(body) = of(Role::Paragraph).min() else { continue };
            let title = of(Role::Title).next().unwrap_or(body);
            let last = of(Role::Paragraph).max().unwrap_or(body);
            let next = blocks.get(k + 1).and_then(|b| b.iter().min().copied()).unwrap_or(usize::MAX);
            let in_range = |lo: usize, hi: usize| dated.iter().filter(move |(i, _)| (lo..hi).contains(i));
            // After the body, a list of other articles' headlines starts
            // their dates (`مقالات ذات صلة`, headline, `31 ديسمبر 2023`).
            let listed = |i: &usize| matches!(decisions[*i].role, Role::RelatedHeading | Role::RelatedItem);
            let footer_end = (last..next.min(decisions.len())).find(listed).unwrap_or(next);
            let date = in_range(title, body)
                .next()
                .or_else(|| in_range(from, title).next_back())
                .or_else(|| in_range(last, footer_end).next());
            article.date = date.map(|(_, d)| *d);
            from = last;
        }
    }

    /// The words of each of article `k`'s paragraphs.
    fn paragraph_words(&self, k: usize) -> impl Iterator<Item = usize> + '_ {
        self.article_blocks[k]
            .iter()
            .filter(|&&i| self.decisions[i].role == Role::Paragraph)
            .map(|&i| self.items[i].shape().map_or(0, |s| s.words))
    }

    /// The words of article `k`'s paragraphs, and of its longest.
    fn body_size(&self, k: usize) -> (usize, usize) {
        self.paragraph_words(k).fold((0, 0), |(sum, most), w| (sum + w, most.max(w)))
    }

    /// Whether article `k` may be a site's blurb or a menu flattened into
    /// prose over the page's article (`رصيف22 منبر إعلامي مستقل ...`:
    /// raseef22.net, aletihad.ae): no title, no credit, fewer words than an
    /// untitled lead has. It is one if an article that is none follows.
    fn is_blurb(&self, k: usize) -> bool {
        let a = &self.page.articles[k];
        if a.title.is_some() || !a.sources.is_empty() || !a.bylines.is_empty() {
            return false;
        }
        // Read until the words suffice (each block holds one at least), so
        // that asking of the last article after each footer stays linear.
        let mut words = 0;
        self.paragraph_words(k).all(|w| {
            words += w;
            words < UNTITLED_LEAD_WORDS
        })
    }

    /// An article needs a body of its own: a page's first article some
    /// words of prose (more with no title and no credit, before an article
    /// that has more), a later one two paragraphs or a long one. What falls
    /// short (a site's about blurb under a heading) is furniture.
    fn drop_slight_articles(&mut self) {
        // Articles read, and kept: the page's first article is the first
        // one kept.
        let (mut n, mut kept) = (0, 0);
        let sizes: Vec<(usize, usize)> = (0..self.page.articles.len()).map(|k| self.body_size(k)).collect();
        // Blurbs before the first article that is none are no articles.
        let lead = (0..self.page.articles.len()).position(|k| !self.is_blurb(k)).unwrap_or(0);
        let (articles, blocks, decisions) = (&mut self.page.articles, &self.article_blocks, &mut self.decisions);
        articles.retain(|a| {
            let (words, longest) = sizes[n];
            let keep = if kept == 0 {
                words >= FIRST_ARTICLE_WORDS && n >= lead
            } else {
                // Teasers: no paragraph longer than a title can be (dev: seven
                // such later articles on four sites, none in gold).
                (a.paragraphs.len() >= LATER_ARTICLE_PARAGRAPHS || words >= LATER_ARTICLE_WORDS)
                    && longest > *TITLE_WORDS.end()
            };
            if !keep {
                for &i in &blocks[n] {
                    decisions[i] = Decision { role: Role::Boilerplate, rule: Rule::SlightArticle, by: None };
                }
            }
            n += 1;
            kept += usize::from(keep);
            keep
        });
    }

    /// A credit: an author credit in a body opens the bio lines; a source
    /// credit closes the body, unless prose follows it: a dateline opens a
    /// body, only a footer closes one. A credit after a closed article and
    /// before a new title or body belongs to what comes next; so does one
    /// before the first article.
    fn credit(&mut self, state: State, i: usize, credit: Credit<'a>) -> State {
        let byline = credit.main.kind() == CreditKind::Byline;
        let dateline = self.prose_follows(i);
        let next = match state {
            State::Head => true,
            State::Footer { .. } => dateline || !self.pending.is_empty(),
            _ => false,
        };
        let credits = std::iter::once(credit.main).chain(credit.author);
        if next {
            self.early_credits.extend(credits);
            return state;
        }
        if dateline {
            self.title_over_credit(i);
        }
        let state = if byline || dateline { state } else { self.close_body(state, i) };
        if let Some(art) = self.page.articles.last_mut() {
            credits.for_each(|a| art.credit(a));
        }
        if byline && !dateline && state.in_body() { State::Bio { credit: i } } else { state }
    }

    /// The page's first paragraph made its title when it is a sentence of
    /// a title's length right over credit line `credit`, which the body
    /// follows: a title with a full stop (`تاونات .. سيارة السلطات الصحية
    /// تذكر المواطنين ... لم تنتهي بعد .` over `كريم باجو /كرونو نيوز` on
    /// chrononews.ma; a Yemeni paper's `العزعزي : الثورة ستنتصر ...` in the
    /// Arabic Newspapers Corpus), as a credit stands under a title.
    fn title_over_credit(&mut self, credit: usize) {
        let [blocks] = self.article_blocks.as_slice() else { return };
        let &[p] = blocks.as_slice() else { return };
        if p >= credit {
            return;
        }
        let sentence = self.items[p]
            .shape()
            .is_some_and(|s| TITLE_WORDS.contains(&s.words) && s.ends_sentence && !s.inner_sentence && !s.bulleted)
            && !holds_address(self.items[p].text);
        let right_over = self.items[p + 1..credit].iter().all(|it| !it.is_read());
        let Some(art) = self.page.articles.first_mut() else { return };
        if !sentence || !right_over || art.title.is_some() || art.paragraphs.len() != 1 || !self.pending.is_empty() {
            return;
        }
        art.paragraphs.clear();
        art.title = Some(Piece::within(self.input, strip_bullet(self.items[p].text)));
        self.decide(p, Role::Title, Rule::TitleOverCredit, Some(credit));
    }

    /// Whether prose follows block `i`, past blank lines, stamps and
    /// furniture.
    fn prose_follows(&self, i: usize) -> bool {
        let next = self.items[i + 1..].iter().find(|it| it.is_read());
        next.and_then(Item::shape).is_some_and(Shape::is_prose)
    }

    /// The tags of a tag line, whose run after its label is `rest`.
    fn tag_line(&mut self, rest: &'a str) {
        if self.page.articles.is_empty() {
            return;
        }
        let run_together = !tags::is_separated(rest) && rest.split_whitespace().nth(1).is_some();
        let evidence = run_together.then(|| self.body_evidence().clone());
        let tags = tags::split_tags(self.input, rest, evidence.as_ref());
        if let Some(art) = self.page.articles.last_mut() {
            art.tags.extend(tags);
        }
    }

    /// The body ends at block `by` (a footer follows): what waits after it
    /// is read as the body's tail.
    fn close_body(&mut self, state: State, by: usize) -> State {
        if !state.in_body() {
            return state;
        }
        let pending = std::mem::take(&mut self.pending);
        let pending = self.introduced_list(&pending);
        let (rest, tags) = match self.bare_tags(pending) {
            (rest, None) => self.run_together_tags(rest),
            found => found,
        };
        // Tags found right after the body leave none to look for further down.
        let further = self.footer(rest);
        State::Footer { by: tags.or(further).unwrap_or(by) }
    }

    /// The list items at the head of `pending` that the body's last
    /// paragraph introduces, ending with a colon, made paragraphs; returns
    /// what is left. A list a body sentence introduces is body
    /// (annotation.md, "Paragraphs"): the symptoms after `أعراض السكتة
    /// هي:`, the steps after `وتشمل الخطوات ما يلي:`.
    fn introduced_list<'p>(&mut self, pending: &'p [usize]) -> &'p [usize] {
        let Some(last) = self.last_paragraph().filter(|&l| self.items[l].shape().is_some_and(|s| s.ends_colon)) else {
            return pending;
        };
        let listed = |i: usize| matches!(self.items[i].cue, Cue::Text(s) if s.bulleted);
        let n = pending.iter().take_while(|&&i| listed(i)).count();
        // A bulleted run of questions is headlines, as sites list them
        // (`هل حقاً ...؟`), or a sign-up pitch (`هل ترغب في:`, then `حضور
        // ورشات ...؟`): not the article's own list.
        let question = |i: &usize| self.items[*i].shape().is_some_and(|s| s.ends_question);
        if pending[..n].iter().all(question) {
            return pending;
        }
        for &i in &pending[..n] {
            self.paragraph(i, Rule::IntroducedList, Some(last));
        }
        &pending[n..]
    }

    /// Prose: a new article's first paragraph, or more of the open body.
    fn prose(&mut self, state: State, i: usize) -> State {
        let pending = std::mem::take(&mut self.pending);
        match state {
            // Prose too slight to open the page's body waits when a longer
            // one comes later (`رئيس مجلس الإدارة:` in a page's head).
            State::Head if self.opening.is_some_and(|o| i < o) => {
                self.pending = pending;
                self.pending.push(i);
                State::Head
            }
            State::Head => {
                self.start_article(i, &pending, true);
                State::Body
            }
            State::Body | State::Bio { .. } => match self.long_break(&pending, i) {
                // The body ended before this run: it is the page's furniture
                // and lists, and the prose after it needs a title of its own.
                Some(first) => {
                    let headed = pending.last().is_some_and(|&t| self.items[t].shape().is_some_and(Shape::is_title));
                    let (run, head) = pending.split_at(pending.len() - usize::from(headed));
                    self.pending = run.to_vec();
                    self.close_body(state, first);
                    self.after_footer(i, head, first)
                }
                None => match self.interior(&pending, i) {
                    Some(by) => self.after_footer(i, &[], by),
                    None => {
                        self.paragraph(i, Rule::Prose, None);
                        State::Body
                    }
                },
            },
            State::Footer { by } if self.is_teaser_lede(i, &pending) => {
                let headline = pending.last().copied();
                self.decide(i, Role::Boilerplate, Rule::TeaserLede, headline);
                self.pending = pending;
                State::Footer { by }
            }
            State::Footer { by } | State::TagLines { label: by, .. } => self.after_footer(i, &pending, by),
        }
    }

    /// Whether prose `i` after a closed article is a teaser's lede: a
    /// marker (`الأكثر قراءة`) opened a list, a headline of it stands right
    /// before `i`, `i` is a sentence or two, and no prose follows it.
    fn is_teaser_lede(&self, i: usize, pending: &[usize]) -> bool {
        let listed = pending.iter().any(|&p| self.items[p].is_marker());
        let headed = pending.last().is_some_and(|&t| self.is_listed(t));
        let short = self.items[i].shape().is_some_and(|s| s.words <= TEASER_LEDE_WORDS);
        // Blank lines are one block: the next block that is not one is
        // at most two on.
        let next = self.items[i + 1..].iter().take(2).find(|it| !matches!(it.cue, Cue::Blank));
        let alone = next.is_some_and(|it| !matches!(it.cue, Cue::Text(s) if s.is_prose()));
        listed && headed && short && alone
    }

    /// Whether the lines waiting between two runs of prose are too many to
    /// interrupt one body (a read-also box, a subheading): more than a few
    /// lines that are no marker, unless a sentence ending in a colon
    /// introduced them as its list.
    /// Lines the site's profile made furniture count as the lines they
    /// were (`مقالات سابقة` over a list). Returns the break's first block.
    fn long_break(&self, pending: &[usize], next: usize) -> Option<usize> {
        let last = self.last_paragraph();
        let lines = pending.iter().filter(|&&i| !self.items[i].is_marker()).count();
        let site = |it: &Item<'_>| it.given_by == Some(Rule::SiteRepeated);
        let from = last.map_or(next, |l| l + 1);
        let site_lines = self.items[from..next].iter().filter(|it| site(it)).count();
        let after_colon = last.is_some_and(|i| self.items[i].shape().is_some_and(|s| s.ends_colon));
        if lines + site_lines <= LONG_BREAK_LINES || after_colon {
            return None;
        }
        let first_site = (from..next).find(|&k| site(&self.items[k]));
        pending.first().copied().into_iter().chain(first_site).min()
    }

    /// Prose after the footer (block `by`) closed an article: a new article
    /// if a title stands before it, else no article's.
    fn after_footer(&mut self, i: usize, pending: &[usize], by: usize) -> State {
        // After blurbs only, the page's article is still to come: its title
        // is looked for as the first article's is.
        let n = self.page.articles.len();
        while self.blurbs + 1 < n && self.is_blurb(self.blurbs) {
            self.blurbs += 1;
        }
        let first = n == 0 || (self.blurbs + 1 == n && self.is_blurb(n - 1));
        if self.start_article(i, pending, first) {
            State::Body
        } else {
            self.decide(i, Role::Boilerplate, Rule::UntitledAfterFooter, Some(by));
            State::Footer { by }
        }
    }

    fn paragraph(&mut self, i: usize, rule: Rule, by: Option<usize>) {
        // A copy of the article's title (an image's alt text, a gallery's
        // caption) is no paragraph of it.
        let title = self.page.articles.last().and_then(|a| a.title.as_ref());
        if title.is_some_and(|t| same_words(t.as_str(), self.items[i].text)) {
            let by =
                self.article_blocks.last().and_then(|b| b.iter().find(|&&j| self.decisions[j].role == Role::Title));
            self.decide(i, Role::Boilerplate, Rule::TitleCopy, by.copied());
            return;
        }
        self.decide(i, Role::Paragraph, rule, by);
        let mut text = strip_bullet(self.items[i].text);
        // A time stamp glued before the paragraph by a double space
        // (`اليوم 09:18  كذلك، ...`) is no part of it.
        let head = (0..=(GLUED_STAMP_BYTES + 2).min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        if let Some(gap) = find_double_space(&text[..head]) {
            if crate::date::is_stamp(&text[..gap]) {
                text = text[gap..].trim_start();
            }
        }
        if let Some(art) = self.page.articles.last_mut() {
            art.paragraphs.push(Paragraph::new(Piece::within(self.input, text)));
        }
    }

    /// Prose where no article is open: a new article if a title stands
    /// before it or it is the page's first; otherwise (a site blurb after
    /// the last article's footer) `false`, and no article starts.
    fn start_article(&mut self, i: usize, pending: &[usize], first: bool) -> bool {
        let head = if first { self.first_title(pending, i) } else { self.next_title(pending, i) };
        self.footer(head.before);
        if !first && head.title.is_none() {
            return false;
        }
        self.article_blocks.push(Vec::new());
        let mut art = Article::default();
        if let Some((t, rule, by)) = head.title {
            art.title = Some(Piece::within(self.input, strip_bullet(self.items[t].text)));
            self.decide(t, Role::Title, rule, by);
        }
        for a in self.early_credits.drain(..) {
            art.credit(a);
        }
        self.page.articles.push(art);
        let title = head.title.map(|(t, ..)| t);
        // Prose too slight to open the page's body, after its title: the
        // body's first lines.
        let from = title.and_then(|t| pending.iter().position(|&p| p == t)).map_or(head.before.len(), |k| k + 1);
        let lead = pending[from..]
            .iter()
            .filter(|&&p| first && self.is_prose(p) && !self.is_label(p) && !head.deck.contains(&p));
        let mut body: Vec<(usize, Rule)> = head.deck.iter().map(|&d| (d, head.deck_rule)).collect();
        body.extend(lead.map(|&p| (p, Rule::Prose)));
        body.sort_unstable_by_key(|(p, _)| *p);
        for (p, rule) in body {
            self.paragraph(p, rule, if rule == Rule::Prose { None } else { title });
        }
        self.paragraph(i, Rule::Prose, None);
        true
    }

    /// Whether block `i` is a short label that may stand between the title
    /// and the body: three words or fewer, no headline and no prose but
    /// what ends with a colon (a paper's name that spaces split from its
    /// date, `البيان     28 جويلية 2012`; a section's label, `ثقافة
    /// اليوم:`; the reporter's name, `عبد الله محمد:`), or a short line
    /// of numbers more than words (a post's date, time and views the date
    /// grammar does not read whole: `2023-09-01 10:27 م 361`).
    fn is_label(&self, i: usize) -> bool {
        let label = |s: &Shape| s.words <= SITE_NAME_WORDS && !s.is_headline() && (!s.is_prose() || s.ends_colon);
        let figures = |s: &Shape| s.words <= CARD_STAMP_WORDS && s.number_words > s.arabic_words && !s.is_prose();
        self.items[i].shape().is_some_and(|s| label(s) || figures(s))
    }

    fn is_prose(&self, i: usize) -> bool {
        self.items[i].shape().is_some_and(Shape::is_prose)
    }

    /// The first article's title: a headline the page's head repeats (the
    /// HTML title line), else the first title-shaped line of the run of
    /// headline-shaped blocks right before the body; what follows it there
    /// is its deck.
    fn first_title<'p>(&mut self, pending: &'p [usize], body: usize) -> Head<'p> {
        // A site's menu flattened into a line has a title's shape: if one
        // is chosen, the choice is made again without it.
        let chosen = self.choose_first_title(pending, body, None);
        match chosen.title {
            Some((t, ..)) if is_menu_row(self.items[t].text) => {
                self.note(t, Rule::MenuRow);
                self.choose_first_title(pending, body, Some(t))
            }
            _ => chosen,
        }
    }

    /// [`first_title`](Self::first_title) of the body starting at block
    /// `body`, with the block `menu` (if any) no title.
    fn choose_first_title<'p>(&mut self, pending: &'p [usize], body: usize, menu: Option<usize>) -> Head<'p> {
        let headline = |i: usize| self.items[i].shape().is_some_and(Shape::is_headline);
        let title = |i: usize| Some(i) != menu && self.is_title(i);
        let window = pending.len().saturating_sub(TITLE_WINDOW);
        // The title the head repeats: an exact copy first; failing that, a
        // copy compared folded (the head folded once, and only then).
        let end = pending.last().map_or(0, |&l| l.min(HEAD_BLOCKS));
        let items = self.items;
        // A copy of block `i` in a longer block of the head; only a whole
        // one where `whole` (no more words of a sentence on either side:
        // `أسعار النفط` is no copy in `أسعار النفط تنخفض إلى ...`).
        let copy_of = |i: usize, whole: bool| {
            let title = items[i].text.as_bytes();
            let head = &items[..i.min(end)];
            let copy = |p: &Item<'_>, at: Option<usize>| {
                p.text.len() > title.len() && at.is_some_and(|at| !whole || stands_apart(p.text, at, title.len()))
            };
            // Rabin-Karp is cheap to build for each candidate; its worst
            // case, bytes times title length, stays linear for short titles.
            if title.len() <= RABIN_KARP_TITLE {
                let finder = memchr::arch::all::rabinkarp::Finder::new(title);
                head.iter().position(|p| copy(p, finder.find(p.text.as_bytes(), title)))
            } else {
                let finder = memchr::memmem::Finder::new(title);
                head.iter().position(|p| copy(p, finder.find(p.text.as_bytes())))
            }
        };
        let head = std::cell::OnceCell::new();
        let folded_copy_of = |i: usize, whole: bool| {
            let head: &Vec<Cow<'_, str>> =
                head.get_or_init(|| items[..end].iter().map(|it| folded_on_one_line(it.text)).collect());
            let it = folded_on_one_line(items[i].text);
            head[..i.min(end)].iter().position(|prev| {
                prev.len() > it.len()
                    && prev.find(it.as_ref()).is_some_and(|at| !whole || stands_apart(prev, at, it.len()))
            })
        };
        let candidates = &pending[window..];
        // A headline the feed links name may be longer than a title.
        // A headline holding no address (as a title holds none).
        let plain_headline =
            |i: usize| self.items[i].shape().is_some_and(Shape::is_headline) && !holds_address(items[i].text);
        // A headline printed twice may be a kicker or a tag over the title
        // (`أسعار النفط`, matnnews.com): the head must hold it whole.
        let echoed = |i: usize| plain_headline(i) && self.items[i].shape().is_some_and(|s| s.echoed);
        let last_copy = |copy_of: &dyn Fn(usize, bool) -> Option<usize>| {
            candidates.iter().enumerate().rev().find_map(|(k, &i)| {
                let copy = if title(i) {
                    copy_of(i, false)
                } else if echoed(i) {
                    copy_of(i, true)
                } else {
                    None
                };
                copy.map(|c| (k, c))
            })
        };
        // A page converted to Markdown marks its `<h1>`, the article's
        // headline on news pages (html2text dumps of eight sites of the
        // test bed; the site's logo is one too, of a name's length).
        let top_heading = |&k: &usize| is_top_heading(items[pending[k]].text) && title(pending[k]);
        if let Some(k) = (0..pending.len()).rev().find(top_heading) {
            let title = Some((pending[k], Rule::TitleHeading, Some(body)));
            return Head { title, deck: &[], deck_rule: Rule::Deck, before: &pending[..k] };
        }
        let found = last_copy(&copy_of).or_else(|| last_copy(&folded_copy_of));
        if let Some((k, copy)) = found {
            // A text browser prints a linked image's text under the heading
            // it repeats: of the same words twice, the first is the title.
            let same = |j: &usize| same_words(self.items[candidates[*j]].text, self.items[candidates[k]].text);
            let k = (0..k).find(same).unwrap_or(k) + window;
            return Head {
                title: Some((pending[k], Rule::TitleInHead, Some(copy))),
                deck: &[],
                deck_rule: Rule::Deck,
                before: &pending[..k],
            };
        }
        // On a page whose prose a text browser indented, its headings stand
        // at the margin: the title is the last title-shaped one before the
        // body (annotation.md, "Text wrapped by a text browser"), or a
        // longer headline there (`حوار| عرب ناصر: أية قصة ستُروى الآن عن غزة
        // ...`, 16 to 21 words on al-marsd.com, ultrasawt.com, agadir24.info).
        if self.items[body].indent.is_some_and(|n| n > 0) {
            let near = pending.len().saturating_sub(MARGIN_TITLE_WINDOW);
            let heading = |i: usize| title(i) || (Some(i) != menu && plain_headline(i));
            let at_margin = |k: &usize| self.items[pending[*k]].indent == Some(0) && heading(pending[*k]);
            // A name at the margin under the title (`رشا عبد المنعم`) is
            // shorter than it: a longer heading before it wins.
            let long = |k: &usize| self.items[pending[*k]].shape().is_some_and(|s| s.words > SITE_NAME_WORDS);
            let found = (near..pending.len()).rev().filter(at_margin).find(long);
            if let Some(k) = found.or_else(|| (near..pending.len()).rev().find(at_margin)) {
                let title = Some((pending[k], Rule::TitleAtMargin, Some(body)));
                return Head { title, deck: &[], deck_rule: Rule::Deck, before: &pending[..k] };
            }
        }
        // The headlines right before the body, up to a list item: a list
        // of headlines stands apart from the title over the body. A list
        // right over the body is its contents (`• أهمية الحرية`): the
        // title stands over it.
        let listed = |i: usize| self.items[i].shape().is_some_and(|s| s.bulleted);
        let contents = pending.iter().rev().take_while(|&&i| listed(i) && headline(i)).count();
        let unlisted = &pending[..pending.len() - contents];
        // A short label between the title and the body ends no run
        // ([`is_label`](Self::is_label)).
        let labels = unlisted.iter().rev().take_while(|&&i| self.is_label(i)).count();
        let unlisted = &unlisted[..unlisted.len() - labels];
        let run = unlisted.len() - unlisted.iter().rev().take_while(|&&i| headline(i) && !listed(i)).count();
        let shape = |i: usize| self.items[i].shape().copied().unwrap_or_default();
        let lines = &unlisted[run..];
        if lines.first().is_some_and(|&t| shape(t).numbered_section) {
            // A numbered section head opens the body: no title.
            return Head { title: None, deck: lines, deck_rule: Rule::NumberedSection, before: &pending[..run] };
        }
        // The title is the run's first title-shaped line, past a short one
        // (a site's name, a section) when a longer one follows.
        let titles: Vec<usize> = (0..lines.len()).filter(|&k| title(lines[k])).collect();
        // A headline of two words opening the page right over its body, or
        // over the byline over it, is its title (a column's, `تهميش
        // المثقفين`; `خواطر سريعة` over `فهد عامر الأحمدي`): no menu or site
        // name stands before it, and it names no section (`أخبار إقليمية`).
        let credit = |i: usize| matches!(self.items[i].cue, Cue::Credit(_));
        let over_body = above(self.items, body).and_then(|a| if credit(a) { above(self.items, a) } else { Some(a) });
        // Or one the body's first sentence names, over the post's date or
        // byline, its share row and its comments link (`مفهوم الحريّة`, then
        // its date, share buttons and `اضف تعليقاً`, then `يُعدّ مفهوم
        // الحريّة ...`; youm7.com, addustour.com).
        let meta = |it: &Item<'_>| {
            matches!(it.cue, Cue::Blank | Cue::Stamp | Cue::Furniture(_) | Cue::Credit(_) | Cue::Closing)
        };
        let named_over_body = |i: usize| {
            self.items[i + 1..body].iter().all(meta)
                && tags::count_named(&[self.items[i].text], [self.items[body].text], 1) == 1
        };
        let opening = |&i: &usize| {
            let s = shape(i);
            s.words == 2
                && plain_headline(i)
                && !s.bulleted
                && ((above(self.items, i).is_none() && over_body == Some(i)) || named_over_body(i))
                && !names_section(self.items[i].text)
        };
        let titles =
            if titles.is_empty() { (0..lines.len()).filter(|&k| opening(&lines[k])).collect() } else { titles };
        let pick = match titles.as_slice() {
            [first, rest @ ..] if shape(lines[*first]).words <= SITE_NAME_WORDS => match rest.first() {
                Some(&next) if shape(lines[next]).words > shape(lines[*first]).words => {
                    self.note(lines[*first], Rule::SiteName);
                    Some(next)
                }
                _ => Some(*first),
            },
            [first, ..] => Some(*first),
            [] => None,
        };
        // A headline longer than a title before the one picked, the only
        // one there, is the page's title, the shorter line under it a
        // label or a credit the grammar does not read (`مراسل "روسيا
        // اليوم": اشتباكات ...`, 17 words, over `أخبار العالم العربي`);
        // several are a list of teasers.
        let long = |k: usize| {
            let mut longer = (0..k).filter(|&j| {
                let s = shape(lines[j]);
                plain_headline(lines[j]) && s.words > *TITLE_WORDS.end() && !s.is_prose() && !s.bulleted
            });
            longer.next().filter(|_| longer.next().is_none())
        };
        // With no title-shaped line, the one longer headline is the title
        // where a blank line sets it apart from what follows (a wrapped
        // paragraph's first line runs on into the next), unless a credit
        // line stands over it: then it is the body's lede that lost its
        // full stop (below).
        let under_credit = |i: usize| above(self.items, i).is_some_and(|a| matches!(self.items[a].cue, Cue::Credit(_)));
        let apart = |i: usize| self.items.get(i + 1).is_some_and(|it| matches!(it.cue, Cue::Blank));
        let pick = match pick {
            Some(k) if shape(lines[k]).words <= UNDER_LONG_HEADLINE_WORDS => Some(long(k).unwrap_or(k)),
            Some(k) => Some(k),
            None => long(lines.len()).filter(|&j| apart(lines[j]) && !under_credit(lines[j])),
        };
        let Some(k) = pick else {
            // No title: the lines longer than a title right before the body,
            // under a credit line, are its first paragraphs, which lost
            // their full stops (annotation.md: a dateline opens a body).
            let long = |i: &usize| shape(*i).words > *TITLE_WORDS.end() && !shape(*i).bulleted;
            let lede = lines.len() - lines.iter().rev().take_while(|i| long(i)).count();
            let lede = if lines.get(lede).is_some_and(|&i| under_credit(i)) { lede } else { lines.len() };
            return Head {
                title: None,
                deck: &lines[lede..],
                deck_rule: Rule::UntitledLede,
                before: &pending[..run + lede],
            };
        };
        // A deck is sentences; a short line between it and the title is not.
        let deck = &lines[k + 1..];
        let short = deck.iter().rposition(|&d| shape(d).words < DECK_WORDS).map_or(0, |j| j + 1);
        Head {
            title: Some((lines[k], Rule::TitleBeforeBody, Some(body))),
            deck: &deck[short..],
            deck_rule: Rule::Deck,
            before: &pending[..run + k],
        }
    }

    /// Whether block `i` has a title's shape and holds no address (`...
    /// عبر الاتصال بالمشرفين على الموقع moderator.arabic@...`, a sign-in
    /// box's contact line on arabic.sputniknews.com).
    fn is_title(&self, i: usize) -> bool {
        self.items[i].shape().is_some_and(Shape::is_title) && !holds_address(self.items[i].text)
    }

    /// A later article needs its own headline right before its body (at
    /// block `body`); a marker just before that headline only leads in to it.
    fn next_title<'p>(&mut self, pending: &'p [usize], body: usize) -> Head<'p> {
        match pending {
            [before @ .., t] if self.is_title(*t) => {
                let before = match before {
                    [rest @ .., lead] if self.items[*lead].is_marker() => {
                        self.decide(*lead, Role::Boilerplate, Rule::MarkerLeadsIn, Some(*t));
                        rest
                    }
                    _ => before,
                };
                Head { title: Some((*t, Rule::LaterTitle, Some(body))), deck: &[], deck_rule: Rule::Deck, before }
            }
            _ => Head { title: None, deck: &[], deck_rule: Rule::Deck, before: pending },
        }
    }
}

/// Longest title, in bytes, searched for in the page head with
/// Rabin-Karp rather than a searcher that costs more to build.
const RABIN_KARP_TITLE: usize = 256;

/// The nearest block before block `i` that is no blank line.
fn above(items: &[Item<'_>], i: usize) -> Option<usize> {
    (0..i).rev().find(|&j| !matches!(items[j].cue, Cue::Blank))
}

/// `text` folded for matching, a block a text browser wrapped set on one
/// line again (`CNNArabic.com - اليمن: ...` over two lines holds the title
/// all the same).
fn folded_on_one_line(text: &str) -> Cow<'_, str> {
    let folded = Folder::matching().fold(text);
    if folded.contains('\n') { Cow::Owned(on_one_line(&folded)) } else { folded }
}

/// Whether the `len` bytes of `text` at `at` stand apart from any words
/// around them: at an end of `text`, or with a mark between (`أسعار النفط
/// | موقع متن`) or ending them (`... للإنصاف.`), not a space alone.
fn stands_apart(text: &str, at: usize, len: usize) -> bool {
    let (copy, before, after) = (&text[at..at + len], &text[..at], &text[at + len..]);
    let word = |c: Option<char>| c.is_some_and(crate::fold::is_word_char);
    let open = !word(copy.chars().next()) || !word(before.trim_end().chars().next_back());
    let closed = !word(copy.chars().next_back()) || !word(after.trim_start().chars().next());
    open && closed
}

/// Whether two lines are the same words, wrapped anywhere, whatever mark
/// ends them (`عنوان المقال` and `عنوان المقال.`).
fn same_words(a: &str, b: &str) -> bool {
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '؟' | '…' | ':');
    a.trim_end_matches(ends).split_whitespace().eq(b.trim_end_matches(ends).split_whitespace())
}

/// A key of the words of `text`, whatever spaces stand between them.
fn words_key(text: &str) -> u64 {
    let mut h = Fnv::default();
    for w in text.split_whitespace() {
        h.write(w.as_bytes());
        h.write_u8(b' ');
    }
    h.finish()
}

/// The text of a menu's entry, if `item` is one: a bulleted item of a
/// few words, or an item of a nested list.
fn menu_entry<'a>(item: &Item<'a>) -> Option<&'a str> {
    match item.cue {
        Cue::Text(s) if s.bulleted && s.words <= MENU_ITEM_WORDS => Some(strip_bullet(item.text)),
        Cue::Furniture(Rule::NestedListItem) => item.text.get(1..).map(str::trim_start),
        _ => None,
    }
}

/// The role a cue gives by itself.
fn cue_role(cue: &Cue<'_>) -> Role {
    match cue {
        Cue::Blank => Role::Blank,
        Cue::Credit(c) if c.main.kind() == CreditKind::Byline => Role::Byline,
        Cue::Credit(_) => Role::Source,
        Cue::Tags { .. } => Role::Tags,
        _ => Role::Boilerplate,
    }
}

impl<'a> Assembler<'a, '_> {
    /// What stood between two paragraphs of one body: read-also blocks
    /// (with a marker, or a bare run of headlines), one-per-line tags that
    /// close the body, or subheadings; block `next` is the prose after them.
    /// Returns the first tag's block if bare tags closed the body.
    fn interior(&mut self, pending: &[usize], next: usize) -> Option<usize> {
        if pending.is_empty() {
            return None;
        }
        // Short lines after which the body goes on for paragraphs are its
        // crossheads (`أهمية الرياضة` / `لمريض السكري`, then the body), not
        // its tags: what follows tags is the page's furniture, a blurb at
        // most.
        let (rest, tags) = if self.body_goes_on(next) { (pending, None) } else { self.bare_tags(pending) };
        if tags.is_some() {
            self.related(rest);
            return tags;
        }
        let first_marker = rest.iter().position(|&i| self.items[i].is_marker()).unwrap_or(rest.len());
        let (lead, marked) = rest.split_at(first_marker);
        let last_paragraph = self.last_paragraph();
        let after_colon = last_paragraph.is_some_and(|i| self.items[i].shape().is_some_and(|s| s.ends_colon));
        // A bare run of headlines, not the author's own questions.
        let headline = |i: usize| self.is_bare_headline(i) && self.items[i].shape().is_some_and(|s| !s.ends_question);
        if lead.len() >= BARE_RUN_HEADLINES && lead.iter().all(|&i| headline(i)) && !after_colon && !self.is_menu(lead)
        {
            let block = self.headline_block(None, lead, Role::ReadAlsoItem, Rule::BareReadAlso, last_paragraph);
            self.push_read_also(block);
        } else {
            for &i in lead {
                // A run of names (a form's list of writers, a tag cloud)
                // heads no part of the body.
                if self.items[i].shape().is_some_and(|s| s.name_run) {
                    self.decide(i, Role::Boilerplate, Rule::NameRun, None);
                } else {
                    self.paragraph(i, Rule::Subheading, Some(next));
                }
            }
        }
        for group in groups(marked, |i| self.items[i].is_marker()) {
            if self.post_navigation(group) {
                continue;
            }
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
            let marker = group[0];
            let items = self.without_short_lines(&group[1..heads], marker, MENU_ITEM_WORDS);
            let block = self.headline_block(Some(marker), &items, Role::ReadAlsoItem, Rule::ReadAlsoItem, Some(marker));
            self.decide(marker, Role::ReadAlsoHeading, Rule::ReadAlsoMarker, None);
            self.push_read_also(block);
            for &i in &group[heads..] {
                self.paragraph(i, Rule::Crosshead, Some(marker));
            }
        }
        None
    }

    /// Whether the prose at block `next` and the text block after it are
    /// both prose: the body goes on there for paragraphs.
    fn body_goes_on(&self, next: usize) -> bool {
        let prose = |i: usize| self.items[i].shape().is_some_and(Shape::is_prose);
        let after = self.items[next + 1..].iter().position(|it| !matches!(it.cue, Cue::Blank)).map(|k| next + 1 + k);
        prose(next) && after.is_some_and(prose)
    }

    /// The last paragraph of the open article, if any.
    fn last_paragraph(&self) -> Option<usize> {
        self.article_blocks.last()?.iter().rev().find(|&&i| self.decisions[i].role == Role::Paragraph).copied()
    }

    fn push_read_also(&mut self, block: HeadlineBlock<'a>) {
        if let Some(art) = self.page.articles.last_mut() {
            art.read_also.push(block);
        }
    }

    /// A run of two or more short lines right after an open body, before
    /// any marker, is the article's one-per-line tag list, if the body
    /// names what a third of them name (a run with no label needs that
    /// evidence: menus, names and form fields are short lines too) and no
    /// line of it repeats an entry of the page's menu (a section's name
    /// over the next list): it closes the body. Returns the rest, and the
    /// first tag's block if there were tags.
    fn bare_tags<'p>(&mut self, pending: &'p [usize]) -> (&'p [usize], Option<usize>) {
        let short = |i: usize| {
            self.items[i].shape().is_some_and(|s| {
                (1..=TAG_WORDS).contains(&s.words)
                    && !s.is_prose()
                    && !s.ends_question
                    && !s.ends_sentence
                    && !s.bulleted
                    && s.number_words == 0
            }) && !self.repeats_menu_entry(i)
        };
        let n = pending.iter().take_while(|&&i| short(i)).count();
        if n < BARE_TAG_LINES || !self.untagged() {
            return (pending, None);
        }
        let run: Vec<&str> = pending[..n].iter().map(|&i| self.items[i].text).collect();
        let body = self.page.articles.last().map(|a| &a.paragraphs[..]).unwrap_or_default();
        let enough = n.div_ceil(BARE_TAGS_NAMED_PART);
        if tags::count_named(&run, body.iter().map(|p| p.as_str()), enough) < enough {
            return (pending, None);
        }
        // Tags the body named: the lines after them that are as short go on
        // with the list.
        let listed = |i: usize| self.items[i].shape().is_some_and(is_listed_tag) && !self.repeats_menu_entry(i);
        let n = n + pending[n..].iter().take_while(|&&i| listed(i)).count();
        let body = self.last_paragraph();
        for &i in &pending[..n] {
            self.tag_block(i, Rule::BareTagRun, body);
        }
        (&pending[n..], Some(pending[0]))
    }

    /// Whether block `i` is a run of names ([`Shape::name_run`]).
    fn is_name_run(&mut self, i: usize) -> bool {
        let text = self.items[i].text;
        self.items[i].shape().is_some_and(|s| s.name_run || is_name_run(text, s, self.m))
    }

    /// Whether block `i` shares a word with the last article's subject
    /// line: its title, or its first paragraph if it has none. A tag run
    /// names what the article is about; this first test is cheap, so the
    /// body is read as evidence only for the runs that pass it.
    fn names_subject(&mut self, i: usize) -> bool {
        let n = self.page.articles.len();
        if self.subject.0 != n {
            let Some(art) = self.page.articles.last() else { return false };
            let line = art.title.or_else(|| art.paragraphs.first().map(|p| p.piece()));
            self.subject = (n, SubjectWords::new(line.map(|l| l.as_str())));
        }
        self.subject.1.shares_word(self.items[i].text)
    }

    /// Whether the last article has no tags yet.
    fn untagged(&self) -> bool {
        self.page.articles.last().is_some_and(|a| a.tags.is_empty())
    }

    /// The first of `pending`, alone right after a body that ends (a list's
    /// heading may follow), is the article's tags run together with no label
    /// (`النيابة العامة منطقة دار السلام العشيق`; on dostor.org and
    /// albawabhnews.com): a run of names ([`Shape::name_run`]) that the
    /// body's words split into tags, three or more of them and two in three
    /// named by the body. Gives them to the article; returns the rest, and
    /// the tags' block if there were tags. Asked once a body, when it
    /// closes: the body's words are read once for it.
    fn run_together_tags<'p>(&mut self, pending: &'p [usize]) -> (&'p [usize], Option<usize>) {
        // Alone, or over a list's heading: the first of a list of
        // headlines is no tag run.
        let alone = pending.get(1).is_none_or(|&next| self.items[next].is_marker());
        match pending.first() {
            Some(&i)
                if alone
                    && self.untagged()
                    && self.is_name_run(i)
                    && self.names_tags(i, Rule::RunTogetherTags, RUN_TOGETHER_TAGS) =>
            {
                (&pending[1..], Some(i))
            }
            _ => (pending, None),
        }
    }

    /// Whether block `i`, a run of names, splits by the body's words into
    /// tags, two in three of them named by the body (or its title) and
    /// `fewest` at least; if so, they are the last article's tags, by `rule`.
    fn names_tags(&mut self, i: usize, rule: Rule, fewest: usize) -> bool {
        let (input, text) = (self.input, self.items[i].text);
        let evidence = self.body_evidence();
        let tags = tags::split_pieces(input, text, Some(evidence));
        let named: Vec<&str> = tags.iter().map(|t| t.as_str()).collect();
        let enough = (RUN_TAGS_NAMED_PART * named.len()).div_ceil(RUN_TAGS_NAMED_OF).max(fewest);
        if evidence.count_named(&named, enough) < enough {
            return false;
        }
        self.decide(i, Role::Tags, rule, self.last_paragraph());
        if let Some(art) = self.page.articles.last_mut() {
            art.tags.extend(tags::join_repeats(input, tags));
        }
        true
    }

    /// What waits after a closed article, its footer: the tags further
    /// down it ([`Self::footer_tags`]) if it has none yet, and the related
    /// lists around them. Returns the first tag's block if there were tags.
    fn footer(&mut self, pending: &[usize]) -> Option<usize> {
        let Some(k) = self.footer_tags(pending) else {
            self.related(pending);
            return None;
        };
        self.related(&pending[..k]);
        self.related(&pending[k + 1..]);
        Some(pending[k])
    }

    /// Tags further down an untagged article's footer, past the lists and
    /// rows a site sets between them and the body: a run of names with no
    /// label there (the most-read list, then `البلديات تنمية الرقابة لبنان
    /// اللامركزية ...`, raseef22.net; `مفاتيح`, then `روتين العناية بالبشرة
    /// بشرة ...`, jamalouki.net; `سمات ...` on 3alyoum.com in SaudiNewsNet).
    /// Away from the body the evidence must be stronger than right after
    /// it: a word of the article's subject line in the run, then four
    /// tags the body names at least, two in three, and no number (a score
    /// line, `أولمبيك آسفي - الدفاع الجديدي س 16`, or a list's heading,
    /// `لائحة مؤلفات الشيخ ...`, names three). The first few runs that name
    /// the subject are tried, so a footer is read in linear time. Gives the
    /// tags to the article; returns where in `pending` they stand.
    fn footer_tags(&mut self, pending: &[usize]) -> Option<usize> {
        if !self.untagged() {
            return None;
        }
        let mut tries = 0;
        for (k, &i) in pending.iter().enumerate() {
            if tries == FOOTER_TAG_TRIES {
                break;
            }
            // No number (a score line) and no bullet (a list's item).
            let plain = self.items[i].shape().is_some_and(|s| s.number_words == 0 && !s.bulleted);
            if plain && self.is_name_run(i) && self.names_subject(i) {
                tries += 1;
                if self.names_tags(i, Rule::FooterTags, FOOTER_TAGS) {
                    return Some(k);
                }
            }
        }
        None
    }

    /// The words of the last article's title and body, as evidence (a
    /// title names the subject its tags name: `روتين العناية بالبشرة` in
    /// `لروتين العناية بالبشرة ...`, jamalouki.net; `ناصر الجديع`, the
    /// writer's name, on 3alyoum.com in SaudiNewsNet): grown with the
    /// paragraphs added since it was last asked for, so a body is read once.
    fn body_evidence(&mut self) -> &TagEvidence {
        let (article, read, evidence) = &mut self.evidence;
        let n = self.page.articles.len();
        if *article != n {
            (*article, *read, *evidence) = (n, 0, TagEvidence::default());
            if let Some(t) = self.page.articles.last().and_then(|a| a.title) {
                evidence.add(t.as_str());
            }
        }
        if let Some(art) = self.page.articles.last() {
            art.paragraphs[*read..].iter().for_each(|p| evidence.add(p.as_str()));
            *read = art.paragraphs.len();
        }
        evidence
    }

    /// Block `i` is one tag of the last article, whose footer it is part of.
    fn tag_block(&mut self, i: usize, rule: Rule, by: Option<usize>) {
        self.decide(i, Role::Tags, rule, by);
        // A tag of a bulleted list is without its bullet (`  * غزة`).
        let tag = Piece::within(self.input, strip_bullet(self.items[i].text));
        if let Some(art) = self.page.articles.last_mut() {
            art.tags.push(tag);
        }
    }

    /// Page-level related blocks from what waits outside any body: each
    /// marker with the headlines after it, and a bare run of two or more
    /// headlines.
    fn related(&mut self, pending: &[usize]) {
        let first_marker = pending.iter().position(|&i| self.items[i].is_marker()).unwrap_or(pending.len());
        let (lead, marked) = pending.split_at(first_marker);
        // Bare lists: runs of two or more adjacent headlines, blank lines
        // between, or what a teaser card prints beside its headline: its
        // echo, its date, its image (`[IMG-2025.jpg?resize=150%2C150]`, a
        // mark with no Arabic word, or `[]`, one with no text at all).
        let mut run: Vec<usize> = Vec::new();
        let between = |it: &Item<'_>| {
            matches!(
                it.cue,
                Cue::Blank | Cue::Stamp | Cue::Furniture(Rule::EchoedLine | Rule::Address | Rule::NoArabicWord)
            ) || (matches!(it.cue, Cue::Furniture(Rule::NoWords)) && strip_bullet(it.text) == "[]")
        };
        let mut heading = None;
        for (k, &i) in lead.iter().enumerate() {
            let adjacent = k > 0 && self.items[lead[k - 1] + 1..i].iter().all(between);
            let headline = self.is_bare_headline(i);
            // A line that is no headline ends the run as a gap does.
            if !adjacent || !headline {
                self.bare_list(&run, heading);
                run.clear();
                heading = None;
            }
            if headline {
                // The section's name may have its More link beside it
                // (`محطة تل أبيب`, `المزيد`, then the headlines).
                let over = |h: usize| self.items[h + 1..i].iter().all(|it| !it.is_read());
                if run.is_empty() && k > 0 && over(lead[k - 1]) {
                    heading = Some(lead[k - 1]).filter(|&h| self.is_section_name(h));
                }
                run.push(i);
            }
        }
        self.bare_list(&run, heading);
        for group in groups(marked, |i| self.items[i].is_marker()) {
            let marker = group[0];
            if self.post_navigation(group) {
                continue;
            }
            let mut items: Vec<usize> = group[1..].iter().copied().filter(|&i| self.is_listed(i)).collect();
            // Under the author's other articles, titles may be two words long.
            let author_list = matches!(self.items[marker].cue, Cue::Marker { heading, .. } if is_author_list(heading));
            let most = if author_list { 1 } else { MENU_ITEM_WORDS };
            let short = |i: &usize| self.items[*i].shape().is_some_and(|s| s.words <= most);
            if !items.is_empty() && items.iter().all(short) && !author_list {
                // `المزيد` over section names: a menu, heading and all.
                for &i in group {
                    self.decide(i, Role::Boilerplate, Rule::MenuList, Some(marker));
                }
                continue;
            }
            // Short items after the headlines are the menu that follows the list.
            let tail = items.len() - items.iter().rev().take_while(|i| short(i)).count();
            if items.len() - tail >= BARE_RUN_HEADLINES {
                for &i in &items[tail..] {
                    self.decide(i, Role::Boilerplate, Rule::MenuList, Some(items[tail]));
                }
                items.truncate(tail);
            }
            let items = self.without_short_lines(&items, marker, most);
            let items = self.margin_headlines(items);
            let block = self.headline_block(Some(marker), &items, Role::RelatedItem, Rule::RelatedItem, Some(marker));
            self.decide(marker, Role::RelatedHeading, Rule::RelatedMarker, None);
            self.page.related.push(block);
        }
    }

    /// A post-navigation label and the title it links (`المقالة السابقة`,
    /// then `التربية البيئية`): a related list of one, wherever it stands,
    /// its title of any length; what follows in `group` is left; a label
    /// with no title after it is furniture. Whether `group` opened with one.
    fn post_navigation(&mut self, group: &[usize]) -> bool {
        let marker = group[0];
        let Cue::Marker { rest, .. } = self.items[marker].cue else { return false };
        if crate::lexicon::post_navigation(self.items[marker].text).is_none() {
            return false;
        }
        let linked = group[1..].first().copied().filter(|&i| self.items[i].shape().is_some_and(|s| s.post_link));
        let items: Vec<usize> = linked.filter(|_| rest.is_empty()).into_iter().collect();
        // A label with no title after it links nothing the page shows.
        if rest.is_empty() && items.is_empty() {
            self.decide(marker, Role::Boilerplate, Rule::PostNavigation, None);
            return true;
        }
        let block = self.headline_block(Some(marker), &items, Role::RelatedItem, Rule::PostNavigation, Some(marker));
        self.decide(marker, Role::RelatedHeading, Rule::PostNavigation, None);
        self.page.related.push(block);
        true
    }

    /// A bare list of the headlines `run`, under the section name
    /// `heading` if one stands right over it.
    fn bare_list(&mut self, run: &[usize], heading: Option<usize>) {
        if run.len() < BARE_RUN_HEADLINES {
            return;
        }
        if self.is_menu(run) {
            for &i in run {
                self.decide(i, Role::Boilerplate, Rule::MenuList, run.first().copied());
            }
            return;
        }
        let run = self.margin_headlines(run.to_vec());
        let mut block = self.headline_block(None, &run, Role::RelatedItem, Rule::BareRelatedList, None);
        if let Some(h) = heading {
            block.heading = Some(Piece::within(self.input, self.items[h].text));
            self.decide(h, Role::RelatedHeading, Rule::SectionHeading, Some(run[0]));
        }
        self.page.related.push(block);
    }

    /// Whether block `i` is a section's name as the page's menu gives it
    /// (`صور`, `صوت وصورة`): a short line, no item itself, that some menu
    /// of the page lists.
    fn is_section_name(&self, i: usize) -> bool {
        let it = &self.items[i];
        it.shape().is_some_and(|s| s.words <= MENU_ITEM_WORDS && !s.bulleted)
            && self.menu_entries.contains_key(&words_key(it.text))
    }

    /// The `items` of a list under `marker` but for the short lines among
    /// them (of `most` words or fewer), their cards' names and labels
    /// (`short-list-line`).
    fn without_short_lines(&mut self, items: &[usize], marker: usize, most: usize) -> Vec<usize> {
        // A name after an honorific (`د. سامي الخطيب`) is the writer's, of any list.
        let short = |it: &Item<'_>| {
            it.shape()
                .is_some_and(|s| s.words <= most || (s.words <= MENU_ITEM_WORDS && after_honorific(it.text).is_some()))
        };
        let (short, long): (Vec<usize>, Vec<usize>) = items.iter().partition(|&&i| short(&self.items[i]));
        for i in short {
            self.decide(i, Role::Boilerplate, Rule::ShortListLine, Some(marker));
        }
        long
    }

    /// The `items` of a list but for what their cards print under them, on
    /// a page a text browser dumped: there the headlines stand at the margin
    /// and a card's lede or image text is indented (`من الفاشر إلى بابنوسة..`
    /// at the margin, `   من مفارقات حرب السودان ...` under it; ultrasawt.com,
    /// atheer.om). With two headlines at the margin or more, the indented
    /// items are ledes (`teaser-lede`).
    fn margin_headlines(&mut self, items: Vec<usize>) -> Vec<usize> {
        // A headline printed twice (an image's text, then the link at the
        // margin) is listed by its first copy.
        let at_margin = |i: &usize| {
            !matches!(self.items[*i].indent, Some(n) if n > 0) || self.items[*i].shape().is_some_and(|s| s.echoed)
        };
        let margin = items.iter().filter(|i| at_margin(i)).count();
        if margin < BARE_RUN_HEADLINES || margin == items.len() {
            return items;
        }
        let (headlines, ledes): (Vec<usize>, Vec<usize>) = items.into_iter().partition(|i| at_margin(i));
        for i in ledes {
            let by = headlines.iter().rev().find(|&&h| h < i).copied();
            self.decide(i, Role::Boilerplate, Rule::TeaserLede, by);
        }
        headlines
    }

    /// Whether a run of list items is a menu: half of them or more are as
    /// short as section names (`تقارير وتحقيقات`, `حساب جديد`), decided on
    /// the whole run, not item by item; headlines are longer.
    fn is_menu(&self, run: &[usize]) -> bool {
        let short = run.iter().filter(|&&i| self.items[i].shape().is_some_and(|s| s.words <= MENU_ITEM_WORDS)).count();
        !run.is_empty() && 2 * short >= run.len()
    }

    /// Whether a block can be a headline in a list with no heading: a
    /// bulleted line, or a headline of a headline's length (menus and
    /// names are shorter).
    fn is_bare_headline(&self, i: usize) -> bool {
        self.items[i]
            .shape()
            .is_some_and(|s| is_bulleted_item(s) || (s.is_headline() && s.words >= BARE_HEADLINE_WORDS))
            && !self.repeats_menu_entry(i)
    }

    /// Whether a waiting block can be a listed headline.
    fn is_listed(&self, i: usize) -> bool {
        self.items[i].shape().is_some_and(|s| s.is_headline() || is_bulleted_item(s))
    }

    /// Whether block `i` repeats an entry of one of the page's menus
    /// elsewhere (`أخبار مصر`, `بث مباشر`): a section's name, no headline.
    fn repeats_menu_entry(&self, i: usize) -> bool {
        // An entry itself is counted once among them.
        let own = u32::from(menu_entry(&self.items[i]).is_some());
        self.items[i].shape().is_some_and(|s| s.words <= MENU_ITEM_WORDS)
            && self.menu_entries.get(&words_key(strip_bullet(self.items[i].text))).is_some_and(|&n| n > own)
    }

    /// A headline block of the `marker` (if any) and `items`, each item
    /// given `role` by `rule`, decided by block `by`.
    fn headline_block(
        &mut self,
        marker: Option<usize>,
        items: &[usize],
        role: Role,
        rule: Rule,
        by: Option<usize>,
    ) -> HeadlineBlock<'a> {
        let mut block = HeadlineBlock { heading: None, items: Vec::new() };
        if let Some(mk) = marker {
            if let Cue::Marker { heading, rest } = self.items[mk].cue {
                block.heading = Some(Piece::within(self.input, heading));
                push_item(self.input, rest, &mut block.items);
            }
        }
        for &i in items {
            self.decide(i, role, rule, by);
            push_item(self.input, self.items[i].text, &mut block.items);
        }
        block
    }
}

/// Whether a bulleted line can be an item of a headline list: long enough
/// for a headline (a menu's entries are shorter), and no run of names
/// (`- البلد مصر السودان ليبيا تونس ...`, a search form's options, which a
/// text browser draws as one bulleted line).
fn is_bulleted_item(shape: &Shape) -> bool {
    shape.bulleted && shape.words >= BULLETED_ITEM_WORDS && !shape.name_run
}

/// Whether a line can be one tag of a list known to be tags: a phrase of a
/// few words, no sentence, and no label of what follows it (`مشاركه الخبر
/// :`, the share row's, after the tags of akhbarelyom.com).
fn is_listed_tag(shape: &Shape) -> bool {
    shape.words <= LISTED_TAG_WORDS
        && !shape.is_prose()
        && !shape.ends_sentence
        && !shape.ends_question
        && !shape.ends_colon
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_words_whatever_the_wrap_and_end_mark() {
        assert!(same_words("عنوان المقال الطويل", "عنوان المقال\n   الطويل."));
        assert!(!same_words("عنوان المقال الطويل", "عنوان المقال"));
    }

    #[test]
    fn a_copy_stands_apart_by_a_mark_or_an_end() {
        let apart = |text: &str, copy: &str| stands_apart(text, text.find(copy).unwrap(), copy.len());
        assert!(apart("أسعار النفط | موقع متن", "أسعار النفط"));
        assert!(apart("موقع متن - أسعار النفط", "أسعار النفط"));
        assert!(apart("الموقع « خبر عاجل. خلاصة التعليقات", "خبر عاجل."));
        assert!(!apart("أسعار النفط تنخفض إلى مستوى قياسي", "أسعار النفط"));
        assert!(!apart("ارتفاع أسعار النفط", "أسعار النفط"));
    }
}
