//! The parsed structure as Python objects.
//!
//! A parse keeps only spans (built without the GIL, in parallel for a
//! batch); Python objects for the pieces are made when they are asked
//! for, from the spans and the page's [`Source`].

use std::sync::Arc;

use khabar::{CreditKind, Role, Separator, Span};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use crate::offsets::CharIndex;
use crate::piece::{Block, Piece, Source};

/// The name a Python user sees for a value of one of khabar's enums
/// without a `name()` of its own: its Rust name in snake case
/// (`CreditKind::Byline` is `"byline"`, `ErrorKind::NoNames` `"no_names"`).
pub fn snake_name(value: &impl std::fmt::Debug) -> String {
    let mut out = String::new();
    for (i, c) in format!("{value:?}").chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// A bool as Python writes it, for reprs.
fn py_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

fn spans(pieces: &[khabar::Piece<'_>]) -> Vec<Span> {
    pieces.iter().map(khabar::Piece::span).collect()
}

/// A credit's parts, as spans.
#[derive(Clone)]
struct CreditSpans {
    kind: CreditKind,
    label: Option<Span>,
    separator: Separator,
    names: Vec<Span>,
}

impl From<&khabar::Attribution<'_>> for CreditSpans {
    fn from(a: &khabar::Attribution<'_>) -> Self {
        CreditSpans {
            kind: a.kind(),
            label: a.label().map(|p| p.span()),
            separator: a.separator(),
            names: spans(a.names()),
        }
    }
}

/// A headline block's parts, as spans.
#[derive(Clone)]
struct HeadlineSpans {
    heading: Option<Span>,
    items: Vec<Span>,
}

impl From<&khabar::HeadlineBlock<'_>> for HeadlineSpans {
    fn from(b: &khabar::HeadlineBlock<'_>) -> Self {
        HeadlineSpans { heading: b.heading().map(|p| p.span()), items: spans(b.items()) }
    }
}

impl HeadlineSpans {
    fn to_dict<'py>(&self, py: Python<'py>, src: &Source) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item(pyo3::intern!(py, "heading"), src.opt_piece_dict(py, self.heading)?)?;
        d.set_item(pyo3::intern!(py, "items"), src.piece_dicts(py, &self.items)?)?;
        Ok(d)
    }
}

impl CreditSpans {
    fn to_dict<'py>(&self, py: Python<'py>, src: &Source) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item(pyo3::intern!(py, "label"), src.opt_piece_dict(py, self.label)?)?;
        d.set_item(pyo3::intern!(py, "names"), src.piece_dicts(py, &self.names)?)?;
        Ok(d)
    }
}

/// An article's parts, as spans.
struct ArticleSpans {
    title: Option<Span>,
    paragraphs: Vec<Span>,
    read_also: Vec<HeadlineSpans>,
    sources: Vec<CreditSpans>,
    bylines: Vec<CreditSpans>,
    tags: Vec<Span>,
}

impl From<&khabar::Article<'_>> for ArticleSpans {
    fn from(a: &khabar::Article<'_>) -> Self {
        ArticleSpans {
            title: a.title().map(|p| p.span()),
            paragraphs: a.paragraphs().iter().map(khabar::Paragraph::span).collect(),
            read_also: a.read_also().iter().map(HeadlineSpans::from).collect(),
            sources: a.sources().iter().map(CreditSpans::from).collect(),
            bylines: a.bylines().iter().map(CreditSpans::from).collect(),
            tags: spans(a.tags()),
        }
    }
}

