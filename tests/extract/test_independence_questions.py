"""An independence vote's shares ask the referendum's question (:mod:`independence_questions`): the place
whose independence the passage names, a side of the vote in the figure's sentence, the side as answer; a
sentence about the referendum itself, a condition other than its being held and a question the passage puts
to "you" are left alone. Invented places and figures."""

from __future__ import annotations

from bot.reading.extract import independence_questions
from bot.reading.extract.groups import Labelled
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _after(
    text: str, figure: str, question: str = "", answer: str = "", population: str = ""
) -> tuple[str, str]:
    """The question and answer the step gives the figure written ``figure`` when the rankers left every
    figure ``question``, ``answer`` and ``population``."""
    return _labels(text, figure, question, answer, population)[:2]


def _labels(text: str, figure: str, question: str, answer: str, population: str) -> tuple[str, str, str]:
    a = EXTRACTOR.analyse(text)
    at = text.index(figure)
    figs = [
        Labelled(n.index, n.value, n.sentence, n.line, answer=answer, population=population, question=question,
                 when=None, legacy_group=None)
        for n in a.numbers
    ]  # fmt: skip
    independence_questions.apply(a, figs, sides=True, people=True)
    (f,) = [f for f in figs if a.numbers[f.num_index].start == at]
    return f.question, f.answer, f.population


def test_a_side_of_the_vote_asks_the_referendum_question() -> None:
    text = "Support for an independent Norland stands at 44%, with 47% backing the union and 9% undecided."
    assert _after(text, "44") == ("Should Norland be an independent country?", "Yes")
    assert _after(text, "47") == ("Should Norland be an independent country?", "No")
    assert _after(text, "9%", answer="undecided") == (
        "Should Norland be an independent country?",
        "undecided",
    )


def test_an_adjective_names_its_region() -> None:
    text = "On Welsh independence, 31% would vote Yes and 52% would vote No."
    assert _after(text, "52", question="Do you support independence?") == (
        "Should Wales be an independent country?",
        "No",
    )


def test_a_wave_chain_takes_its_sentence_side() -> None:
    text = "Independence for Vessaly, pollster by pollster: Brightwell had YES on 39% in March, then 42% in June."
    assert _after(text, "42") == ("Should Vessaly be an independent country?", "Yes")


def test_the_referendum_itself_is_left_alone() -> None:
    text = "On independence for Vessaly, 31% said yes, another referendum should be held within two years."
    assert _after(text, "31", question="When should there be another referendum?") == (
        "When should there be another referendum?",
        "",
    )


def test_another_condition_is_left_alone() -> None:
    text = (
        "Asked whether they would back Eastmarch's independence if it kept the shared currency, 52% said yes."
    )
    assert _after(text, "52")[0] == ""


def test_a_question_put_to_you_stands() -> None:
    text = (
        'In Calloway, asked "If a vote on independence took place today, how would you vote?", 48% said Yes.'
    )
    q = "If a vote on independence took place today, how would you vote?"
    assert _after(text, "48", question=q)[0] == q


def test_no_place_no_change() -> None:
    text = "Independents favour the measure: 44% would vote Yes and 40% No."
    assert _after(text, "44") == ("", "")


def test_a_bare_place_or_sample_noun_becomes_the_region_people() -> None:
    text = "On Scottish independence, 46% would vote Yes and 54% No."
    assert _labels(text, "46", "", "", "Scotland")[2] == "Scottish voters"
    assert _labels(text, "46", "", "", "British public")[2] == "Scottish voters"
    assert _labels(text, "46", "", "", "people")[2] == "people in Scotland"
    assert _labels(text, "46", "", "", "adults")[2] == "Scottish adults"
    assert _labels(text, "46", "", "", "women")[2] == "women"
