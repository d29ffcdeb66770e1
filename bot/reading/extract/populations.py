"""Who was asked, read from the whole passage: the poll's universe and fuller names of its groups.

A figure's own window gives its population when it names one ("52% of Democrats"); the rest take
the passage's main population, chosen here from the universes that the passage names where it
describes its sample ("a poll of 2,000 self-described Republicans"), beside a ratio ("three in 10
Democrats and Democratic-leaning voters") or beside a rejected figure, else from its country
("Americans"). Separate from :mod:`rules` because each pass reads the whole text once (in linear
time, with literal prescans) rather than the window of one figure.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from bot.reading.extract import labels
from bot.reading.extract.grouping import Draft
from bot.reading.extract.memo import per_text
from bot.reading.extract.national_races import nation_people
from bot.reading.extract.scan import Anchored, finder_starts, finditer_at, folded, word_starts
from bot.reading.extract.vocab import (
    COUNTRY_UNIVERSE,
    POLLSTERS_OF_AUSTRALIA,
    POLLSTERS_OF_BRITAIN,
    POLLSTERS_OF_CANADA,
    POLLSTERS_OF_IRELAND,
)

MAIN_MODS = re.compile(
    r"\b(?:likely|registered|eligible|primary|general|self-described|self-identified)\b", re.I
)


_SUBGROUP_HEADS = frozenset(
    [
        "republicans",
        "democrats",
        "independents",
        "women",
        "men",
        "liberals",
        "conservatives",
        "moderates",
        "blacks",
        "whites",
        "hispanics",
        "latinos",
        "latinas",
        "asians",
        "evangelicals",
        "catholics",
        "protestants",
        "christians",
        "muslims",
        "jews",
        "millennials",
        "boomers",
        "seniors",
        "parents",
        "mothers",
        "fathers",
        "students",
        "graduates",
        "workers",
        "veterans",
        "supporters",
        "members",
        "tories",
        "leavers",
        "remainers",
        "partisans",
        "base",
        "those",
        "leaners",
        "undecideds",
        "african-americans",
    ]
)
# A part of the sample told by its age or its lean, which is never the whole poll's: "those 18 to 34",
# "voters under 30", "18-29 year olds", "those who lean Republican". A subgroup, however few its words.
_PART_OF_SAMPLE = re.compile(
    r"^those\b|\b\d{2}\s*(?:to|-|–|and)\s*\d{2}\b|\b\d{2}\s*(?:\+|and\s+(?:older|over|up))|\bleaners\b", re.I
)


@functools.lru_cache(maxsize=4096)  # asked of every figure's candidate populations; most recur
def is_main_like(pop: str) -> bool:
    """Whether a population can be the poll's universe (not a crosstab subgroup such as "Democrats")."""
    words = pop.lower().split()
    if not words:
        return False
    head = words[-1]
    if re.search(r"\b(?:and|or)\b.*-leaning\b", pop):
        return True  # "Republicans and Republican-leaning independents": a party primary's universe
    if head in _SUBGROUP_HEADS and not MAIN_MODS.search(pop):
        return False
    if _PART_OF_SAMPLE.search(pop) and not MAIN_MODS.search(pop):
        return False
    if head == "voters" and any(w[0].isupper() for w in pop.split()[:-1]) and not MAIN_MODS.search(pop):
        return False
    return len(words) <= 6 and not re.search(r"\b(?:who|that|under|over|aged|than)\b", pop)


def main_population(cands: list[tuple[int, str]]) -> str | None:
    if not cands:
        return None
    return min(cands, key=lambda x: x[0])[1]


