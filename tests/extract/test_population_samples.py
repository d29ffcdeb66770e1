"""How a report names its sample and subgroups: past votes, adult thresholds, peoples, qualifiers, age nouns."""

from __future__ import annotations

import pytest

from bot.reading.extract import labels
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.population_candidates import population_proposals, tidy_population
from bot.reading.extract.weighed import WeighedExtractor


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("those who voted Conservative in 2024", "2024 Conservative voters"),
        ("people who voted for the DA in 2024", "2024 DA voters"),
        ("those who voted for Reform UK at the 2024 general election", "2024 Reform UK voters"),
        ("those who voted Labour", "Labour voters"),
        ("those who originally voted Yes", "those who originally voted Yes"),
        ("adults 18 and older", "adults"),
        ("Australian electors aged 18+", "Australian electors"),
        ("voters 18 to 29", "voters 18 to 29"),
    ],
)
def test_tidy_population_writes_past_votes_and_drops_the_adult_threshold(written: str, label: str) -> None:
    assert tidy_population(written) == label


@pytest.mark.parametrize(
    ("chunk", "population"),
    [
        ("among those 65 and over, at 29%", "those 65 and over"),
        ("voters age 50 and over, Biden leads", "voters age 50 and over"),
        ("Americans with a college degree, 58%", "Americans with a college degree"),
        ("parents of school-age children are split", "parents of school-age children"),
        ("Welsh voters, with the rest undecided", "Welsh voters"),
        ("IBRiS surveyed 1,100 Poles for", "Poles"),
        ("interviewed adult Filipinos face to face", "adult Filipinos"),
    ],
)
def test_population_in_reads_qualifiers_and_peoples(chunk: str, population: str) -> None:
    found = labels.population_in(chunk, prefer_last=False)
    assert found is not None and found[0] == population


def test_an_age_band_written_as_a_noun_is_proposed() -> None:
    text = "Labour leads among 18-24 year olds: 36% back the party. Just 12% of over-65s agree."
    a: Analysis = WeighedExtractor().analyse(text)
    got = {}
    for n in a.numbers:
        got[n.value] = {t for t, src, _ in population_proposals(a, n) if src == "age_noun"}
    assert got[36] == {"18-24 year olds"}
    assert got[12] == {"over-65s"}


def _named(chunk: str) -> str:
    found = labels.population_in(chunk, False)
    return found[0] if found is not None else ""


def test_party_members_money_bands_and_age_bounds_stay_in_the_population() -> None:
    assert _named("Labour party members would back him") == "Labour party members"
    assert _named("Members aged over 65 lean the other way") == "Members aged over 65"
    assert _named("those earning $100,000 or more") == "those earning $100,000 or more"
    # A party's possessive names whose voters, not a kind of voter.
    assert _named("the party’s 2024 voters") == "2024 voters"
