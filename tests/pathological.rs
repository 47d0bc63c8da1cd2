//! Inputs built to find superlinear time: each is parsed at a size where
//! quadratic behaviour would be obvious, and its time per byte is compared
//! with that of ordinary pages of the same size, parsed in the same test.
//! The bound is generous (10×) so that the test is not flaky.
//!
//! `KHABAR_PATHOLOGICAL_MIB` sets the size (default 8, or 2 in debug builds).

use std::time::{Duration, Instant};

const SEED: &str = include_str!("fixtures/seed.txt");

fn size() -> usize {
    let default = if cfg!(debug_assertions) { 2 } else { 8 };
    std::env::var("KHABAR_PATHOLOGICAL_MIB").ok().and_then(|v| v.parse().ok()).unwrap_or(default) << 20
}

/// `unit` repeated to at least `size` bytes.
fn repeat(unit: &str, size: usize) -> String {
    unit.repeat(size / unit.len().max(1) + 1)
}

fn time(text: &str) -> Duration {
    let start = Instant::now();
    let page = khabar::parse(text);
    let took = start.elapsed();
    // Keep the result alive and check it is sound where it ends.
    if let Some(b) = page.blocks().last() {
        assert_eq!(&text[b.span().range()], b.as_str());
    }
    took
}

/// The most time per byte of a case, in times that of ordinary pages.
const BOUND: f64 = 10.0;

fn per_byte(d: Duration, bytes: usize) -> f64 {
    d.as_secs_f64() / bytes as f64
}

#[test]
fn pathological_inputs_parse_in_linear_time() {
    let n = size();
    let normal = repeat(&format!("{SEED}\n\n"), n);
    let baseline = per_byte(time(&normal), normal.len());
    let words: String = (0..n / 12).map(|i| format!("كلمة{} ", i % 977)).collect();
    let distinct: String = (0..n / 12).map(|i| format!("كلمة{i} ")).collect();
    let cases: Vec<(&str, String)> = vec![
        ("one huge line", repeat("قال الوزير إن المحادثات كانت مثمرة ", n)),
        ("only newlines", "\n".repeat(n)),
        ("only carriage returns", "\r".repeat(n)),
        ("only spaces", " ".repeat(n)),
        ("only bullets", repeat("• ", n)),
        ("bullet lines", repeat("  • خبر من الأخبار\n", n)),
        ("only markers", repeat("اقرأ أيضاً\n", n)),
        ("post-navigation labels", repeat("السابق بوست\n* * *\nعنوان المقال السابق في الموقع.\n", n)),
        ("markers on one line", repeat("اقرأ أيضاً: خبر. ", n)),
        ("a tag line of many words", format!("{SEED}\nكلمات دلالية: {words}")),
        // A text browser's line of feed titles, as long as a page, over
        // short sentences that could each be the headline it names.
        ("a huge line of feed titles", format!("#{distinct}\n\n{}", repeat("خبر قصير جدا.\n", n))),
        // Every word its own: a repeat among them is looked up, not searched for.
        ("a tag line of distinct words", format!("{SEED}\nكلمات دلالية: {distinct}")),
        ("many related items", format!("{SEED}\nمقالات مشابهة\n{}", repeat("  • خبر ذو صلة بالموضوع هنا\n", n))),
        ("stamps and headlines", repeat("10:45 12.03.2024\nالبنك المركزي يبقي أسعار الفائدة دون تغيير\n", n)),
        ("short lines", repeat("حزب الله\n", n)),
        ("tatweel and dots", repeat("غـ ، ـزة غ.ز.ة ", n)),
        ("credits", repeat("المصدر: رويترز\n", n)),
        ("short articles closed by tags", repeat("وقال المتحدث إن الأعمال ستستمر.\nالوسوم: غزة، القدس\n\n", n)),
        // Each run of names in a body could be its tags run together, which
        // the body's words must name: asked once a body, not once a run.
        (
            "runs of names in a body",
            repeat(
                "وقال المتحدث إن الخطة ستطبق في جميع المحافظات خلال العام المقبل.\n\nسمير بخيت نادر فهمي كريم عادل\n\n",
                n,
            ),
        ),
    ];
    for (name, text) in cases {
        // A case over the bound is timed again, twice at most, and its
        // best time kept: a machine busy with other work slows one run, a
        // superlinear parse slows them all.
        let mut took = time(&text);
        for _ in 0..2 {
            if per_byte(took, text.len()) / baseline < BOUND {
                break;
            }
            took = took.min(time(&text));
        }
        let ratio = per_byte(took, text.len()) / baseline;
        eprintln!("{name}: {ratio:.2}x");
        assert!(
            ratio < BOUND,
            "{name}: {:.1}x the time per byte of ordinary pages ({took:?} for {} bytes)",
            ratio,
            text.len()
        );
    }
}
