//! `khabar._khabar`, the native module of the `khabar` Python package:
//! khabar's parsers with every piece's offsets in Python string terms.
//!
//! The Python API mirrors the Rust one (`parse`, the typed parsers,
//! folding); see `python/python/khabar/_khabar.pyi` for its types and the
//! README's Python section for its use.

mod offsets;
mod page;
mod piece;
mod threads;

use khabar::fold::Folder;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use crate::offsets::CharIndex;
use crate::page::{Attribution, HeadlineBlock, Page, Parsed, TagList, snake_name};
use crate::piece::{Piece, Source};

pyo3::create_exception!(
    khabar,
    ParseError,
    PyValueError,
    "A typed parser's input is not what it parses. `kind` says what was wrong \
     (`\"no_names\"`, `\"not_tag_list\"`, ...); `start`/`end` say where, in Python string \
     offsets, and `byte_start`/`byte_end` in UTF-8 bytes."
);

/// The `ParseError` for `err`, an error of a typed parser on `input`.
fn parse_error(py: Python<'_>, input: &str, err: khabar::Error) -> PyErr {
    let index = CharIndex::new(input);
    let span = err.span();
    let (start, end) = (index.chars(input, span.start), index.chars(input, span.end));
    let exc = ParseError::new_err(format!("{} at {start}..{end}", err.kind()));
    let value = exc.value(py);
    let attrs = || -> PyResult<()> {
        value.setattr("kind", snake_name(&err.kind()))?;
        value.setattr("start", start)?;
        value.setattr("end", end)?;
        value.setattr("byte_start", span.start)?;
        value.setattr("byte_end", span.end)
    };
    match attrs() {
        Ok(()) => exc,
        Err(e) => e,
    }
}

/// Parses the plain text of a news page. Never fails on a text that has a
/// UTF-8 form (a lone surrogate raises `UnicodeEncodeError`): a text with
/// no article gives a page with none. The GIL is released while it parses.
#[pyfunction]
fn parse(py: Python<'_>, text: Bound<'_, PyString>) -> PyResult<Page> {
    let utf8 = text.to_str()?;
    let parsed = py.detach(|| Parsed::new(utf8));
    Ok(parsed.into_page(text.unbind()))
}

/// Parses many pages on `threads` threads (every core when ``None``),
/// with the GIL released, and returns them in input order.
#[pyfunction]
#[pyo3(signature = (texts, threads = None))]
fn parse_many(py: Python<'_>, texts: &Bound<'_, PyAny>, threads: Option<usize>) -> PyResult<Vec<Page>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err("parse_many takes an iterable of str, not one str: use parse"));
    }
    let threads = match threads {
        Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => n,
        None => threads::all_cores(),
    };
    let texts: Vec<Bound<'_, PyString>> = texts
        .try_iter()?
        .enumerate()
        .map(|(i, item)| {
            let item = item?;
            item.cast_into::<PyString>().map_err(|e| {
                PyTypeError::new_err(format!("parse_many: item {i} is {}, not str", e.into_inner().get_type()))
            })
        })
        .collect::<PyResult<_>>()?;
    let utf8: Vec<&str> = texts.iter().map(|t| t.to_str()).collect::<PyResult<_>>()?;
    let parsed = py.detach(|| threads::map_ordered(&utf8, threads, |t| Parsed::new(t)));
    Ok(texts.into_iter().zip(parsed).map(|(t, p)| p.into_page(t.unbind())).collect())
}

/// Parses one line as a source attribution or author credit.
#[pyfunction]
fn parse_attribution(py: Python<'_>, line: Bound<'_, PyString>) -> PyResult<Attribution> {
    let utf8 = line.to_str()?;
    let a = khabar::parse_attribution(utf8).map_err(|e| parse_error(py, utf8, e))?;
    Ok(Attribution::new(Source::new(line.clone().unbind(), utf8), &a))
}

/// Parses a tag line. With `evidence` (usually the article's text), tags
/// run together with single spaces are split where the evidence shows
/// one tag ends.
#[pyfunction]
#[pyo3(signature = (line, evidence = None))]
fn parse_tags(py: Python<'_>, line: Bound<'_, PyString>, evidence: Option<&str>) -> PyResult<TagList> {
    let utf8 = line.to_str()?;
    let tags = match evidence {
        Some(text) => khabar::parse_tags_with(utf8, &khabar::TagEvidence::new(text)),
        None => khabar::parse_tags(utf8),
    }
    .map_err(|e| parse_error(py, utf8, e))?;
    Ok(TagList::new(Source::new(line.clone().unbind(), utf8), &tags))
}

/// Parses a block of headlines: an optional heading line, then one
/// headline per line, bulleted or not.
#[pyfunction]
fn parse_headlines(py: Python<'_>, block: Bound<'_, PyString>) -> PyResult<HeadlineBlock> {
    let utf8 = block.to_str()?;
    let b = khabar::parse_headlines(utf8).map_err(|e| parse_error(py, utf8, e))?;
    Ok(HeadlineBlock::new(Source::new(block.clone().unbind(), utf8), &b))
}

/// Parses a body text into paragraphs: one per block, list bullets removed.
#[pyfunction]
fn parse_body(py: Python<'_>, text: Bound<'_, PyString>) -> PyResult<Vec<Piece>> {
    let utf8 = text.to_str()?;
    let body = khabar::parse_body(utf8).map_err(|e| parse_error(py, utf8, e))?;
    let source = Source::new(text.clone().unbind(), utf8);
    body.iter().map(|p| source.piece(py, p.span())).collect()
}

/// The fold presets by name.
const PRESETS: [(&str, Folder); 3] =
    [("matching", Folder::matching()), ("display", Folder::display()), ("none", Folder::none())];

/// Folds `text` with a preset: ``"matching"`` (every step: the form khabar
/// compares text in), ``"display"`` (only what no reader sees) or ``"none"``.
#[pyfunction]
#[pyo3(signature = (text, preset = "matching"))]
fn fold(py: Python<'_>, text: &str, preset: &str) -> PyResult<String> {
    let Some(&(_, folder)) = PRESETS.iter().find(|(name, _)| *name == preset) else {
        let names: Vec<&str> = PRESETS.iter().map(|(n, _)| *n).collect();
        return Err(PyValueError::new_err(format!("unknown fold preset {preset:?}: one of {names:?}")));
    };
    Ok(py.detach(|| folder.fold(text).into_owned()))
}

/// The native module.
#[pymodule]
fn _khabar(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("ROLES", PyTuple::new(py, khabar::Role::ALL.iter().map(|r| r.name()))?)?;
    m.add("FOLD_PRESETS", PyTuple::new(py, PRESETS.iter().map(|(n, _)| *n))?)?;
    m.add("ParseError", py.get_type::<ParseError>())?;
    m.add_class::<Page>()?;
    m.add_class::<page::Article>()?;
    m.add_class::<HeadlineBlock>()?;
    m.add_class::<Attribution>()?;
    m.add_class::<TagList>()?;
    m.add_class::<Piece>()?;
    m.add_class::<piece::Block>()?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(parse_attribution, m)?)?;
    m.add_function(wrap_pyfunction!(parse_tags, m)?)?;
    m.add_function(wrap_pyfunction!(parse_headlines, m)?)?;
    m.add_function(wrap_pyfunction!(parse_body, m)?)?;
    m.add_function(wrap_pyfunction!(fold, m)?)?;
    Ok(())
}
