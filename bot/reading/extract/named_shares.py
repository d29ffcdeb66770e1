"""A share written as "support" of a named candidate or party answers with the name: "Trump has the backing
of 26 percent", "DeSantis, garnering 33 percent support", "Labour had the most support on 33.6%".

There "support" is the noun a report measures a horse race by, not an option the respondents chose: the
option is whoever the clause is about. Only a figure whose answer is the bare noun is touched, and only
where the noun names the share itself (right after the figure with no object, or "support of/at/on"
right before it) and a capitalised name opens the figure's clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.answer_candidates import clause_names
from bot.reading.extract.groups import Labelled
from bot.reading.extract.label_cues import ANSWER_OPTIONS

_SHARE_NOUNS = frozenset({"support", "backing"})
# "26 percent support." / "28% support among ...": the noun with no object after the figure.
_NOUN_AFTER = re.compile(
    r"[ \t]*(?:%|percent|per[ \t]?cent)?[ \t]+(?:support|backing)\b(?=[ \t]*(?:[.,;:)]|$|among|from|in\b|with\b))",
    re.IGNORECASE,
)
# "the backing of 26 percent", "the most support on 33.6%", "support registers at 40 percent".
_NOUN_BEFORE = re.compile(
    r"\b(?:support|backing)[ \t]+(?:(?:registers|stands|sits)[ \t]+)?(?:of|at|on)[ \t]+$", re.IGNORECASE
)
_PRONOUNS = frozenset({"he", "she", "they", "his", "her", "their", "its", "it", "this", "that", "those"})


def apply(a: Analysis, figs: list[Labelled], tidy: Callable[[str], str]) -> None:
    """Give each "support" share the name its clause is about (tidied as answers are)."""
    for f in figs:
        if f.answer.lower() not in _SHARE_NOUNS:
            continue
        n = a.numbers[f.num_index]
        before = a.text[max(0, n.start - 30) : n.start]
        if _NOUN_AFTER.match(a.text, n.end) is None and _NOUN_BEFORE.search(before) is None:
            continue
        for name, _dist, _f in clause_names(a, n):
            if name.lower() in _PRONOUNS or name.lower() in ANSWER_OPTIONS:
                continue  # "His support", "Support": no one named
            f.answer = tidy(name)
            break
