"""Crosstabs that print their unit once, as a line of percent signs under the banner.

A pollster's detailed tables copied out of a PDF print, under the banner of subgroup heads and the sample
rows, a line holding one "%" per column and nothing else ("% % % % ... %"); every row below it is bare
("Con 42 42 100 0 0 87 ..."). A page of such tables is often cut after its first row, or a row stands
alone under a question's title: there is no second row as wide for the flattened-row reader, no column
sum, no percent sign on the row, so the model weighed its cells as a list of bare numbers and read none.
The unit line says what they are:

- a **row** below the unit line (a label with letters, then bare numbers of at most 100 set apart by
  spaces alone, at least as many as the line's percent signs and at most two more: an earlier wave's
  column may be printed before the total) is a row of shares: its numbers are marked ``pct_above``, as
  rows under a first row that printed the sign are (:mod:`percent_once`), which the figure stage reads
  as a layout of shares;
- the banner's heads name the row's columns where the nearest line above the unit line (past the sample
  rows) holds one word for each percent sign ("Total Men Women 18-34 35-54 55+"): the last columns of the
  row take them (``Place.header``, ``unit_banner``), so that even a lone row is read as a table
  (:mod:`table_labels`); heads of several words run together are left unread;
- a bare number on the banner's lines above the unit line (an age band's broken top "25-", a wave's
  dates) or on the title lines between it and its first row ("29-30 Jun 07-08 Jul" over the wave
  columns) is a head, never a figure (``unit_head``, ruled out in the figure stage). The sample rows
  there are counts already (:mod:`sample_rows`).

Marked once per analysis by the layout (:func:`mark`).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis
    from bot.reading.extract.layout import Place

# A line of percent signs alone, at least three ("% % % %", "%  %  %").
_UNIT_LINE: Final = re.compile(r"[ \t]*%(?:[ \t]+%){2,}[ \t]*")
_ANY_UNIT_LINE: Final = re.compile(r"^[ \t]*%(?:[ \t]+%){2,}[ \t]*$", re.MULTILINE)
# A row's label: words before its first number (a party, an answer, "Don't know").
_LABEL: Final = re.compile(r"[ \t]*[^\W\d_][^\d%]*")
# Bare cells set apart by spaces alone.
_GAP: Final = re.compile(r"[ \t]+")
# How many banner lines above the unit line may hold heads (stops at a blank line).
_BANNER_REACH: Final = 12
# How many title lines may sit between the unit line and its first row.
_TITLE_REACH: Final = 10
# Columns a row may print before the unit line's first (an earlier wave beside the total).
_EXTRA_COLUMNS: Final = 2


def mark(a: Analysis, places: list[Place]) -> None:
    """Mark the rows and heads of every table under a unit line (see the module's doc)."""
    if _ANY_UNIT_LINE.search(a.text) is None:
        return  # most passages: one scan of the text
    units = [li for li in range(len(a.lines)) if _UNIT_LINE.fullmatch(a.line_text(li))]
    by_line = a.numbers_by_line
    for k, ul in enumerate(units):
        width = a.line_text(ul).count("%")
        for li in range(ul - 1, max(-1, ul - 1 - _BANNER_REACH), -1):
            if not a.line_text(li).strip():
                break
            for n in by_line.get(li, ()):
                if not n.cand.marked:
                    places[n.index].unit_head = True
        heads = _banner(a, ul, width)
        end = units[k + 1] if k + 1 < len(units) else len(a.lines)
        seen_row = False
        for li in range(ul + 1, end):
            nums = by_line.get(li, [])
            if _row(a, li, width):
                seen_row = True
                for n in nums:
                    places[n.index].pct_above = True
                if heads:
                    for n, head in zip(nums[len(nums) - width :], heads, strict=True):
                        # (over any head the layout read off the title lines below the unit line)
                        p = places[n.index]
                        p.header, p.unit_banner = head, True
            elif not seen_row and li - ul <= _TITLE_REACH:
                for n in nums:
                    if not n.cand.marked:
                        places[n.index].unit_head = True


# A sample row between the banner and the unit line: "Weighted Sample 2054 583 ...", "Base", "Unweighted".
_SAMPLE_ROW: Final = re.compile(r"[ \t]*(?:weighted|unweighted|base|sample|n\b)", re.IGNORECASE)


def _banner(a: Analysis, ul: int, width: int) -> list[str] | None:
    """The banner's heads over a unit line of ``width`` signs: the nearest line above it, past the sample
    rows, when it holds exactly ``width`` words."""
    for li in range(ul - 1, max(-1, ul - 1 - _BANNER_REACH), -1):
        line = a.line_text(li)
        if not line.strip():
            return None
        if _SAMPLE_ROW.match(line):
            continue
        words = line.split()
        return words if len(words) == width else None
    return None


def _row(a: Analysis, li: int, width: int) -> bool:
    """Whether line ``li`` is a labelled row of ``width`` (up to two more) bare cells of at most 100."""
    nums = a.numbers_by_line.get(li, [])
    if not width <= len(nums) <= width + _EXTRA_COLUMNS:
        return False
    text, start = a.text, a.lines[li].start
    if _LABEL.fullmatch(text, start, nums[0].start) is None:
        return False
    for prev, n in itertools.pairwise(nums):
        if _GAP.fullmatch(text, prev.end, n.start) is None:
            return False
    return (
        all(n.value <= 100 and not n.cand.marked for n in nums)
        and not text[nums[-1].end : a.lines[li].end].strip()
    )
