"""A state named only as a candidate's home is dropped from a race question (home_states)."""

from __future__ import annotations

from bot.reading.extract.home_states import homes_only, without_home_state


def test_a_state_before_a_title_or_after_a_name_is_a_home() -> None:
    text = "Ohio Congressman Ed Lim has 20%; Sen. Tom Vale of Ohio 18%; Rep. Ida Moss (R-Ohio) 9%."
    assert homes_only(text, "Ohio")


def test_a_state_named_as_a_place_is_not_only_a_home() -> None:
    assert not homes_only("Ohio Congressman Ed Lim leads among voters in Ohio with 20%.", "Ohio")
    assert not homes_only("A poll of 500 voters found 20% for Ed Lim.", "Ohio")


def test_a_primary_loses_a_home_state() -> None:
    text = "Former Utah Gov. Ann Pell leads the Republican field with 31 percent."
    assert without_home_state("Vote choice in the 2028 Utah Republican primary", text) == (
        "Vote choice in the 2028 Republican primary"
    )


def test_a_state_office_keeps_its_state() -> None:
    text = "Rep. Ike Sato (D-Oregon) has 33 percent in the Democratic primary for governor."
    assert without_home_state("Vote choice in the Oregon Democratic primary for governor", text) is None