_SAMPLE_POP = re.compile(
    r"\b(?:poll(?:ed|ing)?|survey(?:ed)?|interview(?:ed|s)?|sample|questioned)\s+(?:of\s+|with\s+)?"
    r"(?:among\s+)?(?:a\s+)?(?:random\s+|representative\s+|national\s+)*(?:sample\s+of\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{3,6})\s+(?P<pop>[^,;:.()]{3,80})",
    re.IGNORECASE,
)
# "The poll was conducted by phone and text with 612 likely voters", "conducted online among 1,500 adults".
_CONDUCTED_POP = re.compile(
    r"\bconducted\s+(?:[\w-]+\s+){0,5}?(?:with|among)\s+(?:a\s+(?:random\s+|representative\s+)*sample\s+of\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{3,6})\s+(?P<pop>[^,;:.()]{3,80})",
    re.IGNORECASE,
)
_SAMPLE_KEY = re.compile(r"\b(?:poll|survey|interview|sample|questioned|conducted)", re.IGNORECASE)
_SAMPLE_KEY_FIND = re.compile(
    r"poll|survey|interview|sample|questioned|conducted"
)  # over folded text: see scan.folded
_SURVEY_AMONG = re.compile(
    r"\b(?:poll|survey|sample)\s+(?:\w+\s+){0,3}?(?:among|of)\s+(?P<pop>[^,;:.()\d]{3,60})", re.IGNORECASE
)


@per_text  # the rules read it, and the label stage's passage cues again (the same text)
def sample_population(text: str) -> str | None:
    """The universe in a sample description: "poll 2,000 self-described Republicans"."""
    low = folded(text)
    keys = (
        _SAMPLE_KEY.finditer(text)
        if low is None
        else finditer_at(_SAMPLE_KEY, text, finder_starts(_SAMPLE_KEY_FIND, low))
    )
    for k in keys:
        for rx in (_SAMPLE_POP, _SURVEY_AMONG, _CONDUCTED_POP):
            m = rx.match(text, k.start())
            if m is not None:
                found = labels.population_in(m.group("pop"), prefer_last=False)
                if found is not None and found[1] < 30:
                    return found[0]
    return None


def sample_in(text: str, lo: int, hi: int) -> str | None:
    """The universe of a sample description written in ``text[lo:hi]`` ("according to a national poll of
    registered voters", "a survey of 600 Glasgow residents"), or None."""
    for k in _SAMPLE_KEY.finditer(text, lo, hi):
        for rx in (_SAMPLE_POP, _SURVEY_AMONG, _CONDUCTED_POP):
            m = rx.match(text, k.start(), hi)
            if m is not None:
                found = labels.population_in(m.group("pop"), prefer_last=False)
                if found is not None and found[1] < 30:
                    return found[0]
    return None


# The people of a place named as a whole ("Americans", "American voters", "GB adults", "Glaswegians", "adult
# Mississippians", "British adults"): the release's universe in its own words, not a subgroup of it.
_PLACE_PEOPLE = re.compile(
    r"(?:(?:adult|all)\s+)?(?P<d>[A-Z][a-z]+(?:ians|ans|ites|ons|ese|is)|Brits|Scots|Welsh|Irish|French|Dutch|"
    r"Swiss|Poles|Czechs|Greeks|Swedes|Danes|Finns|Kiwis|Aussies|Quebecers|Londoners|New\s+Yorkers|Filipinos)"
    r"|(?P<a>[A-Z][a-z]+(?:an|ian|ish|ese|ic|i|ch)|U\.S\.|US|UK|GB)\s+(?:voters|adults|residents|people|public|"
    r"electorate|citizens)"
)
# Words of those shapes that name a party, faith, kind of place or other group within a country.
_NOT_PLACE_PEOPLE = frozenset(
    {
        "republican",
        "republicans",
        "democratic",
        "christian",
        "christians",
        "libertarian",
        "libertarians",
        "lutheran",
        "lutherans",
        "anglican",
        "anglicans",
        "episcopalian",
        "episcopalians",
        "vegetarian",
        "vegetarians",
        "veteran",
        "veterans",
        "partisan",
        "partisans",
        "catholic",
        "hispanic",
        "islamic",
        "asian",
        "asians",
        "urban",
        "suburban",
        "metropolitan",
        "academic",
        "public",
        "civic",
        "generic",
        "logic",
        "politic",
        "music",
        "comic",
        "persons",
        "sons",
        "seasons",
        "reasons",
        "questions",
        "options",
    }
)


