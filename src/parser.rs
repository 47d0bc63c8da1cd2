//! A parser that knows what its user knows: marker words the lexicon
//! lacks, line rules for a site's own lines, a threshold. Built once,
//! shared across threads; [`parse`](crate::parse) stays the
//! zero-configuration call.

use std::sync::Arc;

use regex::Regex;

use crate::assemble;
use crate::lexicon::{MarkerKind, UserMarkers};
use crate::options::{LineRule, Options};
use crate::page::Page;
use crate::role::Role;
use crate::site::SiteProfile;

/// A configured parser: `Send + Sync`, and cheap to clone (its rules are
/// shared, compiled once by [`ParserBuilder::build`]).
///
/// # Example
/// ```
/// use khabar::{MarkerKind, Parser, Role};
/// let parser = Parser::builder()
///     // A site's tag label the lexicon does not know.
///     .marker(MarkerKind::Tags, "مواضيع المقال")
///     // A site's dateline: the part after the dash is the source.
///     .line_rule(Role::Source, r"^بوابة الخليج - (?P<names>.+)$")
///     .build()
///     .unwrap();
/// let text = "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية في كل الملفات.\n\
///             بوابة الخليج - وكالات\n\
///             مواضيع المقال: الاقتصاد، النفط";
/// let page = parser.parse(text);
/// let article = &page.articles()[0];
/// assert_eq!(article.sources()[0].names()[0].as_str(), "وكالات");
/// let tags: Vec<&str> = article.tags().iter().map(|t| t.as_str()).collect();
/// assert_eq!(tags, ["الاقتصاد", "النفط"]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Parser {
    options: Options,
}

impl Parser {
    /// A builder with no rules: what [`parse`](crate::parse) does.
    pub fn builder() -> ParserBuilder {
        ParserBuilder::default()
    }

    /// Parses the plain text of a news page with the parser's rules. Total,
    /// as [`parse`](crate::parse) is.
    pub fn parse<'a>(&self, text: &'a str) -> Page<'a> {
        assemble::parse(text, &self.options)
    }

    /// This parser with what a site repeats, for the pages of that site
    /// (see [`ParserBuilder::site_profile`]).
    pub fn with_profile(&self, profile: impl Into<Arc<SiteProfile>>) -> Parser {
        let profile = Some(profile.into()).filter(|p: &Arc<SiteProfile>| !p.is_empty());
        Parser { options: Options { profile, ..self.options.clone() } }
    }

    /// A parser with the rules of a rules file (see [`Rules`]).
    ///
    /// # Errors
    /// As [`ParserBuilder::build`]: a pattern that does not compile, a role
    /// no line rule gives, a marker that is no word.
    ///
    /// # Example
    /// ```
    /// let rules: khabar::Rules = serde_json::from_str(r#"{
    ///     "markers": [{"kind": "tags", "phrase": "مواضيع المقال"}],
    ///     "line_rules": [{"role": "source", "pattern": "^بوابة الخليج - (?P<names>.+)$"}],
    ///     "min_prose_words": 0
    /// }"#).unwrap();
    /// let parser = khabar::Parser::from_rules(&rules).unwrap();
    /// let page = parser.parse("مواضيع المقال: الاقتصاد");
    /// assert_eq!(page.blocks().next().unwrap().role(), khabar::Role::Tags);
    /// ```
    #[cfg(feature = "serde")]
    pub fn from_rules(rules: &Rules) -> Result<Parser, RuleError> {
        let mut builder = Parser::builder();
        for m in &rules.markers {
            let kind = m.kind.parse().map_err(|_| RuleError::UnknownName(m.kind.clone()))?;
            builder = builder.marker(kind, &m.phrase);
        }
        for r in &rules.line_rules {
            let role = r.role.parse().map_err(|_| RuleError::UnknownName(r.role.clone()))?;
            builder = builder.line_rule(role, &r.pattern);
        }
        builder.min_prose_words(rules.min_prose_words).build()
    }
}

