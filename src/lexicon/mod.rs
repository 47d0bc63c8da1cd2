//! The lexicon: what a line's opening words announce, and the word lists
//! that tell share rows, menus, dates and media apart. The words
//! themselves are data, in [`data`]; this module finds them in lines,
//! compared in folded form ([`Folder::matching`]).

mod data;
mod vocab;

use std::fmt;
use std::str::FromStr;

use once_cell::sync::Lazy;
use vocab::VOCAB;

use crate::fold::{Folded, Folder};
use crate::policy::{HEADING_RUN_ON, MENU_SECTIONS, STEM_LETTERS};

use data::{
    AUTHOR_LIST_HEADINGS, BOTH_GENDERS, COOKIE_NAMES, COPYRIGHT, CREDIT_QUALIFIERS, CREDIT_WORDS, ENTRIES,
    FOOTER_LINKS, FUNCTION_WORDS, FURNITURE_WORDS, HEADING_ENDINGS, HONORIFICS, LIST_NOUNS, LIST_SUPERLATIVES,
    MARKER_HOMOGRAPHS, MASTHEAD_TITLES, MEDIA_WORDS, MOST_RANKINGS, NAV_LABELS_LATIN, Needs, READ_ALSO_ADVERBS,
    READ_ALSO_VERB_FORMS, READ_ALSO_VERBS, SECTION_WORDS, TODAY, is_label_separator, is_marker_lead,
};
pub(crate) use data::{
    BROWSER_MARKS, CHOICE_MARKS, FEED_TITLE, HEADLINE_PREFIXES, HOME_LINK, IMAGE_ENDINGS, NAME_HOMOGRAPHS,
    NAME_PARTICLES, NAV_DIRECTIONS, NAV_NOUNS, NAV_POST, NEW_WINDOW_NOTES, PHOTO_CREDIT, POST_LINKS, READING_TIME,
    RESERVED, is_breadcrumb_separator, is_breadcrumb_separator_quoting, is_credit_mark, is_inline_bullet,
    is_list_bullet, is_list_number_end, is_name_separator, is_nested_bullet, is_sentence_end, is_tag_separator,
};

/// What a marker at the start of a line announces: the kinds of the
/// lexicon's entries.
///
/// # Example
/// ```
/// use khabar::MarkerKind;
/// assert_eq!("tags".parse::<MarkerKind>().unwrap(), MarkerKind::Tags);
/// assert_eq!(MarkerKind::Headlines.to_string(), "headlines");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MarkerKind {
    /// A list of headlines (`اقرأ أيضاً`, `مقالات ذات صلة`): read-also inside
    /// a body, related on the page.
    Headlines,
    /// A source attribution label (`المصدر`, `نقلاً عن`).
    Source,
    /// An author credit label (`كتب`, `بقلم`).
    Byline,
    /// A tag-list label (`كلمات دلالية`, `الوسوم`).
    Tags,
    /// Page furniture: copyright, share rows, ad labels, end markers.
    Boilerplate,
    /// The comment section's heading or form (`اترك تعليقاً`): the
    /// article's body is over.
    Comments,
    /// Words that open a sentence going on from the one before (`وقال`,
    /// `وأضاف`, `كما`): the line is prose, not a headline.
    Continuation,
}

impl MarkerKind {
    /// Every kind, in the order of the enum.
    pub const ALL: [MarkerKind; 7] = [
        MarkerKind::Headlines,
        MarkerKind::Source,
        MarkerKind::Byline,
        MarkerKind::Tags,
        MarkerKind::Boilerplate,
        MarkerKind::Comments,
        MarkerKind::Continuation,
    ];

    /// The kind's name in snake case, as `FromStr` reads it.
    pub fn name(&self) -> &'static str {
        match self {
            MarkerKind::Headlines => "headlines",
            MarkerKind::Source => "source",
            MarkerKind::Byline => "byline",
            MarkerKind::Tags => "tags",
            MarkerKind::Boilerplate => "boilerplate",
            MarkerKind::Comments => "comments",
            MarkerKind::Continuation => "continuation",
        }
    }

    /// The kind's bit in a set of kinds.
    fn bit(self) -> u8 {
        1 << self as u8
    }
}

impl fmt::Display for MarkerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error of [`MarkerKind::from_str`]: the name is none of the kinds'.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown marker kind {0:?}")]
pub struct UnknownMarkerKind(pub String);

impl FromStr for MarkerKind {
    type Err = UnknownMarkerKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        MarkerKind::ALL.into_iter().find(|k| k.name() == s).ok_or_else(|| UnknownMarkerKind(s.to_owned()))
    }
}

/// A set of folded words or names. Hashed with FNV-1a: the keys are
/// short, and they are the vocabularies' own (a page only looks them up),
/// so no input can crowd one bucket; SipHash cost a tenth of the time of
/// classifying a line of a text-browser dump (callgrind).
pub(crate) type WordSet = std::collections::HashSet<String, std::hash::BuildHasherDefault<Fnv>>;

/// The FNV-1a hash of the bytes written.
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The matching folds of `words`, as a set.
fn folded_set(words: &[&str]) -> WordSet {
    words.iter().map(|w| Folder::matching().fold(w).into_owned()).collect()
}

/// One search for any of `literals` (the regex crate's multi-literal search).
fn any_of(literals: &[&str]) -> regex::Regex {
    let escaped: Vec<String> = literals.iter().map(|l| regex::escape(l)).collect();
    regex::Regex::new(&escaped.join("|")).expect("escaped literals")
}

static FURNITURE: Lazy<WordSet> = Lazy::new(|| folded_set(FURNITURE_WORDS));

/// Whether `heading` heads a list of the author's other articles
/// (`AUTHOR_LIST_HEADINGS`), compared folded.
pub(crate) fn is_author_list(heading: &str) -> bool {
    static HEADINGS: Lazy<WordSet> = Lazy::new(|| folded_set(AUTHOR_LIST_HEADINGS));
    HEADINGS.contains(Folder::matching().fold(heading.trim_end_matches([':', ' '])).as_ref())
}

/// Whether `text` holds two or more links to a site's own pages
/// (`FOOTER_LINKS`). Such a row names the privacy policy or the contact
/// page (`الخصوصية`, `اتصل`): lines without either are ruled out by two
/// byte searches before the links are looked for in one.
pub(crate) fn is_footer_links(text: &str) -> bool {
    static WITNESSES: Lazy<[memchr::memmem::Finder<'static>; 2]> =
        Lazy::new(|| ["الخصوصية", "اتصل"].map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned()));
    static LINKS: Lazy<regex::Regex> = Lazy::new(|| any_of(FOOTER_LINKS));
    WITNESSES.iter().any(|w| w.find(text.as_bytes()).is_some()) && LINKS.find_iter(text).nth(1).is_some()
}

/// Whether `text` names cookies, as a site's cookie banner does.
pub(crate) fn names_cookies(text: &str) -> bool {
    static NAMES: Lazy<regex::Regex> = Lazy::new(|| any_of(COOKIE_NAMES));
    NAMES.is_match(text)
}

