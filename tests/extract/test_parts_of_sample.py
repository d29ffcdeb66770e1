"""A part of the sample (an age band, "those ...", leaners, the undecided) is never the whole poll's people."""

from __future__ import annotations

import pytest

from bot.reading.extract import labels
from bot.reading.extract.population_candidates import tidy_population
from bot.reading.extract.populations import is_main_like


@pytest.mark.parametrize(
    "pop", ["those 18 to 34", "those under 30", "voters 18-29", "leaners", "adults 65 and older"]
)
def test_a_part_of_the_sample_is_no_universe(pop: str) -> None:
    assert not is_main_like(pop)


@pytest.mark.parametrize("pop", ["likely voters", "registered voters", "Iowa adults", "those likely to vote"])
def test_a_sample_is_a_universe(pop: str) -> None:
    assert is_main_like(pop)


def test_leaners_counted_in_are_no_population() -> None:
    assert labels.population_in("When leaners are included, Ruiz leads ", True) is None
    found = labels.population_in("Among Democratic leaners, Ruiz leads ", True)
    assert found is not None and found[0] == "Democratic leaners"


@pytest.mark.parametrize(
    ("pop", "tidy"),
    [
        ("Amongst those that are undecided", "undecided voters"),
        ("those who remain unsure", "unsure voters"),
        ("adults aged over 18", "adults"),
        ("those who voted Labour in 2024", "2024 Labour voters"),
    ],
)
def test_a_clause_of_the_sample_is_written_short(pop: str, tidy: str) -> None:
    assert tidy_population(pop) == tidy
