"""khabar: the structure of Arabic news pages kept as plain text.

``khabar.parse(text)`` gives a :class:`Page` of articles (title, paragraphs,
read-also blocks, sources, bylines, tags) and page-level related blocks.
Every piece carries its place in the string that was parsed, in Python
string offsets, so ``text[p.start:p.end] == p.text`` always holds
(``p.byte_start``/``p.byte_end`` give the same place in UTF-8 bytes).

>>> import khabar
>>> text = "قال الوزير إن المحادثات مع الجانب الآخر كانت مثمرة وبناءة للغاية في كل الملفات."
>>> page = khabar.parse(text + "\\nالمصدر: رويترز")
>>> page.articles[0].sources[0].names[0].text
'رويترز'

``parse_many(texts, threads=None)`` parses a batch on every core with the
GIL released. The typed parsers (``parse_attribution``, ``parse_tags``,
``parse_headlines``, ``parse_body``) work alone on a line or a block and
raise :class:`ParseError` when it is not what they parse; ``fold`` is the
Arabic normalization they compare text in. ``khabar.datatrove`` has a
datatrove pipeline step; ``khabar.arrow`` the Arrow type of
``Page.to_dict()`` for Parquet writers and ``datasets``.
"""

from ._khabar import (
    FOLD_PRESETS,
    ROLES,
    Article,
    Attribution,
    Block,
    HeadlineBlock,
    Page,
    ParseError,
    Piece,
    TagList,
    __version__,
    fold,
    parse,
    parse_attribution,
    parse_body,
    parse_headlines,
    parse_many,
    parse_tags,
)

__all__ = [
    "FOLD_PRESETS",
    "ROLES",
    "Article",
    "Attribution",
    "Block",
    "HeadlineBlock",
    "Page",
    "ParseError",
    "Piece",
    "TagList",
    "__version__",
    "fold",
    "parse",
    "parse_attribution",
    "parse_body",
    "parse_headlines",
    "parse_many",
    "parse_tags",
]