/// Whether `text` opens with a headline's prefix ([`HEADLINE_PREFIXES`])
/// and a separator or dots: `شاهد.. لحظة ...`, `بالصور : ...`, not
/// `شاهد أيضاً` (a marker) nor `شاهد الرئيس ...` (a verb).
pub(crate) fn opens_with_headline_prefix(text: &str) -> bool {
    let text = text.trim_start_matches(is_lead);
    HEADLINE_PREFIXES.iter().any(|p| {
        text.strip_prefix(p)
            .map(str::trim_start)
            .is_some_and(|rest| rest.starts_with(|c: char| c == '.' || c == '…' || is_label_separator(c)))
    })
}

/// The English labels of the links to the previous and next posts that
/// `text` opens with ([`NAV_LABELS_LATIN`]: `Next Previous`), and the
/// Arabic text glued after them, if there is some.
pub(crate) fn nav_labels_before(text: &str) -> Option<(&str, &str)> {
    let mut rest = text;
    while let Some(label) = NAV_LABELS_LATIN.iter().find(|&&l| rest.strip_prefix(l).is_some_and(|r| r.starts_with(' ')))
    {
        rest = rest[label.len()..].trim_start();
    }
    let labels = text[..text.len() - rest.len()].trim_end();
    (!labels.is_empty() && rest.contains(|c: char| crate::fold::is_arabic_letter(c))).then_some((labels, rest))
}

/// A post-navigation label that `text` opens with, and the linked post's
/// title after it on the line, if any: `المقالة السابقة`, `السابق بوست`,
/// `السابق بالصور.. رئيس الدولة يزور ...` ([`NAV_DIRECTIONS`]). The way
/// alone, or after what the post is called, or before `بوست`. A pager
/// (`السابق التالي 1 من 12`) is no label, nor is `القادم` before words
/// (`القادم أسوأ`: a headline), nor the way alone before a colon (`التالي:`
/// introduces what follows).
pub(crate) fn post_navigation(text: &str) -> Option<(&str, &str)> {
    static NAV: Lazy<([WordSet; 3], Vec<char>)> = Lazy::new(|| {
        let folded = |keys: &[&str]| keys.iter().map(|k| Folder::matching().fold(k).into_owned()).collect();
        let thirds = NAV_NOUNS.iter().chain(NAV_DIRECTIONS).filter_map(|k| k.chars().nth(2)).collect();
        ([folded(NAV_NOUNS), folded(NAV_DIRECTIONS), folded(&[NAV_POST])], thirds)
    });
    let ([nouns, ways, post], thirds) = &*NAV;
    let text = text.trim_start_matches(is_lead);
    // Every way and every name of a post has the article, then one of a
    // few letters: most lines are ruled out by their first three.
    let third = text.strip_prefix("ال").and_then(|t| t.chars().next());
    if !third.is_some_and(|c| thirds.contains(&c)) {
        return None;
    }
    let fold = |word: &str| Folder::matching().fold(word.trim_end_matches([':', '：'])).into_owned();
    let is = |word: &str, keys: &WordSet| keys.contains(&fold(word));
    let (first, after) = first_word(text);
    let folded = fold(first);
    let (noun, way) = (nouns.contains(&folded), ways.contains(&folded));
    if !noun && !way {
        return None;
    }
    let (second, after_second) = first_word(after);
    let label_end = if (noun && is(second, ways)) || (way && is(second, post)) {
        after_second
    } else if way {
        after
    } else {
        return None;
    };
    let label = text[..text.len() - label_end.len()].trim_end().trim_end_matches([':', '：', ' ']);
    let rest = label_end.trim_start_matches(|c: char| c.is_whitespace() || is_separator(c));
    let pager = is(first_word(rest).0, ways);
    let way_alone = label_end.len() == after.len();
    // `القادم` before words opens a headline (`القادم أسوأ`) as often.
    let headline_after_next = !rest.is_empty() && way_alone && folded.starts_with("القادم");
    // The way alone before a colon introduces what follows (`التالي:`).
    let colon = |s: &str| s.starts_with([':', '：']);
    let enumeration = way_alone && (first.ends_with([':', '：']) || colon(after.trim_start()));
    (!pager && !headline_after_next && !enumeration).then_some((label, rest))
}

/// Whether the folded word `w` is an adjective of relation, its `ية` folded
/// to `يه` (`المصرية`, `الإلكترونية`), as a medium's name may end with
/// (`الشروق المصرية`, `صحيفة أثير الإلكترونية`).
fn is_relative_adjective(w: &str) -> bool {
    w.ends_with("يه")
}

/// The first word of `s` (after spaces) and what follows it.
fn first_word(s: &str) -> (&str, &str) {
    let s = s.trim_start();
    s.split_once(char::is_whitespace).unwrap_or((s, ""))
}

/// The name after an honorific that `text` opens with (`الدكتور جيفري
/// غدمن` gives `جيفري غدمن`), if it does.
pub(crate) fn after_honorific(text: &str) -> Option<&str> {
    HONORIFICS.iter().find_map(|h| text.strip_prefix(h).filter(|rest| rest.starts_with(' ') || h.ends_with('.')))
}

/// Whether the folded word `w` belongs to share rows or counts.
pub(crate) fn is_furniture_word(w: &str) -> bool {
    FURNITURE.contains(w)
}

static SECTIONS: Lazy<WordSet> = Lazy::new(|| folded_set(SECTION_WORDS));

/// Whether the folded word `w` names a site section (with or without the
/// article, and after a joining `و`).
pub(crate) fn is_section_word(w: &str) -> bool {
    let section = |w: &str| SECTIONS.contains(without_article(w));
    section(w) || w.strip_prefix('و').is_some_and(section)
}

/// Whether a word of `text` names a site section (`أخبار إقليمية`).
pub(crate) fn names_section(text: &str) -> bool {
    let folded = Folder::matching().fold(text);
    folded.split(|c: char| !crate::fold::is_word_char(c)).any(is_section_word)
}

/// Whether `text` is a row of three or more site section names and
/// nothing else: the site's menu, flattened into a line. Its first word is
/// folded and tried alone first, which rules out most lines cheaply.
pub(crate) fn is_menu_row(text: &str) -> bool {
    // How many section names `t` is, if it is nothing else.
    let sections = |t: &str| {
        let folded = Folder::matching().fold(t);
        let words = folded.split(|c: char| !crate::fold::is_word_char(c)).filter(|w| !w.is_empty());
        words.map(|w| is_section_word(w).then_some(1)).sum::<Option<usize>>().unwrap_or(0)
    };
    let first = text.split_whitespace().next().unwrap_or_default();
    sections(first) > 0 && sections(text) >= MENU_SECTIONS
}

/// `word` (folded) without a leading article and the particle before it
/// (`وال`, `بال`, `فال`, `كال`, `لل`, `ال`), if three letters or more stay.
pub(crate) fn without_article(word: &str) -> &str {
    let stem = ["وال", "بال", "فال", "كال", "لل", "ال"].iter().find_map(|p| word.strip_prefix(p));
    stem.filter(|s| s.chars().nth(STEM_LETTERS - 1).is_some()).unwrap_or(word)
}

/// A marker found at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) marker: MarkerKind,
    /// Byte length of the marker in the (unfolded) line.
    pub(crate) len: usize,
}

impl Found {
    /// The marker's words in `line`, the line it was found in, without the
    /// bullets and brackets before them.
    pub(crate) fn label<'a>(&self, line: &'a str) -> &'a str {
        line[..self.len].trim_start_matches(is_lead)
    }
}

