"""Facts about a whole passage that stage 2's label proposals share, found once per passage.

The release's universe ("a poll of 1,000 likely voters", the country's people), its country's voters
for vote-intention questions, whether it talks about vote intention, the horse race it covers and the
parliament it is about. Each is searched in the passage's first 20,000 characters only, once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.reading.extract import populations
from bot.reading.extract.questions import horse_race_question

HEAD = 20_000
_COUNTRIES = (
    (re.compile(r"\bAustralian?s?\b|\bNewspoll\b|\bLabor\b"), "Australian voters"),
    (re.compile(r"\bNew Zealand(?:ers)?\b|\bKiwis?\b"), "New Zealand voters"),
    (re.compile(r"\bWestminster\b|\bBritons?\b|\bGB\b"), "GB voters"),
    (re.compile(r"\bCanadians?\b|\bCanada\b"), "Canadian voters"),
)
_INTENTION = re.compile(r"\b(?:voting|vote)\s+intention|\bprimary\s+vote\b|\bwould\s+vote\s+for\b", re.I)
_LEVEL = re.compile(r"\b(federal|Westminster|provincial|Holyrood|Senedd)\b", re.IGNORECASE)
# The customary name of a national parliament's vote-intention question, by the passage's country.
_COUNTRY_LEVEL = {"GB voters": "Westminster", "Canadian voters": "Federal", "Australian voters": "Federal"}


@dataclass(frozen=True, slots=True)
class PassageCues:
    sample_population: str  # the universe of the sample description, or ""
    universe: str  # the country default ("Americans", "Britons", ..., "respondents")
    country_voters: str  # "Australian voters", "GB voters", ... or ""
    intention: bool  # the passage talks about vote intention
    race_heading: str  # "Vote choice in the ..." or a bare heading
    level: str  # "Westminster", "Federal", ... or ""


def _sample(text: str) -> str:
    try:
        return populations.sample_population(text) or ""
    except (IndexError, ValueError):  # a label is optional; an exception is not
        return ""


def passage_cues(text: str) -> PassageCues:
    head = text[:HEAD]
    country = next((name for rx, name in _COUNTRIES if rx.search(head)), "")
    level_m = _LEVEL.search(head)
    level = level_m.group(1) if level_m is not None else _COUNTRY_LEVEL.get(country, "")
    return PassageCues(
        sample_population=_sample(head),
        universe=populations.universe(head),
        country_voters=country,
        intention=_INTENTION.search(head) is not None,
        race_heading=horse_race_question(head),
        level=level[:1].upper() + level[1:],
    )
