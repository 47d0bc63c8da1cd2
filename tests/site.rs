//! Site profiles: learning what a site repeats, on pages written for it,
//! and the promises a profile keeps whatever the pages.

use khabar::site::SiteProfile;
use khabar::{Parser, Role, Rule};
use proptest::prelude::*;

/// A page of a made-up site: its menu, its call to follow it, a varying
/// article, its tags under a label the lexicon lacks, its credit head and
/// its copyright.
fn site_page(title: &str, paragraph: &str, tags: [&str; 2], source: &str) -> String {
    format!(
        "الرئيسية\nسياسة\nاقتصاد\nرياضة\n\nانضموا إلى قناتنا على تلغرام\n\n{title}\n\n{paragraph}\n\n\
         مواضيع المقال\n\n{}\n{}\n\nمصدر الخبر: {source}\n\nجميع الحقوق محفوظة لموقع الأخبار",
        tags[0], tags[1]
    )
}

fn site_pages() -> Vec<String> {
    vec![
        site_page(
            "ارتفاع أسعار الذهب في الأسواق المحلية",
            "ارتفعت أسعار الذهب في الأسواق المحلية اليوم مع تراجع الدولار أمام العملات الرئيسية، وسط إقبال على الشراء من التجار.",
            ["الذهب", "الأسواق"],
            "وكالة الأنباء الرسمية",
        ),
        site_page(
            "فوز المنتخب الوطني في مباراة ودية",
            "فاز المنتخب الوطني على ضيفه بثلاثة أهداف نظيفة في مباراة ودية أقيمت أمس على الملعب البلدي، وأشاد المدرب بالأداء.",
            ["المنتخب", "المدرب"],
            "المكتب الإعلامي للاتحاد",
        ),
        site_page(
            "موعد بدء العام الدراسي الجديد",
            "أعلنت وزارة التربية موعد بدء العام الدراسي الجديد بعد اجتماع مع مديري المدارس، وستوزع الكتب على الطلاب في الأسبوع الأول.",
            ["المدارس", "الطلاب"],
            "وزارة التربية",
        ),
    ]
}

#[test]
fn learns_a_sites_furniture_and_labels() {
    let pages = site_pages();
    let profile = SiteProfile::learn(pages.iter().map(String::as_str));
    assert_eq!(profile.pages(), 3);
    let line = |text: &str| profile.lines().find(|(l, _)| *l == text).map(|(_, seen)| seen.clone());
    // The menu and the call to follow stand on every page.
    let follow = line("انضموا إلى قناتنا على تلغرام").expect("the call to follow is the site's");
    assert_eq!(follow.pages(), 3);
    assert!(line("سياسة").is_some());
    // The tag label stood over tags on every page.
    assert_eq!(line("مواضيع المقال").expect("the tag label is the site's").usual_role(), Role::Tags);
    // No article's line repeats.
    assert!(line("موعد بدء العام الدراسي الجديد").is_none());
    assert!(profile.lines().all(|(_, seen)| seen.pages() >= 2));
}

#[test]
fn parses_a_new_page_of_the_site_with_its_profile() {
    let pages = site_pages();
    let profile = SiteProfile::learn(pages.iter().map(String::as_str));
    // Tags that the body does not name: alone, no evidence makes them tags.
    let text = site_page(
        "افتتاح الجسر الجديد في المدينة",
        "افتتح المحافظ الجسر الجديد الذي يربط ضفتي النهر بعد ثلاث سنوات من العمل المتواصل بحضور عدد من المسؤولين.",
        ["الجسور", "النقل"],
        "محافظة المدينة",
    );
    let alone = khabar::parse(&text);
    assert_eq!(alone.articles()[0].title().unwrap().as_str(), "انضموا إلى قناتنا على تلغرام");
    assert!(alone.articles()[0].tags().is_empty());

    let parser = Parser::builder().site_profile(profile).build().unwrap();
    let page = parser.parse(&text);
    let article = &page.articles()[0];
    assert_eq!(article.title().unwrap().as_str(), "افتتاح الجسر الجديد في المدينة");
    let tags: Vec<&str> = article.tags().iter().map(|t| t.as_str()).collect();
    assert_eq!(tags, ["الجسور", "النقل"]);
    let rule_of = |text: &str| page.blocks().find(|b| b.as_str() == text).map(|b| (b.role(), b.rule()));
    assert_eq!(rule_of("انضموا إلى قناتنا على تلغرام"), Some((Role::Boilerplate, Rule::SiteRepeated)));
    assert_eq!(rule_of("مواضيع المقال"), Some((Role::Tags, Rule::SiteLabel)));
}

#[test]
fn a_profile_round_trips_through_serde() {
    let pages = site_pages();
    let profile = SiteProfile::learn(pages.iter().map(String::as_str));
    let saved = serde_json::to_string(&profile).unwrap();
    let loaded: SiteProfile = serde_json::from_str(&saved).unwrap();
    assert_eq!(loaded, profile);
    assert!(saved.contains("\"boilerplate\""), "roles are saved by name: {saved}");
    assert!(
        serde_json::from_str::<SiteProfile>(
            r#"{"pages":1,"lines":{"x":{"pages":2,"roles":{"nonsense":1}}},"heads":{}}"#
        )
        .is_err()
    );
}

