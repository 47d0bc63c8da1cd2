//! The founding page, parsed whole: every part of its structure, and every
//! span slicing the input to its text.

use khabar::{Piece, Role};

const SEED: &str = include_str!("fixtures/seed.txt");

fn texts<'a>(pieces: &[Piece<'a>]) -> Vec<&'a str> {
    pieces.iter().map(|p| p.as_str()).collect()
}

#[test]
fn seed_page_structure() {
    let page = khabar::parse(SEED);
    let [first, second] = page.articles() else { panic!("expected 2 articles, got {}", page.articles().len()) };

    assert_eq!(first.title(), None);
    assert_eq!(first.paragraphs().len(), 8);
    assert_eq!(second.paragraphs().len(), 5);
    assert_eq!(second.title().unwrap().as_str(), "«الدبيبة» يبحث تعزيز التعاون بين ليبيا والجامعة العربية");

    let [read_also] = first.read_also() else { panic!("one read-also block") };
    assert_eq!(read_also.heading().unwrap().as_str(), "اقرأ أيضاً");
    assert_eq!(texts(read_also.items()), ["جماعة معارضة تسقط طائرة شحن تابعة لقوات فاغنر الروسية في مالي"]);

    let sources: Vec<Vec<&str>> = first.sources().iter().map(|s| texts(s.names())).collect();
    assert_eq!(sources, [vec!["الخليج الجديد", "متابعات"], vec!["الخليج الجديد"]]);
    assert!(first.sources().iter().all(|s| s.label().unwrap().as_str() == "المصدر"));

    assert_eq!(texts(first.tags()), ["فلاديمير بوتين", "المجلس العسكري المالي", "مالي", "فاجنر", "المجلس العسکری"]);
    assert!(second.read_also().is_empty() && second.sources().is_empty() && second.tags().is_empty());

    let [related] = page.related() else { panic!("one related block") };
    assert_eq!(related.heading().unwrap().as_str(), "مقالات مشابهة");
    assert_eq!(related.items().len(), 10);
    assert_eq!(related.items()[1].as_str(), second.title().unwrap().as_str());
}

#[test]
fn seed_spans_slice_the_input() {
    let page = khabar::parse(SEED);
    let pieces: Vec<Piece<'_>> = page.pieces().map(|(_, p)| p).collect();
    // 1 title, 13 paragraphs, 2 read-also pieces, 2 labels and 3 names, 5 tags, 11 related.
    assert_eq!(pieces.len(), 37);
    for p in pieces {
        assert_eq!(&SEED[p.span().range()], p.as_str());
    }
    for b in page.blocks() {
        assert_eq!(&SEED[b.span().range()], b.as_str());
    }
}

#[test]
fn seed_blocks_walk_the_page_in_order() {
    let page = khabar::parse(SEED);
    let roles: Vec<Role> = page.blocks().filter(|b| b.role() != Role::Blank).map(|b| b.role()).collect();
    assert_eq!(roles.iter().filter(|&&r| r == Role::Paragraph).count(), 13);
    assert_eq!(roles.iter().filter(|&&r| r == Role::RelatedItem).count(), 10);
    assert_eq!(roles.iter().filter(|&&r| r == Role::Source).count(), 2);
    assert_eq!(roles.iter().filter(|&&r| r == Role::Tags).count(), 1);
    assert_eq!(roles.iter().filter(|&&r| r == Role::Title).count(), 1);
    let starts: Vec<usize> = page.blocks().map(|b| b.span().start).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(page.clean_text().lines().count(), 14);
}
