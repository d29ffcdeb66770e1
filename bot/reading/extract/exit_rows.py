"""Exit-poll tables copied one cell a line: each row a group with its share of the voters in brackets, then
its vote for each candidate (and a change since the last election).

    VOTE BY REGION
    OKONJO
    FARRELL
    TOTAL
    2026
    2022
    2026
    Coastal Counties (31%)
    47%
    +2
    51%

The heads are broken over two tiers (the candidates and "TOTAL" on top, the years below), so no one run of
heads names the value columns, and the row label holds a number of its own, so the gridless reader
(:mod:`layout`) rebuilds no row. Read here instead, by the block's shape:

- a row is a label line closing on a bracketed percentage ("Coastal Counties (31%)", "18-29 (15%)"), then its value
  cells one a line (a share, a signed change, or an empty "n/a", "*", "-");
- a column where any row holds a signed number, or none holds a value, is the change since the last
  election; the other columns,
  in order, are the candidates named on the lines of capitals above the first row (never "TOTAL" nor a year),
  as many as those columns;
- a value's answer is its column's candidate and its population the row's group; the bracketed share's answer
  is the group, and its question the block's heading ("VOTE BY REGION" -> "Region of exit poll respondents").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from bot.reading.extract.scan import Gated

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis, Num

# A row's label line: the group and its share of all voters in brackets.
_ROW: Final = re.compile(
    r"[ \t]*(?P<label>[^\n()]{1,40}?)[ \t]*\([ \t]*\d{1,3}(?:\.\d)?[ \t]*%[ \t]*\)[ \t]*"
)
# A value cell on its own line: a share, a signed change, or an empty cell.
_VALUE: Final = re.compile(r"[ \t]*(?:[+\-−–]?[ \t]*\d{1,3}(?:\.\d)?[ \t]*%?|n/?a|\*|[-—–]{1,2})[ \t]*", re.I)
_SIGNED: Final = re.compile(r"[ \t]*[+\-−–][ \t]*\d")
_DIGIT: Final = re.compile(r"\d")
# A candidate's head: a name in capitals on its own line ("OKONJO", "VAN DER BERG", "O'NEILL").
_NAME_HEAD: Final = re.compile(r"[ \t]*(?P<n>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2})[ \t]*")
_NOT_A_NAME: Final = frozenset({"TOTAL", "ALL", "CHANGE", "NET", "OTHER", "OTHERS", "N/A", "NA"})
# The block's heading: what the rows break the vote down by.
_HEADING: Final = re.compile(r"[ \t]*VOTE[ \t]+BY[ \t]+(?P<by>[A-Z][A-Z ,&/-]{1,40}?)[ \t]*", re.I)
# Gated: asked of the whole text twice an extraction, tried only where it writes "exit" (most texts do not).
_EXIT: Final = Gated(re.compile(r"\bexit[ \t]+polls?\b", re.I))
# How many lines above a block's first row its heads and heading may stand.
_HEAD_REACH: Final = 12


@dataclass(frozen=True, slots=True)
class ExitCell:
    """What an exit-poll block says of one number: its answer, population and question (None: not said)."""

    answer: str
    population: str | None
    question: str | None = None


def _rows(a: Analysis, start: int) -> tuple[list[tuple[int, list[int]]], int]:
    """The rows of the block whose first row label is on line ``start``: each row's label line and its value
    lines; and the line after the block."""
    rows: list[tuple[int, list[int]]] = []
    li = start
    while li < len(a.lines):
        line = a.line_text(li)
        if not _ROW.fullmatch(line):
            break
        values: list[int] = []
        j = li + 1
        while j < len(a.lines) and _VALUE.fullmatch(a.line_text(j)):
            values.append(j)
            j += 1
        if not values:
            break
        rows.append((li, values))
        li = j
    return rows, li


def _heads(a: Analysis, first: int) -> tuple[list[str], str | None]:
    """The candidates' heads over a block's first row, in order, and the block's heading's topic."""
    names: list[str] = []
    topic = None
    for li in range(first - 1, max(-1, first - 1 - _HEAD_REACH), -1):
        line = a.line_text(li)
        if not line.strip():
            if names:
                break
            continue
        if (h := _HEADING.fullmatch(line)) is not None:
            topic = h.group("by").strip().lower()
            break
        m = _NAME_HEAD.fullmatch(line)
        if m is not None and m.group("n") not in _NOT_A_NAME:
            names.append(m.group("n"))
        elif not re.fullmatch(r"[ \t]*(?:(?:19|20)\d\d|TOTAL|ALL)[ \t]*", line, re.I):
            break
    return names[::-1], topic


def _name(head: str) -> str:
    return " ".join(w.capitalize() if not w.startswith(("MC", "O'")) else w.title() for w in head.split())


def cells(a: Analysis) -> dict[int, ExitCell]:
    """The exit-poll cells of a passage that says it is an exit poll (by number index; cached on it)."""
    key = ("exit_cells", None)
    got = a.memo.get(key)
    if isinstance(got, dict):
        return got
    out: dict[int, ExitCell] = {}
    a.memo[key] = out
    if not _EXIT.search(a.text):
        return out
    by_line = a.numbers_by_line
    li = 0
    while li < len(a.lines):
        if not _ROW.fullmatch(a.line_text(li)):
            li += 1
            continue
        rows, after = _rows(a, li)
        if len(rows) >= 2 and len({len(v) for _, v in rows}) == 1:
            _block(a, rows, by_line, out)
        li = max(after, li + 1)
    return out


def _block(
    a: Analysis, rows: list[tuple[int, list[int]]], by_line: dict[int, list[Num]], out: dict[int, ExitCell]
) -> None:
    """The cells of one block's rows (see the module's doc), where its heads name as many candidates as it
    has value columns besides the change."""
    names, topic = _heads(a, rows[0][0])
    width = len(rows[0][1])
    change = {j for _, vals in rows for j, li in enumerate(vals) if _SIGNED.match(a.line_text(li))}
    # a change column none of whose rows has a value ("n/a" down the column: no earlier race to compare)
    change |= {j for j in range(width) if all(not _DIGIT.search(a.line_text(vals[j])) for _, vals in rows)}
    slots = [j for j in range(width) if j not in change]
    if not names or len(slots) != len(names):
        return
    question = f"{topic.capitalize()} of exit poll respondents" if topic else None
    for label_line, vals in rows:
        label = " ".join(_ROW.fullmatch(a.line_text(label_line)).group("label").split())  # type: ignore[union-attr]
        for n in by_line.get(label_line, []):
            out[n.index] = ExitCell(label, None, question)
        for j, name in zip(slots, names, strict=True):
            for n in by_line.get(vals[j], []):
                out[n.index] = ExitCell(_name(name), label)


def label_numbers(a: Analysis) -> frozenset[int]:
    """The numbers of exit-poll rows' labels ("30-44" of "30-44 (24%)"): a group's name, never a figure
    (cached on the analysis)."""
    key = ("exit_label_numbers", None)
    got = a.memo.get(key)
    if isinstance(got, frozenset):
        return got
    out: set[int] = set()
    if _EXIT.search(a.text):
        for li, line_nums in a.numbers_by_line.items():
            line = a.line_text(li)
            m = _ROW.fullmatch(line)
            if m is None:
                continue
            end = a.lines[li].start + m.end("label")
            out.update(n.index for n in line_nums if n.start < end)
    found = frozenset(out)
    a.memo[key] = found
    return found
