//! Structures and cleans a web-crawl shard with every core.
//!
//! ```text
//! clean_corpus [--field NAME] [--threads N] [INPUT]
//! ```
//!
//! Reads JSON lines (CulturaX, FineWeb-2, OSCAR style: one object a line)
//! from INPUT (plain, `.gz` or `.zst`) or stdin, parses each document's
//! text field (`text` unless `--field` says otherwise) with khabar, and
//! writes every input line back on stdout, in input order, with all its
//! fields and two more: `khabar`, the page's structure (the eval view, each
//! string with its byte span), and `clean_text`, the articles' titles and
//! paragraphs one per line. A line that is not JSON, has no text field or
//! is not UTF-8 is reported on stderr with its line number and skipped.
//! A progress bar shows on stderr when it is a terminal; a summary ends
//! the run. The exit status is non-zero only for an I/O failure.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use khabar::Role;
use rayon::prelude::*;
use serde_json::{Map, Value};

/// Lines read and parsed together; output keeps their order.
const BATCH: usize = 2048;

struct Options {
    field: String,
    threads: usize,
    input: Option<String>,
}

fn main() -> ExitCode {
    let options = match options() {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("clean_corpus: {msg}\nusage: clean_corpus [--field NAME] [--threads N] [INPUT]");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("clean_corpus: {e}");
            ExitCode::FAILURE
        }
    }
}

fn options() -> Result<Options, String> {
    let mut o = Options { field: "text".into(), threads: 0, input: None };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--field" => o.field = args.next().ok_or("--field needs a name")?,
            "--threads" => {
                o.threads = args.next().and_then(|n| n.parse().ok()).ok_or("--threads needs a number")?;
            }
            "-" => o.input = None,
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}")),
            _ => o.input = Some(arg),
        }
    }
    Ok(o)
}

/// What the run saw, for the summary.
#[derive(Default)]
struct Tally {
    documents: u64,
    bad: u64,
    bytes_in: u64,
    bytes_out: u64,
    text_bytes: u64,
    pages_with: [u64; Role::ALL.len()],
    boilerplate_lines: u64,
}

/// The result of one input line.
enum Outcome {
    Cleaned { line: Vec<u8>, roles: [bool; Role::ALL.len()], boilerplate: u64, text_bytes: u64 },
    Bad(String),
}

fn run(o: &Options) -> io::Result<()> {
    let read_bytes = Arc::new(AtomicU64::new(0));
    let (reader, total) = open(o.input.as_deref(), read_bytes.clone())?;
    let pool =
        rayon::ThreadPoolBuilder::new().num_threads(o.threads).build().map_err(|e| io::Error::other(e.to_string()))?;
    let progress = progress_bar(total);
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut tally = Tally::default();
    let started = Instant::now();
    let mut lines = reader.split(b'\n');
    let mut number = 0u64;
    loop {
        let mut batch = Vec::with_capacity(BATCH);
        for line in lines.by_ref().take(BATCH) {
            number += 1;
            batch.push((number, line?));
        }
        if batch.is_empty() {
            break;
        }
        let outcomes: Vec<Outcome> = pool.install(|| batch.par_iter().map(|(_, line)| clean(line, &o.field)).collect());
        for ((n, line), outcome) in batch.iter().zip(outcomes) {
            tally.bytes_in += line.len() as u64 + 1;
            match outcome {
                Outcome::Cleaned { line, roles, boilerplate, text_bytes } => {
                    tally.documents += 1;
                    tally.bytes_out += line.len() as u64 + 1;
                    tally.text_bytes += text_bytes;
                    tally.boilerplate_lines += boilerplate;
                    for (count, had) in tally.pages_with.iter_mut().zip(roles) {
                        *count += u64::from(had);
                    }
                    out.write_all(&line)?;
                    out.write_all(b"\n")?;
                }
                Outcome::Bad(why) if line.iter().all(u8::is_ascii_whitespace) => {
                    let _ = why; // blank lines between records are no records
                }
                Outcome::Bad(why) => {
                    tally.bad += 1;
                    progress.suspend(|| eprintln!("clean_corpus: line {n}: {why}; skipped"));
                }
            }
        }
        progress.set_position(if total.is_some() { read_bytes.load(Ordering::Relaxed) } else { tally.bytes_in });
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        progress.set_message(format!(
            "{} docs, {:.1} MB, {:.0} docs/s, {:.1} MB/s",
            tally.documents,
            tally.bytes_in as f64 / 1e6,
            tally.documents as f64 / secs,
            tally.bytes_in as f64 / 1e6 / secs
        ));
    }
    out.flush()?;
    progress.finish_and_clear();
    summary(&tally, started.elapsed().as_secs_f64(), pool.current_num_threads());
    Ok(())
}

