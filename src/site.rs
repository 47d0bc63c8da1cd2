//! Site profiles: what one site repeats on its pages, learned from a
//! sample of them, and used to parse every page of the site.
//!
//! A site prints its menus, share rows, copyright, fixed blurbs and
//! section names on every page, and its labels (a tag label, a read-also
//! heading, a source label) with names that vary. On the dev pages, in the
//! sites with three pages or more, 3,190 of 7,081 lines repeat on at least
//! half of their site's pages, and 2 of those are body or a title. A
//! [`SiteProfile`] counts, for each line a site repeats, the pages it
//! stands on and the roles the single-page parser gave it; for each head
//! before a label's separator (`كلمات دلالية:` before varying tags) the
//! same. Parsing with a profile ([`ParserBuilder::site_profile`]):
//!
//! - a line the site repeats, that the parser read as furniture on most
//!   pages, is furniture ([`Rule::SiteRepeated`]);
//! - a line it read as a tag label (or that stood over a run of bare tags)
//!   or as a headline block's heading on most pages is one on the rest
//!   too, and a head it read as a tag or credit label is one there too
//!   ([`Rule::SiteLabel`]);
//! - every other line is read as without the profile: a page that shares
//!   nothing with the profile parses exactly as without it, and a line
//!   seen on one page only is never in it.
//!
//! [`ParserBuilder::site_profile`]: crate::ParserBuilder::site_profile

use std::collections::HashMap;

use crate::parser::Parser;
use crate::policy::{
    SITE_CONTENT_PAGES, SITE_FEWEST_PAGES, SITE_LABEL_WORDS, SITE_LINE_BYTES, SITE_MAX_ENTRIES, SITE_MIN_PAGES,
    SITE_REPEAT_SHARE, SITE_SAMPLE_PAGES,
};
use crate::role::{Role, Rule};

/// What one site repeats on its pages: learned with [`SiteProfile::learn`],
/// used by a parser built with
/// [`ParserBuilder::site_profile`](crate::ParserBuilder::site_profile).
///
/// # Example
/// ```
/// use khabar::site::SiteProfile;
/// use khabar::{Parser, Role, Rule};
/// // Three pages of a site: its call to follow it stands over each article.
/// let pages = [
///     "انضموا إلى قناتنا على تلغرام\n\nفاز المنتخب الوطني على ضيفه بثلاثة أهداف نظيفة في مباراة ودية أقيمت أمس.",
///     "انضموا إلى قناتنا على تلغرام\n\nارتفعت أسعار الذهب في الأسواق المحلية اليوم مع تراجع الدولار أمام العملات.",
///     "انضموا إلى قناتنا على تلغرام\n\nأعلنت وزارة التربية موعد بدء العام الدراسي الجديد بعد اجتماع مع مديري المدارس.",
/// ];
/// let page = "انضموا إلى قناتنا على تلغرام\n\nافتتح المحافظ الجسر الجديد الذي يربط ضفتي النهر بعد ثلاث سنوات من العمل.";
/// // Alone, the page's first line reads as its title.
/// assert_eq!(khabar::parse(page).blocks().next().unwrap().role(), Role::Title);
/// // With what the site repeats, it is the site's furniture.
/// let profile = SiteProfile::learn(pages);
/// assert_eq!(profile.pages(), 3);
/// let parser = Parser::builder().site_profile(profile).build().unwrap();
/// let parsed = parser.parse(page);
/// let first = parsed.blocks().next().unwrap();
/// assert_eq!((first.role(), first.rule()), (Role::Boilerplate, Rule::SiteRepeated));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteProfile {
    pages: usize,
    lines: HashMap<String, Seen>,
    heads: HashMap<String, Seen>,
}

/// How often a line (or a label's head) of a site was seen, and what the
/// single-page parser made of it there.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Seen {
    pages: usize,
    /// Times given each role, in the order of [`Role::ALL`].
    roles: [usize; ROLES],
}

/// A line's count while learning: what was seen, and the page it was last
/// counted on (so a page counts once).
type Tally = HashMap<String, (Seen, usize)>;

const ROLES: usize = Role::ALL.len();

/// Where `role` is counted in [`Seen`]: its place in [`Role::ALL`], which
/// lists the roles in the order of the enum.
fn slot(role: Role) -> usize {
    role as usize
}

/// What a profile says of a line of its site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Verdict {
    /// The site repeats the line, and it is furniture.
    Repeated,
    /// The site uses the line as a label alone on its line: a tag label
    /// ([`Role::Tags`]), or the heading of a read-also or related block.
    Label(Role),
    /// The line opens with a head the site uses as a label of this role
    /// ([`Role::Tags`], [`Role::Source`], [`Role::Byline`]); the rest (from
    /// this byte on, past the separator) is what it labels.
    Labeled(Role, usize),
}

impl Seen {
    /// Pages the line stands on.
    pub fn pages(&self) -> usize {
        self.pages
    }

