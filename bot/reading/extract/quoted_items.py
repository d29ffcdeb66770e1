"""Figures given for quoted items of a list: 'followed by "the economy" (18%), "housing" (9%)'.

Reports of open-ended questions (the reasons for a rating, the most important issue) quote each wording
the respondents gave and put its share in brackets right after it. The ranker reads each figure's window,
where the next item's quote is as close as its own (and a wording of the passage's rules, "support", often
wins), so the item before the bracket is the answer. The list's first item is often written as a clause
('"diplomacy" ranked first with 25%'), read the same way when the sentence or the next holds the brackets.

Only a passage with at least two bracketed quoted items is read: one quote before one bracket ('say the
ideology is "about right" (42%) than ...') is a statement's wording, left to the ranker.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled

# Off: the bracketed items keep the rankers' answers.
QUOTED_ITEMS = True

_ITEM: Final = r"[“\"](?P<item>[^“”\"\n]{1,80}?)[”\"]"
# The item right before its bracketed figure: '"housing" (' .
_BRACKETED: Final = re.compile(_ITEM + r"[ \t]*\([ \t]*$")
# The item as the subject of its share: '"diplomacy" ranked first with ', '"the economy" was the top answer at '.
_LEADING: Final = re.compile(
    _ITEM
    + r"[ \t]+(?:was|is|ranked|ranks|came|comes|topped|tops|led|leads)\b[^,;:\"“”\n]{0,40}\b(?:with|at)[ \t]+$"
)
_REACH: Final = 120  # characters before a figure read for its item
_LEAST: Final = 2  # bracketed items a passage must hold


def _item(a: Analysis, f: Labelled, pattern: re.Pattern[str]) -> str | None:
    n = a.numbers[f.num_index]
    s = a.sentences[f.sentence]
    m = pattern.search(a.text, max(s.start, n.start - _REACH), n.start)
    if m is None:
        return None
    item = " ".join(m.group("item").strip(" ,.;:!?").split())
    return item if any(ch.isalpha() for ch in item) else None


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give each figure bracketed after a quoted item (and a list's leading item) that item as its answer."""
    if '"' not in a.text and "“" not in a.text:
        return
    bracketed = {f.num_index: item for f in figs if (item := _item(a, f, _BRACKETED)) is not None}
    if len(bracketed) < _LEAST:
        return
    listed = {a.numbers[k].sentence for k in bracketed}
    for f in figs:
        item = bracketed.get(f.num_index)
        if item is None and (f.sentence in listed or f.sentence + 1 in listed):
            item = _item(a, f, _LEADING)
        if item is not None:
            f.answer = tidy(item) or item
