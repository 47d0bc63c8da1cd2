//! Tag lists: `كلمات دلالية: ...`, `الوسوم: ...`, `Tags: a, b`, hashtags,
//! and tags run together with their separators lost.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::error::{Error, ErrorKind, whole};
use crate::fold::{Folded, Folder};
use crate::lexicon::{self, MarkerKind, Matcher, is_tag_separator};
use crate::policy::{EVIDENCE_TAG_WORDS, PARTICLE_STEM_LETTERS};
use crate::shape::on_one_line;
use crate::span::{Piece, Span};

/// A tag list: its label as written (or none) and its tags.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagList<'a> {
    label: Option<Piece<'a>>,
    tags: Vec<Piece<'a>>,
}

impl<'a> TagList<'a> {
    /// The label (`كلمات دلالية`, `Tags`), `None` for a hashtag line.
    pub fn label(&self) -> Option<Piece<'a>> {
        self.label
    }

    /// The tags, in order, as written (hashtags without `#`).
    pub fn tags(&self) -> &[Piece<'a>] {
        &self.tags
    }
}

/// Parses a tag line. Tags are split on `، , | ; #` and ` - `; a run of
/// words with single spaces only stays one tag here (see
/// [`parse_tags_with`] to split it with the article's text as evidence).
///
/// # Errors
/// [`ErrorKind::Empty`], [`ErrorKind::NotTagList`] for a line with no tag
/// label that is not a hashtag list, [`ErrorKind::NoTags`] for a label
/// with nothing after it.
///
/// # Example
/// ```
/// let t = khabar::parse_tags("Tags: غزة، القدس, الضفة الغربية").unwrap();
/// let tags: Vec<&str> = t.tags().iter().map(|t| t.as_str()).collect();
/// assert_eq!(tags, ["غزة", "القدس", "الضفة الغربية"]);
/// ```
pub fn parse_tags(line: &str) -> Result<TagList<'_>, Error> {
    parse_in(line, line, None, &mut Matcher::default())
}

/// Parses a tag line whose tags may run together with single spaces,
/// splitting such runs where the article's own text shows one tag ends:
/// each tag is the longest run of words that occurs in `evidence`
/// (compared folded, so `العسکری` matches `العسكري`).
///
/// # Example
/// ```
/// use khabar::{parse_tags_with, TagEvidence};
/// let body = "بحث الرئيس فلاديمير بوتين مع رئيس المجلس العسكري المالي الأمن في مالي.";
/// let evidence = TagEvidence::new(body);
/// let t = parse_tags_with("كلمات دلالية: فلاديمير بوتين المجلس العسکری المالي مالي", &evidence).unwrap();
/// let tags: Vec<&str> = t.tags().iter().map(|t| t.as_str()).collect();
/// assert_eq!(tags, ["فلاديمير بوتين", "المجلس العسکری المالي", "مالي"]);
/// ```
pub fn parse_tags_with<'a>(line: &'a str, evidence: &TagEvidence) -> Result<TagList<'a>, Error> {
    parse_in(line, line, Some(evidence), &mut Matcher::default())
}

pub(crate) fn parse_in<'a>(
    input: &'a str,
    line: &'a str,
    evidence: Option<&TagEvidence>,
    m: &mut Matcher,
) -> Result<TagList<'a>, Error> {
    let span = if input.is_empty() { whole(input) } else { Span::of(input, line) };
    let text = line.trim();
    if text.is_empty() {
        return Err(Error::new(ErrorKind::Empty, span));
    }
    let (label, rest) = match m.marker_of(text, |k| k == MarkerKind::Tags) {
        Some(f) => {
            let label = f.label(text);
            let rest = text[f.len..].trim_start_matches(|c: char| c.is_whitespace() || lexicon::is_separator(c));
            (Some(Piece::within(input, label)), rest)
        }
        None if is_hashtag_line(text) => (None, text),
        None => return Err(Error::new(ErrorKind::NotTagList, span)),
    };
    let tags = split_tags(input, rest, evidence);
    if tags.is_empty() {
        return Err(Error::new(ErrorKind::NoTags, span));
    }
    Ok(TagList { label, tags })
}

/// The tags of `rest`, the run after a tag label (a subslice of `input`):
/// split on separators, or where they ran together, on `evidence`, a name
/// given again joined to the tag it ends ([`join_repeats`]).
pub(crate) fn split_tags<'a>(input: &'a str, rest: &'a str, evidence: Option<&TagEvidence>) -> Vec<Piece<'a>> {
    join_repeats(input, split_pieces(input, rest, evidence))
}

