//! The cost of reading dates: `parse_date` on every line of real pages,
//! which is what the page parser's date scanner does (`parse_date` is the
//! scanner and a few tests on its answer), beside `parse` of the same
//! pages and a line-split baseline, all in bytes per second; and on
//! short lines alone and on date lines alone, in lines per second.
//!
//! The pages are the crate's own (the seed page, the bundled sample and
//! the data-driven cases of `tests/cases/`), and the dev corpus when
//! `../shared/corpus/dev` is beside the checkout.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const SEED: &str = include_str!("../tests/fixtures/seed.txt");
const SAMPLE: &str = include_str!("../examples/sample.txt");

/// Date lines written for khabar, one of each common shape.
const STAMPS: &[&str] = &[
    "الأحد، 13 أغسطس 2023 04:00 م",
    "نشر في: 12 مارس 2024 - 10:45 م",
    "السبت 12 رجب 1446 هـ الموافق 11 يناير 2025 م",
    "الجمعة 2023/09/29",
    "23:58 07.08.2019",
    "منذ 3 ساعات",
    "اليوم 13:00",
    "الاثنين 10 كانون الثاني / يناير 2005.",
    "آخر تحديث: 30 ديسمبر 2023",
    "18 يوليوز 2023",
];

/// The most words a line has to count as short: titles, stamps, credits.
const SHORT_WORDS: usize = 15;

fn pages_of(dir: &std::path::Path) -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut pages = Vec::new();
    for f in files.iter().filter(|f| f.extension().is_some_and(|e| e == "json")) {
        let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        // The dev corpus has one page per file, the cases a list of them.
        match json.as_array() {
            Some(cases) => pages.extend(cases.iter().map(|c| c["text"].as_str().unwrap().to_owned())),
            None => pages.push(json["text"].as_str().unwrap().to_owned()),
        }
    }
    pages
}

fn bench_pages(c: &mut Criterion, name: &str, pages: &[String]) {
    let lines: Vec<&str> = pages.iter().flat_map(|p| p.split('\n')).collect();
    let bytes: usize = lines.iter().map(|l| l.len()).sum();
    let short: Vec<&str> =
        lines.iter().copied().filter(|l| (1..=SHORT_WORDS).contains(&l.split_whitespace().count())).collect();
    let dates = lines.iter().filter(|l| khabar::parse_date(l).is_ok()).count();
    eprintln!(
        "{name}: {} pages, {} lines ({} short), {bytes} bytes, {dates} date lines",
        pages.len(),
        lines.len(),
        short.len()
    );

    let mut g = c.benchmark_group(format!("{name}/bytes"));
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("parse_date-every-line", |b| {
        b.iter(|| lines.iter().filter(|l| khabar::parse_date(black_box(l)).is_ok()).count())
    });
    g.bench_function("parse-pages", |b| {
        b.iter(|| pages.iter().map(|p| khabar::parse(black_box(p)).articles().len()).sum::<usize>())
    });
    g.bench_function("line-split", |b| {
        b.iter(|| pages.iter().map(|p| black_box(p).split('\n').count()).sum::<usize>())
    });
    g.finish();

    let mut g = c.benchmark_group(format!("{name}/lines"));
    g.throughput(Throughput::Elements(short.len() as u64));
    g.bench_function("parse_date-short-lines", |b| {
        b.iter(|| short.iter().filter(|l| khabar::parse_date(black_box(l)).is_ok()).count())
    });
    g.finish();
}

fn dates(c: &mut Criterion) {
    // A bench that measures the wrong thing fails.
    assert!(STAMPS.iter().all(|l| khabar::parse_date(l).is_ok()));
    let mut g = c.benchmark_group("stamps");
    g.throughput(Throughput::Elements(STAMPS.len() as u64));
    g.bench_function("parse_date", |b| {
        b.iter(|| STAMPS.iter().filter(|l| khabar::parse_date(black_box(l)).is_ok()).count())
    });
    g.finish();

    let mut own = vec![SEED.to_owned(), SAMPLE.to_owned()];
    own.extend(pages_of(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases"))));
    bench_pages(c, "own-pages", &own);

    let dev = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev"));
    if dev.is_dir() {
        bench_pages(c, "dev-corpus", &pages_of(dev));
    } else {
        eprintln!("no dev corpus at {}: its groups are skipped", dev.display());
    }
}

criterion_group!(benches, dates);
criterion_main!(benches);
