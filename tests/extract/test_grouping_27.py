"""Three grouping rules of the twenty-sixth round (gr27), on passages written here: an organisation's unit
"for ..." is no second pollster (:mod:`meta`), a named option given two values cuts a prose group
(:mod:`repeated_answers`), and a table of labelled rows groups by column (:mod:`paired_columns`, which since the
twenty-seventh round reads it, with no repeated header)."""

from __future__ import annotations

from bot.reading.extract.meta import generic_pollster_mentions
from bot.reading.extract.weighed import WeighedExtractor
from tests.extract.by_value import group_values

EXTRACTOR = WeighedExtractor()


def _groups(text: str) -> list[list[float]]:
    return group_values(EXTRACTOR, text)


def test_a_units_field_is_no_pollster() -> None:
    text = "said Ann Ray, who directs the Penmore College Institute for Public Opinion, of the Penmore College poll."
    names = [name for _, name in generic_pollster_mentions(text)]
    assert "Public Opinion" not in names
    assert any(name.startswith("Penmore College") for name in names)


def test_a_pollster_named_with_and_public_opinion_is_kept() -> None:
    text = "The Ostrow Center for Polling and Public Opinion asked 700 residents."
    assert [name for _, name in generic_pollster_mentions(text)] == ["Public Opinion"]


def test_two_scenarios_naming_one_candidate_twice_are_two_groups() -> None:
    text = (
        "If Jorge Almeida runs for the right, Clara Duarte leads with 27%, ahead of Rui Fontes (24%) and "
        "Almeida (13%). If Teresa Lobo runs instead, Rui Fontes (26%) edges out Clara Duarte (25%), and Lobo "
        "takes 11%. The survey by Instituto Mares interviewed 1,000 adults."
    )
    assert _groups(text) == [[27, 24, 13], [26, 25, 11]]


def test_a_restated_share_keeps_its_group() -> None:
    text = (
        "In the Harbour Research poll of 900 voters, Clara Duarte leads with 29%, ahead of Rui Fontes at 22%. "
        "Duarte's 29% is her best showing this year."
    )
    assert _groups(text) == [[29, 22, 29]]


def test_a_table_of_labelled_rows_groups_by_column() -> None:
    text = (
        "Party support by region (Harbour Research, 1,200 adults)\n\n"
        "North South West\n"
        "Labour 38 Labour 31 Labour 44\n"
        "Greens 22 Greens 27 Greens 19\n"
        "National 35 National 36 National 30\n"
        "Other 5 Other 6 Other 7\n"
    )
    assert _groups(text) == [[38, 22, 35, 5], [31, 27, 36, 6], [44, 19, 30, 7]]
    answers = [f.answer for f in EXTRACTOR.extract(text).figures]
    assert answers[:3] == ["Labour", "Labour", "Labour"]
