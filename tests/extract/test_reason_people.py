"""One side's reasons and a list carried into the next sentence (reason_people), on written passages."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor


def _populations(text: str) -> dict[float, str]:
    return {f.value: f.population for f in WeighedExtractor().extract(text).figures}


def test_reasons_are_the_sides_people_and_the_list_goes_on() -> None:
    text = (
        "The weekly Realmeter tracker finds 34% of adults approve of the president and 61% disapprove.\n"
        "Housing costs topped the reasons for disapproval (19%), ahead of jobs (12%). "
        "This was followed by corruption (8%).\n"
        "As for reasons for approval, defence led with 26%."
    )
    got = _populations(text)
    assert got[19] == got[12] == got[8] == "those who disapprove"
    assert got[26] == "those who approve"
    assert got[34] != "those who approve"
