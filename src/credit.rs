//! Source attributions and author credits: `المصدر | الخليج الجديد +
//! متابعات`, `نقلاً عن ...`, `(وكالات)`, `جدة – سويفت نيوز:`, `كتب: ...`.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, ErrorKind, whole};
use crate::lexicon::{self, MarkerKind, Matcher, PHOTO_CREDIT, RESERVED, is_credit_mark, is_name_separator};
use crate::policy::{
    AUTHOR_WORDS, BYLINE_NAME_WORDS, BYLINE_NAMES, CREDIT_PART_WORDS, CREDIT_WORDS, DATELINE_DATE_WORDS,
    DATELINE_PLACE_WORDS, INITIALS_BYTES, LATIN_BRAND_WORDS, LEAD_CHARS, LEAD_PLACE_WORDS, LONE_CREDIT_WORDS,
    LONG_NAME_WORDS, MEDIUM_LINE_WORDS, SOURCE_CLAUSE_WORDS,
};
use crate::shape::Shape;
use crate::span::Piece;

/// Whether a credit names where the text comes from or who wrote it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum CreditKind {
    /// A source attribution: a site, a paper, an agency.
    Source,
    /// An author credit.
    Byline,
}

/// What stands between a credit's label and its names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum Separator {
    /// `المصدر: رويترز`
    Colon,
    /// `المصدر | رويترز`
    Pipe,
    /// `المصدر - رويترز` (any dash)
    Dash,
    /// `متابعة/ سكاي برس`
    Slash,
    /// A label that is a phrase: `نقلاً عن الجزيرة`.
    Space,
    /// No label at all: a lone credit (`(وكالات)`, `جدة – سويفت نيوز:`).
    None,
}

impl Separator {
    fn of(c: char) -> Separator {
        match c {
            ':' | '：' => Separator::Colon,
            '|' => Separator::Pipe,
            '/' => Separator::Slash,
            _ => Separator::Dash,
        }
    }

    /// The separator's name, as `FromStr` reads it back.
    pub fn name(&self) -> &'static str {
        match self {
            Separator::Colon => "colon",
            Separator::Pipe => "pipe",
            Separator::Dash => "dash",
            Separator::Slash => "slash",
            Separator::Space => "space",
            Separator::None => "none",
        }
    }
}

impl fmt::Display for Separator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error of [`Separator::from_str`]: the name is none of the separators'.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown separator name {0:?}")]
pub struct UnknownSeparator(pub String);

impl FromStr for Separator {
    type Err = UnknownSeparator;
    /// Reads a separator's [`name`](Separator::name) back.
    ///
    /// # Example
    /// ```
    /// use khabar::Separator;
    /// assert_eq!("pipe".parse::<Separator>().unwrap(), Separator::Pipe);
    /// assert_eq!(Separator::Pipe.to_string(), "pipe");
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [Separator::Colon, Separator::Pipe, Separator::Dash, Separator::Slash, Separator::Space, Separator::None]
            .into_iter()
            .find(|sep| sep.name() == s)
            .ok_or_else(|| UnknownSeparator(s.to_owned()))
    }
}

/// A source attribution or author credit: label as written (or none), the
/// separator after it, and the credited names.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Attribution<'a> {
    #[cfg_attr(feature = "serde", serde(skip))]
    kind: CreditKind,
    label: Option<Piece<'a>>,
    #[cfg_attr(feature = "serde", serde(skip))]
    separator: Separator,
    names: Vec<Piece<'a>>,
}

impl<'a> Attribution<'a> {
    /// Source or author.
    pub fn kind(&self) -> CreditKind {
        self.kind
    }

    /// The label as written (`المصدر`, `نقلاً عن`, `كتب`), `None` for a lone credit.
    pub fn label(&self) -> Option<Piece<'a>> {
        self.label
    }

    /// What separates label and names.
    pub fn separator(&self) -> Separator {
        self.separator
    }

    /// The credited names, in order, each trimmed.
    pub fn names(&self) -> &[Piece<'a>] {
        &self.names
    }

    /// The label, if any, then the names.
    pub(crate) fn pieces(&self) -> impl Iterator<Item = Piece<'a>> + '_ {
        self.label.into_iter().chain(self.names.iter().copied())
    }

    /// The same credit with every span moved `by` bytes on: for a credit
    /// parsed inside a piece of a larger input.
    pub(crate) fn shifted(mut self, by: usize) -> Self {
        self.label = self.label.map(|p| p.shifted(by));
        for n in &mut self.names {
            *n = n.shifted(by);
        }
        self
    }
}

impl<'a> TryFrom<&'a str> for Attribution<'a> {
    type Error = Error;
    /// Same as [`parse_attribution`].
    fn try_from(line: &'a str) -> Result<Self, Error> {
        parse_attribution(line)
    }
}

/// Parses one line as a source attribution or author credit.
///
/// Names are split on `+`, `/`, `،`, `,` and on a joining `و` before a
/// known agency (`رويترز وأ ف ب`). Unlabeled lines are credits only when
/// they name a medium or agency (`العرب تيفي - رويترز`, `(وكالات)`); a
/// place before a dateline dash is not a name (`جدة – سويفت نيوز:`).
///
/// # Errors
/// [`ErrorKind::Empty`], [`ErrorKind::NotAttribution`] for a line that is
/// no credit, [`ErrorKind::NoNames`] for a label with nothing after it,
/// [`ErrorKind::TooLong`] for prose that merely starts like one.
///
/// # Example
/// ```
/// use khabar::{parse_attribution, Separator};
/// let a = parse_attribution("المصدر | الخليج الجديد + متابعات").unwrap();
/// assert_eq!(a.label().unwrap().as_str(), "المصدر");
/// assert_eq!(a.separator(), Separator::Pipe);
/// let names: Vec<&str> = a.names().iter().map(|n| n.as_str()).collect();
/// assert_eq!(names, ["الخليج الجديد", "متابعات"]);
/// ```
pub fn parse_attribution(line: &str) -> Result<Attribution<'_>, Error> {
    parse_with(line, line, None, Labels::Look, &mut Matcher::default()).map(|c| c.main)
}

/// Whether a credit label may open a line, or its caller found none there
/// (then only the grammar of unlabeled credits is tried).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Labels {
    Look,
    NoneThere,
}

/// Parses `line`, a subslice of `input`, with reusable buffers; `shape`
/// is the line's, if measured already.
pub(crate) fn parse_with<'a>(
    input: &'a str,
    line: &'a str,
    shape: Option<&Shape>,
    labels: Labels,
    m: &mut Matcher,
) -> Result<Credit<'a>, Error> {
    let err = |kind| Error::new(kind, crate::span::Span::of(input, line));
    let text = trim_credit(line);
    if text.is_empty() {
        return Err(if input.is_empty() { Error::new(ErrorKind::Empty, whole(input)) } else { err(ErrorKind::Empty) });
    }
    let words = match shape {
        Some(shape) if text.len() == line.len() => shape.words,
        _ => Shape::of(text).words,
    };
    if words > CREDIT_WORDS {
        return Err(err(ErrorKind::TooLong));
    }
    let found = match labels {
        Labels::Look => m.marker_of(text, |k| matches!(k, MarkerKind::Source | MarkerKind::Byline)),
        Labels::NoneThere => None,
    };
    let Some(found) = found else {
        // A credit in brackets (`(صحيفة “افكار”)`), which trimming took off.
        let bracketed = text.len() < line.trim().len() && line.trim().ends_with(')');
        let line = Unlabeled { input, text, words, lead: false, bracketed };
        return lone_credit(line, m).ok_or_else(|| err(ErrorKind::NotAttribution));
    };
    labeled(input, found.label(text), found.marker, &text[found.len..], m).map_err(err)
}

/// The credit a label (`label_text`, of `marker`'s kind) gives the names
/// in `rest`: what follows it on its line, or the line under a label
/// standing alone ([`parse_under_label`]).
fn labeled<'a>(
    input: &'a str,
    label_text: &'a str,
    marker: MarkerKind,
    rest: &'a str,
    m: &mut Matcher,
) -> Result<Credit<'a>, ErrorKind> {
    let after_space = rest.trim_start();
    let (separator, names_text) = match after_space.chars().next() {
        Some(c) if lexicon::is_separator(c) => {
            (Separator::of(c), after_space.trim_start_matches(|c: char| lexicon::is_separator(c) || c.is_whitespace()))
        }
        _ => (Separator::Space, after_space),
    };
    // `حقوق النشر محفوظة لمجلة ...`: rights reserved *to* the names.
    let names_text = match names_text.strip_prefix('ل') {
        Some(rest) if separator == Separator::Space && m.marker_is(label_text, RESERVED) => {
            rest.trim_start_matches(['ـ', ' '])
        }
        _ => names_text,
    };
    // A label with only a date after it gives no source (annotation.md):
    // `المصدر:: يوم الأربعاء 09/05/2012 م - الموافق 18-6-1433 هـ`.
    if crate::date::is_stamp(names_text) {
        return Err(ErrorKind::NoNames);
    }
    // The post's date or time after the names, with no separator before
    // it, is none of them (`تحرير:محمد الشاملي ٠٤ مايو ٢٠١٩ - ٠٦:٠٦ م`:
    // tahrirnews.com; `تقرير: NAME 26 يوليو2022م` on an unseen page
    // top): read without it where the names, read whole, are none (a
    // name may end in a word the date grammar reads, `محمد علي - الأحد`).
    let (kind, names) = credited_names(input, marker, names_text, m).or_else(|e| {
        let undated = without_stamp(names_text);
        if undated.len() == names_text.len() {
            return Err(e);
        }
        credited_names(input, marker, undated.trim_end_matches(['|', '-', '–', '—', ' ']), m)
    })?;
    let main = Attribution { kind, label: Some(Piece::within(input, label_text)), separator, names };
    Ok(Credit { main, author: None })
}

/// The kind and the names of a labeled credit whose names are
/// `names_text`, a slice of `input`, the label of `marker`'s kind.
fn credited_names<'a>(
    input: &'a str,
    marker: MarkerKind,
    names_text: &'a str,
    m: &mut Matcher,
) -> Result<(CreditKind, Vec<Piece<'a>>), ErrorKind> {
    // A place is no credited name (annotation.md): `خاص سوريا`, a menu's
    // topic, names no source; a paper named for its city still does
    // (`المصدر: الرياض`).
    let mut names = split_names(input, names_text, m);
    names.retain(|n| !m.is_place(n.as_str()) || m.is_medium(n.as_str()));
    if names.is_empty() {
        return Err(ErrorKind::NoNames);
    }
    let kind = match marker {
        MarkerKind::Byline if names.iter().all(|n| !m.is_medium(n.as_str())) => CreditKind::Byline,
        _ => CreditKind::Source,
    };
    // Author names are short, but for a long name a particle joins
    // (`بقلم: محمد عبد الرحمن ولد الشيخ محمد يحي`); a long run after
    // `تقرير:` is a headline.
    let long = |n: &Piece<'_>| {
        let name = without_honorifics(n.as_str());
        Shape::of(name).words > AUTHOR_WORDS && !is_long_name(name, m)
    };
    if kind == CreditKind::Byline && names.iter().any(long) {
        return Err(ErrorKind::NotAttribution);
    }
    // A clause names nobody: after the label it quotes a source (three
    // titles of SaudiNewsNet open `مصدر: ...` so), beside a name it gives
    // the author's post (`بقلم شارلين بورتر | المحررة في موقع ...`).
    names.retain(|n| Shape::of(n.as_str()).words < SOURCE_CLAUSE_WORDS || m.function_words(n.as_str()) == 0);
    if names.is_empty() {
        return Err(ErrorKind::NotAttribution);
    }
    Ok((kind, names))
}

