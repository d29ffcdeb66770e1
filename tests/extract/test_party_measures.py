"""US party figures that answer no vote: party identification, the generic ballot, the party trusted on an
issue (bot.reading.extract.party_measures). Invented passages."""

from __future__ import annotations

import pytest

from bot.reading.extract import default_extractor, extraction_to_json
from bot.reading.extract.party_measures import (
    GENERIC_BALLOT_QUESTION,
    PARTY_ID_ASKED_QUESTION,
    PARTY_ID_LEANERS_QUESTION,
    PARTY_ID_QUESTION,
    measure_question,
    trust_question,
)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Voters trust Republicans more on border security, 47% to 38%.",
            "Which party do you trust more on border security?",
        ),
        (
            "Some 44% trust Democrats over Republicans to handle prescription prices.",
            "Which party do you trust more to handle prescription prices?",
        ),
        (
            "Half say Democrats in Congress would do a better job of dealing with rents.",
            "Which party would do a better job of dealing with rents?",
        ),
        ("41% say the GOP is better able to handle trade.", "Which party is better able to handle trade?"),
        (
            "Voters trust Democrats more on health care in a new Fenwick/Hale poll, 50 percent to 41.",
            "Which party do you trust more on health care?",
        ),
        ("Voters trust the mayor on schools.", None),
    ],
)
def test_trust_question(sentence: str, question: str | None) -> None:
    assert trust_question(sentence) == question


@pytest.mark.parametrize(
    ("sentences", "before", "question"),
    [
        (
            ["Some 43% would vote for their district's Republican candidate, 41% for the Democrat."],
            "",
            GENERIC_BALLOT_QUESTION,
        ),
        (["Democrats lead the generic congressional ballot 46% to 42%."], "", GENERIC_BALLOT_QUESTION),
        (
            ["Independents are at 40 percent, Democrats at 31 and Republicans at 27."],
            "A count of party identification.",
            PARTY_ID_QUESTION,
        ),
        (["38% identify as Republicans and 35% as Democrats."], "", PARTY_ID_QUESTION),
        (["45% identify as Democrats or lean Democratic."], "", PARTY_ID_LEANERS_QUESTION),
        (
            ["Asked whether they consider themselves Democrats or Republicans, 33% said Democrat."],
            "",
            PARTY_ID_ASKED_QUESTION,
        ),
        # who answered, not what: a relative clause, a rating
        (["Among voters who identify as Republicans, 58% back the levy."], "", None),
        (["Of those who identify as Democrats, 80% approve of the governor."], "", None),
        (["Democrats give the generic ballot favorable marks, 61%."], "", None),
    ],
)
def test_measure_question(sentences: list[str], before: str, question: str | None) -> None:
    assert measure_question(sentences, before) == question


def test_a_party_identification_count_takes_its_template() -> None:
    text = (
        "The Brackenridge survey's annual count of party identification is out. Independents make up 42 percent "
        "of adults, Democrats 29 percent and Republicans 27 percent."
    )
    figures = extraction_to_json(default_extractor().extract(text))["figures"]
    assert [f["value"] for f in figures] == [42.0, 29.0, 27.0]
    assert {f["question"] for f in figures} == {PARTY_ID_QUESTION}


def test_a_generic_ballot_takes_its_template() -> None:
    text = (
        "The new Pinecrest poll finds 47% of likely voters would choose their district's Democratic candidate, "
        "while 43% would pick the Republican."
    )
    figures = extraction_to_json(default_extractor().extract(text))["figures"]
    assert [f["value"] for f in figures] == [47.0, 43.0]
    assert {f["question"] for f in figures} == {GENERIC_BALLOT_QUESTION}


def test_a_party_abroad_is_left_alone() -> None:
    text = "In the Ferrybank poll of Britons, 31% identify as Labour supporters and 24% as Conservatives."
    figures = extraction_to_json(default_extractor().extract(text))["figures"]
    assert PARTY_ID_QUESTION not in {f["question"] for f in figures}
