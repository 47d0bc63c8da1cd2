#![no_main]
//! `parse_date` on any text: no panic; the date phrase and a zone's place
//! slice the input, the place inside the phrase; an error's span lies
//! inside the input.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match khabar::parse_date(text) {
        Ok(d) => {
            assert_eq!(&text[d.span().range()], d.as_str());
            if let Some(khabar::Zone::Place(p)) = d.zone() {
                assert_eq!(&text[p.span().range()], p.as_str());
                assert!(d.span().start <= p.span().start && p.span().end <= d.span().end);
            }
        }
        Err(e) => assert!(e.span().end <= text.len() && text.is_char_boundary(e.span().start)),
    }
});