struct Lexicon {
    /// Folded entries, longest first, so the longest marker wins.
    entries: Vec<(String, MarkerKind, Needs)>,
    /// Entries by their first two folded characters, so a line is compared
    /// only with the entries it could start with; sorted, for a binary
    /// search cheaper than hashing.
    by_start: Vec<((char, char), Vec<usize>)>,
    /// For each first character below U+0700, the range of `by_start` it
    /// heads (start and end, small to keep the table in cache): most
    /// lines' first character heads no entry, and the others a few.
    by_first: Vec<(u16, u16)>,
    /// For each first character below U+0700, the kinds of the entries it
    /// starts (bits of [`MarkerKind::bit`]).
    first_kinds: Vec<u8>,
    credit_words: WordSet,
    /// The first word of every agency and credit word.
    agency_starts: WordSet,
    /// Every word that may start a medium's name (see [`Matcher::may_name_medium`]).
    medium_words: WordSet,
    qualifiers: WordSet,
    function_words: WordSet,
    media: Vec<String>,
    /// Copyright phrases, each with a searcher built once.
    copyright: Vec<memchr::memmem::Finder<'static>>,
    masthead_titles: Vec<String>,
    heading_endings: Vec<String>,
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let fold = |s: &str| Folder::matching().fold(s).into_owned();
    let mut entries: Vec<_> = ENTRIES.iter().map(|&(s, m, n)| (fold(s), m, n)).collect();
    // The CMS themes' labels, where the entries have no word of their own:
    // each must stand alone or before a separator (`الوسوم:`), as a
    // theme prints it.
    let both = READ_ALSO_VERBS.iter().map(|v| format!("{v}{BOTH_GENDERS}"));
    let verbs = READ_ALSO_VERBS.iter().chain(READ_ALSO_VERB_FORMS).map(|v| v.to_string()).chain(both);
    let read_also = verbs.flat_map(|v| READ_ALSO_ADVERBS.iter().map(move |a| format!("{v} {a}")));
    let read_also: Vec<_> = read_also.map(|e| (fold(e.as_str()), MarkerKind::Headlines, Needs::Nothing)).collect();
    // List headings of the superlative family, each alone or before a separator.
    let ranked = LIST_SUPERLATIVES.iter().flat_map(|s| LIST_NOUNS.iter().map(move |n| format!("{s} {n}")));
    let ranked = ranked.chain(MOST_RANKINGS.iter().map(|r| format!("الأكثر {r}")));
    let read_also: Vec<_> = read_also
        .into_iter()
        .chain(ranked.map(|e| (fold(e.as_str()), MarkerKind::Headlines, Needs::Separator)))
        .collect();
    let mut own: std::collections::HashSet<String> = entries.iter().map(|e| e.0.clone()).collect();
    for entry in read_also {
        if own.insert(entry.0.clone()) {
            entries.push(entry);
        }
    }
    let labels = VOCAB.labels.iter().map(|(label, kind)| (fold(label), *kind, Needs::Separator));
    entries.extend(labels.filter(|(key, _, _)| !own.contains(key)).collect::<Vec<_>>());
    entries.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    let mut by_start: Vec<((char, char), Vec<usize>)> = Vec::new();
    for (i, (key, _, _)) in entries.iter().enumerate() {
        let start = first_two(key.chars());
        match by_start.iter_mut().find(|(s, _)| *s == start) {
            Some((_, list)) => list.push(i),
            None => by_start.push((start, vec![i])),
        }
    }
    by_start.sort_unstable_by_key(|(start, _)| *start);
    let by_first = (0..0x700)
        .map(|c| {
            let from = by_start.partition_point(|((first, _), _)| u32::from(*first) < c);
            let to = from + by_start[from..].iter().take_while(|((first, _), _)| u32::from(*first) == c).count();
            (from as u16, to as u16)
        })
        .collect();
    let mut first_kinds = vec![0; 0x700];
    for (key, marker, _) in &entries {
        if let Some(kinds) = key.chars().next().and_then(|c| first_kinds.get_mut(c as usize)) {
            *kinds |= marker.bit();
        }
    }
    // The first words of agencies, credit words and outlets, and the
    // media words, cut at every character no word holds, as a line's
    // words are looked up.
    let first_words =
        VOCAB.agencies.iter().chain(&VOCAB.outlets).map(String::as_str).chain(CREDIT_WORDS.iter().copied());
    let first_words = first_words.filter_map(|k| vocab::name_key(k).split(' ').next().map(str::to_owned));
    let medium_words = first_words
        .chain(MEDIA_WORDS.iter().map(|s| fold(s)))
        .flat_map(|w| w.split(|c: char| !crate::fold::is_word_char(c)).map(str::to_owned).collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect();
    Lexicon {
        medium_words,
        entries,
        by_start,
        first_kinds,
        by_first,
        credit_words: CREDIT_WORDS.iter().map(|s| vocab::name_key(s)).collect(),
        agency_starts: VOCAB
            .agencies
            .iter()
            .map(String::as_str)
            .chain(CREDIT_WORDS.iter().copied())
            .filter_map(|k| vocab::name_key(k).split(' ').next().map(str::to_owned))
            .collect(),
        qualifiers: CREDIT_QUALIFIERS.iter().map(|s| vocab::name_key(s)).collect(),
        function_words: FUNCTION_WORDS.iter().map(|s| vocab::name_key(s)).collect(),
        media: MEDIA_WORDS.iter().map(|s| fold(s)).collect(),
        copyright: COPYRIGHT.iter().map(|s| memchr::memmem::Finder::new(&fold(s)).into_owned()).collect(),
        masthead_titles: MASTHEAD_TITLES.iter().map(|s| fold(s)).collect(),
        heading_endings: HEADING_ENDINGS.iter().map(|s| fold(s)).collect(),
    }
});

impl Lexicon {
    /// The entries whose folded form starts with `start`.
    fn starting(&self, start: (char, char)) -> &[usize] {
        let range =
            self.by_first.get(start.0 as usize).map_or(0..self.by_start.len(), |&(from, to)| from.into()..to.into());
        let heads = &self.by_start[range];
        heads.binary_search_by_key(&start, |(s, _)| *s).map_or(&[], |k| &heads[k].1)
    }
}

/// How many characters of a line are folded to look for a marker: longer
/// than the longest entry, short enough to keep long lines cheap.
const PREFIX_CHARS: usize = 40;

/// How many characters of a line are folded first, to rule out most
/// candidate markers before the longer prefix is folded: six tell most
/// entries that share their first two characters apart (measured: 4 and 6
/// fastest on real pages, 8 and 10 slower).
const HEAD_CHARS: usize = 6;

/// Reusable buffers for marker look-ups, so matching allocates nothing per
/// line once warm.
#[derive(Default)]
pub(crate) struct Matcher {
    /// The head of the last line tested for a marker.
    head: Folded,
    folded: Folded,
    /// The slice `folded` holds the fold of (address and length), so the
    /// tests of one line fold it once.
    loaded: Option<(usize, usize)>,
    /// Marker words a user added, looked for before the lexicon's.
    user: Option<std::sync::Arc<UserMarkers>>,
    /// The vocabularies' key of the name last asked about, and that name.
    name_key: String,
    keyed: Option<(usize, usize)>,
    /// The keys of the page's own name, as its feed links give it
    /// ([`Matcher::set_own_name`]).
    own_names: Vec<String>,
}

