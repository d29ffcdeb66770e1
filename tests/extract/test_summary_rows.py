"""A table row labelled as an average of polls or waves (summary_rows): never poll figures.

The labelling rules count no summary across several polls or waves. An aggregator's "Polling Average" row
over its pollsters' rows, and a pollster's "Average (2019-Present)" row under its own waves, are ruled out;
the polls' own rows and a sentence that names an average stay to the figure cues. Texts written for these
tests; the names and figures are invented.
"""

from __future__ import annotations

from bot.reading.extract import Extractor

TRACKER = """Do you approve or disapprove of the job Governor Lena Marsh is doing?
Approve Disapprove (Don't know)
10-13 Mar 26 47% 49 4
2-5 Feb 26 45% 50 5
High (8-11 Jun 25) 52% 44 4
Low (1-4 Dec 25) 41% 55 4
Average (2025-Present) 46% 50 4"""

AGGREGATE = """Poll
|
Date
|
Approve
|
Disapprove
|
Polling Average
|
3/1 - 3/18
|
46.5%
|
48.0%
|
Harbor Research
|
3/12 - 3/15
|
48%
|
47%
|
Crestline Poll
|
3/8 - 3/11
|
44%
|
51%"""


def _values(extractor: Extractor, text: str) -> list[float]:
    return [f.value for f in extractor.extract(text).figures]


def test_a_waves_average_row_is_no_figure(extractor: Extractor) -> None:
    got = _values(extractor, TRACKER)
    assert {47, 49, 45, 50} <= set(got)
    assert 46 not in got


def test_an_aggregators_average_row_is_no_figure(extractor: Extractor) -> None:
    got = _values(extractor, AGGREGATE)
    assert {48, 47, 44, 51} <= set(got)
    assert 46.5 not in got and 48.0 not in [v for v in got if v != int(v)]


SCORECARD_GAPS = """Final week, likely voters
Ortega 51% 49% 50%
Whitlow 45% 46% 43%
1st place minus 2nd 6 3 7
"""


def test_a_gap_row_is_no_figure(extractor: Extractor) -> None:
    got = [f.value for f in extractor.extract(SCORECARD_GAPS).figures]
    assert 7 not in got and 3 not in got
    assert 51 in got and 43 in got


def test_an_average_labelled_before_its_split_is_no_figure(extractor: Extractor) -> None:
    text = (
        "Approval of Mayor Quint, the last two polls: Bayline: Approve 44% Disapprove 50% "
        "Crestview: Approve 40% Disapprove 54% AVERAGE: 42/52 (-10)"
    )
    got = [f.value for f in extractor.extract(text).figures]
    assert 42 not in got and 52 not in got
    assert got.count(50) == 1 and 54 in got  # the share before the average's label stays


def test_an_option_that_leads_to_something_is_no_gap_row(extractor: Extractor) -> None:
    text = "What would the new runway do?\nWould lead to more flights 44%\nWould cut jobs 31%\nNot sure 25%\n"
    assert [f.value for f in extractor.extract(text).figures] == [44, 31, 25]
