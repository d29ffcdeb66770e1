"""Poll-table rows whose shares run in the middle of the line, with the poll's other columns after them.

A poll table copied as text (an encyclopedia's list of polls, an aggregator's table) prints each poll on
one line: the pollster and its date, then one share per party or candidate, then the margin of error, the
sample size, the mode and the lead: "Harbor Research October 9, 2026 33.5 27.1 24.3 8.8 6.2 ±3.1 pp 950
telephone 6.4". The layout's sums miss such a row: the line holds the date, the sample and the lead too, so
the line does not add up to a whole, and the columns are parties across polls.

A run of three or more bare values set apart by spaces alone, after the row's label (words, or a label
ending in a date), adds up to about a whole: those values are the poll's shares (shape 15 of the bare-number
rule, :mod:`bot.reading.extract.figures`). A value over 100, a year, a signed or percent-marked value, a
value of a pair ("1/3") or any text between two values ends the run ("±3.5", "pp 800"). The table must hold
two or more such rows (a single line of bare numbers is no table), each of at most :data:`_MAX_WORDS`
words. A row whose label names an election result is left to the figure cues (its run is no poll's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis, Num

_WHOLE_LO, _WHOLE_HI = 96.0, 102.0
_MIN_CELLS = 3
_MIN_ROWS = 2
# A table row is short; a longer line is prose.
_MAX_WORDS = 24


def _cell(n: Num) -> bool:
    c = n.cand
    v = c.value
    return not c.marked and c.partner is None and v < 100 and not (1900 <= v <= 2100 and v == int(v))


def _runs(a: Analysis, nums: list[Num]) -> list[list[Num]]:
    """The runs of bare cells of one line, each set apart from the next by spaces or tabs alone."""
    out: list[list[Num]] = []
    run: list[Num] = []
    prev: Num | None = None
    for n in nums:
        joined = prev is not None and not a.text[prev.cand.mark_end : n.start].strip(" \t")
        if _cell(n) and run and joined:
            run.append(n)
        else:
            if len(run) >= _MIN_CELLS:
                out.append(run)
            run = [n] if _cell(n) else []
        prev = n
    if len(run) >= _MIN_CELLS:
        out.append(run)
    return out


def whole_runs(a: Analysis) -> frozenset[int]:
    """The numbers of runs that add up to a whole in table rows of two or more such lines (see the module
    doc). Computed once per analysis."""
    key = ("row_runs", None)
    got = a.memo.get(key)
    if got is None:
        rows: list[list[Num]] = []
        for li, nums in a.numbers_by_line.items():
            if len(nums) < _MIN_CELLS:
                continue
            line = a.line_text(li)
            if len(line.split()) > _MAX_WORDS:
                continue
            line_start = a.lines[li].start
            for run in _runs(a, nums):
                head = a.text[line_start : run[0].start]
                if not any(ch.isalpha() for ch in head):
                    continue
                if _WHOLE_LO <= sum(n.value for n in run) <= _WHOLE_HI:
                    rows.append(run)
        got = frozenset(n.index for run in rows for n in run) if len(rows) >= _MIN_ROWS else frozenset()
        a.memo[key] = got
    return cast("frozenset[int]", got)