/// Marker words a user adds ([`Parser`](crate::Parser)): folded as the
/// lexicon's entries are, so their spelling variants match too; a
/// one-word label needs a separator after it, as the lexicon's do.
#[derive(Clone, Debug, Default)]
pub(crate) struct UserMarkers {
    entries: Vec<(String, MarkerKind, Needs)>,
}

impl UserMarkers {
    /// Adds `phrase` as a marker of `kind`; `false` if it folds to nothing.
    pub(crate) fn add(&mut self, kind: MarkerKind, phrase: &str) -> bool {
        let key = Folder::matching().fold(phrase.trim()).trim().to_owned();
        if !key.chars().any(crate::fold::is_word_char) {
            return false;
        }
        let needs = if key.contains(' ') { Needs::Nothing } else { Needs::Separator };
        self.entries.push((key, kind, needs));
        // The longest first, as in the lexicon.
        self.entries.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        true
    }
}

impl Matcher {
    /// Forgets which slice the buffer holds: for a new input, whose slices
    /// may stand where an old one's did.
    pub(crate) fn reset(&mut self) {
        self.loaded = None;
        self.own_names.clear();
    }

    /// Keeps the page's own name, from the title of its feed link as a
    /// text browser prints it (`#صحيفة أثير الإلكترونية « الخلاصة ...`:
    /// WordPress titles the feed "{site} « الخلاصة" in Arabic), so a credit
    /// may name the site by it: whole, each part of a name with a bar
    /// (`أكادير24 | Agadir24`), and its word without the media word and
    /// adjective around it (`أثير`).
    pub(crate) fn set_own_name(&mut self, link_titles: &str) {
        let Some((name, feed)) = link_titles.trim_start_matches('#').split_once(['«', '»']) else { return };
        if !feed.trim_start().starts_with(FEED_TITLE) {
            return;
        }
        let media = |w: &&str| LEXICON.media.iter().any(|m| m == w) || is_relative_adjective(w);
        for part in name.split('|') {
            let key = vocab::name_key(part);
            let core: Vec<&str> = key.split(' ').filter(|w| !media(w)).collect();
            let core = core.join(" ");
            if !core.is_empty() && core != key {
                self.own_names.push(core);
            }
            if !key.is_empty() {
                self.own_names.push(key);
            }
        }
    }

    /// Whether `name` is the page's own name ([`Matcher::set_own_name`]).
    pub(crate) fn is_own_name(&mut self, name: &str) -> bool {
        if self.own_names.is_empty() {
            return false;
        }
        let key = self.key(name).to_owned();
        self.own_names.contains(&key)
    }

    /// Folds `text` into the buffer, unless it holds that slice already.
    fn load(&mut self, text: &str) {
        let key = (text.as_ptr() as usize, text.len());
        if self.loaded != Some(key) {
            Folder::matching().fold_into(text, &mut self.folded);
            self.loaded = Some(key);
        }
    }

    /// The marker that `line` starts with (after leading bullets and
    /// punctuation such as `*` or `(`), if any.
    pub(crate) fn marker(&mut self, line: &str) -> Option<Found> {
        self.marker_of(line, |_| true)
    }

    /// The marker that `line` starts with, if it is of a `wanted` kind.
    /// Cheaper than [`marker`](Self::marker) and a filter: a line that
    /// starts like no entry of those kinds is not folded.
    pub(crate) fn marker_of(&mut self, line: &str, wanted: impl Fn(MarkerKind) -> bool) -> Option<Found> {
        if self.user.is_some() {
            if let Some(found) = self.user_marker(line, &wanted) {
                return Some(found);
            }
        }
        let lead = line.len() - line.trim_start_matches(is_lead).len();
        let body = &line[lead..];
        let mut folded = body.chars().filter_map(|c| Folder::matching().fold_char(c));
        let first = folded.next().unwrap_or('\0');
        // A first character that starts no entry of a wanted kind rules
        // the line out before the index is searched.
        let kinds = LEXICON.first_kinds.get(first as usize).map_or(u8::MAX, |&k| k);
        if MarkerKind::ALL.iter().all(|&k| kinds & k.bit() == 0 || !wanted(k)) {
            return None;
        }
        let start = first_two(std::iter::once(first).chain(folded));
        let candidates = LEXICON.starting(start).iter().chain(LEXICON.starting((start.0, '\0')));
        let mut wanted_candidates = candidates.clone().filter(|&&i| wanted(LEXICON.entries[i].1)).peekable();
        wanted_candidates.peek()?;
        if !self.head_fits(body, &mut wanted_candidates) {
            return None;
        }
        let end = body.char_indices().nth(PREFIX_CHARS).map_or(body.len(), |(i, _)| i);
        self.load(&body[..end]);
        // The longest entry of any kind wins; it must be a wanted one.
        let found = candidates.into_iter().find_map(|&i| {
            let (key, marker, needs) = &LEXICON.entries[i];
            self.found(body, lead, key, *marker, *needs)
        });
        found.filter(|f| wanted(f.marker))
    }

    /// The entry `key` (of `marker`, which `needs` what may follow it) at
    /// the start of the folded buffer, the fold of `body`, the line after
    /// `lead` bytes.
    fn found(&self, body: &str, lead: usize, key: &str, marker: MarkerKind, needs: Needs) -> Option<Found> {
        let (len, rest) = entry_at(&self.folded, body, key)?;
        let written = &body[..self.folded.source_span(0..len).end];
        if MARKER_HOMOGRAPHS.contains(&written.trim_end()) {
            return None;
        }
        let boundary = rest.chars().next().is_none_or(|c| !crate::fold::is_word_char(c));
        let separated = rest.trim_start().starts_with(is_separator) || rest.trim().is_empty();
        (boundary && (needs == Needs::Nothing || separated)).then(|| Found {
            marker,
            // Up to the next kept character, so marks dropped by folding
            // (`أيضاً`'s tanween) stay with the marker.
            len: lead + self.folded.source_span(0..len).end,
        })
    }

    /// The user's marker (see [`UserMarkers`]) that `line` starts with, if
    /// of a `wanted` kind.
    fn user_marker(&mut self, line: &str, wanted: &impl Fn(MarkerKind) -> bool) -> Option<Found> {
        let user = self.user.clone()?;
        let lead = line.len() - line.trim_start_matches(is_lead).len();
        let body = &line[lead..];
        let end = body.char_indices().nth(PREFIX_CHARS).map_or(body.len(), |(i, _)| i);
        self.load(&body[..end]);
        user.entries
            .iter()
            .filter(|e| wanted(e.1))
            .find_map(|(key, marker, needs)| self.found(body, lead, key, *marker, *needs))
    }

    /// Sets the user's markers for the lines to come (none: the lexicon's only).
    pub(crate) fn set_user(&mut self, user: Option<std::sync::Arc<UserMarkers>>) {
        self.user = user;
    }

