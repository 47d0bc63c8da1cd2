//! `khabar parse`: the structure of news pages, as an outline or JSON.

use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::sync::Arc;

use khabar::{Page, Role};
use serde::{Deserialize, Serialize};

use crate::count;
use crate::input::{self, EncodingChoice, Input};

/// Parses news pages and prints their structure.
///
/// Each FILE is one page of plain text (gzip or zstd too). Without
/// `--json` or `--jsonl`, prints an outline: every block of the page in
/// order with its role (title, paragraph, read_also_item, source, tags,
/// related_item, boilerplate, ...).
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Pages; `-` or none for stdin.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,

    /// Prints each page as one JSON line, {"file", "encoding", "page"},
    /// the page in the eval view (each string with its byte span).
    #[arg(long, conflicts_with = "jsonl")]
    json: bool,

    /// Reads {"id", "text"} JSON lines and writes {"id", "page"} lines in
    /// order: the scorer's protocol. Any bad line fails the run.
    #[arg(long)]
    jsonl: bool,

    /// Why each block is what it is: a table of every block (role, the
    /// rule that decided it, the neighbour that decided, its shape and
    /// marker); with `--json` or `--jsonl`, the page's "explain" list.
    #[arg(long)]
    explain: bool,

    /// Parses with the rules of FILE (JSON: markers, line rules and
    /// thresholds a site needs; see the README).
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,

    /// The inputs' encoding: `auto` or a label (`utf-8`, `utf-16le`,
    /// `windows-1256`, `iso-8859-6`, ...); a byte-order mark wins over a
    /// label.
    #[arg(long, default_value = "auto", value_name = "ENCODING")]
    encoding: EncodingChoice,
}

const EXAMPLES: &str = "\
Examples:
  khabar parse page.txt
  khabar parse --json --encoding windows-1256 archive/*.txt
  khabar parse --jsonl < pages.jsonl > parsed.jsonl";

/// What `parse` prints.
enum Format {
    Outline,
    Explain,
    Json,
    Jsonl,
}

/// Runs `khabar parse`.
pub fn run(args: &Args) -> Result<(), String> {
    let format = match (args.json, args.jsonl, args.explain) {
        (_, true, _) => Format::Jsonl,
        (true, false, _) => Format::Json,
        (false, false, true) => Format::Explain,
        (false, false, false) => Format::Outline,
    };
    let parser = crate::rules::parser(args.rules.as_deref())?;
    let inputs = Input::all(&args.files);
    if inputs.iter().any(|i| i.path().is_none()) && io::stdin().is_terminal() {
        eprintln!("khabar: reading a page from the terminal; end it with Ctrl-D");
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    for input in &inputs {
        let opened =
            input::open(input, args.encoding, Arc::default()).map_err(|e| format!("cannot read {input}: {e}"))?;
        if let Format::Jsonl = format {
            jsonl(&parser, input, opened.text, args.explain, &mut out)?;
            continue;
        }
        let mut bytes = Vec::new();
        let mut text = opened.text;
        text.read_to_end(&mut bytes).map_err(|e| format!("cannot read {input}: {e}"))?;
        let lossy = khabar::decode_lossy(&bytes);
        if !lossy.replacements().is_empty() {
            eprintln!("khabar: {input}: {} invalid UTF-8 sequences replaced", lossy.replacements().len());
        }
        let page = parser.parse(lossy.text());
        let encoding = opened.encoding.name();
        match format {
            Format::Json => json(&mut out, input, encoding, &page, args.explain),
            Format::Explain => explain(&mut out, input, &page),
            _ => outline(&mut out, input, encoding, lossy.text(), &page),
        }
        .map_err(cannot_write)?;
    }
    out.flush().map_err(cannot_write)
}

fn cannot_write(e: io::Error) -> String {
    format!("cannot write to stdout: {e}")
}

#[derive(Serialize)]
struct JsonPage<'a> {
    file: String,
    encoding: &'a str,
    page: serde_json::Value,
}

/// A line of the scorer's protocol.
#[derive(Deserialize)]
struct Scored {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
}

#[derive(Serialize)]
struct ScoredPage<'a> {
    id: &'a serde_json::Value,
    page: serde_json::Value,
}

/// The page's eval view, with its "explain" list if `explained`.
fn view(page: &Page<'_>, explained: bool) -> serde_json::Result<serde_json::Value> {
    let mut view = serde_json::to_value(page)?;
    if explained {
        view["explain"] = serde_json::to_value(page.explain().collect::<Vec<_>>())?;
    }
    Ok(view)
}

/// `{"id", "text"}` lines in, `{"id", "page"}` lines out; a bad line
/// stops the run.
fn jsonl(
    parser: &khabar::Parser,
    input: &Input,
    text: Box<dyn BufRead>,
    explained: bool,
    out: &mut impl Write,
) -> Result<(), String> {
    for (n, line) in (1..).zip(text.lines()) {
        let line = line.map_err(|e| format!("{input}:{n}: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: Scored = serde_json::from_str(&line).map_err(|e| format!("{input}:{n}: {e}"))?;
        let page = view(&parser.parse(&doc.text), explained).map_err(|e| format!("{input}:{n}: {e}"))?;
        serde_json::to_writer(&mut *out, &ScoredPage { id: &doc.id, page })
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n"))
            .map_err(cannot_write)?;
    }
    Ok(())
}

/// The page as one JSON line, with its file's name and encoding.
fn json(out: &mut impl Write, input: &Input, encoding: &str, page: &Page<'_>, explained: bool) -> io::Result<()> {
    let page = view(page, explained)?;
    serde_json::to_writer(&mut *out, &JsonPage { file: input.to_string(), encoding, page })?;
    out.write_all(b"\n")
}

/// Every block of the page, one row each: the library's explanation table.
fn explain(out: &mut impl Write, input: &Input, page: &Page<'_>) -> io::Result<()> {
    writeln!(out, "{input}")?;
    writeln!(out, "{}", khabar::Explanation::HEADER)?;
    for row in page.explain() {
        writeln!(out, "{row}")?;
    }
    Ok(())
}

/// The page's blocks in order, each with its role; blank lines left out.
fn outline(out: &mut impl Write, input: &Input, encoding: &str, text: &str, page: &Page<'_>) -> io::Result<()> {
    let width = Role::ALL.iter().map(|r| r.name().len()).max().unwrap_or(0);
    let clean = page.clean_text();
    writeln!(
        out,
        "{input} ({encoding}): {}, {}; clean text {} of {} characters",
        count(page.articles().len() as u64, "article", "articles"),
        count(page.related().len() as u64, "related block", "related blocks"),
        clean.chars().count(),
        text.chars().count()
    )?;
    for block in page.blocks().filter(|b| b.role() != Role::Blank) {
        writeln!(out, "  {:width$}  {}", block.role().name(), block.as_str())?;
    }
    Ok(())
}
