"""A crosstab copied one cell a line, its rows headed by subgroups (:mod:`stacked_subgroups`)."""

from __future__ import annotations

from bot.reading.extract import stacked_subgroups
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()

_BY_EDUCATION = (
    "The exit poll's education split (first column Alvarez, second Brooks):\n\n"
    "College graduate (41%)\n56%\n42%\n"
    "No college degree (59%)\n44%\n54%\n"
)
_BY_PARTY_OPTIONS = "Vote by region\nLiberal\n34%\n46%\nConservative\n44%\n36%\n"


def test_cells_take_their_rows_voters() -> None:
    got = {(f.value, f.start): f.population for f in EXTRACTOR.extract(_BY_EDUCATION).figures}
    text = _BY_EDUCATION
    assert got[(56.0, text.index("56%"))] == "College graduate voters"
    assert got[(54.0, text.index("54%"))] == "No college degree voters"
    assert got[(41.0, text.index("41%"))] == "voters"


def test_option_rows_are_no_subgroups() -> None:
    a = EXTRACTOR.analyse(_BY_PARTY_OPTIONS)
    assert stacked_subgroups.stacked_people(a) == {}
