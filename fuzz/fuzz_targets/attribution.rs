#![no_main]
//! `parse_attribution` on any text: no panic; its pieces slice the input;
//! a credit has a name; an error's span lies inside the input.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match khabar::parse_attribution(text) {
        Ok(a) => {
            assert!(!a.names().is_empty());
            for p in a.label().iter().chain(a.names()) {
                assert_eq!(&text[p.span().range()], p.as_str());
            }
        }
        Err(e) => assert!(e.span().end <= text.len() && text.is_char_boundary(e.span().start)),
    }
});
