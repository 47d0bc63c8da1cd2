#![no_main]
//! The typed parsers on any text: no panic, pieces slice the input, and an
//! error's span lies inside it.

use libfuzzer_sys::fuzz_target;

fn inside(text: &str, span: khabar::Span) {
    assert!(span.end <= text.len() && text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
}

fuzz_target!(|text: &str| {
    match khabar::parse_attribution(text) {
        Ok(a) => {
            for p in a.label().iter().chain(a.names()) {
                assert_eq!(&text[p.span().range()], p.as_str());
            }
            assert!(!a.names().is_empty());
        }
        Err(e) => inside(text, e.span()),
    }
    match khabar::parse_tags(text) {
        Ok(t) => t.tags().iter().for_each(|p| assert_eq!(&text[p.span().range()], p.as_str())),
        Err(e) => inside(text, e.span()),
    }
    let evidence = khabar::TagEvidence::new(text);
    if let Ok(t) = khabar::parse_tags_with(text, &evidence) {
        t.tags().iter().for_each(|p| assert_eq!(&text[p.span().range()], p.as_str()));
    }
    match khabar::parse_headlines(text) {
        Ok(b) => b.heading().iter().chain(b.items()).for_each(|p| assert_eq!(&text[p.span().range()], p.as_str())),
        Err(e) => inside(text, e.span()),
    }
    match khabar::parse_body(text) {
        Ok(body) => {
            for p in body {
                assert_eq!(&text[p.span().range()], p.as_str());
                for s in p.sentences() {
                    assert_eq!(&text[s.span().range()], s.as_str());
                }
            }
        }
        Err(e) => inside(text, e.span()),
    }
});
