//! Runs the `khabar` binary as a user would: help and version, several
//! inputs, `-o`, each output mode, the stats file, the exit status of each
//! failure, damaged and compressed inputs, pages in legacy encodings, and
//! `clean --by-site` with its site profiles.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Invented pages: an article with a read-also line and a source, a page
/// of furniture around one paragraph, and an empty text.
const PAGES: [&str; 3] = [
    "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية في كل الملفات.\nاقرأ أيضاً: الوزير يلتقي نظيره في العاصمة\nوأضاف أن الاتفاق النهائي سيوقع خلال الأسابيع المقبلة في العاصمة.\nالمصدر: وكالة الأنباء",
    "الرئيسية\nأعلنت الهيئة العامة للأرصاد الجوية عن موجة حر تضرب البلاد اعتباراً من يوم غد السبت.\nجميع الحقوق محفوظة",
    "",
];

fn khabar(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    // The binary may stop reading early (an error), so a broken pipe is no failure here.
    let writer = std::thread::spawn(move || drop(pipe.write_all(&input)));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn succeeded(out: &Output) -> &Output {
    assert!(out.status.success(), "exit {:?}: {}", out.status, stderr(out));
    out
}

/// The run failed with exit status 1 and its reason on stderr's last line.
fn failed_with(out: &Output, reason: &str) {
    assert_eq!(out.status.code(), Some(1), "{}", stderr(out));
    let err = stderr(out);
    let last = err.lines().last().unwrap_or_default();
    assert!(last.starts_with("khabar: error: ") && last.contains(reason), "last line {last:?} lacks {reason:?}");
}

fn lines(bytes: &[u8]) -> Vec<Value> {
    std::str::from_utf8(bytes).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn record(field: &str, i: usize, text: &str) -> String {
    let mut doc = serde_json::Map::new();
    doc.insert("url".into(), format!("https://example.invalid/{i}").into());
    doc.insert(field.into(), text.into());
    Value::Object(doc).to_string()
}

/// The three pages as a shard, with a broken JSON line, a non-UTF-8 line,
/// a record without the text field and a blank line after the first.
fn shard(field: &str) -> Vec<u8> {
    let mut s = Vec::new();
    for (i, text) in PAGES.iter().enumerate() {
        s.extend_from_slice(record(field, i, text).as_bytes());
        s.push(b'\n');
        if i == 0 {
            s.extend_from_slice(b"{\"text\": \"broken\n\xff\xfe\n{\"body\": \"no text field\"}\n\n");
        }
    }
    s
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn help_and_version() {
    for args in [&["--help"][..], &["-h"], &["clean", "--help"], &["clean", "-h"], &["parse", "-h"]] {
        let out = khabar(args, b"");
        let help = String::from_utf8(succeeded(&out).stdout.clone()).unwrap();
        assert!(help.contains("Usage: khabar"), "{args:?}: {help}");
    }
    let clean_help = String::from_utf8(khabar(&["clean", "--help"], b"").stdout).unwrap();
    for option in [
        "--out",
        "--output-dir",
        "--output",
        "--field",
        "--threads",
        "--encoding",
        "--stats",
        "--max-errors",
        "--by-site",
        "--site-field",
        "--min-site-pages",
        "--profiles",
        "--save-profiles",
    ] {
        assert!(clean_help.contains(option), "clean --help lacks {option}");
    }
    // --by-site's help says how many texts a host holds, and that stdin is
    // held in memory.
    assert!(clean_help.contains(&khabar::site::SiteProfile::SAMPLE_PAGES.to_string()), "{clean_help}");
    assert!(clean_help.contains("Stdin is read into"), "{clean_help}");
    let out = khabar(&["--version"], b"");
    assert_eq!(String::from_utf8(succeeded(&out).stdout.clone()).unwrap(), "khabar 0.1.0\n");
    // A wrong option is a usage error, status 2, not a file name.
    let out = khabar(&["clean", "--feild", "text"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--field"), "clap suggests the right one: {}", stderr(&out));
}

#[test]
fn cleans_stdin_and_says_what_happened_to_every_line() {
    let out = khabar(&["clean", "--threads", "2"], &shard("text"));
    let docs = lines(&succeeded(&out).stdout);
    assert_eq!(docs.len(), 3, "the three good records, in order");
    for (i, (doc, text)) in docs.iter().zip(PAGES).enumerate() {
        assert_eq!(doc["url"], format!("https://example.invalid/{i}"));
        let page = khabar::parse(text);
        assert_eq!(doc["clean_text"], page.clean_text());
        assert_eq!(doc["khabar"], serde_json::to_value(&page).unwrap());
    }
    let err = stderr(&out);
    for (n, why) in [(2, "not JSON"), (3, "not UTF-8"), (4, "no text field")] {
        assert!(err.contains(&format!("<stdin>:{n}: {why}")), "line {n} not reported: {err}");
    }
    // 7 lines: 3 written, 3 skipped, 1 blank; two pages had no article
    // (the second is furniture around one line, the third empty).
    assert!(err.contains("7 lines, 3 documents, 3 skipped, 1 blank"), "{err}");
    assert!(err.contains("3 documents written of 6 records (3 skipped), 1 blank line"), "{err}");
    assert!(err.contains("skipped: not UTF-8 1, not JSON 1, no text field 1"), "{err}");
    assert!(err.contains("2 documents with no clean text"), "{err}");
}

#[test]
fn several_inputs_into_one_output_with_stats() {
    let dir = temp();
    let a = write(dir.path(), "a.jsonl", &shard("text"));
    let b = write(dir.path(), "b.jsonl.gz", &gzip(&shard("text")));
    let out_path = dir.path().join("out.jsonl.zst");
    let stats_path = dir.path().join("stats.json");
    let out = khabar(&["clean", s(&a), s(&b), "-o", s(&out_path), "--stats", s(&stats_path)], b"");
    assert!(succeeded(&out).stdout.is_empty());
    let written = zstd::decode_all(std::fs::File::open(&out_path).unwrap()).unwrap();
    let docs = lines(&written);
    assert_eq!(docs.len(), 6);
    assert_eq!(docs[3]["url"], "https://example.invalid/0", "the second input follows the first");

    let stats: Value = serde_json::from_slice(&std::fs::read(&stats_path).unwrap()).unwrap();
    assert_eq!(stats["documents"], 6);
    assert_eq!(stats["records"], 12);
    assert_eq!(stats["lines"], 14);
    assert_eq!(stats["blank_lines"], 2);
    assert_eq!(stats["empty_outputs"], 4);
    let errors = serde_json::json!({"not_utf8": 2, "not_json": 2, "not_object": 0, "no_text_field": 2, "cut_off": 0});
    assert_eq!(stats["errors"], errors, "every reason, zero or not");
    assert_eq!(stats["pages_with"].as_object().unwrap().len(), 10, "every kind of block but blank lines");
    assert_eq!(stats["pages_with"]["byline"], 0);
    assert_eq!(stats["pages_with"]["source"], 2);
    assert_eq!(stats["pages_with"]["boilerplate"], 2);
    assert_eq!(stats["bytes_in"], 2 * shard("text").len());
    assert_eq!(stats["bytes_out"], written.len());
    let text_chars: u64 = PAGES.iter().map(|p| p.chars().count() as u64).sum();
    let clean_chars: u64 = PAGES.iter().map(|p| khabar::parse(p).clean_text().chars().count() as u64).sum();
    assert_eq!(stats["text_chars"], 2 * text_chars);
    assert_eq!(stats["clean_text_chars"], 2 * clean_chars);
    assert!((stats["kept_share"].as_f64().unwrap() - clean_chars as f64 / text_chars as f64).abs() < 1e-9);
    assert_eq!(stats["failure"], Value::Null);
    let inputs = stats["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 2);
    assert_eq!(inputs[0]["compression"], "plain");
    assert_eq!(inputs[1]["compression"], "gzip");
    assert_eq!(inputs[1]["encoding"], "UTF-8");
    assert_eq!(inputs[1]["documents"], 3);
}

#[test]
fn output_dir_writes_one_file_per_input() {
    let dir = temp();
    let a = write(dir.path(), "a.jsonl", &shard("text"));
    let b = write(dir.path(), "b.jsonl.gz", &gzip(&shard("text")));
    let out_dir = dir.path().join("out");
    succeeded(&khabar(&["clean", s(&a), s(&b), "--output-dir", s(&out_dir)], b""));
    assert_eq!(lines(&std::fs::read(out_dir.join("a.jsonl")).unwrap()).len(), 3);
    let mut gz = Vec::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(out_dir.join("b.jsonl.gz")).unwrap())
        .read_to_end(&mut gz)
        .unwrap();
    assert_eq!(lines(&gz).len(), 3);
    // Writing over an input, or naming stdin's output, is refused.
    failed_with(&khabar(&["clean", s(&a), "--output-dir", s(dir.path())], b""), "is the input");
    failed_with(&khabar(&["clean", s(&a), "-o", s(&a)], b""), "is the input");
    failed_with(&khabar(&["clean", "--output-dir", s(&out_dir)], b""), "stdin has no name");
    std::fs::create_dir(dir.path().join("again")).unwrap();
    let a_again = write(&dir.path().join("again"), "a.jsonl", &shard("text"));
    failed_with(
        &khabar(&["clean", s(&a), s(&a_again), "--output-dir", s(&out_dir)], b""),
        "two inputs are named a.jsonl",
    );
}

#[test]
fn each_output_mode() {
    let input = shard("content");
    let field = ["--field", "content"];
    let full = lines(&succeeded(&khabar(&["clean", field[0], field[1]], &input)).stdout);
    let clean_text =
        lines(&succeeded(&khabar(&["clean", field[0], field[1], "--output", "clean-text"], &input)).stdout);
    let structure = lines(&succeeded(&khabar(&["clean", field[0], field[1], "--output", "structure"], &input)).stdout);
    for ((full, clean_text), structure) in full.iter().zip(&clean_text).zip(&structure) {
        let keys = |v: &Value| {
            let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
            k.sort();
            k
        };
        assert_eq!(keys(full), ["clean_text", "content", "khabar", "url"]);
        assert_eq!(keys(clean_text), ["content", "url"]);
        assert_eq!(clean_text["content"], full["clean_text"]);
        assert_eq!(keys(structure), ["khabar", "url"]);
        assert_eq!(structure["khabar"], full["khabar"]);
    }
    let out = khabar(&["clean", "--output", "html"], &input);
    assert_eq!(out.status.code(), Some(2), "an unknown mode is a usage error");
}

#[test]
fn failures_exit_non_zero_with_one_line_reason() {
    // A wrong --field: every record is bad.
    failed_with(&khabar(&["clean", "--field", "body_text"], &shard("text")), "6 of 6 records skipped");
    // Every record bad for another reason.
    failed_with(&khabar(&["clean"], b"not json\nnor this\n"), "2 of 2 records skipped (not JSON 2)");
    // A limit on bad records.
    failed_with(&khabar(&["clean", "--max-errors", "2"], &shard("text")), "over --max-errors (2)");
    failed_with(&khabar(&["clean", "--max-errors", "10%"], &shard("text")), "3 of 6 records skipped");
    succeeded(&khabar(&["clean", "--max-errors", "50%"], &shard("text")));
    // An unreadable file, among readable ones: the others are still cleaned.
    let dir = temp();
    let good = write(dir.path(), "good.jsonl", &shard("text"));
    let stats_path = dir.path().join("stats.json");
    let out = khabar(&["clean", s(&dir.path().join("missing.jsonl")), s(&good), "--stats", s(&stats_path)], b"");
    failed_with(&out, "cannot read");
    assert_eq!(lines(&out.stdout).len(), 3);
    let stats: Value = serde_json::from_slice(&std::fs::read(&stats_path).unwrap()).unwrap();
    assert!(stats["failure"].as_str().unwrap().contains("missing.jsonl"));
    assert!(stats["inputs"][0]["error"].as_str().unwrap().contains("cannot read"));
    // A directory is no shard either.
    failed_with(&khabar(&["clean", s(dir.path())], b""), "cannot read");
    // An unknown encoding is a usage error.
    assert_eq!(khabar(&["clean", "--encoding", "klingon"], b"").status.code(), Some(2));
}

/// Complete lines that can be decoded from a damaged gzip file, as flate2
/// itself reads it.
fn decodable_lines(gz: &[u8]) -> usize {
    let mut decoded = Vec::new();
    let mut reader = flate2::read::MultiGzDecoder::new(gz);
    let mut buf = [0; 4096];
    while let Ok(n @ 1..) = reader.read(&mut buf) {
        decoded.extend_from_slice(&buf[..n]);
    }
    decoded.iter().filter(|&&b| b == b'\n').count()
}

#[test]
fn a_truncated_gzip_keeps_every_record_before_the_fault() {
    // Many records, so that the fault falls past the first batch of 2,048 lines.
    let text = PAGES[0];
    let whole: Vec<u8> = (0..6000).flat_map(|i| format!("{}\n", record("text", i, text)).into_bytes()).collect();
    let gz = gzip(&whole);
    let cut = &gz[..gz.len() * 2 / 3];
    let expected = decodable_lines(cut);
    assert!(expected > 2048 && expected < 6000, "{expected}");
    let dir = temp();
    let path = write(dir.path(), "cut.jsonl.gz", cut);
    let out = khabar(&["clean", s(&path)], b"");
    failed_with(&out, &format!("cut.jsonl.gz is damaged at line {}", expected + 1));
    let docs = lines(&out.stdout);
    assert_eq!(docs.len(), expected, "every record before the fault");
    assert_eq!(docs.last().unwrap()["url"], format!("https://example.invalid/{}", expected - 1));
    assert!(stderr(&out).contains("cut off by a read fault 1"), "{}", stderr(&out));
    // The same file piped on stdin: told by its first bytes.
    let out = khabar(&["clean"], cut);
    failed_with(&out, "<stdin> is damaged at line");
    assert_eq!(lines(&out.stdout).len(), expected);
    // A truncated zstd file fails too.
    let zst = zstd::encode_all(&whole[..], 3).unwrap();
    let out = khabar(&["clean", "-"], &zst[..zst.len() / 2]);
    failed_with(&out, "is damaged at line");
}

#[test]
fn compressed_stdin_is_told_by_its_bytes() {
    let out = khabar(&["clean"], &gzip(&shard("text")));
    assert_eq!(lines(&succeeded(&out).stdout).len(), 3);
    assert!(stderr(&out).contains("<stdin> (gzip, UTF-8)"), "{}", stderr(&out));
    let out = khabar(&["clean"], &zstd::encode_all(&shard("text")[..], 3).unwrap());
    assert_eq!(lines(&succeeded(&out).stdout).len(), 3);
}

/// A page in each encoding an Arabic archive may use.
fn encodings(text: &str) -> Vec<(&'static str, Vec<u8>)> {
    let legacy = |label: &str| {
        let (bytes, _, unmappable) = encoding_rs::Encoding::for_label(label.as_bytes()).unwrap().encode(text);
        assert!(!unmappable);
        bytes.into_owned()
    };
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    vec![
        ("windows-1256", legacy("windows-1256")),
        ("ISO-8859-6", legacy("iso-8859-6")),
        ("UTF-16LE", le.clone()),
        ("UTF-16BE", be.clone()),
        ("UTF-16LE", [&[0xff, 0xfe][..], &le].concat()),
        ("UTF-16BE", [&[0xfe, 0xff][..], &be].concat()),
        ("UTF-8", [&[0xef, 0xbb, 0xbf][..], text.as_bytes()].concat()),
    ]
}

#[test]
fn legacy_encodings_parse_to_the_same_page_as_utf8() {
    // Characters every encoding here has: no tanween (ISO-8859-6 has it, but
    // keep to the common letters and punctuation).
    let text = "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية في كل الملفات.\n\
                وأضاف أن الاتفاق النهائي سيوقع خلال الأسابيع المقبلة في العاصمة.\n\
                المصدر: وكالة الأنباء";
    let dir = temp();
    let utf8 = write(dir.path(), "utf8.txt", text.as_bytes());
    let reference = lines(&succeeded(&khabar(&["parse", "--json", s(&utf8)], b"")).stdout).remove(0);
    assert_eq!(reference["encoding"], "UTF-8");
    for (i, (name, bytes)) in encodings(text).into_iter().enumerate() {
        let path = write(dir.path(), &format!("page{i}.txt"), &bytes);
        let parsed = lines(&succeeded(&khabar(&["parse", "--json", s(&path)], b"")).stdout).remove(0);
        assert_eq!(parsed["encoding"], name, "{name} detected");
        assert_eq!(parsed["page"], reference["page"], "{name} gives the same page");
        // Named rather than detected, too.
        let named = khabar(&["parse", "--json", "--encoding", name, s(&path)], b"");
        assert_eq!(lines(&succeeded(&named).stdout)[0]["page"], reference["page"]);
    }
    // The outline says which encoding it read.
    let path = write(dir.path(), "page.txt", &encodings(text)[0].1);
    let outline = String::from_utf8(succeeded(&khabar(&["parse", s(&path)], b"")).stdout.clone()).unwrap();
    assert!(outline.contains("(windows-1256): 1 article, 0 related blocks"), "{outline}");
    assert!(outline.contains("source "), "{outline}");
}

#[test]
fn a_windows_1256_shard_is_cleaned_like_its_utf8_copy() {
    let utf8 = shard("text");
    // The shard without its non-UTF-8 line, in windows-1256 (JSON escapes kept as written).
    let text = String::from_utf8_lossy(&utf8).replace("\u{fffd}\u{fffd}\n", "");
    let (legacy, _, unmappable) = encoding_rs::WINDOWS_1256.encode(&text);
    assert!(!unmappable);
    let stats_dir = temp();
    let stats_path = stats_dir.path().join("stats.json");
    let from_legacy = khabar(&["clean", "--stats", s(&stats_path)], &legacy);
    let from_utf8 = khabar(&["clean"], text.as_bytes());
    assert_eq!(succeeded(&from_legacy).stdout, succeeded(&from_utf8).stdout);
    let stats: Value = serde_json::from_slice(&std::fs::read(&stats_path).unwrap()).unwrap();
    assert_eq!(stats["inputs"][0]["encoding"], "windows-1256");
    assert_eq!(stats["inputs"][0]["undecodable"], 0);
}

/// The example that drives the scorer, built if `cargo test` did not build
/// it already.
fn parse_page() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().and_then(Path::parent).unwrap();
    let bin = profile_dir.join("examples").join(format!("parse_page{}", std::env::consts::EXE_SUFFIX));
    if !bin.exists() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let mut build = Command::new(env!("CARGO"));
        build.args(["build", "--package", "khabar", "--example", "parse_page"]).current_dir(root);
        if profile_dir.ends_with("release") {
            build.arg("--release");
        }
        assert!(build.status().unwrap().success());
    }
    bin
}

#[test]
fn parse_jsonl_is_the_scorers_protocol() {
    let mut input = String::new();
    for (i, text) in PAGES.iter().enumerate() {
        let id: Value = if i == 1 { Value::from(7) } else { Value::from(format!("doc{i}")) };
        input.push_str(&serde_json::json!({"id": id, "text": text}).to_string());
        input.push_str("\n\n");
    }
    let ours = khabar(&["parse", "--jsonl"], input.as_bytes());
    let mut example =
        Command::new(parse_page()).arg("--jsonl").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    example.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let theirs = example.wait_with_output().unwrap();
    assert!(theirs.status.success());
    // The same records as the example's, line for line; the order of keys
    // in an object depends on the features serde_json was built with.
    assert_eq!(lines(&succeeded(&ours).stdout), lines(&theirs.stdout));
    assert_eq!(lines(&ours.stdout).len(), 3);
    // A bad line fails the run with its line number.
    failed_with(&khabar(&["parse", "--jsonl"], b"{\"id\": 1, \"text\": \"x\"}\n{\"id\": 2}\n"), "<stdin>:2");
}

#[test]
fn parse_outlines_several_files() {
    let dir = temp();
    let a = write(dir.path(), "a.txt", PAGES[0].as_bytes());
    let b = write(dir.path(), "b.txt.gz", &gzip(PAGES[1].as_bytes()));
    let out = khabar(&["parse", s(&a), s(&b)], b"");
    let outline = String::from_utf8(succeeded(&out).stdout.clone()).unwrap();
    let a_at = outline.find("a.txt (UTF-8): 1 article,").unwrap();
    let b_at = outline.find("b.txt.gz (UTF-8): 0 articles,").unwrap();
    assert!(a_at < b_at, "{outline}");
    assert!(outline.contains("read_also_heading  اقرأ أيضاً: الوزير يلتقي نظيره في العاصمة"), "{outline}");
    assert!(outline.contains("boilerplate        جميع الحقوق محفوظة"), "{outline}");
    failed_with(&khabar(&["parse", s(&dir.path().join("none.txt"))], b""), "cannot read");
}

#[test]
fn parse_explains_every_block() {
    let dir = temp();
    let a = write(dir.path(), "a.txt", PAGES[0].as_bytes());
    let out = khabar(&["parse", "--explain", s(&a)], b"");
    let table = String::from_utf8(succeeded(&out).stdout.clone()).unwrap();
    assert!(table.contains(khabar::Explanation::HEADER), "{table}");
    // The read-also line: its role, the rule that decided it, its marker folded.
    let row = table.lines().find(|l| l.contains("read_also_heading")).expect("a read-also row");
    assert!(row.contains("read-also-marker") && row.contains("= اقرا ايضا"), "{row}");
    // With --json, the trace rides in the page's view.
    let out = khabar(&["parse", "--json", "--explain", s(&a)], b"");
    let line: serde_json::Value = serde_json::from_slice(&succeeded(&out).stdout).unwrap();
    let rules: Vec<&str> =
        line["page"]["explain"].as_array().unwrap().iter().map(|e| e["block"]["rule"].as_str().unwrap()).collect();
    assert!(rules.contains(&"read-also-marker"), "{rules:?}");
}

#[test]
fn a_rules_file_teaches_the_parser() {
    let dir = temp();
    let rules =
        write(dir.path(), "rules.json", r#"{"markers": [{"kind": "tags", "phrase": "مواضيع المقال"}]}"#.as_bytes());
    let page = "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية في كل الملفات المطروحة.\nمواضيع المقال: الاقتصاد، النفط\n";
    let a = write(dir.path(), "a.txt", page.as_bytes());
    let with = khabar(&["parse", "--rules", s(&rules), s(&a)], b"");
    assert!(String::from_utf8_lossy(&succeeded(&with).stdout).contains("tags"), "the label is known with the rules");
    let without = khabar(&["parse", s(&a)], b"");
    assert!(!String::from_utf8_lossy(&succeeded(&without).stdout).contains("tags "));
    let bad = write(dir.path(), "bad.json", br#"{"line_rules": [{"role": "source", "pattern": "(unclosed"}]}"#);
    failed_with(&khabar(&["parse", "--rules", s(&bad), s(&a)], b""), "does not compile");
}

/// A made-up news site's template: its menu, a call to follow it over
/// every article, and its footer.
const SITE_MENU: &str = "الصفحة الأولى\nمحليات\nعربي ودولي\nملاعب\nثقافة وفنون";
const SITE_CALL: &str = "شاركونا آراءكم عبر صفحتنا على إنستغرام";
const SITE_FOOTER: &str = "حقوق النشر محفوظة لصحيفة النهر 2025";

/// Invented stories: a title and two paragraphs each.
const STORIES: [[&str; 3]; 5] = [
    [
        "افتتاح سوق شعبي جديد وسط البلدة",
        "افتتح رئيس البلدية سوقاً شعبياً جديداً في وسط البلدة يضم أكثر من مئتي محل لبيع الخضار والفواكه والحرف اليدوية.",
        "وقال رئيس البلدية إن السوق سيوفر فرص عمل لعشرات الشباب ويخفف الضغط عن الأسواق القديمة في الأحياء المجاورة.",
    ],
    [
        "هطول أمطار غزيرة على المناطق الساحلية",
        "شهدت المناطق الساحلية أمس هطول أمطار غزيرة تسببت في تجمع المياه في عدد من الشوارع الرئيسية وتعطل حركة السير لساعات.",
        "ودعت مديرية الدفاع المدني السكان إلى توخي الحذر وتجنب الاقتراب من مجاري السيول حتى انتهاء المنخفض الجوي.",
    ],
    [
        "فريق المدينة يتأهل إلى نصف النهائي",
        "تأهل فريق المدينة إلى الدور نصف النهائي من بطولة الكأس بعد فوزه على منافسه بهدفين مقابل هدف في مباراة مثيرة.",
        "وأكد مدرب الفريق أن اللاعبين قدموا أداءً رجولياً وأن الطموح الآن هو الوصول إلى المباراة النهائية وإسعاد الجماهير.",
    ],
    [
        "معرض للكتاب يستقبل زواره الأسبوع المقبل",
        "تنطلق الأسبوع المقبل فعاليات معرض الكتاب السنوي بمشاركة مئة وخمسين دار نشر من داخل البلاد وخارجها.",
        "وأوضحت اللجنة المنظمة أن برنامج المعرض يتضمن ندوات فكرية وأمسيات شعرية وورشاً للأطفال طوال أيامه العشرة.",
    ],
    [
        "بلدية الواحة تطلق حملة تشجير",
        "أطلقت بلدية الواحة حملة لتشجير الطرقات الرئيسية بزراعة ألفي شجرة من الأنواع المحلية المقاومة للجفاف.",
        "وقالت البلدية إن الحملة تستمر شهرين بمشاركة متطوعين من طلاب المدارس والجامعات في المنطقة.",
    ],
];

/// A story on a page of the site's template.
fn site_page([title, first, second]: [&str; 3]) -> String {
    format!("{SITE_MENU}\n\n{SITE_CALL}\n\n{title}\n\n{first}\n\n{second}\n\n{SITE_FOOTER}")
}

/// The site's host, as its records name it: by URL (mixed case, with
/// `www.`) or by name.
const SITE_HOST: &str = "nahr-news.invalid";

/// A shard of sites: four pages of the site (two named by URL, two by a
/// `site` field), a page of another host in the same template, one of no
/// host, and a bad line, a record without text and a blank line.
fn site_shard() -> Vec<u8> {
    let mut lines = Vec::new();
    for (i, story) in STORIES[..4].iter().enumerate() {
        let named = match i % 2 {
            0 => serde_json::json!({"url": format!("https://WWW.Nahr-News.invalid/news/{i}")}),
            _ => serde_json::json!({"site": SITE_HOST}),
        };
        let mut doc = named.as_object().unwrap().clone();
        doc.insert("id".into(), format!("nahr-{i}").into());
        doc.insert("text".into(), site_page(*story).into());
        lines.push(Value::Object(doc).to_string());
        if i == 1 {
            lines.push("{\"url\": \"https://nahr-news.invalid/broken\", \"text\": \"cut".into());
            lines.push(format!("{{\"url\": \"https://nahr-news.invalid/x\", \"body\": \"{SITE_CALL}\"}}"));
            lines.push(String::new());
        }
    }
    let lone = site_page(STORIES[4]);
    lines.push(serde_json::json!({"id": "waha-0", "url": "https://waha.invalid/a/1", "text": lone}).to_string());
    lines.push(serde_json::json!({"id": "nohost-0", "text": lone}).to_string());
    lines.iter().flat_map(|l| format!("{l}\n").into_bytes()).collect()
}

/// The title of each article of an output line's page.
fn titles(doc: &Value) -> Vec<&str> {
    doc["khabar"]["articles"].as_array().unwrap().iter().filter_map(|a| a["title"]["text"].as_str()).collect()
}

#[test]
fn by_site_sets_aside_what_a_site_repeats() {
    let dir = temp();
    let shard = write(dir.path(), "sites.jsonl", &site_shard());
    let stats_path = dir.path().join("stats.json");
    let plain = khabar(&["clean", s(&shard)], b"");
    let by_site = khabar(&["clean", "--by-site", s(&shard), "--stats", s(&stats_path)], b"");
    let (plain_docs, by_site_docs) = (lines(&succeeded(&plain).stdout), lines(&succeeded(&by_site).stdout));
    assert_eq!(by_site_docs.len(), 6, "every good record, in order");
    for (i, (alone, with_site)) in plain_docs.iter().zip(&by_site_docs).enumerate().take(4) {
        assert_eq!(with_site["id"], format!("nahr-{i}"));
        // Alone, the call to follow the site reads as each page's title;
        // the site's profile sets it aside and finds the story's.
        assert_eq!(titles(alone), [SITE_CALL]);
        assert_eq!(titles(with_site), [STORIES[i][0]]);
        assert!(alone["clean_text"].as_str().unwrap().starts_with(SITE_CALL));
        assert!(!with_site["clean_text"].as_str().unwrap().contains(SITE_CALL));
    }
    // The other host's single page and the page with no host parse alone.
    assert_eq!(by_site_docs[4..], plain_docs[4..]);
    assert_eq!(titles(&by_site_docs[4]), [SITE_CALL]);
    // The bad lines are reported and counted as without --by-site.
    let err = stderr(&by_site);
    for (n, why) in [(3, "not JSON"), (4, "no text field")] {
        assert!(err.contains(&format!("sites.jsonl:{n}: {why}")), "line {n} not reported: {err}");
    }
    assert!(err.contains("6 documents written of 8 records (2 skipped), 1 blank line"), "{err}");
    assert!(err.contains("by site: 2 hosts (1 document with none); 1 with a profile (7 lines, 0 heads"), "{err}");
    assert!(err.contains("4 documents parsed with one"), "{err}");
    let stats: Value = serde_json::from_slice(&std::fs::read(&stats_path).unwrap()).unwrap();
    let sites = &stats["by_site"];
    assert_eq!(sites["profiles_from"], "learned");
    assert_eq!(sites["min_pages"], khabar::site::SiteProfile::FEWEST_PAGES);
    assert_eq!((sites["profiles"].as_u64(), sites["hosts"].as_u64()), (Some(1), Some(2)));
    assert_eq!(sites["documents_without_host"], 1);
    assert_eq!((sites["hosts_with_profile"].as_u64(), sites["documents_with_profile"].as_u64()), (Some(1), Some(4)));
    // The menu's five lines, the call to follow and the footer.
    assert_eq!((sites["profile_lines"].as_u64(), sites["profile_heads"].as_u64()), (Some(7), Some(0)));
    let host = serde_json::json!({"documents": 4, "pages": 4, "lines": 7, "heads": 0});
    assert_eq!(sites["by_host"], serde_json::json!({ SITE_HOST: host }));
    // Without --by-site the stats say so.
    let stats_path = dir.path().join("plain.json");
    succeeded(&khabar(&["clean", s(&shard), "--stats", s(&stats_path)], b""));
    let stats: Value = serde_json::from_slice(&std::fs::read(&stats_path).unwrap()).unwrap();
    assert_eq!(stats["by_site"], Value::Null);
    // On one thread as on two.
    let one_thread = khabar(&["clean", "--by-site", "--threads", "1", s(&shard)], b"");
    assert_eq!(succeeded(&one_thread).stdout, by_site.stdout);
}

#[test]
fn a_host_with_one_page_parses_as_without_by_site() {
    // Each page of the template under a host of its own: no profile.
    let shard: String = STORIES
        .iter()
        .enumerate()
        .map(|(i, story)| {
            let url = format!("https://site{i}.invalid/a");
            format!("{}\n", serde_json::json!({"url": url, "text": site_page(*story)}))
        })
        .collect();
    let plain = khabar(&["clean"], shard.as_bytes());
    let by_site = khabar(&["clean", "--by-site"], shard.as_bytes());
    assert_eq!(succeeded(&by_site).stdout, succeeded(&plain).stdout);
    assert!(stderr(&by_site).contains("by site: 5 hosts (0 documents with none); 0 with a profile"));
    // A host with fewer records than --min-site-pages is parsed alone too.
    let few = khabar(&["clean", "--by-site", "--min-site-pages", "5"], &site_shard());
    assert_eq!(succeeded(&few).stdout, succeeded(&khabar(&["clean"], &site_shard())).stdout);
}

#[test]
fn site_field_names_the_host() {
    // The site's pages on mirrors of their own, one site by its field.
    let shard: String = STORIES[..4]
        .iter()
        .enumerate()
        .map(|(i, story)| {
            let doc = serde_json::json!({"url": format!("https://m{i}.nahr.invalid/"), "paper": "Nahr", "text": site_page(*story)});
            format!("{doc}\n")
        })
        .collect();
    let by_url = khabar(&["clean", "--by-site"], shard.as_bytes());
    assert!(lines(&succeeded(&by_url).stdout).iter().all(|doc| titles(doc) == [SITE_CALL]));
    let by_field = khabar(&["clean", "--by-site", "--site-field", "paper"], shard.as_bytes());
    let docs = lines(&succeeded(&by_field).stdout);
    assert!(docs.iter().zip(STORIES).all(|(doc, story)| titles(doc) == [story[0]]));
    assert!(stderr(&by_field).contains("by site: 1 host (0 documents with none); 1 with a profile"));
    // The by-site options need --by-site.
    assert_eq!(khabar(&["clean", "--site-field", "paper"], shard.as_bytes()).status.code(), Some(2));
    assert_eq!(khabar(&["clean", "--min-site-pages", "3"], shard.as_bytes()).status.code(), Some(2));
}

#[test]
fn saved_profiles_give_the_same_output() {
    let dir = temp();
    let shard = write(dir.path(), "sites.jsonl.gz", &gzip(&site_shard()));
    let profiles = dir.path().join("profiles.json");
    let learned = khabar(&["clean", "--by-site", s(&shard), "--save-profiles", s(&profiles)], b"");
    let saved: Value = serde_json::from_slice(&std::fs::read(&profiles).unwrap()).unwrap();
    let hosts: Vec<&String> = saved.as_object().unwrap().keys().collect();
    assert_eq!(hosts, [SITE_HOST], "only a host with two pages or more has a profile");
    assert_eq!(saved[SITE_HOST]["pages"], 4);
    assert_eq!(saved[SITE_HOST]["lines"][SITE_CALL]["pages"], 4);
    let stats_path = dir.path().join("stats.json");
    let loaded = khabar(&["clean", "--by-site", "--profiles", s(&profiles), s(&shard), "--stats", s(&stats_path)], b"");
    assert_eq!(succeeded(&loaded).stdout, succeeded(&learned).stdout);
    let stats: Value = serde_json::from_slice(&std::fs::read(&stats_path).unwrap()).unwrap();
    assert_eq!(stats["by_site"]["profiles_from"], s(&profiles));
    assert_eq!(stats["by_site"]["min_pages"], Value::Null);
    // The profiles apply to another shard of the site, read once from stdin.
    let other = khabar(&["clean", "--by-site", "--profiles", s(&profiles)], &site_shard());
    assert_eq!(succeeded(&other).stdout, learned.stdout);
}

#[test]
fn by_site_reads_stdin_twice_from_memory() {
    let dir = temp();
    let shard = write(dir.path(), "sites.jsonl", &site_shard());
    let from_file = khabar(&["clean", "--by-site", s(&shard)], b"");
    // Compressed on stdin: kept as it comes, decompressed in each pass.
    let from_stdin = khabar(&["clean", "--by-site", "-"], &zstd::encode_all(&site_shard()[..], 3).unwrap());
    assert_eq!(succeeded(&from_stdin).stdout, succeeded(&from_file).stdout);
    assert!(stderr(&from_stdin).contains("<stdin> (zstd, UTF-8): 9 lines, 6 documents, 2 skipped, 1 blank"));
}

#[test]
fn by_site_failures_keep_their_exit_status() {
    let shard = site_shard();
    // Every record bad, or too many.
    failed_with(&khabar(&["clean", "--by-site", "--field", "body_text"], &shard), "8 of 8 records skipped");
    failed_with(&khabar(&["clean", "--by-site", "--max-errors", "1"], &shard), "over --max-errors (1)");
    let dir = temp();
    let good = write(dir.path(), "good.jsonl", &shard);
    // A missing input among good ones: reported as without --by-site (not
    // again by the first pass), the others cleaned.
    let missing = dir.path().join("missing.jsonl");
    let out = khabar(&["clean", "--by-site", s(&missing), s(&good)], b"");
    failed_with(&out, "cannot read");
    let without = khabar(&["clean", s(&missing), s(&good)], b"");
    assert_eq!(stderr(&out).matches("missing.jsonl").count(), stderr(&without).matches("missing.jsonl").count());
    assert_eq!(lines(&out.stdout).len(), 6);
    // A damaged input: every record before the fault, with the profiles
    // learned from them.
    let whole: Vec<u8> = (0..300).flat_map(|_| shard.clone()).collect();
    let gz = gzip(&whole);
    let cut = write(dir.path(), "cut.jsonl.gz", &gz[..gz.len() / 2]);
    let out = khabar(&["clean", "--by-site", s(&cut)], b"");
    failed_with(&out, "cut.jsonl.gz is damaged at line");
    assert!(lines(&out.stdout).iter().take(4).zip(STORIES).all(|(doc, story)| titles(doc) == [story[0]]));
    // Profiles that cannot be read, or are no profiles, and a profiles
    // file written over an input.
    failed_with(
        &khabar(&["clean", "--by-site", "--profiles", s(&dir.path().join("none.json")), s(&good)], b""),
        "cannot read the profiles",
    );
    let rules = write(dir.path(), "rules.json", br#"{"markers": []}"#);
    failed_with(&khabar(&["clean", "--by-site", "--profiles", s(&rules), s(&good)], b""), "not a profiles file");
    failed_with(&khabar(&["clean", "--by-site", "--save-profiles", s(&good), s(&good)], b""), "is the input");
    assert_eq!(std::fs::read(&good).unwrap(), shard, "the input is untouched");
    // Loading and saving at once is a usage error.
    let out = khabar(&["clean", "--by-site", "--profiles", s(&rules), "--save-profiles", "p.json"], &shard);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn by_site_agrees_with_parse_page() {
    // parse_page --by-site groups {"id", "site", "text"} lines by their "site".
    let mut input = String::new();
    for (i, story) in STORIES.iter().enumerate() {
        let site = if i < 4 { SITE_HOST } else { "waha.invalid" };
        input.push_str(&format!("{}\n", serde_json::json!({"id": i, "site": site, "text": site_page(*story)})));
    }
    let ours = lines(&succeeded(&khabar(&["clean", "--by-site"], input.as_bytes())).stdout);
    let mut example = Command::new(parse_page())
        .args(["--jsonl", "--by-site"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    example.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let theirs = example.wait_with_output().unwrap();
    assert!(theirs.status.success());
    let theirs = lines(&theirs.stdout);
    assert_eq!(ours.len(), theirs.len());
    for (ours, theirs) in ours.iter().zip(&theirs) {
        assert_eq!(ours["id"], theirs["id"]);
        assert_eq!(ours["khabar"], theirs["page"]);
    }
}
