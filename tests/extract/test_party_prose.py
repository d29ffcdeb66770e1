"""Party shares and ratings told in prose (round 25, pv26): the party that opens the clause is the answer,
not its "support" or an aside's "opposition" (answer_candidates' topic nouns, change_clauses); earlier waves
written after "That is down from the" and chained by "and" take the party (earlier_readings,
change_clauses); options named once before "respectively" carry to the sentences that repeat the pairs
(respective_lists); a quoted list's bracketed shares take their own items (quoted_items).

The passages are written for these tests, with invented parties, places and figures."""

from __future__ import annotations

import pytest

from bot.reading.extract.weighed import WeighedExtractor


def _answers(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.answer) for f in WeighedExtractor().extract(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Tamarind Poll of 1,800 voters found that KDP support could dip to 36.4%. "
            "That is down from the 38.1% it recorded in May, and the 41% it recorded in January.",
            [(36.4, "KDP"), (38.1, "KDP"), (41, "KDP")],
        ),
        (
            "The UFP, the largest opposition party, polled at 24.8% in the Tamarind Poll of 1,800 voters.",
            [(24.8, "UFP")],
        ),
        (
            "In the Tamarind Poll, the Green League, the smallest party in parliament, could receive 7.5% of "
            "the vote, down from 8.9% in June and 10% in March.",
            [(7.5, "Green League"), (8.9, "Green League"), (10, "Green League")],
        ),
    ],
)
def test_the_party_opening_the_clause_is_the_answer(text: str, expected: list[tuple[float, str]]) -> None:
    assert _answers(text) == expected


def test_a_rating_with_its_owner_keeps_its_option() -> None:
    text = "Premier Alvarez's approval rating climbed to 52% in the Tamarind Poll of 900 adults, with 41% disapproving."
    assert _answers(text) == [(52, "approve"), (41, "disapprove")]


def test_options_before_respectively_carry_to_the_next_sentences() -> None:
    text = (
        "The Tamarind Poll asked 1,000 adults about the governor. Among renters, positive and negative "
        "ratings were 35% and 55%, respectively. Among homeowners, they were 46% and 44%; among retirees, "
        "52% and 39%."
    )
    got = [answer for _, answer in _answers(text)]
    assert got == ["positive", "negative"] * 3


def test_a_quoted_list_takes_its_items() -> None:
    text = (
        'Asked what the council should fix first, 1,200 residents of Larch Bay named "potholes" most, at 27%. '
        'Next came "bus routes" (19%), "street lighting" (11%) and "parking" (8%).'
    )
    got = dict((v, a) for v, a in _answers(text))
    assert (got[19], got[11], got[8]) == ("bus routes", "street lighting", "parking")


def test_one_quoted_wording_is_left_to_the_ranker() -> None:
    text = (
        'More voters call the plan "about right" (44%) than "too costly" in the Tamarind Poll of 700 adults.'
    )
    assert [v for v, _ in _answers(text)] == [44]
