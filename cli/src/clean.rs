//! `khabar clean`: JSON-lines shards in, each record's structure and clean
//! text out, in input order, on every core.

use std::fmt;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use khabar::site::SiteProfile;
use rayon::prelude::*;

use crate::input::{self, EncodingChoice, Input};
use crate::output::Sink;
use crate::record::{self, Mode, Outcome, Reason};
use crate::sites::{self, Documents, Origin, Parsers, Profiles, Samples};
use crate::stats::{Counts, InputStats, Stats};

/// Cleans JSON-lines corpus shards: each record comes back with its page's
/// structure and clean text.
///
/// Each non-blank line of an input is a record: a JSON object whose text
/// field (`--field`) holds a page. A record comes back as one output line,
/// in input order, with all its fields as written (see `--output`). A
/// record that is not UTF-8, not JSON, not an object or has no string text
/// field does not come back: it is reported on stderr with its line number
/// and counted by reason in the summary and the `--stats` file. Blank lines
/// are counted, not written.
///
/// The exit status is 0 when every input was read to its end, every output
/// written, and the bad records stayed within `--max-errors`; otherwise 1,
/// with the reason on stderr's last line. A damaged input (a truncated or
/// corrupt gzip or zstd file) is reported with its name and the line where
/// it broke, after every record before that line has been written.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// JSON-lines shards, plain, gzip or zstd (told by their first bytes, not
    /// their names); `-` or none for stdin.
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// Writes every input's records to OUT, one after the other, compressed
    /// when OUT ends in `.gz` or `.zst` [default: stdout].
    #[arg(short = 'o', long = "out", value_name = "OUT")]
    out: Option<PathBuf>,

    /// Writes each input's records to a file of the input's name in DIR,
    /// compressed as that name ends; creates DIR.
    #[arg(long, value_name = "DIR", conflicts_with = "out")]
    output_dir: Option<PathBuf>,

    /// What each output line holds.
    #[arg(long, value_enum, default_value_t = Mode::Full, value_name = "MODE")]
    output: Mode,

    /// The field that holds the page's text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    field: String,

    /// Threads that parse [default: one per core]; reading and writing go
    /// on beside them.
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,

    /// The inputs' encoding: `auto` (byte-order mark, then UTF-16, UTF-8,
    /// or windows-1256 / ISO-8859-6 as detected) or a label (`utf-8`,
    /// `utf-16le`, `windows-1256`, `iso-8859-6`, ...); a byte-order mark
    /// wins over a label.
    #[arg(long, default_value = "auto", value_name = "ENCODING")]
    encoding: EncodingChoice,

    /// Parses with the rules of FILE (JSON: markers, line rules and
    /// thresholds a site needs; see the README).
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,

    /// Writes the run's statistics to FILE as JSON: documents, bytes in and
    /// out, characters kept, empty outputs, pages with each block kind,
    /// errors by reason, each input's encoding and counts, and the failure.
    #[arg(long, value_name = "FILE")]
    stats: Option<PathBuf>,

    /// How many bad records the run may skip and still succeed: a count
    /// (`100`) or a share of the records (`1%`) [default: fail only a run
    /// in which every record is bad].
    #[arg(long, value_name = "N|P%")]
    max_errors: Option<ErrorLimit>,

    /// Parses each site's records with the site's profile: what it repeats
    /// on its pages (menus, calls to follow it, fixed blurbs) is set aside,
    /// and its labels are read as labels. Records are grouped by host (see
    /// `--site-field`); the profiles are learned over all the inputs
    /// together. A first pass reads the inputs and learns the profile of
    /// each host with `--min-site-pages` records or more, from its first
    /// 1000 (at most that many texts per host are held in memory); a second
    /// parses every record with its host's profile. Records of the other
    /// hosts, and with no host, parse alone, as without `--by-site`. Stdin
    /// is read into memory, as it comes, to be read twice, unless
    /// `--profiles` is given.
    #[arg(long)]
    by_site: bool,

    /// The field that names a record's site, for `--by-site`: a host or a
    /// URL. A record without it (and every record when it is not given) is
    /// grouped by the host of its `url` field, else by its `site` field.
    /// Hosts are lowercased, without a leading `www.`.
    #[arg(long, value_name = "NAME", requires = "by_site")]
    site_field: Option<String>,

    /// Fewest records of a host for `--by-site` to learn its profile from;
    /// a host with fewer parses page by page.
    #[arg(
        long,
        value_name = "N",
        default_value_t = SiteProfile::FEWEST_PAGES as u64,
        value_parser = clap::value_parser!(u64).range(2..),
        requires = "by_site",
        conflicts_with = "profiles"
    )]
    min_site_pages: u64,

    /// Reads the site profiles from FILE (JSON: host -> profile, as
    /// `--save-profiles` writes them) instead of learning them: one pass
    /// over the inputs. Hosts the file lacks parse alone.
    #[arg(long, value_name = "FILE", requires = "by_site")]
    profiles: Option<PathBuf>,

    /// Writes the site profiles learned to FILE (JSON: host -> profile),
    /// before the second pass, for `--profiles` to read.
    #[arg(long, value_name = "FILE", requires = "by_site", conflicts_with = "profiles")]
    save_profiles: Option<PathBuf>,
}

