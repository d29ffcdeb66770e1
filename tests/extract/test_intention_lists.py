"""A party list abroad asks the country's vote intention (bot.reading.extract.intention_lists). Invented
passages."""

from __future__ import annotations

import pytest

from bot.reading.extract import default_extractor, extraction_to_json
from bot.reading.extract.intention_lists import one_party_question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Would you vote Conservative?", True),
        ("Would you support the Liberal Party?", True),
        ("Have you gone to Reform?", True),
        ("Do you approve or disapprove of the government?", False),
        ("Should the city build the tramway?", False),
        ("Would you vote in favour of the Westminster voting intention?", False),
    ],
)
def test_one_party_question(question: str, expected: bool) -> None:
    assert one_party_question(question) is expected


def test_a_canadian_list_told_as_one_party_takes_the_federal_question() -> None:
    text = (
        "Federal Conservatives edge up in the Harbourview survey. Among the 1,500 Canadians polled, 35 per cent "
        "say they would vote Conservative, with 30 per cent voting Liberal and 17 per cent NDP."
    )
    figures = extraction_to_json(default_extractor().extract(text))["figures"]
    assert [f["value"] for f in figures] == [35.0, 30.0, 17.0]
    assert {f["question"] for f in figures} == {"Federal voting intention"}