def is_place_people(pop: str) -> bool:
    """Whether ``pop`` names the people of a country, state or city as a whole ("American voters",
    "Glaswegians"), not a subgroup ("Republicans", "Hispanic voters", "Asian adults")."""
    m = _PLACE_PEOPLE.fullmatch(pop.strip())
    if m is None:
        return False
    word = (m.group("d") or m.group("a") or "").lower()
    return word not in _NOT_PLACE_PEOPLE


_RATIO_POP = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|\d)[ -](?:in|out[ -]of)[ -](?:10|ten|five|four|three)\s+"
    r"(?P<chunk>[^,;:.()\d]{3,80})",
    re.IGNORECASE,
)
_RATIO_POP_LOWER = re.compile(_RATIO_POP.pattern)
# Every _RATIO_POP_LOWER match has " in "/"-in-"/" out of " right after its number word ("one".."nine"
# or a digit: 1 to 5 characters), so it starts 2 to 6 characters before an "in"/"out" this finds.
_RATIO_IN = re.compile(r"(?:in|out[ -]of)[ -](?:10|ten|five|four|three)\s")


def ratio_populations(text: str) -> list[tuple[int, str]]:
    """Universes named only beside a ratio: "three in 10 Democrats and Democratic-leaning voters think"."""
    out: list[tuple[int, str]] = []
    low = folded(text) or text.lower()  # the same string; folded() is shared with other passes
    if len(low) == len(text):
        # Scan the lower-cased text case-sensitively (faster), then read the chunk from the text itself.
        hits = (
            _RATIO_POP.match(text, h.start()) for h in finditer_at(_RATIO_POP_LOWER, low, _ratio_starts(low))
        )
        matches = [m for m in hits if m is not None]
    else:
        matches = list(_RATIO_POP.finditer(text))
    for m in matches:
        found = labels.population_in(m.group("chunk"), prefer_last=False)
        if found is not None and found[1] == 0 and is_main_like(found[0]) and not labels.is_generic(found[0]):
            out.append((m.start(), found[0]))
    return out


# The numbers every match of _RATIO_IN ends on, written 3 ("in ") or 7 ("out of ") characters after its start.
_RATIO_NUMBERS = ("10", "five", "four", "ten", "three")


def _ratio_in_starts(low: str) -> list[int]:
    """Every offset where _RATIO_IN matches ``low``, ascending (``finder_starts``), found from where its
    numbers are written: one string search each, not the pattern tried along the whole passage."""
    found = word_starts(low, _RATIO_NUMBERS)
    tries = sorted({at - back for at in found for back in (3, 7) if at >= back})
    return [at for at in tries if _RATIO_IN.match(low, at) is not None]


def _ratio_starts(low: str) -> Iterator[int]:
    """Offsets where _RATIO_POP_LOWER can match ``low`` (a superset, ascending): see _RATIO_IN."""
    last = 0
    for f in _ratio_in_starts(low):
        yield from range(max(f - 6, last), f - 1)
        last = max(last, f - 1)


_DEMONYMS = ("Americans", "Britons", "Canadians", "Australians")
# The whole-text word tests of :func:`universe`, run from their words (scan.Anchored: the same matches; a
# pattern opening on ``\b`` is otherwise tried at every character of the passage).
_DEMONYM_WORDS = tuple((word, Anchored(re.compile(rf"\b{word}\b"))) for word in _DEMONYMS)
_VOTERS_WORD = Anchored(re.compile(r"\bvoters\b"))


def universe(text: str) -> str:
    """A population from the passage's country when it names none: "Americans", "Britons", ...

    Of several peoples written, the one of the country whose words the passage uses most: a Canadian
    poll about the British monarchy writes "Britons" too."""
    # (the substring test first: much cheaper)
    written = [word for word, rx in _DEMONYM_WORDS if word in text and rx.search(text)]
    if len(written) > 1:
        people = pollster_people(text) or country_people(text)
        if people in written:
            return people
    if written:
        return written[0]
    if "voters" in text and _VOTERS_WORD.search(text):
        return "voters"
    return country_people(text, nations=False) or "respondents"


