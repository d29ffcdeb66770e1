"""A share told in prose as an average over polls or over time (poll_averages.py): never a poll figure.

"averages 49%", "an average of 33.4 per cent", "AVERAGE 46%" and "the 57% historical average" are ruled out;
the single polls' shares beside them, a place's average that is the poll's own figure ("the national
average ... is 11 per cent") and "average" as an adjective of people after a share stay. Texts written for
these tests; the names and figures are invented.
"""

from __future__ import annotations

import pytest

from bot.reading.extract import Extractor, poll_averages
from bot.reading.extract.weighed import WeighedExtractor


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Kessel Tracker\nMAYOR ORIN JOB APPROVAL: AVERAGE 46%\nHer disapproval averages 49% this week. The "
            "newest poll, by Varga Research, has 44% approving and 52% disapproving.",
            [44, 52],
            [46, 49],
        ),
        (
            "A Pellham Institute poll of 900 adults finds 28% satisfied with the direction of the province, well "
            "short of the 57% historical average and below the 38 percent average among renters since 2019.",
            [28],
            [57, 38],
        ),
        (
            "The poll of polls has the Union Party on an average of 33.4 per cent; Renewal averaged 30 per cent "
            "in spring. The newest Orsk Opinion poll has the Union Party on 35 per cent and Renewal on 26 per "
            "cent, and the national average for the Greens across the regions is 11 per cent.",
            [35, 26, 11],
            [33.4, 30],
        ),
        (
            "Premier Saro is at 39% approval on average across this month's polls; her polling average stands at "
            "38 per cent. The newest, by Fenn Associates, has 43% approving and 50% disapproving.",
            [43, 50],
            [39, 38],
        ),
    ],
)
def test_averages_over_polls_or_time_are_no_figures(
    extractor: Extractor, text: str, kept: list[float], dropped: list[float]
) -> None:
    got = {f.value for f in extractor.extract(text).figures}
    assert set(kept) <= got
    assert not set(dropped) & got


def test_average_as_an_adjective_after_a_share_is_not_ruled_out() -> None:
    text = "In the Dunmore poll, 41% average voters say rents are too high."
    a = WeighedExtractor().analyse(text)
    n = next(n for n in a.numbers if n.value == 41)
    assert not poll_averages.time_average(a, n)
