#!/usr/bin/env python3
"""Re-dumps the dev pages as a text browser would, to score the unwrapping.

    rewrap.py STYLE GOLD_DIR OUT_DIR

Each dev page of one block a line (one line in ten or more wider than a
screen) is written to OUT_DIR with its text wrapped the way a text browser
wraps a page, its gold unchanged: the scorer collapses whitespace, so a
paragraph over several lines still matches its gold. Pages almost all
within a screen already (the text-browser dumps themselves) are left out. What the score
loses against the same pages unwrapped is what unwrapping loses, on pages
whose structure khabar reads: the pages from sites never seen are dumped
by the same browsers.

STYLE is one of
  lynx   3 columns of indent, lines cut at 76 columns, a blank line
         between blocks (lynx -dump's paragraphs);
  tight  no indent, lines cut at 79 columns, the page's own blank lines
         only (w3m, html2text: lines of <div>s and <br>s one under the
         other).
Blocks a page ran together on one line with runs of three spaces or more
become lines of their own, as a browser sets them; a list item's wrapped
lines hang under its text, after the bullet.
"""
import glob
import json
import os
import re
import sys

STYLES = {"lynx": (3, 76, True), "tight": (0, 79, False)}
SCREEN = 100
SPACER = re.compile(r"[ \u00a0]{3,}")
BULLET = re.compile(r"^([•*+o\-▪■●◦►]|\d{1,2}[.)])\s+")


def wrap(block, indent, width):
    """The lines a browser cuts `block` into: each as long as fits."""
    bullet = BULLET.match(block)
    hang = len(bullet.group(0).strip()) + 1 if bullet else 0
    rows, row = [], ""
    for word in block.split():
        margin = indent + (hang if rows else 0)
        if row and margin + len(row) + 1 + len(word) > width:
            rows.append(" " * margin + row)
            row = word
        else:
            row = row + " " + word if row else word
    if row:
        rows.append(" " * (indent + (hang if rows else 0)) + row)
    return rows


def rewrap(text, indent, width, blank):
    lines = []
    for line in text.split("\n"):
        if not line.strip():
            if not blank:
                lines.append("")
            continue
        for block in SPACER.split(line.strip()):
            if block.strip():
                lines += wrap(block, indent, width)
                if blank:
                    lines.append("")
    return "\n".join(lines)


def main():
    style, gold_dir, out_dir = sys.argv[1:4]
    indent, width, blank = STYLES[style]
    os.makedirs(out_dir, exist_ok=True)
    written = 0
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
        lines = [line for line in doc["text"].split("\n") if line.strip()]
        if sum(len(line) > SCREEN for line in lines) * 10 < len(lines):
            continue
        doc["text"] = rewrap(doc["text"], indent, width, blank)
        with open(os.path.join(out_dir, os.path.basename(path)), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False)
        written += 1
    print("rewrap: %d pages re-dumped in the %s style to %s" % (written, style, out_dir))


if __name__ == "__main__":
    main()