impl ArticleSpans {
    fn to_dict<'py>(&self, py: Python<'py>, src: &Source) -> PyResult<Bound<'py, PyDict>> {
        let credits = |cs: &[CreditSpans]| cs.iter().map(|c| c.to_dict(py, src)).collect::<PyResult<Vec<_>>>();
        let d = PyDict::new(py);
        d.set_item(pyo3::intern!(py, "title"), src.opt_piece_dict(py, self.title)?)?;
        d.set_item(pyo3::intern!(py, "paragraphs"), src.piece_dicts(py, &self.paragraphs)?)?;
        let read_also = self.read_also.iter().map(|b| b.to_dict(py, src)).collect::<PyResult<Vec<_>>>()?;
        d.set_item(pyo3::intern!(py, "read_also"), read_also)?;
        d.set_item(pyo3::intern!(py, "sources"), credits(&self.sources)?)?;
        d.set_item(pyo3::intern!(py, "bylines"), credits(&self.bylines)?)?;
        d.set_item(pyo3::intern!(py, "tags"), src.piece_dicts(py, &self.tags)?)?;
        Ok(d)
    }
}

/// A page parsed without the GIL: its structure as spans, the clean text
/// and the offset index, ready to become a [`Page`].
pub struct Parsed {
    index: CharIndex,
    articles: Vec<Arc<ArticleSpans>>,
    related: Vec<HeadlineSpans>,
    blocks: Vec<(Role, Span)>,
    pieces: Vec<(Role, Span)>,
    clean_text: String,
}

impl Parsed {
    /// Parses `text`: all the work but making Python objects.
    pub fn new(text: &str) -> Self {
        let page = khabar::parse(text);
        Parsed {
            index: CharIndex::new(text),
            articles: page.articles().iter().map(|a| Arc::new(ArticleSpans::from(a))).collect(),
            related: page.related().iter().map(HeadlineSpans::from).collect(),
            blocks: page.blocks().map(|b| (b.role(), b.span())).collect(),
            pieces: page.pieces().map(|(role, p)| (role, p.span())).collect(),
            clean_text: page.clean_text(),
        }
    }

    /// The page of `text`, the string this was parsed from.
    pub fn into_page(self, text: Py<PyString>) -> Page {
        let Parsed { index, articles, related, blocks, pieces, clean_text } = self;
        Page { source: Source::with_index(text, index), articles, related, blocks, pieces, clean_text }
    }
}

/// A parsed page: its articles, its page-level related blocks, and every
/// block with its role.
///
/// Each property builds its Python objects when it is read: keep the
/// result in a variable rather than reading it again in a loop.
#[pyclass(frozen, module = "khabar")]
pub struct Page {
    source: Arc<Source>,
    articles: Vec<Arc<ArticleSpans>>,
    related: Vec<HeadlineSpans>,
    blocks: Vec<(Role, Span)>,
    pieces: Vec<(Role, Span)>,
    clean_text: String,
}

#[pymethods]
impl Page {
    /// The string that was parsed.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.source.text(py)
    }

    /// The articles in page order; the first is the main one.
    #[getter]
    fn articles(&self) -> Vec<Article> {
        self.articles.iter().map(|a| Article { source: self.source.clone(), spans: a.clone() }).collect()
    }

    /// Related-headline blocks outside any body.
    #[getter]
    fn related(&self) -> Vec<HeadlineBlock> {
        self.related.iter().map(|b| HeadlineBlock { source: self.source.clone(), spans: b.clone() }).collect()
    }

    /// Every block of the page in input order with its role, blank lines
    /// included: nothing the parser saw is hidden.
    #[getter]
    fn blocks(&self, py: Python<'_>) -> PyResult<Vec<Py<Block>>> {
        self.blocks.iter().map(|&(role, span)| Block::new(py, &self.source, role, span)).collect()
    }

    /// Every article's title and paragraphs, one per line, and nothing else.
    #[getter]
    fn clean_text(&self) -> &str {
        &self.clean_text
    }

    /// How many blocks of each role the page has (roles it has none of
    /// are left out): what :attr:`blocks` would show, without making them.
    #[getter]
    fn block_counts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for role in Role::ALL {
            let n = self.blocks.iter().filter(|(r, _)| r == role).count();
            if n > 0 {
                d.set_item(role.name(), n)?;
            }
        }
        Ok(d)
    }

    /// UTF-8 bytes of the blocks left out of the clean text (all but
    /// titles and paragraphs): what cleaning sets aside.
    #[getter]
    fn set_aside_bytes(&self) -> usize {
        self.blocks.iter().filter(|(role, _)| !role.is_text()).map(|(_, span)| span.len()).sum()
    }

    /// Every piece of the page as ``(role, piece)``: each article's title,
    /// paragraphs, read-also headings and items, source and byline labels
    /// and names, and tags, article by article; then the related blocks'
    /// headings and items. No two pieces overlap.
    fn pieces(&self, py: Python<'_>) -> PyResult<Vec<(&'static str, Piece)>> {
        self.pieces.iter().map(|&(role, span)| Ok((role.name(), self.source.piece(py, span)?))).collect()
    }

    /// The page in the eval view's shape: ``{"articles": [...], "related":
    /// [...]}``, every string as a piece dict (see :meth:`Piece.to_dict`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let articles = self.articles.iter().map(|a| a.to_dict(py, &self.source)).collect::<PyResult<Vec<_>>>()?;
        let related = self.related.iter().map(|b| b.to_dict(py, &self.source)).collect::<PyResult<Vec<_>>>()?;
        let d = PyDict::new(py);
        d.set_item(pyo3::intern!(py, "articles"), articles)?;
        d.set_item(pyo3::intern!(py, "related"), related)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!("Page(articles={}, related={}, blocks={})", self.articles.len(), self.related.len(), self.blocks.len())
    }
}