/// The names on `line` (a subslice of `input`) that a credit label standing
/// alone on the line above with its separator (`label_line`) gives, as a text browser prints
/// a label and its link apart: `المصدر:`, then `* (أبوظبي - البيان)`
/// (albayan.ae); `كتب:`, then `حسن سمير` (elwatannews.com).
pub(crate) fn parse_under_label<'a>(
    input: &'a str,
    label_line: &'a str,
    line: &'a str,
    m: &mut Matcher,
) -> Option<Credit<'a>> {
    // The label and its separator, nothing else (`بقلم/`): a word alone
    // (`كتب`, books) may be a menu's.
    let label_line = trim_credit(label_line);
    let found = m.marker_of(label_line, |k| matches!(k, MarkerKind::Source | MarkerKind::Byline))?;
    let alone = label_line[found.len..].chars().all(|c| c.is_whitespace() || lexicon::is_separator(c));
    let text = trim_credit(line);
    if !alone || !label_line.ends_with(lexicon::is_separator) || Shape::of(text).words > LONE_CREDIT_WORDS {
        return None;
    }
    labeled(input, found.label(label_line), found.marker, text, m).ok()
}

/// The dateline a paragraph opens with, up to a colon or a double dash in
/// its first words: `بيروت - «القدس العربي»: قال ...`, `دبي، الإمارات
/// العربية المتحدة (CNN)-- أكد ...`. Places and dates are no names.
pub(crate) fn lead_credit<'a>(input: &'a str, paragraph: &'a str, m: &mut Matcher) -> Option<Attribution<'a>> {
    let window = paragraph.char_indices().nth(LEAD_CHARS).map_or(paragraph.len(), |(i, _)| i);
    let end = paragraph[..window].find([':', '：']).into_iter().chain(paragraph[..window].find("--")).min()?;
    let head = paragraph[..end].trim_end_matches(['-', ' ']);
    let line = Unlabeled { input, text: head, words: Shape::of(head).words, lead: true, bracketed: false };
    lone_credit(line, m).map(|c| c.main)
}

/// A line read for a credit without a label: `text` of `words` words, a
/// slice of `input`; a paragraph's `lead`ing dateline, whose place may run
/// to a few words; `bracketed` when its caller took brackets off it.
#[derive(Clone, Copy, Debug)]
struct Unlabeled<'a> {
    input: &'a str,
    text: &'a str,
    words: usize,
    lead: bool,
    bracketed: bool,
}

/// A credit without a label: `(وكالات)`, `العرب تيفي - رويترز`, `جدة –
/// سويفت نيوز:`, `القاهرة في 3 مارس (أ ش أ)`, `الوطن – محمد منار حميجو`. Its
/// parts are read by a small grammar (see [`Part`]): places and dates are
/// no names, and a person beside a medium is the author.
fn lone_credit<'a>(line: Unlabeled<'a>, m: &mut Matcher) -> Option<Credit<'a>> {
    if line.words > CREDIT_WORDS {
        return None;
    }
    // Every other reading credits a medium: a line that can name none is
    // at most an author's byline with its dateline.
    if !m.may_name_medium(line.text) {
        return dateline_byline(line, m).or_else(|| bare_dateline(line, m));
    }
    read_lone_credit(line, m).or_else(|| dateline_byline(line, m)).or_else(|| bare_dateline(line, m))
}

/// An author's name and the place the report was written, apart by a
/// separator, in either order: a byline with its dateline, no medium
/// credited (`عاطف دغلس-نابلس` on aljazeera.net, annotation: byline
/// `عاطف دغلس`; `أميرة المولد – الطائف` on 3alyoum.com, `الرياض - محمد
/// الحيدر` on alriyadh.com, SaudiNewsNet), or the place then a colon
/// (`الطائف: نورة الثقفي`: aawsat, alwatan in SaudiNewsNet; papers of
/// Algeria, Sudan, Bahrain in the Arabic Newspapers Corpus), or the place
/// in brackets after the name (`أحمد الشميري (صنعاء)`).
fn dateline_byline<'a>(line: Unlabeled<'a>, m: &mut Matcher) -> Option<Credit<'a>> {
    if line.words > LONE_CREDIT_WORDS || !has_separator(line.text) {
        return None;
    }
    let body = without_photo_credit(line.text.trim_end_matches([':', '：', ' ']));
    // Where no dash stands between them, the name must open with a given
    // name of the list (`vocab/given_names.tsv`), else `الرياض: حملة أمنية`
    // and `افتتاح المعرض (القاهرة)` would be bylines.
    let (parts, undashed): (Vec<&str>, bool) = match place_in_brackets(body, m) {
        Some((head, place)) => (vec![head, place], true),
        None => {
            let parts: Vec<&str> = split_parts(body).collect();
            let undashed = parts.len() == 2 && colon_after(body, parts[0]);
            (parts, undashed)
        }
    };
    if !(2..=BYLINE_NAMES + 1).contains(&parts.len()) {
        return None;
    }
    // A name is two or three words, after an honorific maybe (`جدة: د.
    // عبد الحفيظ خوجة`).
    let name = |p: &str, m: &mut Matcher| {
        let n = without_honorifics(p);
        n.split_whitespace().count() <= BYLINE_NAME_WORDS && is_name(n, m)
    };
    // The place stands at one end, and the gazetteer decides which, for a
    // place of two words is shaped like a name too (`المدينة المنورة - صالح
    // الحبيشي`, `مكة المكرمة - خالد عبدالله`: alriyadh, almadina, alyaum in
    // SaudiNewsNet). The others are the authors, one a part or several
    // apart by commas (`الزلفي – منصور الرميح ، حمود العمار`, `سليمان
    // الزبيدي - ياسر النهدي - جدة`).
    let last = parts.len() - 1;
    // A place the gazetteer lacks, or the site, in one word beside a
    // name that opens as a person's does (`أشيقر - عبدالله المقحم`,
    // `منصور البقمي - تربة`: eight papers of SaudiNewsNet; `المتوسط/عمر
    // النجار:`, `جفرا- محمد ابو سند`: libyaakhbar.com, jfranews.com.jo).
    let word = |p: &str, m: &mut Matcher| is_name_word(p) && p != PHOTO_CREDIT && m.function_words(p) == 0;
    let authors = match (m.is_place(parts[0]), m.is_place(parts[last])) {
        (true, false) => &parts[1..],
        (false, true) => &parts[..last],
        (false, false) if parts.len() == 2 && word(parts[0], m) && opens_as_name(parts[1], m) => &parts[1..],
        (false, false) if parts.len() == 2 && word(parts[1], m) && opens_as_name(parts[0], m) => &parts[..1],
        _ => return None,
    };
    // Of several, each must open with a given name or an honorific: a
    // headline's two words are shaped like a name too (`الفردانية الناسكة –
    // د.فتيحة محمد بوشعالة -الجزائر-`, an item of a list).
    let mut pieces = Vec::new();
    for part in authors.iter().flat_map(|a| a.split(['،', ','])) {
        pieces.extend(split_joined(part, m).into_iter().map(str::trim));
    }
    let several = pieces.len() > 1;
    let mut names = Vec::new();
    for author in pieces {
        if !name(author, m) || ((undashed || several) && !opens_as_name(author, m)) || m.is_place(author) {
            return None;
        }
        names.push(Piece::within(line.input, author));
    }
    let main = Attribution { kind: CreditKind::Byline, label: None, separator: Separator::None, names };
    Some(Credit { main, author: None })
}

/// Whether a colon stands right after `part`, a part of `body` that
/// [`split_parts`] took (`الطائف: نورة الثقفي`, `بطاقة: ليبيا`).
fn colon_after(body: &str, part: &str) -> bool {
    let end = part.as_ptr() as usize - body.as_ptr() as usize + part.len();
    body[end..].trim_start().starts_with([':', '：'])
}

/// Whether `text` holds a mark that may part a credit line: a dash, a
/// bar, a slash, a colon, a bracket, or a tatweel set apart, which is a
/// dash too, or a run of them (`طلال عبدالله ـ جدة`, `جازان ــ علي
/// المدخلي`: alyaum, almadina, arreyadi, alriyadh in SaudiNewsNet); no
/// word opens with one.
pub(crate) fn has_separator(text: &str) -> bool {
    text.contains(is_credit_mark) || text.contains(" ـ")
}

/// `body` without the photographer's credit after the byline or the
/// medium (`سعد العنيني - جدة -تصوير - علي خمج`, `أحمد السالم - المدينة
/// المنورة تصوير- عبدالرحمن مرسي`, `المدينة - جدة - تصوير: منصور البلوي`:
/// almadina, alriyadh, al-jazirah and alweeam in SaudiNewsNet), which is
/// a photo credit, no author's.
fn without_photo_credit(body: &str) -> &str {
    let label = body
        .match_indices(PHOTO_CREDIT)
        .map(|(i, _)| i)
        .find(|&i| i > 0 && body[..i].ends_with([' ', '\t', '-', '–', 'ـ', '(', '|']));
    let Some(mut cut) = label else { return body };
    // In brackets (`واس (إعداد : علي الشهري - تصوير : تركي البوق)`), the
    // bracket goes with it; a credit going on after the bracket
    // (`عبدالحكيم شار، (تصوير: عبدالملك سرور)- سبق- عدن:`) keeps the line whole.
    if let Some(open) = body[..cut].rfind('(').filter(|&o| !body[o..cut].contains(')')) {
        let after = body[cut..].split_once(')').map_or("", |(_, rest)| rest);
        if after.contains(|c: char| c.is_alphanumeric()) {
            return body;
        }
        cut = open;
    }
    body[..cut].trim_end_matches([' ', '\t', '-', '–', 'ـ', '(', '|', '/'])
}

/// What stands before a place of the gazetteer in brackets at the end of
/// `body`, and the place: `أحمد الشميري (صنعاء)`, `وكالات (دمشق)`, as
/// okaz.com.sa (SaudiNewsNet) and alittihad.ae (Arabic Newspapers Corpus)
/// write their credits.
fn place_in_brackets<'b>(body: &'b str, m: &mut Matcher) -> Option<(&'b str, &'b str)> {
    bracketed_tail(body).filter(|&(head, place)| is_plain_head(head) && m.is_place(place))
}

/// What stands before the brackets that close `body`, and what they hold,
/// each trimmed.
fn bracketed_tail(body: &str) -> Option<(&str, &str)> {
    let open = body.rfind('(').filter(|_| body.ends_with(')'))?;
    Some((body[..open].trim(), body[open + 1..body.len() - 1].trim()))
}

/// Whether `head`, before a line's closing brackets, is some text with no
/// brackets of its own: one name beside the bracketed place.
fn is_plain_head(head: &str) -> bool {
    !head.is_empty() && !head.contains(['(', ')'])
}

/// Whether `name` opens with a given name of the list
/// (`vocab/given_names.tsv`): `نورة الثقفي`, not `حملة أمنية`.
fn opens_with_given_name(name: &str, m: &mut Matcher) -> bool {
    name.split_whitespace().next().is_some_and(|w| m.is_given_name(w))
}

/// Whether `name` opens as a person's does, with a given name or an
/// honorific (`د. عبد الحفيظ خوجة`), which is evidence enough of a name.
fn opens_as_name(name: &str, m: &mut Matcher) -> bool {
    without_honorifics(name).len() < name.trim().len() || opens_with_given_name(name, m)
}

/// The name after the honorifics `name` opens with (`أ. د. أمين
/// عبداللطيف` gives `أمين عبداللطيف`).
fn without_honorifics(name: &str) -> &str {
    let mut name = name.trim();
    while let Some(rest) = lexicon::after_honorific(name) {
        name = rest.trim_start();
    }
    name
}