/// [`split_tags`] before repeats are joined: each piece one the body's
/// words name, or none.
pub(crate) fn split_pieces<'a>(input: &'a str, rest: &'a str, evidence: Option<&TagEvidence>) -> Vec<Piece<'a>> {
    let mut tags = Vec::new();
    let separated = is_separated(rest);
    for piece in rest.split(is_tag_separator).flat_map(|p| p.split(" - ")) {
        let piece = piece.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '-' | '_'));
        if piece.is_empty() {
            continue;
        }
        match evidence {
            Some(e) if !separated => e.segment(piece, |t| tags.push(Piece::within(input, t))),
            _ => tags.push(Piece::within(input, piece)),
        }
    }
    tags
}

/// The `pieces` of a tag run (of `input`, in order), where one that
/// repeats an earlier one, with only spaces before it, joins the piece
/// before it: a site lists each tag once (a post's terms are a set), so a
/// name given again is the tail of a longer tag (`مقالب مقالب محمد هنيدي`:
/// `مقالب`, then `مقالب محمد هنيدي`; dostor.org). The piece it takes takes
/// no more, but a repeat joined by `و` (`حلقة محمد هنيدي ومحمود سعد`)
/// joins with what it joins.
pub(crate) fn join_repeats<'a>(input: &'a str, pieces: Vec<Piece<'a>>) -> Vec<Piece<'a>> {
    // Compared folded, wrapped or not, with or without the `و` before.
    let key = |p: &Piece<'_>| {
        let folded = Folder::matching().fold(p.as_str());
        on_one_line(folded.strip_prefix('و').unwrap_or(&folded))
    };
    let keys: Vec<String> = pieces.iter().map(key).collect();
    // Where each key first stands: a repeat is found in constant time, so
    // a tag line of any length is read in linear time.
    let mut first: HashMap<&str, usize> = HashMap::with_capacity(keys.len());
    for (k, key) in keys.iter().enumerate() {
        first.entry(key.as_str()).or_insert(k);
    }
    let repeats = |k: usize| first[keys[k].as_str()] < k;
    if !(1..pieces.len()).any(repeats) {
        return pieces;
    }
    let spaced = |k: usize| input[pieces[k - 1].span().end..pieces[k].span().start].trim().is_empty();
    let joins = |k: usize| k > 0 && repeats(k) && spaced(k);
    let mut tags = Vec::with_capacity(pieces.len());
    let mut end = pieces.len();
    while end > 0 {
        let mut head = end - 1;
        while joins(head) && pieces[head].as_str().starts_with('و') {
            head -= 1;
        }
        if joins(head) {
            head -= 1;
        }
        let (start, stop) = (pieces[head].span().start, pieces[end - 1].span().end);
        tags.push(Piece::at(&input[start..stop], start));
        end = head;
    }
    tags.reverse();
    tags
}

/// Whether the tags of `rest` are set apart by separators (`غزة، القدس`,
/// `غزة - القدس`); if not, they may run together with single spaces.
pub(crate) fn is_separated(rest: &str) -> bool {
    rest.contains(is_tag_separator) || rest.contains(" - ")
}

/// A line of hashtags only: `#غزة #القدس`.
pub(crate) fn is_hashtag_line(text: &str) -> bool {
    // Most lines are ruled out by their first character.
    if !text.trim_start().starts_with('#') {
        return false;
    }
    let mut words = 0;
    for w in text.split_whitespace() {
        if !w.starts_with('#') || w.len() < 2 {
            return false;
        }
        words += 1;
    }
    words >= 2
}

/// The words of an article, folded, as evidence of where run-together
/// tags end. Kept as one hash per word; the runs that could match a tag
/// line are found when a line is split, so evidence costs little to build.
#[derive(Clone, Debug, Default)]
pub struct TagEvidence {
    words: Vec<u64>,
}

/// Stands between paragraphs: no run crosses it.
const BREAK: u64 = u64::MAX;

impl TagEvidence {
    /// Evidence from `text` (usually the article's paragraphs).
    pub fn new(text: &str) -> Self {
        let mut e = TagEvidence::default();
        e.add(text);
        e
    }

    /// Adds the words of `text`; no run crosses from one call to the next.
    pub fn add(&mut self, text: &str) {
        // One fold for the whole text, then its words.
        let mut folded = Folded::default();
        Folder::matching().fold_into(text, &mut folded);
        self.words.extend(words(folded.as_str()).map(fnv));
        self.words.push(BREAK);
    }

