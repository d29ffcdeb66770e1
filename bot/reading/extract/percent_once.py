"""Tables that print the percent sign on their first row only.

US pollsters' releases mark the unit once, on a table's first row, and print every later row bare:

    Now 8/2025 2/2025
    Approve of the council 38% 41% 45%
    Disapprove 52 49 44

The layout groups lines into blocks by their shape, and a bare row's shape ("W N N N") differs from the
marked row's ("W P P P"), so the later rows fell out of the table: no block, no header above them, no
column sums, and their bare numbers had no layout that made them shares. :func:`continue_shapes` gives
such a row its first row's shape, so the block, the header and the columns reach it; :func:`mark` marks
its numbers (``Place.pct_above``), which the figure stage reads as a layout of shares.

Only rows of a label then two or more numbers of at most 100 set apart by spaces alone, as wide as the marked
row, right below it (blank lines allowed between): a sentence's numbers have words between them, and a row of
sample sizes ("Interviews 1,015 987") is no row of shares.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis
    from bot.reading.extract.layout import Place

# A labelled row's shape: words, then numbers with nothing but spaces between (see layout._cls).
_MARKED_ROW: Final = re.compile(r"WP{2,}")
_BARE_ROW: Final = re.compile(r"WN{2,}")
# A column of one question's shares adds up to no more than this (rounding allowed).
_WHOLE_MAX: Final = 102.0
# How many lines a later row may sit below the row before it (blank lines between).
_REACH: Final = 3


def continue_shapes(a: Analysis, shapes: dict[int, str]) -> dict[int, int]:
    """Give each bare row that continues a marked row of its width (see the module's doc) that row's shape;
    returns the lines whose shape was given, each with its table's marked first row."""
    given: dict[int, int] = {}
    prev = -10
    for li in sorted(shapes):
        if (
            prev >= 0
            and li - prev <= _REACH
            and _MARKED_ROW.fullmatch(shapes[prev])
            and _BARE_ROW.fullmatch(shapes[li])
            and len(shapes[li]) == len(shapes[prev])
            and a.blank_between(prev, li)
            and all(n.value <= 100 and not n.cand.marked for n in a.numbers_by_line[li])
        ):
            shapes[li] = shapes[prev]
            given[li] = given.get(prev, prev)
        prev = li
    return given


def mark(a: Analysis, places: list[Place], lines: dict[int, int]) -> None:
    """Mark the bare numbers of the continued rows: cells of shares whose unit the first row printed.
    A table one of whose columns passes a whole, the first row included, holds no one question's shares
    (counts, scores, a list of separate items): its rows are left unmarked."""
    tables: dict[int, list[int]] = {}
    for li, first in lines.items():
        tables.setdefault(first, [first]).append(li)
    by_line = a.numbers_by_line
    for rows in tables.values():
        cols = zip(*(by_line[li] for li in rows), strict=True)
        if any(sum(n.value for n in col) > _WHOLE_MAX for col in cols):
            continue
        for li in rows[1:]:
            for n in by_line[li]:
                places[n.index].pct_above = True
