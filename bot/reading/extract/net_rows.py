"""Topline rows that print each side's net beside its parts, so that the row adds up to far more than a whole.

A rating question's trend table often prints, for each wave or subgroup, the total of each side and then
the side's parts: under "TOTAL Strongly Somewhat TOTAL Somewhat Strongly (Don't know)" a row reads
"2-5 Oct 26 51% 29 22 45 14 31 4". The layout's sums (a row or a column adding up to a whole) miss it:
the row holds two wholes' worth, and each column is one option across waves. Nets and their parts are
all figures of one question (the labelling README, "nets and their parts").

A run of values closing a line, after its label, is such a row when it adds up to more than a whole,
some value is the sum (within one point of rounding) of the two or three values right after it, the
values left once those nets are set aside add up to a whole, and a header line above the row (a line of
words, within a few lines not counting the dated rows of earlier waves, or the words before a first dated
row copied onto the header's line) names a total or net column. The run starts at its first percent-marked value when it has one (the numbers of a
date label before it, "Oct 26", are no cells); a run of bare values needs a word or a wave's slash date
("9/30/03") right before it. Signed values ("+4") and values over 100 break the run.

Marked once per analysis by the layout (:func:`mark`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.reading.extract.gaps import SLASH_DATE
from bot.reading.extract.vocab import MONTHS

if TYPE_CHECKING:
    from bot.reading.extract.analysis import Analysis, Num
    from bot.reading.extract.layout import Place

# Fewest values of such a row: one net, its two parts and one more answer.
_MIN_CELLS = 4
# Parts a net may have: "strongly / somewhat" or "very / somewhat / a little".
_PARTS = (2, 3)
# A bare run's label ends on a word that is not a month (a month's day is a date, not a cell).
_WORD_END = re.compile(r"[^\W\d_]+\)?[ \t]*$")
_MONTH_END = re.compile(rf"\b(?:{MONTHS})\.?[ \t]*$", re.IGNORECASE)
# ... or on a wave's slash date ("7/15/26 49 20 29 46 31 15 5"), the label of a trend table's row.
_DATE_END = re.compile(rf"(?<![\d/]){SLASH_DATE}[ \t]+$")
# A header that names a net column; how far above the row it may stand.
_NET_HEAD = re.compile(r"\b(?:total|net)\b", re.IGNORECASE)
_HEAD_REACH = 8
# An earlier wave's row of a trend table ("2/10/26 39 NA NA 55 NA NA 6"), passed over on the way up to the
# header.
_DATED_ROW = re.compile(rf"[ \t]*{SLASH_DATE}(?:[ \t]+(?:\d+|NA|n/a|-|\*))+[ \t]*$", re.IGNORECASE)
# A header copied onto one line with the table's first rows ("... unsure 10/2/26 52 21 31 ..."): the
# words before the first dated row are the header.
_GLUED_ROW = re.compile(rf"(?<=[^\W\d_])[ \t]+{SLASH_DATE}[ \t]+\d.*$")
# The rest once the nets are set aside adds up to a whole within rounding; the whole row to more than one.
_WHOLE_LO, _WHOLE_HI = 96.0, 102.0


def mark(a: Analysis, places: list[Place]) -> None:
    """Mark every value of a net-and-parts row (``net_row``) and say its row makes a whole
    (``line_whole``, read with the nets set aside), as the layout does for a row that adds up."""
    for nums in a.numbers_by_line.values():
        run = _closing_run(a, nums, places)
        if run is None or not _nets_whole([n.value for n in run]):
            continue
        header = _net_header(a, run[0].line)
        if header is None:
            continue
        # a header of one word a column ("TOTAL Strongly Somewhat TOTAL ...") names each value's column
        words = header.split()
        label = " ".join(a.text[a.lines[run[0].line].start : run[0].start].split())
        for j, n in enumerate(run):
            p = places[n.index]
            p.net_row = p.line_whole = True
            if len(words) == len(run):
                p.header, p.row_label = words[j].strip("()"), label


def _closing_run(a: Analysis, nums: list[Num], places: list[Place]) -> list[Num] | None:
    """The values that close a line, set apart by spaces alone, after its label; None when there are
    too few."""
    if len(nums) < _MIN_CELLS:
        return None
    last = nums[-1]
    line = a.lines[last.line]
    if a.text[last.cand.mark_end : line.end].strip():
        return None  # words after the values: prose or a labelled cell, not a row of values
    run = [last]
    for prev in reversed(nums[:-1]):
        if a.text[prev.cand.mark_end : run[0].start].strip(" \t") or prev.cand.partner is not None:
            break
        run.insert(0, prev)
    marked = [i for i, n in enumerate(run) if n.cand.marked]
    if marked:
        run = run[marked[0] :]
    else:
        before = a.text[line.start : run[0].start]
        worded = _WORD_END.search(before) and not _MONTH_END.search(before)
        if not worded and not _DATE_END.search(before):
            return None
    if len(run) < _MIN_CELLS or any(n.value > 100 or places[n.index].signed for n in run):
        return None
    return run


def _nets_whole(values: list[float]) -> bool:
    """Whether, read left to right, at least one value is the sum of the two or three after it and the
    values that are no such net add up to a whole."""
    nets: set[int] = set()
    i = 0
    while i < len(values):
        for k in _PARTS:
            parts = values[i + 1 : i + 1 + k]
            if len(parts) == k and abs(values[i] - sum(parts)) <= 1 and values[i] > 0:
                nets.add(i)
                break
        i += 1
    rest = sum(v for j, v in enumerate(values) if j not in nets)
    return bool(nets) and sum(values) > _WHOLE_HI and _WHOLE_LO <= rest <= _WHOLE_HI


def _net_header(a: Analysis, li: int) -> str | None:
    """The line of words (no digits) within a few lines above line ``li`` that names a total or net
    column, or None."""
    reach, k = _HEAD_REACH, li
    while k > 0 and reach > 0:
        k -= 1
        text = a.line_text(k)
        if _DATED_ROW.match(text):
            continue  # an earlier wave's row of the same table: the header stands above them all
        line = _GLUED_ROW.sub("", text)
        if not any(ch.isdigit() for ch in line) and _NET_HEAD.search(line):
            return line
        reach -= 1
    line = _GLUED_ROW.sub("", a.line_text(li))
    return line if line != a.line_text(li) and _NET_HEAD.search(line) else None
