"""An answer cut at a title written short: "Democratic Sen", "Wisconsin Gov", "Mr", "over Lt" are the words
before the full stop of "Democratic Sen. Ana Ruiz", "Mr. Lee", "over Lt. Gov. Tom Vale". The proposals stop at
a full stop, so a candidate named with an abbreviated title keeps the title and loses the name.

:func:`apply` runs after grouping (the link model reads the rankers' labels, and reading the names earlier
moved grouping with every refit): an answer whose last word is a title in
:data:`vocab.TITLE_ABBREVIATIONS`, written just before that title's full stop and a capitalised name on the
same line, becomes the name that follows, without its titles and side words ("Sen. Ana Ruiz" -> "Ana Ruiz").
The occurrence read is the one nearest the figure on its line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.vocab import TITLE_ABBREVIATIONS

# The name after a title's full stop: more titles ("Lt. Gov."), then one to four capitalised words.
_NAME_AFTER = re.compile(
    r"\.[ \t]+(?P<name>(?:(?:" + "|".join(sorted(TITLE_ABBREVIATIONS)) + r")\.[ \t]+)*"
    r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'’-]*){0,3})"
)


def _completed(a: Analysis, at: int, answer: str, tidy: Callable[[str], str]) -> str | None:
    """The name after ``answer`` written before the title's full stop nearest offset ``at`` on its line."""
    lo = a.text.rfind("\n", 0, at) + 1
    hi = a.text.find("\n", at)
    hi = len(a.text) if hi < 0 else hi
    best: tuple[int, str] | None = None
    for m in re.finditer(rf"(?<![\w.]){re.escape(answer)}(?=\.[ \t])", a.text[lo:hi]):
        got = _NAME_AFTER.match(a.text, lo + m.end(), hi)
        if got is None:
            continue
        dist = abs(lo + m.start() - at)
        if best is None or dist < best[0]:
            best = (dist, got.group("name"))
    if best is None:
        return None
    name = re.sub(r"['’]s?$", "", best[1])
    words = [w for w in name.split() if w.rstrip(".") not in TITLE_ABBREVIATIONS]
    return tidy(" ".join(words)) if words else None


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Complete each answer cut at a title's full stop (see the module docstring)."""
    if ". " not in a.text:
        return
    for f in figs:
        words = (f.answer or "").split()
        if not words or words[-1] not in TITLE_ABBREVIATIONS:
            continue
        got = _completed(a, a.numbers[f.num_index].start, f.answer, tidy)
        if got:
            f.answer = got
