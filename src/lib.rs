//! khabar recovers the structure of Arabic news pages kept as plain text.
//!
//! # Overview
//!
//! Web-crawl corpora (CulturaX, mC4, FineWeb-2, Common Crawl text) and news
//! monitors hold millions of Arabic news pages as plain text: the article
//! mixed with what the site put around it — inline `اقرأ أيضاً` headlines,
//! source lines (`المصدر | الخليج الجديد + متابعات`), tag lists (`كلمات
//! دلالية: ...`), related-headline lists, sometimes a second article. The
//! HTML is gone. khabar reads the text's own structure back:
//! [`parse`] gives a [`Page`] of [`Article`]s (title, paragraphs, read-also
//! blocks, sources, bylines, tags) and page-level related blocks. Every
//! piece is a zero-copy slice of the input with its byte [`Span`].
//!
//! Each typed parser also works alone on a line or block:
//! [`parse_body`], [`parse_attribution`], [`parse_tags`] /
//! [`parse_tags_with`] and [`parse_headlines`]. Text is compared in one
//! folded form ([`fold`]), so spelling variants need no special cases.
//!
//! khabar is a pure library: no I/O, no allocation of text (pieces borrow
//! the input), and [`parse`] of a `&str` never panics and never fails.
//!
//! # Example
//! ```
//! let text = "\
//! قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة.
//!
//! اقرأ أيضاً
//!
//! الوزير يلتقي نظيره في العاصمة
//!
//! وأضاف أن الاتفاق النهائي سيوقع خلال الأسابيع المقبلة.
//!
//! المصدر | وكالة الأنباء + متابعات";
//!
//! let page = khabar::parse(text);
//! let article = &page.articles()[0];
//! assert_eq!(article.paragraphs().len(), 2);
//! assert_eq!(article.read_also()[0].items()[0].as_str(), "الوزير يلتقي نظيره في العاصمة");
//! let names: Vec<&str> = article.sources()[0].names().iter().map(|n| n.as_str()).collect();
//! assert_eq!(names, ["وكالة الأنباء", "متابعات"]);
//! // Every piece slices the input to its text.
//! let p = &article.paragraphs()[1];
//! assert_eq!(&text[p.span().range()], p.as_str());
//! ```
//!
//! # Crate features
//! - `serde`: `Serialize` for [`Page`] and its parts, in the JSON shape of
//!   the eval view (strings as `{"text", "start", "end"}` objects).
//! - `encoding`: [`decode`] and [`detect`], for pages in UTF-16,
//!   windows-1256 or ISO-8859-6 as well as UTF-8 (with `encoding_rs` and
//!   `chardetng`).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

// The pipeline, in order: blocks of the text (unwrapped where a text
// browser wrapped it), their shape, the lexicon's markers, each block's
// own cue, then the page assembled from the cues.
mod assemble;
mod blocks;
mod bytes;
mod classify;
#[cfg(feature = "encoding")]
mod decode;
mod error;
pub mod fold;
mod lexicon;
mod options;
mod page;
mod parser;
mod policy;
mod role;
mod shape;
pub mod site;
mod span;
mod wrap;
// The typed parsers, used by the pipeline and alone.
mod body;
mod credit;
mod date;
mod headlines;
mod tags;

pub use blocks::{Blocks, blocks};
pub use body::{Paragraph, Sentences, parse_body};
pub use bytes::{Lossy, Replacement, decode_lossy, parse_bytes};
pub use credit::{Attribution, CreditKind, Separator, UnknownSeparator, parse_attribution};
pub use date::{GregorianDate, HijriDate, PageDate, Relative, TimeOfDay, Unit, Weekday, Zone, parse_date};
#[cfg(feature = "encoding")]
pub use decode::{Encoding, SNIFF_LEN, decode, detect};
pub use error::{Error, ErrorKind};
pub use headlines::{HeadlineBlock, parse_headlines};
pub use lexicon::{MarkerKind, UnknownMarkerKind};
pub use page::{Article, Block, Explanation, MarkerEvidence, Page};
#[cfg(feature = "serde")]
pub use parser::{LineRuleSpec, MarkerSpec, Rules};
pub use parser::{Parser, ParserBuilder, RuleError};
pub use role::{Role, Rule, UnknownRole, UnknownRule};
pub use shape::{Ending, Figures};
pub use span::{Piece, Span};
pub use tags::{TagEvidence, TagList, parse_tags, parse_tags_with};

/// Parses the plain text of a news page.
///
/// Total: any `&str` gives a [`Page`], never a panic or an error; a text
/// with no article gives a page with none.
///
/// # Example
/// ```
/// let page = khabar::parse("");
/// assert!(page.articles().is_empty());
/// ```
pub fn parse(text: &str) -> Page<'_> {
    static NONE: once_cell::sync::Lazy<options::Options> = once_cell::sync::Lazy::new(options::Options::default);
    assemble::parse(text, &NONE)
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
