//! What a `clean` run did: counted as it goes, printed as a summary on
//! stderr and written as JSON with `--stats`.

use std::collections::BTreeMap;

use khabar::Role;
use serde::Serialize;

use crate::count;
use crate::input::Compression;
use crate::record::{Facts, Mode, Reason};

/// The counts of one input or of the whole run. Every kind of block and
/// every reason has its count, zero or not, so that the stats file has
/// the same keys whatever the run.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Counts {
    /// Input lines, blank ones included.
    pub lines: u64,
    /// Lines with nothing but white space: no records, not written.
    pub blank_lines: u64,
    /// Records read (non-blank lines, and a record cut off by a fault).
    pub records: u64,
    /// Records written: one output line each.
    pub documents: u64,
    /// Bytes of the input lines, decompressed and in UTF-8.
    pub bytes_in: u64,
    /// Bytes of the output lines.
    pub bytes_out: u64,
    /// The text fields' bytes and characters.
    pub text_bytes: u64,
    pub text_chars: u64,
    /// The clean text's bytes and characters (titles and paragraphs).
    pub clean_text_bytes: u64,
    pub clean_text_chars: u64,
    /// Documents whose clean text is empty: no article was found.
    pub empty_outputs: u64,
    /// Pages with at least one block of each kind.
    pub pages_with: BTreeMap<&'static str, u64>,
    /// Records not written, by reason.
    pub errors: BTreeMap<Reason, u64>,
}

impl Default for Counts {
    fn default() -> Self {
        Counts {
            lines: 0,
            blank_lines: 0,
            records: 0,
            documents: 0,
            bytes_in: 0,
            bytes_out: 0,
            text_bytes: 0,
            text_chars: 0,
            clean_text_bytes: 0,
            clean_text_chars: 0,
            empty_outputs: 0,
            pages_with: Role::ALL.iter().filter(|r| **r != Role::Blank).map(|r| (r.name(), 0)).collect(),
            errors: Reason::ALL.iter().map(|r| (*r, 0)).collect(),
        }
    }
}

impl Counts {
    /// Counts one written record.
    pub fn written(&mut self, facts: &Facts, line_len: usize) {
        self.records += 1;
        self.documents += 1;
        self.bytes_out += line_len as u64 + 1;
        self.text_bytes += facts.text_bytes;
        self.text_chars += facts.text_chars;
        self.clean_text_bytes += facts.clean_bytes;
        self.clean_text_chars += facts.clean_chars;
        self.empty_outputs += u64::from(facts.clean_bytes == 0);
        for (role, had) in Role::ALL.iter().zip(facts.roles) {
            if had && *role != Role::Blank {
                *self.pages_with.entry(role.name()).or_default() += 1;
            }
        }
    }

    /// Counts one record not written.
    pub fn skipped(&mut self, reason: Reason) {
        self.records += 1;
        *self.errors.entry(reason).or_default() += 1;
    }

    /// Records not written.
    pub fn error_count(&self) -> u64 {
        self.errors.values().sum()
    }

    /// The reasons records were skipped for, with their counts: `not JSON
    /// 2, no text field 1`.
    pub fn reasons(&self) -> String {
        let reasons: Vec<String> =
            self.errors.iter().filter(|(_, n)| **n > 0).map(|(reason, n)| format!("{reason} {n}")).collect();
        reasons.join(", ")
    }

    /// The share of the text's characters kept in the clean text.
    pub fn kept_share(&self) -> f64 {
        if self.text_chars == 0 { 0.0 } else { self.clean_text_chars as f64 / self.text_chars as f64 }
    }

    fn add(&mut self, other: &Counts) {
        self.lines += other.lines;
        self.blank_lines += other.blank_lines;
        self.records += other.records;
        self.documents += other.documents;
        self.bytes_in += other.bytes_in;
        self.bytes_out += other.bytes_out;
        self.text_bytes += other.text_bytes;
        self.text_chars += other.text_chars;
        self.clean_text_bytes += other.clean_text_bytes;
        self.clean_text_chars += other.clean_text_chars;
        self.empty_outputs += other.empty_outputs;
        for (role, n) in &other.pages_with {
            *self.pages_with.entry(role).or_default() += n;
        }
        for (reason, n) in &other.errors {
            *self.errors.entry(*reason).or_default() += n;
        }
    }
}

/// One input's part of the run.
#[derive(Clone, Debug, Serialize)]
pub struct InputStats {
    pub name: String,
    /// `None` when the input could not be opened.
    pub compression: Option<Compression>,
    pub encoding: Option<&'static str>,
    /// Characters that could not be decoded and became U+FFFD.
    pub undecodable: u64,
    #[serde(flatten)]
    pub counts: Counts,
    /// Why the input was not read to its end, if it was not.
    pub error: Option<String>,
}

