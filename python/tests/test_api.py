"""The Python API on the seed page and on invented lines: the same
structure as the Rust tests (tests/seed.rs), the typed parsers, errors,
folding."""

import doctest

import pytest

import khabar


def texts(pieces):
    return [p.text for p in pieces]


def test_seed_page_structure(seed):
    page = khabar.parse(seed)
    first, second = page.articles

    assert first.title is None
    assert len(first.paragraphs) == 8
    assert len(second.paragraphs) == 5
    assert second.title.text == "«الدبيبة» يبحث تعزيز التعاون بين ليبيا والجامعة العربية"

    [read_also] = first.read_also
    assert read_also.heading.text == "اقرأ أيضاً"
    assert texts(read_also.items) == ["جماعة معارضة تسقط طائرة شحن تابعة لقوات فاغنر الروسية في مالي"]

    assert [texts(s.names) for s in first.sources] == [["الخليج الجديد", "متابعات"], ["الخليج الجديد"]]
    assert all(s.label.text == "المصدر" and s.kind == "source" for s in first.sources)
    assert [s.separator for s in first.sources] == ["pipe", "colon"]

    assert texts(first.tags) == ["فلاديمير بوتين", "المجلس العسكري المالي", "مالي", "فاجنر", "المجلس العسکری"]
    assert not (second.read_also or second.sources or second.tags or second.bylines)

    [related] = page.related
    assert related.heading.text == "مقالات مشابهة"
    assert len(related.items) == 10
    assert related.items[1].text == second.title.text


def test_seed_spans_slice_the_input(seed):
    page = khabar.parse(seed)
    pieces = page.pieces()
    # 1 title, 13 paragraphs, 2 read-also pieces, 2 labels and 3 names, 5 tags, 11 related.
    assert len(pieces) == 37
    for _, p in pieces:
        assert seed[p.start : p.end] == p.text
        assert seed.encode()[p.byte_start : p.byte_end].decode() == p.text
    for b in page.blocks:
        assert seed[b.start : b.end] == b.text
    assert page.text == seed


def test_seed_blocks_walk_the_page_in_order(seed):
    page = khabar.parse(seed)
    roles = [b.role for b in page.blocks if b.role != "blank"]
    assert roles.count("paragraph") == 13
    assert roles.count("related_item") == 10
    assert roles.count("source") == 2
    assert roles.count("tags") == 1
    assert roles.count("title") == 1
    starts = [b.start for b in page.blocks]
    assert starts == sorted(starts)
    assert all(b.role in khabar.ROLES for b in page.blocks)
    assert all(b.is_text == (b.role in ("title", "paragraph")) for b in page.blocks)
    assert isinstance(page.blocks[0], khabar.Piece)
    assert len(page.clean_text.splitlines()) == 14


def test_block_counts_and_bytes_set_aside(seed, pages):
    for text in [seed, *(p["text"] for p in pages)]:
        page = khabar.parse(text)
        blocks = page.blocks
        roles = [b.role for b in blocks]
        assert page.block_counts == {r: roles.count(r) for r in khabar.ROLES if r in roles}
        aside = [b for b in blocks if not b.is_text]
        assert page.set_aside_bytes == sum(b.byte_end - b.byte_start for b in aside)
    assert khabar.parse(seed).block_counts["related_item"] == 10


def test_seed_dict_is_the_eval_view(seed):
    page = khabar.parse(seed)
    d = page.to_dict()
    assert list(d) == ["articles", "related"]
    a = d["articles"][0]
    assert list(a) == ["title", "paragraphs", "read_also", "sources", "bylines", "tags"]
    assert a["title"] is None
    assert a["sources"][0]["label"]["text"] == "المصدر"
    assert [n["text"] for n in a["sources"][0]["names"]] == ["الخليج الجديد", "متابعات"]
    assert d["related"][0]["heading"]["text"] == "مقالات مشابهة"
    # Each object's own dict is its part of the page's.
    assert page.articles[1].to_dict() == d["articles"][1]
    assert page.related[0].to_dict() == d["related"][0]
    assert page.articles[0].sources[0].to_dict() == a["sources"][0]
    title = page.articles[1].title
    assert title.to_dict() == {
        "text": title.text,
        "start": title.start,
        "end": title.end,
        "byte_start": title.byte_start,
        "byte_end": title.byte_end,
    }


def test_reprs_and_str(seed):
    page = khabar.parse(seed)
    assert repr(page) == "Page(articles=2, related=1, blocks=52)"
    assert repr(page.articles[1]).startswith("Article(title=True, paragraphs=5,")
    assert repr(page.articles[0].sources[0]) == "Attribution(kind='source', separator='pipe', names=2)"
    title = page.articles[1].title
    assert str(title) == title.text
    assert repr(title) == f"Piece({title.text!r}, {title.start}, {title.end})"
    assert repr(page.blocks[1]).startswith("Block('blank', '',")


