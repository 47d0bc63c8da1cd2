//! Data-driven cases: each JSON file in `tests/cases/` holds pages written
//! for khabar, each with the structure its parse must have. Add a case by
//! adding an object `{"name", "text", "articles", "related"}`; fields left
//! out of an article are expected empty (`title`: null).
//!
//! A case may carry `"rules"`, a rules file (`khabar::Rules`): its page is
//! parsed with the parser those rules make; and `"site_pages"`, other pages
//! of its site: its page is parsed with the profile learned from them.
//!
//! A case can also pin blocks: `"blocks": [{"text", "role", "rule"}]`
//! names a block by its text (the first block with that text, or the
//! `"nth"` from 0; `""` for a blank line) and the role and rule it must
//! get. Every rule of
//! [`khabar::Rule`] must be pinned by some case: a rule with no case fails
//! the suite.

use std::collections::HashSet;
use std::path::Path;

use khabar::{Role, Rule};
use serde_json::{Value, json};

/// The eval view of a page with strings only, as the cases write it.
fn view(page: &khabar::Page<'_>) -> Value {
    let text = |p: &khabar::Piece<'_>| json!(p.as_str());
    let texts = |ps: &[khabar::Piece<'_>]| ps.iter().map(text).collect::<Vec<_>>();
    let blocks = |bs: &[khabar::HeadlineBlock<'_>]| {
        bs.iter()
            .map(|b| json!({"heading": b.heading().map(|h| h.as_str()), "items": texts(b.items())}))
            .collect::<Vec<_>>()
    };
    let credits = |cs: &[khabar::Attribution<'_>]| {
        cs.iter()
            .map(|c| json!({"label": c.label().map(|l| l.as_str()), "names": texts(c.names())}))
            .collect::<Vec<_>>()
    };
    let articles: Vec<Value> = page
        .articles()
        .iter()
        .map(|a| {
            json!({
                "title": a.title().map(|t| t.as_str()),
                "paragraphs": a.paragraphs().iter().map(|p| p.as_str()).collect::<Vec<_>>(),
                "read_also": blocks(a.read_also()),
                "sources": credits(a.sources()),
                "bylines": credits(a.bylines()),
                "tags": texts(a.tags()),
            })
        })
        .collect();
    json!({"articles": articles, "related": blocks(page.related())})
}

/// The expected view with every field an article leaves out filled in.
fn expected(case: &Value) -> Value {
    let articles: Vec<Value> = case["articles"]
        .as_array()
        .expect("a case lists its articles")
        .iter()
        .map(|a| {
            let mut full =
                json!({"title": null, "paragraphs": [], "read_also": [], "sources": [], "bylines": [], "tags": []});
            for (k, v) in a.as_object().expect("an article is an object") {
                full[k] = v.clone();
            }
            full
        })
        .collect();
    json!({"articles": articles, "related": case.get("related").cloned().unwrap_or(json!([]))})
}

/// Checks the blocks a case pins; returns what differs, and records the
/// rules pinned. A pin names its block by text, and by `nth` (counted
/// from 0) when the page holds that text more than once.
fn pinned(page: &khabar::Page<'_>, case: &Value, rules: &mut HashSet<Rule>) -> Vec<String> {
    let mut wrong = Vec::new();
    for pin in case["blocks"].as_array().into_iter().flatten() {
        let text = pin["text"].as_str().expect("a pin names its block's text");
        let role: Role = pin["role"].as_str().expect("a pin has a role").parse().unwrap();
        let rule: Rule = pin["rule"].as_str().expect("a pin has a rule").parse().unwrap();
        let nth = pin.get("nth").and_then(Value::as_u64).unwrap_or(0) as usize;
        rules.insert(rule);
        match page.blocks().filter(|b| b.as_str() == text).nth(nth) {
            Some(b) if (b.role(), b.rule()) == (role, rule) => {}
            Some(b) => wrong.push(format!("block {text:?}: want {role} by {rule}, got {} by {}", b.role(), b.rule())),
            None => wrong.push(format!("no block {text:?}")),
        }
    }
    wrong
}

fn case_files() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.retain(|f| f.extension().is_some_and(|e| e == "json"));
    files.sort();
    files
}

#[test]
fn cases() {
    let mut failures = Vec::new();
    let mut count = 0;
    let mut rules = HashSet::new();
    for file in case_files() {
        let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for case in cases {
            count += 1;
            let text = case["text"].as_str().expect("a case has a text");
            // A case may carry a rules file: the page is parsed with its parser.
            let mut parser = match case.get("rules") {
                Some(rules) => khabar::Parser::from_rules(&serde_json::from_value(rules.clone()).unwrap()).unwrap(),
                None => khabar::Parser::default(),
            };
            // A case may carry other pages of its site: the page is parsed
            // with the profile learned from them.
            if let Some(pages) = case.get("site_pages").and_then(Value::as_array) {
                let profile = khabar::site::SiteProfile::learn(pages.iter().filter_map(Value::as_str));
                parser = parser.with_profile(profile);
            }
            let page = parser.parse(text);
            let (got, want) = (view(&page), expected(&case));
            if got != want {
                failures.push(format!(
                    "{}: {}\n  want {}\n  got  {}",
                    file.file_name().unwrap().to_string_lossy(),
                    case["name"],
                    want,
                    got
                ));
            }
            for wrong in pinned(&page, &case, &mut rules) {
                failures.push(format!("{}: {}\n  {wrong}", file.file_name().unwrap().to_string_lossy(), case["name"]));
            }
            for b in page.blocks() {
                assert_eq!(&text[b.span().range()], b.as_str(), "{}", case["name"]);
            }
        }
    }
    assert!(count >= 20, "only {count} cases found");
    assert!(failures.is_empty(), "{} failures in {count} cases:\n{}", failures.len(), failures.join("\n"));
    let missing: Vec<&str> = Rule::ALL.iter().filter(|r| !rules.contains(r)).map(|r| r.name()).collect();
    assert!(missing.is_empty(), "rules with no case pinning them: {missing:?}");
}

/// The README lists every rule, so "how it decides" stays true.
#[test]
fn readme_names_every_rule() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let missing: Vec<&str> =
        Rule::ALL.iter().map(|r| r.name()).filter(|n| !readme.contains(&format!("`{n}`"))).collect();
    assert!(missing.is_empty(), "rules missing from the README's How it decides: {missing:?}");
}
