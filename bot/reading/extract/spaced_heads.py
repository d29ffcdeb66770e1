"""Toplines whose header of options is written with single spaces over rows that close on one value cell
for each option, as a pollster's trend table loses its grid when copied:

      Approve Disapprove No opinion
    2026 Mar 2-5 44 51 5
    2026 Feb 1-4 † 41 52 *

The header names no tracker's own columns (those `layout._tracker_headers` reads) and holds multi-word
options, so one word a column slips. The header is cut into its options by how such heads are written: a
word closing on a slash joins the next ("Ruiz/ Hale" is one ticket), a bracketed note joins the word before
("Other (vol.)"), and a word in lower case goes on the option before it ("No opinion", "Don't know", "Not
sure"). Read where every option then opens on a capital and two or more rows under the header close on as
many value cells as it has options: shares of at most 100, with a pollster's marks for an empty cell ("*"
for under half a percent, "--" for none) holding their column. Each share's option is its column's head.
Short lines of words between the rows (a sample's heading, "Likely Voters") and blank lines are passed over.
Only where the layout found no header for any of those values (a grid's header stands).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from bot.reading.extract.tables import names_a_column

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis

SPACED_HEADS = True

_CELL: Final = re.compile(r"\d{1,3}(?:\.\d+)?%?|\*|-{1,2}|–|—")
_SHARE: Final = re.compile(r"\d{1,3}(?:\.\d+)?%?")
_DIGIT: Final = re.compile(r"\d")
_COLUMN_GAP: Final = re.compile(r"\t| {2,}")  # an aligned header: the layout reads it as a grid
_MAX_OPTIONS: Final = 10
_REACH: Final = 30  # lines under the header a row may stand on
_HEADING_WORDS: Final = 4
_UNIT_WORDS: Final = 3
_MAX_HEADER: Final = 200  # characters: a longer line is prose
_STOPS: Final = re.compile(r"[,;:?!]")
_PEOPLE_KINDS: Final = frozenset(
    {"total", "subgroup"}
)  # a line of words this short between rows is a heading, not the table's end


@dataclass(frozen=True, slots=True)
class SpacedCell:
    """One share of such a table: its option (the column's head), its table and its row line."""

    answer: str
    options: frozenset[str]
    table: int
    line: int


def options(line: str) -> list[str] | None:
    """A header line's options, cut as the docstring says; None when it is no such header."""
    if len(line) > _MAX_HEADER:
        return None
    words = line.split()
    if len(words) < 2 or "|" in line or _DIGIT.search(line) or _COLUMN_GAP.search(line.strip()):
        return None
    units: list[str] = []
    joining = False
    for w in words:
        if joining or (units and (w.startswith("(") or w[:1].islower())):
            units[-1] = f"{units[-1]}{w}" if joining else f"{units[-1]} {w}"
        else:
            units.append(w)
        joining = w.endswith("/")
    if joining or not 2 <= len(units) <= _MAX_OPTIONS:
        return None
    if not all(u[:1].isupper() and len(u.split()) <= _UNIT_WORDS and not _STOPS.search(u) for u in units):
        return None  # a sentence or a title, not a header
    return units


def _tail(line: str) -> list[tuple[str, int]]:
    """The value cells that close a row (text, offset in the line), in order."""
    out: list[tuple[str, int]] = []
    for m in reversed(list(re.finditer(r"\S+", line))):
        if _CELL.fullmatch(m.group()) is None:
            break
        out.append((m.group(), m.start()))
    out.reverse()
    return out


def cells(a: Analysis, kind: Callable[[str], str]) -> dict[int, SpacedCell]:
    """Every such table's shares by number index (cached on the analysis). ``kind`` is
    :func:`table_labels.label_kind`: a header with a head that names people or the whole sample ("Total",
    "Republican", "Women") is a crosstab's banner, whose columns are populations, not options; and a header
    over rows labelled by options ("Approve 44 40") heads populations too. Both are left to the table
    reading."""
    key = ("spaced_heads", None)
    got = a.memo.get(key)
    if isinstance(got, dict):
        return got
    out: dict[int, SpacedCell] = {}
    a.memo[key] = out
    if not SPACED_HEADS or not a.numbers:
        return out
    by_start = {n.start: n for n in a.numbers}
    n_lines = len(a.lines)
    table = 0
    for li in range(n_lines):
        if li in a.numbers_by_line:
            continue
        line = a.line_text(li)
        heads = options(line)
        if heads is None or names_a_column(line) or any(kind(h) in _PEOPLE_KINDS for h in heads):
            continue
        rows: list[tuple[int, list[tuple[str, int]]]] = []
        for j in range(li + 1, min(n_lines, li + 1 + _REACH)):
            row = a.line_text(j)
            if not row.strip():
                continue
            tail = _tail(row)
            if not tail:
                if len(row.split()) > _HEADING_WORDS or _DIGIT.search(row) or _COLUMN_GAP.search(row.strip()):
                    break  # prose, or another header (an aligned one)
                continue
            if len(tail) != len(heads) or any(
                _SHARE.fullmatch(t) and float(t.rstrip("%")) > 100 for t, _ in tail
            ):
                break
            rows.append((j, tail))
        if len(rows) < 2 or any(kind(a.line_text(j)[: tail[0][1]]) == "option" for j, tail in rows):
            continue
        found = [(j, at, cell, by_start.get(a.lines[j].start + at)) for j, tail in rows for cell, at in tail]
        places = a.layout.places
        if any(n is not None and (places[n.index].header or places[n.index].stub_header) for *_, n in found):
            continue  # a header the layout reads as a grid names these columns already
        names = frozenset(h.lower() for h in heads)
        for j, tail in rows:
            start = a.lines[j].start
            for (cell, at), head in zip(tail, heads, strict=True):
                n = by_start.get(start + at)
                if n is not None and _SHARE.fullmatch(cell):
                    out[n.index] = SpacedCell(head.replace("/ ", "/"), names, table, j)
        table += 1
    return out


def places(a: Analysis, kind: Callable[[str], str]) -> dict[int, tuple[int, int]]:
    """Each share's (table, row line): one result per row."""
    return {i: (c.table, c.line) for i, c in cells(a, kind).items()}
