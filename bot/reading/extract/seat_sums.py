"""Counts of seats, never a poll's shares: a coalition's seats added up against the house's size, and a
chamber's make-up told as a pair.

Write-ups of a seat projection add the parties of each possible government together and set the sum
against the chamber's total: "Centre-right: Blue 57 + Gold 1 = 58/121", "Red 49 + Green 0 = 49/121".
The numbers are seat counts (the labelling rules count no seats), but a party named before a bare
number reads like a share's row to the figure model ("Gold 1", "Green 0"). A sum of bare numbers with
"+" that ends "= N/M" is arithmetic on seats, so each of its numbers is ruled out; a sum of percent-marked
parts ("approve 20% + 25% = 45%") has no "/M" and is left alone.

A pair of counts of seats ("control a 53-47 seat edge in the chamber", "a 222-213 seat majority") is a
chamber's make-up, not a share either.

Fixed rules (like :mod:`gaps`), outside the features.
"""

from __future__ import annotations

import re
from typing import cast

from bot.reading.extract.analysis import Analysis, Num

_TERM = r"(?:[^\W\d][\w.'’&-]*(?:[ \t]+[^\W\d][\w.'’&-]*){0,3}[ \t]+)?\d{1,3}"
# "National 57 + ACT 1 = 58/121", "57 + 1 = 58 / 121"
_SUM = re.compile(rf"{_TERM}(?:[ \t]*\+[ \t]*{_TERM})+[ \t]*=[ \t]*\d{{1,3}}[ \t]*/[ \t]*\d{{2,3}}\b")


def in_seat_sum(a: Analysis, n: Num) -> bool:
    """Whether a bare number is a term, the sum or the total of a seat sum (see the module doc)."""
    return n.start in _spans(a)


def _spans(a: Analysis) -> frozenset[int]:
    """The start offsets of every bare number inside a seat sum, computed once per analysis."""
    key = ("seat_sums", None)
    got = a.memo.get(key)
    if got is None:
        out: set[int] = set()
        if "=" in a.text and "+" in a.text:
            for m in _SUM.finditer(a.text):
                out.update(n.start for n in a.numbers if m.start() <= n.start < m.end() and not n.cand.marked)
        got = frozenset(out)
        a.memo[key] = got
    return cast("frozenset[int]", got)


# "a 53-47 seat edge", "a 222–213-seat majority", "55 to 44 seats": two counts of a chamber's seats
_SEAT_PAIR = re.compile(
    r"(?<![\w.])(\d{1,3})[ \t]*(?:-|–|to)[ \t]*(\d{1,3})(?:[ \t]+|-)seats?\b(?![ \t]+(?:%|percent))",
    re.IGNORECASE,
)


def seat_count(a: Analysis, n: Num) -> bool:
    """Whether a number is one side of a pair of seat counts (see the module doc)."""
    lo = max(0, n.start - 12)
    for m in _SEAT_PAIR.finditer(a.text, lo, min(len(a.text), n.end + 24)):
        if m.start(1) <= n.start < m.end(2) and not n.cand.marked:
            return True
    return False