/// Parses one input line and builds its output line.
fn clean(line: &[u8], field: &str) -> Outcome {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let text = match std::str::from_utf8(line) {
        Ok(t) => t,
        Err(e) => return Outcome::Bad(format!("not UTF-8 (byte {})", e.valid_up_to())),
    };
    let mut doc: Map<String, Value> = match serde_json::from_str(text) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return Outcome::Bad("not a JSON object".into()),
        Err(e) => return Outcome::Bad(format!("not JSON ({e})")),
    };
    let Some(Value::String(page_text)) = doc.get(field) else {
        return Outcome::Bad(format!("no string field {field:?}"));
    };
    let page_text = page_text.clone();
    let page = khabar::parse(&page_text);
    let mut roles = [false; Role::ALL.len()];
    let mut boilerplate = 0;
    for b in page.blocks() {
        if let Some(k) = Role::ALL.iter().position(|r| *r == b.role()) {
            roles[k] = true;
        }
        boilerplate += u64::from(b.role() == Role::Boilerplate);
    }
    let view = match serde_json::to_value(&page) {
        Ok(v) => v,
        Err(e) => return Outcome::Bad(format!("cannot write its structure ({e})")),
    };
    doc.insert("khabar".into(), view);
    doc.insert("clean_text".into(), Value::String(page.clean_text()));
    match serde_json::to_vec(&doc) {
        Ok(line) => Outcome::Cleaned { line, roles, boilerplate, text_bytes: page_text.len() as u64 },
        Err(e) => Outcome::Bad(format!("cannot write it ({e})")),
    }
}

/// The input, decompressed by its name's ending, and its size on disk
/// when known (for the progress bar's ETA).
fn open(path: Option<&str>, read: Arc<AtomicU64>) -> io::Result<(Box<dyn BufRead>, Option<u64>)> {
    let Some(path) = path else {
        return Ok((Box::new(BufReader::new(io::stdin())), None));
    };
    let file = File::open(path).map_err(|e| io::Error::new(e.kind(), format!("{path}: {e}")))?;
    let size = file.metadata().ok().map(|m| m.len());
    let counted = Counted { inner: file, read };
    let reader: Box<dyn Read> = if path.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(counted)))
    } else if path.ends_with(".zst") || path.ends_with(".zstd") {
        Box::new(zstd::stream::read::Decoder::new(counted)?)
    } else {
        Box::new(counted)
    };
    Ok((Box::new(BufReader::with_capacity(1 << 20, reader)), size))
}

/// A reader that counts the bytes read from the file itself.
struct Counted<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

fn progress_bar(total: Option<u64>) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    match total {
        Some(len) => ProgressBar::new(len).with_style(
            ProgressStyle::with_template("{bar:30} {percent:>3}% {msg}, ETA {eta}")
                .unwrap_or(ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner()
            .with_style(ProgressStyle::with_template("{spinner} {msg}").unwrap_or(ProgressStyle::default_spinner())),
    }
}

fn summary(t: &Tally, secs: f64, threads: usize) {
    let secs = secs.max(1e-9);
    eprintln!(
        "clean_corpus: {} documents ({} bad lines skipped), {:.1} MB in, {:.1} MB out, {:.2} s on {} threads: {:.0} docs/s, {:.1} MB/s of input, {:.1} MB/s of text",
        t.documents,
        t.bad,
        t.bytes_in as f64 / 1e6,
        t.bytes_out as f64 / 1e6,
        secs,
        threads,
        t.documents as f64 / secs,
        t.bytes_in as f64 / 1e6 / secs,
        t.text_bytes as f64 / 1e6 / secs,
    );
    let kinds: Vec<String> = Role::ALL
        .iter()
        .zip(t.pages_with)
        .filter(|(r, _)| **r != Role::Blank)
        .map(|(r, n)| format!("{r} {n}"))
        .collect();
    eprintln!("clean_corpus: pages with each kind of block: {}", kinds.join(", "));
    eprintln!("clean_corpus: {} lines removed as boilerplate", t.boilerplate_lines);
}
