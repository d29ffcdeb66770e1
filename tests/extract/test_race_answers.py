"""A race asked of a rating's or a stance's answers (:mod:`race_answers`), a match read as the general election
(:data:`race_scope.MATCHES_IN_GENERAL`) and an issues list's rows (:func:`issue_approval.apply_rows`)."""

from __future__ import annotations

from bot.reading.extract.race_answers import is_race, measure_answers
from bot.reading.extract.race_scope import scoped_race
from bot.reading.extract.weighed import WeighedExtractor


def test_rating_answers_answer_no_race() -> None:
    assert measure_answers(["approve", "disapprove", "don't know"])
    assert measure_answers(["Deserves re-election", "Time for someone new"])
    assert not measure_answers(["support", "oppose"])  # a ballot measure's vote is asked with these
    assert not measure_answers(["Ana Ruiz", "approve"])  # a candidate named: a race after all
    assert not measure_answers(["undecided"])  # no side at all
    assert is_race("Vote choice in the 2010 Republican primary")
    assert is_race("2016 presidential vote choice")
    assert not is_race("Do you approve or disapprove of the job Congress is doing?")


def test_a_rating_table_under_a_party_headline_prints_no_primary() -> None:
    text = (
        "Republican voters sour on Congress\n\nThe Weller poll released Tuesday asked about Congress.\n\n"
        "Congress job rating (all adults)\nApprove 19%\nDisapprove 74%"
    )
    figures = WeighedExtractor().extract(text).figures
    assert figures and all(not f.question.startswith("Vote choice") for f in figures)


def test_a_match_is_the_general_election_where_the_caller_says_so() -> None:
    asked = "Vote choice in the 2028 Ohio Democratic presidential primary"
    own = ["Governor Ana Ruiz has 47 percent to President Tom Hale's 44 percent in a possible match."]
    assert scoped_race(asked, own) is None  # a head-to-head alone may be inside the primary
    assert (
        scoped_race(asked, own, matches=True) == "Vote choice in the 2028 Ohio presidential general election"
    )
    inside = ["In the Democratic primary, Ruiz leads in a head-to-head match with Cole."]
    assert scoped_race(asked, inside, matches=True) is None


def test_matches_in_a_passage_with_general_election_matches() -> None:
    text = (
        "Lakeview poll: Ruiz tops the Democratic primary field in Ohio and edges Hale in general election "
        "matches\n\nWhen matched against President Tom Hale, Senator Ben Cole draws 45 percent to "
        "Hale's 46 percent, with 6 percent backing neither."
    )
    questions = {f.question for f in WeighedExtractor().extract(text).figures}
    assert questions == {"Vote choice in the Ohio general election: Ben Cole vs. Tom Hale"}  # not the primary


def test_an_issues_list_row_asks_its_issues_handling() -> None:
    text = (
        "The Marlow poll asked 800 Oregon voters to rate Governor Ana Ruiz's handling of two issues.\n\n"
        "Housing: 41% approve, 52% disapprove\nSchools: 48% approve, 44% disapprove"
    )
    got = [(f.value, f.question) for f in WeighedExtractor().extract(text).figures]
    assert got == [
        (41, "Do you approve or disapprove of the way Ana Ruiz is handling housing?"),
        (52, "Do you approve or disapprove of the way Ana Ruiz is handling housing?"),
        (48, "Do you approve or disapprove of the way Ana Ruiz is handling schools?"),
        (44, "Do you approve or disapprove of the way Ana Ruiz is handling schools?"),
    ]