/// One article of a page.
#[pyclass(frozen, module = "khabar")]
pub struct Article {
    source: Arc<Source>,
    spans: Arc<ArticleSpans>,
}

#[pymethods]
impl Article {
    /// The headline just before the first paragraph, ``None`` where the text lost it.
    #[getter]
    fn title(&self, py: Python<'_>) -> PyResult<Option<Piece>> {
        self.spans.title.map(|s| self.source.piece(py, s)).transpose()
    }

    /// The body, one paragraph per block, in order.
    #[getter]
    fn paragraphs(&self, py: Python<'_>) -> PyResult<Vec<Piece>> {
        self.source.pieces(py, &self.spans.paragraphs)
    }

    /// Read-also blocks that interrupt the body.
    #[getter]
    fn read_also(&self) -> Vec<HeadlineBlock> {
        let source = &self.source;
        self.spans.read_also.iter().map(|b| HeadlineBlock { source: source.clone(), spans: b.clone() }).collect()
    }

    /// Source attributions.
    #[getter]
    fn sources(&self) -> Vec<Attribution> {
        self.spans.sources.iter().map(|c| Attribution { source: self.source.clone(), spans: c.clone() }).collect()
    }

    /// Author credits.
    #[getter]
    fn bylines(&self) -> Vec<Attribution> {
        self.spans.bylines.iter().map(|c| Attribution { source: self.source.clone(), spans: c.clone() }).collect()
    }

    /// Tags, one piece per tag.
    #[getter]
    fn tags(&self, py: Python<'_>) -> PyResult<Vec<Piece>> {
        self.source.pieces(py, &self.spans.tags)
    }

    /// The article in the eval view's shape.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.spans.to_dict(py, &self.source)
    }

    fn __repr__(&self) -> String {
        let a = &self.spans;
        format!(
            "Article(title={}, paragraphs={}, read_also={}, sources={}, bylines={}, tags={})",
            py_bool(a.title.is_some()),
            a.paragraphs.len(),
            a.read_also.len(),
            a.sources.len(),
            a.bylines.len(),
            a.tags.len()
        )
    }
}

/// A heading (as written, or none) and its headlines, without bullets: a
/// read-also block inside a body or a related block on the page.
#[pyclass(frozen, module = "khabar")]
pub struct HeadlineBlock {
    source: Arc<Source>,
    spans: HeadlineSpans,
}

impl HeadlineBlock {
    /// The block `b`, parsed from `source`.
    pub fn new(source: Arc<Source>, b: &khabar::HeadlineBlock<'_>) -> Self {
        HeadlineBlock { source, spans: b.into() }
    }
}

