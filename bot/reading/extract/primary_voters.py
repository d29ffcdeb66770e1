"""A party primary's figures are its primary electorate's, not the whole sample's.

A US release reports a party's nomination contest among that party's primary voters, while its sample
line names everyone it asked ("800 voters nationally", "REGISTERED VOTERS", "Iowa voters"). The labelling
rules give such figures the contest's own people: "Republican primary voters nationally", "Georgia likely
Republican primary voters", "GOP primary voters". The population models read who is written near a
figure, and a primary's figures name nobody near them ("Rubio is at 22% to 15% for Ryan"), so they take
the sample.

Here, after clustering, a group asked a party's contest ("Vote choice in the 2016 Republican presidential
primary") whose population is the whole sample (a sample's words, a state's voters) takes the party's
primary electorate instead: the passage's own wording where it writes one for that party ("likely GOP
primary voters"), else one built from the sample's words (its state, "likely", "nationally") and the
party. A group whose own sentences name a contest between the parties (a head-to-head, a general
election) is left alone, as are subgroups and any population already naming a contest's voters.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.reading.extract import groups as group_stage
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.passage_cues import US_STATES, US_STATES_ALTERNATION
from bot.reading.extract.race_scope import PARTY_NAMES, answer_names, merged_fields, own_contexts, party_field
from bot.reading.extract.race_templates import mask_past

PRIMARY_VOTERS = True

# A question asking one party's contest: "Vote choice in the 2016 Republican presidential primary", "... the
# 2024 Republican presidential contest", "... the New York Democratic presidential primary".
_PARTY_CONTEST_Q = re.compile(
    r"^Vote choice in (?:the |a )?(?:[\w'’.-]+\s+){0,4}?(?P<party>Republican|Democratic|GOP|Democrat)\s+"
    r"(?:presidential\s+|gubernatorial\s+|Senate\s+|mayoral\s+)?(?P<contest>primary|primaries|nomination|"
    r"caucus(?:es)?|contest)\b"
)
# A contest between the parties in the group's own sentences: a head-to-head, a general election.
_BETWEEN_PARTIES = re.compile(
    r"\bhead[-\s]+to[-\s]+head|\bmatch[-\s]?ups?\b|\bgeneral[-\s]+elections?\b|\bgeneral\s+(?:race|contest)\b",
    re.IGNORECASE,
)
# A party's own contest named in a sentence: "the GOP primary", "the Democratic nomination", "on the
# Republican side".
_PARTY_PRIMARY = re.compile(
    r"\b(?:GOP|Republican|Democratic|Democrat)\s+(?:[\w'’.-]+\s+){0,2}?(?:primary|primaries|nomination|caucus(?:es)?)\b"
    r"|\b(?:on\s+the|among)\s+(?:GOP|Republican|Democratic|Democrat)\s+side\b",
    re.IGNORECASE,
)
# A contest's voters as a passage writes them: "likely GOP primary voters", "Iowa Republican caucus-goers",
# "New Hampshire likely Democratic primary voters".
_STATES = US_STATES_ALTERNATION
_WRITTEN = re.compile(
    rf"\b(?:(?:likely|registered|potential|(?:{_STATES}))\s+){{0,2}}"
    r"(?P<party>Republican|Democratic|GOP|Democrat)\s+(?:presidential\s+)?"
    r"(?:primary\s+(?:voters|electorate)|caucus[-\s]?goers)\b"
)
# Words a whole sample's population is made of: who was sampled, where, and how they were screened.
_SAMPLE_WORDS = frozenset(
    {
        "voters",
        "adults",
        "americans",
        "respondents",
        "residents",
        "electorate",
        "the",
        "likely",
        "registered",
        "nationally",
        "nationwide",
        "u.s.",
        "us",
        "american",
        "all",
        "in",
    }
)
_STATE_WORDS = frozenset(w.lower() for st in US_STATES for w in st.split())
# A population that already names a contest's people ("Republican primary voters", "caucus-goers").
_CONTEST_PEOPLE = re.compile(r"\b(?:primary|caucus|caucus-?goers|nomination)\b", re.IGNORECASE)


def _whole_sample(population: str) -> bool:
    """Whether ``population`` names only the sample as a whole ("voters", "REGISTERED VOTERS", "Iowa
    voters", "likely voters nationally"), not a subgroup of it; "" (no label) counts as the sample."""
    words = population.lower().split()
    return all(w in _SAMPLE_WORDS or w in _STATE_WORDS for w in words)


def _state_of(population: str) -> str:
    """The US state the population names ("Iowa voters" -> "Iowa"), or ""."""
    m = re.search(rf"\b(?:{_STATES})\b", population)
    return m.group(0) if m else ""


def _written(text: str, party: str) -> str:
    """The passage's most written wording of ``party``'s contest voters, or ""."""
    found = Counter(
        " ".join(m.group(0).split())
        for m in _WRITTEN.finditer(text)
        if PARTY_NAMES[m.group("party").lower()] == party
    )
    return found.most_common(1)[0][0] if found else ""


def _built(population: str, party: str, contest: str, text: str) -> str:
    """The party's primary electorate in the sample's words: its state, "likely", "nationally"."""
    low = population.lower()
    word = "GOP" if party == "Republican" and _writes_gop(text) else party
    people = "caucus-goers" if contest.startswith("caucus") else "primary voters"
    parts = [_state_of(population), "likely" if "likely" in low.split() else "", word, people]
    if low.split()[-1:] in (["nationally"], ["nationwide"]):
        parts.append(low.split()[-1])
    return " ".join(p for p in parts if p)


def _writes_gop(text: str) -> bool:
    """Whether the passage calls the Republican contest the GOP's rather than the Republican one."""
    gop = len(re.findall(r"\bGOP\s+(?:presidential\s+)?(?:primary|nomination|caucus|contest|field)", text))
    rep = len(
        re.findall(r"\bRepublican\s+(?:presidential\s+)?(?:primary|nomination|caucus|contest|field)", text)
    )
    return gop > rep


def _own_contest(names: set[str], party: str, fields: dict[str, set[str]], contexts: list[str]) -> bool:
    """Whether a group of two candidates or fewer is the party's own contest: none of its names is in
    another party's field, and its names are in the party's field or its sentences name the party's
    contest ("the Republican primary", "on the Democratic side")."""
    if any(names & field for other, field in fields.items() if other != party):
        return False
    if names & fields.get(party, set()):
        return True
    return any(_PARTY_PRIMARY.search(c) for c in contexts)


def apply(a: Analysis, figs: list[group_stage.Labelled], cluster_ids: list[int]) -> None:
    """Give each US party-contest group whose population is the whole sample its primary electorate."""
    if a.passage_cues.country_voters:
        return  # abroad: a "primary vote" is a first-preference vote, not a party's nomination contest
    contests: list[tuple[list[int], re.Match[str], str]] = []
    for members in group_stage.members_by_cluster(cluster_ids).values():
        asked = Counter(figs[i].question for i in members if figs[i].question)
        if not asked:
            continue
        question = asked.most_common(1)[0][0]
        m = _PARTY_CONTEST_Q.match(question)
        if m is not None:
            contests.append((members, m, question))
    # Each party's field of candidates as the passage's groups list it (see race_scope.party_field).
    fields = merged_fields([party_field(q, [figs[i].answer for i in mem]) for mem, _, q in contests])
    for members, m, _ in contests:
        party = PARTY_NAMES[m.group("party").lower()]
        names = {name for i in members for name in answer_names(figs[i].answer)}
        nums = [a.numbers[figs[i].num_index] for i in members]
        contexts = [mask_past(c) for c in own_contexts(a, nums)]
        if any(_BETWEEN_PARTIES.search(c) for c in contexts) and not any(
            _PARTY_PRIMARY.search(c) for c in contexts
        ):
            continue  # its sentences name a contest between the parties and no party's own
        if len(names) < 3 and not _own_contest(names, party, fields, contexts):
            continue  # two names or fewer may be a matchup between the parties under a primary's question
        written = _written(a.text, party)
        for i in members:
            f = figs[i]
            if _CONTEST_PEOPLE.search(f.population) or not _whole_sample(f.population):
                continue
            f.population = written or _built(f.population, party, m.group("contest"), a.text)