@per_text  # asked by three population steps of one passage
def nation_universe(text: str) -> str:
    """The people of a nation outside the country table that ``text`` names at least as often as that
    table's best country ("Kenyans" for a Kenyan race whose "Kenya Coalition" reads as Australia's
    Coalition; "Japanese voters" for a Japanese cabinet poll), or "" (see :func:`country_people`). A
    release that calls whom it asked "respondents" ("Respondents were asked ...") keeps that word: ""."""
    people = country_people(text)
    if people in _COUNTRY_PEOPLE or _ASKED_RESPONDENTS.search(text) is not None:
        return ""
    bare = sum(1 for _ in zip(range(2), _BARE_RESPONDENTS.finditer(text), strict=False))
    return "" if bare >= 2 else people


# "respondents" for the whole sample, not narrowed by what follows ("respondents who ...", "from the North").
_BARE_RESPONDENTS = re.compile(
    r"\brespondents\b(?![ \t]+(?:who|that|from|in|aged|living|belonging|rating|with)\b)", re.IGNORECASE
)


# The release calling whom it asked "respondents": "Respondents were asked ...", "asked respondents whether",
# "1,204 respondents".
_ASKED_RESPONDENTS = re.compile(
    r"\b(?:asked|polled|surveyed|questioned)[ \t]+(?:the[ \t]+)?respondents\b"
    r"|\brespondents[ \t]+(?:were|are)[ \t]+(?:asked|polled|surveyed|questioned)\b"
    r"|(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)[ \t]+respondents\b",  # (a count's start only: no backtracking runs)
    re.IGNORECASE,
)


# The universe a release abroad is labelled with where it names no population (the shared README's
# "Britons", "Australian voters"), by the passage's country (passage_cues' country voters, else
# country_people's).
_RELEASE_UNIVERSE = {
    "GB voters": "Britons",
    "Canadian voters": "Canadians",
    "Australians": "Australian voters",
}


def release_word(people: str) -> str:
    """The labels' word for a release's universe, given the country's people as the cues name them
    ("GB voters" -> "Britons", "Canadian voters" -> "Canadians"); ``people`` itself where they agree."""
    return _RELEASE_UNIVERSE.get(people, people)


def voters_abroad(text: str, country_voters: str) -> str:
    """The country's people that a bare "voters" label means in a report from outside the US that
    writes "voters" only inside subgroups' names ("Labour's 2024 voters", "young voters", "Leave
    voters", "voters who backed ..."), never as the whole sample: "Britons", "Irish voters". "" in a
    US report (whose labels name primary and party electorates "voters") or where "voters" stands bare
    ("22 per cent of voters approve")."""
    head = text[:20_000]
    if _bare_voters(head):
        return ""
    return release_universe(head, country_voters)


def release_universe(text: str, country_voters: str) -> str:
    """The universe a release from outside the US is labelled with where it names no people ("Britons",
    "Irish voters", "Australian voters", a regional poll's "Scottish voters"), by the passage's country
    voters (else :func:`country_people` of ``text``); "" in a US report or where no country is read."""
    people = country_voters or country_people(text[:20_000], nations=False)
    if people in ("", "Americans"):
        return ""
    return release_word(people)


# "voters" naming the whole sample: after a word that opens a plain noun phrase ("of voters", "most
# voters", "likely voters") or at a clause's start, and with no relative clause after it.
_VOTERS = re.compile(r"(?:^|(?<=[\s(\"“]))voters\b")
_BARE_BEFORE = re.compile(
    r"(?:^|[.,;:!?(\"“]|\d,\d{3}|\b(?:of|among|the|most|many|all|some|that|by|with|and|to|for|these|say|said|asked|"
    r"polled|surveyed|interviewed|likely|registered|eligible|probable|more|fewer|few|half|third|quarter|"
    r"majority|percent|cent|other|ordinary|individual"
    # The sample's own qualifiers and counts ("decided voters", "decided and leaning voters", "1,200 voters";
    # a count with its thousands comma: "Labour's 2024 voters" is a year's subgroup).
    r"|decided|leaning|committed|adult"
    # A nation's or region's own voters are a whole sample too ("Welsh voters", "British voters").
    r"|British|English|Scottish|Welsh|Irish|Canadian|Australian|Zealand|Indian|European))\s*$"
)
_NOT_BARE_AFTER = re.compile(r"\s+(?:who|that|aged|under|over|living|backing|supporting)\b")