#[pymethods]
impl HeadlineBlock {
    /// The marker line (``اقرأ أيضاً``, ``مقالات مشابهة``), ``None`` for a bare list.
    #[getter]
    fn heading(&self, py: Python<'_>) -> PyResult<Option<Piece>> {
        self.spans.heading.map(|s| self.source.piece(py, s)).transpose()
    }

    /// The headlines, in order.
    #[getter]
    fn items(&self, py: Python<'_>) -> PyResult<Vec<Piece>> {
        self.source.pieces(py, &self.spans.items)
    }

    /// The block in the eval view's shape: ``{"heading", "items"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.spans.to_dict(py, &self.source)
    }

    fn __repr__(&self) -> String {
        format!("HeadlineBlock(heading={}, items={})", py_bool(self.spans.heading.is_some()), self.spans.items.len())
    }
}

/// A source attribution or author credit: label as written (or none), the
/// separator after it, and the credited names.
#[pyclass(frozen, module = "khabar")]
pub struct Attribution {
    source: Arc<Source>,
    spans: CreditSpans,
}

impl Attribution {
    /// The credit `a`, parsed from `source`.
    pub fn new(source: Arc<Source>, a: &khabar::Attribution<'_>) -> Self {
        Attribution { source, spans: a.into() }
    }
}

#[pymethods]
impl Attribution {
    /// ``"source"`` (a site, a paper, an agency) or ``"byline"`` (an author).
    #[getter]
    fn kind(&self) -> String {
        snake_name(&self.spans.kind)
    }

    /// The label as written (``المصدر``, ``نقلاً عن``, ``كتب``), ``None`` for a lone credit.
    #[getter]
    fn label(&self, py: Python<'_>) -> PyResult<Option<Piece>> {
        self.spans.label.map(|s| self.source.piece(py, s)).transpose()
    }

    /// What separates label and names: ``"colon"``, ``"pipe"``, ``"dash"``,
    /// ``"slash"``, ``"space"`` (a label that is a phrase) or ``"none"``.
    #[getter]
    fn separator(&self) -> &'static str {
        self.spans.separator.name()
    }

    /// The credited names, in order, each trimmed.
    #[getter]
    fn names(&self, py: Python<'_>) -> PyResult<Vec<Piece>> {
        self.source.pieces(py, &self.spans.names)
    }

    /// The credit in the eval view's shape: ``{"label", "names"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.spans.to_dict(py, &self.source)
    }

    fn __repr__(&self) -> String {
        let c = &self.spans;
        format!(
            "Attribution(kind='{}', separator='{}', names={})",
            snake_name(&c.kind),
            c.separator.name(),
            c.names.len()
        )
    }
}

/// A tag list: its label as written (or none) and its tags.
#[pyclass(frozen, module = "khabar")]
pub struct TagList {
    source: Arc<Source>,
    label: Option<Span>,
    tags: Vec<Span>,
}

impl TagList {
    /// The tag list `t`, parsed from `source`.
    pub fn new(source: Arc<Source>, t: &khabar::TagList<'_>) -> Self {
        TagList { source, label: t.label().map(|p| p.span()), tags: spans(t.tags()) }
    }
}

#[pymethods]
impl TagList {
    /// The label (``كلمات دلالية``, ``Tags``), ``None`` for a hashtag line.
    #[getter]
    fn label(&self, py: Python<'_>) -> PyResult<Option<Piece>> {
        self.label.map(|s| self.source.piece(py, s)).transpose()
    }

    /// The tags, in order, as written (hashtags without ``#``).
    #[getter]
    fn tags(&self, py: Python<'_>) -> PyResult<Vec<Piece>> {
        self.source.pieces(py, &self.tags)
    }

    fn __repr__(&self) -> String {
        format!("TagList(label={}, tags={})", py_bool(self.label.is_some()), self.tags.len())
    }
}
