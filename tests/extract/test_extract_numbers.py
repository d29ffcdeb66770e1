"""Candidate numbers: shapes, offsets, markers and pairs."""

from __future__ import annotations

import pytest

from bot.reading.extract.numbers import find_candidates, parse_number, words_to_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Sixty-four", 64.0),
        ("thirty one", 31.0),
        ("Nine", 9.0),
        ("a hundred", 100.0),
        ("twenty", 20.0),
        ("eleven", 11.0),
    ],
)
def test_words_to_number(written: str, value: float) -> None:
    assert words_to_number(written) == value


def test_words_to_number_rejects_nonsense() -> None:
    assert words_to_number("twenty eleven") is None
    assert words_to_number("") is None


def test_parse_number_digits() -> None:
    assert parse_number("45.5") == 45.5
    assert parse_number("1,024") == 1024.0
    assert parse_number("9" * 40) is None


def test_markers_and_offsets() -> None:
    text = "Some 45.5% agreed, 30 percent did not, Twelve per cent were unsure and 3 % refused."
    cands = find_candidates(text)
    marked = [(c.value, text[c.start : c.end]) for c in cands if c.marked]
    assert marked == [(45.5, "45.5"), (30.0, "30"), (12.0, "Twelve"), (3.0, "3")]


def test_spelled_numbers_need_a_marker() -> None:
    assert [c.value for c in find_candidates("Nine of ten judges, and nine percent.")] == [9.0]


def test_pairs() -> None:
    text = "by a 55-41 margin; Republicans (67 - 29 percent); 52% to 41%; 39% vs. 36%"
    cands = find_candidates(text)
    firsts = [(c.value, c.marked) for c in cands if c.first]
    assert firsts == [(55.0, False), (67.0, True), (52.0, True), (39.0, True)]


def test_glued_numbers_are_not_candidates() -> None:
    assert [c.value for c in find_candidates("1%1%1% and 9/11 and 20m and 5th")] == [1.0]


def test_press_pc_apart_is_a_marker() -> None:
    # "pc" written apart from its number is the press's percent sign; "PC" (a party) and "pcs" are not.
    text = "the Front 37.2 pc, the League 21 pc votes, PC 30 PC and 4 pcs"
    marked = [(c.value, c.marked) for c in find_candidates(text)]
    assert marked == [(37.2, True), (21.0, True), (30.0, False), (4.0, False)]


def test_a_chain_of_shares_carries_its_last_marker() -> None:
    text = "the field stands at 29-22-14-6 percent, while dates run 2026-04-11 and a pair reads 40-35"
    got = {c.value: c.marked for c in find_candidates(text)}
    assert all(got[v] for v in (29, 22, 14, 6))
    assert not got[40] and not got[35]  # a bare pair keeps no marker
    assert not got[4] and not got[11]  # a date is no chain of shares (no marker after it)
