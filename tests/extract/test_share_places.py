"""A cross-national release's figure written for one country or bloc takes the sample's people there
(:mod:`share_places`); a one-country poll's own country is its whole sample."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()

_CROSS_NATIONAL = (
    "The autumn survey finds that 44 percent of respondents across Europe back tighter rules on online "
    "advertising, compared with 57 percent in Portugal and 39 percent in Denmark. In Portugal, support for a "
    "common digital tax reaches 63 percent."
)
_ONE_COUNTRY = (
    "If a federal election were held today in Canada, 36% of Canadians would vote Conservative and 31% "
    "Liberal, a Northline Research poll finds."
)


def _populations(text: str) -> dict[float, str]:
    return {f.value: f.population for f in EXTRACTOR.extract(text).figures}


def test_each_country_takes_its_respondents() -> None:
    got = _populations(_CROSS_NATIONAL)
    assert got[44.0] == "respondents across Europe"
    assert got[57.0] == "respondents in Portugal"
    assert got[39.0] == "respondents in Denmark"
    assert got[63.0] == "respondents in Portugal"


def test_a_one_country_poll_keeps_its_people() -> None:
    got = _populations(_ONE_COUNTRY)
    assert "in Canada" not in got[36.0]
