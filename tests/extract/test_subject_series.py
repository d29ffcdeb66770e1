"""One owner's share told over time in one sentence answers the owner at every reading (subject_series)."""

from __future__ import annotations

from tests.extract.by_value import answers_by_value


def test_each_dated_reading_of_a_possessive_share_answers_its_owner() -> None:
    text = (
        "Daniel Osei has topped every round of the Accra Pulse poll of likely voters in the mayoral race. "
        "Osei's support was 41 percent in February, dipped to 37 percent in April and then to 35 percent "
        "this month."
    )
    got = answers_by_value(text)
    assert {got[41], got[37], got[35]} <= {"Osei", "Daniel Osei"}


def test_a_rival_named_beside_his_share_keeps_his_name() -> None:
    text = (
        "In the Coastline Polling tracker, Mensah's support was 33 percent in June and 36 percent in "
        "September, while 30 percent back Kofi Boateng."
    )
    got = answers_by_value(text)
    assert got[30] == "Kofi Boateng"
    assert got[36] == "Mensah"


def test_an_approval_rating_is_no_owners_series() -> None:
    text = "Mayor Ruth Callan's approval rating is 46% in the Lakeview poll, while 45% disapprove."
    assert answers_by_value(text)[45] == "disapprove"