    /// How many times the single-page parser gave the line `role`.
    pub fn times(&self, role: Role) -> usize {
        self.roles[slot(role)]
    }

    /// The role the single-page parser gave the line most often (the first
    /// in [`Role::ALL`] on a tie).
    pub fn usual_role(&self) -> Role {
        let (k, _) = self.roles.iter().enumerate().rev().max_by_key(|&(_, n)| *n).unwrap_or((0, &0));
        Role::ALL[k]
    }

    fn count(&mut self, new_page: bool, role: Role) {
        self.pages += usize::from(new_page);
        self.roles[slot(role)] += 1;
    }
}

impl SiteProfile {
    /// Learns a site's profile from its pages, read by the default parser:
    /// the first [`SAMPLE_PAGES`](SiteProfile::SAMPLE_PAGES) of them. Memory
    /// stays bounded whatever the number of pages: lines longer than a
    /// short paragraph are not counted, and at most
    /// [`MAX_ENTRIES`](SiteProfile::MAX_ENTRIES) lines are.
    pub fn learn<'a>(pages: impl IntoIterator<Item = &'a str>) -> SiteProfile {
        SiteProfile::learn_with(&Parser::default(), pages)
    }

    /// Pages a profile learns from, at most.
    pub const SAMPLE_PAGES: usize = SITE_SAMPLE_PAGES;
    /// Lines (and heads) a profile counts while learning, at most.
    pub const MAX_ENTRIES: usize = SITE_MAX_ENTRIES;
    /// Fewest pages of a site worth learning a profile from: callers that
    /// group a corpus by site parse a site with fewer page by page.
    pub const FEWEST_PAGES: usize = SITE_FEWEST_PAGES;

    /// [`learn`](SiteProfile::learn), reading the pages with `parser`.
    pub fn learn_with<'a>(parser: &Parser, pages: impl IntoIterator<Item = &'a str>) -> SiteProfile {
        let (mut lines, mut heads) = (Tally::new(), Tally::new());
        let mut learned = 0;
        for (n, text) in pages.into_iter().take(SITE_SAMPLE_PAGES).enumerate() {
            learned = n + 1;
            let page = parser.parse(text);
            let blocks: Vec<_> = page.blocks().filter(|b| b.role() != Role::Blank).collect();
            for (k, block) in blocks.iter().enumerate() {
                let line = block.as_str().trim();
                if line.is_empty() || line.len() > SITE_LINE_BYTES {
                    continue;
                }
                // A short line no rule claimed right before a run of bare
                // tags is their label (`مواضيع المقال` over one tag a line).
                let labels_tags = block.rule() == Rule::Unclaimed
                    && line.split_whitespace().count() <= SITE_LABEL_WORDS
                    && blocks.get(k + 1).is_some_and(|next| next.rule() == Rule::BareTagRun);
                count(&mut lines, line, n, if labels_tags { Role::Tags } else { block.role() });
                if let Some((head, _)) = label_head(line) {
                    count(&mut heads, head, n, block.role());
                }
            }
        }
        // What one page alone has, or fewer than the share of pages, is
        // no site's.
        let least = ((learned as f64 * SITE_REPEAT_SHARE).ceil() as usize).max(SITE_MIN_PAGES);
        let keep = |table: Tally, label: bool| -> HashMap<String, Seen> {
            table
                .into_iter()
                .map(|(k, (seen, _))| (k, seen))
                .filter(|(_, seen)| seen.pages >= least && (!label || is_label_role(seen.usual_role())))
                .collect()
        };
        SiteProfile { pages: learned, lines: keep(lines, false), heads: keep(heads, true) }
    }

    /// Pages the profile was learned from.
    pub fn pages(&self) -> usize {
        self.pages
    }

    /// The lines the site repeats, with how often each was seen.
    pub fn lines(&self) -> impl Iterator<Item = (&str, &Seen)> {
        self.lines.iter().map(|(line, seen)| (line.as_str(), seen))
    }

    /// The heads the site uses as labels before varying names or tags
    /// (`كلمات دلالية` of `كلمات دلالية: ...`), with how often each was seen.
    pub fn heads(&self) -> impl Iterator<Item = (&str, &Seen)> {
        self.heads.iter().map(|(head, seen)| (head.as_str(), seen))
    }

    /// Whether the profile knows nothing (no line repeats).
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty() && self.heads.is_empty()
    }

    /// What the profile says of `line`, a block of a page of its site.
    pub fn verdict(&self, line: &str) -> Option<Verdict> {
        let line = line.trim();
        if let Some(seen) = self.lines.get(line) {
            return match seen.usual_role() {
                Role::Boilerplate => Some(Verdict::Repeated),
                // A site repeats no article's prose or headline: what the
                // page alone read as one on three pages or more is the
                // site's (two pages may share an article a feed appended).
                Role::Paragraph | Role::Title if seen.pages >= SITE_CONTENT_PAGES => Some(Verdict::Repeated),
                role @ (Role::ReadAlsoHeading | Role::RelatedHeading) => Some(Verdict::Label(role)),
                Role::Tags if line.split_whitespace().count() <= SITE_LABEL_WORDS => Some(Verdict::Label(Role::Tags)),
                _ => None,
            };
        }
        let (head, rest) = label_head(line)?;
        let seen = self.heads.get(head)?;
        Some(Verdict::Labeled(seen.usual_role(), rest))
    }
}

