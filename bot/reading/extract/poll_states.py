"""The state of a state poll where neither the figure's row, sentence or heading nor the sentences just
before it name one: the whole passage's one state, or the state its candidates were named with.

:func:`state_scopes.figure_state` reads the figure's row, its sentence, a heading and the nearest earlier
sentence naming a state, and stops at a heading line that names none. Two shapes of real state-poll
stories fall through, and their placeless samples stay bare ("likely voters") where the shared labels
write "<State> likely voters":

- a one-state poll whose state is named only in the title or lead, with bullet points or a sub-heading
  ("Poll points:") between it and the figures: the passage names one state as a place and never the
  nation, so every placeless sample is that state's;
- a report on several states told one race per paragraph, where a race's paragraph names its candidates
  and not the state ("Reyes leads Park, 47 percent to 43 percent"), the state being named with the same
  candidates in the lead ("Reyes narrowly leads Park in Ohio"): a figure's sentence naming people whom the
  passage's one-state sentences name with one state only gives that state.

Both give a state that is not the figure's own cue, so only a placeless sample takes it (a subgroup stays
bare, as :mod:`state_scopes` leaves it for an earlier sentence's state).
"""

from __future__ import annotations

import re

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.labels import POLLSTER_WORDS
from bot.reading.extract.passage_cues import US_STATES
from bot.reading.extract.population_candidates import sentence_places
from bot.reading.extract.vocab import DAY_WORDS, NOT_NAMES, PARTY_WORDS, TITLES

POLL_STATES = True

# A capitalised word of a person's name (not the sentence's first word): "Reyes", "McConnell", "O'Rourke".
_NAME_WORD = re.compile(r"(?<=[\w,;:)\"”’'] )(?-i:[A-Z][a-z]+(?:['’][A-Z][a-z]+|[A-Z][a-z]+)?)\b")
_STATE_WORDS = frozenset(w for s in US_STATES for w in s.split())
_NOT_PERSON = NOT_NAMES | TITLES | DAY_WORDS | _STATE_WORDS
_LEAD = 3  # sentences of the title and lead


def _usable(word: str) -> bool:
    return (
        len(word) > 2
        and word not in _NOT_PERSON
        and word.lower() not in PARTY_WORDS
        and word not in POLLSTER_WORDS
        and word.rstrip("s") not in POLLSTER_WORDS
    )


def _names(a: Analysis, k: int) -> frozenset[str]:
    s = a.sentences[k]
    return frozenset(w for w in _NAME_WORD.findall(a.text, s.start, s.end) if _usable(w))


def _passage(a: Analysis) -> tuple[str, dict[str, tuple[str, int]]]:
    """The passage's one state (or "") and each name word's one state with the first sentence naming them
    together, read once per text."""
    got = a.memo.get(("poll_states", 0))
    if isinstance(got, tuple):
        return got
    every: dict[str, int] = {}
    national = False
    seen: dict[str, dict[str, int]] = {}
    for k in range(len(a.sentences)):
        states, nation = sentence_places(a, k)
        national = national or nation
        for state in states:
            # a state named in the title or lead counts twice: "a 'Georgia' end of the state" once, late,
            # is a nickname, not the place polled
            every[state] = every.get(state, 0) + (2 if k < _LEAD else 1)
        if len(states) == 1 and not nation:
            (state,) = states
            for w in _names(a, k):
                seen.setdefault(w, {}).setdefault(state, k)
    one = next(iter(every)) if len(every) == 1 and not national and max(every.values()) >= 2 else ""
    named = {w: next(iter(st.items())) for w, st in seen.items() if len(st) == 1}
    a.memo[("poll_states", 0)] = got = (one, named)
    return got


def people_state(a: Analysis, n: Num) -> str:
    """The one state the people the figure's sentence names were named with before it, or "" (module
    docstring): a nearer cue than the sentence before, which may open another race's paragraph."""
    if not a.sentences:
        return ""
    _, named = _passage(a)
    # (only a state named with the people before the figure: a late aside is no race's lead)
    states = {named[w][0] for w in _names(a, n.sentence) if w in named and named[w][1] < n.sentence}
    return next(iter(states)) if len(states) == 1 else ""


def passage_state(a: Analysis) -> str:
    """The passage's one state (module docstring), or ""."""
    return _passage(a)[0] if a.sentences else ""
