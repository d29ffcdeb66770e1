"""A nation's people the passage writes twice as opinion holders replace a default population
(:mod:`written_demonyms`); written once, or beside another nation's as often, they do not."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor
from bot.reading.extract.written_demonyms import written_people

EXTRACTOR = WeighedExtractor()

_TWICE = (
    "A Vellmark Institute survey finds that a majority of Ostrelians remain unhappy with Chancellor Ida Rask. "
    "Only 36 per cent of respondents are satisfied with her work, while 58 per cent are dissatisfied. Most "
    "Ostrelians back the rail line: 61 per cent of respondents support it."
)
_ONCE = (
    "Kestrel Polls asked 1,050 respondents about the harbour levy. 47 per cent of respondents back it and "
    "39 per cent of respondents are against it. Many Marovians were surprised."
)


def _populations(text: str) -> list[str]:
    return [f.population for f in EXTRACTOR.extract(text).figures]


def test_written_people_counts_holders_only() -> None:
    assert written_people(_TWICE) == "Ostrelians"
    assert written_people(_ONCE) == ""
    # a people word before a head of its own, or a capitalised word that only looks like one, is no mention
    assert written_people("Most Ostrelian voters agree. Of Ostrelian households, most Ostrelians ...") == ""
    assert written_people("This is new. This is old. Americans say yes. Most Americans agree.") == ""
    # two nations written as often: neither
    assert (
        written_people("Most Ostrelians agree. Many Marovians agree. Ostrelians are sure. Marovians are not.")
        == ""
    )


def test_the_written_people_replace_the_sample_word() -> None:
    assert set(_populations(_TWICE)) == {"Ostrelians"}


def test_written_once_keeps_the_sample_word() -> None:
    assert set(_populations(_ONCE)) == {"respondents"}


def test_a_us_state_s_people_are_not_a_nation_s() -> None:
    assert written_people("Most Minnesotans approve. Minnesotans are split on taxes.") == ""
    assert written_people("Most Texans approve. Texans are split on taxes.") == ""
    assert written_people("Most Indians approve. Indians are split on taxes.") == "Indians"