fn count(table: &mut Tally, key: &str, page: usize, role: Role) {
    if let Some((seen, last)) = table.get_mut(key) {
        seen.count(*last != page, role);
        *last = page;
    } else if table.len() < SITE_MAX_ENTRIES {
        let mut seen = Seen::default();
        seen.count(true, role);
        table.insert(key.to_owned(), (seen, page));
    }
}

fn is_label_role(role: Role) -> bool {
    matches!(role, Role::Tags | Role::Source | Role::Byline)
}

/// A label's head and where what it labels starts: a few words before a
/// colon or a bar, something after (`كلمات دلالية: غزة` gives `كلمات دلالية`).
fn label_head(line: &str) -> Option<(&str, usize)> {
    let at = line.find([':', '|'])?;
    let head = line[..at].trim();
    let rest = at + 1 + (line[at + 1..].len() - line[at + 1..].trim_start().len());
    let words = head.split_whitespace().count();
    ((1..=SITE_LABEL_WORDS).contains(&words) && rest < line.len()).then_some((head, rest))
}

/// The rule a profile's verdict is told by in the trace.
pub(crate) fn rule_of(verdict: Verdict) -> Rule {
    match verdict {
        Verdict::Repeated => Rule::SiteRepeated,
        Verdict::Label(_) | Verdict::Labeled(..) => Rule::SiteLabel,
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    //! A profile saved as JSON (or any serde format): its lines and heads
    //! with the pages each stands on and the roles given it by name.
    use std::collections::{BTreeMap, HashMap};

    use serde::{Deserialize, Serialize};

    use super::{ROLES, Seen, SiteProfile};
    use crate::role::Role;

    #[derive(Serialize, Deserialize)]
    struct Saved {
        pages: usize,
        lines: BTreeMap<String, SavedSeen>,
        heads: BTreeMap<String, SavedSeen>,
    }

    #[derive(Serialize, Deserialize)]
    struct SavedSeen {
        pages: usize,
        roles: BTreeMap<String, usize>,
    }

    fn save(table: &HashMap<String, Seen>) -> BTreeMap<String, SavedSeen> {
        let seen = |s: &Seen| SavedSeen {
            pages: s.pages,
            roles: Role::ALL
                .iter()
                .zip(s.roles)
                .filter(|(_, n)| *n > 0)
                .map(|(r, n)| (r.name().to_owned(), n))
                .collect(),
        };
        table.iter().map(|(k, s)| (k.clone(), seen(s))).collect()
    }

    fn load<E: serde::de::Error>(table: BTreeMap<String, SavedSeen>) -> Result<HashMap<String, Seen>, E> {
        table
            .into_iter()
            .map(|(k, s)| {
                let mut roles = [0; ROLES];
                for (name, n) in s.roles {
                    let role: Role = name.parse().map_err(E::custom)?;
                    roles[super::slot(role)] = n;
                }
                Ok((k, Seen { pages: s.pages, roles }))
            })
            .collect()
    }

    impl Serialize for SiteProfile {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            Saved { pages: self.pages, lines: save(&self.lines), heads: save(&self.heads) }.serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for SiteProfile {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<SiteProfile, D::Error> {
            let saved = Saved::deserialize(d)?;
            Ok(SiteProfile { pages: saved.pages, lines: load(saved.lines)?, heads: load(saved.heads)? })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_heads() {
        assert_eq!(label_head("كلمات دلالية: غزة، القدس"), Some(("كلمات دلالية", "كلمات دلالية: ".len())));
        assert_eq!(label_head("المصدر | الخليج الجديد"), Some(("المصدر", "المصدر | ".len())));
        assert_eq!(label_head("كلمات دلالية:"), None);
        assert_eq!(label_head("قال الوزير في كلمة له أمام المؤتمر: إن"), None);
    }

    #[test]
    fn every_role_has_its_own_slot() {
        for (k, &role) in Role::ALL.iter().enumerate() {
            assert_eq!(slot(role), k, "{role}");
        }
    }

    #[test]
    fn usual_role_is_the_most_given() {
        let mut seen = Seen::default();
        seen.count(true, Role::Title);
        seen.count(true, Role::Boilerplate);
        seen.count(false, Role::Boilerplate);
        assert_eq!(seen.pages(), 2);
        assert_eq!(seen.usual_role(), Role::Boilerplate);
        assert_eq!(seen.times(Role::Title), 1);
    }
}
