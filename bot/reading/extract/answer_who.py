"""An answer that names who answered, not what they answered.

A crosstab's row label, a region or a subgroup near a figure is often proposed as its answer ("Quebec
(30%)", "Women 48%", "62% of Podem voters", "independents break 27% to 22%"), where the option is the
question's ("satisfied", "Perdue"). Such a label is the figure's population; as its answer it is no
option. The check is about the words, with the figure's own population beside it:

- the answer is the figure's population, or only words of it ("Quebec" for "voters in Quebec",
  "Scottish" for "Scottish voters", "Male" for "men");
- the answer is a region or a US state (a release's breakdown by place), or a people noun phrase
  ("CPC voters", "Labour supporters", "residents");
- the answer is a place or a subgroup told by where it stands ("in Estonia", "followed by the Visayas",
  "was from the South-East", "highest among Class ABC", "in both"): a breakdown's row, whatever the place
  (no list of the world's places is needed where the words say "in" or "followed by");

A party or answer option the vocabulary knows ("Labour", "Republican", "don't know") is an option even
where the population names it ("Labour" for "Labour voters": their vote), unless it is the population
itself ("Republicans" for "Republicans").
"""

from __future__ import annotations

import functools
import re

from bot.reading.extract.label_cues import ANSWER_OPTIONS, is_option
from bot.reading.extract.passage_cues import US_STATES
from bot.reading.extract.regions import REGION_NAMES

# Nouns that name people, as the head of a population phrase ("Catalan socialist voters", "residents").
PEOPLE_HEADS: frozenset[str] = frozenset(
    {
        "voters",
        "supporters",
        "residents",
        "adults",
        "citizens",
        "respondents",
        "electors",
        "people",
        "women",
        "men",
        "males",
        "females",
        "households",
        "parents",
        "millennials",
        "boomers",
        "seniors",
        "whites",
        "blacks",
        "hispanics",
        "latinos",
        "americans",
        "canadians",
        "britons",
        "australians",
        "quebecers",
        "ontarians",
        "albertans",
        "leavers",
        "remainers",
        "backers",
        "identifiers",
    }
)

# A crosstab's row label and the people it names ("Male" -> "men").
_SAME_PEOPLE: dict[str, str] = {"male": "men", "female": "women", "males": "men", "females": "women"}

# US census regions, as crosstabs label their rows.
_US_REGIONS = ("Northeast", "Midwest", "South", "West", "Southeast", "Southwest", "Northwest")

_PLACES: frozenset[str] = frozenset(
    re.sub(r"^the\s+", "", p.lower()) for p in (*REGION_NAMES, *US_STATES, *_US_REGIONS)
) | frozenset({"bc", "qc", "atlantic", "prairies", "gta"})
_PLACE_PAIR = re.compile(r"^(?P<a>.+?)\s+(?:and|&)\s+(?P<b>.+)$")

# Words a population adds around the people it names ("voters in Quebec", "the Midwest").
_FILLER = frozenset(
    {"the", "in", "of", "from", "who", "are", "living", "say", "they", "those", "u.s.", "us"}
    | {"more", "most", "fewer", "many", "some", "all", "half", "nearly", "almost", "among"}
)


# Party words that a list of parties abroad names as an option ("Independents and others 17%", the Irish
# and Australian way), where a population read from the same words is more often the mistake.
_LISTED_PARTIES = frozenset({"independent"})

# "Total approve", "Total: disapprove": a tracker's column of an option's summed parts.
_TOTAL_OF = re.compile(r"^total\W+(?P<option>.+)$")
_CLAUSE = re.compile(r"\b(?:is|are|was|were|be|been|say|said|think|thought)\b")

# "in Estonia", "followed by the Visayas", "was from the North-West", "highest among Class ABC", "in both
# surveys": where a breakdown's figure stands, told before a capitalised place or group (a lower-case "in
# favour" or "among other things" is no place).
WHERE_PHRASE = re.compile(
    r"^(?:(?:was|were|is|are)[ \t]+)?(?:(?:the[ \t]+)?(?:highest|lowest|strongest|weakest|higher|lower)[ \t]+)?"
    r"(?:followed[ \t]+by|in|among|across|from|within|outside)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z]|(?:both|each|all)(?:[ \t]+(?:surveys|polls|regions|states|countries|groups))?$)"
)


def _norm(w: str) -> str:
    w = w.lower().strip(" .,;:'\"“”‘’()")
    w = _SAME_PEOPLE.get(w, w)
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _words(text: str) -> list[str]:
    return [x for x in (_norm(w) for w in text.split()) if x and x not in _FILLER]


def _place(low: str) -> bool:
    low = re.sub(r"^the\s+", "", low)
    if low in _PLACES:
        return True
    m = _PLACE_PAIR.match(low)
    return m is not None and _place(m.group("a")) and _place(m.group("b"))


@functools.lru_cache(maxsize=8192)  # asked of each figure's answer; the figures of a row share theirs
def names_who(answer: str, population: str) -> bool:
    """Whether ``answer`` names who answered (see the module's rules) rather than an option."""
    low = " ".join(answer.lower().split())
    if not low:
        return False
    total = _TOTAL_OF.match(low)
    if total is not None and total.group("option") in ANSWER_OPTIONS:
        return (
            False  # "Total approve": a total of an option's parts, whatever the ranker made of it as people
        )
    a_words = _words(answer)
    p_words = _words(population)
    if a_words and a_words == p_words and not (is_option(low) and a_words[0] in _LISTED_PARTIES):
        return True  # the population itself, even a party word ("Republicans" among Republicans)
    if is_option(low):
        return False
    if WHERE_PHRASE.match(" ".join(answer.split())) is not None:
        return True
    if _place(low):
        return True
    words = low.split()
    if (
        len(words) <= 4
        and words[-1].strip(".,;:") in PEOPLE_HEADS
        and not is_option(words[0])
        and not _CLAUSE.search(low)
    ):
        return True  # "CPC voters", not "No voters" (the side) nor "most are not informed voters" (a clause)
    return bool(a_words) and len(p_words) > len(a_words) and set(a_words) <= set(p_words)
