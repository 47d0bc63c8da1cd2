//! Parses a news page and prints it, as `shared/spec/eval-view.md` says.
//!
//! ```text
//! parse_page                 outline of a bundled sample page
//! parse_page FILE            outline of FILE
//! parse_page --json FILE     the eval view of FILE, as JSON
//! parse_page --jsonl         JSON lines {"id", "text"} on stdin, {"id", "page"} out
//! parse_page --jsonl --by-site   the same, each site's pages (by the lines'
//!                                "site") parsed with the profile learned from them
//! parse_page --explain FILE  a table of every block: role, rule, evidence
//! ```
//!
//! `--rules FILE` first parses with a rules file (JSON: markers, line
//! rules, thresholds; `khabar::Rules`). `--json` and `--jsonl` take
//! `--explain` too: the view then carries an
//! `"explain"` list, one object per block (role, rule, span, shape
//! figures, marker, the neighbour that decided).

use std::collections::HashMap;
use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use khabar::site::SiteProfile;
use khabar::{Page, Parser, Role};

const SAMPLE: &str = include_str!("sample.txt");

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let parser = match args.iter().position(|a| a == "--rules") {
        Some(k) if k + 1 < args.len() => {
            let file = args.drain(k..k + 2).nth(1).unwrap_or_default();
            match rules(&file) {
                Ok(parser) => parser,
                Err(e) => {
                    eprintln!("parse_page: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        _ => Parser::default(),
    };
    let p = &parser;
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => {
            println!("(no file given: parsing the bundled sample page, examples/sample.txt)\n");
            outline(p, SAMPLE)
        }
        ["--jsonl"] => jsonl(p, false),
        ["--jsonl", "--explain"] | ["--explain", "--jsonl"] => jsonl(p, true),
        ["--jsonl", "--by-site"] | ["--by-site", "--jsonl"] => by_site(p),
        ["--json", file] => read(file).and_then(|text| json(p, &text, false)),
        ["--json", "--explain", file] | ["--explain", "--json", file] => {
            read(file).and_then(|text| json(p, &text, true))
        }
        ["--explain", file] => read(file).and_then(|text| explain(p, &text)),
        [file] if !file.starts_with("--") => read(file).and_then(|text| outline(p, &text)),
        _ => {
            eprintln!(
                "usage: parse_page [--rules FILE] [FILE | --json [--explain] FILE | --jsonl [--explain | --by-site] | --explain FILE]"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parse_page: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The parser of a rules file.
fn rules(file: &str) -> io::Result<Parser> {
    let rules: khabar::Rules = serde_json::from_str(&read(file)?).map_err(io::Error::other)?;
    khabar::Parser::from_rules(&rules).map_err(io::Error::other)
}

fn read(file: &str) -> io::Result<String> {
    std::fs::read_to_string(file).map_err(|e| io::Error::new(e.kind(), format!("{file}: {e}")))
}

/// The eval view of `text`, with the trace of every block if `explained`.
fn view(parser: &Parser, text: &str, explained: bool) -> serde_json::Result<serde_json::Value> {
    let page = parser.parse(text);
    let mut view = serde_json::to_value(&page)?;
    if explained {
        view["explain"] = serde_json::to_value(page.explain().collect::<Vec<_>>())?;
    }
    Ok(view)
}

fn json(parser: &Parser, text: &str, explained: bool) -> io::Result<()> {
    let json = serde_json::to_string_pretty(&view(parser, text, explained)?).map_err(io::Error::other)?;
    writeln!(io::stdout(), "{json}")
}

/// Every block of the page, one row each: index, role, rule, the
/// neighbour that decided, the shape figures, the marker, the text.
fn explain(parser: &Parser, text: &str) -> io::Result<()> {
    let page = parser.parse(text);
    let mut out = io::stdout().lock();
    writeln!(out, "{}", khabar::Explanation::HEADER)?;
    for row in page.explain() {
        writeln!(out, "{row}")?;
    }
    Ok(())
}

/// The `{"id", "text", ...}` lines of stdin, blank lines skipped; a line
/// that is no JSON is an error naming its number.
fn records() -> impl Iterator<Item = io::Result<serde_json::Value>> {
    io::stdin().lock().lines().enumerate().filter_map(|(n, line)| match line {
        Ok(line) if line.trim().is_empty() => None,
        Ok(line) => Some(
            serde_json::from_str(&line)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("line {}: {e}", n + 1))),
        ),
        Err(e) => Some(Err(e)),
    })
}

fn text_of(doc: &serde_json::Value) -> &str {
    doc["text"].as_str().unwrap_or("")
}

/// Writes the `{"id", "page"}` line of `doc`, parsed by `parser`.
fn write_record(out: &mut impl Write, parser: &Parser, doc: &serde_json::Value, explained: bool) -> io::Result<()> {
    let record = serde_json::json!({ "id": doc["id"], "page": view(parser, text_of(doc), explained)? });
    serde_json::to_writer(&mut *out, &record).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// Reads `{"id", "text"}` lines and writes `{"id", "page"}` lines, in order.
fn jsonl(parser: &Parser, explained: bool) -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    for doc in records() {
        write_record(&mut out, parser, &doc?, explained)?;
    }
    out.flush()
}

/// Reads every `{"id", "text", "site"}` line first, learns a profile for
/// each site with enough pages ([`SiteProfile::FEWEST_PAGES`]) from its
/// pages, then writes `{"id", "page"}` lines in input order, each page
/// parsed with its site's profile (alone when it has none).
fn by_site(parser: &Parser) -> io::Result<()> {
    let docs = records().collect::<io::Result<Vec<_>>>()?;
    let site_of = |doc: &serde_json::Value| doc["site"].as_str().unwrap_or("").to_owned();
    let mut sites: HashMap<String, Vec<&str>> = HashMap::new();
    for doc in &docs {
        sites.entry(site_of(doc)).or_default().push(text_of(doc));
    }
    let parsers: HashMap<String, Parser> = sites
        .into_iter()
        .filter(|(site, pages)| !site.is_empty() && pages.len() >= SiteProfile::FEWEST_PAGES)
        .map(|(site, pages)| {
            let profile = SiteProfile::learn_with(parser, pages);
            (site, parser.with_profile(profile))
        })
        .collect();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for doc in &docs {
        write_record(&mut out, parsers.get(&site_of(doc)).unwrap_or(parser), doc, false)?;
    }
    out.flush()
}

/// A readable outline: each article's parts, the related blocks, and the
/// blocks set aside as boilerplate.
fn outline(parser: &Parser, text: &str) -> io::Result<()> {
    let page = parser.parse(text);
    let mut out = io::stdout().lock();
    print_page(&mut out, &page)?;
    let set_aside: Vec<&str> = page.blocks().filter(|b| b.role() == Role::Boilerplate).map(|b| b.as_str()).collect();
    if !set_aside.is_empty() {
        writeln!(out, "\nboilerplate ({}):", set_aside.len())?;
        for b in set_aside {
            writeln!(out, "  · {b}")?;
        }
    }
    Ok(())
}

fn print_page(out: &mut impl Write, page: &Page<'_>) -> io::Result<()> {
    for (n, a) in page.articles().iter().enumerate() {
        writeln!(out, "article {}: {}", n + 1, a.title().map_or("(no title)", |t| t.as_str()))?;
        for c in a.bylines() {
            writeln!(out, "  byline  {}", names(c.names()))?;
        }
        if let Some(lead) = a.paragraphs().first().and_then(|p| p.lead()) {
            writeln!(out, "  dateline {}", names(lead.names()))?;
        }
        for p in a.paragraphs() {
            writeln!(out, "  ¶ {}", p.as_str())?;
        }
        for b in a.read_also() {
            writeln!(out, "  read also [{}]: {}", b.heading().map_or("-", |h| h.as_str()), names(b.items()))?;
        }
        for c in a.sources() {
            writeln!(out, "  source  {} → {}", c.label().map_or("-", |l| l.as_str()), names(c.names()))?;
        }
        if !a.tags().is_empty() {
            writeln!(out, "  tags    {}", names(a.tags()))?;
        }
    }
    for b in page.related() {
        writeln!(out, "related [{}]:", b.heading().map_or("-", |h| h.as_str()))?;
        for i in b.items() {
            writeln!(out, "  • {i}")?;
        }
    }
    Ok(())
}

fn names(pieces: &[khabar::Piece<'_>]) -> String {
    pieces.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(" | ")
}
