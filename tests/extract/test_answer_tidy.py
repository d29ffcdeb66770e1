"""A choice verb, a party's article or the question's subject caught in an answer is not part of the option."""

from __future__ import annotations

import pytest

from bot.reading.extract.tidy import Tidy


@pytest.mark.parametrize(
    ("raw", "tidied"),
    [
        ("name the Republicans", "Republicans"),
        ("pick Labour", "Labour"),
        ("the Democrats", "Democrats"),
        ("support", "support"),
        ("favor the plan", "favor the plan"),  # no side named, only a proposal
        ("the Green Party", "the Green Party"),
        ("the state budget is getting worse", "getting worse"),
        ("the country is on the wrong track", "wrong track"),  # the predicate is the option
        ("a recession within the next year is likely", "likely"),
        ("be less likely to vote for a legislator who backs it", "less likely"),
        ("opting for neither", "neither"),
        ("identify as moderates", "moderate"),
        ("fully agreed", "fully agree"),
        ("opposed", "oppose"),
    ],
)
def test_choice_verbs_and_party_articles_go(raw: str, tidied: str) -> None:
    assert Tidy("A poll of voters.").answer(raw) == tidied


@pytest.mark.parametrize(
    ("raw", "tidied"),
    [
        ("would say Yes", "Yes"),
        ("would now vote No", "No"),
        ("vote Yes again next spring", "Yes"),
        ("against", "oppose"),  # "31% are against": the side is opposing
        ("against the levy", "against the levy"),  # a preposition with its object stays as written
        ("say the levy is fair", "say the levy is fair"),
    ],
)
def test_a_referendum_option_after_its_verb_and_a_bare_against(raw: str, tidied: str) -> None:
    assert Tidy("A poll of voters.").answer(raw) == tidied


@pytest.mark.parametrize(
    ("raw", "tidied"),
    [
        ("Entrepreneur Lena Marsh", "Lena Marsh"),
        ("Lena Marsh of Vermont", "Lena Marsh"),
        ("Bank of Avalon", "Bank of Avalon"),  # one word before "of": a name, not a person and a place
        ("OREGON: Marsh", "Lena Marsh"),
        ("approve of him", "approve"),
        ("dissatisfied with them", "dissatisfied"),
        ("perceive her as honest", "honest"),
        ("identify as moderate", "moderate"),
        ("describe themselves as independents", "independents"),
    ],
)
def test_places_headings_pronouns_and_verbs_of_identifying_go(raw: str, tidied: str) -> None:
    text = "Former Governor Lena Marsh leads. Secretary of State Omar Vance trails."
    assert Tidy(text).answer(raw) == tidied


def test_a_full_name_is_given_without_the_office_before_it() -> None:
    text = "Texas Congressman Ravi Dunn leads; Secretary of State Omar Vance trails. Dunn 31%, Vance 12%."
    tidy = Tidy(text)
    assert tidy.answer("Dunn") == "Ravi Dunn"
    assert tidy.answer("Vance") == "Omar Vance"


@pytest.mark.parametrize(
    ("raw", "tidied"),
    [
        ("would vote for the CDU", "CDU"),
        ("vote for Labour", "Labour"),
        ("favorably", "favorable"),
        ("unfavourably", "unfavourable"),
        ("Gov. Ada Quill; Tanner (13% each)", "Ada Quill; Rob Tanner (13% each)"),
    ],
)
def test_choice_votes_ratings_and_joint_names(raw: str, tidied: str) -> None:
    assert Tidy("Senator Rob Tanner spoke.").answer(raw) == tidied


def test_a_joint_answer_passes_the_label_checker() -> None:
    from bot.reading.extract.label_check import usable

    assert usable("answer", "Ada Quill; Rob Tanner (13% each)")
    assert not usable("answer", "Ada Quill at 13%")


@pytest.mark.parametrize(
    ("raw", "tidied"),
    [
        ("Ardent's Liberals", "Liberals"),
        ("Chancellor Weiss's ÖVP", "ÖVP"),
        ("Mara Ellison’s Brothers of Italy", "Brothers of Italy"),
        ("People's Party", "People's Party"),  # "People" names no leader
        ("Purdy's Democratic opponent", "Purdy's Democratic opponent"),  # not a party's name
    ],
)
def test_a_party_behind_its_leaders_name_is_the_party(raw: str, tidied: str) -> None:
    # The passage names the leaders in full, as reports do: the party is still the answer.
    text = "Ardent's Liberals lead on 41%; Mara Ellison’s Brothers of Italy have 30%."
    assert Tidy(text).answer(raw) == tidied


def test_verbs_of_preference_name_the_options_of_a_report() -> None:
    from bot.reading.extract.labels import normalise_answer

    assert normalise_answer("back the plan")[0] == "support"  # "back" is supporting, not favouring
    assert normalise_answer("for Ana Ruiz")[0] == "Ana Ruiz"  # "15% for Ana Ruiz": her share
    assert normalise_answer("for the plan")[0] == "favor"


def test_a_surname_takes_the_full_name_written_with_a_middle_initial() -> None:
    tidy = Tidy("Former Governor Ana M. Ruiz leads the field; Ruiz is at 41%.")
    assert tidy.answer("Ruiz") == "Ana Ruiz"
