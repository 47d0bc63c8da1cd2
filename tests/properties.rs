//! Invariants on generated pages that mix real shapes (markers, credits,
//! tags, bullets, stamps, prose, headlines) with random text, separators,
//! bidi marks and no-break spaces. Case counts follow proptest's
//! `PROPTEST_CASES` (256 by default); raise it locally for longer runs.

use khabar::Piece;
use khabar::fold::Folder;
use proptest::prelude::*;

/// Lines of the shapes real pages have.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("اقرأ أيضاً".to_owned()),
        Just("إقرأ أيضا: عنوان خبر آخر عن الاقتصاد".to_owned()),
        Just("مقالات مشابهة".to_owned()),
        Just("المصدر | الخليج الجديد + متابعات".to_owned()),
        Just("(وكالات)".to_owned()),
        Just("كلمات دلالية: بوتين المجلس العسکری مالي".to_owned()),
        Just("كتب: محمد علي".to_owned()),
        Just("  • خبر أول من الأخبار ذات الصلة بالموضوع".to_owned()),
        Just("23:58 07.08.2019".to_owned()),
        Just("جميع الحقوق محفوظة".to_owned()),
        Just("#غزة #القدس".to_owned()),
        Just("قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية.".to_owned()),
        Just("وأضاف أن الاتفاق النهائي سيوقع خلال الأسابيع المقبلة في العاصمة.".to_owned()),
        Just("الوزير يلتقي نظيره في العاصمة لبحث التعاون".to_owned()),
        Just("غـ ، ـزة ﻏﺰﺓ \u{200f}\u{a0}ـ".to_owned()),
        "[ا-ي ،.:|•\\-*()0-9a-z\u{a0}\u{200f}\u{640}]{0,60}",
        any::<String>(),
    ]
}

/// What stands between lines: line breaks of every kind, spacer runs, bullets.
fn separator() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("\n"),
        Just("\n\n"),
        Just("\r\n"),
        Just("\r"),
        Just("   "),
        Just(" \u{a0} "),
        Just(" • "),
        Just(" ")
    ]
}

fn page() -> impl Strategy<Value = String> {
    prop::collection::vec((line(), separator()), 0..40)
        .prop_map(|parts| parts.into_iter().flat_map(|(l, s)| [l, s.to_owned()]).collect())
}

proptest! {
    #[test]
    fn parse_is_total_and_its_spans_are_sound(text in page()) {
        let page = khabar::parse(&text);
        let mut all: Vec<Piece<'_>> = page.pieces().map(|(_, p)| p).collect();
        for p in &all {
            let span = p.span();
            // A piece is text: no line break or space at either end.
            prop_assert_eq!(p.as_str().trim_matches(['\n', '\r', ' ', '\t']), p.as_str());
            prop_assert!(span.end <= text.len());
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            prop_assert_eq!(&text[span.range()], p.as_str());
        }
        // No two pieces overlap.
        all.sort_by_key(|p| p.span());
        for w in all.windows(2) {
            prop_assert!(w[0].span().end <= w[1].span().start, "{:?} overlaps {:?}", w[0], w[1]);
        }
        // Blocks walk the input in order, without overlap, and slice it.
        let blocks: Vec<_> = page.blocks().collect();
        for w in blocks.windows(2) {
            prop_assert!(w[0].span().end <= w[1].span().start);
        }
        for b in &blocks {
            prop_assert_eq!(&text[b.span().range()], b.as_str());
        }
        // Articles come in input order.
        let firsts: Vec<usize> = page.articles().iter().filter_map(|a| a.paragraphs().first()).map(|p| p.span().start).collect();
        prop_assert!(firsts.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn parse_is_deterministic(text in page()) {
        prop_assert_eq!(khabar::parse(&text), khabar::parse(&text));
    }

    #[test]
    fn typed_parsers_never_panic(text in page()) {
        let _ = khabar::parse_attribution(&text);
        let _ = khabar::parse_tags(&text);
        let _ = khabar::parse_headlines(&text);
        if let Ok(body) = khabar::parse_body(&text) {
            for p in body {
                for s in p.sentences() {
                    prop_assert_eq!(&text[s.span().range()], s.as_str());
                }
            }
        }
    }

    #[test]
    fn folding_is_idempotent(text in page()) {
        for folder in [Folder::matching(), Folder::display(), Folder::none().tatweel(true).split_words(true)] {
            let once = folder.fold(&text).into_owned();
            let twice = folder.fold(&once);
            // Folded text folds to itself, borrowed: no allocation.
            prop_assert!(matches!(twice, std::borrow::Cow::Borrowed(_)), "{:?} folded again was copied", once);
            prop_assert_eq!(twice.into_owned(), once);
        }
    }

    #[test]
    fn fold_offsets_are_monotone_and_on_boundaries(text in page()) {
        let folded = Folder::matching().fold_with_offsets(&text);
        let mut last = 0;
        for i in 0..folded.as_str().len() {
            let span = folded.source_span(i..i + 1);
            prop_assert!(span.start <= span.end && span.end <= text.len());
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            prop_assert!(span.start >= last);
            last = span.start;
        }
    }

    #[test]
    fn lossy_bytes_lose_nothing_else(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let lossy = khabar::decode_lossy(&bytes);
        let _ = lossy.parse();
        // Re-encoding the decoded text, with each replacement put back to
        // its original bytes, gives the input.
        let mut rebuilt = Vec::new();
        let mut at = 0;
        for r in lossy.replacements() {
            rebuilt.extend_from_slice(&lossy.text().as_bytes()[at..r.decoded.start]);
            rebuilt.extend_from_slice(&bytes[r.original.range()]);
            at = r.decoded.end;
        }
        rebuilt.extend_from_slice(&lossy.text().as_bytes()[at..]);
        prop_assert_eq!(rebuilt, bytes.clone());
        prop_assert_eq!(khabar::parse_bytes(&bytes).is_ok(), lossy.replacements().is_empty());
    }
}