    /// Whether the first few characters of `body`, folded, agree with one
    /// of the `candidates` entries: a cheap test before the longer prefix
    /// is folded. Only a head that folds in one pass is trusted (it then
    /// folds as it does at the start of any longer text, but for a space
    /// at its end); any other passes.
    fn head_fits<'e>(&mut self, body: &str, candidates: &mut impl Iterator<Item = &'e usize>) -> bool {
        let end = body.char_indices().nth(HEAD_CHARS).map_or(body.len(), |(i, _)| i);
        self.head.clear();
        if !Folder::matching().fold_plain(&body[..end], &mut self.head) {
            return true;
        }
        let head = self.head.as_str().trim_end();
        candidates.any(|&i| {
            let key = LEXICON.entries[i].0.as_str();
            key.starts_with(head) || head.starts_with(key)
        })
    }

    /// Whether `text` is `phrase`, compared folded.
    pub(crate) fn marker_is(&mut self, text: &str, phrase: &str) -> bool {
        self.load(text);
        self.folded.as_str() == Folder::matching().fold(phrase)
    }

    /// Whether `text`, folded, ends like a headline-list heading
    /// (`... ذات صلة`, `... قد تهمك`), a colon after it or not.
    pub(crate) fn ends_like_heading(&mut self, text: &str) -> bool {
        self.load(text);
        let t = self.folded.as_str().trim_end_matches([':', ' ', '：']);
        LEXICON.heading_endings.iter().any(|e| t.ends_with(e.as_str()))
    }

    /// Where in `text` a masthead's job title stands ([`MASTHEAD_TITLES`],
    /// the first of the list found, compared folded): its bytes in `text`.
    pub(crate) fn masthead_title(&mut self, text: &str) -> Option<std::ops::Range<usize>> {
        // Every title holds `رئيس` or `مدير`, as pages spell them.
        static WITNESSES: Lazy<[memchr::memmem::Finder<'static>; 2]> =
            Lazy::new(|| ["رئيس", "مدير"].map(memchr::memmem::Finder::new));
        if WITNESSES.iter().all(|w| w.find(text.as_bytes()).is_none()) {
            return None;
        }
        self.load(text);
        let folded = self.folded.as_str();
        let (at, title) = LEXICON.masthead_titles.iter().find_map(|t| folded.find(t.as_str()).map(|at| (at, t)))?;
        let span = self.folded.source_span(at..at + title.len());
        Some(span.start..span.end)
    }

    /// Whether `text`, folded, holds a copyright phrase.
    pub(crate) fn has_copyright(&mut self, text: &str) -> bool {
        // Every phrase, folded, holds `ظ`, `r` or `©`, and only those, `R`
        // and presentation forms (led by EF) fold to them: a line with none
        // of them is ruled out unfolded.
        let bytes = text.as_bytes();
        static WITNESSES: Lazy<[memchr::memmem::Finder<'static>; 2]> =
            Lazy::new(|| ["ظ", "©"].map(memchr::memmem::Finder::new));
        let witness =
            memchr::memchr3(b'r', b'R', 0xEF, bytes).is_some() || WITNESSES.iter().any(|w| w.find(bytes).is_some());
        if !witness {
            return false;
        }
        self.load(text);
        LEXICON.copyright.iter().any(|p| p.find(self.folded.as_str().as_bytes()).is_some())
    }

    /// Whether every word of `text`, folded once (split on what is not a
    /// letter or digit), passes `test`.
    pub(crate) fn all_words(&mut self, text: &str, test: impl FnMut(&str) -> bool) -> bool {
        self.load(text);
        self.folded.as_str().split(|c: char| !crate::fold::is_word_char(c)).all(test)
    }

    /// Whether `name` is, or starts with, a news agency of the agency list
    /// (`vocab/agencies.tsv`: `رويترز`, `أ.ف.ب`, `واس`) or a generic credit
    /// word (`وكالات`), with or without the article (`الأسوشيتد برس`).
    pub(crate) fn is_agency(&mut self, name: &str) -> bool {
        let key = self.key(name);
        // Most names start with a word no agency starts with.
        let first = key.split(' ').next().unwrap_or_default();
        let starts = |w: &str| LEXICON.agency_starts.contains(w);
        if !(starts(first) || first.strip_prefix("ال").is_some_and(starts)) {
            return false;
        }
        word_prefixes(key).any(is_agency_key)
    }

    /// Whether `name` is, whole, a news agency of the agency list or a
    /// generic credit word, with or without the article (`وفا`,
    /// `الوكالات`), not a name an agency's form only starts (`وفاء حسن`, a
    /// woman's name, folds to start with `وفا`).
    pub(crate) fn is_agency_whole(&mut self, name: &str) -> bool {
        is_agency_key(self.key(name))
    }

    /// Whether `name` is an Arab news outlet of the outlet list
    /// (`vocab/outlets.tsv`), maybe with the adjective of its country after
    /// it (`الشروق المصرية`).
    pub(crate) fn is_outlet(&mut self, name: &str) -> bool {
        let key = self.key(name);
        VOCAB.outlets.contains(key)
            || key
                .rsplit_once(' ')
                .is_some_and(|(outlet, adjective)| is_relative_adjective(adjective) && VOCAB.outlets.contains(outlet))
    }

    /// Whether `name` is a place of the gazetteer (`vocab/places.tsv`), or a
    /// place and the country after it (`دبي، الإمارات العربية المتحدة`).
    pub(crate) fn is_place(&mut self, name: &str) -> bool {
        let key = self.key(name);
        let place = key.split(['،', ',']).next().unwrap_or_default().trim();
        !place.is_empty() && VOCAB.places.contains(place)
    }

    /// Whether `word` is an Arabic given name of the name list
    /// (`vocab/given_names.tsv`), in any spelling the fold joins: `نورة`,
    /// `نوره`, `عدنان`, `محمّد`, and so the first word of a byline (`نورة
    /// الثقفي`), not of a headline (`استنفار أمني`). `عبد` is one too, as
    /// it opens a compound name (`عبد الله`), and a compound asked whole is
    /// known spaced or joined (`عبد العزيز`, `عبدالعزيز`). A name the fold
    /// makes a function word is one only as its name is spelled (`علي`,
    /// not `على`: [`NAME_HOMOGRAPHS`]). `أبو` is none: it opens places
    /// too (`أبو ظبي`).
    pub(crate) fn is_given_name(&mut self, word: &str) -> bool {
        let key = self.key(word);
        VOCAB.given_names.contains(key)
            && (!LEXICON.function_words.contains(key) || NAME_HOMOGRAPHS.contains(&word.trim()))
    }

    /// Whether `part` qualifies a credit rather than naming one (`خاص`).
    pub(crate) fn is_qualifier(&mut self, part: &str) -> bool {
        let key = self.key(part);
        LEXICON.qualifiers.contains(key)
    }

    /// How many words of `text` are function words of the grammar (a
    /// preposition, particle, pronoun or relative: no name holds one),
    /// alone or after a joined `و` or `ف` (`وفي`, `فإن`); a name spelled
    /// like one (`علي`: [`NAME_HOMOGRAPHS`]) is none, though it folds to one.
    pub(crate) fn function_words(&mut self, text: &str) -> usize {
        let function = |w: &str| LEXICON.function_words.contains(w);
        let joined = |w: &str| w.strip_prefix(['و', 'ف']).is_some_and(function);
        let folded = self.key(text).split(' ').filter(|w| function(w) || joined(w)).count();
        let names = text.split_whitespace().filter(|w| NAME_HOMOGRAPHS.contains(w)).count();
        folded.saturating_sub(names)
    }

    /// The key the vocabularies know `name` by ([`vocab::name_key`]),
    /// built in a buffer from the name's fold, once a name.
    fn key(&mut self, name: &str) -> &str {
        let at = (name.as_ptr() as usize, name.len());
        if self.keyed != Some(at) || self.loaded != Some(at) {
            self.load(name);
            self.name_key.clear();
            for word in self.folded.as_str().split(is_key_break).filter(|w| !w.is_empty()) {
                if !self.name_key.is_empty() {
                    self.name_key.push(' ');
                }
                self.name_key.push_str(word);
            }
            self.keyed = Some(at);
        }
        &self.name_key
    }

    /// Whether `text` may name a medium anywhere ([`Matcher::is_medium`] of
    /// any part of it): a quote mark, or a word that starts an agency, an
    /// outlet or a credit word or is a media word, with or without the
    /// article, or a qualifier (`الوفاق/ خاص`: the part beside it is the
    /// medium), or the first word of the page's own name. A line whose fold may join words is not ruled out. Most short lines of a page hold none (`الرئيسية`, `وزير
    /// الخارجية يلتقي نظيره`): the credit grammar is not run on them.
    pub(crate) fn may_name_medium(&mut self, text: &str) -> bool {
        // A quoted part is a medium; a fold that joins words cannot be read
        // word by word.
        if text.contains(['«', '»', '"', '“', '”']) || crate::fold::may_join_words(text) {
            return true;
        }
        // The words of the fold are those of the name key: every character
        // that breaks a key is one no word holds.
        let known = |w: &str| LEXICON.medium_words.contains(w) || LEXICON.qualifiers.contains(w);
        self.load(text);
        let own = |w: &str| self.own_names.iter().any(|n| n.split(' ').next() == Some(w));
        self.folded
            .as_str()
            .split(|c: char| !crate::fold::is_word_char(c))
            .any(|w| known(w) || w.strip_prefix("ال").is_some_and(known) || own(w))
    }

    /// Whether `name` names a medium: an agency, or a word such as
    /// `وكالة`, `موقع`, `نيوز`, `برس`, or a domain, or a name of two or
    /// three words ending in [`TODAY`] (`المغرب اليوم`).
    pub(crate) fn is_medium(&mut self, name: &str) -> bool {
        self.reads_medium(name, true)
    }

    /// Whether `name` names a medium by a list or a media word, not only
    /// by its shape: `دعاء اليوم` ("today's prayer") is shaped as `المغرب
    /// اليوم` is, and only a credit's separator tells which it is.
    pub(crate) fn is_named_medium(&mut self, name: &str) -> bool {
        self.reads_medium(name, false)
    }

    fn reads_medium(&mut self, name: &str, by_shape: bool) -> bool {
        if self.is_agency(name) || self.is_outlet(name) {
            return true;
        }
        self.load(name);
        let media_word = |w: &str| {
            LEXICON.media.iter().any(|m| m.len() == w.len() && m.as_bytes().get(1) == w.as_bytes().get(1) && m == w)
        };
        let (mut count, mut today) = (0, false);
        for w in self.folded.as_str().split(|c: char| !crate::fold::is_word_char(c)).filter(|w| !w.is_empty()) {
            if media_word(w) {
                return true;
            }
            (count, today) = (count + 1, w == TODAY);
        }
        by_shape && today && (2..=3).contains(&count) && self.function_words(name) == 0
    }
}

/// Whether `word` is a domain name, a site's own (`Le12.ma`,
/// `hespress.com`): two labels or more of ASCII letters, digits and
/// hyphens apart by dots, the last (the top-level domain) of letters only,
/// two or more, the others holding a letter (`22.30` is a number).
pub(crate) fn is_domain(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let Some((rest, top)) = word.rsplit_once('.') else { return false };
    let label = |l: &str| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    top.len() >= 2
        && top.bytes().all(|b| b.is_ascii_alphabetic())
        && rest.split('.').all(|l| label(l) && l.bytes().any(|b| b.is_ascii_alphabetic()))
}

/// Where the entry `key` ends in `folded` (the fold of `body`), if `folded`
/// starts with it, and what follows it. A noun's indefinite accusative
/// ending goes with the entry: an alef the tanween marks (`أضف تعليقاً`,
/// `أضف تعليقًا` for `أضف تعليق`), as Arabic grammar writes the case.
fn entry_at<'f>(folded: &'f Folded, body: &str, key: &str) -> Option<(usize, &'f str)> {
    let rest = folded.as_str().strip_prefix(key)?;
    let last = key.chars().next_back().map_or(0, char::len_utf8);
    let case_ending = rest.strip_prefix('ا').filter(|_| {
        let written = folded.source_span(key.len() - last..key.len() + 'ا'.len_utf8());
        body.get(written.range()).is_some_and(|w| w.contains(TANWEEN_FATH))
    });
    if let Some(after) = case_ending {
        return Some((key.len() + 'ا'.len_utf8(), after));
    }
    // An imperative of one word addressed to a woman or to many
    // (`اشتركي`, `اشتركوا` for `اشترك`), as sites address their readers.
    let imperative = !key.contains(' ') && !key.starts_with("ال");
    let ending = ["وا", "ي"].into_iter().find_map(|e| rest.strip_prefix(e).map(|after| (e, after)));
    Some(match ending {
        Some((e, after)) if imperative && after.chars().next().is_none_or(|c| !crate::fold::is_word_char(c)) => {
            (key.len() + e.len(), after)
        }
        _ => (key.len(), rest),
    })
}

