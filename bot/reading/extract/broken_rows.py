"""A banner table whose banner and rows a PDF's text dump broke over lines, joined back one for one.

A release's crosstab copied out of its PDF by a document site often puts each row's label on a line of its
own and its cells on the next, and breaks the banner's last head onto a line of its own:

    Total Dem Rep Ind M
    F
    Approve
    51% 78% 19% 44% 47% 55%
    Disapprove
    40% 15% 72% 45% 44% 37%

No row is then a row (its label is on another line) and the banner names five columns of six. Read from
the same text the banner table is plain: the banner's lines hold as many heads as each row holds cells.
:func:`rejoin` finds a banner opening on its total ("Total ...") whose lines, read together, name exactly as
many heads as the cells of the first row under it, then every row after it whose label line is followed by
lines of cells that add up to that count, and writes the line breaks between those lines as spaces: one
character for one, so every offset stays the text's own, and the layout then reads the table as though it
had been printed whole. Anything that does not fit (a head of two words, a row that runs short or long, a
lone row) leaves the text as it is.
"""

from __future__ import annotations

import re
from typing import Final

# A line of cells only: shares with or without their "%" ("48% 60% 34%", "12").
_CELLS: Final = re.compile(r"[ \t]*\d{1,3}(?:\.\d+)?%?(?:[ \t]+\d{1,3}(?:\.\d+)?%?)*[ \t]*")
# A banner head: a word, an abbreviation, a band ("18-34", "55+", "<$50K", "$50K-") or a slashed pair.
_HEAD: Final = re.compile(r"[A-Za-z$<>£€/][\w$<>£€/+&'.\-]*|\d{2}(?:-\d{2}|\+)")
# A row label: words without digits, short, no question.
_LABEL: Final = re.compile(r"[^\d?]*[A-Za-z][^\d?]*")
_LABEL_MAX: Final = 60
# Lines a banner may be broken over, and heads it may hold.
_BANNER_LINES_MAX: Final = 6
_HEADS_MAX: Final = 40
# A banner opens on its total column, on a line of several heads (heads stacked one a line are a grid
# the layout reads as it stands).
_BANNER_HEADS_MIN: Final = 3
_TOTAL: Final = re.compile(r"[ \t]*Total\b")


def _heads(line: str) -> int:
    """How many heads ``line`` holds, or 0 when it is no line of banner heads."""
    words = line.split()
    if not words or len(words) > _HEADS_MAX:
        return 0
    return len(words) if all(_HEAD.fullmatch(w) for w in words) else 0


def _cells(line: str) -> int:
    """How many cells ``line`` holds, or 0 when it is no line of cells (cells set apart by tabs are a
    grid the layout reads as it stands: see layout._stacked_grid)."""
    return len(line.split()) if "\t" not in line and _CELLS.fullmatch(line) else 0


def _label(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= _LABEL_MAX and _LABEL.fullmatch(s) is not None


def _table(lines: list[str], i: int) -> list[list[int]] | None:
    """The runs of line indexes to join for a banner opening at line ``i``: its banner lines, then each
    row's label line and cells lines; None where no such table opens there."""
    for m in range(i + 1, min(i + 1 + _BANNER_LINES_MAX, len(lines) - 1)):
        if not _label(lines[m]) or not _cells(lines[m + 1]):
            continue
        counts = [_heads(lines[j]) for j in range(i, m)]
        if not all(counts):
            return None
        want = sum(counts)
        runs = [list(range(i, m))]
        p = m
        while p + 1 < len(lines) and _label(lines[p]):
            q, got = p + 1, 0
            while q < len(lines) and got < want and (c := _cells(lines[q])):
                got, q = got + c, q + 1
            if got != want or q == p + 1:
                break
            runs.append(list(range(p, q)))
            p = q
        if len(runs) < 3:  # the banner and at least two rows
            return None
        return runs
    return None


def rejoin(text: str) -> str:
    """``text`` with each broken banner table's banner and rows joined onto one line each (see the
    module's doc); offsets unchanged."""
    if "Total" not in text or "\n" not in text:
        return text
    lines = text.split("\n")
    starts: list[int] = []
    at = 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    breaks: list[int] = []
    i = 0
    while i < len(lines):
        if _TOTAL.match(lines[i]) and _heads(lines[i]) >= _BANNER_HEADS_MIN and (runs := _table(lines, i)):
            for run in runs:
                breaks.extend(starts[j] + len(lines[j]) for j in run[:-1])
            i = runs[-1][-1] + 1
        else:
            i += 1
    if not breaks:
        return text
    chars = list(text)
    for b in breaks:
        chars[b] = " "
    return "".join(chars)
