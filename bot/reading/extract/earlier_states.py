"""A state poll's sample given its state where an earlier sentence names the state and the figure's own
sentence names none.

A state poll's story names its state in the headline or lead ("Reyes widens her lead in Nevada") and
then reports its figures in sentences that name no place ("The poll of 640 likely voters found Reyes at
48 percent"). The shared labels write such a figure's sample with the state ("Nevada likely voters",
"New Hampshire likely Republican primary voters"); :func:`population_candidates.state_sample` reads the
figure's own sentence only. This step reads back: the nearest earlier sentence that names exactly one
state as the place polled gives it, unless a sentence on the way names the nation ("a national poll",
"nationwide") or two states (a multi-state report, where the nearer state need not be the figure's), or
a heading line that names no state (a digest's next story: "Governor Sets a Record" over its own poll).
A fixed rule after the rankers, as ``state_sample`` is: the state is a fact of the text, not a proposal.
"""

from __future__ import annotations

import re
from typing import cast

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.population_candidates import is_placeless_sample, sentence_places

EARLIER_STATES = True
_BACK = 40  # sentences read back at most
_HEADING_WORDS = 12
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")


def _heading(a: Analysis, j: int) -> bool:
    """Whether sentence ``j`` is a line of its own with no closing stop and few words (a title)."""
    s = a.sentences[j]
    said = a.text[s.start : s.end].strip()
    return (
        bool(said)
        and "\n" not in said
        and not said.endswith((".", "!", "?", ":", ";", ","))
        and len(said.split()) <= _HEADING_WORDS
        and _LINE_START.search(a.text, max(0, s.start - 8), s.start) is not None
        and _LINE_END.match(a.text, s.end) is not None
    )


def earlier_state(a: Analysis, k: int) -> str:
    """The state the nearest sentence before sentence ``k`` that names any names alone, or ""."""
    return _earlier_walk(a, k)[0]


def _earlier_walk(a: Analysis, k: int) -> tuple[str, int]:
    """:func:`earlier_state` of sentence ``k`` and the sentence its walk back stopped on (-1 when it ran
    out), once per sentence. The walk from ``k`` reads sentences ``k - 1`` down to ``k - _BACK``; where
    it passes sentence ``j`` without stopping and the walk from ``j`` is already known (the figures of
    a passage sit in nearby sentences), the rest of it is that walk's, cut at ``k - _BACK``."""
    key = ("earlier_state", k)
    got = a.memo.get(key)
    if isinstance(got, tuple):
        return cast("tuple[str, int]", got)
    floor = max(-1, k - 1 - _BACK)
    found: tuple[str, int] = ("", -1)
    for j in range(k - 1, floor, -1):
        states, national = sentence_places(a, j)
        if national or len(states) > 1:
            found = ("", j)
            break
        if states:
            found = (next(iter(states)), j)
            break
        if _heading(a, j):
            found = ("", j)  # another story's or section's title, naming no state
            break
        known = a.memo.get(("earlier_state", j))
        if isinstance(known, tuple):
            found = known if known[1] > floor else ("", -1)
            break
    a.memo[key] = found
    return found


def earlier_state_sample(a: Analysis, n: Num, population: str) -> str:
    """The figure's placeless sample ("likely voters", bare "voters") with the state an earlier sentence
    names (see the module docstring), or ""."""
    if not EARLIER_STATES or not a.sentences or not is_placeless_sample(population):
        return ""
    states, national = sentence_places(a, n.sentence)
    if states or national:
        return ""  # the figure's own sentence decides (population_candidates.state_sample)
    state = earlier_state(a, n.sentence)
    if not state:
        return ""
    words = population.strip()
    if words.lower() in ("electorate", "the electorate"):
        words = "voters"
    return f"{state} {words}"
