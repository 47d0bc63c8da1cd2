//! Throughput in bytes per second: `parse` on the seed page and on a page
//! mix, each typed parser alone, and folding, each group with a line-scan
//! baseline over the same input so the ratio is read off one run.
//!
//! The page mix is the data-driven cases of `tests/cases/` (pages written
//! for khabar: bullets, runs of headlines on one line, tag lines, appended
//! articles, feeds, furniture) plus the bundled sample and the seed page.

use std::hint::black_box;

use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main, measurement::WallTime};
use khabar::fold::Folder;

const SEED: &str = include_str!("../tests/fixtures/seed.txt");
const SAMPLE: &str = include_str!("../examples/sample.txt");

fn mix() -> Vec<String> {
    let mut pages = vec![SEED.to_owned(), SAMPLE.to_owned()];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for f in files {
        let cases: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        pages.extend(cases.iter().map(|c| c["text"].as_str().unwrap().to_owned()));
    }
    pages
}

fn bytes<S: AsRef<str>>(inputs: &[S]) -> u64 {
    inputs.iter().map(|s| s.as_ref().len() as u64).sum()
}

/// The baseline: splitting the same inputs into lines.
fn line_scan<S: AsRef<str>>(g: &mut BenchmarkGroup<'_, WallTime>, inputs: &[S]) {
    g.bench_function("line-scan", |b| {
        b.iter(|| inputs.iter().map(|s| black_box(s.as_ref()).lines().count()).sum::<usize>())
    });
}

fn parse(c: &mut Criterion) {
    // A bench that measures the wrong thing fails.
    assert_eq!(khabar::parse(SEED).articles().len(), 2);
    let mut g = c.benchmark_group("seed");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.bench_function("parse", |b| b.iter(|| khabar::parse(black_box(SEED))));
    line_scan(&mut g, &[SEED]);
    g.finish();

    let pages = mix();
    let articles: usize = pages.iter().map(|p| khabar::parse(p).articles().len()).sum();
    assert!(articles >= pages.len(), "the mix parses to {articles} articles");
    let mut g = c.benchmark_group("mix");
    g.throughput(Throughput::Bytes(bytes(&pages)));
    g.bench_function("parse", |b| {
        b.iter(|| pages.iter().map(|p| khabar::parse(black_box(p)).articles().len()).sum::<usize>())
    });
    line_scan(&mut g, &pages);
    g.finish();
}

fn typed(c: &mut Criterion) {
    let credits = [
        "المصدر | الخليج الجديد + متابعات",
        "*نقلاً عن صحيفة الأيام",
        "القاهرة في 3 مارس 2024 (أ ش أ)",
        "كتب: أحمد السيد",
    ];
    assert!(credits.iter().all(|l| khabar::parse_attribution(l).is_ok()));
    let mut g = c.benchmark_group("attribution");
    g.throughput(Throughput::Bytes(bytes(&credits)));
    g.bench_function("parse_attribution", |b| {
        b.iter(|| credits.iter().filter(|l| khabar::parse_attribution(black_box(l)).is_ok()).count())
    });
    line_scan(&mut g, &credits);
    g.finish();

    let body: String = SEED.lines().take(19).collect::<Vec<_>>().join("\n");
    let tags = "كلمات دلالية: فلاديمير بوتين المجلس العسكري المالي مالي فاجنر المجلس العسکری";
    let evidence = khabar::TagEvidence::new(&body);
    assert_eq!(khabar::parse_tags_with(tags, &evidence).unwrap().tags().len(), 5);
    let mut g = c.benchmark_group("tags");
    g.throughput(Throughput::Bytes(tags.len() as u64));
    g.bench_function("parse_tags_with", |b| {
        b.iter(|| khabar::parse_tags_with(black_box(tags), &evidence).map(|t| t.tags().len()))
    });
    line_scan(&mut g, &[tags]);
    g.finish();

    let related: String = SEED.lines().skip(40).collect::<Vec<_>>().join("\n");
    assert_eq!(khabar::parse_headlines(&related).unwrap().items().len(), 10);
    let mut g = c.benchmark_group("headlines");
    g.throughput(Throughput::Bytes(related.len() as u64));
    g.bench_function("parse_headlines", |b| {
        b.iter(|| khabar::parse_headlines(black_box(&related)).map(|h| h.items().len()))
    });
    line_scan(&mut g, &[&related]);
    g.finish();

    assert_eq!(khabar::parse_body(&body).unwrap().len(), 10);
    let mut g = c.benchmark_group("body");
    g.throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function("parse_body", |b| b.iter(|| khabar::parse_body(black_box(&body)).map(|p| p.len())));
    line_scan(&mut g, &[&body]);
    g.finish();
}

fn fold(c: &mut Criterion) {
    let folded = Folder::matching().fold(SEED).into_owned();
    assert!(matches!(Folder::matching().fold(&folded), std::borrow::Cow::Borrowed(_)));
    let mut g = c.benchmark_group("fold");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.bench_function("matching", |b| b.iter(|| Folder::matching().fold(black_box(SEED)).len()));
    g.bench_function("display", |b| b.iter(|| Folder::display().fold(black_box(SEED)).len()));
    g.bench_function("already-folded", |b| b.iter(|| Folder::matching().fold(black_box(&folded)).len()));
    line_scan(&mut g, &[SEED]);
    g.finish();
}

criterion_group!(benches, parse, typed, fold);
criterion_main!(benches);
