"""A place inside an outlet's or pollster's name is not the poll's place (outlets, and the state readers)."""

from __future__ import annotations

from bot.reading.extract.outlets import OUTLETS, in_outlet
from bot.reading.extract.passage_cues import passage_cues


def test_every_country_named_in_the_brief_has_outlets() -> None:
    assert {"United States", "United Kingdom", "Canada", "Australia", "Ireland", "India"} <= set(OUTLETS)


def test_a_place_inside_an_outlet_is_found_in_any_case() -> None:
    text = "A CBS NEWS/NEW YORK TIMES POLL of voters; the new York county fair."
    at = text.index("NEW YORK")
    assert in_outlet(text, at, at + len("NEW YORK"))
    times = "per the Times of India's tracker"
    at = times.index("India")
    assert in_outlet(times, at, at + len("India"))
    plain = "Most voters in New York back the plan."
    at = plain.index("New York")
    assert not in_outlet(plain, at, at + len("New York"))


def test_an_outlet_names_no_passage_state() -> None:
    national = (
        "A Washington Post-ABC News poll finds 55% of Americans gloomy. The New York Times/Siena poll agrees: "
        "the budget fight in Washington leaves 60% of voters unhappy."
    )
    assert passage_cues(national).state == ""
    iowa = "The Des Moines Register/Mediacom Iowa Poll: Iowa likely voters back Halvorsen 48% to 41%."
    assert passage_cues(iowa).state == "Iowa"
    washington = "Washington voters back the levy 52% to 40%; Washington state's governor trails."
    assert passage_cues(washington).state == "Washington"
