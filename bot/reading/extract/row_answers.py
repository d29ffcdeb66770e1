"""One answer for every share of a table row: "Wrong direction 44% 31% 60% ..." across a crosstab's columns.

A crosstab copied as text prints each option on one line, its label first and one share per column after
it. The ranker reads each share on its own and, on a long row, takes only the label's tail for some of
them ("direction", "no opinion" for a "Don't know/No opinion" row) while taking the whole label for
others, or for all of them. Where one share of a row holds the row's whole label as its answer, every
other share of the row whose answer is only part of that label takes the whole label too; where every
share of the row holds a part of the label, they all take the label.

Runs after grouping (as ``change_clauses`` does), so no feature moves and the weights are unchanged.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled

# Off: the ranker's answers stand.
ROW_ANSWERS = True

# A row is a table's only where it holds this many shares.
_MIN_CELLS: Final = 3
# A row label: words (with "/", "'" and "-"), no digits, at most this many words.
_MAX_LABEL_WORDS: Final = 6
_LABEL: Final = re.compile(r"^[ \t]*(?P<label>[A-Za-z][A-Za-z'’/ \t-]*?)[ \t:]*$")
# After the label, a table row holds its cells alone: numbers, "%" signs and spaces (prose has words).
_CELLS: Final = re.compile(r"^[\d.%\s]*$")


def _words(s: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", s.lower().replace("’", "'").replace("'", "")))


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give each share of a table row the row's whole label where another share of the row holds it."""
    rows: dict[int, list[Labelled]] = defaultdict(list)
    for f in figs:
        rows[f.line].append(f)
    for line, row in rows.items():
        if len(row) < _MIN_CELLS:
            continue
        first = min(a.numbers[f.num_index].start for f in row)
        span = a.lines[line]
        m = _LABEL.match(a.text[span.start : first])
        if m is None or not _CELLS.match(a.text[first : span.end]):
            continue
        label = " ".join(m.group("label").split())
        if not label or len(label.split()) > _MAX_LABEL_WORDS:
            continue
        low = label.lower()
        label_words = _words(label)
        whole = next((f.answer for f in row if f.answer.lower() == low), None)
        if whole is None:
            # No share holds the whole label: take it only where every share holds a part of it.
            if not all(f.answer and _words(f.answer) < label_words for f in row):
                continue
            whole = label
        for f in row:
            if f.answer != whole and _words(f.answer) < label_words:
                f.answer = whole
