//! Vocabularies from outside sources: the world's news agencies, Arab
//! news outlets, a gazetteer of the places datelines name, the labels of
//! news CMS themes, and Arabic given names. Each is a data file in
//! `vocab/`, naming its sources (`vocab/README.md`); an entry earns its
//! place by an outside source, not by a page that needed it.
//!
//! Names are kept folded ([`Folder::matching`]) with their dots and
//! quotes dropped, so `أ.ف.ب`, `أ ف ب` and `«الوطن»` find their entries.

use std::collections::HashSet;

use once_cell::sync::Lazy;

use super::{MarkerKind, WordSet};
use crate::fold::Folder;

const AGENCIES: &str = include_str!("vocab/agencies.tsv");
const OUTLETS: &str = include_str!("vocab/outlets.tsv");
const PLACES: &str = include_str!("vocab/places.tsv");
const LABELS: &str = include_str!("vocab/labels.tsv");
const GIVEN_NAMES: &str = include_str!("vocab/given_names.tsv");

/// The vocabularies, folded once.
pub(crate) struct Vocab {
    /// Agencies, by every form (spaced abbreviations also joined: `ا ف ب`, `افب`).
    pub(crate) agencies: WordSet,
    /// Arab news outlets: papers, channels, sites.
    pub(crate) outlets: WordSet,
    /// Countries, capitals, cities and regions, a place of `أبو` also
    /// joined (`أبو ظبي`, `أبوظبي`).
    pub(crate) places: WordSet,
    /// CMS labels, with the marker kind each announces.
    pub(crate) labels: Vec<(String, MarkerKind)>,
    /// Arabic given (first) names, a compound of `عبد` also joined
    /// (`عبد العزيز`, `عبدالعزيز`), and `عبد` alone, which opens one.
    pub(crate) given_names: WordSet,
}

pub(crate) static VOCAB: Lazy<Vocab> = Lazy::new(|| {
    let mut agencies = WordSet::default();
    for form in rows(AGENCIES).map(|r| r[0]) {
        let key = name_key(form);
        // A spaced abbreviation (`أ ف ب`) is also written joined or dotted.
        if key.split(' ').all(|w| w.chars().count() == 1) {
            agencies.insert(key.replace(' ', ""));
        }
        agencies.insert(key);
    }
    let labels = rows(LABELS).filter_map(|r| Some((name_key(r[0]), label_kind(r.get(1)?)?))).collect();
    // A compound of `عبد` is also written joined (`عبدالعزيز`); a place
    // of `أبو` too: `أبوظبي`, the UAE's own spelling of its capital (WAM's
    // `أبوظبي - وام`), `أبوديس`.
    let given_names = keys_also_joined(GIVEN_NAMES, "عبد");
    let places = keys_also_joined(PLACES, "ابو");
    Vocab {
        agencies,
        outlets: rows(OUTLETS).map(|r| name_key(r[0])).collect(),
        places,
        labels: dedup(labels),
        given_names,
    }
});

/// The keys of a vocabulary's forms, and of each form that opens with the
/// word `first` (folded) the key with that word joined to the next.
fn keys_also_joined(tsv: &str, first: &str) -> WordSet {
    let mut keys = WordSet::default();
    for form in rows(tsv).map(|r| r[0]) {
        let key = name_key(form);
        if let Some(rest) = key.strip_prefix(first).and_then(|rest| rest.strip_prefix(' ')) {
            keys.insert(format!("{first}{rest}"));
        }
        keys.insert(key);
    }
    keys
}

/// The rows of a tab-separated vocabulary: blank lines and `#` comments
/// skipped, each row's fields trimmed.
fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect::<Vec<_>>())
        .filter(|r| !r[0].is_empty())
}

/// The marker kind of a label row's kind, where the label marks one: a
/// navigation or date label is furniture, like share and copyright lines.
fn label_kind(kind: &str) -> Option<MarkerKind> {
    Some(match kind {
        "tags" => MarkerKind::Tags,
        "read_also" | "related" | "post_navigation" => MarkerKind::Headlines,
        "comments" => MarkerKind::Comments,
        "byline" => MarkerKind::Byline,
        "source" => MarkerKind::Source,
        "share" | "newsletter" | "navigation" | "date_label" | "copyright" => MarkerKind::Boilerplate,
        _ => return None,
    })
}

