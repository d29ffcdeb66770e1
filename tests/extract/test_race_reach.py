"""The race phrase as headlines and roundups write it, read after grouping (``race_parts(wide=True)``), and a
bulleted state row's state (passages written for these tests, invented names and figures)."""

from __future__ import annotations

from bot.reading.extract.question_templates import _STATES
from bot.reading.extract.race_templates import race_parts, race_question
from tests.extract.by_value import questions_by_value


def _wide(context: str, year: str = "", state: str = "") -> str | None:
    parts = race_parts(context, _STATES, year, state, guess_office=True, wide=True)
    return race_question(parts) if parts is not None else None


def _narrow(context: str) -> str | None:
    parts = race_parts(context, _STATES, "", "")
    return race_question(parts) if parts is not None else None


def test_capitalised_office_and_contest_words() -> None:
    assert _wide("The Idaho Governor race is within two points, Ames at 47%.") == (
        "Vote choice in the Idaho governor's race"
    )
    assert _wide("The Montana Senate Race stays close: Pruitt 46%, Varga 45%.") == (
        "Vote choice in the Montana Senate race"
    )


def test_plural_races_with_the_state_of_the_paragraph() -> None:
    got = _wide(
        "New polls look at tight Governor races in Kansas, Oregon and Maine. Greer leads in Oregon, 51-44."
    )
    assert got == "Vote choice in the Oregon governor's race"


def test_an_office_written_after_its_election() -> None:
    assert _wide("In the election for U.S. Senate in Vermont, Quill leads 52% to 41%.") == (
        "Vote choice in the Vermont U.S. Senate election"
    )
    # "election" counts only after an office: a bare "the election" names no race.
    assert _wide("Ahead of the election, Quill has 52%.") is None


def test_the_fight_for_a_chamber_names_its_office_where_nothing_else_does() -> None:
    got = _wide(
        "Polls show the two parties neck and neck for control of the U.S. Senate. Orr (D) has 48% in Nevada."
    )
    assert got == "Vote choice in the Nevada U.S. Senate race"
    # A party's own contest is not turned into a Senate race.
    got = _wide(
        "Democrats hope to take back the Senate. In the Republican primary, Lyle has 31%.", year="2029"
    )
    assert got == "Vote choice in the 2029 Republican primary"


def test_the_rankers_read_the_narrow_phrase() -> None:
    # The proposals' features stay as fitted: the wide phrase is read only after grouping.
    assert _narrow("The Idaho Governor race is within two points, Ames at 47%.") is None


def test_a_bulleted_state_row_names_its_race_state() -> None:
    text = (
        "Both parties are spending heavily to win a majority in the U.S. Senate. The newest polls:\n"
        "- Nevada: Orr (D) 48, Lyle (R) 45\n"
        "- Georgia: Banks (R) 49, Toomey (D) 47\n"
    )
    got = questions_by_value(text)
    assert got[48] == "Vote choice in the Nevada U.S. Senate race"
    assert got[49] == "Vote choice in the Georgia U.S. Senate race"
