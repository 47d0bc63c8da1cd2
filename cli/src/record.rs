//! One record of a JSON-lines shard: read with its fields left as written,
//! parsed, and written back in the output mode asked for.

use std::fmt;

use clap::ValueEnum;
use khabar::{Page, Role};
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::sites::Parsers;

/// What each output line holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// Every input field, and `khabar` (the page's structure, each string
    /// with its byte span in the text) and `clean_text` (titles and
    /// paragraphs, one per line).
    #[default]
    Full,
    /// Every input field, the text field holding the clean text in place of
    /// the page: a cleaned shard with the input's schema.
    CleanText,
    /// Every input field but the text, and `khabar`: the structure alone,
    /// its spans pointing into the input shard's text.
    Structure,
}

/// Fields the output adds; input fields of the same name are replaced.
const ADDED: [&str; 2] = ["khabar", "clean_text"];

/// Why a record did not come back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Bytes that are not UTF-8 in a UTF-8 input.
    NotUtf8,
    /// Not JSON at all.
    NotJson,
    /// JSON, but not an object.
    NotObject,
    /// No text field, or one that is not a string.
    NoTextField,
    /// The last record before a read fault, cut short by it.
    CutOff,
}

impl Reason {
    /// Every reason, in the order of the summary.
    pub const ALL: [Reason; 5] =
        [Reason::NotUtf8, Reason::NotJson, Reason::NotObject, Reason::NoTextField, Reason::CutOff];
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Reason::NotUtf8 => "not UTF-8",
            Reason::NotJson => "not JSON",
            Reason::NotObject => "not a JSON object",
            Reason::NoTextField => "no text field",
            Reason::CutOff => "cut off by a read fault",
        })
    }
}

/// A record that did not come back: the reason, and the detail for its
/// message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skip {
    pub reason: Reason,
    pub detail: String,
}

/// What a written record's page had, for the summary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// Which roles the page's blocks had, in the order of [`Role::ALL`].
    pub roles: [bool; Role::ALL.len()],
    pub text_bytes: u64,
    pub text_chars: u64,
    pub clean_bytes: u64,
    pub clean_chars: u64,
    /// The record's host, with `--by-site`.
    pub host: Option<String>,
}

/// The result of one input line.
#[derive(Debug)]
pub enum Outcome {
    /// The output line, without its newline.
    Written(Vec<u8>, Facts),
    /// A blank line: no record.
    Blank,
    Skipped(Skip),
}

/// Reads one line (without its newline) and builds its output line, the
/// page parsed with the parser `parsers` picks for the record.
pub fn clean(parsers: &Parsers, line: &[u8], field: &str, mode: Mode) -> Outcome {
    let (record, text) = match read(line, field) {
        Ok(read) => read,
        Err(outcome) => return outcome,
    };
    let (parser, host) = parsers.pick(&record);
    let page = parser.parse(&text);
    let clean_text = page.clean_text();
    let mut facts = Facts {
        text_bytes: text.len() as u64,
        text_chars: text.chars().count() as u64,
        clean_bytes: clean_text.len() as u64,
        clean_chars: clean_text.chars().count() as u64,
        host,
        ..Facts::default()
    };
    for block in page.blocks() {
        if let Some(k) = Role::ALL.iter().position(|r| *r == block.role()) {
            facts.roles[k] = true;
        }
    }
    let out = Output { record: &record, field, mode, page: &page, clean_text: &clean_text };
    let line = serde_json::to_vec(&out).expect("a record of strings and spans serializes");
    Outcome::Written(line, facts)
}

/// Reads one line (without its newline) as a record: its fields as
/// written, and its text field's string. A line that is no such record
/// comes back as its outcome, blank or skipped.
pub fn read<'a>(line: &'a [u8], field: &str) -> Result<(Record<'a>, String), Outcome> {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.iter().all(u8::is_ascii_whitespace) {
        return Err(Outcome::Blank);
    }
    let line = match std::str::from_utf8(line) {
        Ok(line) => line,
        Err(e) => return Err(skip(Reason::NotUtf8, format!("invalid byte at column {}", e.valid_up_to() + 1))),
    };
    let record: Record<'_> = match serde_json::from_str(line) {
        Ok(record) => record,
        Err(e) if e.is_data() => return Err(skip(Reason::NotObject, String::new())),
        Err(e) => return Err(skip(Reason::NotJson, e.to_string())),
    };
    let Some(raw) = record.field(field) else {
        return Err(skip(Reason::NoTextField, format!("no field {field:?}")));
    };
    let Some(text) = string(raw) else {
        return Err(skip(Reason::NoTextField, format!("field {field:?} is not a string")));
    };
    Ok((record, text))
}

/// A JSON value's string, if it is one.
pub fn string(raw: &RawValue) -> Option<String> {
    serde_json::from_str(raw.get()).ok()
}

fn skip(reason: Reason, detail: String) -> Outcome {
    Outcome::Skipped(Skip { reason, detail })
}

/// A JSON object with its values as written, in the order written.
pub struct Record<'a> {
    fields: Vec<(String, &'a RawValue)>,
}

