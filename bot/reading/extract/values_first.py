"""Lists copied one cell a line with each value ABOVE its label, under a title: a chart's figures and its
legend, or a results card, as web pages print them.

    Approval of Premier Ann Ruiz
    46%
    Approve
    41%
    Disapprove
    13%
    Not sure

Read label-first (as the gridless readers and the rankers read a list), every value takes the line above it:
the first takes the title and the last label is left over. Read here the other way round where that is
what the lines say: a title line (no option, no value), then two or more pairs of a value line (a share
alone) and a label line (an answer option: every word between its slashes one the option vocabulary knows,
"Positive / favourable"), the values adding up to about a whole, and no value line after the last label.
Each value's answer is the label below it; the list is one result; its question is the title where the
checker takes the title as a question or a known heading ("Impression / favourability of X").

The same title may stand over a list written the usual way round, each label with its value on one line
(a "by the numbers" box, a pollster's summary card):

    Congestion Charge
      • Support 41%
      • Oppose 52% (+3)

Those lists are read here too (:func:`_label_first`): two or more such lines (a bullet, a colon and a
bracketed change allowed; single blank lines between), the values adding up to about a whole or most of
one, under a short title line that is no sentence. The list is one result, each value's answer its label,
and its question the title where the checker takes it (the table reader builds a stance question from a
topic title whose options are a stance's, see :func:`table_labels._values_first_cells`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from bot.reading.extract.layout import adds_to_part, adds_to_whole

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.reading.extract.analysis import Analysis

VALUES_FIRST = True

_VALUE: Final = re.compile(r"[ \t]*\d{1,3}(?:\.\d+)?[ \t]*%[ \t]*")
_LABEL: Final = re.compile(r"[ \t]*(?P<l>[^\W\d_][^\d\n]{0,39}?)[ \t]*")
_TITLE_MAX: Final = 80


@dataclass(frozen=True, slots=True)
class ValueFirstCell:
    answer: str
    run: int  # which list (one result each)
    title: str
    label_first: bool = False  # a list of label-and-value lines (its title is a heading, seldom a question)


def _label(line: str) -> str | None:
    m = _LABEL.fullmatch(line)
    return " ".join(m.group("l").split()) if m is not None else None


def _option_like(label: str, is_option: Callable[[str], bool]) -> bool:
    """Whether every part of a label between its slashes is an answer option ("Neutral / Unsure")."""
    parts = [p.strip() for p in label.split("/")]
    return all(p and is_option(p) for p in parts)


def cells(a: Analysis, is_option: Callable[[str], bool]) -> dict[int, ValueFirstCell]:
    """The values of every such list by number index (cached on the analysis); ``is_option`` tells an
    answer option's label (the table reader's vocabulary)."""
    key = ("values_first", None)
    got = a.memo.get(key)
    if isinstance(got, dict):
        return got
    out: dict[int, ValueFirstCell] = {}
    a.memo[key] = out
    if not VALUES_FIRST:
        return out
    n_lines = len(a.lines)
    run = 0
    li = 1
    while li < n_lines:
        if not _VALUE.fullmatch(a.line_text(li)):
            li += 1
            continue
        title = a.line_text(li - 1).strip()
        if (
            not title
            or len(title) > _TITLE_MAX
            or _VALUE.fullmatch(title)
            or (li - 1) in a.numbers_by_line
            or _option_like(title, is_option)
        ):
            li += 1
            continue
        pairs: list[tuple[int, str]] = []
        j = li
        while j + 1 < n_lines and _VALUE.fullmatch(a.line_text(j)):
            label = _label(a.line_text(j + 1))
            if label is None or not _option_like(label, is_option):
                break
            pairs.append((j, label))
            j += 2
        values = [n for v, _ in pairs for n in a.numbers_by_line.get(v, [])]
        if (
            len(pairs) < 2
            or len(values) != len(pairs)
            or (j < n_lines and _VALUE.fullmatch(a.line_text(j)))
            or not adds_to_whole(sum(n.value for n in values))
        ):
            li += 1
            continue
        for n, (_, label) in zip(values, pairs, strict=True):
            out[n.index] = ValueFirstCell(label, run, title)
        run += 1
        li = j
    _label_first(a, out, run)
    return out


# A list line of a label and its share: "  • Support 41%", "Civic Alliance: 38% (up 3)", "Better 55% (+7%)".
_ITEM: Final = re.compile(
    r"[ \t]*(?:[•*·▪◦-][ \t]*)?(?P<l>[^\W\d_](?:[^\d\n:%()]|\([A-Za-z&.]{1,10}\)){0,39}?)[ \t]*:?[ \t]+\d{1,3}(?:\.\d+)?[ \t]*%"
    r"[ \t]*(?:\([^()\n]{1,16}\))?[ \t]*"
)
_ITEM_WORDS: Final = 5
# A list item of no view: "Don't know", "Undecided", "Refused", "Unsure", "None of these".
_NO_VIEW: Final = re.compile(
    r"(?i)(?:don['’]?t\s+know|undecided|refused|unsure|not\s+sure|none\b|no\s+opinion)"
)
_TITLE_WORDS: Final = 12


def _label_first(a: Analysis, out: dict[int, ValueFirstCell], run: int) -> None:
    """Lists of label-and-value lines under a title line (see the module's doc), added to ``out``."""
    n_lines = len(a.lines)
    li = 0
    while li < n_lines:
        items = _items_from(a, li)
        if len(items) < 2:
            li += 1
            continue
        title = _title_above(a, li)
        values = [a.numbers_by_line[j][0] for j, _ in items]
        shares = [n.value for n in values]
        # the decided shares may make the whole, the undecided told beside them ("Don't know/refused: 11%")
        decided = [v for v, (_, label) in zip(shares, items, strict=True) if not _NO_VIEW.match(label)]
        if title is not None and (
            adds_to_whole(sum(shares)) or adds_to_part(shares) or adds_to_whole(sum(decided))
        ):
            for n, (_, label) in zip(values, items, strict=True):
                if n.index not in out:
                    out[n.index] = ValueFirstCell(label, run, title, label_first=True)
            run += 1
        li = items[-1][0] + 1


def _items_from(a: Analysis, li: int) -> list[tuple[int, str]]:
    """The list lines from line ``li`` on (one blank line allowed between two), each with its label."""
    items: list[tuple[int, str]] = []
    j = li
    while j < len(a.lines):
        line = a.line_text(j)
        m = _ITEM.fullmatch(line)
        nums = a.numbers_by_line.get(j, ())
        # its share, and at most a change in the brackets after it ("38% (up 3)")
        if m is None or not 1 <= len(nums) <= 2 or len(m.group("l").split()) > _ITEM_WORDS:
            if line.strip() or not items or j + 1 >= len(a.lines) or not a.line_text(j + 1).strip():
                break
            j += 1
            continue
        items.append((j, " ".join(m.group("l").split())))
        j += 1
    return items


def _title_above(a: Analysis, li: int) -> str | None:
    """The title line just above a list's first line (one blank line allowed between): short, no share, no
    sentence's end, no list line itself; None where there is none."""
    for j in (li - 1, li - 2):
        if j < 0:
            return None
        line = a.line_text(j).strip()
        if not line:
            continue
        if (
            len(line) > _TITLE_MAX
            or len(line.split()) > _TITLE_WORDS
            or "%" in line
            or line.endswith((".", "!", ","))
            or _ITEM.fullmatch(line)
            or _VALUE.fullmatch(line)
        ):
            return None
        return line.rstrip(" :")
    return None