def _bare_voters(text: str) -> bool:
    """Whether ``text`` writes "voters" as the whole sample somewhere, not only inside a subgroup's name."""
    for k, m in enumerate(_VOTERS.finditer(text)):
        if k >= _COUNT_CAP:
            break
        if _BARE_BEFORE.search(text, max(0, m.start() - 24), m.start()) is None:
            continue
        if _NOT_BARE_AFTER.match(text, m.end()) is None:
            return True
    return False


@per_text  # several population steps ask it of the same passage (a scan of every country's words)
def country_people(text: str, nations: bool = True) -> str:
    """The people of the country whose words ``text`` uses most (vocab.COUNTRY_UNIVERSE), or "".

    A nation outside that table named at least as often as its best (:func:`national_races.nation_people`: a
    Kenyan race whose "Kenya Coalition" once reads as Australia's Coalition, a Japanese cabinet poll that
    names no country of the table) gives its own people ("Kenyans", "Japanese voters"), unless ``nations``
    is False (a bare "voters" read as the release's universe keeps the sample's word there)."""
    best, most = _table_country(text)
    nation, named = nation_people(text[:20_000]) if nations else ("", 0)
    if nation and nation not in _COUNTRY_PEOPLE and named >= most:
        return nation
    return best


_COUNT_CAP = 50  # enough to tell one country's passage from a passing mention of another


@per_text  # read for both of country_people's answers (with and without nations outside the table)
def _table_country(text: str) -> tuple[str, int]:
    """The people of the country of vocab.COUNTRY_UNIVERSE whose words ``text`` uses most, and how often
    (capped at :data:`_COUNT_CAP`); ("", 0) where it uses none."""
    best, most = "", 0
    for rx, name in _COUNTRY_UNIVERSE:
        hits = sum(1 for _ in zip(range(_COUNT_CAP), rx.finditer(text), strict=False))
        if hits > most:
            best, most = name, hits
    return best, most


# Run from their literal first words (scan.Anchored: the same matches, found faster).
_COUNTRY_UNIVERSE = tuple((Anchored(rx), name) for rx, name in COUNTRY_UNIVERSE)
_COUNTRY_PEOPLE = frozenset(name for _, name in COUNTRY_UNIVERSE)

# The people a pollster that polls one country only asks (vocab.POLLSTERS_OF_*).
_POLLSTER_PEOPLE = tuple(
    (Anchored(re.compile(rf"\b(?:{names})\b")), people)
    for names, people in (
        (POLLSTERS_OF_BRITAIN, "Britons"),
        (POLLSTERS_OF_IRELAND, "Irish voters"),
        (POLLSTERS_OF_CANADA, "Canadians"),
        (POLLSTERS_OF_AUSTRALIA, "Australians"),
    )
)


def pollster_people(text: str) -> str:
    """The people of the country whose one-country pollster ``text`` names first ("Angus Reid" ->
    "Canadians"), or "": a passage's pollster says whom it asked when the passage writes several peoples."""
    best, first = "", len(text)
    for rx, people in _POLLSTER_PEOPLE:
        m = rx.search(text[:20_000])
        if m is not None and m.start() < first:
            best, first = people, m.start()
    return best


_DEMONYM_WORD = re.compile(
    r"\b(?:of|among|many|most|all|groups\s+of)\s+(?P<d>[A-Z][a-z]{2,}(?:ians|ans|ites))\b"
)


def demonym_adults(main: str, text: str) -> str:
    """ "adults" in a passage that names its people by demonym ("Mississippians") -> "adult Mississippians"."""
    if main.lower() != "adults":
        return main
    for m in _DEMONYM_WORD.finditer(text):
        word = m.group("d")
        if word not in ("Americans", "Republicans"):
            return f"adult {word}"
    return main


