//! `--by-site`: records grouped by host, a site profile learned for each
//! host from a sample of its records (or read from a `--profiles` file),
//! and every record parsed with its host's profile.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use khabar::Parser;
use khabar::site::SiteProfile;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::record::{self, Record};
use crate::stats::{HostStats, SiteStats};

/// The host a record belongs to: its `--site-field` if one is named and
/// the record has it, else the host of its `url`, else its `site`. A
/// site's name that is a URL stands for its host.
pub fn host_of(record: &Record<'_>, site_field: Option<&str>) -> Option<String> {
    let string = |name: &str| record.field(name).and_then(record::string);
    let site = |name: &str| string(name).and_then(|value| site_host(&value));
    site_field
        .and_then(site)
        .or_else(|| string("url").and_then(|url| normalized(url_host(&url))))
        .or_else(|| site("site"))
}

/// A site's name as a host: the host of a URL, or the name as written.
fn site_host(name: &str) -> Option<String> {
    normalized(if name.contains("://") { url_host(name) } else { name })
}

/// A host as records are grouped by: trimmed, lowercased, without a
/// leading `www.` or a trailing dot, so that `https://WWW.Site.com/a` and
/// `site.com` are one site.
fn normalized(host: &str) -> Option<String> {
    let host = host.trim().trim_end_matches('.').to_lowercase();
    let host = match host.strip_prefix("www.") {
        Some(bare) => bare.to_owned(),
        None => host,
    };
    (!host.is_empty()).then_some(host)
}

/// The host of a URL: what stands between `scheme://` (or `//`) and the
/// path, without the user or the port.
fn url_host(url: &str) -> &str {
    let url = url.trim();
    let rest = match url.find("://") {
        Some(k) => &url[k + 3..],
        None => url.strip_prefix("//").unwrap_or(url),
    };
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default();
    // An IPv6 host is bracketed, colons and all.
    match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => host.split(':').next().unwrap_or_default(),
    }
}

/// A line's host and text, for the first pass: `None` for a line that is
/// no record (the second pass reports it) or a record with no host.
pub fn host_and_text(line: &[u8], field: &str, site_field: Option<&str>) -> Option<(String, String)> {
    let (record, text) = record::read(line, field).ok()?;
    Some((host_of(&record, site_field)?, text))
}

/// The first pass's sample: each host's records counted, and the texts of
/// its first [`SiteProfile::SAMPLE_PAGES`] kept (all a profile learns
/// from), so that memory stays bounded for each host.
#[derive(Default)]
pub struct Samples {
    hosts: HashMap<String, Sample>,
}

#[derive(Default)]
struct Sample {
    records: u64,
    texts: Vec<String>,
}

impl Samples {
    /// Counts a record of `host`, keeping its text while the host's sample
    /// has room.
    pub fn add(&mut self, host: String, text: String) {
        let sample = self.hosts.entry(host).or_default();
        sample.records += 1;
        if sample.texts.len() < SiteProfile::SAMPLE_PAGES {
            sample.texts.push(text);
        }
    }

    /// The profile of every host with `min_pages` records or more, learned
    /// with `parser`, hosts in parallel on the current thread pool.
    pub fn learn(self, parser: &Parser, min_pages: u64) -> Profiles {
        let hosts: Vec<(String, Sample)> = self.hosts.into_iter().filter(|(_, s)| s.records >= min_pages).collect();
        let learned = hosts.into_par_iter().map(|(host, sample)| {
            let profile = SiteProfile::learn_with(parser, sample.texts.iter().map(String::as_str));
            (host, profile)
        });
        Profiles(learned.collect())
    }
}

/// Site profiles by host: what `--save-profiles` writes and `--profiles`
/// reads, a JSON object of host -> profile.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Profiles(BTreeMap<String, SiteProfile>);

impl Profiles {
    /// Reads a profiles file.
    pub fn load(path: &Path) -> Result<Profiles, String> {
        let json =
            std::fs::read_to_string(path).map_err(|e| format!("cannot read the profiles {}: {e}", path.display()))?;
        serde_json::from_str(&json)
            .map_err(|e| format!("the profiles {} are not a profiles file (host -> profile): {e}", path.display()))
    }

    /// Writes the profiles to `path`, hosts in order.
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let cannot = |e: &dyn std::fmt::Display| format!("cannot write the profiles {}: {e}", path.display());
        let mut file = BufWriter::new(std::fs::File::create(path).map_err(|e| cannot(&e))?);
        serde_json::to_writer(&mut file, self).map_err(|e| cannot(&e))?;
        file.write_all(b"\n").and_then(|()| file.flush()).map_err(|e| cannot(&e))
    }
}

/// Where a run's profiles came from.
#[derive(Debug)]
pub enum Origin {
    /// Learned in a first pass over the inputs: from hosts with this many
    /// records or more, in this long.
    Learned { min_pages: u64, took: Duration },
    /// Read from this `--profiles` file.
    Loaded(PathBuf),
}

/// The parser of every record: its host's, with the host's profile, or the
/// plain one.
pub struct Parsers {
    plain: Parser,
    /// With `--by-site`: how a record names its site, and what was learned.
    by_site: Option<BySite>,
}

struct BySite {
    site_field: Option<String>,
    origin: Origin,
    /// Profiles learned or loaded, empty ones too.
    profiles: usize,
    /// The hosts whose profile is not empty: those whose pages parse
    /// otherwise than alone.
    hosts: HashMap<String, Profiled>,
}

struct Profiled {
    parser: Parser,
    profile: Arc<SiteProfile>,
}

impl Parsers {
    /// Every record parsed with `plain`.
    pub fn plain(plain: Parser) -> Parsers {
        Parsers { plain, by_site: None }
    }