    /// Calls `emit` with each tag of `run`, longest evidenced runs first.
    fn segment<'a>(&self, run: &'a str, mut emit: impl FnMut(&'a str)) {
        let mut buf = Folded::default();
        let ws: Vec<&'a str> = words(run).collect();
        let hashes: Vec<u64> = ws.iter().map(|w| word_hash(w, &mut buf)).collect();
        // The runs of the evidence made only of the line's words. A 64-bit
        // filter of the words' low bits rules most of the article's words
        // out before the set is hashed into.
        let vocabulary: HashSet<u64, Hashed> = hashes.iter().copied().collect();
        let filter = hashes.iter().fold(0u64, |f, &h| f | 1 << (h & 63));
        let known = |h: &u64| filter >> (h & 63) & 1 == 1 && vocabulary.contains(h);
        let mut runs: HashSet<u64, Hashed> = HashSet::default();
        for (i, &first) in self.words.iter().enumerate() {
            if !known(&first) {
                continue;
            }
            let mut h = first;
            for &next in self.words[i + 1..].iter().take(EVIDENCE_TAG_WORDS - 1) {
                if !known(&next) {
                    break;
                }
                h = combine(h, next);
                runs.insert(h);
            }
        }
        let mut i = 0;
        while i < ws.len() {
            let longest = (2..=EVIDENCE_TAG_WORDS.min(ws.len() - i))
                .rev()
                .find(|&n| runs.contains(&hashes[i + 1..i + n].iter().fold(hashes[i], |h, &w| combine(h, w))));
            let n = longest.unwrap_or(1);
            let (first, last) = (ws[i], ws[i + n - 1]);
            let start = first.as_ptr() as usize - run.as_ptr() as usize;
            let end = last.as_ptr() as usize - run.as_ptr() as usize + last.len();
            emit(&run[start..end]);
            i += n;
        }
    }
}

/// The words an article names its subject with (its title's, or its
/// lede's), folded as tag evidence is, as a set: whether a line shares one
/// is asked in time linear in the line.
#[derive(Clone, Debug, Default)]
pub(crate) struct SubjectWords(HashSet<u64, Hashed>);

impl SubjectWords {
    pub(crate) fn new<'t>(texts: impl IntoIterator<Item = &'t str>) -> Self {
        let mut buf = Folded::default();
        let mut set = HashSet::default();
        for text in texts {
            Folder::matching().fold_into(text, &mut buf);
            set.extend(words(buf.as_str()).map(fnv));
        }
        SubjectWords(set)
    }

    /// Whether `line` holds one of the words (compared folded, with or
    /// without the article `ال` or a particle).
    pub(crate) fn shares_word(&self, line: &str) -> bool {
        let mut buf = Folded::default();
        Folder::matching().fold_into(line, &mut buf);
        words(buf.as_str()).any(|w| self.0.contains(&fnv(w)))
    }
}

/// How many of `phrases` the `texts` name: each of a phrase's words stands
/// in them, and each two neighbours of the phrase side by side in one text
/// (compared folded, with or without the article `ال`). The texts are read
/// once, in time linear in them and the phrases, and only the hashes the
/// phrases need are kept; the reading stops once `enough` are named.
pub(crate) fn count_named<'t>(phrases: &[&str], texts: impl IntoIterator<Item = &'t str>, enough: usize) -> usize {
    let mut named = Named::new(phrases);
    let mut buf = Folded::default();
    for text in texts {
        Folder::matching().fold_into(text, &mut buf);
        named.read(words(buf.as_str()).map(fnv));
        if named.count() >= enough {
            return enough;
        }
    }
    named.count()
}

impl TagEvidence {
    /// [`count_named`] over the words kept as evidence, each paragraph a
    /// text: none is folded again.
    pub(crate) fn count_named(&self, phrases: &[&str], enough: usize) -> usize {
        let mut named = Named::new(phrases);
        for text in self.words.split(|&h| h == BREAK) {
            named.read(text.iter().copied());
            if named.count() >= enough {
                return enough;
            }
        }
        named.count()
    }
}

/// The phrases asked about, as the hashes of their words and neighbour
/// pairs, and which of those the texts read so far hold.
struct Named {
    phrases: Vec<Vec<u64>>,
    /// The words' and pairs' hashes of all phrases, sorted, once each.
    needed: Vec<u64>,
    /// A filter of the needed hashes' low bits, which rules most of the
    /// texts' words out before the list is searched.
    filter: [u64; 16],
    seen: Vec<bool>,
}

