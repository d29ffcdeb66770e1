"""A share written as "support" of a named candidate or party answers with the name."""

from __future__ import annotations

from tests.extract.by_value import answers_by_value


def test_the_support_of_a_named_candidate_is_the_candidates_share() -> None:
    text = (
        "In the Redwood College poll of likely Republican primary voters, Ana Ruiz has the backing of 34 "
        "percent, and Tom Birch follows, garnering 21 percent support."
    )
    got = answers_by_value(text)
    assert got[34] == "Ana Ruiz"
    assert got[21] == "Tom Birch"


def test_support_for_a_proposal_stays_support() -> None:
    text = "In the Redwood College poll of likely voters, support for the transit levy stands at 52%."
    assert answers_by_value(text)[52] == "support"
