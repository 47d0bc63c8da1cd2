"""The datatrove step end to end: a JSONL shard through JsonlReader,
KhabarParser and a writer, under the local executor and under Ray on a
local instance of 2 CPUs."""

import gzip
import json
import time
from pathlib import Path

import pytest

import khabar

datatrove = pytest.importorskip("datatrove")
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from conftest import load_pages  # noqa: E402
from khabar.datatrove import KhabarParser  # noqa: E402

# Pages in the shard: the invented pages, each a few times under new ids.
COPIES = 3


def write_shards(folder: Path, files: int = 2) -> list[dict]:
    """The invented pages as `files` JSONL shards; returns the documents."""
    docs = [{"id": f"{p['id']}-{i}", "text": p["text"]} for i in range(COPIES) for p in load_pages()]
    folder.mkdir()
    for n in range(files):
        with open(folder / f"part-{n}.jsonl", "w", encoding="utf-8") as f:
            for d in docs[n::files]:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return docs


def read_output(folder: Path) -> dict[str, dict]:
    out = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                out[d["id"]] = d
    return out


def pipeline(tmp: Path, **options):
    return [
        JsonlReader(str(tmp / "in")),
        KhabarParser(**options),
        JsonlWriter(str(tmp / "out")),
    ]


def check_output(docs: list[dict], out: dict[str, dict]) -> None:
    """Pages with an article come out cleaned, with their structure; the
    page with none is dropped."""
    expected = {d["id"]: khabar.parse(d["text"]) for d in docs}
    kept = {i for i, page in expected.items() if page.articles}
    assert kept and kept != set(expected)
    assert set(out) == kept
    for i in kept:
        page = expected[i]
        assert out[i]["text"] == page.clean_text
        assert out[i]["metadata"]["khabar"] == page.to_dict()


def khabar_stats(logging_dir: Path) -> dict[str, int]:
    """The step's stats, summed over the tasks. A count is a number or,
    merged by some executors, a dict with its total."""
    stats = json.loads((logging_dir / "stats.json").read_text())
    [step] = [s["stats"] for s in stats if s["name"].endswith(KhabarParser.name)]
    return {name: v["total"] if isinstance(v, dict) else v for name, v in step.items()}


def test_local_executor(tmp_path):
    docs = write_shards(tmp_path / "in")
    LocalPipelineExecutor(pipeline(tmp_path), tasks=2, workers=2, logging_dir=str(tmp_path / "logs")).run()
    check_output(docs, read_output(tmp_path / "out"))
    check_stats(khabar_stats(tmp_path / "logs"), docs)


def check_stats(step: dict, docs: list[dict]) -> None:
    assert step["total"] == len(docs)
    assert step["dropped_no_article"] == step["pages_without_article"] == COPIES
    assert step["pages_with_source"] == 2 * COPIES
    assert step["pages_with_byline"] == step["pages_with_related_item"] == COPIES
    set_aside = sum(len(b.text.encode()) for d in docs for b in khabar.parse(d["text"]).blocks if not b.is_text)
    assert step["bytes_set_aside"] == set_aside > 0


def test_ray_executor(tmp_path):
    ray = pytest.importorskip("ray")
    from datatrove.executor.ray import RayPipelineExecutor

    docs = write_shards(tmp_path / "in")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        started = time.perf_counter()
        RayPipelineExecutor(
            pipeline(tmp_path),
            tasks=2,
            workers=2,
            cpus_per_task=1,
            mem_per_cpu_gb=0.5,
            logging_dir=str(tmp_path / "logs"),
        ).run()
        print(f"ray executor: {time.perf_counter() - started:.2f} s")
    finally:
        ray.shutdown()
    check_output(docs, read_output(tmp_path / "out"))
    check_stats(khabar_stats(tmp_path / "logs"), docs)


def test_parquet_writer_with_the_schema(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq
    from datatrove.pipeline.writers import ParquetWriter

    from khabar.datatrove import parquet_schema

    docs = write_shards(tmp_path / "in", files=1)
    schema = parquet_schema({"file_path": pa.string()})
    steps = [JsonlReader(str(tmp_path / "in")), KhabarParser(), ParquetWriter(str(tmp_path / "out"), schema=schema)]
    LocalPipelineExecutor(steps, tasks=1, logging_dir=str(tmp_path / "logs")).run()
    [path] = (tmp_path / "out").glob("*.parquet")
    table = pq.read_table(path)
    assert table.schema.field("metadata").type == schema.field("metadata").type
    rows = {r["id"]: r for r in table.to_pylist()}
    for d in docs:
        page = khabar.parse(d["text"])
        if page.articles:
            assert rows[d["id"]]["text"] == page.clean_text
            assert rows[d["id"]]["metadata"]["khabar"] == page.to_dict()
            assert rows[d["id"]]["metadata"]["file_path"].endswith("part-0.jsonl")
        else:
            assert d["id"] not in rows


def run_step(step: KhabarParser, texts: list[str]) -> list:
    from datatrove.data import Document

    return list(step.run(Document(text=t, id=str(i)) for i, t in enumerate(texts)))


def test_keep_text_and_pages_without_article(pages):
    texts = [p["text"] for p in pages]
    out = run_step(KhabarParser(keep_text=True, drop_without_article=False, batch_size=3), texts)
    assert [d.text for d in out] == texts
    for doc in out:
        page = khabar.parse(doc.text)
        assert doc.metadata["khabar"] == page.to_dict()
        if page.articles:
            assert doc.metadata["clean_text"] == page.clean_text
        else:
            assert "clean_text" not in doc.metadata


def test_dropped_pages_go_to_the_exclusion_writer(tmp_path, pages):
    texts = [p["text"] for p in pages]
    writer = JsonlWriter(str(tmp_path / "excluded"))
    out = run_step(KhabarParser(exclusion_writer=writer), texts)
    assert len(out) == sum(1 for t in texts if khabar.parse(t).articles)
    excluded = read_output(tmp_path / "excluded")
    assert [d["metadata"]["filter_reason"] for d in excluded.values()] == ["no_article"]


def test_a_text_with_a_lone_surrogate_is_dropped_alone(pages):
    texts = [p["text"] for p in pages]
    broken = texts[0] + "\ud83d"
    step = KhabarParser(batch_size=len(texts) + 1)
    out = run_step(step, [broken, *texts])
    assert [d.id for d in out] == [str(i + 1) for i, t in enumerate(texts) if khabar.parse(t).articles]
    assert step.stats["pages_not_unicode"].total == 1
    assert step.stats["dropped_not_unicode"].total == 1
