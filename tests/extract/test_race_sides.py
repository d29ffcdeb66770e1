"""A race split named by one side takes the race's other candidate."""

from __future__ import annotations

from bot.reading.extract import default_extractor


def _answers(text: str) -> dict[float, str]:
    return {f.value: f.answer for f in default_extractor().extract(text).figures}


def test_a_subgroup_backing_one_side_sets_it_against_the_race_first_written() -> None:
    text = (
        "Governor Ada Quist has 47 percent to Mayor Rob Tern with 42 percent, a Fenwick College poll of "
        "registered voters finds. Tern runs closer against Judge Ivo Bell, 45 - 43 percent. "
        "Women back Quist 55 - 36 percent, while men back Tern 49 - 40 percent."
    )
    got = _answers(text)
    assert (got[55], got[36]) == ("Ada Quist", "Rob Tern")
    assert (got[49], got[40]) == ("Rob Tern", "Ada Quist")


def test_a_lead_and_the_split_that_continues_it_share_their_sides() -> None:
    text = (
        "Ada Quist has 46 percent to Rob Tern with 41 percent in the new Fenwick College poll. Quist leads "
        "83 - 8 percent with teachers and 52 - 37 percent with first-time voters."
    )
    got = _answers(text)
    assert (got[83], got[8]) == ("Ada Quist", "Rob Tern")
    assert (got[52], got[37]) == ("Ada Quist", "Rob Tern")


def test_an_issue_split_with_no_race_before_it_is_left_to_the_other_steps() -> None:
    text = "In the Fenwick College poll, parents back the new library 58 - 35 percent."
    assert "Quist" not in " ".join(_answers(text).values())
