"""The ``datasets`` example: ``Dataset.map(batched=True)`` with khabar."""

import importlib.util
from pathlib import Path

import pytest

import khabar

datasets = pytest.importorskip("datasets")

EXAMPLE = Path(__file__).parent.parent / "examples" / "datasets_map.py"


def load_example():
    spec = importlib.util.spec_from_file_location("datasets_map", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_map_adds_clean_text_and_structure(pages, tmp_path):
    example = load_example()
    # Several batches, the first with no byline and no related block.
    rows = [pages[0]] * 300 + pages
    ds = datasets.Dataset.from_list(rows)
    out = example.clean(ds)
    assert out.column_names == ["id", "text", "clean_text", "khabar"]
    for row in out.select(range(295, len(rows))):
        page = khabar.parse(row["text"])
        assert row["clean_text"] == page.clean_text
        assert row["khabar"] == page.to_dict()


def test_script_on_a_jsonl_file(tmp_path):
    import json
    import subprocess
    import sys

    source = Path(__file__).parent / "data" / "pages.jsonl"
    target = tmp_path / "clean.jsonl"
    subprocess.run([sys.executable, str(EXAMPLE), str(source), str(target)], check=True, cwd=tmp_path)
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    texts = [json.loads(line)["text"] for line in source.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in rows] == texts
    assert [r["clean_text"] for r in rows] == [khabar.parse(t).clean_text for t in texts]
