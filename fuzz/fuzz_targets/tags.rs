#![no_main]
//! `parse_tags` and `parse_tags_with` (the text as its own evidence) on
//! any text: no panic; tags slice the input, in order, without overlap.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let evidence = khabar::TagEvidence::new(text);
    for list in [khabar::parse_tags(text), khabar::parse_tags_with(text, &evidence)].into_iter().flatten() {
        let mut end = 0;
        for t in list.tags() {
            assert_eq!(&text[t.span().range()], t.as_str());
            assert!(t.span().start >= end);
            end = t.span().end;
        }
    }
});
