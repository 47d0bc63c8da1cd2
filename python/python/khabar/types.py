"""The types of khabar's names and dicts, for annotations.

>>> from khabar.types import PageDict
>>> def titles(page: PageDict) -> list[str]:
...     return [a["title"]["text"] for a in page["articles"] if a["title"]]
"""

from typing import Literal, TypeAlias, TypedDict

__all__ = [
    "ArticleDict",
    "AttributionDict",
    "CreditKind",
    "FoldPreset",
    "HeadlineBlockDict",
    "PageDict",
    "PieceDict",
    "Role",
    "Separator",
]

Role: TypeAlias = Literal[
    "title",
    "paragraph",
    "read_also_heading",
    "read_also_item",
    "related_heading",
    "related_item",
    "source",
    "byline",
    "tags",
    "boilerplate",
    "blank",
]
"""What a block of the page is (``khabar.ROLES`` lists them in order)."""

CreditKind: TypeAlias = Literal["source", "byline"]
Separator: TypeAlias = Literal["colon", "pipe", "dash", "slash", "space", "none"]
FoldPreset: TypeAlias = Literal["matching", "display", "none"]


class PieceDict(TypedDict):
    text: str
    start: int
    end: int
    byte_start: int
    byte_end: int


class HeadlineBlockDict(TypedDict):
    heading: PieceDict | None
    items: list[PieceDict]


class AttributionDict(TypedDict):
    label: PieceDict | None
    names: list[PieceDict]


class ArticleDict(TypedDict):
    title: PieceDict | None
    paragraphs: list[PieceDict]
    read_also: list[HeadlineBlockDict]
    sources: list[AttributionDict]
    bylines: list[AttributionDict]
    tags: list[PieceDict]


class PageDict(TypedDict):
    articles: list[ArticleDict]
    related: list[HeadlineBlockDict]
