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
