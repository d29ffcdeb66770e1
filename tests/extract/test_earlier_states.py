"""A state poll's placeless sample takes the state an earlier sentence names (:mod:`earlier_states`), unless
a national marker, a second state or a heading naming no state comes between."""

from __future__ import annotations

from bot.reading.extract.earlier_states import earlier_state_sample
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _at(text: str, figure: str, population: str) -> str:
    a = EXTRACTOR.analyse(text)
    start = text.index(figure)
    (n,) = [n for n in a.numbers if n.start == start]
    return earlier_state_sample(a, n, population)


def test_a_state_in_the_lead_reaches_the_sample_sentence() -> None:
    text = (
        "A new poll finds the levy ahead in Idaho.\n\nThe survey of 500 likely voters has 51 percent for it."
    )
    assert _at(text, "51", "likely voters") == "Idaho likely voters"
    assert _at(text, "51", "voters") == "Idaho voters"


def test_a_population_with_a_place_or_a_subgroup_is_left_alone() -> None:
    text = "A new poll finds the levy ahead in Idaho.\n\nAmong independents, 51 percent back it."
    assert _at(text, "51", "independents") == ""
    assert _at(text, "51", "Montana likely voters") == ""


def test_a_national_marker_or_two_states_stop_the_reading() -> None:
    text = "Support is highest in Ohio. Nationally, the poll of likely voters has 47 percent for it."
    assert _at(text, "47", "likely voters") == ""
    text = "The poll covered Iowa and Kansas. Of likely voters, 47 percent back the plan."
    assert _at(text, "47", "likely voters") == ""


def test_a_heading_naming_no_state_starts_another_story() -> None:
    text = "Levy Leads in Idaho\n\nThe levy has 51% in Idaho.\n\nCongress Sinks Again\n\nJust 20% of voters approve."
    assert _at(text, "20", "voters") == ""


def test_a_state_named_as_a_home_is_no_place_polled() -> None:
    text = "Sen. Ray Dunn of Utah leads. Among likely primary voters he has 24 percent."
    assert _at(text, "24", "likely primary voters") == ""