/// Labels once each (the file lists a form once; its folded spelling
/// variants may repeat it).
fn dedup(labels: Vec<(String, MarkerKind)>) -> Vec<(String, MarkerKind)> {
    let mut seen = HashSet::new();
    labels.into_iter().filter(|(key, _)| seen.insert(key.clone())).collect()
}

/// A name as the vocabularies key it: folded, without dots, quotes and
/// brackets, spaces collapsed (`«الوطن»` → `الوطن`, `أ. ف. ب` → `ا ف ب`).
pub(crate) fn name_key(name: &str) -> String {
    let folded = Folder::matching().fold(name);
    folded.split(super::is_key_break).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vocabulary_loads() {
        assert!(VOCAB.agencies.len() > 100);
        assert!(VOCAB.outlets.len() > 50);
        assert!(VOCAB.places.len() > 2000);
        assert!(VOCAB.labels.len() > 100);
        assert!(VOCAB.given_names.len() > 500);
    }

    #[test]
    fn every_file_names_its_source() {
        for tsv in [AGENCIES, OUTLETS, PLACES, LABELS, GIVEN_NAMES] {
            assert!(tsv.lines().take_while(|l| l.starts_with('#') || l.is_empty()).any(|l| l.contains("source")));
        }
    }

    #[test]
    fn abbreviations_in_every_writing() {
        for form in ["أ ف ب", "أ.ف.ب", "أ. ف. ب", "أفب", "د ب أ", "د.ب.أ"] {
            assert!(VOCAB.agencies.contains(&name_key(form)), "{form}");
        }
        assert!(VOCAB.places.contains(&name_key("القاهرة")));
        assert!(VOCAB.places.contains(&name_key("أبوظبي")) && VOCAB.places.contains(&name_key("أبو ظبي")));
        assert!(VOCAB.outlets.contains(&name_key("«الأهرام»")));
    }

    #[test]
    fn compounds_of_abd_spaced_and_joined() {
        let names = ["عبد الرحمن", "عبدالرحمن", "عبد العزيز", "عبدالعزيز", "عبد", "نوره"];
        for name in names {
            assert!(VOCAB.given_names.contains(&name_key(name)), "{name}");
        }
    }

    /// Forms that name a medium and a place both (`الرياض`, the city and
    /// its paper; `قنا`, Qatar's agency and the Egyptian city): the credit
    /// grammar reads them by where they stand, a dateline's first part
    /// being its place.
    const HOMONYMS: &[&str] = &["قنا", "الجزيرة", "الخبر", "الرياض", "القدس", "الميادين"];

    #[test]
    fn no_entry_of_one_kind_folds_to_another_but_the_known_homonyms() {
        let labels: WordSet = VOCAB.labels.iter().map(|(key, _)| key.clone()).collect();
        let kinds = [
            ("agencies", &VOCAB.agencies),
            ("outlets", &VOCAB.outlets),
            ("places", &VOCAB.places),
            ("labels", &labels),
            ("given names", &VOCAB.given_names),
        ];
        let known: HashSet<String> = HOMONYMS.iter().map(|h| name_key(h)).collect();
        let mut shared = HashSet::new();
        for (k, (a, first)) in kinds.iter().enumerate() {
            for (b, second) in &kinds[k + 1..] {
                for form in first.intersection(second) {
                    assert!(known.contains(form), "{form} is in both {a} and {b}");
                    shared.insert(form.clone());
                }
            }
        }
        assert_eq!(shared, known, "every homonym listed is in two vocabularies");
    }

    #[test]
    fn no_label_folds_to_two_kinds() {
        let mut kinds = std::collections::HashMap::new();
        for (form, kind) in rows(LABELS).filter_map(|r| Some((name_key(r[0]), label_kind(r.get(1)?)?))) {
            let first = *kinds.entry(form.clone()).or_insert(kind);
            assert_eq!(first, kind, "{form} is labelled both {first} and {kind}");
        }
    }
}
