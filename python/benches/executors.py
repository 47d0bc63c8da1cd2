"""Wall time of the datatrove pipeline (JsonlReader, KhabarParser,
JsonlWriter) under the local executor and under Ray, on the same shard.

    python benches/executors.py [DEV_DIR] [--copies N] [--tasks T]

The shard is the dev pages (``text`` of each JSON file in DEV_DIR, by
default ../shared/corpus/dev beside the checkout) repeated N times under new
ids, written as T JSONL files in a temporary folder. Ray runs on a local
instance of 2 CPUs that the script starts; its start-up time is printed
apart from the run's.
"""

import argparse
import json
import tempfile
import time
from pathlib import Path

from datatrove.executor import LocalPipelineExecutor
from datatrove.executor.ray import RayPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from khabar.datatrove import KhabarParser

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"


def write_shard(dev: Path, folder: Path, copies: int, files: int) -> tuple[int, int]:
    texts = [json.loads(f.read_text(encoding="utf-8"))["text"] for f in sorted(dev.glob("*.json"))]
    docs = [{"id": f"{n}-{i}", "text": t} for n in range(copies) for i, t in enumerate(texts)]
    folder.mkdir()
    for k in range(files):
        with open(folder / f"part-{k}.jsonl", "w", encoding="utf-8") as f:
            for d in docs[k::files]:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return len(docs), sum(len(d["text"].encode()) for d in docs)


def steps(root: Path, name: str) -> list:
    return [JsonlReader(str(root / "in")), KhabarParser(), JsonlWriter(str(root / name))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dev", nargs="?", type=Path, default=DEV)
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--tasks", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        docs, nbytes = write_shard(args.dev, root / "in", args.copies, args.tasks)
        print(f"shard: {docs} documents, {nbytes / 1e6:.1f} MB in {args.tasks} files; {args.tasks} tasks")

        start = time.perf_counter()
        LocalPipelineExecutor(steps(root, "local"), tasks=args.tasks, logging_dir=str(root / "logs-local")).run()
        local = time.perf_counter() - start

        import ray

        start = time.perf_counter()
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
        ray_start = time.perf_counter() - start
        try:
            start = time.perf_counter()
            RayPipelineExecutor(
                steps(root, "ray"),
                tasks=args.tasks,
                cpus_per_task=1,
                mem_per_cpu_gb=1,
                logging_dir=str(root / "logs-ray"),
            ).run()
            on_ray = time.perf_counter() - start
        finally:
            ray.shutdown()
        print(f"local executor: {local:6.2f} s ({nbytes / local / 1e6:.1f} MB/s)")
        print(
            f"ray executor:   {on_ray:6.2f} s ({nbytes / on_ray / 1e6:.1f} MB/s), plus {ray_start:.2f} s for ray.init"
        )


if __name__ == "__main__":
    main()
