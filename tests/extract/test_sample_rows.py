"""A pollster table's sample-size rows are counts, never figures (sample_rows.count_cell).

The table below is invented for these tests.
"""

from __future__ import annotations

from bot.reading.extract import Extractor

_TABLE = (
    "Northway Research / The Courier Survey Results Sample Size: 1210 adults "
    "Total Con Lab LD Male Female Weighted Sample 1210 402 388 96 590 620 "
    "Unweighted Sample 1210 415 371 88 601 609 % % % % % % "
    "Con 41 100 0 6 39 43 Lab 37 0 100 9 38 36 LD 8 0 0 80 7 9 Other 14 0 0 5 16 12"
)


def test_sample_rows_give_no_figures(extractor: Extractor) -> None:
    starts = {f.start for f in extractor.extract(_TABLE).figures}
    weighted = _TABLE.index("Weighted Sample")
    unweighted = _TABLE.index("Unweighted Sample")
    for value in ("96", "88"):
        at = _TABLE.index(value, weighted)
        assert at < _TABLE.index("% %")
        assert at not in starts
    assert _TABLE.index(" 96 ", weighted) + 1 not in starts
    assert _TABLE.index(" 88 ", unweighted) + 1 not in starts


def test_the_table_is_still_read(extractor: Extractor) -> None:
    values = [f.value for f in extractor.extract(_TABLE).figures]
    assert 41 in values and 37 in values
