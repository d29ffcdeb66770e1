"""Facts about a whole passage that stage 2's label proposals share, found once per passage.

The release's universe ("a poll of 1,000 likely voters", the country's people), its country's voters
for vote-intention questions, whether it talks about vote intention, the horse race it covers and the
parliament it is about. Each is searched in the passage's first 20,000 characters only, once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.reading.extract import labels, populations
from bot.reading.extract.national_races import nation_counts, nation_voters
from bot.reading.extract.outlets import in_outlet
from bot.reading.extract.questions import horse_race_question
from bot.reading.extract.regional_polls import regional_voters
from bot.reading.extract.scan import Anchored

HEAD = 20_000
# Whole-head scans run from their patterns' literal first words (scan.Anchored: the same matches).

# The country whose voters a vote-intention figure counts, by the words that place a passage there; the
# country named most wins (ties: the first here), so a passing mention of another country does not.
_COUNTRIES = (
    (Anchored(re.compile(r"\bAustralian?s?\b|\bNewspoll\b|\bLabor\b")), "Australian voters"),
    (
        Anchored(
            re.compile(
                r"\bNew Zealand(?:ers)?\b|\bKiwis?\b|\bNZ\b|\bTe P[aā]ti M[aā]ori\b|\bLuxon\b|\bHipkins\b"
                r"|\bArdern\b|\b1\s?News\b|\bColmar Brunton\b"
            )
        ),
        "New Zealand voters",
    ),
    (Anchored(re.compile(r"\bWestminster\b|\bBritons?\b|\bGB\b")), "GB voters"),
    (Anchored(re.compile(r"\bCanadians?\b|\bCanada\b")), "Canadian voters"),
    (
        Anchored(
            re.compile(
                r"\bRepublic of Ireland\b|\bFianna F[áa]il\b|\bFine Gael\b|\bTaoiseach\b|\bD[áa]il\b|\bRed C\b"
            )
        ),
        "Irish voters",
    ),
    # Northern Ireland's polls ask its people, whom the labels name by the place ("people in Northern
    # Ireland"): no country's voters, however often the Republic is named beside it.
    (Anchored(re.compile(r"\bNorthern Ireland\b|\bStormont\b|\bDUP\b|\bUnionists?\b|\bunionists?\b")), ""),
)
_COUNT_CAP = 50
_INTENTION = Anchored(
    re.compile(r"\b(?:voting|vote)\s+intention|\bprimary\s+vote\b|\bwould\s+vote\s+for\b", re.I)
)
_LEVEL = Anchored(re.compile(r"\b(federal|Westminster|provincial|Holyrood|Senedd)\b", re.IGNORECASE))
# The customary name of a national parliament's vote-intention question, by the passage's country.
_COUNTRY_LEVEL = {"GB voters": "Westminster", "Canadian voters": "Federal", "Australian voters": "Federal"}
# Parties only Britain's polls list: a vote-intention question about them is Westminster's (for the level
# of the question only; the population's country is read by _COUNTRIES).
_UK_PARTIES = Anchored(
    re.compile(r"\b(?:UKIP|SNP|Plaid|Lib\s?Dems?|Liberal\s+Democrats|Tor(?:y|ies)|Reform\s+UK)\b", re.I)
)


US_STATES: tuple[str, ...] = (
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "Wisconsin",
    "Wyoming",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
)
# The state names as one regex alternation, longest first ("West Virginia" before "Virginia").
US_STATES_ALTERNATION: str = "|".join(sorted(US_STATES, key=len, reverse=True))
_STATE = Anchored(re.compile(r"\b(" + US_STATES_ALTERNATION + r")\b"))
_CLAUSE = re.compile(r"[^.!?\n;]{3,400}")
MENTIONS = 3
_NAME_GOES_ON = re.compile(r"[ \t]+(?-i:[A-Z][a-z])")
# A subgroup given as a part of the figure before it ("58% back the ban, including 70% of Labour voters").
_PART_OF_TOTAL = re.compile(
    r"\bincluding[ \t]+(?:just[ \t]+|only[ \t]+|some[ \t]+)?\d+(?:\.\d+)?[ \t]*(?:%|per[ \t]*cent|percent)"
    r"[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PassageCues:
    sample_population: str  # the universe of the sample description, or ""
    universe: str  # the country default ("Americans", "Britons", ..., "respondents")
    country_voters: str  # "Australian voters", "GB voters", ... or ""
    intention: bool  # the passage talks about vote intention
    race_heading: str  # "Vote choice in the ..." or a bare heading
    level: str  # "Westminster", "Federal", ... or ""
    mentions: tuple[str, ...] = ()  # the populations the passage names most often, most frequent first
    state: str = ""  # the US state the passage names most often, or ""
    region_voters: str = ""  # a regional poll's voters ("Scottish voters"), or "" (see regional_polls)


_COUNT = re.compile(r"(?<![\d.,$£€])(?:\d{1,3}(?:,\d{3})+|\d{3,6})\s+(?=[A-Za-z])")


def _sample(text: str) -> str:
    """The sample description's universe: "a poll of 1,000 likely voters", "(1,500 US adults; online)"."""
    try:
        found = populations.sample_population(text)
        if found:
            return found
        for k, m in enumerate(_COUNT.finditer(text)):
            if k >= 200:
                break
            if re.fullmatch(r"(?:19|20)\d\d\s+", m.group()):
                continue  # a year, not a sample size
            hit = labels.population_in(text[m.end() : m.end() + 60], prefer_last=False)
            if hit is not None and hit[1] == 0 and len(hit[0].split()) <= 8:
                return hit[0]
    except (IndexError, ValueError):  # a label is optional; an exception is not
        return ""
    return ""


