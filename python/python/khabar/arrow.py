"""The Arrow types of khabar's dicts, for Parquet writers and ``datasets``.

Writers that infer a schema from their first rows (datatrove's
``ParquetWriter``, ``datasets.Dataset.map``) cannot tell the type of a list
that is empty there (a page with no byline) or of a title that is
``None``; these types say it once. Needs ``pyarrow``.

    from datatrove.pipeline.writers import ParquetWriter
    from khabar.datatrove import parquet_schema

    ParquetWriter("out/", schema=parquet_schema({"file_path": pa.string()}))

    features = datasets.Features.from_arrow_schema(
        pa.schema([("text", pa.string()), ("khabar", khabar.arrow.page_type())])
    )
"""

from __future__ import annotations

import pyarrow as pa

__all__ = ["page_type", "piece_type"]


def piece_type() -> pa.StructType:
    """The type of ``Piece.to_dict()``: text and its code-point and byte offsets."""
    offset = pa.int64()
    return pa.struct(
        [
            ("text", pa.string()),
            ("start", offset),
            ("end", offset),
            ("byte_start", offset),
            ("byte_end", offset),
        ]
    )


def page_type() -> pa.StructType:
    """The type of ``Page.to_dict()``, the eval view with spans."""
    piece = piece_type()
    pieces = pa.list_(piece)
    headlines = pa.list_(pa.struct([("heading", piece), ("items", pieces)]))
    credits = pa.list_(pa.struct([("label", piece), ("names", pieces)]))
    article = pa.struct(
        [
            ("title", piece),
            ("paragraphs", pieces),
            ("read_also", headlines),
            ("sources", credits),
            ("bylines", credits),
            ("tags", pieces),
        ]
    )
    return pa.struct([("articles", pa.list_(article)), ("related", headlines)])
