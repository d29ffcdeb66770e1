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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from bot.reading.extract.layout import adds_to_whole

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
    return out