#[test]
fn memory_stays_bounded_on_many_pages_of_one_site() {
    // 100,000 pages, each with a hundred lines of its own and the site's
    // two: the profile learns from its sample, counts at most its cap of
    // lines, and keeps the site's.
    let pages = (0..100_000).map(|n| {
        let own: String = (0..100).map(|k| format!("سطر {n} رقم {k}\n\n")).collect();
        format!("انضموا إلى قناتنا على تلغرام\n\n{own}جميع الحقوق محفوظة لموقع الأخبار")
    });
    let texts: Vec<String> = pages.take(SiteProfile::SAMPLE_PAGES + 10).collect();
    let start = std::time::Instant::now();
    let profile = SiteProfile::learn(texts.iter().map(String::as_str).chain(std::iter::repeat_n("", 98_990)));
    assert_eq!(profile.pages(), SiteProfile::SAMPLE_PAGES);
    assert!(profile.lines().count() <= SiteProfile::MAX_ENTRIES);
    assert!(profile.lines().any(|(l, _)| l == "انضموا إلى قناتنا على تلغرام"));
    assert!(profile.lines().all(|(l, _)| !l.starts_with("سطر")), "no page's own line is the site's");
    assert!(start.elapsed().as_secs() < 60, "learning took {:?}", start.elapsed());
}

#[test]
fn a_page_learned_three_times_parses() {
    // A crawl's duplicates: the page is its own site. Its long paragraphs
    // are counted by no profile; its short lines all repeat, and stand
    // between the paragraphs as a long break of the site's furniture.
    let sentence = "وقال المتحدث باسم الوزارة إن الأعمال ستستمر في الأسابيع المقبلة وفق الخطة الموضوعة لها مسبقا.";
    let paragraph = [sentence; 5].join(" ");
    let menu: String = ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات", "فيديو", "صور"].join("\n");
    let page = format!("{paragraph}\n\n{menu}\n\n{paragraph}");
    let profile = SiteProfile::learn([page.as_str(); 3]);
    assert!(profile.lines().count() >= 8);
    let parsed = Parser::default().with_profile(profile).parse(&page);
    assert!(parsed.blocks().any(|b| b.rule() == Rule::SiteRepeated));
    assert!(!parsed.articles().is_empty());
}

/// A small vocabulary, so that pages share lines.
const WORDS: [&str; 10] = ["خبر", "عاجل", "الرئيسية", "رياضة", "قال", "الوزير", "اليوم", "في", "المدينة", "."];

/// Lines of a few words from the vocabulary.
fn line() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(&WORDS[..]), 1..8).prop_map(|w| w.join(" "))
}

/// A sentence of prose.
fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(&WORDS[..9]), 6..24).prop_map(|w| w.join(" ") + ".")
}

fn page() -> impl Strategy<Value = String> {
    let block = prop_oneof![3 => line(), 1 => sentence()];
    prop::collection::vec(block, 1..16).prop_map(|lines| lines.join("\n\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A line that one page alone has is never in the profile.
    #[test]
    fn a_line_of_one_page_is_never_the_sites(pages in prop::collection::vec(page(), 1..6)) {
        let profile = SiteProfile::learn(pages.iter().map(String::as_str));
        for (line, seen) in profile.lines() {
            let on = pages.iter().filter(|p| p.contains(line)).count();
            prop_assert!(on >= 2, "{line:?} stands on {on} page(s)");
            prop_assert!(seen.pages() >= 2);
        }
    }

    /// Parsing with a profile is total, and its pieces slice the input,
    /// also on a page the profile was learned from, copies and all (a
    /// crawl's duplicates).
    #[test]
    fn parsing_with_a_profile_never_panics(page in page(), copies in 1usize..4, other in page()) {
        let pages: Vec<&str> = std::iter::repeat_n(page.as_str(), copies).chain([other.as_str()]).collect();
        let with = Parser::default().with_profile(SiteProfile::learn(pages.iter().copied()));
        for text in [&page, &other] {
            let parsed = with.parse(text);
            for b in parsed.blocks() {
                prop_assert_eq!(&text[b.span().range()], b.as_str());
            }
        }
    }

    /// A page that shares no line with its profile parses as without it.
    #[test]
    fn a_page_sharing_nothing_parses_as_alone(pages in prop::collection::vec(page(), 2..6), text in page()) {
        let profile = SiteProfile::learn(pages.iter().map(String::as_str));
        let shared = text.split('\n').any(|l| profile.verdict(l).is_some());
        prop_assume!(!shared);
        let with = Parser::default().with_profile(profile);
        let a: Vec<_> = khabar::parse(&text).blocks().map(|b| (b.span(), b.role(), b.rule())).collect();
        let b: Vec<_> = with.parse(&text).blocks().map(|b| (b.span(), b.role(), b.rule())).collect();
        prop_assert_eq!(a, b);
    }
}
