"""A datatrove pipeline step that parses each document with khabar.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from khabar.datatrove import KhabarParser

    LocalPipelineExecutor(
        pipeline=[JsonlReader("shards/"), KhabarParser(), JsonlWriter("clean/")],
        tasks=4,
    ).run()

Each document's text becomes its clean text (titles and paragraphs, one per
line) and its structure goes to ``doc.metadata["khabar"]`` (``Page.to_dict()``:
offsets there point into the text as it was read). Pages with no article
are dropped (or kept as they were). The step's stats count the pages with
each kind of block (``pages_with_source``, ``pages_with_related_item``, ...),
the bytes set aside per page (``bytes_set_aside``: every block that is not a
title or a paragraph), ``pages_without_article`` and ``pages_not_unicode``
(texts with a lone surrogate, which have no UTF-8 form; always dropped).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter

import khabar

if TYPE_CHECKING:
    import pyarrow as pa
    from datatrove.pipeline.writers.disk_base import DiskWriter

__all__ = ["KhabarParser", "parquet_schema"]


class KhabarParser(BaseFilter):
    """Parses each document's text as an Arabic news page.

    Args:
        keep_text: keep ``doc.text`` as it is and put the clean text in
            ``doc.metadata["clean_text"]`` instead.
        drop_without_article: drop pages in which khabar finds no article
            (to ``exclusion_writer``, if given, with reason ``no_article``);
            when False they go on unchanged, with their structure in metadata.
        threads: threads of ``khabar.parse_many`` per task. datatrove already
            runs one task per core, so one thread each is the default.
        batch_size: documents parsed together.
        exclusion_writer: a writer for the dropped pages.
    """

    name = "📰 khabar"

    def __init__(
        self,
        keep_text: bool = False,
        drop_without_article: bool = True,
        threads: int = 1,
        batch_size: int = 64,
        exclusion_writer: DiskWriter | None = None,
    ):
        super().__init__(exclusion_writer=exclusion_writer, batch_size=batch_size)
        self.keep_text = keep_text
        self.drop_without_article = drop_without_article
        self.threads = threads

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        return self.filter_batch([doc])[0]

    def filter_batch(self, batch: list[Document]) -> list[bool | tuple[bool, str]]:
        pages: Sequence[khabar.Page | None]
        try:
            pages = khabar.parse_many([doc.text for doc in batch], threads=self.threads)
        except UnicodeEncodeError:
            # A lone surrogate (a broken JSON escape such as "\ud83d") has no
            # UTF-8 form: the documents that hold one are dropped, alone.
            pages = [_parse_or_none(doc.text) for doc in batch]
        return [self._take(doc, page) for doc, page in zip(batch, pages, strict=True)]

    def _take(self, doc: Document, page: khabar.Page | None) -> bool | tuple[bool, str]:
        if page is None:
            self.stat_update("pages_not_unicode")
            return False, "not_unicode"
        for role in page.block_counts:
            if role != "blank":
                self.stat_update(f"pages_with_{role}")
        self.stat_update("bytes_set_aside", value=page.set_aside_bytes)
        doc.metadata["khabar"] = page.to_dict()
        if not page.articles:
            self.stat_update("pages_without_article")
            return (False, "no_article") if self.drop_without_article else True
        if self.keep_text:
            doc.metadata["clean_text"] = page.clean_text
        else:
            doc.text = page.clean_text
        return True


def _parse_or_none(text: str) -> khabar.Page | None:
    try:
        return khabar.parse(text)
    except UnicodeEncodeError:
        return None


def parquet_schema(metadata: dict[str, pa.DataType] | None = None) -> pa.Schema:
    """The schema of documents after :class:`KhabarParser`, for datatrove's
    ``ParquetWriter(schema=...)``: ``text``, ``id`` and ``metadata`` with
    ``khabar`` (and ``clean_text``) plus the other ``metadata`` fields given
    (``{"file_path": pa.string()}`` for what ``JsonlReader`` adds). Metadata
    fields not named here are not written."""
    import pyarrow as pa

    from khabar.arrow import page_type

    fields = [("khabar", page_type()), ("clean_text", pa.string()), *(metadata or {}).items()]
    return pa.schema([("text", pa.string()), ("id", pa.string()), ("metadata", pa.struct(fields))])