/// Builds a [`Parser`]: each setter says what it is for.
#[derive(Clone, Debug, Default)]
pub struct ParserBuilder {
    markers: Vec<(MarkerKind, String)>,
    line_rules: Vec<(Role, String)>,
    min_prose_words: usize,
    profile: Option<Arc<SiteProfile>>,
}

impl ParserBuilder {
    /// Adds `phrase` as a marker of `kind`: a site's tag label, read-also
    /// heading or source label that the lexicon lacks. It is compared
    /// folded, as the lexicon's are, so its spelling variants match too
    /// (`مواضيع المقال` also finds `مواضيع المقال:`, `مَواضيع المقال`); a
    /// one-word label needs a separator after it (`وسوم:`).
    pub fn marker(mut self, kind: MarkerKind, phrase: &str) -> Self {
        self.markers.push((kind, phrase.to_owned()));
        self
    }

    /// Gives every block that `pattern` (a [`regex`](https://docs.rs/regex)
    /// pattern, matched against the block's trimmed text) matches the role
    /// `role`: [`Role::Source`] or [`Role::Byline`] (the credited names are
    /// the pattern's group `names`, or the whole line), [`Role::Tags`] (the
    /// group `tags`, or the whole line, split as a tag line) or
    /// [`Role::Boilerplate`]. Line rules are tried first, in the order given.
    pub fn line_rule(mut self, role: Role, pattern: &str) -> Self {
        self.line_rules.push((role, pattern.to_owned()));
        self
    }

    /// Blocks of fewer words than `words` are never read as prose (by
    /// default a sentence of five words is): for sites whose short lines
    /// are captions or teasers.
    pub fn min_prose_words(mut self, words: usize) -> Self {
        self.min_prose_words = words;
        self
    }

    /// Parses with what a site repeats on its pages (learned with
    /// [`SiteProfile::learn`]): its furniture lines are furniture
    /// ([`Rule::SiteRepeated`](crate::Rule::SiteRepeated)), its labels
    /// labels ([`Rule::SiteLabel`](crate::Rule::SiteLabel)), on every page
    /// of the site. See [`site`](crate::site).
    pub fn site_profile(mut self, profile: impl Into<Arc<SiteProfile>>) -> Self {
        self.profile = Some(profile.into()).filter(|p: &Arc<SiteProfile>| !p.is_empty());
        self
    }

