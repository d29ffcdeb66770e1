"""Answers named away from a bare pair of shares: people of the sentence (or the one before) and the
sides of a rating a topic noun names.

Sentences are written for these tests (invented people and places). The proposals are checked
directly: they do not depend on the fitted weights.
"""

from __future__ import annotations

from bot.reading.extract import answer_people, choices
from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()

RACE = (
    "In the race for governor, Mara Alder holds a lead over Tom Brook. "
    "Alder leads Brook 51 to 44 percent among likely voters."
)


def _num(text: str, value: float) -> tuple[Analysis, Num]:
    a = EXTRACTOR.analyse(text)
    return a, next(m for m in a.numbers if m.value == value)


def _people(text: str, value: float) -> dict[str, dict[str, float]]:
    a, n = _num(text, value)
    return {name: f for name, _src, f in answer_people.sentence_people(a, n)}


def test_a_surname_is_expanded_to_the_full_name_the_passage_writes() -> None:
    a, _ = _num(RACE, 51)
    assert answer_people.people(a) == {"alder": "Mara Alder", "brook": "Tom Brook"}


def test_the_first_share_of_a_bare_pair_goes_with_the_first_name() -> None:
    first, second = _people(RACE, 51), _people(RACE, 44)
    assert set(first) == set(second) == {"Mara Alder", "Tom Brook"}
    assert first["Mara Alder"].get("people_pair_order") == 1.0
    assert "people_pair_order" not in first["Tom Brook"]
    assert second["Tom Brook"].get("people_pair_order") == 1.0


def test_people_named_only_in_the_sentence_before_are_proposed_as_such() -> None:
    text = (
        "Mara Alder faces Tom Brook in the autumn. Alder was ahead last time. The race now stands at 48-45."
    )
    got = _people(text, 48)
    assert got["Mara Alder"]["people_where=prev"] == 1.0
    assert "Tom Brook" not in got  # named two sentences back only: not read
    text = "Mara Alder faces Tom Brook, and Alder beat Brook before. The new poll has it at 48-45."
    got = _people(text, 48)
    assert got["Mara Alder"]["people_where=prev"] == 1.0


def test_a_share_outside_a_bare_pair_is_offered_no_sentence_person() -> None:
    text = "Mara Alder faces Tom Brook, and Alder beat Brook before. Alder has 48% in the new poll."
    assert _people(text, 48) == {}


def test_a_name_written_by_surname_is_expanded_to_its_full_form() -> None:
    a, _ = _num(RACE, 51)
    assert answer_people.expanded_name(a, "Ambassador Alder") == "Mara Alder"
    assert answer_people.expanded_name(a, "Mara Alder") is None
    assert answer_people.expanded_name(a, "Harbour") is None
    text = "Mara Alder faces Tom Brook, and Alder beat Brook before. Alder is at 48% in the new poll."
    a, n = _num(text, 48)
    got = {c.text: c.features for c in choices.candidates(a, n, "answer")}
    assert got["Mara Alder"].get("src=person_expanded") == 1.0


def test_a_capitalised_run_never_written_again_is_not_a_person() -> None:
    text = "The Harbour Point survey was taken last week. Support stands at 48-45."
    assert _people(text, 48) == {}


def test_a_bare_pair_under_a_rating_noun_takes_its_two_sides() -> None:
    text = "Governor Ned Pike's job approval rating stands at 55%/38% this month."
    a, n = _num(text, 55)
    assert answer_people.pair_topic(a, n) == (
        "approve",
        "pair_topic",
        {"topic_where=same": 1.0, "topic_side=0": 1.0},
    )
    a, n = _num(text, 38)
    got = answer_people.pair_topic(a, n)
    assert got is not None and got[0] == "disapprove"


def test_a_share_outside_a_pair_takes_no_rating_side() -> None:
    a, n = _num("Governor Ned Pike's job approval rating stands at 55% this month.", 55)
    assert answer_people.pair_topic(a, n) is None


def test_the_proposals_reach_the_answer_ranker() -> None:
    a, n = _num(RACE, 44)
    got = {c.text: c.features for c in choices.candidates(a, n, "answer")}
    assert got["Tom Brook"].get("src=sentence_person") == 1.0
