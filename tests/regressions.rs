//! Inputs that fuzzing and property testing once found failing, kept so
//! they stay fixed. Each is checked against the invariant it broke.

use khabar::fold::Folder;

/// Folding must be idempotent (cargo-fuzz `fold`: a dot between single
/// letters with a tatweel beside it was joined only on the second pass; a
/// tatweel join that removed a dot made two letters single for the next;
/// a space joined before `ئ` made the fragment before a tatweel long enough).
#[test]
fn fold_idempotent_regressions() {
    for text in ["+8888888885.ب.ـض/*|", "ا\u{200f}.ا\n", "ب ـة", "+'ر885.ب88A888885.ب.885.ب.ـؖ.ـئـ\u{b}\u{b}ڨ,+"]
    {
        for folder in [Folder::matching(), Folder::display(), Folder::none().split_words(true)] {
            let once = folder.fold(text).into_owned();
            assert_eq!(folder.fold(&once), once, "{text:?}");
        }
    }
}

/// `parse` must not panic (proptest: a list number followed by tatweel
/// made `strip_bullet` slice inside a character).
#[test]
fn parse_total_regressions() {
    // A bulleted line of twenty words or more opening with a clock time
    // (a card's, which `without_card_date` cuts off the front) was sliced
    // as if its date stood at its end.
    let clocked = "اقرأ أيضا • 23:58 07.08.2019 وأضاف أن الاتفاق النهائي سيوقع خلال الأسابيع \
                   المقبلة في العاصمة. وأضاف أن الاتفاق النهائي سيوقع خلال الأسابيع المقبلة في العاصمة. k";
    for text in ["3ـ  ،", "ـ  ،\n12ـ x", "1ـ", clocked] {
        let page = khabar::parse(text);
        for b in page.blocks() {
            assert_eq!(&text[b.span().range()], b.as_str());
        }
    }
}
