//! Measures parse throughput against the cost of reading the lines.
//!
//! ```text
//! throughput FILE...                 each file a page
//! throughput --jsonl FILE...         each file JSON lines {"text": ...}
//! throughput --scaling [--jsonl] FILE...
//! ```
//!
//! Parses the pages over and over for a few seconds, then splits the same
//! pages into lines for as long, in the same process, and prints on its
//! last line: `parse 512.3 MB/s, line-scan 2048.0 MB/s, ratio 4.00`.
//!
//! With `--scaling`, it joins the pages and cuts the text into inputs of
//! 1 KiB to 64 MiB (the same text at every size, repeated up to the
//! largest), prints the time per byte of parsing them at each size, and on
//! its last line the largest over the smallest.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// How long each measurement runs.
const RUN: Duration = Duration::from_secs(3);

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let scaling = args.first().is_some_and(|a| a == "--scaling");
    if scaling {
        args.remove(0);
    }
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
    if scaling {
        scale(&pages);
        return ExitCode::SUCCESS;
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

/// Time per byte of parsing one input of each size from 1 KiB to 64 MiB,
/// made by joining the pages (cut at a character boundary).
fn scale(pages: &[String]) {
    let joined = pages.join("\n\n");
    let mut ns_per_byte = Vec::new();
    for kib in [1usize, 16, 256, 4096, 65536] {
        // The same text at every size: the pages joined (repeated up to the
        // size), cut into inputs of the size, all parsed in each pass.
        let size = kib << 10;
        let text = joined.repeat(size.div_ceil(joined.len().max(1)));
        let inputs = chunks(&text, size);
        let bytes = inputs.iter().map(|i| i.len()).sum();
        let mb_s = rate(bytes, || {
            for input in &inputs {
                black_box(khabar::parse(black_box(input)));
            }
        });
        let ns = 1e3 / mb_s;
        println!("{:>9} KiB  {:>7.1} MB/s  {:.2} ns/byte  ({} inputs)", kib, mb_s, ns, inputs.len());
        ns_per_byte.push(ns);
    }
    let max = ns_per_byte.iter().copied().fold(f64::MIN, f64::max);
    let min = ns_per_byte.iter().copied().fold(f64::MAX, f64::min);
    println!("time per byte: largest / smallest = {:.2}", max / min);
}

/// `text` cut into pieces of `size` bytes (at character boundaries; the
/// last may be shorter).
fn chunks(text: &str, size: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let cut = (1..=size.min(rest.len())).rev().find(|&i| rest.is_char_boundary(i)).unwrap_or(rest.len());
        let (piece, tail) = rest.split_at(cut);
        pieces.push(piece);
        rest = tail;
    }
    pieces
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
