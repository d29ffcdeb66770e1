"""rated_pronouns: a rating question whose rated name is a pronoun names the person it stands for, or prints
nothing (invented places, names and figures)."""

from __future__ import annotations

from bot.reading.extract.label_check import printed_problem
from bot.reading.extract.rated_pronouns import has_rated_pronoun
from bot.reading.extract.weighed import WeighedExtractor


def _questions(text: str) -> dict[float, str]:
    return {f.value: f.question for f in WeighedExtractor().extract(text).figures}


def test_the_rated_slot_holding_a_pronoun_is_told() -> None:
    assert has_rated_pronoun("Do you have a favorable or unfavorable opinion of He?")
    assert has_rated_pronoun("Do you approve of him?")
    assert has_rated_pronoun("What do you think about the job she is doing?")
    assert not has_rated_pronoun("Do you have a favorable or unfavorable opinion of Ann Lee?")
    assert not has_rated_pronoun("Do you approve or disapprove of the job Ann Lee is doing?")
    assert not has_rated_pronoun("Is the country headed in the right direction?")


def test_the_subject_of_a_sentence_before_is_the_rated_person() -> None:
    text = (
        "Former mayor Dara Quill has quietly faded from view since she left office. Half of Lenham voters "
        "(50%) now have no opinion of her. She may like it that way, because among those who do, only 14% "
        "have a favorable opinion and 31% an unfavorable one, the Brannock Polling survey finds."
    )
    qs = _questions(text)
    assert set(qs.values()) == {"Do you have a favorable or unfavorable opinion of Dara Quill?"}


def test_the_name_before_the_figure_in_its_own_sentence_wins() -> None:
    text = (
        "Senator Hal Verrin is struggling at home, a new Ostler College poll of Marrow County adults shows. "
        "His standing is below that of Governor Tessa Raine, whom 47% view favorably and 39% unfavorably."
    )
    qs = _questions(text)
    assert qs[47.0] == "Do you have a favorable or unfavorable opinion of Tessa Raine?"
    assert all(printed_problem(q) is None for q in qs.values() if q)
