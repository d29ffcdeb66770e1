"""A pair written as a preference: the subject is who answered, the object the first number's side."""

from __future__ import annotations

from bot.reading.extract import default_extractor


def _labels(text: str) -> dict[float, tuple[str, str]]:
    return {f.value: (f.answer, f.population) for f in default_extractor().extract(text).figures}


def test_the_subject_favours_the_first_number_and_the_rival_gets_the_second() -> None:
    text = (
        "A Riverbend College poll of 700 likely voters has Ana Ortiz at 47% and Paul Wendt at 43%. "
        "Ortiz is ahead among women 52% to 39%, while men prefer Wendt 51% to 40%."
    )
    got = _labels(text)
    assert got[51] == ("Paul Wendt", "men")
    assert got[40] == ("Ana Ortiz", "men")


def test_two_preference_pairs_in_one_sentence_name_each_other_as_rivals() -> None:
    text = (
        "In the new Lakeshore poll of registered voters, Democrats back Kim 91 - 5 percent and "
        "Republicans back Novak 88 - 7 percent."
    )
    got = _labels(text)
    assert got[91] == ("Kim", "Democrats")
    assert got[5] == ("Novak", "Democrats")
    assert got[88] == ("Novak", "Republicans")
    assert got[7] == ("Kim", "Republicans")
