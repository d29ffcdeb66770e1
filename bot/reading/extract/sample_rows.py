"""A pollster table's sample-size rows: their cells are counts, never poll figures.

A detailed table prints, under its banner, how many people each column holds, weighted and unweighted
("Weighted Sample 1210 402 388 96 ...", "Unweighted base 1185 ..."). Copied out of a PDF onto one line with
the rest of the table, a small column's count (96) reads like a share. :func:`count_cell` rules out a number
that a sample-size label leads along its line with nothing but other numbers between (no letter, no "%"
on any of them).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis, Num

# The label, then only bare numbers up to the number asked about.
_COUNTS_AFTER_LABEL: Final = re.compile(
    r"\b(?:(?:un)?weighted(?:[ \t]+(?:sample|base|total))?|sample(?:[ \t]+size)?|base)[ \t]*:?[ \t]*"
    r"(?:\d[\d,]*[ \t]+)*$",
    re.IGNORECASE,
)
# How far back along the line the label may stand: a wide banner's counts run a few dozen cells.
_REACH: Final = 400


def count_cell(a: Analysis, n: Num) -> bool:
    """Whether ``n`` is a cell of a sample-size row (see the module's doc)."""
    if n.cand.marked:
        return False
    ls = a.lines[n.line].start
    before = a.text[max(ls, n.start - _REACH) : n.start]
    low = before.lower()
    if "sample" not in low and "base" not in low and "weighted" not in low:
        return False
    return _COUNTS_AFTER_LABEL.search(before) is not None
