//! Measures parse throughput against the cost of reading the lines.
//!
//! ```text
//! throughput FILE...           each file a page
//! throughput --jsonl FILE...   each file JSON lines {"text": ...}
//! ```
//!
//! Parses the pages over and over for a few seconds, then splits the same
//! pages into lines for as long, in the same process, and prints on its
//! last line: `parse 512.3 MB/s, line-scan 2048.0 MB/s, ratio 4.00`.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// How long each measurement runs.
const RUN: Duration = Duration::from_secs(3);

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let jsonl = args.first().is_some_and(|a| a == "--jsonl");
    if jsonl {
        args.remove(0);
    }
    if args.is_empty() {
        eprintln!("usage: throughput [--jsonl] FILE...");
        return ExitCode::from(2);
    }
    let mut pages = Vec::new();
    for file in &args {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("throughput: {file}: {e}");
                return ExitCode::FAILURE;
            }
        };
        if jsonl {
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let doc: serde_json::Value = match serde_json::from_str(line) {
                    Ok(d) => d,
                    Err(e) => {
                        eprintln!("throughput: {file}: {e}");
                        return ExitCode::FAILURE;
                    }
                };
                pages.push(doc["text"].as_str().unwrap_or("").to_owned());
            }
        } else {
            pages.push(text);
        }
    }
    let bytes: usize = pages.iter().map(String::len).sum();
    let parse = rate(bytes, || {
        for p in &pages {
            black_box(khabar::parse(black_box(p)));
        }
    });
    let scan = rate(bytes, || {
        for p in &pages {
            black_box(black_box(p).lines().count());
        }
    });
    println!("{} pages, {:.1} KiB", pages.len(), bytes as f64 / 1024.0);
    println!("parse {:.1} MB/s, line-scan {:.1} MB/s, ratio {:.2}", parse, scan, scan / parse);
    ExitCode::SUCCESS
}

/// MB/s of running `pass` (over `bytes` bytes) repeatedly for `RUN`.
fn rate(bytes: usize, mut pass: impl FnMut()) -> f64 {
    pass();
    let start = Instant::now();
    let mut passes = 0u64;
    while start.elapsed() < RUN {
        pass();
        passes += 1;
    }
    (bytes as f64 * passes as f64) / start.elapsed().as_secs_f64() / 1e6
}
