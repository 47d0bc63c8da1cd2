"""In-process throughput on the dev pages: khabar's parse_many beside
trafilatura, jusText and datatrove's C4 quality filter.

    python benches/throughput.py [DEV_DIR] [--runs N]

DEV_DIR defaults to ../shared/corpus/dev beside the checkout (the field
``text`` of each JSON file). Every tool gets the same texts in one Python
process; MB/s counts the UTF-8 bytes of the plain texts for all of them.
The HTML tools get each text as a minimal HTML document, each line of it
one ``<p>`` (escaped), built before timing starts. After one pass of
warm-up, each tool is measured ``--runs`` times, in turn with the others,
each measurement as many whole passes over the texts as fill a second; the
figures are of the median measurement and of the fastest (on a shared machine the fastest is
the nearer to the tool's own cost).
Tools that are not installed are skipped with a note.
"""

import argparse
import html
import json
import statistics
import time
from pathlib import Path

import khabar

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"


def as_html(text: str) -> str:
    """The text as a minimal HTML document, one ``<p>`` per line."""
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title></title></head><body>\n{body}</body></html>"


def khabar_many(threads: int, to_dict: bool):
    def run(texts, _htmls):
        pages = khabar.parse_many(texts, threads=threads)
        if to_dict:
            for p in pages:
                p.to_dict()
        return pages

    return run


def trafilatura_run():
    import trafilatura

    def run(_texts, htmls):
        return [trafilatura.extract(h) for h in htmls]

    return run


def justext_run():
    import justext

    stoplist = justext.get_stoplist("Arabic")

    def run(_texts, htmls):
        return ["\n".join(p.text for p in justext.justext(h, stoplist) if not p.is_boilerplate) for h in htmls]

    return run


def c4_run():
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter
    from datatrove.utils.typeshelper import Languages

    step = C4QualityFilter(language=Languages.standard_arabic__arab)

    def run(texts, _htmls):
        return [step.filter(Document(text=t, id=str(i))) for i, t in enumerate(texts)]

    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dev", nargs="?", type=Path, default=DEV)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    texts = [json.loads(f.read_text(encoding="utf-8"))["text"] for f in sorted(args.dev.glob("*.json"))]
    htmls = [as_html(t) for t in texts]
    nbytes = sum(len(t.encode()) for t in texts)
    print(f"{len(texts)} texts, {nbytes / 1e6:.3f} MB of UTF-8 text; {args.runs} runs")
    tools = [
        ("khabar parse_many, threads=1", lambda: khabar_many(1, False)),
        ("khabar parse_many, threads=2", lambda: khabar_many(2, False)),
        ("khabar parse_many + to_dict, threads=1", lambda: khabar_many(1, True)),
        ("khabar parse_many + to_dict, threads=2", lambda: khabar_many(2, True)),
        ("trafilatura.extract (HTML, one <p> per line)", trafilatura_run),
        ("jusText, Arabic stoplist (HTML, one <p> per line)", justext_run),
        ("datatrove C4QualityFilter (text, arb_Arab)", c4_run),
    ]
    runs = {}
    for name, make in tools:
        try:
            runs[name] = make()
        except ImportError as e:
            print(f"{name}: skipped: {e}")
            continue
        runs[name](texts, htmls)
    # Round after round, each tool once a round, so that a burst of load
    # from elsewhere does not fall on one tool alone.
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.runs):
        for name, run in runs.items():
            passes, start = 0, time.perf_counter()
            while (elapsed := time.perf_counter() - start) < 1.0 or passes == 0:
                run(texts, htmls)
                passes += 1
            times[name].append(elapsed / passes)
    print(f"{'':52} {'median MB/s':>11} {'docs/s':>7} {'fastest MB/s':>12} {'docs/s':>7}")
    for name, ts in times.items():
        med, best = statistics.median(ts), min(ts)
        print(
            f"{name:52} {nbytes / med / 1e6:11.2f} {len(texts) / med:7.0f} "
            f"{nbytes / best / 1e6:12.2f} {len(texts) / best:7.0f}"
        )


if __name__ == "__main__":
    main()
