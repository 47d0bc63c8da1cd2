//! Pieces of the input as Python sees them: the text, its code-point
//! offsets (which slice the Python string) and its byte offsets.

use std::sync::Arc;

use khabar::Span;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use crate::offsets::CharIndex;

/// A parsed input: the Python string and the index that turns khabar's
/// byte spans into its code-point offsets. Everything parsed from it
/// shares it.
pub struct Source {
    text: Py<PyString>,
    index: CharIndex,
}

impl Source {
    /// `text`, whose UTF-8 form is `utf8`, with its index built.
    pub fn new(text: Py<PyString>, utf8: &str) -> Arc<Self> {
        Self::with_index(text, CharIndex::new(utf8))
    }

    /// `text` with an index already built (in parallel, without the GIL).
    pub fn with_index(text: Py<PyString>, index: CharIndex) -> Arc<Self> {
        Arc::new(Source { text, index })
    }

    /// The input string.
    pub fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// The piece of the input at byte span `span`.
    pub fn piece(&self, py: Python<'_>, span: Span) -> PyResult<Piece> {
        let utf8 = self.text.to_str(py)?;
        Ok(Piece {
            text: PyString::new(py, span.slice(utf8)).unbind(),
            start: self.index.chars(utf8, span.start),
            end: self.index.chars(utf8, span.end),
            byte_start: span.start,
            byte_end: span.end,
        })
    }

    /// The pieces at `spans`, in order.
    pub fn pieces(&self, py: Python<'_>, spans: &[Span]) -> PyResult<Vec<Piece>> {
        spans.iter().map(|&s| self.piece(py, s)).collect()
    }

    /// The piece at `span` in the eval view's shape.
    pub fn piece_dict<'py>(&self, py: Python<'py>, span: Span) -> PyResult<Bound<'py, PyDict>> {
        self.piece(py, span)?.to_dict(py)
    }

    /// The pieces at `spans` in the eval view's shape.
    pub fn piece_dicts<'py>(&self, py: Python<'py>, spans: &[Span]) -> PyResult<Vec<Bound<'py, PyDict>>> {
        spans.iter().map(|&s| self.piece_dict(py, s)).collect()
    }

    /// The piece at `span`, if any, in the eval view's shape.
    pub fn opt_piece_dict<'py>(&self, py: Python<'py>, span: Option<Span>) -> PyResult<Option<Bound<'py, PyDict>>> {
        span.map(|s| self.piece_dict(py, s)).transpose()
    }
}

/// A piece of the input: its text exactly as it stands there, and where.
///
/// ``text[piece.start:piece.end] == piece.text`` always holds for the
/// string that was parsed: ``start`` and ``end`` are Python string
/// offsets (code points). ``byte_start`` and ``byte_end`` are the same
/// place in the text's UTF-8 encoding.
#[pyclass(frozen, subclass, module = "khabar")]
pub struct Piece {
    /// The text, trimmed, without bullets or separators.
    #[pyo3(get)]
    text: Py<PyString>,
    /// Offset of its first code point in the parsed string.
    #[pyo3(get)]
    start: usize,
    /// Offset one past its last code point in the parsed string.
    #[pyo3(get)]
    end: usize,
    /// Offset of its first byte in the parsed string's UTF-8 encoding.
    #[pyo3(get)]
    byte_start: usize,
    /// Offset one past its last byte in the UTF-8 encoding.
    #[pyo3(get)]
    byte_end: usize,
}

#[pymethods]
impl Piece {
    /// The piece as ``{"text", "start", "end", "byte_start", "byte_end"}``.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item(pyo3::intern!(py, "text"), self.text.bind(py))?;
        d.set_item(pyo3::intern!(py, "start"), self.start)?;
        d.set_item(pyo3::intern!(py, "end"), self.end)?;
        d.set_item(pyo3::intern!(py, "byte_start"), self.byte_start)?;
        d.set_item(pyo3::intern!(py, "byte_end"), self.byte_end)?;
        Ok(d)
    }

    fn __str__(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("Piece({}, {}, {})", self.text.bind(py).repr()?, self.start, self.end))
    }
}

/// One block of the page (a line, or what stands for one) with its role:
/// a :class:`Piece` that also says what it is.
#[pyclass(frozen, extends = Piece, module = "khabar")]
pub struct Block {
    /// What the block is: one of :data:`khabar.ROLES`.
    #[pyo3(get)]
    role: &'static str,
    /// Whether the block is part of an article's clean text (a title or a paragraph).
    #[pyo3(get)]
    is_text: bool,
}

impl Block {
    /// The block with `role` at `span` of `source`.
    pub fn new(py: Python<'_>, source: &Source, role: khabar::Role, span: Span) -> PyResult<Py<Block>> {
        Py::new(
            py,
            PyClassInitializer::from(source.piece(py, span)?)
                .add_subclass(Block { role: role.name(), is_text: role.is_text() }),
        )
    }
}

#[pymethods]
impl Block {
    fn __repr__(slf: PyRef<'_, Self>, py: Python<'_>) -> PyResult<String> {
        let piece = slf.as_super();
        Ok(format!("Block('{}', {}, {}, {})", slf.role, piece.text.bind(py).repr()?, piece.start, piece.end))
    }
}
