"""Which numbers are figures on real text, twentieth round: a past election's result told by its election
(cast_votes.election_share), a share of places, polls or seats (unit_shares) and a lead told by the two
readings it moved between (lead_sides.told_with_lead). Texts written for these tests; the names and figures
are invented.
"""

from __future__ import annotations

from bot.reading.extract.cast_votes import election_share
from bot.reading.extract.unit_shares import unit_share
from bot.reading.extract.weighed import WeighedExtractor

_EX = WeighedExtractor()


def _ruled(text: str) -> list[float]:
    a = _EX.analyse(text)
    return [n.value for n in a.numbers if election_share(a, n)]


def test_a_past_result_told_by_its_election() -> None:
    text = (
        "In the Varna Research poll the Reds are at 22 per cent, down from 27 per cent on election day, and the "
        "Greens, at 9 per cent, are below the 12 per cent they won in the 2023 election, or at 12 per cent in "
        "the 2023 election. The Blues are at 31 per cent, against the election vote of 29 per cent."
    )
    assert _ruled(text) == [27, 12, 29]


def test_a_poll_share_of_voters_at_an_election_stays() -> None:
    text = "A Varna exit poll finds 54% of women backed the Reds; 41 percent of men did so in 2023."
    assert _ruled(text) == []


def test_a_share_of_places_or_polls_is_no_figure() -> None:
    a = _EX.analyse(
        "In 9, or 36%, of the states polled, the mayor's party trails; in 20% of the provinces polled, second. With "
        "85 percent of precincts reporting, 18% of these exit poll respondents were under 30."
    )
    assert [n.value for n in a.numbers if unit_share(a, n)] == [36, 20, 85]


def test_a_lead_told_by_the_two_readings_it_moved_between() -> None:
    text = (
        "Harlow Research poll of 800 likely voters, May: Quist 42%, Lindgren 33%. "
        "(UPDATE: Quist's lead narrows from 44-30 to 42-33.)"
    )
    assert [f.value for f in _EX.extract(text).figures] == [42, 33, 44, 30, 42, 33]
