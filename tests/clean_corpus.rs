//! Runs `examples/clean_corpus` on a small shard written here, plain, gzip
//! and zstd, with a broken JSON line, a non-UTF-8 line and a record with no
//! text, and checks the output line by line.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::Value;

const PAGES: [&str; 3] = [
    "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية في كل الملفات.\nاقرأ أيضاً: الوزير يلتقي نظيره في العاصمة\nوأضاف أن الاتفاق النهائي سيوقع خلال الأسابيع المقبلة في العاصمة.\nالمصدر: وكالة الأنباء",
    "الرئيسية\nأعلنت الهيئة العامة للأرصاد الجوية عن موجة حر تضرب البلاد اعتباراً من يوم غد السبت.\nجميع الحقوق محفوظة",
    "",
];

/// The example binary, built if `cargo test` did not build it already.
fn binary() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().and_then(|d| d.parent()).unwrap().to_path_buf();
    let bin = dir.join("examples").join(format!("clean_corpus{}", std::env::consts::EXE_SUFFIX));
    if !bin.exists() {
        let built = Command::new(env!("CARGO"))
            .args(["build", "--example", "clean_corpus"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .unwrap();
        assert!(built.success());
    }
    bin
}

fn shard(field: &str) -> Vec<u8> {
    let mut s = Vec::new();
    for (i, text) in PAGES.iter().enumerate() {
        let mut doc = serde_json::Map::new();
        doc.insert("url".into(), format!("https://example.invalid/{i}").into());
        doc.insert(field.into(), (*text).into());
        doc.insert("lang".into(), "ar".into());
        let doc = Value::Object(doc);
        s.extend_from_slice(doc.to_string().as_bytes());
        s.push(b'\n');
        if i == 0 {
            s.extend_from_slice(b"{\"text\": \"broken\n");
            s.extend_from_slice(b"{\"text\": \"\xff\xfe not utf-8\"}\n");
            s.extend_from_slice(b"{\"body\": \"no text field\"}\n");
        }
    }
    s
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> (Vec<Value>, String) {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input = stdin.map(<[u8]>::to_vec).unwrap_or_default();
    let mut pipe = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(out.status.success(), "exit {:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    let lines = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (lines, String::from_utf8(out.stderr).unwrap())
}

fn check(lines: &[Value], stderr: &str, field: &str) {
    assert_eq!(lines.len(), 3, "the three good records, in order");
    for (i, (doc, text)) in lines.iter().zip(PAGES).enumerate() {
        let keys: Vec<&str> = doc.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["url", field, "lang", "khabar", "clean_text"]);
        assert_eq!(doc["url"], format!("https://example.invalid/{i}"));
        assert_eq!(doc[field], text);
        let page = khabar::parse(text);
        assert_eq!(doc["clean_text"], page.clean_text());
        assert_eq!(doc["khabar"], serde_json::to_value(&page).unwrap());
    }
    let first = &lines[0]["khabar"]["articles"][0];
    assert_eq!(first["paragraphs"].as_array().unwrap().len(), 2);
    assert_eq!(first["sources"][0]["names"][0]["text"], "وكالة الأنباء");
    assert_eq!(lines[2]["khabar"]["articles"].as_array().unwrap().len(), 0);
    for (n, why) in [(2, "not JSON"), (3, "not UTF-8"), (4, "no string field")] {
        assert!(stderr.contains(&format!("line {n}: {why}")), "line {n} not reported: {stderr}");
    }
    assert!(stderr.contains("3 documents (3 bad lines skipped)"), "{stderr}");
    assert!(stderr.contains("lines removed as boilerplate"), "{stderr}");
}

#[test]
fn cleans_a_shard_from_stdin_and_from_files() {
    let dir = std::env::temp_dir().join(format!("khabar-clean-corpus-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let data = shard("text");

    let (lines, stderr) = run(&["--threads", "2"], Some(&data));
    check(&lines, &stderr, "text");

    let plain = dir.join("shard.jsonl");
    std::fs::write(&plain, &data).unwrap();
    let gz = dir.join("shard.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(std::fs::File::create(&gz).unwrap(), flate2::Compression::fast());
    enc.write_all(&data).unwrap();
    enc.finish().unwrap();
    let zst = dir.join("shard.jsonl.zst");
    std::fs::write(&zst, zstd::encode_all(&data[..], 3).unwrap()).unwrap();
    for file in [&plain, &gz, &zst] {
        let (lines, stderr) = run(&["--threads", "1", file.to_str().unwrap()], None);
        check(&lines, &stderr, "text");
    }

    // Another field name; a missing file is an I/O failure.
    let (lines, stderr) = run(&["--field", "content"], Some(&shard("content")));
    check(&lines, &stderr, "content");
    let missing = Command::new(binary()).arg(dir.join("missing.jsonl")).output().unwrap();
    assert!(!missing.status.success());
    std::fs::remove_dir_all(&dir).unwrap();
}