    /// Compiles the rules.
    ///
    /// # Errors
    /// [`RuleError::Pattern`] names a pattern that does not compile,
    /// [`RuleError::Role`] a role no line rule gives, [`RuleError::EmptyMarker`]
    /// a marker with no word in it.
    ///
    /// # Example
    /// ```
    /// use khabar::{Parser, Role, RuleError};
    /// let err = Parser::builder().line_rule(Role::Source, "(unclosed").build().unwrap_err();
    /// assert!(matches!(&err, RuleError::Pattern { pattern, .. } if pattern == "(unclosed"));
    /// assert!(err.to_string().contains("(unclosed"));
    /// ```
    pub fn build(self) -> Result<Parser, RuleError> {
        let mut markers = UserMarkers::default();
        for (kind, phrase) in &self.markers {
            if !markers.add(*kind, phrase) {
                return Err(RuleError::EmptyMarker(phrase.clone()));
            }
        }
        let line_rules = self
            .line_rules
            .into_iter()
            .map(|(role, pattern)| {
                if !matches!(role, Role::Source | Role::Byline | Role::Tags | Role::Boilerplate) {
                    return Err(RuleError::Role(role));
                }
                Regex::new(&pattern).map(|pattern| LineRule { role, pattern }).map_err(|e| {
                    // The compiler's message ends with its one-line reason
                    // (`error: unclosed group`) under a drawing of the pattern.
                    let message = e.to_string().lines().last().unwrap_or_default().trim().to_owned();
                    RuleError::Pattern { pattern, message }
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let markers = (!self.markers.is_empty()).then(|| Arc::new(markers));
        Ok(Parser {
            options: Options {
                markers,
                line_rules: line_rules.into(),
                min_prose_words: self.min_prose_words,
                profile: self.profile,
            },
        })
    }
}

/// Why a [`ParserBuilder`] could not build its parser.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RuleError {
    /// A line rule's pattern does not compile.
    #[error("the pattern {pattern:?} does not compile: {message}")]
    Pattern {
        /// The pattern as given.
        pattern: String,
        /// What the regex compiler said.
        message: String,
    },
    /// No line rule gives this role (only source, byline, tags and boilerplate).
    #[error("no line rule gives the role {0}: a line rule makes a source, a byline, tags or boilerplate")]
    Role(Role),
    /// A marker with no letter or digit.
    #[error("the marker {0:?} has no word")]
    EmptyMarker(String),
    /// A rules file names a role or marker kind that does not exist.
    #[error("no role or marker kind is named {0:?}")]
    UnknownName(String),
}

/// A rules file: markers, line rules and thresholds, in any serde format
/// (JSON, TOML). See [`Parser::from_rules`].
#[cfg(feature = "serde")]
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    /// Marker words to add.
    pub markers: Vec<MarkerSpec>,
    /// Line rules, tried in order.
    pub line_rules: Vec<LineRuleSpec>,
    /// See [`ParserBuilder::min_prose_words`].
    pub min_prose_words: usize,
}

/// A marker of a rules file: its kind's name ([`MarkerKind::name`]) and phrase.
#[cfg(feature = "serde")]
#[derive(Clone, Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkerSpec {
    /// `tags`, `headlines`, `source`, `byline`, `boilerplate`, `comments`, ...
    pub kind: String,
    /// The marker's words.
    pub phrase: String,
}

/// A line rule of a rules file: a role's name ([`Role::name`]) and a pattern.
#[cfg(feature = "serde")]
#[derive(Clone, Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineRuleSpec {
    /// `source`, `byline`, `tags` or `boilerplate`.
    pub role: String,
    /// A regex pattern; its group `names` or `tags` picks the credited part.
    pub pattern: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn send_sync<T: Send + Sync>() {}

    #[test]
    fn a_parser_is_shared_across_threads() {
        send_sync::<Parser>();
        let parser = Parser::builder().marker(MarkerKind::Tags, "مواضيع").build().unwrap();
        let text = "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية في كل الملفات.\nمواضيع: النفط";
        let tags = std::thread::scope(|s| {
            let handles: Vec<_> = (0..2).map(|_| s.spawn(|| parser.parse(text).articles()[0].tags().len())).collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect::<Vec<_>>()
        });
        assert_eq!(tags, [1, 1]);
        // The plain parse on the same thread knows none of it.
        assert!(crate::parse(text).articles()[0].tags().is_empty());
    }

    #[test]
    fn errors_name_what_is_wrong() {
        assert_eq!(Parser::builder().line_rule(Role::Title, "x").build().unwrap_err(), RuleError::Role(Role::Title));
        assert!(matches!(Parser::builder().marker(MarkerKind::Tags, " :: ").build(), Err(RuleError::EmptyMarker(_))));
    }

    #[test]
    fn fewer_words_than_the_minimum_are_no_prose() {
        let text = "قال الوزير إن الاتفاق قريب جدا.";
        assert_eq!(crate::parse(text).articles().len(), 0, "a first article needs twelve words");
        let parser = Parser::builder().min_prose_words(8).build().unwrap();
        assert_eq!(parser.parse(text).blocks().next().unwrap().rule(), crate::Rule::Unclaimed);
        assert_eq!(crate::parse(text).blocks().next().unwrap().rule(), crate::Rule::SlightArticle);
    }
}
