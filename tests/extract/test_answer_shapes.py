"""Three prose shapes whose option is not written right after the figure (answer_shapes.py)."""

from __future__ import annotations

from tests.extract.by_value import answers_by_value


def test_the_complement_of_a_passive_verb_answers_its_agent() -> None:
    text = (
        "In the Harlow Institute survey of 1,000 adults, the city's parks were rated great or good by 31% "
        "of residents, while 22% rated them poor."
    )
    got = answers_by_value(text)
    assert got[31] == "great or good"
    assert got[22] == "poor"


def test_the_complement_before_by_with_a_hedge() -> None:
    text = (
        "In the Corwin survey of 800 commuters, the new bus line was judged reliable by just 27% of riders, "
        "while 61% called it unreliable."
    )
    assert answers_by_value(text)[27] == "reliable"


def test_a_more_pair_gives_the_named_side_then_its_rival() -> None:
    text = (
        "In the Keystone College poll of registered voters, voters trust Republicans more on crime, "
        "48% to 37%, while they trust Democrats more on health care, 51% to 36%."
    )
    got = answers_by_value(text)
    assert (got[48], got[37]) == ("Republicans", "Democrats")
    assert (got[51], got[36]) == ("Democrats", "Republicans")


def test_a_more_pair_takes_its_rival_from_the_sentence_before() -> None:
    text = (
        "Asked whether Labour or the Conservatives would handle the economy better, Britons in the Fenwick "
        "survey were split. They prefer Labour more on the health service, 44% to 29%."
    )
    got = answers_by_value(text)
    assert got[44] == "Labour"
    assert got[29] == "Conservatives"


def test_complements_after_the_first_leave_their_verb_out() -> None:
    text = (
        "The mayor's office is rated excellent or good by 35% of residents in the Linden poll, fair by 30% "
        "and poor or very poor by 33%."
    )
    got = answers_by_value(text)
    assert (got[35], got[30], got[33]) == ("excellent or good", "fair", "poor or very poor")


def test_a_preference_pair_without_more() -> None:
    text = (
        "In the Keystone College poll of likely voters, voters trust Republicans more on crime, 48% to 37%, "
        "but prefer Democrats on health care, 51% to 34%."
    )
    got = answers_by_value(text)
    assert (got[51], got[34]) == ("Democrats", "Republicans")
