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
  lynx      3 columns of indent, lines cut at 76 columns, a blank line
            between blocks (lynx -dump -nolist's paragraphs);
  tight     no indent, lines cut at 79 columns, the page's own blank lines
            only (w3m, html2text: lines of <div>s and <br>s one under the
            other);
  wide      lynx on a wide screen (-width=132): lines cut at 132 columns;
  numbered  lynx, without -nolist: the number lynx puts before each link
            (`[12]` glued to its text; GridText.c, add_link_number), here
            before every headline of the gold's lists and every tag, the
            page's links as far as the gold tells them, and the list of
            References lynx prints at the end (LYList.c).
Blocks a page ran together on one line with runs of three spaces or more
become lines of their own, as a browser sets them; a list item's wrapped
lines hang under its text, after the bullet.
"""
import glob
import json
import os
import re
import sys

STYLES = {
    "lynx": (3, 76, True, False),
    "tight": (0, 79, False, False),
    "wide": (3, 132, True, False),
    "numbered": (3, 76, True, True),
}
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


def links_of(gold):
    """The texts the gold gives as links: list headlines and tags."""
    def text(item):
        return " ".join((item if isinstance(item, str) else item.get("text") or "").split())

    blocks = list(gold.get("related") or [])
    links = set()
    for article in gold.get("articles") or []:
        blocks += article.get("read_also") or []
        tags = article.get("tags") or []
        links.update(text(t) for t in (tags.get("items") or [] if isinstance(tags, dict) else tags))
    for block in blocks:
        links.update(text(i) for i in block.get("items") or [])
    links.discard("")
    return links


def rewrap(text, indent, width, blank, links=None):
    lines, number = [], 0
    for line in text.split("\n"):
        if not line.strip():
            if not blank:
                lines.append("")
            continue
        for block in SPACER.split(line.strip()):
            if not block.strip():
                continue
            if links is not None:
                bullet = BULLET.match(block)
                head = bullet.group(0) if bullet else ""
                if " ".join(block[len(head):].split()) in links:
                    number += 1
                    block = "%s[%d]%s" % (head, number, block[len(head):])
            lines += wrap(block, indent, width)
            if blank:
                lines.append("")
    if links is not None and number:
        lines += ["", "References", "", "   Visible links:"]
        lines += ["%4d. https://example.com/%d" % (k, k) for k in range(1, number + 1)]
    return "\n".join(lines)


def main():
    style, gold_dir, out_dir = sys.argv[1:4]
    indent, width, blank, numbered = STYLES[style]
    os.makedirs(out_dir, exist_ok=True)
    written = 0
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
        lines = [line for line in doc["text"].split("\n") if line.strip()]
        if sum(len(line) > SCREEN for line in lines) * 10 < len(lines):
            continue
        links = links_of(doc["gold"]) if numbered else None
        doc["text"] = rewrap(doc["text"], indent, width, blank, links)
        with open(os.path.join(out_dir, os.path.basename(path)), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False)
        written += 1
    print("rewrap: %d pages re-dumped in the %s style to %s" % (written, style, out_dir))


if __name__ == "__main__":
    main()
