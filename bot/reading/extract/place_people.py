"""A place and the people its clause writes, given together.

A regional breakdown can name both who answered and where: the region opening the clause and the people
after the share ("In <province>, 31% of residents ..."), the region before the share in the clause ("leads in
<city> with 44% of decided voters"), or a region scoped from an earlier sentence with the people written
after the share ("In that city a party draws NN per cent of all voters"). The rankers and the
region scope give one of the two, the region or the people; the labels write both as the text does ("all
voters in <city>", "residents in <province>"). A fixed step after grouping (so grouping does not move): a
figure whose population is a region of :data:`regions.REGION_NAMES` and whose share is followed by "of
<people>" takes "<people> in <region>"; a figure whose population is those people or the passage's default
(the country's people), with the region written after "in" earlier in its own clause, takes the same. A
share inside an "among ..." clause is a subgroup's and is left alone. The sentence's later shares that were given the same
region (or the same people) alone follow it ("... and the other party NN per cent").
"""

from __future__ import annotations

import re

from bot.reading.extract import world_scope
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.regions import REGION_NAMES
from bot.reading.extract.scan import longest_first

PLACE_PEOPLE = True

# The people a share is "of" in a regional breakdown; a qualifier or two may come before the head word.
_PEOPLE = re.compile(
    r"[ \t]*(?:%|per[ \t]?cent|percent|pc)?(?:[ \t]+support)?[ \t]+of[ \t]+"
    r"(?P<people>(?:all[ \t]+)?(?:(?:decided|committed|eligible|likely|registered)[ \t]+)?"
    r"(?:voters|residents|adults|electors|respondents|people))\b"
    r"(?P<rest>[ \t]+(?:in|from|of|who|aged|living|across|nationally|polled|surveyed)\b)?"
)
_NAMES = tuple(r[4:] if r.startswith("the ") else r for r in REGION_NAMES)
# A region after "in" within the clause before the share; the last one written counts.
_IN_REGION = re.compile(r"\b[Ii]n[ \t]+(?:the[ \t]+)?(?P<region>" + longest_first(_NAMES) + r")\b")
_CLAUSE_BREAK = re.compile(r"[;:]|,[ \t]+(?:while|but|and|whereas)\b|\bwhile\b")
_SENTENCE_END = re.compile(r"[.!?][ \t\n]|\n")
_AMONG = re.compile(r"\b[Aa]mong\b")
_REGION_KEYS = frozenset(n.lower() for n in _NAMES)


def _region_key(population: str) -> str:
    p = population.strip()
    return p[4:].lower() if p.lower().startswith("the ") else p.lower()


def _people_after(a: Analysis, end: int) -> str:
    """The people written right after a share ("% of decided voters"), unless more follows them."""
    m = _PEOPLE.match(a.text, end, min(len(a.text), end + 60))
    if not m or m.group("rest"):
        return ""
    return re.sub(r"[ \t]+", " ", m.group("people"))


def _region_before(a: Analysis, start: int, sentence_start: int) -> str:
    """The last region written after "in" in the figure's own clause before it."""
    clause = a.text[sentence_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(clause))
    lo = breaks[-1].end() if breaks else 0
    found = list(_IN_REGION.finditer(clause, lo))
    return found[-1].group("region") if found else ""


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give "<people> in <region>" to a figure whose clause writes both and which was given one."""
    defaults = world_scope.default_populations(a)
    combined: dict[str, tuple[int, str]] = {}  # what a figure had -> (where it ended, the combined label)
    for f in sorted(figs, key=lambda f: a.numbers[f.num_index].start):
        n = a.numbers[f.num_index]
        pop = f.population
        earlier = combined.get(pop.lower())
        if earlier and not _SENTENCE_END.search(a.text, earlier[0], n.start):
            f.population = earlier[1]
            combined[pop.lower()] = (n.end, earlier[1])
            continue
        people = _people_after(a, n.end)
        if not people or not pop or not a.sentences:
            continue
        if _AMONG.search(a.text, a.sentences[n.sentence].start, n.start):
            continue  # ("Among francophones, ... 36 per cent of respondents": a subgroup's share)
        if _region_key(pop) in _REGION_KEYS:
            label = f"{people} in {pop}"
        elif pop.lower() == people.lower() or pop.lower() in defaults:
            region = _region_before(a, n.start, a.sentences[n.sentence].start)
            if not region:
                continue
            label = f"{people} in {region}"
        else:
            continue
        combined[pop.lower()] = (n.end, label)
        f.population = label
