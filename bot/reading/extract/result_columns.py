"""A column of election returns beside the polls, under heads copied one cell a line.

A pollster's scorecard (or an aggregator's table of final polls) sets each poll's column beside the
result's, its heads copied out of the page's grid one cell a line, each closing on its date:

    President
    Actual
    Returns
    11/2/2004
    SurveyUSA
    for Media
    10/28/2004
    ...
    Bush (R)* 63% 57% 53% 56% 59%

The rows' cells are all percent-marked and set alike, so the model read the returns' cell as a share like
the polls' beside it (the labelling rules count no election result), and with no header over the rows no
table was read: only a row's first cell took its candidate for the answer. Here the heads are rebuilt
from the stack (a date line closes each), and where a table row below holds as many cells as there are
heads, each cell takes its head's date as its column's header (:func:`mark`, from the layout: the table
labels then read the columns as waves and the rows' candidates as the answers), and the cells under a head that names the returns
("Actual", "Result", "Returns", "Election") are ruled out in the figure stage (:func:`result_cell`).
Prose lines may sit between the heads and the rows (notes on the table); another stack of heads starts the
next table.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis, Num
    from bot.reading.extract.layout import Place

# A head's closing date alone on its line: "11/2/2004", "10/28/04", "2004-11-02", "Nov. 2, 2004".
_DATE_LINE: Final = re.compile(
    r"[ \t]*(?:\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}|"
    r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})[ \t]*"
)
# A stacked head's piece: a few words, no sentence (no figure, no full stop at the end).
_PIECE: Final = re.compile(r"[ \t]*[^\W\d_][\w&/().'’ -]{0,40}")
# A head naming the election's returns, not a poll.
_RETURNS: Final = re.compile(r"\b(?:actual|returns?|results?|election|outcome)\b", re.IGNORECASE)
# Fewest heads (dates) of a stack: the returns' column and two polls.
_MIN_HEADS: Final = 3
# How many lines the rows may start below the stack (notes between).
_ROWS_REACH: Final = 12


def result_cell(a: Analysis, n: Num) -> bool:
    """Whether a number is a cell under a stacked head that names the election's returns."""
    return _RETURNS.search(a.layout.places[n.index].stack_head) is not None


def mark(a: Analysis, places: list[Place]) -> None:
    """Give each cell of a row under a stack of dated heads its head's date (``Place.header``) and its
    whole head (``Place.stack_head``)."""
    if "/" not in a.text and "-" not in a.text:
        return  # no date line of the shapes read here
    by_line = a.numbers_by_line
    li, total = 0, len(a.lines)
    while li < total:
        heads, end = _stack(a, li)
        if len(heads) < _MIN_HEADS:
            li = max(end, li + 1)
            continue
        for row in range(end, min(total, end + _ROWS_REACH)):
            if _stack(a, row)[0]:
                break  # the next table's heads
            nums = by_line.get(row, [])
            if len(nums) == len(heads) and a.lines[row].start < nums[0].start:
                for n, (head, date) in zip(nums, heads, strict=True):
                    p = places[n.index]
                    if not p.header:
                        p.header, p.stack_head = date, head
        li = end


def _stack(a: Analysis, li: int) -> tuple[list[tuple[str, str]], int]:
    """The heads of a stack of one-cell lines starting at line ``li`` (each closed by a date line), each
    with its date, and the line after the stack's last date."""
    heads: list[tuple[str, str]] = []
    pieces: list[str] = []
    end = li
    j = li
    while j < len(a.lines):
        line = a.line_text(j)
        if _DATE_LINE.fullmatch(line):
            if not pieces:
                break
            heads.append((" ".join(pieces), line.strip()))
            pieces = []
            end = j + 1
        elif _PIECE.fullmatch(line) and len(pieces) < 4:
            pieces.append(line.strip())
        else:
            break
        j += 1
    return heads, end