/// The `--stats` file: the run's totals, each input's part, and whether
/// the run failed and why.
#[derive(Debug, Serialize)]
pub struct Stats {
    pub khabar_version: &'static str,
    pub field: String,
    pub output: Mode,
    pub threads: usize,
    pub seconds: f64,
    #[serde(flatten)]
    pub total: Counts,
    pub kept_share: f64,
    pub inputs: Vec<InputStats>,
    /// What `--by-site` did, or `None` without it.
    pub by_site: Option<SiteStats>,
    /// The one-line reason the run failed, or `None`.
    pub failure: Option<String>,
}

/// What `--by-site` did: the hosts of the documents written, which of
/// them had a profile, and how big the profiles were.
#[derive(Debug, Serialize)]
pub struct SiteStats {
    /// `learned` in a first pass over the inputs, or the `--profiles` file.
    pub profiles_from: String,
    /// Fewest records of a host to learn its profile from (`--min-site-pages`);
    /// `None` for profiles read from a file.
    pub min_pages: Option<u64>,
    /// The first pass: reading the inputs and learning (0 for a file).
    pub learn_seconds: f64,
    /// Profiles learned or read, empty ones too.
    pub profiles: u64,
    /// Hosts of the documents written.
    pub hosts: u64,
    /// Documents whose record names no host: parsed alone.
    pub documents_without_host: u64,
    /// Hosts whose documents were parsed with a profile (one that is not
    /// empty), and those documents.
    pub hosts_with_profile: u64,
    pub documents_with_profile: u64,
    /// The lines and label heads of those hosts' profiles, all told.
    pub profile_lines: u64,
    pub profile_heads: u64,
    /// Each of those hosts.
    pub by_host: BTreeMap<String, HostStats>,
}

/// A host parsed with a profile: its documents, and its profile's pages
/// learned from, lines and label heads.
#[derive(Debug, Serialize)]
pub struct HostStats {
    pub documents: u64,
    pub pages: u64,
    pub lines: u64,
    pub heads: u64,
}

impl Stats {
    pub fn new(field: &str, output: Mode, threads: usize, inputs: Vec<InputStats>, seconds: f64) -> Stats {
        let mut total = Counts::default();
        for input in &inputs {
            total.add(&input.counts);
        }
        Stats {
            khabar_version: env!("CARGO_PKG_VERSION"),
            field: field.to_owned(),
            output,
            threads,
            seconds,
            kept_share: total.kept_share(),
            total,
            inputs,
            by_site: None,
            failure: None,
        }
    }

    /// The summary for stderr, a few lines.
    pub fn summary(&self) -> String {
        let t = &self.total;
        let secs = self.seconds.max(1e-9);
        let mut lines = Vec::new();
        for input in &self.inputs {
            let c = &input.counts;
            let how = match (input.compression, input.encoding) {
                (Some(compression), Some(encoding)) => format!("{compression}, {encoding}"),
                _ => "not opened".into(),
            };
            let undecodable = match input.undecodable {
                0 => String::new(),
                n => format!(", {n} characters not decodable (now U+FFFD)"),
            };
            lines.push(format!(
                "{} ({how}): {}, {}, {} skipped, {} blank{undecodable}",
                input.name,
                count(c.lines, "line", "lines"),
                count(c.documents, "document", "documents"),
                c.error_count(),
                c.blank_lines
            ));
        }
        lines.push(format!(
            "{} written of {} ({} skipped), {}; {:.1} MB in, {:.1} MB out; \
             {:.2} s on {}: {:.0} docs/s, {:.1} MB/s",
            count(t.documents, "document", "documents"),
            count(t.records, "record", "records"),
            t.error_count(),
            count(t.blank_lines, "blank line", "blank lines"),
            t.bytes_in as f64 / 1e6,
            t.bytes_out as f64 / 1e6,
            secs,
            count(self.threads as u64, "thread", "threads"),
            t.documents as f64 / secs,
            t.bytes_in as f64 / 1e6 / secs,
        ));
        lines.push(format!(
            "kept {:.1}% of the text's characters; {} with no clean text",
            100.0 * self.kept_share,
            count(t.empty_outputs, "document", "documents")
        ));
        let kinds: Vec<String> = Role::ALL
            .iter()
            .filter(|r| **r != Role::Blank)
            .map(|r| format!("{r} {}", t.pages_with[r.name()]))
            .collect();
        lines.push(format!("pages with: {}", kinds.join(", ")));
        if t.error_count() > 0 {
            lines.push(format!("skipped: {}", t.reasons()));
        }
        if let Some(sites) = &self.by_site {
            let from = match sites.min_pages {
                Some(_) => format!("learned in {:.2} s", sites.learn_seconds),
                None => format!("from {}", sites.profiles_from),
            };
            lines.push(format!(
                "by site: {} ({} with none); {} with a profile ({}, {}; {from}); {} parsed with one",
                count(sites.hosts, "host", "hosts"),
                count(sites.documents_without_host, "document", "documents"),
                sites.hosts_with_profile,
                count(sites.profile_lines, "line", "lines"),
                count(sites.profile_heads, "head", "heads"),
                count(sites.documents_with_profile, "document", "documents"),
            ));
        }
        lines.into_iter().map(|l| format!("khabar: {l}\n")).collect()
    }
}
