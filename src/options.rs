//! What a user tells the parser ([`Parser`](crate::Parser)): marker words
//! the lexicon lacks, line rules, a threshold. Kept apart so that the
//! zero-configuration [`parse`](crate::parse) pays nothing for them.

use std::sync::Arc;

use regex::Regex;

use crate::lexicon::UserMarkers;
use crate::role::Role;
use crate::site::SiteProfile;

/// The options a parse runs with; the default is none.
#[derive(Clone, Debug, Default)]
pub(crate) struct Options {
    /// Marker words added to the lexicon's.
    pub(crate) markers: Option<Arc<UserMarkers>>,
    /// Patterns that give a whole block its role, tried first, in order.
    pub(crate) line_rules: Arc<[LineRule]>,
    /// A block of fewer words is never read as prose.
    pub(crate) min_prose_words: usize,
    /// What the page's site repeats, if known.
    pub(crate) profile: Option<Arc<SiteProfile>>,
}

/// A pattern and the role a block it matches gets.
#[derive(Clone, Debug)]
pub(crate) struct LineRule {
    pub(crate) role: Role,
    pub(crate) pattern: Regex,
}

impl Options {
    /// The line rule a block matches, if any (none are tried when none are given).
    pub(crate) fn rule_for(&self, text: &str) -> Option<&LineRule> {
        self.line_rules.iter().find(|r| r.pattern.is_match(text))
    }
}
