//! The parse's result: a [`Page`] of [`Article`]s and related blocks,
//! every block of the page with its role and the rule that decided it,
//! and [`Page::explain`], the evidence behind each decision.

use std::fmt;

use crate::body::Paragraph;
use crate::credit::{Attribution, CreditKind};
use crate::date::PageDate;
use crate::fold::Folder;
use crate::headlines::HeadlineBlock;
use crate::lexicon::{MarkerKind, Matcher};
use crate::role::{Role, Rule};
use crate::shape::{Figures, Shape};
use crate::span::{Piece, Span};

/// One block of the page with its role and the rule that gave it: see
/// [`Page::blocks`].
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Block<'a> {
    role: Role,
    rule: Rule,
    #[cfg_attr(feature = "serde", serde(rename = "decided_by"))]
    by: Option<usize>,
    text: Piece<'a>,
}

impl<'a> Block<'a> {
    pub(crate) fn new(role: Role, rule: Rule, by: Option<usize>, text: Piece<'a>) -> Self {
        Block { role, rule, by, text }
    }

    /// What the block is.
    pub fn role(&self) -> Role {
        self.role
    }

    /// The named rule that gave the block its role.
    ///
    /// # Example
    /// ```
    /// use khabar::{Role, Rule};
    /// let text = "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية في كل الملفات.\nالمصدر: رويترز";
    /// let page = khabar::parse(text);
    /// let rules: Vec<Rule> = page.blocks().map(|b| b.rule()).collect();
    /// assert_eq!(rules, [Rule::Prose, Rule::CreditLabel]);
    /// ```
    pub fn rule(&self) -> Rule {
        self.rule
    }

    /// The index (in [`Page::blocks`]) of the neighbouring block whose cue
    /// decided this one, if one did: a read-also item's marker, a title's
    /// first paragraph, a tag's label.
    pub fn decided_by(&self) -> Option<usize> {
        self.by
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
        write!(f, "{} ({}): {:?}", self.role, self.rule, self.text)
    }
}

/// One article of a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Article<'a> {
    pub(crate) title: Option<Piece<'a>>,
    pub(crate) paragraphs: Vec<Paragraph<'a>>,
    pub(crate) read_also: Vec<HeadlineBlock<'a>>,
    pub(crate) sources: Vec<Attribution<'a>>,
    pub(crate) bylines: Vec<Attribution<'a>>,
    pub(crate) tags: Vec<Piece<'a>>,
    #[cfg_attr(feature = "serde", serde(serialize_with = "date_view"))]
    pub(crate) date: Option<PageDate<'a>>,
}

/// An article's date in the eval view: `{"iso", "text", "start", "end"}`,
/// `iso` the Gregorian date (`2015-08-10`, `--03-15` without a year) or
/// null where only a Hijri date or a relative time is given.
#[cfg(feature = "serde")]
fn date_view<S: serde::Serializer>(date: &Option<PageDate<'_>>, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    let Some(date) = date else { return s.serialize_none() };
    let mut view = s.serialize_struct("Date", 4)?;
    view.serialize_field("iso", &date.gregorian().map(|g| g.to_string()))?;
    view.serialize_field("text", date.as_str())?;
    view.serialize_field("start", &date.span().start)?;
    view.serialize_field("end", &date.span().end)?;
    view.end()
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

    /// The article's publication date, from the date lines around its
    /// title, its first paragraph or its footer (which stay out of the
    /// body), read by [`parse_date`](crate::parse_date)'s grammar.
    ///
    /// # Example
    /// ```
    /// let text = "ارتفاع أسعار النفط في الأسواق العالمية\n\
    ///             الثلاثاء 12 مارس 2024 - 10:45 م\n\
    ///             قالت الوكالة الدولية للطاقة اليوم إن الطلب على النفط سيرتفع خلال العام المقبل.";
    /// let page = khabar::parse(text);
    /// let date = page.articles()[0].date().unwrap();
    /// assert_eq!(date.gregorian().unwrap().to_string(), "2024-03-12");
    /// assert_eq!(date.as_str(), "الثلاثاء 12 مارس 2024 - 10:45 م");
    /// ```
    pub fn date(&self) -> Option<PageDate<'a>> {
        self.date
    }

    pub(crate) fn credit(&mut self, a: Attribution<'a>) {
        match a.kind() {
            // An author the article credits already (the author's box under
            // the body names the byline's writer again: `كتب: حسن سمير`,
            // then `بقلم حسن سمير`) is given once, as annotation.md's gold
            // gives them.
            CreditKind::Byline if a.names().iter().all(|n| self.credits_author(n.as_str())) => {}
            CreditKind::Byline => self.bylines.push(a),
            _ => self.sources.push(a),
        }
    }

    /// Whether a byline of the article names `name` (its words compared).
    fn credits_author(&self, name: &str) -> bool {
        let same = |n: &Piece<'_>| n.as_str().split_whitespace().eq(name.split_whitespace());
        self.bylines.iter().any(|b| b.names().iter().any(same))
    }
}