/// A line of an honorific and a name, a byline with no label: `الدكتور
/// جيفري غدمن`, `د. محمد عبد العزيز ربيع`.
pub(crate) fn honorific_byline<'a>(input: &'a str, text: &'a str, m: &mut Matcher) -> Option<Credit<'a>> {
    let name = without_honorifics(lexicon::after_honorific(text)?);
    // A long name a particle joins (`د. عدنان بن عبد الله الشيحة`).
    (is_name(name, m) || is_long_name(name, m))
        .then(|| Credit::unlabeled(CreditKind::Byline, Piece::within(input, text)))
}

/// A line that is only a person's name, a byline with no label: two to
/// four words of Arabic letters, no function word, the first a given name
/// of the list (`فهد عامر الأحمدي`, `عبد الرحمن إبراهيم الموزان`). Only
/// its place tells it from a headline that opens with a name. The dash a
/// dateline would go on after may close it (`مها محمد -`, then the body:
/// elzmannews.com, alnaharegypt.com; Yemeni papers of the Arabic
/// Newspapers Corpus).
pub(crate) fn name_byline<'a>(input: &'a str, text: &'a str, m: &mut Matcher) -> Option<Credit<'a>> {
    let name = text.trim().trim_end_matches(['-', '–', '—']).trim_end();
    (opens_with_given_name(name, m) && is_name(name, m))
        .then(|| Credit::unlabeled(CreditKind::Byline, Piece::within(input, name)))
}

/// A report signed with initials at its end, as papers of the Maghreb
/// sign theirs (`ح/م`: hadatcom.com; `ش.ن`: cherchellnews.dz; `محمد.ك`, a
/// given name and an initial: dzair-tube.dz): two or three single letters,
/// the first maybe a given name, apart by dots or slashes.
pub(crate) fn initials_byline<'a>(input: &'a str, text: &'a str, m: &mut Matcher) -> Option<Credit<'a>> {
    let signed = text.trim().trim_end_matches('.');
    if signed.len() > INITIALS_BYTES || !signed.contains(['.', '/']) {
        return None;
    }
    let parts: Vec<&str> = signed.split(['.', '/']).map(str::trim).collect();
    let letter = |p: &str| {
        let mut cs = p.chars();
        cs.next().is_some_and(crate::fold::is_arabic_letter) && cs.next().is_none()
    };
    let initial = |(k, p): (usize, &&str)| letter(p) || (k == 0 && !p.contains(' ') && m.is_given_name(p));
    ((2..=3).contains(&parts.len()) && parts.iter().enumerate().all(initial))
        .then(|| Credit::unlabeled(CreditKind::Byline, Piece::within(input, signed)))
}

/// Whether `text` is a line of the paper's masthead: a job title of it
/// ([`Matcher::masthead_title`]) and a name by it, the title opening the
/// line, after a dash or colon (`موسى الفرعي – الرئيس التنفيذي – رئيس
/// التحرير`) or glued to what precedes it (`مصر 2030رئيس مجلسي الإدارة
/// والتحرير أحمد عامر`), and after it nothing, or a name of a few words
/// glued to it (`رئيس التحريرعلى الحوفي`), set apart by a mark, or opening
/// with a given name. A headline about an editor has words of its own
/// before the title (`استقالة رئيس التحرير`) or a verb after it (`رئيس
/// التحرير يكتب ...`).
pub(crate) fn is_masthead(text: &str, m: &mut Matcher) -> bool {
    let Some(title) = m.masthead_title(text) else { return false };
    let (before, after) = (&text[..title.start], &text[title.end..]);
    let glued_before = before.ends_with(|c: char| !c.is_whitespace());
    let before = before.trim_end();
    if !(before.is_empty() || before.ends_with(is_credit_mark) || glued_before) {
        return false;
    }
    let glued_after = after.starts_with(crate::fold::is_word_char);
    let name = after.trim_start_matches(|c: char| c.is_whitespace() || is_credit_mark(c)).trim_end();
    let marked = name.len() < after.trim().len();
    name.is_empty()
        || (name.split_whitespace().count() <= AUTHOR_WORDS
            && name.split_whitespace().all(is_name_word)
            && (glued_after || marked || opens_as_name(name, m)))
}

/// A place of the gazetteer, a colon, and a name, or the name and the
/// place in brackets after it, on the line right under a headline and
/// over the body (`لندن: جوسلين إيليا`, `أربيل: دلشاد عبد الله`: aawsat.com,
/// alwatan.com.sa; `عادل الماس (جدة)`: okaz.com.sa, in SaudiNewsNet): there
/// a name needs no given name of the list, as [`dateline_byline`] asks of
/// the same line elsewhere (`مصر: حملة أمنية` heads a headline).
pub(crate) fn placed_byline<'a>(input: &'a str, text: &'a str, m: &mut Matcher) -> Option<Credit<'a>> {
    let (place, name) = match place_in_brackets(text.trim(), m) {
        Some((name, place)) => (place, name),
        None => text.split_once([':', '：'])?,
    };
    let name = name.trim();
    let short = name.split_whitespace().count() <= BYLINE_NAME_WORDS;
    (m.is_place(place.trim()) && short && is_name(name, m) && !m.is_place(name))
        .then(|| Credit::unlabeled(CreditKind::Byline, Piece::within(input, name)))
}

/// A dateline's place and one word no list reads, apart by a dash, a bar
/// or a colon (`الخرطوم: السوداني`, `بغداد-الصباح`, `الرياض: الندوة`), a
/// number maybe after it (`الخرطوم :المنبر 24`, `المغرب 7 – الرباط`): the
/// word is the paper the dateline credits, as a paper names itself in
/// one word, beside a place of one or two words. A section's name
/// there is a desk (`دبي - فن`), none.
fn bare_dateline<'a>(line: Unlabeled<'a>, m: &mut Matcher) -> Option<Credit<'a>> {
    if line.words > DATELINE_PLACE_WORDS + 1 || !has_separator(line.text) {
        return None;
    }
    let body = trim_lead_mark(line.text);
    let mut parts = split_parts(body);
    let (Some(first), Some(second), None) = (parts.next(), parts.next(), parts.next()) else { return None };
    // One word, asked first: most lines hold none.
    let word = |part: &str| {
        let name = without_brand_number(part);
        !name.is_empty() && !name.contains(' ') && name.chars().all(char::is_alphabetic)
    };
    // The place first or last; a word and a colon before a place is a
    // label and its value (`بطاقة: ليبيا`, `مكان الميلاد: الخرطوم`).
    let medium = if word(second) && m.is_place(first) {
        second
    } else if word(first) && !colon_after(body, first) && m.is_place(second) {
        first
    } else {
        return None;
    };
    let desk = |m: &mut Matcher| lexicon::names_section(medium) || m.is_qualifier(medium);
    (m.function_words(medium) == 0 && !m.is_place(medium) && !desk(m))
        .then(|| Credit::source(split_names(line.input, medium, m)))
        .flatten()
}

/// `name` without the number of a digit or two a brand ends with, spaced
/// or not (`المنبر 24`, `المغرب 7`; in `vocab/outlets.tsv`, `فرانس 24`,
/// `اليوم24`, `عربي21`).
fn without_brand_number(name: &str) -> &str {
    let letters = name.trim_end_matches(char::is_numeric);
    let digits = name[letters.len()..].chars().count();
    if digits <= 2 { letters.trim_end() } else { name }
}

/// A line that is only a medium's name (`طنجة نيوز`, `بوابة روزاليوسف`),
/// maybe with the colon or dash a credit leading the body ends with
/// (`سوداني نت:`, `النجاح الإخباري -`): the source where it stands in the
/// byline's place or leads the body, as its caller decides. Alone, a
/// name is no credit: a menu's `آخر الأخبار` names a media word too, and
/// a section's name is none (`أخبار الوطن العربي`).
pub(crate) fn medium_line<'a>(input: &'a str, text: &'a str, m: &mut Matcher) -> Option<Credit<'a>> {
    let name = trim_lead_mark(text);
    let short = Shape::of(name).words <= MEDIUM_LINE_WORDS;
    // A section's name holds a media word too (`أخبار الوطن العربي`):
    // such a name must be a listed medium's.
    let listed = |m: &mut Matcher| m.is_agency(name) || m.is_outlet(name);
    if !(short && m.function_words(name) == 0 && m.is_named_medium(name))
        || (lexicon::names_section(name) && !listed(m))
    {
        return None;
    }
    Credit::source(split_names(input, name, m))
}

/// A name no list knows, closed by the dash or slash a dateline goes on
/// after, on the line over the body: the credit the body's first line
/// would open with, set on a line of its own (`العرب اليوم -`, `النشرة
/// الدولية –`, `أمد/`: arabstoday.net, alnashraaldawlia.com, amad-ps.com;
/// `المشهد التونسي -`, `الثورة /` in the Arabic Newspapers Corpus). A
/// place or a desk may stand before it (`رياضة – الرأي –`: alrai-iq.com).
/// A medium's name opens with the article or is one word; a person's is
/// two words or three, the first a given name no article opens (`كريم
/// عادل -`: alnaharegypt.com), which the list may lack. Its caller asks
/// where the line stands; a deck closed so runs longer (`ناقشت مخاطر تلوث
/// الغذاء -`).
pub(crate) fn lead_name<'a>(input: &'a str, text: &'a str, m: &mut Matcher) -> Option<Credit<'a>> {
    let line = text.trim();
    let body = line.trim_end_matches(['-', '–', '—', '/']).trim_end();
    if body.len() == line.len() {
        return None;
    }
    let desk = |part: &str, m: &mut Matcher| {
        m.is_place(part) || m.is_qualifier(part) || part.split_whitespace().all(lexicon::names_section)
    };
    let mut names = split_parts(body).filter(|part| !desk(part, m));
    let (Some(name), None) = (names.next(), names.next()) else { return None };
    let words: Vec<&str> = without_brand_number(name).split_whitespace().collect();
    let named = !words.is_empty()
        && words.len() <= MEDIUM_LINE_WORDS
        && words.iter().all(|w| is_name_word(w))
        && m.function_words(name) == 0;
    if !named || (words.len() == 1 && m.is_given_name(name)) {
        return None;
    }
    if words.len() > 1 && !words[0].starts_with("ال") {
        return Some(Credit::unlabeled(CreditKind::Byline, Piece::within(input, name)));
    }
    Credit::source(split_names(input, name, m))
}

/// The colons and dashes a credit that leads the body ends with (`سوداني
/// نت:`, `النجاح الإخباري -`).
pub(crate) const LEAD_MARKS: [char; 5] = [':', '：', '-', '–', '—'];

/// `text` without the colon or dash a credit that leads the body ends with.
fn trim_lead_mark(text: &str) -> &str {
    text.trim().trim_end_matches(LEAD_MARKS).trim_end()
}

