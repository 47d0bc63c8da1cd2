#![no_main]
//! `parse` and `decode_lossy` on any bytes: no panic, and every piece and
//! block slices the text on char boundaries, in order, without overlap.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let lossy = khabar::decode_lossy(data);
    let text = lossy.text();
    let page = lossy.parse();
    let mut spans: Vec<_> = page.pieces().map(|(_, p)| (p.span(), p.as_str())).collect();
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
