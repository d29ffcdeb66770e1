"""A no-view option written as two or three forms joined ("Don't know / No opinion", "do not know or have no
opinion", "Don't know/Refused"): the labels keep the whole compound, as the release prints it.

The rankers and the table reader take one of its parts ("no opinion", "don't know"). Where a figure's
answer is a no-view form (:data:`groups.UNSURE` and its spellings) and the compound that holds it stands
as the figure's label, right before the share (a row label, with at most a frequency count between) or
right after it ("14% don't know / no opinion"), the compound as written, lower-cased, is the answer.

Runs after grouping (as ``change_clauses`` does), so no feature moves and the weights are unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled, is_unsure
from bot.reading.extract.scan import gated

# Off: the ranker's answers stand.
UNSURE_PAIRS = True

# One no-view form, in the spellings releases print.
_FORM: Final = (
    r"(?:(?:do|did)[ \t]+not[ \t]+know|don[’']?t[ \t]+know|not[ \t]+sure|unsure|undecided|(?:have[ \t]+)?no[ \t]+opinion"
    r"|refused|no[ \t]+answer|can[’']?t[ \t]+say|prefer[ \t]+not[ \t]+to[ \t]+say)"
)
# Two or three forms joined by a slash, "or" or a comma.
_COMPOUND: Final = rf"(?P<c>{_FORM}(?:[ \t]*(?:/|,|\bor\b)[ \t]*{_FORM}){{1,2}})"
# Before the share: the compound, then at most a count and a colon ("Don't know / No opinion 52 3%").
_BEFORE: Final = gated(re.compile(rf"{_COMPOUND}[ \t]*:?[ \t]*(?:\d+[ \t]+)?$", re.IGNORECASE))
# After it: "14% don't know / no opinion", "23 percent say they do not know or have no opinion".
_AFTER: Final = re.compile(
    rf"^[ \t]*(?:%|percent\b|per[ \t]?cent\b)?[ \t]*(?:(?:say|said)[ \t]+(?:they[ \t]+)?)?{_COMPOUND}",
    re.IGNORECASE,
)
_WINDOW: Final = 80


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give a no-view share the whole compound it is labelled with."""
    low = a.text.lower()
    if "/" not in low and " or " not in low:
        return
    for f in figs:
        if not f.answer or not is_unsure(f.answer.replace("’", "'")):
            continue
        n = a.numbers[f.num_index]
        m = _BEFORE.search(a.text[max(0, n.start - _WINDOW) : n.start])
        if m is None:
            m = _AFTER.match(a.text[n.end : n.end + _WINDOW])
        if m is not None:
            f.answer = " ".join(m.group("c").lower().replace("’", "'").split())
