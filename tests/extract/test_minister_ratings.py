"""minister_ratings, listed_approval's option blocks and the passage's country (twenty-fourth round, rl25):
office-holders rated abroad (invented names and figures)."""

from __future__ import annotations

from bot.reading.extract import minister_ratings, question_templates
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


def test_a_minister_named_after_the_figure_in_its_own_clause_is_the_rated_one() -> None:
    # (mr26) "38% are satisfied with the work of <Title> <Name>": the step looked only back from the figure.
    text = (
        "A new survey of Norvians rates the cabinet. Premier Ivo Marsh scores a "
        "satisfaction rating of 41%, with 52% dissatisfied. Energy Minister Rut Salo registers 36% approval, "
        "while 47% are satisfied with the work of Home Secretary Kim Aalto."
    )
    qs = _questions(text)
    assert qs[41.0] == "Are you satisfied or dissatisfied with the work of Premier Ivo Marsh?"
    assert qs[52.0] == qs[41.0]
    assert qs[36.0] == "Are you satisfied or dissatisfied with the work of Energy Minister Rut Salo?"
    assert qs[47.0] == "Are you satisfied or dissatisfied with the work of Home Secretary Kim Aalto?"


def test_a_rated_name_is_never_given_another_persons_office() -> None:
    # (mr26) The satisfaction template joined "Secretary of State Kim Aalto" to "Chancellor", the title of
    # the other person the passage names, and every figure asked about her.
    text = (
        "A fresh poll of Norvians rates the cabinet. Chancellor Ivo Marsh scores a satisfaction rating of 27%, "
        "with 64% dissatisfied, and Secretary of State Kim Aalto's satisfaction score is 45%."
    )
    qs = _questions(text)
    assert all("as Chancellor" not in q for q in qs.values())
    assert qs[27.0] == "Are you satisfied or dissatisfied with the work of Chancellor Ivo Marsh?"
    assert qs[64.0] == qs[27.0]
    assert "Kim Aalto" in qs[45.0]


def test_an_office_before_another_name_is_not_the_rated_ones() -> None:
    own = question_templates._own_office("Satisfaction with Premier Ivo Marsh rose.", "Ivo Marsh")
    assert own is not None and own.group("o") == "Premier"
    assert question_templates._own_office("Chancellor Ivo Marsh and Kim Aalto", "Kim Aalto") is None
    as_office = question_templates._own_office("Kim Aalto is doing her job as Chancellor.", "Kim Aalto")
    assert as_office is not None
