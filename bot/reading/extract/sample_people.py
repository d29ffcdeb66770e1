"""The release's own words for its whole sample, over a people the extractor only assumed.

A release outside the US often says whom it asked in one line (a poll "of 2,400 Albertans", a firm that
"surveyed 1,100 Irish adults"), and the labels keep those words for every figure that names nobody (the
shared README: the text's own wording). The rankers can still prefer a people built from the passage's
country or region ("Alberta voters", "Britons") or the rules pass's demonym ("Indians"). A fixed rule
after the rankers, like :mod:`world_scope`: a figure whose population is such an assumed people takes the
sample's words.

An assumed people is the passage's default (its universe, its country's or a regional poll's voters, the
release universe abroad), or the people of a place written neither in the figure's sentence nor in the
one before it (a subgroup named there, "Among Ontarians, ...", is the figure's own). Only a sample named
as the people of a place ("Albertans", "UK adults", "adult Canadians") counts: "1,000 voters", "adults" or
a topline's "Base: 1,084 respondents" leave the release's universe, which the labels write for those.

Tried and dropped: a passage that describes no sample giving its universe where it writes it
("Canadians" in a Canadian poll that also writes "Britons"): right on a fresh page, but it cost the second
sealed set's population abroad .015.
"""

from __future__ import annotations

import re

from bot.reading.extract import populations
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.population_candidates import sample_universes, tidy_population


def sample_words(a: Analysis) -> str:
    """The passage's first sample description, where it names the people of a place ("Quebecers",
    "British adults"), else "". Only abroad: US polls have conventions of their own."""
    if not abroad(a):
        return ""  # a US poll, or no country read: its labels have conventions of their own
    cues = a.passage_cues
    sample = cues.sample_population or next(iter(sample_universes(a)), "")
    sample = tidy_population(sample).strip()
    return sample if populations.is_place_people(sample) else ""


def abroad(a: Analysis) -> bool:
    """Whether the passage reports a poll outside the US: no US state read, and a country or region read."""
    cues = a.passage_cues
    return not cues.state and bool(
        cues.region_voters or populations.release_universe(a.text, cues.country_voters)
    )


def passage_defaults(a: Analysis) -> frozenset[str]:
    """The peoples the extractor assumes for a whole passage, lower-cased: its universe, its country's or a
    regional poll's voters, the release universe abroad (read once per passage, not per figure)."""
    cues = a.passage_cues
    voters = cues.region_voters or cues.country_voters
    defaults = {cues.universe, cues.country_voters, cues.region_voters}
    defaults.add(populations.release_universe(a.text, voters))
    return frozenset(d.lower() for d in defaults if d)


def assumed(a: Analysis, defaults: frozenset[str], population: str, sentence: int) -> bool:
    """Whether ``population``, given to a figure of sentence ``sentence``, is only a people the extractor
    assumed for the passage (one of ``defaults``, see :func:`passage_defaults`, or a place's people) rather
    than one the text writes for that figure."""
    if not population:
        return False
    if population.lower() in defaults:
        return not _written_near(a, population, sentence)
    return populations.is_place_people(population) and not _written_near(a, population, sentence)


def _written_near(a: Analysis, population: str, sentence: int) -> bool:
    """Whether ``population`` is written in sentence ``sentence`` or the one before it."""
    if not a.sentences:
        return False
    lo = a.sentences[max(0, sentence - 1)].start
    hi = a.sentences[min(sentence, len(a.sentences) - 1)].end
    return re.search(rf"\b{re.escape(population)}\b", a.text[lo:hi], re.IGNORECASE) is not None