def fuller_mentions(drafts: list[Draft], main: str) -> None:
    """A short population that repeats the end of a fuller one names the same people.

    "Trump voters" after "2020 Trump voters", "Republicans" in a poll of "self-described Republicans".
    """
    # Fuller names first seen first; a repeat adds nothing (the first copy would match first), and
    # keeping repeats made this quadratic in the number of figures.
    seen: dict[str, str] = {main: main.lower()}
    for d in drafts:
        if not d.explicit_pop:
            continue
        tail = " " + d.population.lower()
        for full, low in seen.items():
            if low.endswith(tail) and len(full.split()) <= 4:
                d.population = full
                break
        else:
            seen.setdefault(d.population, d.population.lower())


# A sample description anywhere in the passage: a count of people after a word that introduces a sample
# ("asked of 1000 adults", "N Size: 1996 Registered Voters", "n=804 likely voters", "among 1,231 U.S.
# likely voters", "a poll of 900 Republicans"), or a pollster's short form ("3,556 RV", "(1,000 LV)").
# Counts are grouped in thousands ("1,231") or, in Indian style, lakhs ("1,40,917").
# A count of 100 to 999,999 with nothing numeric or monetary before it: the lookbehind is checked after
# the first digit (one digit fewer on each side), so the engine skips to the text's digits.
_SAMPLE_COUNT = re.compile(r"\d(?<![\w.,$£€-]\d)(?:\d{0,2}(?:,\d\d)*,\d{3}|\d{2,5})(?![\w.,%])[ \t]*")
_SAMPLE_LEAD = re.compile(
    r"(?:\b(?:poll(?:ed|ing)?|survey(?:ed)?|interview(?:ed|s|ing)?|sample[ds]?|questioned|asked|conducted|"
    r"among|of|with|size|base|total)\b[^\n.;:\d]{0,40}|\bn\s*=\s*|[:(|,]\s*)$",
    re.IGNORECASE,
)
_SAMPLE_SHORT = re.compile(r"(?P<abbr>RV|LV|A)(?![\w])")
_SAMPLE_SHORT_NAMES = {"RV": "registered voters", "LV": "likely voters", "A": "adults"}
_SAMPLE_YEAR = re.compile(r"(?:18|19|20)\d\d")
# A capitalised word after a year that is not a sample's own word names the side its voters chose.
_SIDE_AFTER_YEAR = re.compile(
    r"(?!(?:Registered|Likely|Adults?|Eligible|Self|Voters|Residents|Respondents|Americans|US|U\.S\.)\b)[A-Z]"
)
_SAMPLE_SCAN = 400  # counts read per passage (a table of thousands of numbers is not a sample each)


def sample_mentions(text: str) -> list[tuple[int, str]]:
    """Every sample description in ``text`` as (offset, universe), in order.

    A release can describe several samples ("Asked of 1000 Adults" over one table and "Asked of 500
    Adults" over the next, or likely voters for one question and all adults for another): each table
    or paragraph takes the one written nearest before it. One pass over the text's counts."""
    out: list[tuple[int, str]] = []
    for k, m in enumerate(_SAMPLE_COUNT.finditer(text)):
        if k >= _SAMPLE_SCAN:
            break
        after = text[m.end() : m.end() + 70]
        short = _SAMPLE_SHORT.match(after)
        lead = _SAMPLE_LEAD.search(text, max(0, m.start() - 50), m.start()) is not None
        if short is not None:
            if lead or short.group("abbr") != "A":
                out.append((m.start(), _SAMPLE_SHORT_NAMES[short.group("abbr")]))
            continue
        if _SAMPLE_YEAR.fullmatch(m.group().strip()) and (not lead or _SIDE_AFTER_YEAR.match(after)):
            continue  # "2020 Trump voters", "of the 2016 Leave voters": a year, not a sample size
        try:
            found = labels.population_in(after.split("\n", 1)[0], prefer_last=False)
        except (IndexError, ValueError):  # a label is optional; an exception is not
            found = None
        if found is None or found[1] != 0 or len(found[0].split()) > 8:
            continue
        if not lead and not is_main_like(found[0]):
            continue  # "300 Democrats" in running text is a subgroup's count, not the sample
        out.append((m.start(), found[0]))
    return out