/// The tanween of the accusative (U+064B).
const TANWEEN_FATH: char = '\u{64b}';

/// What ends a word of a name key: spaces, and the dots, quotes and
/// brackets [`vocab::name_key`] drops.
fn is_key_break(c: char) -> bool {
    c.is_whitespace() || matches!(c, '.' | '«' | '»' | '“' | '”' | '"' | '\'' | '(' | ')' | '[' | ']')
}

/// The prefixes of `key` that end at a word's end, longest first.
/// Whether the name key `key` is an agency of the list or a generic credit
/// word, with or without the article (`وفا`, `الوكالات`).
fn is_agency_key(key: &str) -> bool {
    let known = |k: &str| VOCAB.agencies.contains(k) || LEXICON.credit_words.contains(k);
    known(key) || key.strip_prefix("ال").is_some_and(known)
}

fn word_prefixes(key: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(key), |k| k.rfind(' ').map(|i| &k[..i]))
}

/// The first two characters of a folded key (spaces collapsed to one):
/// what the lexicon is indexed by. A one-character key pairs with `\0`.
fn first_two(mut chars: impl Iterator<Item = char>) -> (char, char) {
    let first = chars.next().unwrap_or('\0');
    let second =
        chars.find(|c| !(*c == ' ' && first == ' ')).map_or('\0', |c| if crate::fold::is_space(c) { ' ' } else { c });
    (first, second)
}

/// Characters that may stand before a marker: spaces, bidi marks, the
/// bullets and brackets of [`is_marker_lead`], and any list bullet
/// (w3m's `□` for a nested item: `□ تم نسخ الرابط`).
pub(crate) fn is_lead(c: char) -> bool {
    crate::fold::is_space(c) || crate::fold::is_invisible(c) || is_marker_lead(c) || is_list_bullet(c)
}

/// Separators between a label and what it labels.
pub(crate) fn is_separator(c: char) -> bool {
    is_label_separator(c)
}