/// [`lone_credit`]'s grammar, on a line that may name a medium.
fn read_lone_credit<'a>(line: Unlabeled<'a>, m: &mut Matcher) -> Option<Credit<'a>> {
    let Unlabeled { input, text, words, lead, bracketed } = line;
    let body = without_photo_credit(text.trim_end_matches([':', '：', ' ']));
    if words > LONE_CREDIT_WORDS {
        // Only a dateline run with no separator is that long:
        // `الرياض 15 رمضان 1445هـ الموافق 25 مارس 2024م واس`.
        return dateline_run(input, body, m);
    }
    let dateline = lead || text.ends_with([':', '：']);
    // A medium and its dateline's place in brackets: `عكاظ (جدة)`, `أ ف ب
    // (برشلونة)`, a place the gazetteer may lack too (`رويترز (لوس
    // أنجليس)`, `واس (ياماجوتشي)`): a word or two, no number, no medium.
    let placed = |inner: &str, m: &mut Matcher| {
        Shape::of(inner).words <= DATELINE_PLACE_WORDS && !inner.contains(char::is_numeric) && !m.is_medium(inner)
    };
    let tail = bracketed_tail(body);
    if let Some((head, inner)) = tail.filter(|&(head, _)| is_plain_head(head)) {
        // Before a place the gazetteer lacks, the medium is all the head
        // (`الكويت تضبط شبكة إرهابية تنتمي إلى تنظيم (داعش)` names a
        // medium's word).
        let short = Shape::of(head).words <= CREDIT_PART_WORDS;
        if m.is_medium(head) && (m.is_place(inner) || (short && placed(inner, m))) {
            return Credit::source(split_names(input, head, m));
        }
    }
    // A credit in brackets at the end of a dateline.
    if let Some((head, inner)) = tail {
        let head_is_dateline = is_dateline_head(head)
            || m.is_place(head)
            || crate::date::is_stamp(head)
            || (lead && Shape::of(head).words <= LEAD_PLACE_WORDS);
        if m.is_medium(inner) && head_is_dateline {
            return Credit::source(split_names(input, inner, m));
        }
    }
    let parts: Vec<&str> = split_parts(body).collect();
    // Between dashes, a part may list several credits apart by commas,
    // agencies and reporters (`نيقوسيا، بيروت - أ ف ب، رويترز`, `جازان، تبوك
    // - أنور خواجي، واس`: alriyadh.com; `عدن، صنعاء: محمد عبدالعظيم،
    // الوكالات`: alwatan.com.sa, SaudiNewsNet): each is a part of its own,
    // if each is a medium or a name. Places so listed, a place and its
    // country, a weekday and its date stay one part.
    let parts: Vec<&str> =
        if parts.len() > 1 { parts.into_iter().flat_map(|p| credit_list(p, m)).collect() } else { parts };
    if parts.len() == 1 {
        // A lone part must be an agency (`وكالات`), not any word with `نت`
        // in it, or a medium in brackets (`(صحيفة “افكار”)`), else a
        // dateline run of any length (`الرياض 25 مارس 2024 واس`).
        let bracketed = bracketed || text.trim_start().starts_with('(') || text.trim_end().ends_with(')');
        let short = words <= CREDIT_PART_WORDS;
        let credited = short && (m.is_agency_whole(parts[0]) || (bracketed && m.is_medium(parts[0])));
        if credited {
            return Credit::source(split_names(input, parts[0], m));
        }
        // Else a dateline run, or a medium's post slot (`الشروق منذ ساعتين`).
        return dateline_run(input, body, m).or_else(|| Credit::source(split_names(input, post_slot(parts[0], m)?, m)));
    }
    if parts.iter().any(|p| Shape::of(p).words > CREDIT_PART_WORDS) {
        return None;
    }
    // A site's post slot: its name beside the post's date or time.
    let dated = parts.iter().any(|p| crate::date::is_stamp(p) || without_stamp(p).len() < p.len());
    let mut kinds: Vec<Option<Part>> = parts.iter().map(|p| Part::of(p, dated, m)).collect();
    exclusive_to(&parts, &mut kinds);
    own_name(&parts, &mut kinds, m);
    place_or_medium(&parts, &mut kinds, m);
    latin_brand(body, &parts, &mut kinds);
    speaker_and_words(body, &parts, &mut kinds, m);
    let media = kinds.iter().filter(|&&k| k == Some(Part::Medium)).count();
    // Several parts need a medium among them, and every part read, unless
    // the line is a dateline (ends with a colon) or closes with an agency.
    let read = kinds.iter().all(Option::is_some);
    // An agency first and one short part after it is a dateline too, the
    // part its place (`رويترز - تكساس`, `واس - السيح`: alyaum.com and
    // al-madina.com in SaudiNewsNet), as a place before a closing agency is.
    let agency_first = matches!(parts.as_slice(), [agency, place]
        if m.is_agency(agency) && place.split_whitespace().count() <= DATELINE_PLACE_WORDS && m.function_words(place) == 0);
    let credited = media > 0 && (read || dateline || m.is_agency(parts[parts.len() - 1]) || agency_first);
    if !credited {
        return None;
    }
    // A dateline's first part is where it was written, or the publishing
    // site itself (`سبق- وكالات:`): no credited name, unless no other
    // medium is named (`سبق- الرياض:`, `الجزيرة - المحليات:`: the site's own
    // report, sabq.org and al-jazirah.com in SaudiNewsNet).
    let first_only = kinds[0] == Some(Part::Medium) && media == 1;
    let skip = usize::from(dateline && !first_only);
    let of = |kind: Part| parts.iter().zip(&kinds).skip(skip).filter(move |(_, k)| **k == Some(kind)).map(|(p, _)| *p);
    let names: Vec<&str> = if media < parts.len() || dateline { of(Part::Medium).collect() } else { parts.clone() };
    let mut names: Vec<&str> = names.into_iter().map(|p| bureau_of(p).unwrap_or(without_stamp(p))).collect();
    // A paper named by its bureau and again alone is credited once
    // (`مكتب المدينة - المدينة`).
    names.dedup();
    let mut credit = Credit::source(names.into_iter().flat_map(|p| split_names(input, p, m)).collect())?;
    let authors: Vec<Piece<'a>> = of(Part::Person).map(|p| Piece::within(input, p)).collect();
    if read && !authors.is_empty() {
        credit.author =
            Some(Attribution { kind: CreditKind::Byline, label: None, separator: Separator::None, names: authors });
    }
    Some(credit)
}

/// The credits a part lists apart by commas, if every item is a medium
/// or a name (`أ ف ب، رويترز`, `أنور خواجي، واس`); else the part whole.
fn credit_list<'p>(part: &'p str, m: &mut Matcher) -> Vec<&'p str> {
    if !part.contains(['،', ',']) || m.is_place(part) {
        return vec![part];
    }
    let items: Vec<&str> = part.split(['،', ',']).map(str::trim).filter(|i| !i.is_empty()).collect();
    let credit = |i: &str, m: &mut Matcher| m.is_medium(i) || is_name(i, m);
    if items.iter().all(|i| credit(i, m)) { items } else { vec![part] }
}

/// A qualifier beside one part that no list knows, and nothing else
/// (`الوفاق/ خاص`: exclusive to الوفاق): that part is the medium the report
/// is exclusive to, as alarabiya.net and al-vefagh.net credit their own
/// reports. A place beside it (`دمشق - خاص`) is a dateline, read as one.
fn exclusive_to(parts: &[&str], kinds: &mut [Option<Part>]) {
    let named = |p: &str| p.split_whitespace().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '.'));
    if let [a, b] = kinds {
        match (*a, *b) {
            (Some(Part::Qualifier), None) if named(parts[1]) => *b = Some(Part::Medium),
            (None, Some(Part::Qualifier)) if named(parts[0]) => *a = Some(Part::Medium),
            _ => {}
        }
    }
}

/// A part written in Latin letters, a few words, apart by a dash from a
/// place, a date or a medium in Arabic letters, is a medium's brand as
/// the site writes it (`بغداد - IQ`: iqiraq.news; `الوئام - sky`,
/// `الوئام - RT`: alweeam.com.sa in SaudiNewsNet): Arabic pages write a
/// person's name in Arabic. Beside a name it is none (`الجسر الشمالي: NORTH
/// BRIDGE`, a glossary's line), nor a name's abbreviation after a slash
/// (`إذاعة فرنسا الدولية / RFI`, a menu's item), nor a copyright's words
/// beside a domain (`Jamalouki.net 2025 - All Rights Reserved`).
fn latin_brand(body: &str, parts: &[&str], kinds: &mut [Option<Part>]) {
    let arabic = |p: &str| p.chars().any(crate::fold::is_arabic_letter);
    let beside = parts
        .iter()
        .zip(kinds.iter())
        .any(|(p, k)| matches!(k, Some(Part::Place | Part::Date | Part::Medium)) && arabic(p));
    let latin = |p: &str| {
        let words = p.split_whitespace().count();
        (1..=LATIN_BRAND_WORDS).contains(&words)
            && p.chars().any(|c| c.is_ascii_alphabetic())
            && p.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ')
    };
    // The separator next to the part, before or after it.
    let dashed = |p: &str| {
        let at = (p.as_ptr() as usize).checked_sub(body.as_ptr() as usize).filter(|at| at + p.len() <= body.len());
        at.is_some_and(|at| {
            let before = body[..at].trim_end().chars().next_back();
            let after = body[at + p.len()..].trim_start().chars().next();
            [before, after].into_iter().flatten().any(|c| matches!(c, '-' | '–' | '—'))
        })
    };
    for (part, kind) in parts.iter().zip(kinds.iter_mut()) {
        if beside && kind.is_none() && latin(part) && dashed(part) {
            *kind = Some(Part::Medium);
        }
    }
}

/// A part that names both a place and a medium (`الرياض`, `المدينة`: a
/// city and a paper) beside a medium or a person is where the report was
/// written, the dateline's place (`الرياض - واس`, `الرياض - محمد
/// الحيدر`); beside a place, it is the paper (`المدينة - جدة`). SPA's
/// datelines and the Saudi papers' bylines (SaudiNewsNet) write both.
fn place_or_medium(parts: &[&str], kinds: &mut [Option<Part>], m: &mut Matcher) {
    let both: Vec<bool> = parts
        .iter()
        .zip(kinds.iter())
        .map(|(p, k)| *k == Some(Part::Medium) && bureau_of(p).is_none() && m.is_place(p))
        .collect();
    let credited = |k: usize| !both[k] && matches!(kinds[k], Some(Part::Medium | Part::Person));
    let beside_credit = (0..parts.len()).any(credited);
    for (k, kind) in kinds.iter_mut().enumerate() {
        if both[k] && beside_credit {
            *kind = Some(Part::Place);
        }
    }
}

/// A headline that gives a speaker's words after a colon: `«طب العيون»:
/// ارتفاع إصابات الألعاب النارية`, `الخليج: آل فريج مرتاح معنا`, `إدارة
/// النور: «سنحاسب المخطئ أيا كان»` (SaudiNewsNet titles). After a colon
/// inside the line, a name-shaped run is a person only if a given name or
/// an honorific opens it, and words in quotes after a speaker are the
/// speaker's, no medium, unless they name a known outlet (`لوس أنجليس:
/// «الشرق الأوسط»`); a place before the colon keeps its dateline
/// (`بيروت: «القدس العربي»`).
fn speaker_and_words(body: &str, parts: &[&str], kinds: &mut [Option<Part>], m: &mut Matcher) {
    let [first, second] = parts else { return };
    let Some(colon) = body.find(':') else { return };
    if colon + 1 >= body.len() || body[..colon].trim_end() != *first {
        return;
    }
    if kinds[1] == Some(Part::Person) && !opens_as_name(second, m) {
        kinds[1] = None;
    }
    let quoted = second.starts_with(['«', '"', '“']);
    if quoted && kinds[0] == Some(Part::Person) && !m.is_outlet(second) && !m.is_agency(second) {
        kinds[1] = None;
    }
}

/// The page's own name, as its feed link gives it, beside an author, a
/// place or a date (`أثير- جميلة العبرية` on atheer.om, whose feed is
/// "صحيفة أثير الإلكترونية"): the medium credited. The name alone, or
/// beside itself (`أكادير24 | Agadir24`), is the site's branding.
fn own_name(parts: &[&str], kinds: &mut [Option<Part>], m: &mut Matcher) {
    let beside = kinds.iter().any(|k| matches!(k, Some(Part::Person | Part::Place | Part::Date)));
    if !beside {
        return;
    }
    for (part, kind) in parts.iter().zip(kinds.iter_mut()) {
        if kind.is_none() && m.is_own_name(part) {
            *kind = Some(Part::Medium);
        }
    }
}

