#![no_main]
//! `parse` and `decode_lossy` on any bytes: no panic, and every piece and
//! block slices the text on char boundaries, in order, without overlap.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let lossy = khabar::decode_lossy(data);
    let text = lossy.text();
    let page = lossy.parse();
    let mut spans = Vec::new();
    for a in page.articles() {
        spans.extend(a.title().map(|t| (t.span(), t.as_str())));
        spans.extend(a.paragraphs().iter().map(|p| (p.span(), p.as_str())));
        for b in a.read_also() {
            spans.extend(b.heading().map(|h| (h.span(), h.as_str())));
            spans.extend(b.items().iter().map(|i| (i.span(), i.as_str())));
        }
        for c in a.sources().iter().chain(a.bylines()) {
            spans.extend(c.label().map(|l| (l.span(), l.as_str())));
            spans.extend(c.names().iter().map(|n| (n.span(), n.as_str())));
        }
        spans.extend(a.tags().iter().map(|t| (t.span(), t.as_str())));
    }
    for b in page.related() {
        spans.extend(b.heading().map(|h| (h.span(), h.as_str())));
        spans.extend(b.items().iter().map(|i| (i.span(), i.as_str())));
    }
    for (span, s) in &spans {
        assert_eq!(&text[span.range()], *s);
    }
    spans.sort();
    for w in spans.windows(2) {
        assert!(w[0].0.end <= w[1].0.start, "{:?} overlaps {:?}", w[0], w[1]);
    }
    let blocks: Vec<_> = page.blocks().collect();
    for w in blocks.windows(2) {
        assert!(w[0].span().end <= w[1].span().start);
    }
    assert_eq!(page, khabar::parse(text));
});
