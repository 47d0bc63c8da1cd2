use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const SEED: &str = include_str!("../tests/fixtures/seed.txt");

fn parse_seed(c: &mut Criterion) {
    // A bench that measures the wrong thing fails: the seed has 2 articles.
    assert_eq!(khabar::parse(SEED).articles().len(), 2);
    let mut g = c.benchmark_group("seed");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.bench_function("parse", |b| b.iter(|| khabar::parse(black_box(SEED))));
    g.bench_function("line-scan", |b| b.iter(|| black_box(SEED).lines().count()));
    g.finish();
}

criterion_group!(benches, parse_seed);
criterion_main!(benches);
