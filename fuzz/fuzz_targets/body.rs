#![no_main]
//! `parse_body`, sentences and leads on any text: no panic; every piece
//! slices the input.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(paragraphs) = khabar::parse_body(text) {
        for p in paragraphs {
            assert_eq!(&text[p.span().range()], p.as_str());
            for s in p.sentences() {
                assert_eq!(&text[s.span().range()], s.as_str());
            }
            if let Some(lead) = p.lead() {
                for n in lead.names() {
                    assert_eq!(&text[n.span().range()], n.as_str());
                }
            }
        }
    }
});