/// The medium's name of `part` if it is a site's post slot: the name and
/// the date or time of the post after it (`فيتو 22:34`, `الشروق منذ
/// ساعتين`; annotation.md: a name in the author or date slot, next to the
/// date, credits the article).
fn post_slot<'p>(part: &'p str, m: &mut Matcher) -> Option<&'p str> {
    let name = without_stamp(part);
    (name.len() < part.len() && m.is_medium(name)).then_some(name)
}

/// A medium's part but for a date or time after it, which the site's
/// post slot prints beside its name (`Le12.ma 22:34`).
fn without_stamp(part: &str) -> &str {
    let cut = part.match_indices(' ').map(|(i, _)| i).find(|&i| crate::date::is_stamp(&part[i + 1..]));
    cut.map_or(part, |i| part[..i].trim_end())
}

/// What a part of an unlabeled credit line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// An agency, an outlet, a medium's word (`وكالة`, `موقع`, `نيوز`) or a
    /// quoted name: what the line credits.
    Medium,
    /// A place of the gazetteer (`القاهرة`, `دبي، الإمارات العربية المتحدة`).
    Place,
    /// A date or a time.
    Date,
    /// A word qualifying the credit (`خاص`: exclusive).
    Qualifier,
    /// Two to four words of Arabic letters and no function word: a name,
    /// the author's beside a medium (`محمد منار حميجو`).
    Person,
}

impl Part {
    /// What `part` is, on a line that gives a date or time if `dated`: there
    /// a domain names the site (`Le12.ma 22:34 - 28 ديسمبر 2023`); alone,
    /// a site's name at the top or bottom of a page is its branding
    /// (annotation.md, "Source attributions").
    fn of(part: &str, dated: bool, m: &mut Matcher) -> Option<Part> {
        let quoted = part.starts_with(['«', '"', '“']) && part.ends_with(['»', '"', '”']);
        let site = dated && part.split_whitespace().any(lexicon::is_domain);
        let bureau = bureau_of(part).is_some_and(|outlet| m.is_medium(outlet) || m.is_place(outlet));
        Some(if quoted || site || bureau || m.is_medium(part) || (dated && post_slot(part, m).is_some()) {
            Part::Medium
        } else if m.is_place(part) {
            Part::Place
        } else if crate::date::is_stamp(part) {
            Part::Date
        } else if m.is_qualifier(part) {
            Part::Qualifier
        } else if is_name(part, m) {
            Part::Person
        } else {
            return None;
        })
    }
}

/// The outlet of a bureau, `مكتب` and a paper's name (`مكتب الجزيرة`,
/// `مكتب «الرياض»`, `مكتب المدينة`): the paper's office in the dateline's
/// place, which credits the paper (`القاهرة - مكتب الجزيرة - طارق محيي:`;
/// al-jazirah.com, alriyadh.com and al-madina.com in SaudiNewsNet).
fn bureau_of(part: &str) -> Option<&str> {
    let outlet = part.trim().strip_prefix("مكتب")?.trim_start();
    let outlet = outlet.trim_matches(['«', '»', '"', '“', '”']);
    (!outlet.is_empty() && outlet.len() < part.len()).then_some(outlet)
}

/// Whether `part` could be a person's name: two to four words of Arabic
/// letters, none a function word (`في`, `من`, `على` ...; a name spelled
/// like one, `محمد علي`, is none: [`Matcher::function_words`]).
fn is_name(part: &str, m: &mut Matcher) -> bool {
    let words = part.split_whitespace().count();
    (2..=AUTHOR_WORDS).contains(&words) && part.split_whitespace().all(is_name_word) && m.function_words(part) == 0
}

/// A word of a name: Arabic letters, with the tatweel and the vowel marks
/// a paper may set in it (`نـدى الشــهري`, `محمد رُضــا`; alriyadh.com and
/// aawsat.com in SaudiNewsNet). The tatweel is typographic elongation,
/// the marks are vowels: neither makes a word (Unicode's Arabic block).
fn is_name_word(word: &str) -> bool {
    word.chars().any(crate::fold::is_arabic_letter)
        && word.chars().all(|c| crate::fold::is_arabic_letter(c) || c == 'ـ' || crate::fold::is_diacritic(c))
}

/// A long name (up to [`LONG_NAME_WORDS`]): Arabic letters only, no
/// function word, and a particle that joins its parts (`ولد`, `بن`, `آل`:
/// [`lexicon::NAME_PARTICLES`]).
fn is_long_name(name: &str, m: &mut Matcher) -> bool {
    let words = name.split_whitespace().count();
    words <= LONG_NAME_WORDS
        && name.split_whitespace().any(|w| lexicon::NAME_PARTICLES.contains(&w))
        && name.split_whitespace().all(is_name_word)
        && m.function_words(name) == 0
}

/// A dateline with no separator: a place, a date and an agency in a run,
/// `الرياض 15 رمضان 1445هـ الموافق 25 مارس 2024م واس`, `جدة 3 مارس (واس)`.
/// The place and the date may each be missing, not both.
fn dateline_run<'a>(input: &'a str, text: &'a str, m: &mut Matcher) -> Option<Credit<'a>> {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    // A place glued to the day's number (`الرياض26 شوال 1436 هـ ... واس`,
    // as SPA's copy often prints it) is two words.
    if let Some(first) = words.first().copied() {
        let cut = first.char_indices().find(|&(i, c)| {
            c.is_numeric() && first[..i].chars().next_back().is_some_and(crate::fold::is_arabic_letter)
        });
        if let Some((i, _)) = cut {
            words.splice(0..1, [&first[..i], &first[i..]]);
        }
    }
    let span = |from: usize, to: usize| {
        let start = words[from].as_ptr() as usize - text.as_ptr() as usize;
        let last = words[to - 1];
        &text[start..last.as_ptr() as usize - text.as_ptr() as usize + last.len()]
    };
    let n = words.len();
    if n < 2 {
        return None;
    }
    // The longest agency at the end (most lines have none: ruled out
    // first), then the longest place at the start.
    let agency = (1..n.min(CREDIT_PART_WORDS + 1))
        .rev()
        .find(|&k| {
            let tail = span(n - k, n);
            let inner = tail.strip_prefix('(').and_then(|t| t.strip_suffix(')')).unwrap_or(tail);
            m.is_agency(inner)
        })
        .unwrap_or(0);
    if agency == 0 {
        return None;
    }
    let place = (1..=DATELINE_PLACE_WORDS.min(n - agency)).rev().find(|&k| m.is_place(span(0, k))).unwrap_or(0);
    let dated_from = |k: usize| k + agency < n && crate::date::is_stamp(span(k, n - agency));
    // Between a date and the agency closing the line, a place the
    // gazetteer lacks stands first (`السيح 25 شوال 1436هـ ... واس`,
    // `القدس المحتلة 25 شوال ...`: SPA's datelines).
    let unknown_place = || (1..=DATELINE_PLACE_WORDS).any(|k| !span(0, k).contains(char::is_numeric) && dated_from(k));
    let dated = dated_from(place) || unknown_place();
    if !dated && (place == 0 || place + agency < n) {
        return None;
    }
    let tail = span(n - agency, n);
    let inner = tail.strip_prefix('(').and_then(|t| t.strip_suffix(')')).unwrap_or(tail);
    Credit::source(split_names(input, inner, m))
}

/// What a credit line gives: its attribution, and where an unlabeled line
/// names a person beside the medium (`الوطن – محمد منار حميجو`), that
/// person's byline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Credit<'a> {
    pub(crate) main: Attribution<'a>,
    pub(crate) author: Option<Attribution<'a>>,
}

impl<'a> Credit<'a> {
    /// A credit of `kind` naming `name`, with no label: what a user's line
    /// rule makes of a line.
    pub(crate) fn unlabeled(kind: CreditKind, name: Piece<'a>) -> Credit<'a> {
        Credit { main: Attribution { kind, label: None, separator: Separator::None, names: vec![name] }, author: None }
    }

    /// An unlabeled source credit, if it names anything.
    fn source(names: Vec<Piece<'a>>) -> Option<Credit<'a>> {
        let main = Attribution { kind: CreditKind::Source, label: None, separator: Separator::None, names };
        (!main.names.is_empty()).then_some(Credit { main, author: None })
    }
}

/// What stands before a bracketed credit in a dateline: a place, maybe a
/// date (`القاهرة في 3 مارس 2021`), not a sentence such as a caption.
fn is_dateline_head(head: &str) -> bool {
    let shape = Shape::of(head);
    shape.words <= DATELINE_PLACE_WORDS || (shape.words <= DATELINE_DATE_WORDS && shape.number_words > 0)
}

/// Dash- or slash-separated parts of an unlabeled credit line: split at
/// `–`, `—`, `|`, at `-` or `/` with a space beside it (a slash with none
/// stands in dates, `5/3/2024`), at a colon with a space beside it
/// (`القاهرة: موقع ...`, `لندن :رويترز`; `07:30` is no cut), at a hyphen
/// between two Arabic letters (`عاطف دغلس-نابلس`; `F-15` is one word),
/// and at a tatweel with a space on each side, which Arabic print uses as
/// a dash (`بيروت ـ «القدس العربي»`; `1445هـ الموافق` is no cut).
fn split_parts(s: &str) -> impl Iterator<Item = &str> {
    let bytes = s.as_bytes();
    let (mut start, mut at) = (Some(0), 0);
    let pieces = std::iter::from_fn(move || {
        let from = start?;
        let marks = |b: &u8| matches!(b, b'|' | b'-' | b'/' | b':' | b'_' | 0xE2 | 0xD9);
        while let Some(i) = bytes[at..].iter().position(marks).map(|i| at + i) {
            let space_before = i > from && bytes[i - 1] == b' ';
            let space_after = bytes.get(i + 1) == Some(&b' ');
            let between_letters = || {
                s[..i].chars().next_back().is_some_and(crate::fold::is_arabic_letter)
                    && s[i + 1..].chars().next().is_some_and(crate::fold::is_arabic_letter)
            };
            // Where the separator stands: `- ` before ` -`, as if split
            // at one and then the other.
            let cut = match bytes[i] {
                b'|' => Some((i, i + 1)),
                b'-' | b'/' | b':' if space_after => Some((i, i + 2)),
                // A colon spaced before only (`الخرطوم :اخبار اليوم`, as
                // Sudanese papers in the Arabic Newspapers Corpus print it).
                b'-' | b'/' | b':' if space_before => Some((i - 1, i + 1)),
                // Between letters, a hyphen, a colon or a slash with no
                // spaces (`عاطف دغلس-نابلس`; `واشنطن:رويترز`, `أبها:الوطن`,
                // `حاوره:بدر الغانمي`: aleqtisadiya, alwatan, okaz in
                // SaudiNewsNet; `الخرطوم/راشد فيصل`, `المتوسط/عمر النجار:`:
                // klyoum.com, libyaakhbar.com), or an underscore
                // (`بوابة الهدف_وكالات`: hadfnews.ps; `قصر الثقافة_سناء
                // الباقر`, `جوويل مارون_فرانس24`: nabapress.net,
                // alnashraaldawlia.com).
                b'-' | b':' | b'/' | b'_' if between_letters() => Some((i, i + 1)),
                // `–` and `—` are E2 80 93 and E2 80 94.
                0xE2 if matches!(bytes[i + 1..], [0x80, 0x93 | 0x94, ..]) => Some((i, i + 3)),
                // A tatweel (D9 80) set apart as a dash, or a run of them:
                // `بيروت ـ «القدس العربي»`, `زيوريخ ــ رويترز:` (five papers of
                // SaudiNewsNet draw the dash as two or three).
                0xD9 if space_before && bytes[i + 1] == 0x80 => {
                    let run = bytes[i..].chunks(2).take_while(|c| *c == [0xD9, 0x80]).count();
                    (bytes.get(i + 2 * run) == Some(&b' ')).then_some((i, i + 2 * run))
                }
                _ => None,
            };
            at = i + 1;
            if let Some((end, next)) = cut {
                (start, at) = (Some(next), next);
                return Some(&s[from..end]);
            }
        }
        start = None;
        Some(&s[from..])
    });
    pieces
        .map(|p| p.trim_matches(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '-' | ':' | '/')))
        .filter(|p| !p.is_empty())
}

/// The names in `s`: split on `+ / ، ,` and a joining `و` ([`split_joined`]).
fn split_names<'a>(input: &'a str, s: &'a str, m: &mut Matcher) -> Vec<Piece<'a>> {
    let mut names = Vec::new();
    for part in s.split(is_name_separator) {
        for name in split_joined(part, m) {
            push_name(input, name, &mut names, m);
        }
    }
    names
}

/// `part` split where a joining `و` starts a name (annotation.md: `و` where
/// it joins two names): before an agency (`رويترز وأ ف ب`) or a person's
/// given name after a name of two words or more (`سوسن أبو حسين ومحمد
/// عبده`), not at the `و` a name opens with (`وليد`, `وكالة`).
fn split_joined<'b>(part: &'b str, m: &mut Matcher) -> Vec<&'b str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for at in part.match_indices(' ').map(|(i, _)| i + 1) {
        let rest = &part[at..];
        let Some(after) = rest.strip_prefix('و') else { continue };
        let agency = !after.is_empty() && m.is_agency(after) && !m.is_agency(rest);
        let person = || part[start..at].trim().contains(' ');
        if agency || (person() && opens_with_given_name(after, m) && !opens_with_given_name(rest, m)) {
            pieces.push(&part[start..at]);
            start = at + 'و'.len_utf8();
        }
    }
    pieces.push(&part[start..]);
    pieces
}