impl<'a> Record<'a> {
    /// The value of the field `name` as written; of its last copy, if the
    /// object repeats it (as JSON readers do).
    pub fn field(&self, name: &str) -> Option<&'a RawValue> {
        self.fields.iter().rev().find(|(k, _)| k == name).map(|(_, v)| *v)
    }
}

impl<'de> Deserialize<'de> for Record<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = Record<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record<'de>, A::Error> {
                let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(4));
                while let Some(entry) = map.next_entry()? {
                    fields.push(entry);
                }
                Ok(Record { fields })
            }
        }
        deserializer.deserialize_map(Fields)
    }
}

/// The output line of a record, as its mode says.
struct Output<'r> {
    record: &'r Record<'r>,
    field: &'r str,
    mode: Mode,
    page: &'r Page<'r>,
    clean_text: &'r str,
}

impl Serialize for Output<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (key, value) in &self.record.fields {
            if key == self.field {
                match self.mode {
                    Mode::Full => map.serialize_entry(key, value)?,
                    Mode::CleanText => map.serialize_entry(key, self.clean_text)?,
                    Mode::Structure => {}
                }
            } else if self.mode == Mode::CleanText || !ADDED.contains(&key.as_str()) {
                map.serialize_entry(key, value)?;
            }
        }
        if self.mode != Mode::CleanText {
            map.serialize_entry("khabar", self.page)?;
        }
        if self.mode == Mode::Full {
            map.serialize_entry("clean_text", self.clean_text)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record cleaned with the plain parser.
    fn clean(line: &[u8], field: &str, mode: Mode) -> Outcome {
        super::clean(&Parsers::plain(khabar::Parser::default()), line, field, mode)
    }

    const TEXT: &str =
        "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية في كل الملفات.\\nجميع الحقوق محفوظة";

    /// The output line as a value, its keys in order, and the facts.
    fn written(outcome: Outcome) -> (serde_json::Value, Vec<String>, Facts) {
        let Outcome::Written(line, facts) = outcome else { panic!("not written: {outcome:?}") };
        let line = String::from_utf8(line).unwrap();
        let keys = serde_json::from_str::<Record<'_>>(&line).unwrap().fields.into_iter().map(|(k, _)| k).collect();
        (serde_json::from_str(&line).unwrap(), keys, facts)
    }

    #[test]
    fn each_mode_keeps_the_fields_as_written() {
        let line = format!(r#"{{"id": 1.50, "text": "{TEXT}", "meta": {{"b": 2, "a": 1}}}}"#);
        let (full, keys, facts) = written(clean(line.as_bytes(), "text", Mode::Full));
        assert_eq!(keys, ["id", "text", "meta", "khabar", "clean_text"]);
        assert_eq!(
            full["clean_text"],
            "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية في كل الملفات.\n"
        );
        assert_eq!(facts.text_chars, 98);
        assert_eq!(facts.clean_chars, 80, "the first line and its newline");
        assert!(facts.roles[Role::ALL.iter().position(|r| *r == Role::Boilerplate).unwrap()]);
        let Outcome::Written(raw, _) = clean(line.as_bytes(), "text", Mode::Full) else { unreachable!() };
        let raw = String::from_utf8(raw).unwrap();
        assert!(raw.starts_with(r#"{"id":1.50,"#), "numbers stay as written: {raw}");
        assert!(raw.contains(r#""meta":{"b": 2, "a": 1}"#), "objects too: {raw}");

        let (clean_text, keys, _) = written(clean(line.as_bytes(), "text", Mode::CleanText));
        assert_eq!(keys, ["id", "text", "meta"]);
        assert_eq!(clean_text["text"], full["clean_text"]);

        let (structure, keys, _) = written(clean(line.as_bytes(), "text", Mode::Structure));
        assert_eq!(keys, ["id", "meta", "khabar"]);
        assert_eq!(structure["khabar"], full["khabar"]);
    }

    #[test]
    fn a_second_run_replaces_what_the_first_added() {
        let line = format!(r#"{{"text": "{TEXT}", "khabar": null, "clean_text": "old"}}"#);
        let (full, keys, _) = written(clean(line.as_bytes(), "text", Mode::Full));
        assert_eq!(keys, ["text", "khabar", "clean_text"]);
        assert_ne!(full["clean_text"], "old");
    }

    #[test]
    fn each_reason() {
        let reason = |line: &[u8], field| match clean(line, field, Mode::Full) {
            Outcome::Skipped(skip) => Some(skip.reason),
            _ => None,
        };
        assert_eq!(reason(b"{\"text\": \"\xff\"}", "text"), Some(Reason::NotUtf8));
        assert_eq!(reason(b"{\"text\": \"cut", "text"), Some(Reason::NotJson));
        assert_eq!(reason(b"[\"text\"]", "text"), Some(Reason::NotObject));
        assert_eq!(reason(b"\"text\"", "text"), Some(Reason::NotObject));
        assert_eq!(reason(b"{\"text\": \"x\"}", "content"), Some(Reason::NoTextField));
        assert_eq!(reason(b"{\"text\": 7}", "text"), Some(Reason::NoTextField));
        assert_eq!(reason(b"{\"text\": \"\"}\r", "text"), None);
        assert!(matches!(clean(b" \r", "text", Mode::Full), Outcome::Blank));
    }
}
