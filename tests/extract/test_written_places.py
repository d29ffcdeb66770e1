"""Places of a list with bracketed shares, found from how the sentence writes them (written_places)."""

from __future__ import annotations

from bot.reading.extract.written_places import written_places


def test_a_list_of_places_opened_by_in() -> None:
    text = "Trust was highest in Northern Luzon (71%), followed by the Bicol Region (66%) and Cebu (60%)."
    assert [name for _, _, name in written_places(text)] == ["Northern Luzon", "the Bicol Region", "Cebu"]


def test_from_a_compass_zone() -> None:
    text = "Support was strongest among those from the North-Central (77%)."
    assert [name for _, _, name in written_places(text)] == ["the North-Central"]


def test_months_parties_and_people_are_no_places() -> None:
    assert written_places("Approval stood at 40% in March (40%), down from 44%.") == []
    assert written_places("Support moved away from Labour (31%) to Reform (29%).") == []
    assert written_places("Approval was higher in Republicans (80%) than in Democrats (12%).") == []


def test_the_list_ends_with_its_sentence() -> None:
    text = "It was highest in Visayas (70%). Separately, Reform UK (25%) gained."
    assert [name for _, _, name in written_places(text)] == ["Visayas"]
