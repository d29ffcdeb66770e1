"""minister_ratings, listed_approval's option blocks and the passage's country (twenty-fourth round, rl25):
office-holders rated abroad (invented names and figures)."""

from __future__ import annotations

from bot.reading.extract import minister_ratings
from bot.reading.extract.passage_cues import passage_cues
from bot.reading.extract.weighed import WeighedExtractor


def _questions(text: str) -> dict[float, str]:
    return {f.value: f.question for f in WeighedExtractor().extract(text).figures}


def test_each_titled_minister_takes_his_own_satisfaction_question() -> None:
    text = (
        "The Halden Institute tracker finds little trust in the coalition. Prime Minister Ola Brekke scores a "
        "satisfaction rating of 34%, with 61% dissatisfied. Trade Minister Per Aasen received a satisfaction rating of 29%."
    )
    qs = _questions(text)
    assert qs[34.0] == "Are you satisfied or dissatisfied with the work of Prime Minister Ola Brekke?"
    assert qs[61.0] == qs[34.0]
    assert qs[29.0] == "Are you satisfied or dissatisfied with the work of Trade Minister Per Aasen?"


def test_a_rating_of_a_pronoun_is_replaced_but_a_named_question_stays() -> None:
    assert minister_ratings._replaceable("")
    assert minister_ratings._replaceable("Are you satisfied or dissatisfied with his performance?")
    assert minister_ratings._replaceable("Are you dissatisfied?")
    assert not minister_ratings._replaceable("Are you satisfied or dissatisfied with the federal government?")


def test_a_heading_over_option_lines_names_the_rated_premier() -> None:
    text = (
        "The premiers ranked, Tallis Research, May\n\n"
        "2. Ana Ruiz, Northmark (Unity)\nApprove: 31%\nDisapprove: 60%\nUnsure: 9%\n\n"
        "1. Tom Vale, Eastport (Civic)\nApprove: 48%\nDisapprove: 41%\nUnsure: 11%\n"
    )
    qs = _questions(text)
    assert qs[9.0] == "Do you approve or disapprove of the job Ana Ruiz is doing as premier?"
    assert qs[11.0] == "Do you approve or disapprove of the job Tom Vale is doing as premier?"


def test_one_labor_word_in_a_german_report_is_no_australian_poll() -> None:
    german = "Germany's coalition trails. Labor Minister Jo Kehl spoke. Across Germany the AfD polls 22%."
    assert passage_cues(german).country_voters == ""
    australian = "Labor leads the Coalition 52-48 in the latest Newspoll of Australian voters."
    assert passage_cues(australian).country_voters == "Australian voters"


def test_support_for_a_cabinet_asks_about_the_cabinet() -> None:
    text = (
        "Support for the Ruiz Cabinet climbed two points to 38% in the Kaito Broadcasting survey.\n\n"
        'The share who said they "do not support" it slipped to 44%.\n\n'
        "Of those who support it, 40% said they trust the prime minister."
    )
    qs = _questions(text)
    assert qs[38.0] == "Do you support the Ruiz Cabinet?"
    assert qs[44.0] == "Do you support the Ruiz Cabinet?"
    assert qs.get(40.0, "") != "Do you support the Ruiz Cabinet?"
