"""Whether a matchup's side is a person the passage names, and the name as a question writes it.

A head-to-head template ("2008 vote choice: A vs. B") is built from a group's two capitalised answers. On
real pages those answers are often no candidates: the rows of an exit poll's breakdown ("Male", "Female";
"Latino", "Asian"), countries or regions rated for trust ("Russia", "China", "Visayas"), or words of a
headline read as names ("Say Mamdani", "Pandemic Is Still", "COVID-related", "R-Fla"). A side counts as a
person only where the passage writes it as one:

- a single word (a surname) is no group's row ("Male", "Married", "Latino"), no word the passage also writes in
  lower case ("Come", "Allegations"), and no place: a place the passage writes after "in" or "from" ("in
  Visayas") counts as one unless it is written as a person too (after a title or a role, before a party tag,
  after a first name);
- a name of several words must be capitalised throughout (name particles aside), and its first word must
  be no word the passage also writes in lower case ("Say", "Way", "Pandemic") and no title;
- no side is a place: a US state, a country or region the vocabularies know.

Title and party words before a name are dropped ("Incumbent Republican Scott Walker" -> "Scott Walker").
"""

from __future__ import annotations

import re
from typing import Final

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.passage_cues import US_STATES_ALTERNATION
from bot.reading.extract.pronoun_subjects import TITLES as SIDE_WORDS
from bot.reading.extract.vocab import REGIONS, TITLES

# Off: a matchup's sides are checked only as capitalised words (question_templates._person_like).
MATCHUP_SIDES = True

_PARTICLES: Final = frozenset(["de", "da", "di", "van", "von", "der", "den", "la", "le", "al", "bin", "del"])
_ROLES: Final = (
    r"President|Vice\s+President|Prime\s+Minister|Premier|Governor|Gov\.|Senator|Sen\.|Rep\.|Representative|"
    r"Mayor|Chancellor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|[Cc]andidate|[Cc]hallenger|[Ii]ncumbent|[Nn]ominee|[Rr]ival|"
    r"[Ff]ormer|Democrat(?:ic)?|Republican|GOP|Independent|[Ll]eader|[Mm]inister|[Ss]ecretary|Speaker"
)
_STATE: Final = re.compile(rf"^(?:{US_STATES_ALTERNATION})$")
_PLACES: Final = frozenset(
    w.lower()
    for w in (
        *REGIONS,
        "United States",
        "United Kingdom",
        "Britain",
        "Russia",
        "China",
        "Japan",
        "India",
        "Australia",
        "Canada",
        "Mexico",
        "Germany",
        "France",
        "Europe",
        "Ukraine",
        "Israel",
        "Iran",
        "Korea",
        "North Korea",
        "South Korea",
        "Taiwan",
        "Philippines",
        "US",
        "U.S.",
        "UK",
        "EU",
        "ASEAN",
        "NATO",
    )
)
# The rows of a breakdown by group, which a two-row table offers as if they were two sides.
_GROUP_WORDS: Final = frozenset(
    [
        "male",
        "female",
        "men",
        "women",
        "married",
        "unmarried",
        "single",
        "white",
        "whites",
        "black",
        "blacks",
        "african-american",
        "latino",
        "latinos",
        "latina",
        "hispanic",
        "hispanics",
        "asian",
        "asians",
        "other",
        "urban",
        "rural",
        "suburban",
        "protestant",
        "catholic",
        "jewish",
        "evangelical",
        "independents",
        "democrats",
        "republicans",
        "liberal",
        "moderate",
        "conservative",
        "yes",
        "no",
    ]
)
_SIDE_WORDS: Final = frozenset(w.lower() for w in SIDE_WORDS) | frozenset(w.lower() for w in TITLES)
# The same words without a closing full stop ("gov." and "gov" alike), for a side's leading title.
_SIDE_WORDS_UNDOTTED: Final = frozenset(w.rstrip(".") for w in _SIDE_WORDS)


def _lower_words(a: Analysis) -> frozenset[str]:
    key: tuple[str, object] = ("matchup_lower_words", None)
    got = a.memo.get(key)
    if not isinstance(got, frozenset):
        got = frozenset(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+\b", a.text))
        a.memo[key] = got
    return got


def _written_as_person(a: Analysis, surname: str) -> bool:
    """The passage writes ``surname`` after a title or role, before a party tag, or after a first name."""
    s = re.escape(surname)
    if re.search(rf"\b(?:{_ROLES})\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}{s}\b", a.text):
        return True
    if re.search(rf"\b{s}\s*\((?:[DRI]|Dem|Rep|Ind|GOP)\b", a.text):
        return True
    lower = _lower_words(a)
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{s}\b", a.text):
        first = m.group(1)
        if first.lower() not in lower and first.lower() not in _SIDE_WORDS and first.lower() not in _PLACES:
            return True
    return False


def _place_like(a: Analysis, name: str) -> bool:
    """The passage writes ``name`` after a place's preposition ("in Visayas") and never as one chosen ("for
    Ruiz", "over Ruiz") or owning something ("Ruiz's")."""
    s = re.escape(name)
    if re.search(rf"\b(?:in|from|across|throughout)\s+(?:the\s+)?{s}\b", a.text) is None:
        return False
    return (
        re.search(rf"\b(?:for|over|against|backing|backs|picks?|behind|trails?)\s+{s}\b|\b{s}['’]s\b", a.text)
        is None
    )


def person_side(a: Analysis, side: str) -> str | None:
    """``side`` as a person's name for a matchup question (title and party words dropped), or None where
    the passage does not write it as a person (see the module's note)."""
    words = side.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _SIDE_WORDS_UNDOTTED:
        words = words[1:]
    name = " ".join(words)
    if not words or name.lower() in _PLACES or _STATE.match(name):
        return None
    if any(not (w[:1].isupper() or w in _PARTICLES) for w in words) or re.search(r"-$|^[A-Z]-|\d", name):
        return None
    if len(words) == 1:
        if name.lower() in _GROUP_WORDS or name.lower() in _lower_words(a):
            return None  # an exit poll's row ("Married"), a word of the text ("Come")
        return None if _place_like(a, name) and not _written_as_person(a, name) else name
    first = words[0]
    if first.lower() in _lower_words(a) or first.lower() in _SIDE_WORDS:
        return None
    return name
