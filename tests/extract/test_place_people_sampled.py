"""A lead that names a place's people ("American voters", "Quebecers") in a sentence describing the sample
takes the sample's own words; a subgroup, or a lead fuller than the sample, keeps its own."""

from __future__ import annotations

from bot.reading.extract import default_extractor
from bot.reading.extract.populations import is_place_people


def _populations(text: str) -> dict[float, str]:
    return {f.value: f.population for f in default_extractor().extract(text).figures}


def test_place_people_are_told_from_subgroups() -> None:
    for people in ("Americans", "American voters", "Quebecers", "Glaswegians", "British adults", "Texans"):
        assert is_place_people(people), people
    for group in ("Republicans", "Hispanic voters", "Asian adults", "Christians", "suburban voters", "women"):
        assert not is_place_people(group), group


def test_a_lead_in_the_sentence_of_the_sample_takes_the_sample() -> None:
    got = _populations(
        "Canadian voters give the premier a 38% approval rating, while 54% disapprove, according to a "
        "Northfield survey of 1,200 eligible voters released on Monday."
    )
    assert got[38] == "eligible voters"
    assert got[54] == "eligible voters"


def test_a_fuller_lead_or_a_sample_elsewhere_keeps_the_lead() -> None:
    got = _populations(
        "Some 61% of U.S. adults favor a ban on stock trading by lawmakers, in a survey of 2,000 adults."
    )
    assert got[61] == "U.S. adults"
    got = _populations(
        "Fifty-two percent of Americans say the economy is getting worse.\n\n"
        "The survey of 1,010 adults was conducted by phone from May 2 to 6."
    )
    assert got[52] == "Americans"
