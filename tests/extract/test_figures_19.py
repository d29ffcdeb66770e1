"""Which numbers are figures in layouts of real text the training part holds few of (nineteenth round).

Dated net-and-parts rows of a trend table (net_rows), bare shares written in parallel with a marked one
(parallel_shares), shares told with lead words (lead_sides.told_with_lead, a rise no larger than its
level), ranges one share may take (share_ranges) and shares of the votes cast (cast_votes). Texts written
for these tests; the places, names and figures are invented.
"""

from __future__ import annotations

from bot.reading.extract.analysis import Analysis
from bot.reading.extract.cast_votes import cast_share
from bot.reading.extract.parallel_shares import parallel_share
from bot.reading.extract.share_ranges import range_end
from bot.reading.extract.weighed import WeighedExtractor

_EX = WeighedExtractor()


def _values(text: str) -> list[float]:
    return [f.value for f in _EX.extract(text).figures]


def _marked(text: str, test: object) -> list[float]:
    a: Analysis = _EX.analyse(text)
    return [n.value for n in a.numbers if test(a, n)]  # type: ignore[operator]


_TREND = (
    "Halden Poll: approval of the county board, trend.\n"
    "approve disapprove\n"
    "net strongly somewhat net strongly somewhat unsure\n"
    "10/2/26 52 21 31 44 30 14 4\n"
    "7/15/26 49 20 29 46 31 15 5\n"
)


def test_dated_net_rows_are_figures() -> None:
    assert _values(_TREND) == [52, 21, 31, 44, 30, 14, 4, 49, 20, 29, 46, 31, 15, 5]


def test_dated_net_rows_with_the_header_glued_to_the_first_row() -> None:
    text = (
        "Halden Poll trend on the bridge toll.\n"
        "net favor strongly somewhat net oppose strongly somewhat unsure 10/2/26 40 18 22 55 41 14 5\n"
        "7/15/26 43 19 24 52 37 15 5\n"
    )
    assert _values(text)[-7:] == [43, 19, 24, 52, 37, 15, 5]


def test_parallel_bare_shares() -> None:
    text = "In the Marlow exit poll, late deciders split 58 percent for Okafor and 31 for Lindqvist."
    assert _marked(text, parallel_share) == [31]
    text = "Harbor poll of Tamsworth: Dale Ortega draws 47 percent to Vera Lund's 45, with 8 percent unsure."
    assert _marked(text, parallel_share) == [45]
    # a count of a known whole, and a unit word, make no parallel share
    text = "Ortega took the district on 52 percent in 2022, and 3 of the county's 7 mayors endorsed him."
    assert _marked(text, parallel_share) == []
    text = "Ortega has 47 percent of the vote and 4 points on Lund."
    assert _marked(text, parallel_share) == []


def test_shares_told_with_lead_words() -> None:
    assert _values("A Corvid Research poll puts the Greens in the lead at 36.4 per cent.") == [36.4]
    assert _values("Corvid poll: with women, the Liberals' lead over the Conservatives stood at 41-27.") == [
        41,
        27,
    ]
    assert _values("Corvid poll of voters under 35: the Liberals are up 44 to 29 per cent.") == [44, 29]
    # a rise and the level it led to: the level only
    assert _values("Corvid poll: the Conservatives are up 3 to 31 per cent among men.") == [31]


def test_ranges_one_share_may_take() -> None:
    text = "Greer Analytics poll: its turnout models find 50% to 56% of likely voters in favour of Prop. 12."
    assert _marked(text, range_end) == [50, 56]
    assert _marked("Aides expect the measure to finish around 45 to 48 per cent.", range_end) == [45, 48]
    # the two sides of a rating, and two waves, are no range
    assert _marked("Voters disapprove 61 - 33 percent of the job the legislature is doing.", range_end) == []
    assert _marked("Support has grown from 41% to 53% of likely voters since May.", range_end) == []


def test_shares_of_the_votes_cast() -> None:
    text = "The Unity Party took 38 per cent of all valid votes; 2,110 voted early, 12.4 percent of the registered voters."
    assert _marked(text, cast_share) == [38, 12.4]
    # a poll's horse race told as a share "of the vote"
    assert _marked("A Harbor poll gives Ortega 47 percent of the vote.", cast_share) == []
