#![no_main]
//! `parse_headlines` on any text: no panic; heading and items slice the
//! input in order.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(block) = khabar::parse_headlines(text) {
        let mut end = 0;
        for p in block.heading().iter().chain(block.items()) {
            assert_eq!(&text[p.span().range()], p.as_str());
            assert!(p.span().start >= end);
            end = p.span().end;
        }
    }
});