impl Named {
    fn new(phrases: &[&str]) -> Self {
        let mut buf = Folded::default();
        let phrases: Vec<Vec<u64>> =
            phrases.iter().map(|p| words(p).map(|w| word_hash(w, &mut buf)).collect()).collect();
        let mut needed: Vec<u64> = phrases.iter().flat_map(|p| grams(p)).collect();
        needed.sort_unstable();
        needed.dedup();
        let mut filter = [0u64; 16];
        needed.iter().for_each(|&h| filter[(h >> 6 & 15) as usize] |= 1 << (h & 63));
        let seen = vec![false; needed.len()];
        Named { phrases, needed, filter, seen }
    }

    /// Reads one text, by its words' hashes.
    fn read(&mut self, text: impl Iterator<Item = u64>) {
        let mut before = None;
        for h in text {
            self.see(h);
            if let Some(b) = before {
                self.see(combine(b, h));
            }
            before = Some(h);
        }
    }

    fn see(&mut self, h: u64) {
        if self.filter[(h >> 6 & 15) as usize] >> (h & 63) & 1 == 1 {
            if let Ok(k) = self.needed.binary_search(&h) {
                self.seen[k] = true;
            }
        }
    }

    /// How many phrases the texts read name.
    fn count(&self) -> usize {
        let named = |h: u64| self.needed.binary_search(&h).is_ok_and(|k| self.seen[k]);
        self.phrases.iter().filter(|p| !p.is_empty() && grams(p).into_iter().all(named)).count()
    }
}

/// A phrase's words' hashes and those of its neighbour pairs.
fn grams(hashes: &[u64]) -> Vec<u64> {
    let pairs = hashes.windows(2).map(|w| combine(w[0], w[1]));
    hashes.iter().copied().chain(pairs).collect()
}

/// Sets and maps keyed by words' hashes need no hashing again: a hash is
/// its own.
pub(crate) type Hashed = BuildHasherDefault<Identity>;

/// The identity hasher of [`Hashed`]: keys are FNV hashes already.
#[derive(Default)]
pub(crate) struct Identity(u64);

