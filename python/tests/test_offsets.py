"""Every piece slices the parsed Python string to its text: on every dev
page, and on strings whose code points and UTF-8 bytes part ways
(astral characters, CRLF, no-break spaces, zero-width and bidi marks)."""

import pytest

import khabar

NASTY = [
    # Emoji and mathematical letters: 4 bytes, one code point each.
    "قال الوزير 🙂 إن المحادثات مع الجانب 𝔸 الآخر كانت مثمرة وبناءة للغاية في كل الملفات.\n"
    "المصدر: رويترز 🙂\n"
    "كلمات دلالية: غزة، 🙂 القدس",
    # CRLF line breaks and a lone CR.
    "عنوان الخبر الرئيسي اليوم\r\n\r\nقال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية"
    " في كل الملفات.\r\nالمصدر | وكالة الأنباء + متابعات\rكلمات دلالية: الوزير",
    # No-break spaces, a run of them standing for a line break, zero-width and bidi marks.
    "قال\u00a0الوزير إن المحادثات\u200b مع الجانب الآخر كانت مثمرة\u200f وبناءة للغاية في كل الملفات."
    "\u00a0\u00a0\u00a0اقرأ أيضاً\u200e: الوزير يلتقي نظيره في العاصمة\u2028"
    "وأضاف أن الاتفاق النهائي\u200d سيوقع خلال الأسابيع المقبلة في العاصمة.\ufeff",
    # Tatweel, presentation forms, Persian letters, combining marks.
    "ﻏﺰﺓ: قـــال الوزيـر إنّ المحادثاتِ مع الجانب الآخر كانت مثمرةً وبناءة للغاية في كل الملفات.\n"
    "كلمات دلالية: المجلس العسکری • غزة",
    "",
    "🙂",
    "\r\n\r\n",
]


def assert_pieces_slice(text: str) -> None:
    page = khabar.parse(text)
    utf8 = text.encode()
    seen = 0
    for role, p in page.pieces():
        assert text[p.start : p.end] == p.text, (role, p)
        assert utf8[p.byte_start : p.byte_end] == p.text.encode(), (role, p)
        seen += 1
    for b in page.blocks:
        assert text[b.start : b.end] == b.text, b
        assert utf8[b.byte_start : b.byte_end] == b.text.encode(), b
    # The dict view carries the same offsets.
    for article in page.to_dict()["articles"]:
        for d in [article["title"], *article["paragraphs"], *article["tags"]]:
            if d is not None:
                assert text[d["start"] : d["end"]] == d["text"]
    return seen


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_nasty_strings(text):
    assert_pieces_slice(text)


def test_offsets_part_from_bytes_where_they_should():
    text = NASTY[0]
    page = khabar.parse(text)
    source = page.articles[0].sources[0].names[0]
    assert source.text.startswith("رويترز")
    assert source.start < source.byte_start  # Arabic letters take two bytes each
    emoji_tag = [t for t in page.articles[0].tags if "🙂" in t.text]
    assert emoji_tag and text[emoji_tag[0].start : emoji_tag[0].end] == emoji_tag[0].text


def test_every_piece_of_every_dev_page(dev_texts):
    pieces = sum(assert_pieces_slice(text) for text in dev_texts)
    # Not vacuous: the dev pages hold thousands of pieces.
    assert pieces > 1000
