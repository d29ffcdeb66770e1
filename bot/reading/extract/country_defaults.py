"""A country's voters, as the extractor names a release's sample abroad, given in the labels' word.

Abroad, the passage cues name the sample of a vote-intention release by its country ("GB voters",
"Canadian voters") and the rankers often keep that proposal for figures the text gives no people. The
shared labels write such a release's universe as the people ("Britons", "Canadians": the README's rule for
a passage naming no population), and the country's voters only where the release itself writes them so
("GB" in a YouGov table's heading, "Canadian voters" in a sentence), or where the release is a regional
poll of voters ("a Leger poll of Quebec voters ... Across Canada, ..."). A fixed rule after the rankers: it
renames the constructed default only, never a population the text writes.
"""

from __future__ import annotations

import re

from bot.reading.extract import populations
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.groups import Labelled
from bot.reading.extract.sample_word import sample_word

COUNTRY_DEFAULTS = True

# The constructed default, and the words whose presence in the passage keeps it (the release's own).
_KEPT_WHERE = {
    "gb voters": re.compile(r"\bGB\b"),
    "canadian voters": re.compile(r"\bCanadian\s+voters\b", re.IGNORECASE),
}


# A release that says its sample is the voters' roll: "2,545 registered voters", "of the registered electorate",
# "<Nation>s who are registered to vote".
_REGISTERED = re.compile(
    r"\bregistered[ \t]+(?:voters|electorate)\b|\bregistered[ \t]+to[ \t]+vote\b", re.IGNORECASE
)


def apply(a: Analysis, figs: list[Labelled]) -> None:
    """Give the release's universe to figures left with the country's constructed voters."""
    _unwritten_universe(a, figs)
    _nation_universe(a, figs)
    default = a.passage_cues.country_voters
    kept = _KEPT_WHERE.get(default.lower())
    if kept is None or kept.search(a.text) is not None or a.passage_cues.region_voters:
        return  # (a regional poll of "Quebec voters" reports the country's figures as its voters too)
    people = populations.release_word(default)
    if people == default:
        return
    for f in figs:
        if f.population == default:
            f.population = people


def _unwritten_universe(a: Analysis, figs: list[Labelled]) -> None:
    """A universe built from the country's words that the passage never writes ("Australians" for an
    Australian topline naming no people) is the release's universe in the labels' word ("Australian
    voters", :func:`populations.release_word`)."""
    universe = a.passage_cues.universe
    people = populations.release_word(universe)
    if people == universe or re.search(rf"\b{re.escape(universe)}\b", a.text) is not None:
        return
    for f in figs:
        if f.population == universe:
            f.population = people


def _nation_universe(a: Analysis, figs: list[Labelled]) -> None:
    """A release from a nation outside the country table (:func:`populations.nation_universe`: "Kenyans",
    "Japanese voters") gives its people to the figures left with the universe the table built ("Australians"
    from one "Coalition", its release word "Australian voters") or with the fallback "respondents" where
    the passage does not write that word as its shares' people (:func:`sample_word.sample_word`).

    After the rankers, not as the ranker's universe proposal: there the training passages of such nations
    (whose labels write "respondents", "Europeans", "French adults") taught the refit to refuse it, and the
    refit moved cross-validated grouping."""
    if a.passage_cues.state:
        return
    universe = a.passage_cues.universe
    assumed = {universe.lower(), populations.release_word(universe).lower()} if universe else set()
    assumed -= {"respondents", "voters"}  # ("voters": the text's own word; the sample step reads it)
    if not sample_word(a):
        assumed.add("respondents")
    hits = [f for f in figs if f.population.lower() in assumed]
    if not hits:
        return
    people = populations.nation_universe(a.text[:20_000])
    if not people:
        return
    voters = a.passage_cues.country_voters
    if _REGISTERED.search(a.text) is not None:
        people = (
            "registered voters"  # a release of the voters' roll ("the registered electorate"), as labelled
        )
    elif voters and voters.split()[0] in people.split()[0]:
        people = voters  # a vote-intention release: the nation's voters ("Brazilian voters"), as labelled
    for f in hits:
        f.population = people