impl Hasher for Identity {
    fn write(&mut self, bytes: &[u8]) {
        // Only `u64` keys are hashed here; any other input is folded in.
        self.0 = bytes.iter().fold(self.0, |h, &b| h.rotate_left(8) ^ u64::from(b));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The hash of a word, folded.
fn word_hash(word: &str, buf: &mut Folded) -> u64 {
    Folder::matching().fold_into(word, buf);
    fnv(buf.as_str())
}

/// FNV-1a of a folded word, without its article: a tag and the text name a
/// thing with `ال` or without it, after `و`, `ب`, `ف`, `ك` or as `لل`
/// (`الحوافز الضريبية`, `بحوافز ضريبية`); and without one of those
/// particles before a word with no article (`بمنطقة دار السلام` names the
/// tag `منطقة دار السلام`), where four letters or more stay. Both sides
/// are read alike, so a word that merely starts with the letter
/// (`بيروت`) still finds itself.
fn fnv(word: &str) -> u64 {
    let stem = lexicon::without_article(word);
    let stem = if stem.len() == word.len() { without_particle(word) } else { stem };
    let mut hasher = lexicon::Fnv::default();
    hasher.write(stem.as_bytes());
    let h = hasher.finish();
    if h == BREAK { h - 1 } else { h }
}

/// `word` (folded, with no article) without a particle joined before it
/// (`و`, `ب`, `ف`, `ك`, `ل`), if [`PARTICLE_STEM_LETTERS`] letters or more
/// stay.
fn without_particle(word: &str) -> &str {
    let rest = word.strip_prefix(['و', 'ب', 'ف', 'ك', 'ل']);
    rest.filter(|r| r.chars().nth(PARTICLE_STEM_LETTERS - 1).is_some()).unwrap_or(word)
}

/// The hash of a run extended by one word.
fn combine(h: u64, w: u64) -> u64 {
    (h.rotate_left(17) ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Words without the punctuation around them.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().map(|w| w.trim_matches(|c: char| !crate::fold::is_word_char(c))).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags<'a>(t: &TagList<'a>) -> Vec<&'a str> {
        t.tags().iter().map(|p| p.as_str()).collect()
    }

    #[test]
    fn a_name_given_again_ends_a_longer_tag() {
        let evidence = TagEvidence::new("عرض فيلم جديد من بطولة أحمد حلمي. وتشارك سامية جمال في الفيلم.");
        let line = "كلمات دلالية: أحمد حلمي سامية جمال أفلام أفلام أحمد حلمي حلقة أحمد حلمي وسامية جمال";
        let t = parse_tags_with(line, &evidence).unwrap();
        let expected = ["أحمد حلمي", "سامية جمال", "أفلام", "أفلام أحمد حلمي", "حلقة أحمد حلمي وسامية جمال"];
        assert_eq!(tags(&t), expected);
        // Tags set apart by separators are as written, a repeat too.
        assert_eq!(tags(&parse_tags_with("الوسوم: غزة، القدس، غزة", &evidence).unwrap()), ["غزة", "القدس", "غزة"]);
    }

    #[test]
    fn separated_lists() {
        assert_eq!(tags(&parse_tags("الوسوم: غزة، القدس").unwrap()), ["غزة", "القدس"]);
        assert_eq!(tags(&parse_tags("#غزة #القدس").unwrap()), ["غزة", "القدس"]);
        assert_eq!(tags(&parse_tags("Mots-clés : Maroc, Algérie").unwrap()), ["Maroc", "Algérie"]);
    }

    #[test]
    fn evidence_matches_with_or_without_the_article() {
        let e = TagEvidence::new("وتقدم الحكومة حوافز ضريبية للمستثمرين في المناطق النائية.");
        let line = "كلمات دلالية: الحوافز الضريبية المناطق النائية الاستثمار";
        assert_eq!(tags(&parse_tags_with(line, &e).unwrap()), ["الحوافز الضريبية", "المناطق النائية", "الاستثمار"]);
        // A word the article leaves three letters or fewer is kept whole.
        assert_eq!(lexicon::without_article("الله"), "الله");
        assert_eq!(lexicon::without_article("بالحوافز"), "حوافز");
    }

    #[test]
    fn phrases_named_in_texts() {
        let body = ["وتقدم الحكومة حوافز ضريبية للمستثمرين.", "في المناطق النائية."];
        assert_eq!(count_named(&["الحوافز الضريبية", "المناطق النائية"], body, 2), 2);
        // Words apart in the text, or each in another paragraph, name nothing.
        assert_eq!(count_named(&["الحكومة ضريبية", "للمستثمرين في"], body, 2), 0);
        assert_eq!(count_named(&["الاستثمار", ""], body, 2), 0);
        // Enough named: the rest is not read.
        assert_eq!(count_named(&["الحوافز الضريبية", "المناطق النائية"], body, 1), 1);
    }

    #[test]
    fn a_particle_before_a_word_names_it() {
        let e = TagEvidence::new("وعثرت الشرطة على جثة شاب بمنطقة دار السلام أمس.");
        let line = "كلمات دلالية: الشرطة منطقة دار السلام";
        assert_eq!(tags(&parse_tags_with(line, &e).unwrap()), ["الشرطة", "منطقة دار السلام"]);
        // A word that merely starts with the letter is read alike on both sides.
        assert_eq!(count_named(&["بيروت"], ["زار الوزير بيروت."], 1), 1);
    }

    #[test]
    fn evidence_names_as_its_texts_do() {
        let body = ["وتقدم الحكومة حوافز ضريبية للمستثمرين.", "في المناطق النائية."];
        let mut evidence = TagEvidence::default();
        body.iter().for_each(|p| evidence.add(p));
        for phrases in [&["الحوافز الضريبية", "المناطق النائية"][..], &["الحكومة ضريبية", "للمستثمرين في"], &["غزة"]]
        {
            assert_eq!(evidence.count_named(phrases, 9), count_named(phrases, body, 9), "{phrases:?}");
        }
    }

    #[test]
    fn run_together_tags_split_on_evidence() {
        let e = TagEvidence::new("الرئيس فلاديمير بوتين ورئيس المجلس العسكري المالي. في مالي مجموعة \"فاجنر\".");
        let line = "كلمات دلالية: فلاديمير بوتين المجلس العسكري المالي مالي فاجنر المجلس العسکری";
        assert_eq!(
            tags(&parse_tags_with(line, &e).unwrap()),
            ["فلاديمير بوتين", "المجلس العسكري المالي", "مالي", "فاجنر", "المجلس العسکری"]
        );
    }

    #[test]
    fn subject_words_are_found_folded_and_without_the_article() {
        let subject = SubjectWords::new(["بلديات لبنان بين ميزانيات معلّقة", "تواجه البلديات أزمة تمويل."]);
        assert!(subject.shares_word("الرقابة لبنان"));
        assert!(subject.shares_word("البلديات"));
        assert!(subject.shares_word("ازمه"));
        assert!(!subject.shares_word("الاكتئاب الصحة النفسية"));
    }

    #[test]
    fn errors() {
        assert_eq!(parse_tags("").unwrap_err().kind(), ErrorKind::Empty);
        assert_eq!(parse_tags("نص عادي").unwrap_err().kind(), ErrorKind::NotTagList);
        assert_eq!(parse_tags("كلمات دلالية:").unwrap_err().kind(), ErrorKind::NoTags);
    }
}
