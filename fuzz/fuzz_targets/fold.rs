#![no_main]
//! Folding on any text: idempotent in every preset, and its offset map is
//! monotone and on the input's char boundaries.

use khabar::fold::Folder;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for folder in [Folder::matching(), Folder::display(), Folder::none().split_words(true)] {
        let once = folder.fold(text).into_owned();
        assert_eq!(folder.fold(&once), once);
    }
    let folded = Folder::matching().fold_with_offsets(text);
    let mut last = 0;
    for i in 0..folded.as_str().len() {
        let span = folded.source_span(i..i + 1);
        assert!(span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert!(span.start >= last);
        last = span.start;
    }
});
