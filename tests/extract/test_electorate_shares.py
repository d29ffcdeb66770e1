"""A group's share of the voters asks what the voters are (electorate_shares.py).

The passages are written for these tests."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor


def _labels(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.question) for f in WeighedExtractor().extract(text).figures]


def test_the_voters_make_up_asks_their_race() -> None:
    text = (
        "Early exit polls in Ruritania show the electorate shifting.\n"
        "  • 52% of voters view Ana Ruiz favourably\n"
        "  • 71% of voters are white (down from 74% in 2020)\n"
        "  • 9% are black (the same as last time)\n"
    )
    labels = dict(_labels(text))
    assert labels[71] == "Race of voters (share of the electorate)"
    assert labels[9] == "Race of voters (share of the electorate)"
    assert labels[52] != "Race of voters (share of the electorate)"
