"""Types of khabar's native module (re-exported by ``khabar``)."""

from collections.abc import Iterable
from typing import final

from typing_extensions import disjoint_base

from khabar.types import (
    ArticleDict,
    AttributionDict,
    CreditKind,
    FoldPreset,
    HeadlineBlockDict,
    PageDict,
    PieceDict,
    Role,
    Separator,
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

__version__: str

ROLES: tuple[Role, ...]
"""Every role, in the order of the Rust enum."""
FOLD_PRESETS: tuple[FoldPreset, ...]
"""The presets ``fold`` takes."""

class ParseError(ValueError):
    """A typed parser's input is not what it parses."""

    kind: str
    """What was wrong: ``"empty"``, ``"not_attribution"``, ``"no_names"``,
    ``"too_long"``, ``"not_tag_list"``, ``"no_tags"``, ``"no_headlines"``,
    ``"no_paragraphs"``."""
    start: int
    """Where the input went wrong, in Python string offsets."""
    end: int
    byte_start: int
    """The same place in the input's UTF-8 bytes."""
    byte_end: int

@disjoint_base
class Piece:
    """A piece of the input: its text exactly as it stands there, and where.

    ``text[piece.start:piece.end] == piece.text`` for the parsed string.
    """

    @property
    def text(self) -> str:
        """The text, trimmed, without bullets or separators."""
    @property
    def start(self) -> int:
        """Offset of its first code point in the parsed string."""
    @property
    def end(self) -> int:
        """Offset one past its last code point."""
    @property
    def byte_start(self) -> int:
        """Offset of its first byte in the string's UTF-8 encoding."""
    @property
    def byte_end(self) -> int:
        """Offset one past its last byte in the UTF-8 encoding."""
    def to_dict(self) -> PieceDict:
        """The piece as ``{"text", "start", "end", "byte_start", "byte_end"}``."""

@final
class Block(Piece):
    """One block of the page (a line, or what stands for one) with its role."""

    @property
    def role(self) -> Role:
        """What the block is."""
    @property
    def is_text(self) -> bool:
        """Whether the block is part of an article's clean text (a title or a paragraph)."""

@final
class Attribution:
    """A source attribution or author credit."""

    @property
    def kind(self) -> CreditKind:
        """A source (a site, a paper, an agency) or a byline (an author)."""
    @property
    def label(self) -> Piece | None:
        """The label as written (``المصدر``, ``كتب``), ``None`` for a lone credit."""
    @property
    def separator(self) -> Separator:
        """What separates label and names."""
    @property
    def names(self) -> list[Piece]:
        """The credited names, in order."""
    def to_dict(self) -> AttributionDict:
        """The credit in the eval view's shape."""

@final
class HeadlineBlock:
    """A heading (or none) and its headlines: a read-also or related block."""

    @property
    def heading(self) -> Piece | None:
        """The marker line (``اقرأ أيضاً``, ``مقالات مشابهة``), ``None`` for a bare list."""
    @property
    def items(self) -> list[Piece]:
        """The headlines, in order, without bullets."""
    def to_dict(self) -> HeadlineBlockDict:
        """The block in the eval view's shape."""

@final
class TagList:
    """A tag line: its label (or none) and its tags."""

    @property
    def label(self) -> Piece | None:
        """The label (``كلمات دلالية``, ``Tags``), ``None`` for a hashtag line."""
    @property
    def tags(self) -> list[Piece]:
        """The tags, in order (hashtags without ``#``)."""

@final
class Article:
    """One article of a page."""

    @property
    def title(self) -> Piece | None:
        """The headline before the first paragraph, ``None`` where the text lost it."""
    @property
    def paragraphs(self) -> list[Piece]:
        """The body, one paragraph per block, in order."""
    @property
    def read_also(self) -> list[HeadlineBlock]:
        """Read-also blocks that interrupt the body."""
    @property
    def sources(self) -> list[Attribution]:
        """Source attributions."""
    @property
    def bylines(self) -> list[Attribution]:
        """Author credits."""
    @property
    def tags(self) -> list[Piece]:
        """Tags, one piece per tag."""
    def to_dict(self) -> ArticleDict:
        """The article in the eval view's shape."""

@final
class Page:
    """A parsed page. Each property builds new Python objects when read."""

    @property
    def text(self) -> str:
        """The string that was parsed."""
    @property
    def articles(self) -> list[Article]:
        """The articles in page order; the first is the main one."""
    @property
    def related(self) -> list[HeadlineBlock]:
        """Related-headline blocks outside any body."""
    @property
    def blocks(self) -> list[Block]:
        """Every block in input order with its role, blank lines included."""
    @property
    def clean_text(self) -> str:
        """Every article's title and paragraphs, one per line, and nothing else."""
    @property
    def block_counts(self) -> dict[Role, int]:
        """How many blocks of each role the page has (roles it has none of left out)."""
    @property
    def set_aside_bytes(self) -> int:
        """UTF-8 bytes of the blocks left out of the clean text (all but titles and paragraphs)."""
    def pieces(self) -> list[tuple[Role, Piece]]:
        """Every piece of the page with the role of its kind, article by article, then related blocks."""
    def to_dict(self) -> PageDict:
        """The page in the eval view's shape, every string as a piece dict."""

def parse(text: str) -> Page:
    """Parses the plain text of a news page. Never fails on a text that has a
    UTF-8 form: a lone surrogate (``"\\ud83d"``) raises ``UnicodeEncodeError``."""

def parse_many(texts: Iterable[str], threads: int | None = None) -> list[Page]:
    """Parses many pages on ``threads`` threads (every core when ``None``), GIL released, in input order.

    Raises:
        TypeError: ``texts`` is one ``str``, or holds something else than ``str``.
        ValueError: ``threads`` is 0.
        UnicodeEncodeError: a text holds a lone surrogate.
    """

def parse_attribution(line: str) -> Attribution:
    """Parses one line as a source attribution or author credit.

    Raises:
        ParseError: ``empty``, ``not_attribution``, ``no_names`` or ``too_long``.
    """

def parse_tags(line: str, evidence: str | None = None) -> TagList:
    """Parses a tag line; ``evidence`` (the article's text) splits tags run together.

    Raises:
        ParseError: ``empty``, ``not_tag_list`` or ``no_tags``.
    """

def parse_headlines(block: str) -> HeadlineBlock:
    """Parses a block of headlines: an optional heading line, then one headline per line.

    Raises:
        ParseError: ``empty`` or ``no_headlines``.
    """

def parse_body(text: str) -> list[Piece]:
    """Parses a body text into paragraphs, one per block, list bullets removed.

    Raises:
        ParseError: ``empty`` or ``no_paragraphs``.
    """

def fold(text: str, preset: FoldPreset = "matching") -> str:
    """Folds ``text`` with a preset: ``matching`` (every step), ``display`` or ``none``.

    Raises:
        ValueError: for an unknown preset.
    """