/// Splits a marker line into its heading and the headline after it:
/// `اقرأ أيضاً: عنوان` → (`اقرأ أيضاً`, `عنوان`). The heading may run on a
/// few words before a colon (`رابط الخبر بصحيفة الوئام: ...`).
pub(crate) fn split_marker_line(text: &str, found: Found) -> (&str, &str) {
    let lead = text.len() - text.trim_start_matches(is_lead).len();
    let mut end = found.len;
    let rest = &text[end..];
    if !rest.trim_start().starts_with(is_separator) {
        if let Some(colon) = rest.find([':', '：']) {
            if rest[..colon].split_whitespace().count() <= HEADING_RUN_ON {
                end += colon;
            }
        }
    }
    let heading = text[lead..end].trim_end();
    // Dots or an ellipsis may stand for the separator (`اقرأ أيضاً.. عنوان`).
    let rest = text[end..].trim_start_matches(|c: char| c.is_whitespace() || is_separator(c) || matches!(c, '.' | '…'));
    // Brackets or quotes around the whole line close after the headline
    // (`(اقرأ أيضاً: عنوان)`, `«اقرأ أيضاً: عنوان»`).
    let closer = match text.trim_start().chars().next() {
        Some('(') => Some(')'),
        Some('[') => Some(']'),
        Some('«') => Some('»'),
        Some('“') => Some('”'),
        Some('"') => Some('"'),
        _ => None,
    };
    let rest = match closer {
        Some(c) => rest.trim_end().strip_suffix(c).unwrap_or(rest).trim_end(),
        None => rest,
    };
    (heading, rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use MarkerKind::*;

    fn marker(line: &str) -> Option<(MarkerKind, &str)> {
        Matcher::default().marker(line).map(|f| (f.marker, &line[..f.len]))
    }

    #[test]
    fn english_post_navigation_labels_glued_before_a_line() {
        assert_eq!(nav_labels_before("Next Previous عين اليوم – نجران"), Some(("Next Previous", "عين اليوم – نجران")));
        assert_eq!(nav_labels_before("Previous الرياض - واس"), Some(("Previous", "الرياض - واس")));
        for text in ["Next Previous", "Nextcloud تطلق خدمة", "عين اليوم – نجران", "Next steps"] {
            assert_eq!(nav_labels_before(text), None, "{text}");
        }
    }

    #[test]
    fn own_names_from_the_feed_link() {
        let mut m = Matcher::default();
        m.set_own_name("#صحيفة الضياء الإلكترونية « الخلاصة صحيفة الضياء الإلكترونية « خلاصة التعليقات");
        assert!(m.is_own_name("الضياء") && m.is_own_name("صحيفة الضياء الإلكترونية"));
        assert!(!m.is_own_name("صحيفة"));
        m.reset();
        assert!(!m.is_own_name("الضياء"));
        // Link titles that are no feed's name nothing.
        m.set_own_name("#alternate alternate");
        assert!(!m.is_own_name("alternate"));
    }

    #[test]
    fn headline_prefixes() {
        for s in ["شاهد.. لحظة وصول القطار", "شاهد : لحظة", "بالصور: افتتاح المعرض", "• بالفيديو – طفل يعيد محفظة"]
        {
            assert!(opens_with_headline_prefix(s), "{s}");
        }
        // A read-also marker, a verb, a word that only starts alike.
        for s in ["شاهد أيضاً: عنوان", "شاهد الرئيس المباراة", "شاهدوا: عنوان", "بالصورة والصوت"]
        {
            assert!(!opens_with_headline_prefix(s), "{s}");
        }
    }

    #[test]
    fn post_navigation_labels() {
        assert_eq!(post_navigation("المقالة السابقة"), Some(("المقالة السابقة", "")));
        assert_eq!(post_navigation("السابق بوست"), Some(("السابق بوست", "")));
        assert_eq!(post_navigation("التالى عنوان المقال"), Some(("التالى", "عنوان المقال")));
        assert_eq!(post_navigation("المقال التالي: عنوان المقال"), Some(("المقال التالي", "عنوان المقال")));
        assert_eq!(post_navigation("القادم"), Some(("القادم", "")));
        // A pager, a headline opening with `القادم`, other words.
        assert_eq!(post_navigation("السابق التالي 1 من 12"), None);
        assert_eq!(post_navigation("القادم أسوأ.. تحذيرات من موجة حر"), None);
        assert_eq!(post_navigation("السابقون في السباق"), None);
        // The way alone before a colon introduces a list.
        assert_eq!(post_navigation("التالي:"), None);
        assert_eq!(post_navigation("التالي : كوب من الدقيق"), None);
    }

    #[test]
    fn spelling_variants_match() {
        for line in ["اقرأ أيضاً", "إقرأ أيضا:", "اقرا ايضا", "اقرأ أيضـــاً: عنوان", "اقرأ أيضًا"]
        {
            assert_eq!(marker(line).map(|m| m.0), Some(Headlines), "{line}");
        }
        assert_eq!(marker("إقرأ أيضاً:"), Some((Headlines, "إقرأ أيضاً")));
    }

    #[test]
    fn a_homograph_spelled_as_no_marker_is_none() {
        assert_eq!(marker("وإلى جانب ذلك قال الوزير").map(|m| m.0), Some(Continuation));
        assert_eq!(marker("والى جانب ذلك قال الوزير").map(|m| m.0), Some(Continuation));
        assert_eq!(marker("والي الخرطوم يدشن مستشفى أمدرمان"), None);
    }

    #[test]
    fn a_marker_line_in_brackets_or_quotes_closes_after_its_headline() {
        fn split(line: &str) -> (&str, &str) {
            split_marker_line(line, Matcher::default().marker(line).unwrap())
        }
        for line in ["(اقرأ أيضاً: عنوان الخبر)", "«اقرأ أيضاً: عنوان الخبر»", "“اقرأ أيضاً: عنوان الخبر”"]
        {
            assert_eq!(split(line), ("اقرأ أيضاً", "عنوان الخبر"), "{line}");
        }
        // A quoted headline keeps its quotes.
        assert_eq!(split("اقرأ أيضاً: «عنوان الخبر»"), ("اقرأ أيضاً", "«عنوان الخبر»"));
    }

    #[test]
    fn read_also_verbs_in_every_form() {
        // Masculine, feminine, plural, and written for both genders.
        for line in ["تابع أيضا: عنوان", "تابعي أيضا: عنوان", "تابعوا كذلك: عنوان", "تابع/ي أيضا: عنوان"]
        {
            assert_eq!(marker(line).map(|m| m.0), Some(Headlines), "{line}");
        }
        assert_eq!(marker("اكتشف/ي كذلك عنوان"), Some((Headlines, "اكتشف/ي كذلك")));
    }

    #[test]
    fn bare_verbs_need_a_separator() {
        assert_eq!(marker("اقرأ: عنوان"), Some((Headlines, "اقرأ")));
        assert_eq!(marker("اقرأ هذا المقال مع قهوتك"), None);
        assert_eq!(marker("كتبت الصحيفة أن"), Some((Byline, "كتبت")));
        assert_eq!(marker("تقرير الأمم المتحدة يقول"), None);
    }

    #[test]
    fn labels_in_three_languages() {
        assert_eq!(marker("*نقلاً عن الجزيرة").map(|m| m.0), Some(Source));
        assert_eq!(marker("Tags: a, b").map(|m| m.0), Some(Tags));
        assert_eq!(marker("Lire aussi : x").map(|m| m.0), Some(Headlines));
        assert_eq!(marker("Source : AFP").map(|m| m.0), Some(Source));
    }

    #[test]
    fn markers_end_at_a_word_boundary() {
        assert_eq!(marker("المصدرية"), None);
        assert_eq!(marker("كتبه"), None);
    }

    #[test]
    fn entries_are_distinct_when_folded() {
        // A spelling variant needs no entry of its own: folding covers it.
        let mut seen = std::collections::HashSet::new();
        for (key, _, _) in &LEXICON.entries {
            assert!(seen.insert(key.as_str()), "{key} is listed twice (after folding)");
        }
    }

    #[test]
    fn copyright_phrases_hold_a_witness() {
        for phrase in COPYRIGHT {
            let folded = Folder::matching().fold(phrase);
            assert!(folded.contains(['ظ', 'r', '©']), "{phrase}: has_copyright's prefilter would miss it");
        }
        let mut m = Matcher::default();
        assert!(m.has_copyright("ﺟﻤﻴﻊ ﺍﻟﺤﻘﻮﻕ ﻣﺤﻔﻮﻇﺔ ٢٠٢٤"));
        assert!(m.has_copyright("ALL RIGHTS RESERVED"));
        assert!(m.has_copyright("جميع الحقـوق مَحفوظة للموقع"));
        assert!(!m.has_copyright("الحقوق المدنية في البلاد"));
    }

    #[test]
    fn menu_rows() {
        assert!(is_menu_row("الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة فن وثقافة منوعات"));
        assert!(is_menu_row("سياسة | اقتصاد | الرياضة"));
        assert!(!is_menu_row("أخبار الاقتصاد"), "two names may be a title");
        assert!(!is_menu_row("سياسة | اقتصاد"));
        assert!(!is_menu_row("ارتفاع أسعار النفط مع تراجع المخزونات"));
        assert!(!is_menu_row("أخبار محلية عن ارتفاع الأسعار"));
    }

    #[test]
    fn an_entry_takes_the_accusative_ending() {
        let mut m = Matcher::default();
        let comments = |m: &mut Matcher, line: &str| m.marker(line).map(|f| (f.marker, f.label(line).to_owned()));
        let want = |label: &str| Some((MarkerKind::Comments, label.to_owned()));
        assert_eq!(comments(&mut m, "أضف تعليقاً واقرأ تعليقات القراء"), want("أضف تعليقاً"));
        assert_eq!(comments(&mut m, "أضف تعليقًا"), want("أضف تعليقًا"));
        // An alef with no tanween is another word (`تعليقات`-like plurals stay apart).
        assert_eq!(comments(&mut m, "أضف تعليقا جديدا"), None);
    }

    #[test]
    fn an_imperative_addresses_a_woman_or_many() {
        let mut m = Matcher::default();
        for line in ["اشتركي في النشرة البريدية", "إشتركي في النشرة الالكترونية", "اشتركوا الآن"]
        {
            assert_eq!(m.marker(line).map(|f| f.marker), Some(MarkerKind::Boilerplate), "{line}");
        }
        // A longer word is another word.
        assert_eq!(m.marker("اشتراكات الأعضاء").map(|f| f.marker), None);
    }

    #[test]
    fn a_name_key_breaks_where_a_word_ends() {
        // `may_name_medium` reads a fold's words as a key's.
        for c in ['.', '«', '»', '“', '”', '"', '\'', '(', ')', '[', ']', ' ', '\u{a0}', '\n'] {
            assert!(is_key_break(c) && !crate::fold::is_word_char(c), "{c:?}");
        }
        let mut m = Matcher::default();
        assert!(m.may_name_medium("القاهرة (أ.ف.ب)"));
        assert!(m.may_name_medium("الجزيرة نت-الدوحة"));
        assert!(m.may_name_medium("«الوطن» – القاهرة"));
        assert!(!m.may_name_medium("وزير الخارجية يلتقي نظيره"));
    }

    #[test]
    fn given_names_not_headline_words() {
        let mut m = Matcher::default();
        let names = ["نورة", "نوره", "عدنان", "محمد", "محمّد", "فهد", "علي", "عبد", "عبدالله", "عبد الرحمن"];
        for name in names {
            assert!(m.is_given_name(name), "{name}");
        }
        let words = ["استنفار", "مقتل", "الرياض", "أمل", "على", "أبو", "نصر", "أمنية"];
        for word in words {
            assert!(!m.is_given_name(word), "{word}");
        }
    }

    #[test]
    fn no_given_name_is_a_function_word_but_the_homographs() {
        let homographs: WordSet = NAME_HOMOGRAPHS.iter().map(|h| vocab::name_key(h)).collect();
        for name in VOCAB.given_names.intersection(&LEXICON.function_words) {
            assert!(homographs.contains(name), "{name} is a given name and a function word");
        }
    }

    #[test]
    fn agencies_and_media() {
        let mut m = Matcher::default();
        assert!(m.is_agency("رويترز"));
        assert!(m.is_agency("أ ف ب"));
        assert!(!m.is_agency("رويترزية"));
        assert!(m.is_medium("سكاي برس"));
        assert!(m.is_medium("العرب تيفي"));
        assert!(!m.is_medium("محمد علي"));
    }

    /// The marker `line` starts with, found the plain way: the window
    /// folded whole and compared with every entry, longest first. The
    /// index, the first-character table and the head check must only
    /// rule out what this rules out.
    fn reference(line: &str) -> Option<(MarkerKind, usize)> {
        let lead = line.len() - line.trim_start_matches(is_lead).len();
        let body = &line[lead..];
        let end = body.char_indices().nth(PREFIX_CHARS).map_or(body.len(), |(i, _)| i);
        let mut folded = Folded::default();
        Folder::matching().fold_into(&body[..end], &mut folded);
        LEXICON.entries.iter().find_map(|(key, marker, needs)| {
            let (len, rest) = entry_at(&folded, &body[..end], key)?;
            let boundary = rest.chars().next().is_none_or(|c| !crate::fold::is_word_char(c));
            let separated = rest.trim_start().starts_with(is_separator) || rest.trim().is_empty();
            (boundary && (*needs == Needs::Nothing || separated))
                .then(|| (*marker, lead + folded.source_span(0..len).end))
        })
    }

    fn line() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let entries: Vec<&'static str> = data::ENTRIES.iter().map(|e| e.0).collect();
        let before = prop::sample::select(vec!["", "* ", "(", "• ", "\u{200f}", "#"]);
        let spelling = prop::sample::select(vec!["", "ـ", "ً", "\u{200c}"]);
        let after = prop::sample::select(vec!["", ":", " :", " | عنوان", " الخبر", "ية", " - رويترز", "هذا", " "]);
        (before, prop::sample::select(entries), spelling, 0..8usize, after).prop_map(|(b, e, s, at, a)| {
            // A spelling variant (tatweel, tanween, a joiner) inside the entry.
            let mut chars: Vec<char> = e.chars().collect();
            let at = at.min(chars.len());
            chars.splice(at..at, s.chars());
            format!("{b}{}{a}", chars.into_iter().collect::<String>())
        })
    }

    proptest::proptest! {
        #[test]
        fn marker_lookup_agrees_with_a_plain_scan(line in line()) {
            let fast = Matcher::default().marker(&line).map(|f| (f.marker, f.len));
            proptest::prop_assert_eq!(fast, reference(&line));
        }
    }
}
