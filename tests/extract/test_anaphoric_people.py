"""A sentence that points back at a subgroup ("in that group", "these voters") gives its figures the people
the sentence before names (:mod:`anaphoric_people`)."""

from __future__ import annotations

from bot.reading.extract.anaphoric_people import pointed_people, pointer_before
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _at(text: str, figure: str) -> tuple[bool, str]:
    a = EXTRACTOR.analyse(text)
    start = text.index(figure)
    (n,) = [n for n in a.numbers if n.start == start]
    return pointer_before(a, n), pointed_people(a, n)


def test_that_group_stands_for_the_subgroup_named_before() -> None:
    text = "Among voters under 35, Varga leads with 41 percent. Toft trails in that group at 27 percent."
    assert _at(text, "27") == (True, "voters under 35")


def test_these_voters_stand_for_the_people_named_before() -> None:
    text = "Retired voters worry most about costs. Of these voters, 63 percent back the levy."
    assert _at(text, "63") == (True, "Retired voters")


def test_a_relative_clause_names_its_own_people() -> None:
    text = "Retired voters worry most about costs. Those voters who rent are split, 48 percent to 45 percent."
    assert _at(text, "48") == (False, "")


def test_a_generic_word_before_is_no_subgroup() -> None:
    text = "Respondents were asked about the levy. In that group, 52 percent back it."
    assert _at(text, "52") == (True, "")
