"""A US House district's race named where a group's sentence names the district.

Roundups of House polls give each district a bullet or paragraph of its own ("In Ohio's 9th district,
...", "In Kansas' third congressional district, ...", "OH-9: ...", "In District 2, ..." under a state's
heading). The official labels write each such race "Vote choice in the 2030 Ohio 9th congressional
district race"; the race phrase (:mod:`race_templates`) reads no district, so these groups kept a bare
"Vote choice", a two-name matchup or the passage's first race. Here the district the figure's own
sentence names (else the one the sentence before it names, in the same paragraph) names the group's
race; its state is the district phrase's own, else the one state the sentences leading in name, else
the passage's. Read after grouping only.
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.candidate_tables import STATE_BY_CODE
from bot.reading.extract.passage_cues import US_STATES_ALTERNATION
from bot.reading.extract.scan import gated

DISTRICT_RACES = True

_ORDINAL_WORDS: Final = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
)
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS)
# "Ohio's 9th district", "Kansas' third congressional district", "Ohio 9th Congressional District",
# "the 9th district of Ohio" is left alone (rare, and "of" often names a candidate's home).
_STATE_DISTRICT: Final = gated(
    re.compile(
        rf"\b(?P<state>{US_STATES_ALTERNATION})(?:['’]s?)?\s+(?P<n>(?i:{_ORDINAL}))\s+"
        r"(?i:congressional\s+)?(?i:district)\b"
    )
)
# "District 2", "the 2nd district", "the third congressional district": the state comes from elsewhere.
_BARE_DISTRICT: Final = gated(
    re.compile(
        rf"\b(?:[Dd]istrict\s+(?P<num>\d{{1,2}})\b|[Tt]he\s+(?P<n>(?i:{_ORDINAL}))\s+(?i:congressional\s+)?"
        r"(?i:district)\b)"
    )
)
# A postal code and a district number: "OH-9", "NJ-07" (a code the states table knows).
_CODE_DISTRICT: Final = re.compile(r"\b(?P<code>[A-Z]{2})-(?P<num>\d{1,2})\b(?!\s*%|-)")
_PRESIDENTIAL: Final = gated(re.compile(r"\b(?:[Pp]residential|White\s+House|for\s+[Pp]resident)\b"))
_STATE_WORD: Final = re.compile(rf"\b({US_STATES_ALTERNATION})\b")


def ordinal_of(raw: str) -> str:
    """ "third" -> "3rd", "9th" -> "9th", "2" -> "2nd"."""
    low = raw.lower()
    digits = re.match(r"\d+", low)
    number = int(digits.group()) if digits else _ORDINAL_WORDS.index(low) + 1
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _district(text: str, upto: int) -> tuple[str, str] | None:
    """The (state, ordinal) of the last district ``text`` names before offset ``upto``; the state is ""
    where the phrase writes none. A district named after the figure is often a subgroup of a statewide
    poll ("leads 55-40 in the 2nd district"), so it does not count."""
    found: list[tuple[int, str, str]] = []
    if "istrict" in text:
        for m in _STATE_DISTRICT.finditer(text, 0, upto):
            found.append((m.start(), m.group("state"), ordinal_of(m.group("n"))))
        for m in _BARE_DISTRICT.finditer(text, 0, upto):
            found.append((m.start(), "", ordinal_of(m.group("num") or m.group("n"))))
    if "-" in text:
        for m in _CODE_DISTRICT.finditer(text, 0, upto):
            state = STATE_BY_CODE.get(m.group("code"))
            if state is not None and int(m.group("num")) > 0:
                found.append((m.start(), state, ordinal_of(m.group("num"))))
    if not found:
        return None
    _, state, ordinal = max(found, key=lambda x: (x[0], x[1] != ""))
    return state, ordinal


def district_race(a: Analysis, n: Num, lead: str, year: str) -> str | None:
    """ "Vote choice in the {year} {state} {ordinal} congressional district race" for the district the
    figure's own sentence names before it, else the one the sentence before names in the same paragraph;
    None where neither names one."""
    if not DISTRICT_RACES or not a.sentences:
        return None
    sentence = a.sentences[n.sentence]
    own = a.text[sentence.start : sentence.end]
    got = _district(own, n.start - sentence.start)
    if got is None and n.sentence > 0:
        prior = a.sentences[n.sentence - 1]
        if "\n" not in a.text[prior.start : sentence.start]:
            got = _district(a.text[prior.start : prior.end], prior.end - prior.start)
    if got is None or _PRESIDENTIAL.search(lead + " " + own) is not None:
        return None  # a presidential contest's results by district are its subgroups
    state, ordinal = got
    if not state:  # the state named last before the figure ("... in Iowa. In District 1, ...")
        before = lead + " " + own[: n.start - sentence.start]
        named = [m.group(1) for m in _STATE_WORD.finditer(before)]
        state = named[-1] if named else a.passage_cues.state
    words = [w for w in (year, state, ordinal) if w]
    return "Vote choice in the " + " ".join(words) + " congressional district race"