    /// Each record parsed with its host's profile, hosts named as
    /// [`host_of`] says.
    pub fn by_site(plain: Parser, profiles: Profiles, site_field: Option<String>, origin: Origin) -> Parsers {
        let count = profiles.0.len();
        let hosts = profiles
            .0
            .into_iter()
            .filter(|(_, profile)| !profile.is_empty())
            .map(|(host, profile)| {
                let profile = Arc::new(profile);
                (host, Profiled { parser: plain.with_profile(profile.clone()), profile })
            })
            .collect();
        Parsers { plain, by_site: Some(BySite { site_field, origin, profiles: count, hosts }) }
    }

    /// The parser of every record without a profile.
    pub fn plain_parser(&self) -> &Parser {
        &self.plain
    }

    /// The parser of `record`, and its host with `--by-site`.
    pub fn pick(&self, record: &Record<'_>) -> (&Parser, Option<String>) {
        let Some(by_site) = &self.by_site else { return (&self.plain, None) };
        let host = host_of(record, by_site.site_field.as_deref());
        let parser = host.as_ref().and_then(|h| by_site.hosts.get(h)).map_or(&self.plain, |p| &p.parser);
        (parser, host)
    }

    /// What `--by-site` did, from the hosts of the documents written.
    pub fn stats(&self, documents: &Documents) -> Option<SiteStats> {
        let by_site = self.by_site.as_ref()?;
        let by_host: BTreeMap<String, HostStats> = documents
            .by_host
            .iter()
            .filter_map(|(host, &documents)| {
                let profile = &by_site.hosts.get(host)?.profile;
                let (lines, heads) = (profile.lines().count() as u64, profile.heads().count() as u64);
                Some((host.clone(), HostStats { documents, pages: profile.pages() as u64, lines, heads }))
            })
            .collect();
        let (profiles_from, min_pages, learn_seconds) = match &by_site.origin {
            Origin::Learned { min_pages, took } => ("learned".into(), Some(*min_pages), took.as_secs_f64()),
            Origin::Loaded(path) => (path.display().to_string(), None, 0.0),
        };
        Some(SiteStats {
            profiles_from,
            min_pages,
            learn_seconds,
            profiles: by_site.profiles as u64,
            hosts: documents.by_host.len() as u64,
            documents_without_host: documents.without_host,
            hosts_with_profile: by_host.len() as u64,
            documents_with_profile: by_host.values().map(|h| h.documents).sum(),
            profile_lines: by_host.values().map(|h| h.lines).sum(),
            profile_heads: by_host.values().map(|h| h.heads).sum(),
            by_host,
        })
    }
}

/// The documents written with `--by-site`, counted by host.
#[derive(Debug, Default)]
pub struct Documents {
    by_host: HashMap<String, u64>,
    without_host: u64,
}

impl Documents {
    /// Counts a document of `host`, or one with none.
    pub fn count(&mut self, host: Option<String>) {
        match host {
            Some(host) => *self.by_host.entry(host).or_default() += 1,
            None => self.without_host += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(json: &str, site_field: Option<&str>) -> Option<String> {
        host_of(&serde_json::from_str(json).unwrap(), site_field)
    }

    #[test]
    fn url_hosts() {
        assert_eq!(url_host("https://www.Example.com/news/1?x=2"), "www.Example.com");
        assert_eq!(url_host("http://user:pw@example.com:8080#top"), "example.com");
        assert_eq!(url_host("//cdn.example.com/a"), "cdn.example.com");
        assert_eq!(url_host("example.com/a/b"), "example.com");
        assert_eq!(url_host("http://[2001:db8::1]:80/"), "2001:db8::1");
        assert_eq!(url_host("file:///tmp/page"), "");
    }

    #[test]
    fn hosts_from_url_then_site() {
        assert_eq!(
            host(r#"{"url": "https://WWW.Akhbar.example./a", "site": "other"}"#, None).unwrap(),
            "akhbar.example"
        );
        assert_eq!(host(r#"{"url": "file:///tmp/a", "site": "www.akhbar.example"}"#, None).unwrap(), "akhbar.example");
        assert_eq!(host(r#"{"url": 7, "site": "https://akhbar.example/"}"#, None).unwrap(), "akhbar.example");
        assert_eq!(host(r#"{"site": "  "}"#, None), None);
        assert_eq!(host(r#"{"text": "x"}"#, None), None);
        // A named field comes first, and the others stand in when a record
        // lacks it.
        let both = r#"{"url": "https://akhbar.example/a", "domain": "Wadi.example"}"#;
        assert_eq!(host(both, Some("domain")).unwrap(), "wadi.example");
        assert_eq!(host(r#"{"url": "https://akhbar.example/a"}"#, Some("domain")).unwrap(), "akhbar.example");
    }

    #[test]
    fn a_sample_keeps_a_profiles_worth_of_texts() {
        let mut samples = Samples::default();
        for n in 0..SiteProfile::SAMPLE_PAGES + 5 {
            samples.add("akhbar.example".into(), format!("صفحة {n}"));
        }
        samples.add("wadi.example".into(), "صفحة".into());
        let akhbar = &samples.hosts["akhbar.example"];
        assert_eq!(
            (akhbar.records as usize, akhbar.texts.len()),
            (SiteProfile::SAMPLE_PAGES + 5, SiteProfile::SAMPLE_PAGES)
        );
        let profiles = samples.learn(&Parser::default(), 2);
        let hosts: Vec<&String> = profiles.0.keys().collect();
        assert_eq!(hosts, ["akhbar.example"], "a host with one record learns nothing");
        assert_eq!(profiles.0["akhbar.example"].pages(), SiteProfile::SAMPLE_PAGES);
    }
}
