"""Poll-table rows whose shares run mid-line before the poll's other columns (row_runs, shape 15).

An encyclopedia-style list of polls prints each poll on one line: pollster, date, one share per party,
then the margin of error, sample, mode and lead. The run of bare shares that adds up to a whole is read;
the margin, sample and lead after it, the election-result row above the polls and a single such line
are not. Texts written for these tests; the names and figures are invented.
"""

from __future__ import annotations

from bot.reading.extract import Extractor, row_runs
from bot.reading.extract.weighed import WeighedExtractor

TABLE = """Pollster Field end Unity Reform Greens Other MoE Sample Lead
2026 election May 3, 2026 38.2 31.5 17.9 12.4 6.7
Harbor Research October 18, 2026 30.5 34.7 22.1 12.7 ±3.5 pp 800 telephone 4.2
Crestline Polling October 17, 2026 31 36 21 11 ±3 pp 1,373 online 5
Northfield Data October 16, 2026 29.8 33.9 23.4 12.9 ±2.5 pp 1,537 phone 4.1"""

ONE_LINE = "Harbor Research October 18, 2026 30.5 34.7 22.1 12.7 ±3.5 pp 800 telephone 4.2"


def test_the_shares_of_each_poll_row_are_read(extractor: Extractor) -> None:
    got = [f.value for f in extractor.extract(TABLE).figures]
    for v in (30.5, 34.7, 22.1, 12.7, 31, 36, 21, 11, 29.8, 33.9, 23.4, 12.9):
        assert v in got
    for v in (3.5, 800, 4.2, 1373, 2.5, 1537, 4.1, 38.2, 6.7):
        assert v not in got


def test_a_single_line_is_no_table() -> None:
    a = WeighedExtractor().analyse(ONE_LINE)
    assert row_runs.whole_runs(a) == frozenset()
