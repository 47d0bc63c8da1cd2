"""Cleans a JSON-lines shard with Hugging Face ``datasets`` and khabar.

    python examples/datasets_map.py shard.jsonl clean.jsonl

Each row keeps its fields and gains two: ``clean_text`` (titles and
paragraphs, one per line) and ``khabar`` (the page's structure,
``Page.to_dict()``). ``Dataset.map(batched=True)`` hands khabar a batch at a
time; ``parse_many`` parses it on every core with the GIL released.
"""

import sys

import datasets
import pyarrow as pa

import khabar
import khabar.arrow


def khabar_columns(batch: dict[str, list]) -> dict[str, list]:
    """The two new columns for a batch of rows."""
    pages = khabar.parse_many(batch["text"])
    return {"clean_text": [p.clean_text for p in pages], "khabar": [p.to_dict() for p in pages]}


def clean(ds: datasets.Dataset) -> datasets.Dataset:
    """`ds` with ``clean_text`` and ``khabar`` columns. The features are
    given, not inferred: a first batch with no byline would fix the type of
    ``bylines`` to a list of nothing."""
    new = pa.schema([("clean_text", pa.string()), ("khabar", khabar.arrow.page_type())])
    features = datasets.Features({**ds.features, **datasets.Features.from_arrow_schema(new)})
    return ds.map(khabar_columns, batched=True, batch_size=256, features=features)


if __name__ == "__main__":
    source, target = sys.argv[1:3]
    ds = datasets.load_dataset("json", data_files=source, split="train")
    clean(ds).to_json(target, force_ascii=False)