/// Pushes the name in `raw`; of `site - section`, only the site.
fn push_name<'a>(input: &'a str, raw: &'a str, names: &mut Vec<Piece<'a>>, m: &mut Matcher) {
    let all: Vec<&str> = split_parts(raw).collect();
    // A date after the name (`كتب: محمد علي - الأحد 5 مايو 2024`) is no name.
    let parts: Vec<&str> = all.iter().copied().filter(|p| !crate::date::is_stamp(p)).collect();
    if parts.len() < all.len() {
        parts.into_iter().for_each(|p| push_name(input, p, names, m));
        return;
    }
    if parts.len() > 1 {
        let media: Vec<&str> = parts.iter().copied().filter(|p| m.is_medium(p)).collect();
        if !media.is_empty() && media.len() < parts.len() {
            media.into_iter().for_each(|p| push_trimmed(input, p, names));
            return;
        }
    }
    push_trimmed(input, raw, names);
}

fn push_trimmed<'a>(input: &'a str, raw: &'a str, names: &mut Vec<Piece<'a>>) {
    // A tatweel set apart before the name is a dash (`بقلم: ـ بشير بن سالم
    // الريامي`); a star after it points to the author's note (`د. محمود
    // السيد داود *`): Omani and Egyptian papers in the Arabic Newspapers
    // Corpus.
    let name = trim_credit(raw).trim_end_matches(['.', ':', '-', '–', '*']).trim();
    let name = name.strip_prefix("ـ ").map_or(name, str::trim_start);
    if name.chars().any(crate::fold::is_word_char) {
        names.push(Piece::within(input, name));
    }
}

