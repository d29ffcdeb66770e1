"""A year before a population is an election year when it names the side its voters chose."""

from __future__ import annotations

import pytest

from bot.reading.extract.population_candidates import tidy_population


@pytest.mark.parametrize(
    ("raw", "tidied"),
    [
        ("2020 Trump voters", "2020 Trump voters"),
        ("2016 Leave voters", "2016 Leave voters"),
        ("Obama's 2012 voters", "2012 Obama voters"),
        ("1996 Registered Voters", "Registered Voters"),  # a sample size that looks like a year
        ("2003 self-identified Republicans", "self-identified Republicans"),
        ("1,000 likely voters", "likely voters"),
    ],
)
def test_election_years_stay_and_sample_sizes_go(raw: str, tidied: str) -> None:
    assert tidy_population(raw) == tidied
