"""A trend table's best and worst readings, each dated by its wave: "HIGHEST EVER 61 (3/14) 70 (9/30/08)".

Some US pollsters close a trend table with rows of the highest and lowest share each column ever
reached, every value followed by the month/day of its wave in brackets. Such a value is a figure of the
wave it names (the shared README labels an earlier wave's share with its ``when``), so it is weighed like a
table's cell (shape 16 of :func:`bot.reading.extract.figures.bare_rule`). A value credited to several
waves ("5 (2/11, 6/15)", "5 (3/22/10, etc.)") or to none ("0 (many)") is a summary across polls, which
the README does not count. The dates inside the brackets are never figures (:func:`gaps.date_part`).
"""

from __future__ import annotations

import re
from typing import cast

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.gaps import DATED_BRACKET

# a value right before its bracket: "61 (", "5 (" (a bare whole share, not a year or a count)
_VALUE_BEFORE = re.compile(r"(?<![\d.,/])\d{1,2}[ \t]*$")
_LABEL = re.compile(r"[^\W\d_]{3,}")


def dated_reading(a: Analysis, n: Num) -> bool:
    """Whether a bare number is a value dated by one wave in a row of two or more such values."""
    return n.index in _dated(a)


def reading_wave(a: Analysis, n: Num) -> str | None:
    """The wave date in brackets after such a value ("3/14"): its group's wave, or None."""
    return _dated(a).get(n.index)


def _dated(a: Analysis) -> dict[int, str]:
    key = ("dated_readings", None)
    got = a.memo.get(key)
    if got is None:
        got = a.memo[key] = _find(a)
    return cast(dict[int, str], got)


def _find(a: Analysis) -> dict[int, str]:
    out: dict[int, str] = {}
    by_start = {n.start: n for n in a.numbers}
    for line in a.lines:
        items: list[tuple[Num, str | None]] = []
        for m in DATED_BRACKET.finditer(a.text, line.start, line.end):
            v = _VALUE_BEFORE.search(a.text, max(line.start, m.start() - 4), m.start())
            n = by_start.get(v.start()) if v is not None else None
            if n is None or n.cand.marked:
                continue
            dates = m.group(1)
            items.append((n, None if "," in dates or "etc" in dates.lower() else dates))
        if len(items) < 2 or not _LABEL.search(a.text, line.start, items[0][0].start):
            continue
        out.update((n.index, date) for n, date in items if date is not None)
    return out