/// A credit line without its leading stars and bullets, and without the
/// brackets around a whole-line credit (`(المصدر : الجزيرة)`).
fn trim_credit(line: &str) -> &str {
    let t = line.trim_matches(|c: char| c.is_whitespace() || crate::fold::is_invisible(c));
    // Any bullet a list item opens with (`>` too, an HTML tag's tail:
    // `>أ ش أ`, 3yonnews.com), as the block's shape reads them.
    let t = t.trim_start_matches(|c: char| lexicon::is_list_bullet(c) || c == ' ' || c == '\u{a0}');
    match t.strip_prefix('(').and_then(|s| s.strip_suffix(')')) {
        Some(inner) if !inner.contains(['(', ')']) => inner.trim(),
        _ => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Vec<&str> {
        parse_attribution(line).unwrap().names.iter().map(|n| n.as_str()).collect()
    }

    #[test]
    fn labeled_sources() {
        assert_eq!(names("المصدر | الخليج الجديد + متابعات"), ["الخليج الجديد", "متابعات"]);
        assert_eq!(names("المصدر: الخليج الجديد"), ["الخليج الجديد"]);
        assert_eq!(names("المصدر - سبوتنيك"), ["سبوتنيك"]);
        assert_eq!(names("(المصدر : الجزيرة / وكالة الأناضول)"), ["الجزيرة", "وكالة الأناضول"]);
        let a = parse_attribution("*نقلاً عن الجزيرة السعودية").unwrap();
        assert_eq!(a.label().unwrap().as_str(), "نقلاً عن");
        assert_eq!(a.separator(), Separator::Space);
        assert_eq!(names("المصدر: رويترز وأ ف ب"), ["رويترز", "أ ف ب"]);
        assert_eq!(names("المصدر: وكالة الأناضول"), ["وكالة الأناضول"]);
        // A clause quotes a source, it names none.
        assert!(parse_attribution("مصدر: مشروع تقريب أسعار مشتقات النفط بين دول الخليج لن يتأثر").is_err());
        assert_eq!(names("بقلم شارلين بورتر | المحررة في موقع آي آي بي ديجيتال | 08 أيار/مايو 2012"), ["شارلين بورتر"]);
        // A place is no name; a paper named for its city is.
        assert!(parse_attribution("خاص سوريا").is_err());
        // Nor is a date.
        let dated = parse_attribution("المصدر:: يوم الأربعاء 09/05/2012 م - الموافق 18-6-1433 هـ الساعة 7:27 مساءً");
        assert_eq!(dated.map_err(|e| e.kind()), Err(ErrorKind::NoNames));
        assert_eq!(names("المصدر: الرياض"), ["الرياض"]);
    }

    #[test]
    fn a_site_by_its_domain() {
        // In the post's date slot (annotation.md, "Source attributions").
        assert_eq!(names("Le12.ma 22:34 - 28 ديسمبر 2023"), ["Le12.ma"]);
        // With no date, a domain is the site's branding.
        assert!(parse_attribution("Le12.ma - جريدة الكترونية مغربية").is_err());
        assert!(parse_attribution("22.30 - 28 ديسمبر 2023").is_err());
    }

    #[test]
    fn a_spaced_tatweel_is_a_dash() {
        assert_eq!(names("بيروت ـ «القدس العربي»:"), ["«القدس العربي»"]);
        assert_eq!(split_parts("الرياض 15 رمضان 1445هـ الموافق").count(), 1);
    }

    #[test]
    fn parts_apart_by_dashes_bars_and_spaced_slashes() {
        let parts = |s| split_parts(s).collect::<Vec<_>>();
        assert_eq!(parts("العرب تيفي - رويترز"), ["العرب تيفي", "رويترز"]);
        assert_eq!(parts("جدة – سويفت نيوز:"), ["جدة", "سويفت نيوز"]);
        assert_eq!(parts("أ -ب —ج| د / هـ"), ["أ", "ب", "ج", "د", "هـ"]);
        // A hyphen or slash inside a word or a date splits nothing.
        assert_eq!(parts("F-15 في 5/3/2024"), ["F-15 في 5/3/2024"]);
        assert_eq!(parts("لندن :رويترز"), ["لندن", "رويترز"]);
        assert_eq!(parts("الساعة 07:30"), ["الساعة 07:30"]);
        assert_eq!(parts("(وكالات) -- "), ["وكالات"]);
        assert_eq!(parts("“رويترز”"), ["“رويترز”"]);
    }

    #[test]
    fn lone_credits() {
        assert_eq!(names("(وكالات)"), ["وكالات"]);
        // Alone, an agency is all the line: a name it only starts is none
        // (`وفاء` folds to start with `وفا`).
        assert_eq!(names("وفا"), ["وفا"]);
        assert!(parse_attribution("وفاء الفتح للزميل غازي").is_err());
        // A medium in brackets, alone on its line.
        assert_eq!(names("(صحيفة “افكار”)"), ["صحيفة “افكار”"]);
        assert_eq!(names("(موقع الوطن)"), ["موقع الوطن"]);
        assert_eq!(names("العرب تيفي - رويترز"), ["العرب تيفي", "رويترز"]);
        // A report exclusive to the site that credits it; a place beside
        // the qualifier is no medium.
        assert_eq!(names("الوفاق/ خاص"), ["الوفاق"]);
        // Ali, spelled with ya, is a name, not the preposition `على`.
        assert_eq!(names("الأهرام - محمد علي"), ["الأهرام"]);
        assert!(parse_attribution("الأهرام - عاد على").is_err());
        assert_eq!(names("خاص - الوفاق"), ["الوفاق"]);
        assert!(parse_attribution("دمشق - خاص").is_err());
        assert_eq!(names("جدة – سويفت نيوز:"), ["سويفت نيوز"]);
        // The site's own dateline credits the site when it names no other.
        assert_eq!(names("سبق- الرياض:"), ["سبق"]);
        assert_eq!(names("سبق- وكالات:"), ["وكالات"]);
        assert_eq!(names("بيروت – (أ ف ب):"), ["أ ف ب"]);
        assert_eq!(names("القاهرة في 3 مارس 2021 (أ ش أ)"), ["أ ش أ"]);
        // An author and the dateline's place, no medium: a byline.
        assert_eq!(names("عاطف دغلس-نابلس"), ["عاطف دغلس"]);
        assert_eq!(names("أمل حسن – الطائف"), ["أمل حسن"]);
        assert_eq!(names("الرياض - محمد سالم"), ["محمد سالم"]);
        // A place of two words, shaped like a name, is still the place.
        assert_eq!(names("المدينة المنورة - صالح الحبيشي"), ["صالح الحبيشي"]);
        assert_eq!(names("خالد عبدالله - مكة المكرمة"), ["خالد عبدالله"]);
        assert_eq!(names("طلال عبدالله ـ جدة"), ["طلال عبدالله"]);
        // The photographer's credit after it is no author's.
        assert_eq!(names("سعد العنيني - جدة -تصوير - علي خمج"), ["سعد العنيني"]);
        // Beside a medium too, in brackets or not; a credit after the
        // bracket keeps the line whole.
        assert_eq!(names("المدينة - جدة - تصوير: منصور البلوي"), ["المدينة"]);
        assert_eq!(names("جدة : واس (إعداد : علي الشهري - تصوير : تركي البوق)"), ["واس"]);
        assert_eq!(names("عبدالحكيم شار، (تصوير: عبدالملك سرور)- سبق- عدن:"), ["سبق"]);
        // Several authors, apart by dashes or commas, and the place.
        assert_eq!(names("الزلفي – منصور الرميح ، حمود العمار"), ["منصور الرميح", "حمود العمار"]);
        // A place the gazetteer lacks, or the site, in one word beside a
        // name that opens with a given name; not the photographer's label.
        assert_eq!(names("أشيقر - عبدالله المقحم"), ["عبدالله المقحم"]);
        assert_eq!(names("المتوسط/عمر النجار:"), ["عمر النجار"]);
        assert!(parse_attribution("تصوير - محمد العصيلي").is_err());
        assert!(parse_attribution("حملة أمنية - استنفار أمني").is_err());
        // A slash between letters parts the line too.
        assert_eq!(names("الخرطوم/راشد فيصل"), ["راشد فيصل"]);
        assert_eq!(names("كوالالمبور- رويترز/د ب أ"), ["رويترز", "د ب أ"]);
        assert_eq!(names("بوابة الهدف_وكالات"), ["بوابة الهدف", "وكالات"]);
        assert_eq!(names("سليمان الزبيدي - ياسر النهدي - جدة"), ["سليمان الزبيدي", "ياسر النهدي"]);
        assert!(parse_attribution("جدة - مكة المكرمة - الطائف").is_err());
        // The dateline's place in brackets after the author or the medium.
        assert_eq!(names("أحمد مراد (القاهرة)"), ["أحمد مراد"]);
        assert_eq!(parse_attribution("أحمد مراد (القاهرة)").map(|a| a.kind()), Ok(CreditKind::Byline));
        assert_eq!(names("أ ف ب (برشلونة)"), ["أ ف ب"]);
        // `أونلاين` names a medium as `نيوز` does.
        assert_eq!(names("الخرطوم : العهد اونلاين"), ["العهد اونلاين"]);
        // A brand in Latin letters apart by a dash from a place or a medium.
        assert_eq!(names("بغداد - IQ"), ["IQ"]);
        assert_eq!(names("الوئام - sky"), ["الوئام", "sky"]);
        for line in
            ["الجسر الشمالي: NORTH BRIDGE", "إذاعة فرنسا الدولية / RFI", "Jamalouki.net 2025 - All Rights Reserved"]
        {
            assert!(parse_attribution(line).is_err(), "{line}");
        }
        // And `الإخبارية`: the site, no reporter.
        assert_eq!(parse_attribution("غزة - مصدر الإخبارية").map(|a| a.kind()), Ok(CreditKind::Source));
        // Any list bullet before it, an HTML tag's tail too.
        assert_eq!(names(">أ ش أ"), ["أ ش أ"]);
        assert_eq!(names("► المصدر: رويترز"), ["رويترز"]);
        assert_eq!(names("وكالات (دمشق)"), ["وكالات"]);
        assert_eq!(names("رويترز (لوس أنجليس)"), ["رويترز"]);
        assert!(parse_attribution("الكويت تضبط شبكة إرهابية تنتمي إلى تنظيم (داعش)").is_err());
        assert!(parse_attribution("افتتاح المعرض (القاهرة)").is_err());
        assert_eq!(parse_attribution("عاطف دغلس-نابلس").map(|a| a.kind()), Ok(CreditKind::Byline));
        // A name ending in `اليوم` is a medium's, no author's.
        assert_eq!(parse_attribution("غزة - المغرب اليوم").map(|a| a.kind()), Ok(CreditKind::Source));
        assert_eq!(names("غزة - المغرب اليوم"), ["المغرب اليوم"]);
        assert!(parse_attribution("القاهرة - في اليوم").is_err());
        // A place and a colon head a headline, unless a given name opens
        // what follows; a longer run is a headline.
        assert!(parse_attribution("مصر: حملة أمنية واسعة").is_err());
        assert!(parse_attribution("الرياض: حملة أمنية").is_err());
        assert_eq!(names("الطائف: نورة الثقفي"), ["نورة الثقفي"]);
        assert_eq!(names("بروكسل: عبد الله مصطفى"), ["عبد الله مصطفى"]);
        assert!(parse_attribution("الهند تنتهك وقف النار - كشمير").is_err());
        // A city that a paper is named for: beside an agency, the dateline's
        // place; beside a place, the paper.
        assert_eq!(names("الرياض: واس"), ["واس"]);
        assert_eq!(names("عين اليوم - الرياض"), ["عين اليوم"]);
        assert_eq!(names("المدينة - جدة"), ["المدينة"]);
        // A speaker's words after a colon are no credit.
        assert!(parse_attribution("«طب العيون»: ارتفاع إصابات الألعاب النارية").is_err());
        assert!(parse_attribution("إدارة النور: «سنحاسب المخطئ أيا كان»").is_err());
        assert_eq!(names("بيروت: «القدس العربي»"), ["«القدس العربي»"]);
        assert_eq!(names("الوطن: محمد سالم"), ["الوطن"]);
        assert_eq!(names("لوس أنجليس: «الشرق الأوسط»"), ["«الشرق الأوسط»"]);
        // A medium's post slot: its name and the post's date or time.
        assert_eq!(names("الشروق منذ ساعتين"), ["الشروق"]);
        assert_eq!(names("اليوم السابع 22:34 - 28 ديسمبر 2023"), ["اليوم السابع"]);
        assert!(parse_attribution("القاهرة 28 ديسمبر 2023").is_err());
        assert!(parse_attribution("وزارة الصحة منذ ساعتين").is_err());
        // A dateline run: no separator between place, date and agency.
        assert_eq!(names("الرياض 25 مارس 2024 واس"), ["واس"]);
        assert_eq!(names("الكويت 3 يناير 2024 كونا"), ["كونا"]);
        assert_eq!(names("الرياض26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس"), ["واس"]);
        assert_eq!(names("السيح 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس"), ["واس"]);
        assert!(parse_attribution("السيح الجميل الرائع 25 شوال 1436هـ واس").is_err());
        assert!(parse_attribution("الأطفال الأسرى يتعرضون للتعذيب (الجزيرة نت)").is_err());
        assert!(parse_attribution("موسكو تدعم باماكو").is_err());
        assert!(parse_attribution("المصدر رفض الكشف عن اسمه").is_err());
    }

    #[test]
    fn paragraph_datelines() {
        let lead = |p: &'static str| {
            lead_credit(p, p, &mut Matcher::default()).map(|a| a.names.iter().map(|n| n.as_str()).collect::<Vec<_>>())
        };
        assert_eq!(lead("بيروت - «القدس العربي»: قال الوزير إن الاتفاق قريب."), Some(vec!["«القدس العربي»"]));
        assert_eq!(lead("دبي، الإمارات العربية المتحدة (CNN)-- أكد مصدر مطلع أن"), Some(vec!["CNN"]));
        assert_eq!(lead("سبق- وكالات: أودت صاعقة بحياة سبعة أشخاص"), Some(vec!["وكالات"]));
        assert_eq!(lead("قال الوزير: إن الاتفاق قريب"), None);
        assert_eq!(lead("أعلنت الوزارة اليوم أن الامتحانات ستبدأ الأسبوع المقبل."), None);
    }

    #[test]
    fn a_joining_wa_splits_two_authors() {
        let names = |line: &str| {
            parse_attribution(line).map(|a| a.names().iter().map(|n| n.as_str().to_owned()).collect::<Vec<_>>())
        };
        let two = |a: &str, b: &str| Ok(vec![a.to_owned(), b.to_owned()]);
        assert_eq!(names("كتب: سوسن أبو حسين ومحمد عبده"), two("سوسن أبو حسين", "محمد عبده"));
        assert_eq!(names("الرياض: ناصر الحقباني وفيصل ألماس"), two("ناصر الحقباني", "فيصل ألماس"));
        assert_eq!(names("ماجد هود ومحمد المرحبي ـ جدة"), two("ماجد هود", "محمد المرحبي"));
        // A name that opens with `و` is one name; a one-word name before
        // `و` joins nothing.
        assert_eq!(names("كتب: أحمد وليد").map(|n| n.len()), Ok(1));
        assert_eq!(names("كتب: محمد علي ووليد حسن"), two("محمد علي", "وليد حسن"));
    }

    #[test]
    fn names_with_tatweel_and_vowel_marks() {
        let mut m = Matcher::default();
        assert!(is_name("نـدى الشــهري", &mut m));
        assert!(is_name("محمد رُضــا", &mut m));
        assert!(is_name("علي قصّاب", &mut m));
        // A run of tatweel is a dash, no word of a name.
        assert!(!is_name("ـــ رويترز", &mut m));
    }

    /// The names `parse_attribution` reads on `line`, if it reads a credit.
    fn credit_names(line: &str) -> Option<Vec<String>> {
        parse_attribution(line).ok().map(|a| a.names().iter().map(|n| n.as_str().to_owned()).collect())
    }

    /// The first name `parse_attribution` reads on `line`.
    fn first_name(line: &str) -> Option<String> {
        credit_names(line)?.into_iter().next()
    }

    #[test]
    fn several_capitals_are_a_datelines_place() {
        assert_eq!(first_name("وكالات - عواصم").as_deref(), Some("وكالات"));
        assert_eq!(first_name("أ ف ب - د ب أ - عواصم").as_deref(), Some("أ ف ب"));
    }

    #[test]
    fn a_colon_unspaced_and_a_run_of_tatweel_part_a_credit() {
        assert_eq!(first_name("واشنطن:رويترز").as_deref(), Some("رويترز"));
        assert_eq!(first_name("زيوريخ ــ رويترز:").as_deref(), Some("رويترز"));
        assert_eq!(first_name("جازان ــ علي المدخلي").as_deref(), Some("علي المدخلي"));
        // A tatweel inside a word is no dash.
        assert_eq!(first_name("نـدى الشــهري"), None);
    }

    #[test]
    fn a_part_lists_several_credits() {
        assert_eq!(credit_names("نيقوسيا، بيروت - أ ف ب، رويترز"), Some(vec!["أ ف ب".to_owned(), "رويترز".to_owned()]));
        assert_eq!(credit_names("عدن، صنعاء: محمد عبدالعظيم، الوكالات"), Some(vec!["الوكالات".to_owned()]));
        // A weekday and its date stay one part (`Tuesday, 11 August 2015`).
        assert_eq!(
            credit_names("لندن - الرياضية | Tuesday, 11 August 2015 - 15:46 pm"),
            Some(vec!["الرياضية".to_owned()])
        );
    }

    #[test]
    fn an_agency_then_a_place_the_gazetteer_lacks() {
        assert_eq!(first_name("رويترز - تكساس").as_deref(), Some("رويترز"));
        assert_eq!(first_name("واس - السيح").as_deref(), Some("واس"));
        // A part with a function word is no place.
        assert_eq!(first_name("واس - في الرياض"), None);
    }

    #[test]
    fn a_bureau_credits_its_paper() {
        let source = |line: &str| {
            parse_attribution(line)
                .ok()
                .filter(|a| a.kind() == CreditKind::Source)
                .map(|a| a.names()[0].as_str().to_owned())
        };
        assert_eq!(source("القاهرة - مكتب الجزيرة - طارق محيي:").as_deref(), Some("الجزيرة"));
        assert_eq!(source("دبي - مكتب «الرياض»").as_deref(), Some("الرياض"));
        assert_eq!(source("مكتب المدينة - المدينة").as_deref(), Some("المدينة"));
        // An office that is no paper's is no bureau.
        assert_eq!(source("القاهرة - مكتب النائب العام - طارق محيي:"), None);
    }

    #[test]
    fn names_under_a_label_standing_alone() {
        let names = |label: &str, line: &str| {
            let input = format!("{label}\n{line}");
            let (label, line) = input.split_once('\n').unwrap();
            parse_under_label(&input, label, line, &mut Matcher::default())
                .map(|c| (c.main.kind, c.main.names.iter().map(|n| n.as_str().to_owned()).collect::<Vec<_>>()))
        };
        assert_eq!(names("المصدر:", "* (أبوظبي - البيان)"), Some((CreditKind::Source, vec!["البيان".to_owned()])));
        assert_eq!(names("بقلم/", "نجيب القرن"), Some((CreditKind::Byline, vec!["نجيب القرن".to_owned()])));
        // A label word with no separator may be a menu's (`كتب`, books);
        // a label with names on its line is no label alone; prose is no
        // name.
        assert_eq!(names("كتب", "لقاء"), None);
        assert_eq!(names("كتب: محمد علي", "حسن سمير"), None);
        assert_eq!(names("المصدر:", "قال الوزير في مؤتمر صحفي عقده اليوم في العاصمة إن الخطة جاهزة"), None);
    }

    #[test]
    fn bylines() {
        let a = parse_attribution("كتب: محمد علي").unwrap();
        assert_eq!(a.kind(), CreditKind::Byline);
        assert_eq!(a.names()[0].as_str(), "محمد علي");
        // A long name that a particle joins is a name; a long run is a headline.
        assert_eq!(names("بقلم: أحمد سالم ولد الشيخ محمد الأمين"), ["أحمد سالم ولد الشيخ محمد الأمين"]);
        // Honorifics are no part of the name's length.
        assert_eq!(names("بقلم: أ. د. أمين عبداللطيف المليجي"), ["أ. د. أمين عبداللطيف المليجي"]);
        assert_eq!(names("بقلم: د. نادية محمد السعيد الدمياطي"), ["د. نادية محمد السعيد الدمياطي"]);
        assert_eq!(names("بقلم: ـ بشير بن سالم الريامي"), ["بشير بن سالم الريامي"]);
        assert_eq!(names("بقلم: د. محمود السيد داود *"), ["د. محمود السيد داود"]);
        assert_eq!(names("جدة: د. عبد الحفيظ خوجة"), ["د. عبد الحفيظ خوجة"]);
        assert!(parse_attribution("تقرير: الحكومة تعلن خطة جديدة للأسر الفقيرة").is_err());
        // A bare name: a given name of the list opens it.
        let mut m = Matcher::default();
        let byline = |t: &'static str, m: &mut Matcher| name_byline(t, t, m).map(|c| c.main.names[0].as_str());
        assert_eq!(byline("فهد عامر الأحمدي", &mut m), Some("فهد عامر الأحمدي"));
        assert_eq!(byline("عبد الرحمن إبراهيم الموزان", &mut m), Some("عبد الرحمن إبراهيم الموزان"));
        assert_eq!(byline("استنفار أمني", &mut m), None);
        // Under a headline, a place and a colon before a name it lacks.
        let placed = |t: &'static str, m: &mut Matcher| placed_byline(t, t, m).map(|c| c.main.names[0].as_str());
        assert_eq!(placed("أربيل: دلشاد عبد الله", &mut m), Some("دلشاد عبد الله"));
        assert_eq!(placed("لندن: جوسلين إيليا", &mut m), Some("جوسلين إيليا"));
        assert_eq!(placed("لندن: الخطة الجديدة في البرلمان", &mut m), None);
        assert_eq!(placed("حملة أمنية: جوسلين إيليا", &mut m), None);
        assert_eq!(placed("عادل الماس (جدة)", &mut m), Some("عادل الماس"));
        // A medium's name alone, its lead mark no part of it; not a
        // name shaped as one by `اليوم` only, nor a deck with a media word.
        let medium = |t: &'static str, m: &mut Matcher| medium_line(t, t, m).map(|c| c.main.names[0].as_str());
        assert_eq!(medium("طنجة نيوز", &mut m), Some("طنجة نيوز"));
        assert_eq!(medium("سوداني نت:", &mut m), Some("سوداني نت"));
        assert_eq!(medium("النجاح الإخباري -", &mut m), Some("النجاح الإخباري"));
        assert_eq!(medium("حديث اليوم", &mut m), None);
        assert_eq!(medium("أخبار الوطن العربي", &mut m), None);
        assert_eq!(medium("وكالة ناسا تطلق مسبارا", &mut m), None);
        // A name closed by a dash or a slash over the body: a medium's
        // with the article or of one word, else a person's; a desk or a
        // place before it is none. Not a deck, a given name alone, a
        // desk alone, or a line with no closing mark.
        let lead = |t: &'static str, m: &mut Matcher| {
            lead_name(t, t, m).map(|c| (c.main.kind, c.main.names.iter().map(|n| n.as_str()).collect::<Vec<_>>()))
        };
        assert_eq!(lead("الصباح الجديد -", &mut m), Some((CreditKind::Source, vec!["الصباح الجديد"])));
        assert_eq!(lead("شفق/", &mut m), Some((CreditKind::Source, vec!["شفق"])));
        assert_eq!(lead("سامر دعيبس –", &mut m), Some((CreditKind::Byline, vec!["سامر دعيبس"])));
        assert_eq!(lead("محليات – الميثاق –", &mut m), Some((CreditKind::Source, vec!["الميثاق"])));
        assert_eq!(lead("عمان - غدير السعدي -", &mut m), Some((CreditKind::Byline, vec!["غدير السعدي"])));
        for line in
            ["أقرت الحكومة خطة التقشف -", "في مواجهة الأزمة -", "محمد -", "محليات -", "الصباح الجديد", "+ الخط -"]
        {
            assert_eq!(lead(line, &mut m), None, "{line}");
        }
        // A signature of initials; not a word, a number or a name alone.
        let initials = |t: &'static str, m: &mut Matcher| initials_byline(t, t, m).map(|c| c.main.names[0].as_str());
        assert_eq!(initials("ح/م", &mut m), Some("ح/م"));
        assert_eq!(initials("م. أ", &mut m), Some("م. أ"));
        assert_eq!(initials("محمد.ك", &mut m), Some("محمد.ك"));
        for line in ["انتهى.", "ص.ب 2167", "محمد علي", "1.5", "حملة.ك"] {
            assert_eq!(initials(line, &mut m), None, "{line}");
        }
        // The dash its dateline would follow is no part of the name.
        assert_eq!(byline("مها محمد -", &mut m), Some("مها محمد"));
        assert_eq!(byline("استنفار أمني -", &mut m), None);
        // A masthead's line, not a headline about an editor.
        for line in ["رئيس التحريرعلى الحوفي", "مصر 2030رئيس مجلسي الإدارة والتحرير أحمد عامر", "رئيس التحرير المسؤول"]
        {
            assert!(is_masthead(line, &mut m), "{line}");
        }
        assert!(is_masthead("موسى الفرعي – الرئيس التنفيذي – رئيس التحرير", &mut m));
        assert!(is_masthead("رئيس مجلسى الإدارة والتحرير", &mut m));
        assert!(is_masthead("رئيس التحرير أحمد عامر", &mut m));
        for headline in ["استقالة رئيس التحرير", "رئيس التحرير يكتب عن الأزمة", "رئيس التحرير يستقيل"]
        {
            assert!(!is_masthead(headline, &mut m), "{headline}");
        }
        // An honorific, and a name a particle may make long.
        let honorific = |t: &'static str, m: &mut Matcher| honorific_byline(t, t, m).is_some();
        assert!(honorific("د. عدنان بن عبد الله الشيحة", &mut m));
        assert!(honorific("الدكتور جيفري غدمن", &mut m));
        assert!(honorific("أ. د. أمين عبداللطيف المليجي", &mut m));
        assert!(!honorific("الدكتور يفتتح المعرض في الرياض اليوم", &mut m));
        assert_eq!(byline("محمد في المستشفى", &mut m), None);
        let s = parse_attribution("متابعة/ سكاي برس:").unwrap();
        assert_eq!(s.kind(), CreditKind::Source);
        assert_eq!(s.separator(), Separator::Slash);
    }

    #[test]
    fn a_place_and_one_word_no_list_reads() {
        assert_eq!(names("الخرطوم: السوداني"), ["السوداني"]);
        assert_eq!(names("بغداد-الصباح"), ["الصباح"]);
        assert_eq!(names("الصباح - بغداد"), ["الصباح"]);
        // A brand's number of a digit or two; a year is none.
        assert_eq!(names("الخرطوم :المنبر 24"), ["المنبر 24"]);
        assert_eq!(names("المغرب 7 – الرباط"), ["المغرب 7"]);
        assert!(parse_attribution("القاهرة - عام 2023").is_err());
        // A desk, a qualifier, a label and its value, two words: none.
        for line in ["دبي - فن", "بغداد - خاص", "بطاقة: ليبيا", "الرياض: حملة أمنية"]
        {
            assert!(parse_attribution(line).is_err(), "{line}");
        }
    }

    #[test]
    fn dates_are_no_names() {
        assert_eq!(names("كتب: محمد علي - الأحد 5 مايو 2024"), ["محمد علي"]);
        assert_eq!(names("المصدر: رويترز - 10:45"), ["رويترز"]);
        // With no separator before the date either.
        assert_eq!(names("تحرير:محمد الشاملي ٠٤ مايو ٢٠١٩ - ٠٦:٠٦ م"), ["محمد الشاملي"]);
        assert_eq!(names("كتب: سامر خليل 3 يونيو 2024"), ["سامر خليل"]);
    }

    #[test]
    fn errors() {
        assert_eq!(parse_attribution("").unwrap_err().kind(), ErrorKind::Empty);
        assert_eq!(parse_attribution("المصدر:").unwrap_err().kind(), ErrorKind::NoNames);
        let long = "المصدر ".to_owned() + &"كلمة ".repeat(20);
        assert_eq!(parse_attribution(&long).unwrap_err().kind(), ErrorKind::TooLong);
        assert_eq!(parse_attribution("قال الرئيس").unwrap_err().kind(), ErrorKind::NotAttribution);
    }

    #[test]
    fn spans_point_into_the_line() {
        let line = "المصدر | الخليج الجديد + متابعات";
        let a = parse_attribution(line).unwrap();
        for n in a.names() {
            assert_eq!(n.span().slice(line), n.as_str());
        }
    }

    /// Parts a credit line is made of: agencies (plain, with the article,
    /// dotted, in brackets), outlets, media words, places, dates, names,
    /// quoted names and words that are none of these.
    fn credit_line() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let part = prop::sample::select(vec![
            "رويترز",
            "الأسوشيتد برس",
            "أ.ف.ب",
            "(أ ش أ)",
            "واس",
            "وكالات",
            "سكاي نيوز",
            "العرب تيفي",
            "موقع",
            "القاهرة",
            "دبي، الإمارات",
            "15 رمضان 1445هـ",
            "الأحد 5 مايو 2024",
            "10:45",
            "محمد منار حميجو",
            "«الوطن»",
            "خاص",
            "الرئيسية",
            "وزير الخارجية يلتقي نظيره",
            "سبق",
            "نابلس",
        ]);
        let sep = prop::sample::select(vec![" ", " - ", " – ", " | ", "/ ", ": ", "-", " + "]);
        (prop::collection::vec((part, sep), 1..5), prop::sample::select(vec!["", ":", ")"])).prop_map(|(parts, end)| {
            let mut line: String = parts.iter().map(|(p, s)| format!("{p}{s}")).collect();
            line.truncate(line.trim_end_matches([' ', '-', '–', '|', '/', ':', '+']).len());
            line + end
        })
    }

    proptest::proptest! {
        /// The prefilter rules out only lines the grammar reads as no credit
        /// (a byline with its dateline names no medium).
        #[test]
        fn a_line_naming_no_medium_is_no_credit(line in credit_line(), lead: bool) {
            let mut m = Matcher::default();
            let words = Shape::of(&line).words;
            let unlabeled = Unlabeled { input: &line, text: &line, words, lead, bracketed: false };
            if !m.may_name_medium(&line) {
                proptest::prop_assert!(read_lone_credit(unlabeled, &mut m).is_none());
            }
            // Beside the grammar, the prefilter's caller reads only an
            // author's byline with its dateline, or a place and one word.
            let read = read_lone_credit(unlabeled, &mut m).is_some()
                || dateline_byline(unlabeled, &mut m).is_some()
                || bare_dateline(unlabeled, &mut m).is_some();
            proptest::prop_assert_eq!(lone_credit(unlabeled, &mut m).is_some(), read);
        }
    }
}