const EXAMPLES: &str = "\
Examples:
  khabar clean shard.jsonl.zst -o shard.khabar.jsonl.zst --stats shard.stats.json
  khabar clean --field content --output clean-text < shard.jsonl > clean.jsonl
  khabar clean shards/*.jsonl.gz --output-dir out/ --max-errors 1%
  khabar clean --by-site shard.jsonl.zst -o out.jsonl.zst --save-profiles shard.profiles.json
  khabar clean --by-site --profiles shard.profiles.json next-shard.jsonl.zst -o next.jsonl.zst";

/// `--max-errors`: the most bad records a successful run may have.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ErrorLimit {
    Count(u64),
    /// A share of the records, from 0 to 1.
    Share(f64),
}

impl ErrorLimit {
    fn exceeded(limit: Option<ErrorLimit>, errors: u64, records: u64) -> bool {
        match limit {
            None => records > 0 && errors == records,
            Some(ErrorLimit::Count(n)) => errors > n,
            Some(ErrorLimit::Share(share)) => errors as f64 > share * records as f64,
        }
    }
}

impl FromStr for ErrorLimit {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("{s:?} is neither a count (100) nor a percentage (1%)");
        match s.strip_suffix('%') {
            Some(percent) => match percent.trim().parse::<f64>() {
                Ok(p) if (0.0..=100.0).contains(&p) => Ok(ErrorLimit::Share(p / 100.0)),
                _ => Err(bad()),
            },
            None => s.trim().parse().map(ErrorLimit::Count).map_err(|_| bad()),
        }
    }
}

impl fmt::Display for ErrorLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorLimit::Count(n) => write!(f, "{n}"),
            ErrorLimit::Share(share) => write!(f, "{}%", share * 100.0),
        }
    }
}

/// Lines read and parsed together; output keeps their order.
const BATCH: usize = 2048;

/// Skipped records reported one by one for each input; the rest are counted.
const REPORTED: u64 = 10;

/// What every input of a run shares.
struct Run<'a> {
    args: &'a Args,
    parsers: Parsers,
    pool: rayon::ThreadPool,
    progress: ProgressBar,
    /// Bytes read from the inputs' files, for the progress bar.
    read: Arc<AtomicU64>,
    /// With `--by-site`, the documents written by host.
    documents: Mutex<Documents>,
}

/// Where records go: one sink for all inputs (stdout or `-o`), or one file
/// per input in a directory.
enum Destination<'a> {
    Shared(Sink, Option<&'a Path>),
    PerInput(&'a Path),
}

/// The fault that stopped reading an input: the line it is on, and
/// whether it cut that line short.
struct Fault {
    line: u64,
    cut: bool,
    error: io::Error,
}

/// Runs `khabar clean`.
pub fn run(args: &Args) -> Result<(), String> {
    let mut inputs = Input::all(&args.inputs);
    if args.output_dir.is_some() {
        distinct_names(&inputs)?;
    }
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        pool = pool.num_threads(n);
    }
    let pool = pool.build().map_err(|e| format!("cannot start the threads: {e}"))?;
    let parser = crate::rules::parser(args.rules.as_deref())?;
    let mut run = Run {
        args,
        parsers: Parsers::plain(parser),
        pool,
        progress: progress_bar(&inputs),
        read: Arc::default(),
        documents: Mutex::default(),
    };
    let started = Instant::now();
    let mut destination = Destination::new(args, &inputs)?;
    if args.by_site {
        refuse_to_overwrite(args.save_profiles.as_deref(), &inputs)?;
        run.parsers = run.site_parsers(&mut inputs)?;
    }
    let mut done = Vec::with_capacity(inputs.len());
    for input in &inputs {
        done.push(run.input(input, &mut destination)?);
    }
    destination.finish()?;
    run.progress.finish_and_clear();
    let threads = run.pool.current_num_threads();
    let mut stats = Stats::new(&args.field, args.output, threads, done, started.elapsed().as_secs_f64());
    stats.by_site = run.parsers.stats(&run.documents.lock().unwrap_or_else(PoisonError::into_inner));
    stats.failure = failure(&stats, args);
    eprint!("{}", stats.summary());
    if let Some(path) = &args.stats {
        let json = serde_json::to_vec_pretty(&stats).expect("the stats serialize");
        std::fs::write(path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    stats.failure.map_or(Ok(()), Err)
}

/// `--output-dir` names each output after its input: no two inputs may
/// share a name, and stdin has none.
fn distinct_names(inputs: &[Input]) -> Result<(), String> {
    let mut names = std::collections::HashSet::new();
    for input in inputs {
        let Some(name) = input.path().and_then(Path::file_name) else {
            return Err("--output-dir names each output after its input, and stdin has no name: use -o".into());
        };
        if !names.insert(name) {
            let name = Path::new(name).display();
            return Err(format!("two inputs are named {name}: --output-dir would write one over the other"));
        }
    }
    Ok(())
}

impl<'a> Destination<'a> {
    fn new(args: &'a Args, inputs: &[Input]) -> Result<Self, String> {
        if let Some(dir) = &args.output_dir {
            std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            return Ok(Destination::PerInput(dir));
        }
        let out = args.out.as_deref();
        refuse_to_overwrite(out, inputs)?;
        Ok(Destination::Shared(Sink::create(out).map_err(|e| cannot_write(out, &e))?, out))
    }

    /// Runs `write` on the sink of `input`: the shared one, or a file of its
    /// own, ended after it. An error of `write` is the sink's.
    fn write<T>(&mut self, input: &Input, write: impl FnOnce(&mut Sink) -> io::Result<T>) -> Result<T, String> {
        match self {
            Destination::Shared(sink, path) => write(sink).map_err(|e| cannot_write(*path, &e)),
            Destination::PerInput(dir) => {
                let path = dir.join(input.path().and_then(Path::file_name).unwrap_or_default());
                refuse_to_overwrite(Some(&path), std::slice::from_ref(input))?;
                let mut sink = Sink::create(Some(&path)).map_err(|e| cannot_write(Some(&path), &e))?;
                let written = write(&mut sink).and_then(|t| sink.finish().map(|()| t));
                written.map_err(|e| cannot_write(Some(&path), &e))
            }
        }
    }

    /// Ends the shared sink.
    fn finish(self) -> Result<(), String> {
        match self {
            Destination::Shared(sink, path) => sink.finish().map_err(|e| cannot_write(path, &e)),
            Destination::PerInput(_) => Ok(()),
        }
    }
}

impl Run<'_> {
    /// Cleans one input into its destination. An input that cannot be
    /// opened or read to its end is reported and noted in its stats; a
    /// sink that cannot be written stops the run.
    fn input(&self, input: &Input, destination: &mut Destination<'_>) -> Result<InputStats, String> {
        let mut stats = InputStats {
            name: input.to_string(),
            compression: None,
            encoding: None,
            undecodable: 0,
            counts: Counts::default(),
            error: None,
        };
        let opened = match input::open(input, self.args.encoding, self.read.clone()) {
            Ok(opened) => opened,
            Err(e) => {
                self.report(&mut stats, format!("cannot read {input}: {e}"));
                return Ok(stats);
            }
        };
        stats.compression = Some(opened.compression);
        stats.encoding = Some(opened.encoding.name());
        let fault = destination.write(input, |sink| self.clean(opened.text, sink, &mut stats))?;
        stats.undecodable = opened.undecodable.load(Ordering::Relaxed);
        if let Some(Fault { line, cut, error }) = fault {
            if cut {
                stats.counts.skipped(Reason::CutOff);
            }
            let before = line - 1;
            self.report(
                &mut stats,
                format!("{input} is damaged at line {line}: {error}; the {before} lines before it were cleaned"),
            );
        }
        Ok(stats)
    }

    /// `--by-site`'s parsers: with the profiles of the `--profiles` file,
    /// or with those learned in a first pass over the inputs (stdin read
    /// into memory for it), saved with `--save-profiles`.
    fn site_parsers(&self, inputs: &mut [Input]) -> Result<Parsers, String> {
        let args = self.args;
        let (profiles, origin) = match &args.profiles {
            Some(path) => (Profiles::load(path)?, Origin::Loaded(path.clone())),
            None => {
                let started = Instant::now();
                for input in inputs.iter_mut() {
                    input.buffer().map_err(|e| format!("cannot read {input}: {e}"))?;
                }
                let profiles = self.learn(inputs);
                (profiles, Origin::Learned { min_pages: args.min_site_pages, took: started.elapsed() })
            }
        };
        if let Some(path) = &args.save_profiles {
            profiles.save(path)?;
        }
        Ok(Parsers::by_site(self.parsers.plain_parser().clone(), profiles, args.site_field.clone(), origin))
    }

    /// `--by-site`'s first pass: every input's records sampled by host, and
    /// the profile of each host with enough records learned from them.
    fn learn(&self, inputs: &[Input]) -> Profiles {
        // Both passes read every input.
        if let Some(len) = self.progress.length() {
            self.progress.set_length(2 * len);
        }
        let (field, site_field) = (&self.args.field, self.args.site_field.as_deref());
        let mut samples = Samples::default();
        for input in inputs {
            // What cannot be read here is reported by the second pass.
            let Ok(mut opened) = input::open(input, self.args.encoding, self.read.clone()) else { continue };
            let (mut lines_read, mut fault) = (0, None);
            loop {
                let batch = read_batch(&mut opened.text, &mut lines_read, &mut fault);
                let hosted: Vec<(String, String)> = self.pool.install(|| {
                    batch.par_iter().filter_map(|line| sites::host_and_text(line, field, site_field)).collect()
                });
                for (host, text) in hosted {
                    samples.add(host, text);
                }
                self.progress.set_position(self.read.load(Ordering::Relaxed));
                self.progress.set_message(format!("{input}: {lines_read} lines read to learn the sites"));
                if batch.len() < BATCH || fault.is_some() {
                    break;
                }
            }
        }
        self.progress.set_message("learning the sites' profiles");
        self.pool.install(|| samples.learn(self.parsers.plain_parser(), self.args.min_site_pages))
    }

    fn report(&self, stats: &mut InputStats, error: String) {
        self.progress.suspend(|| eprintln!("khabar: {error}"));
        stats.error = Some(error);
    }

    /// Reads one input's lines in batches, cleans each batch on the pool
    /// and writes it, in order; the next batch is read, and the last one
    /// written, while the pool parses. Returns the read fault that ended
    /// the input early, if one did.
    fn clean(&self, mut text: Box<dyn BufRead>, sink: &mut Sink, stats: &mut InputStats) -> io::Result<Option<Fault>> {
        let started = Instant::now();
        let mut lines_read = 0;
        let mut fault = None;
        std::thread::scope(|scope| {
            let mut parsing = None;
            loop {
                let batch = match fault {
                    None => read_batch(&mut text, &mut lines_read, &mut fault),
                    Some(_) => Vec::new(),
                };
                let parsed = parsing.take().map(|h: std::thread::ScopedJoinHandle<'_, _>| {
                    h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                });
                if !batch.is_empty() {
                    parsing = Some(scope.spawn(|| {
                        let (field, mode, parsers) = (&self.args.field, self.args.output, &self.parsers);
                        let outcomes: Vec<Outcome> = self.pool.install(|| {
                            batch.par_iter().map(|line| record::clean(parsers, line, field, mode)).collect()
                        });
                        (batch, outcomes)
                    }));
                }
                match parsed {
                    Some((batch, outcomes)) => self.write_batch(&batch, outcomes, sink, stats)?,
                    None if parsing.is_none() => return io::Result::Ok(()),
                    None => continue,
                }
                let secs = started.elapsed().as_secs_f64().max(1e-9);
                let c = &stats.counts;
                self.progress.set_position(self.read.load(Ordering::Relaxed));
                self.progress.set_message(format!(
                    "{}: {} docs, {:.0} docs/s, {:.1} MB/s",
                    stats.name,
                    c.documents,
                    c.documents as f64 / secs,
                    c.bytes_in as f64 / 1e6 / secs
                ));
            }
        })?;
        Ok(fault.map(|(error, cut)| Fault { line: lines_read + 1, cut, error }))
    }

    /// Writes a parsed batch in order, counts it, and reports its skipped
    /// records (the first [`REPORTED`] of an input one by one).
    fn write_batch(
        &self,
        batch: &[Vec<u8>],
        outcomes: Vec<Outcome>,
        sink: &mut Sink,
        stats: &mut InputStats,
    ) -> io::Result<()> {
        let first = stats.counts.lines + 1;
        for (n, (line, outcome)) in (first..).zip(batch.iter().zip(outcomes)) {
            let c = &mut stats.counts;
            c.lines += 1;
            c.bytes_in += line.len() as u64 + 1;
            match outcome {
                Outcome::Written(out, facts) => {
                    c.written(&facts, out.len());
                    sink.write_all(&out)?;
                    sink.write_all(b"\n")?;
                    if self.args.by_site {
                        self.documents.lock().unwrap_or_else(PoisonError::into_inner).count(facts.host);
                    }
                }
                Outcome::Blank => c.blank_lines += 1,
                Outcome::Skipped(skip) => {
                    c.skipped(skip.reason);
                    let shown = c.error_count();
                    let detail = if skip.detail.is_empty() { String::new() } else { format!(" ({})", skip.detail) };
                    self.progress.suspend(|| match shown {
                        ..=REPORTED => eprintln!("khabar: {}:{n}: {}{detail}; skipped", stats.name, skip.reason),
                        _ if shown == REPORTED + 1 => {
                            eprintln!("khabar: {}: more records skipped; the summary counts them", stats.name)
                        }
                        _ => {}
                    });
                }
            }
        }
        Ok(())
    }
}

/// Reads up to [`BATCH`] lines, without their newlines. A read error ends
/// the batch and is kept in `fault`, with whether it cut a line short.
fn read_batch(text: &mut dyn BufRead, lines_read: &mut u64, fault: &mut Option<(io::Error, bool)>) -> Vec<Vec<u8>> {
    let mut batch = Vec::with_capacity(BATCH);
    while batch.len() < BATCH {
        let mut line = Vec::new();
        match text.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {
                if line.last() == Some(&b'\n') {
                    line.pop();
                }
                batch.push(line);
                *lines_read += 1;
            }
            Err(error) => {
                *fault = Some((error, !line.is_empty()));
                break;
            }
        }
    }
    batch
}

/// The one-line reason the run failed, if it did.
fn failure(stats: &Stats, args: &Args) -> Option<String> {
    let unread: Vec<&str> = stats.inputs.iter().filter_map(|i| i.error.as_deref()).collect();
    match unread.as_slice() {
        [] => {}
        [one] => return Some(one.to_string()),
        many => return Some(format!("{} inputs not read to their end: {}", many.len(), many.join("; "))),
    }
    let t = &stats.total;
    if ErrorLimit::exceeded(args.max_errors, t.error_count(), t.records) {
        let limit = args.max_errors.map_or("the default: fail when no record comes back".into(), |l| l.to_string());
        return Some(format!(
            "{} of {} records skipped ({}), over --max-errors ({limit})",
            t.error_count(),
            t.records,
            t.reasons()
        ));
    }
    None
}

/// An output that is one of the inputs would be truncated before it is read.
fn refuse_to_overwrite(out: Option<&Path>, inputs: &[Input]) -> Result<(), String> {
    let Some(out) = out.and_then(|o| o.canonicalize().ok()) else {
        return Ok(());
    };
    match inputs.iter().find(|i| i.path().and_then(|p| p.canonicalize().ok()).as_ref() == Some(&out)) {
        Some(input) => Err(format!("the output {} is the input {input}", out.display())),
        None => Ok(()),
    }
}

fn cannot_write(path: Option<&Path>, e: &io::Error) -> String {
    match path {
        Some(path) => format!("cannot write {}: {e}", path.display()),
        None => format!("cannot write to stdout: {e}"),
    }
}

/// A progress bar on stderr when it is a terminal: with the inputs' size and
/// an ETA when they are all files, a spinner otherwise.
fn progress_bar(inputs: &[Input]) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let sizes: Option<u64> = inputs.iter().map(|i| std::fs::metadata(i.path()?).ok().map(|m| m.len())).sum();
    match sizes {
        Some(len) => ProgressBar::new(len).with_style(
            ProgressStyle::with_template("{bar:30} {percent:>3}% {msg}, ETA {eta}")
                .unwrap_or(ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner()
            .with_style(ProgressStyle::with_template("{spinner} {msg}").unwrap_or(ProgressStyle::default_spinner())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_limits() {
        assert_eq!("100".parse(), Ok(ErrorLimit::Count(100)));
        assert_eq!("1%".parse(), Ok(ErrorLimit::Share(0.01)));
        assert!("1.5".parse::<ErrorLimit>().is_err());
        assert!("150%".parse::<ErrorLimit>().is_err());
        // The default fails only a run in which no record came back.
        assert!(ErrorLimit::exceeded(None, 3, 3));
        assert!(!ErrorLimit::exceeded(None, 2, 3));
        assert!(!ErrorLimit::exceeded(None, 0, 0));
        assert!(ErrorLimit::exceeded(Some(ErrorLimit::Count(0)), 1, 100));
        assert!(!ErrorLimit::exceeded(Some(ErrorLimit::Share(0.01)), 1, 100));
        assert!(ErrorLimit::exceeded(Some(ErrorLimit::Share(0.01)), 2, 100));
    }
}
