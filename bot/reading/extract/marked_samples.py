"""A state poll's sample kept whole where the figure was given only its state's voters.

A state release describes its sample with a registration or turnout word and the state together ("a poll
about the governor with registered Oregon voters", "a survey of 700 likely Marlow voters") and then writes
its figures with bare "voters" ("44% of voters approve", "Voters say 52%-18% ..."). The rankers give such
a figure "voters" or the state's voters ("Oregon voters", a proposal the extractor builds from the state's
name); the shared labels write the sample's own words, registration word and all. A fixed rule after the
state steps: it only fills in what the release says of the same people, never replaces a subgroup.
"""

from __future__ import annotations

import re

from bot.reading.extract import labels
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.passage_cues import US_STATES
from bot.reading.extract.scan import longest_first

MARKED_SAMPLES = True
_MARKED = re.compile(r"\b(?:registered|likely)\b", re.IGNORECASE)
# A poll's sample told after its topic, with no count ("a survey on the governor's record with registered
# Oregon voters"): the passage cues' sample readers need a count or "of" right after the poll.
_POLL_WITH_MARKED = re.compile(
    r"\b(?:poll|survey)s?\s+(?:[\w'’-]+\s+){0,8}?(?:with|among)\s+"
    r"(?P<pop>(?:registered|likely)\s[^,;:.()\d\n]{3,60})",
    re.IGNORECASE,
)
_HEAD = 1500  # the lead, where a release says whom it polled
_STATE = re.compile(r"\b(?:" + longest_first(US_STATES) + r")\b")  # capitalised: a state's name, not a word


def marked_state_sample(a: Analysis) -> tuple[str, frozenset[str]]:
    """The passage's sample when it carries a registration or turnout word and names one state, with the
    short forms a figure given only part of it has (lower case): "voters" and "<state> voters"; or ("",
    empty)."""
    sample = a.passage_cues.sample_population
    if not sample:
        m = _POLL_WITH_MARKED.search(a.text, 0, _HEAD)
        found = labels.population_in(m.group("pop"), prefer_last=False) if m is not None else None
        sample = found[0] if found is not None and found[1] == 0 else ""
    words = sample.split()
    if len(words) < 3 or words[-1].lower() != "voters" or _MARKED.search(sample) is None:
        return "", frozenset()
    states = {m.group(0) for m in _STATE.finditer(sample)}
    if len(states) != 1:
        return "", frozenset()
    (state,) = states
    return sample, frozenset({"voters", f"{state.lower()} voters"})


def fuller_sample(population: str, sample: str, shorts: frozenset[str]) -> str:
    """``sample`` where ``population`` is one of its short forms, else ""."""
    return sample if sample and population.lower() in shorts else ""