def test_a_text_with_no_article():
    page = khabar.parse("")
    assert page.articles == [] and page.related == [] and page.clean_text == ""
    page = khabar.parse("الرئيسية\nأخبار\nرياضة\nاتصل بنا")
    assert page.articles == []
    assert {b.role for b in page.blocks} == {"boilerplate"}


def test_parse_attribution():
    a = khabar.parse_attribution("المصدر | الخليج الجديد + متابعات")
    assert a.label.text == "المصدر"
    assert a.separator == "pipe"
    assert a.kind == "source"
    assert texts(a.names) == ["الخليج الجديد", "متابعات"]
    b = khabar.parse_attribution("كتب: أحمد سالم")
    assert b.kind == "byline" and texts(b.names) == ["أحمد سالم"]
    lone = khabar.parse_attribution("(وكالات)")
    assert lone.label is None and lone.separator == "none"


def test_parse_tags_with_and_without_evidence():
    t = khabar.parse_tags("Tags: غزة، القدس, الضفة الغربية")
    assert t.label.text == "Tags"
    assert texts(t.tags) == ["غزة", "القدس", "الضفة الغربية"]
    line = "كلمات دلالية: فلاديمير بوتين المجلس العسکری المالي مالي"
    body = "بحث الرئيس فلاديمير بوتين مع رئيس المجلس العسكري المالي الأمن في مالي."
    assert len(khabar.parse_tags(line).tags) == 1
    split = khabar.parse_tags(line, evidence=body)
    assert texts(split.tags) == ["فلاديمير بوتين", "المجلس العسکری المالي", "مالي"]
    assert all(line[p.start : p.end] == p.text for p in split.tags)


def test_parse_headlines_and_body():
    block = "مقالات مشابهة\n  • خبر أول عن الاقتصاد\n  • خبر ثان عن السياسة"
    b = khabar.parse_headlines(block)
    assert b.heading.text == "مقالات مشابهة"
    assert texts(b.items) == ["خبر أول عن الاقتصاد", "خبر ثان عن السياسة"]
    body = "الفقرة الأولى.\n\n• بند من قائمة"
    paragraphs = khabar.parse_body(body)
    assert texts(paragraphs) == ["الفقرة الأولى.", "بند من قائمة"]
    assert body[paragraphs[1].start : paragraphs[1].end] == "بند من قائمة"


@pytest.mark.parametrize(
    ("parser", "text", "kind"),
    [
        (khabar.parse_attribution, "المصدر:", "no_names"),
        (khabar.parse_attribution, "   ", "empty"),
        (khabar.parse_attribution, "قال الوزير إن المحادثات كانت مثمرة", "not_attribution"),
        (khabar.parse_tags, "غزة القدس", "not_tag_list"),
        (khabar.parse_tags, "كلمات دلالية:", "no_tags"),
        (khabar.parse_headlines, "\n\n", "empty"),
        (khabar.parse_body, "• — •", "no_paragraphs"),
    ],
)
def test_typed_parsers_raise_with_the_span(parser, text, kind):
    with pytest.raises(khabar.ParseError) as info:
        parser(text)
    err = info.value
    assert isinstance(err, ValueError)
    assert err.kind == kind
    assert 0 <= err.start <= err.end <= len(text)
    assert len(text[: err.start].encode()) == err.byte_start
    assert len(text[: err.end].encode()) == err.byte_end
    assert f"at {err.start}..{err.end}" in str(err)


def test_error_span_in_code_points():
    with pytest.raises(khabar.ParseError) as info:
        khabar.parse_attribution("المصدر:")
    err = info.value
    assert (err.start, err.end, err.byte_start, err.byte_end) == (0, 7, 0, 13)
    assert str(err) == "a credit label with no name after it at 0..7"


def test_a_lone_surrogate_has_no_utf8_form():
    with pytest.raises(UnicodeEncodeError):
        khabar.parse("غزة \ud83d")
    with pytest.raises(UnicodeEncodeError):
        khabar.parse_many(["غزة", "\udc00"])


def test_wrong_argument_types():
    with pytest.raises(TypeError):
        khabar.parse(b"bytes")
    with pytest.raises(TypeError):
        khabar.parse_attribution(None)


def test_fold_presets():
    assert khabar.fold("إقرأ أيضـــاً:") == "اقرا ايضا:"
    assert khabar.fold("المجلس العسکری") == "المجلس العسكري"
    assert khabar.fold("مدرسة", "display") == "مدرسة"
    assert khabar.fold("مدرسة\u00a0\u200fجديدة", "display") == "مدرسة جديدة"
    assert khabar.fold("إقرأ", "none") == "إقرأ"
    assert khabar.FOLD_PRESETS == ("matching", "display", "none")
    with pytest.raises(ValueError, match="unknown fold preset"):
        khabar.fold("غزة", "loud")


def test_docstring_examples():
    import khabar.types

    for module in [khabar, khabar.types]:
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0