/// A parsed page: its articles, its page-level related blocks, and every
/// block with its role.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Page<'a> {
    pub(crate) articles: Vec<Article<'a>>,
    pub(crate) related: Vec<HeadlineBlock<'a>>,
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) blocks: Vec<Block<'a>>,
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

    /// Why each block is what it is: for every block, in order, its role,
    /// the rule that decided it, and the evidence the rule read (the
    /// block's shape, the marker it opens with, the neighbour that
    /// decided). The evidence is measured again here, so a parse that is
    /// not explained pays nothing for it.
    ///
    /// # Example
    /// ```
    /// use khabar::{MarkerKind, Role, Rule};
    /// let text = "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية.\n\
    ///             اقرأ أيضاً: الوزير يلتقي نظيره في العاصمة\n\
    ///             وأضاف أن الاتفاق النهائي سيوقع خلال الأسابيع المقبلة.";
    /// let page = khabar::parse(text);
    /// let why: Vec<_> = page.explain().collect();
    /// assert_eq!(why[1].block().role(), Role::ReadAlsoHeading);
    /// assert_eq!(why[1].block().rule(), Rule::ReadAlsoMarker);
    /// let marker = why[1].marker().unwrap();
    /// assert_eq!((marker.kind, marker.label, marker.folded.as_str()), (MarkerKind::Headlines, "اقرأ أيضاً", "اقرا ايضا"));
    /// // One row a block: index, role, rule, evidence, text.
    /// assert!(why[1].to_string().contains("read-also-marker"));
    /// ```
    pub fn explain(&self) -> impl Iterator<Item = Explanation<'a>> + '_ {
        let mut m = Matcher::default();
        self.blocks.iter().enumerate().map(move |(index, &block)| {
            let text = block.as_str();
            let marker = m.marker(text).map(|found| {
                let label = found.label(text);
                MarkerEvidence { kind: found.marker, label, folded: Folder::matching().fold(label).into_owned() }
            });
            let mut shape = Shape::of(text);
            shape.continues = marker.as_ref().is_some_and(|mk| mk.kind == MarkerKind::Continuation);
            let neighbour = block.by.and_then(|j| self.blocks.get(j).map(|&b| (j, b)));
            Explanation { index, block, figures: shape.figures(), marker, neighbour }
        })
    }
}

/// One block's decision and its evidence: see [`Page::explain`].
///
/// Its `Display` is one row of a table a person reads: index, role, rule,
/// the neighbour that decided, the marker, the shape figures, the text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Explanation<'a> {
    index: usize,
    block: Block<'a>,
    figures: Figures,
    marker: Option<MarkerEvidence<'a>>,
    #[cfg_attr(feature = "serde", serde(skip))]
    neighbour: Option<(usize, Block<'a>)>,
}

impl<'a> Explanation<'a> {
    /// The header of a table of explanations, aligned with their `Display`.
    pub const HEADER: &'static str =
        "   # role              rule                  decided by               [shape] [marker] text";

    /// The block's index in [`Page::blocks`].
    pub fn index(&self) -> usize {
        self.index
    }

    /// The block, with its role and rule.
    pub fn block(&self) -> &Block<'a> {
        &self.block
    }

    /// The block's shape, as the rules read it.
    pub fn figures(&self) -> &Figures {
        &self.figures
    }

    /// The lexicon marker the block opens with, if any (whether or not
    /// the rule that decided it read it).
    pub fn marker(&self) -> Option<&MarkerEvidence<'a>> {
        self.marker.as_ref()
    }

    /// The neighbouring block whose cue decided this one, with its index.
    pub fn neighbour(&self) -> Option<(usize, &Block<'a>)> {
        self.neighbour.as_ref().map(|(i, b)| (*i, b))
    }
}

impl fmt::Display for Explanation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let b = &self.block;
        if b.role == Role::Blank {
            return write!(f, "{:>4} {:<17} {}", self.index, b.role.name(), b.rule.name());
        }
        let by = self.neighbour.map(|(j, n)| format!("#{j} {}", n.role.name())).unwrap_or_default();
        write!(f, "{:>4} {:<17} {:<21} {by:<24}", self.index, b.role.name(), b.rule.name())?;
        write!(f, " [{}]", self.figures)?;
        if let Some(mk) = &self.marker {
            write!(f, " [{} marker «{}» = {}]", mk.kind, mk.label, mk.folded)?;
        }
        write!(f, " {}", b.as_str().replace('\n', " "))
    }
}

/// The marker a block opens with, as [`Page::explain`] shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MarkerEvidence<'a> {
    /// What the marker announces.
    pub kind: MarkerKind,
    /// The marker's words as the block writes them (`إقرأ أيضاً`).
    pub label: &'a str,
    /// The same, folded: the form the lexicon compared (`اقرا ايضا`).
    pub folded: String,
}
