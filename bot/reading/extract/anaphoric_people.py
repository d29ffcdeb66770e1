"""A subgroup a sentence points back to ("that group", "these voters", "among them") instead of naming it.

Reports name a subgroup once and then go on about it in the next sentence without naming it again:
"Reyes leads among voters under 40, with 31 percent. Lund follows in that group at 22 percent"; "Voters
with no party (54%) think the levy will pass. Only 30% of these voters expect it to fail"; "Independent
voters are drifting to Reyes. The poll found that group backing her 44 percent to 39 percent". The
figures after the pointer are that subgroup's, though their own sentence names only the pointer, which
the rankers read as nobody (the passage's default). This step gives them the people the sentence before
names last (or the one before that, where the nearest names nobody). A fixed rule after the rankers:
the pointer is too rare in the training text for a weight to learn it.
"""

from __future__ import annotations

import re

from bot.reading.extract import labels
from bot.reading.extract.analysis import Analysis, Num

ANAPHORIC_PEOPLE = True

# "that group", "this segment", "the same group", "these voters", "those respondents", "among them"; not
# "those voters who ..." (a relative clause names its own people).
_POINTER = re.compile(
    r"\b(?:(?:that|this|the\s+same)\s+(?:group|subgroup|segment|demographic|cohort|bloc)"
    r"|(?:these|those)\s+(?:voters|respondents|people|adults|supporters|residents|electors)"
    r"(?!\s+(?:who|that|which|with|aged|under|over|in|from|living|polled|surveyed|asked)\b)"
    r"|among\s+them)\b",
    re.IGNORECASE,
)
_BACK = 2  # sentences read back for the people pointed at


def pointer_before(a: Analysis, n: Num) -> bool:
    """Whether the figure's sentence points back at people before the figure ("in that group", "of these
    voters")."""
    if not a.sentences:
        return False
    s = a.sentences[n.sentence]
    return _POINTER.search(a.text, s.start, n.start) is not None


def pointed_people(a: Analysis, n: Num) -> str:
    """The people a pointer in the figure's sentence stands for: the last population named in the sentence
    before (or the one before that, where the nearest names nobody), unless it is a generic word
    ("respondents"); else "". Whether it is more than the poll's universe is the caller's to judge."""
    if not ANAPHORIC_PEOPLE or not pointer_before(a, n):
        return ""
    key = ("pointed_people", n.sentence)
    got = a.memo.get(key)
    if isinstance(got, str):
        return got
    found = ""
    for k in range(n.sentence - 1, max(-1, n.sentence - 1 - _BACK), -1):
        s = a.sentences[k]
        if _POINTER.search(a.text, s.start, s.end) is not None:
            break  # that sentence points back too: its people are not written there
        try:
            hit = labels.population_in(a.text[s.start : s.end], prefer_last=True)
        except (IndexError, ValueError):  # a label is optional; an exception is not
            hit = None
        if hit is None:
            continue
        if not labels.is_generic(hit[0]):
            found = hit[0]
        break
    a.memo[key] = found
    return found
