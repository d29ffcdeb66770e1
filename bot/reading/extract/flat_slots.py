"""The rows of a table flattened onto one line, cut into runs of cells with empty cells kept in place.

A pollster's detailed table copied out of its PDF runs every row onto one line, and an empty cell is
printed as a dash standing alone ("Ostara Party 41% 38% 44% - 97% - -"): the dash holds its column, so
the cells after it belong to the columns after it. Many such tables print each row's base counts
right after its percentages, with no label ("... 94% - - - 512 170 ..."): a marked row followed, past
its empty cells, by unmarked numbers is two runs, the second a row of counts that names no option.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Num

_LETTER = re.compile(r"[^\W\d_]")
# An empty cell: a dash standing alone.
_EMPTY = re.compile(r"(?<!\S)[-–—](?!\S)")
# The significance tests' marks a detailed table prints after a row's cells: the letters of the columns
# each cell differs from, and asterisks for small bases ("CD ** KL * **"); an asterisk marks them as tests.
_TEST_MARKS = re.compile(
    r"(?=[^*]*\*)(?:[A-Z]{1,8}\*{0,3}|\*{1,3})(?:[ \t]+(?:[A-Z]{1,8}\*{0,3}|\*{1,3}))*[ \t]*"
)
# A gap of empty cells only, each dash with spaces on both sides ("18-34" is a band, no empty cell).
_EMPTIES = re.compile(r"[ \t%]*(?:[ \t]+[-–—](?=[ \t]))+[ \t]+")


@dataclass(slots=True)
class Run:
    """One row's cells in order: a number, or None for an empty cell. ``labelled``: a label with letters
    opens it; ``counts``: it is the unlabelled counts printed after a row of percentages."""

    labelled: bool
    counts: bool = False
    cells: list[Num | None] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.cells)

    def nums(self) -> list[Num]:
        return [c for c in self.cells if c is not None]

    @property
    def first(self) -> Num:
        return next(c for c in self.cells if c is not None)


def _leading_empties(gap: str) -> int:
    """How many empty cells open ``gap`` before its first letter."""
    m = _LETTER.search(gap)
    return len(_EMPTY.findall(gap[: m.start()] if m else gap))


def slot_runs(nums: list[Num], gaps: list[str]) -> list[Run]:
    """The line's numbers cut into runs (``gaps[i]`` is the text before ``nums[i]``, ``gaps[len(nums)]``
    where given the line's tail after its last number): a gap with letters
    opens a labelled run, a gap of spaces, percent signs and empty cells continues one (the empty cells
    taking their places), anything else (a bracket, a sign) opens an unlabelled run that drops the number."""
    runs: list[Run] = []
    for i, n in enumerate(nums):
        gap = gaps[i]
        if _LETTER.search(gap):
            if runs and len(runs[-1].nums()) >= 2:
                runs[-1].cells.extend([None] * _leading_empties(gap))
                if _TEST_MARKS.fullmatch(gap[_LETTER.search(gap).start() :]):  # type: ignore[union-attr]
                    runs.append(Run(False, counts=True, cells=[n]))  # the row's counts after its test letters
                    continue
            runs.append(Run(True, cells=[n]))
            continue
        if runs and i > 0 and not gap.strip(" \t%"):
            runs[-1].cells.append(n)
        elif runs and i > 0 and _EMPTIES.fullmatch(gap) and len(runs[-1].nums()) >= 2:
            # (after two cells at least: "41 - 50" is a pair, no row with an empty cell)
            last = runs[-1]
            last.cells.extend([None] * len(_EMPTY.findall(gap)))
            if not n.cand.marked and n.value != 0 and any(c.cand.marked for c in last.nums()):
                runs.append(Run(False, counts=True, cells=[n]))  # a row's counts after its percentages
            else:
                last.cells.append(n)
        else:
            runs.append(Run(False))  # a number after a bracket or a sign breaks the run
    if len(gaps) > len(nums) and runs and len(runs[-1].nums()) >= 2:
        runs[-1].cells.extend([None] * _leading_empties(gaps[len(nums)]))  # the last row's empty cells
    return runs
