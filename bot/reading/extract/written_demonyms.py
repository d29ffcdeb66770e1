"""A nation's people as the passage writes them, over the sample's word or an assumed default.

A report abroad often says whose opinion it gives by the nation's plural name ("a majority of <Nation>s
remain dissatisfied", "Fewer <Nation>s are satisfied with ...") and also writes its shares as
"NN per cent of respondents". The labels then give every figure that names no subgroup the people the
text writes ("Canadians", "Germans"), where the rankers keep the sample's word (:mod:`sample_word`'s
"respondents"), the passage's constructed default ("Canadian voters") or a bare "people". For a nation the
country vocabularies do not cover (Germany, Brazil, Israel, ...) the universe falls back on "respondents"
however often the passage writes its people.

A fixed step after grouping, like :mod:`country_defaults`: where one nation's people are written at least
twice as opinion holders (after "of", "among", "most", "many", "fewer", ... or opening a sentence before
a verb) and no other nation's as often, a figure whose population is only a default (the passage's
universe, its country's or region's voters, its sample word, a bare "respondents" or "people") takes
them. Written once, the labels give the country's usual default instead ("Australian voters" in a
release that mentions "Australians" once), so one mention does not count. Not in US reports: their
universe ("Americans") and samples ("registered voters") have rules of their own.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.reading.extract import populations, sample_people, world_scope
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.passage_cues import US_STATES

WRITTEN_DEMONYMS = True

# A nation's plural people as opinion holders: after a quantifier ("of", "among", "most", "fewer", "a
# majority of") or opening a sentence, and before a verb or the clause's end ("a majority of <Nation>s
# remain ...", "<Nation>s are ..."): "of <Nation>s households", "<Nation>s voters" are no such mention.
_PEOPLE = (
    r"(?P<d>[A-Z][a-z]+(?:ians|ans|ites)|Britons|Brits|Scots|Swiss|Poles|Czechs|Greeks|Swedes|Danes|Finns|Turks|"
    r"Spaniards|Kiwis|Aussies|Quebecers|Quebeckers|New[ \t]Zealanders|Filipinos|Israelis|Pakistanis|Iraqis|Thais|"
    r"Japanese|Chinese|Taiwanese|Vietnamese|Portuguese|Lebanese)"
)
# A nation's plural people standing alone (not "<Nation>s voters", a written population the rankers read
# already, nor a possessive).
_HOLDER = re.compile(
    r"\b"
    + _PEOPLE
    + r"\b(?!['’]|[ \t]+(?:voters|adults|residents|people|citizens|electors|respondents|public|households|"
    r"aged|under|over)\b)"
)
_MENTIONS = 2
# A US state's people ("Minnesotans", "Texans", "Kentuckians"), built from the state names as demonyms are: a
# state poll's universe has rules of its own, even where no state is read (one written only before a title).
_STATE_PEOPLE = frozenset(
    people
    for state in US_STATES
    if " " not in state
    for people in (
        state + "ns",
        state + "ans",
        state + "ians",
        state + "ites",
        state[:-1] + "ns",
        state[:-1] + "ans",
        state[:-1] + "ians",
    )
) | {"Carolinians", "Dakotans"}
# The sample's words that name nobody in particular, besides the passage's own defaults.
_PLAIN = frozenset({"respondents", "people", "the public", "public", "those polled", "those surveyed"})


def written_people(text: str) -> str:
    """The one nation's people ``text`` writes at least twice as opinion holders, else ""."""
    counts: Counter[str] = Counter()
    for m in _HOLDER.finditer(text):
        word = m.group("d")
        if populations.is_place_people(word):
            counts[word] += 1
    if not counts:
        return ""
    ranked = counts.most_common(2)
    word, n = ranked[0]
    if n < _MENTIONS or (len(ranked) > 1 and ranked[1][1] == n) or word == "Americans":
        return ""
    if word in _STATE_PEOPLE:
        return ""
    return word


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give the people the passage writes to the figures left with a default population."""
    if a.passage_cues.state:
        return  # (a US state's poll: its labels name the sample's kind of voters)
    defaults = world_scope.default_populations(a) | sample_people.passage_defaults(a) | _PLAIN
    plain = [f for f in figs if f.population and f.population.lower() in defaults]
    if not plain:
        return  # (the scan below is needed only for a figure left with a default)
    people = written_people(a.text[:20_000])
    if not people:
        return
    # A country whose releases the labels name by its voters keeps them ("Australian voters" in a release
    # that writes "Many Australians say ..."); elsewhere the written people replace the voters too.
    keep_voters = populations.release_word(people).endswith("voters")
    for f in plain:
        if not (keep_voters and f.population.lower().endswith(("voters", "electors"))):
            f.population = people
