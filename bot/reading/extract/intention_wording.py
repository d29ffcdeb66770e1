"""Last, on the final questions: a parliament's vote-intention question in the words the labels use for it.

The intention templates name a parliament one way ("New Zealand general election voting intention"); the
labelled sets word some of them after the country's own ballot:

- New Zealand's mixed-member ballot has a party vote and an electorate vote, and polls report the party
  vote: the labels write "Party vote intention (New Zealand general election)".
- Ireland's single transferable vote ranks the candidates, and a party share in an Irish poll is a share
  of first preferences whether or not the passage says so: the labels add "(first preference)" always
  (the shared sets do so for a passage that never names preferences).
- A regional poll whose region the passage names only by a short form the intention templates do not
  read ("B.C.", "NSW"; see :mod:`regional_polls`) asked the bare "Vote choice in the next general
  election (voting intention)": it asks the region's own vote ("British Columbia provincial voting
  intention", "New South Wales state voting intention").

Runs after every step that reads a question (grouping, the late joins), so it moves no group and no
fitted weight.
"""

from __future__ import annotations

from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.regional_polls import names_of
from bot.reading.extract.regions import CANADIAN_PROVINCES

INTENTION_WORDING = True

_NEW_ZEALAND: Final = "New Zealand general election voting intention"
_PARTY_VOTE: Final = "Party vote intention (New Zealand general election)"
_IRISH: Final = "Irish general election voting intention"
# The bare vote-intention question of a passage whose parliament no template named.
_BARE: Final = "Vote choice in the next general election (voting intention)"
# Australian states whose polls the labels name "<State> state voting intention".
_AUSTRALIAN_STATES: Final = frozenset(
    {"New South Wales", "Queensland", "Western Australia", "South Australia", "Tasmania"}
)


def _region(voters: str) -> str:
    """The region a regional poll's voters belong to ("British Columbia voters" -> "British Columbia"),
    read through the region table's own names, or ""."""
    names = names_of(voters)
    return names[0] if names else ""


def regional_name(a: Analysis) -> str:
    """The vote-intention question of a regional poll of a Canadian province or an Australian state, or ""."""
    region = _region(a.passage_cues.region_voters)
    if region in CANADIAN_PROVINCES:
        return f"{region} provincial voting intention"
    if region in _AUSTRALIAN_STATES:
        return f"{region} state voting intention"
    return ""


def worded(a: Analysis, question: str) -> str:
    """``question`` in the labels' words for its parliament's vote (see the module docstring)."""
    if question == _NEW_ZEALAND:
        return _PARTY_VOTE
    if question == _IRISH:
        return f"{question} (first preference)"
    if question == _BARE:
        return regional_name(a) or question
    return question


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Reword each figure's vote-intention question (see :func:`worded`)."""
    if not INTENTION_WORDING:
        return
    for f in figs:
        if f.question:
            f.question = worded(a, f.question)