def passage_cues(text: str) -> PassageCues:
    head = text[:HEAD]
    country = _country(head)
    level_m = _LEVEL.search(head)
    level = level_m.group(1) if level_m is not None else _COUNTRY_LEVEL.get(country, "")
    if not level and not country and _UK_PARTIES.search(head):
        level = "Westminster"
    return PassageCues(
        sample_population=_sample(head),
        universe=populations.universe(head),
        country_voters=country,
        intention=_INTENTION.search(head) is not None,
        race_heading=horse_race_question(head),
        level=level[:1].upper() + level[1:],
        mentions=_mentions(head),
        state=_state(head),
        region_voters=regional_voters(head),
    )


def _country(head: str) -> str:
    """The country whose words the passage uses most (see _COUNTRIES); where it names none of them, or
    another nation (national_races' table with its adjective and one-country pollsters, or Britain) at least
    twice and more often (a German report's one "Labor Minister", an Israeli report's one "Labor" party, a
    British report's one "Canada", a Brazilian one's "Labor leader"), the voters of the nation it is a
    vote-intention poll of (national_races.nation_voters), else ""."""
    best, most = "", 0
    for rx, name in _COUNTRIES:  # (a country named "" wins by naming no country's voters)
        hits = sum(1 for _ in zip(range(_COUNT_CAP), rx.finditer(head), strict=False))
        if hits > most:
            best, most = name, hits
    if most == 0 or _other_nation_named(head, best, max(2, most + 1)):
        # A nation's poll that names none of _COUNTRIES, or names one less than its own nation ("Labor
        # leader Ciro Gomes" once in a Datafolha poll of "Brazilian" voters): its own nation's voters,
        # where it is a vote-intention poll; never another country's.
        return nation_voters(head) if _INTENTION.search(head) is not None else ""
    return best


# Britain by the words its _COUNTRIES entry leaves out ("Britain", "UK": as a British poll's topic they would
# take too many passages), counted as another nation.
_BRITAIN = Anchored(re.compile(r"\bBritain\b|\bBritish\b(?![ \t]+Columbia)|\bUK\b|\bUnited Kingdom\b"))


def _other_nation_named(head: str, country: str, times: int) -> bool:
    """Whether one nation other than ``country`` is named at least ``times`` times (by its name, people,
    adjective or one-country pollsters: national_races.nation_counts; Britain by _BRITAIN)."""
    if (
        country != "GB voters"
        and sum(1 for _ in zip(range(times), _BRITAIN.finditer(head), strict=False)) >= times
    ):
        return True
    counts = nation_counts(head)
    return any(n >= times for adjective, n in counts.items() if adjective != "Irish")


def _mentions(head: str) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    heads, those = labels.pop_head_spans(head), labels.those_spans(head)
    for k, m in enumerate(_CLAUSE.finditer(head)):
        if k >= 400:
            break
        if labels.names_no_population(head, heads, m.start(), m.end(), those):
            continue  # most clauses name nobody: skip reading them one by one
        try:  # the clause's head words read off the same scans
            found = labels.population_in_span(head, m.start(), m.end(), False, heads, those)
        except (IndexError, ValueError):
            found = None
        if found is None or len(found[0].split()) > 6:
            continue
        if _NAME_GOES_ON.match(m.group(), found[2]) and found[0][:1].isupper():
            continue  # "Arizona Public Election Funding Act": part of a title, not who was asked
        if _PART_OF_TOTAL.search(head, max(m.start(), m.start() + found[1] - 40), m.start() + found[1]):
            continue  # "58% agree (including 70% of Labour voters)": a part of the total, not the sample
        key = found[0]
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, k)
    ranked = sorted(counts, key=lambda p: (-counts[p], first[p]))
    return tuple(ranked[:MENTIONS])


# "Florida Gov. Ron DeSantis", "the Texas senator": a state before a title describes a person, not the
# place a poll was taken.
TITLE_AFTER = re.compile(
    r"\s+(?:Gov\.|Sen\.|Rep\.|Lt\.|(?:Governor|governor|Senator|senator|Representative|congressman|"
    r"congresswoman|Lieutenant|Attorney\s+General|attorney\s+general|Secretary\s+of\s+State)\b)"
)


# "Washington" names the state where the state's own words follow it ("Washington state", "Washington
# voters"); alone it is as often the capital (population_candidates.sentence_places reads it so too).
WASHINGTON_STATE = re.compile(r"\s+(?:[Ss]tate\b|voters\b|residents\b|likely\b|registered\b|adults\b)")


def _state(head: str) -> str:
    counts: dict[str, int] = {}
    for m in _STATE.finditer(head):
        if TITLE_AFTER.match(head, m.end()) or in_outlet(head, m.start(), m.end()):
            continue  # a person's title or an outlet's name ("the New York Times"), not a place polled
        if m.group(1) == "Washington" and WASHINGTON_STATE.match(head, m.end()) is None:
            continue  # "the debate in Washington": the capital, as often as not
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if not counts:
        return ""
    return max(sorted(counts), key=lambda s: counts[s])
