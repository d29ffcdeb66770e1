"""A person's answer as the labels write it (full name, no title or side word), a rating word in the
passage's spelling, and the sides of pairs named by a verb of leading or of rating (all invented text)."""

from __future__ import annotations

from bot.reading.extract import default_extractor


def _answers(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.answer) for f in default_extractor().extract(text).figures]


def test_a_surname_takes_the_full_name_and_titles_drop() -> None:
    text = (
        "A new Marlow poll of the Ashford race finds Attorney General Dana Ortega at 44 percent and "
        "councilman Pete Halvorsen at 31 percent. Ortega is ahead among women, 50 percent to 27 percent."
    )
    got = _answers(text)
    assert got[:2] == [(44, "Dana Ortega"), (31, "Pete Halvorsen")]
    assert got[2][1] == "Dana Ortega"


def test_a_shouted_surname_takes_the_passages_case_and_full_name() -> None:
    text = "ORTEGA 44%, LUND 41% in the Westbrook Poll. Dana Ortega gains, while Mia Lund holds her base."
    assert _answers(text)[:2] == [(44, "Dana Ortega"), (41, "Mia Lund")]


def test_a_word_written_in_lower_case_too_is_no_surname() -> None:
    text = "How interested are you in the race? Extremely 30% Very 28% Somewhat 20%. Very few are not interested."
    assert all(ans != "Extremely Very" for _, ans in _answers(text))


def test_the_british_spelling_of_a_favourability_option_is_kept() -> None:
    text = (
        "In the Kestrel poll, 48 per cent of voters rate the premier unfavourably and 41 per cent favourably."
    )
    assert [a for _, a in _answers(text)] == ["unfavourable", "favourable"]


def test_a_lead_verb_with_its_rival_between_names_both_sides() -> None:
    text = (
        "In the governor's race, the Westbrook Poll has Samuel Okoro leading state Insurance Commissioner "
        "Mia Lund 44 percent to 35 percent, and Ben Tasker 47 percent to 30 percent."
    )
    assert _answers(text) == [
        (44, "Samuel Okoro"),
        (35, "Mia Lund"),
        (47, "Samuel Okoro"),
        (30, "Ben Tasker"),
    ]


def test_a_pronoun_leader_is_the_person_the_sentence_before_names() -> None:
    text = (
        "The Fenwick poll finds 58 percent of Ohio Democrats approve of Smith. He leads his Democratic "
        "rival, state Sen. Ana Ruiz, 51 to 33 percent."
    )
    assert _answers(text)[1:] == [(51, "Smith"), (33, "Ana Ruiz")]


def test_a_rating_verb_names_a_pair_without_by() -> None:
    text = (
        "Voters disapprove of the job the city council is doing 58 - 33 percent, according to the Harbor "
        "State poll, while men disapprove of the mayor 52 - 40 percent."
    )
    assert [a for _, a in _answers(text)] == ["disapprove", "approve", "disapprove", "approve"]


def test_a_change_and_a_noun_after_the_pair_are_not_read_as_the_verb() -> None:
    text = (
        "The Pinecrest poll finds 44 percent of registered voters approve of President Hale and 49 percent "
        "disapprove, against a 50 - 42 percent approval in May. Support for the toll plan has slipped "
        "from 47 to 41 percent."
    )
    got = _answers(text)
    assert got[2:4] == [(50, "approve"), (42, "disapprove")]


def test_a_partys_support_after_any_verb_is_the_party() -> None:
    text = (
        "In the latest Calder poll, Labour climbed three points with 34% support, while the Greens continue to "
        "hold 9% support."
    )
    assert [a for _, a in _answers(text)] == ["Labour", "Greens"]
