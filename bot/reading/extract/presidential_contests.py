"""A party's nomination contest in a passage about the race for president is the presidential one.

"Vote choice in the New Hampshire Republican primary" names no office. The labels write the office
("... Republican presidential primary") wherever the contest is for president, and the passage says so
in its own words even when it writes no year (the race template guesses the office only from a
presidential election year): it calls the contest presidential, names the White House or the nominee
for president, looks back on the Iowa caucuses or forward to the nation's first primary, which only the
presidential contests hold as news, or measures the party's contest nationally ("a national poll", "the
race for the nomination nationally"): only the presidential nomination is run across the country. A
passage that names a state office's race ("the governor's race", "the Senate primary", "gubernatorial")
is left alone: its party contest may be that office's. Runs after clustering, on the group's final race
question; only for passages that are not a parliament's.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.passage_cues import US_STATES_ALTERNATION
from bot.reading.extract.race_templates import RaceParts, race_parts, race_question

PRESIDENTIAL_CONTESTS = True

_PRESIDENTIAL: Final = re.compile(
    r"\bpresidential\b|\bWhite\s+House\b|\bnominee\s+for\s+president\b|\bIowa(?:['’]s)?\s+caucus(?:es)?\b|"
    r"\bnation['’]s\s+first\s+primary\b|\bfirst[-\s]in[-\s]the[-\s]nation\b|"
    r"\b(?:[Nn]ational(?:ly)?|NATIONAL(?:LY)?)\b(?!\s+(?:[Pp]arty|Guard|Front|Rally|Assembly|Convention))|"
    r"\b[Nn]ationwide\b"
)
_STATE_OFFICE_RACE: Final = re.compile(
    r"\b(?:gubernatorial|mayoral|governor['’]s\s+(?:race|primary|contest)|"
    r"(?:race|primary|nomination|contest)\s+for\s+(?:the\s+)?(?:governor|U\.?S\.?\s+Senate|Senate|mayor|Congress)|"
    r"(?:U\.?S\.?\s+)?Senate\s+(?:race|primary|primaries|seat|contest|nomination)|"
    r"congressional\s+(?:race|district|primary|seat))\b",
    re.IGNORECASE,
)
# A party's "race" ("the Democratic race") is its nomination contest too: the template writes it a primary.
_PARTY_CONTESTS: Final = frozenset({"primary", "caucus", "nomination", "race"})


def presidential(a: Analysis, question: str) -> str | None:
    """``question`` with the office "presidential" where it asks a party's contest naming no office in a
    passage about the race for president (see the module docstring); None where it stands."""
    if not PRESIDENTIAL_CONTESTS or not question.startswith("Vote choice in the ") or ":" in question:
        return None
    if a.passage_cues.country_voters:
        return None
    parts = race_parts(question, US_STATES_ALTERNATION, "", "")
    if parts is None or not parts.party or parts.office or parts.contest not in _PARTY_CONTESTS:
        return None
    if _PRESIDENTIAL.search(a.text) is None or _STATE_OFFICE_RACE.search(a.text) is not None:
        return None
    rebuilt = race_question(RaceParts(parts.year, parts.state, parts.party, "presidential", parts.contest))
    return rebuilt if rebuilt and rebuilt != question else None
