#!/usr/bin/env python3
"""Fails when any dev-corpus F1 falls below the floor recorded in the repo.

    ratchet.py FLOORS.json SCORE_OUTPUT

SCORE_OUTPUT is what `score.py --json` printed; its JSON summary line is
read. Raise the floors in FLOORS.json as the parser improves.
"""
import json
import sys


def main():
    floors_path, score_path = sys.argv[1:3]
    with open(floors_path, encoding="utf-8") as fh:
        floors = json.load(fh)
    summary = None
    with open(score_path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("{"):
                summary = json.loads(line)
    if summary is None:
        sys.exit("ratchet: no JSON summary in %s" % score_path)
    failed = []
    for kind, floor in sorted(floors.items()):
        got = summary.get(kind)
        value = got["f1"] if isinstance(got, dict) else got
        if value is None or value + 1e-9 < floor:
            failed.append("%s %.4f < floor %.4f" % (kind, value or 0.0, floor))
        else:
            print("ratchet: %-22s %.4f >= %.4f" % (kind, value, floor))
    if failed:
        sys.exit("ratchet: below the floor: " + "; ".join(failed))


if __name__ == "__main__":
    main()
