"""A tracker whose header is one line of single-spaced words over rows that open with a date range, a
pollster and a sample before the share columns.

The header has more words than each row has numbers, so a one-word-a-column reading of it fails; its
last words name the share columns that close every row. The header line is also a run of capitalised
words, which must not be read as someone's full name ("Dates Pollster Lane Ortiz" for "Ortiz"), and a
month's abbreviation opening a row ("Sept.") is a date, never an option. Text written for this test;
the names and figures are invented.
"""

from __future__ import annotations

from bot.reading.extract import Extractor
from bot.reading.extract.label_check import answer_problem
from bot.reading.extract.tables import names_a_column

RACE = """Recent polls of the Fremont Senate race

Field Dates Pollster Sample Size Lane Ortiz Other
Oct. 2 - 5 Harbor Research 612 LV 47% 44% 9%
Sept. 24 - 28 Summit Analytics 800 RV 45% 45% 10%
Sept. 9 - 12 Cardinal Polling 505 LV 48% 43% 9%
"""

MEASURE = """Ballot measure polling

Coastal Parks Bond Act, Measure 14 (2026)
Poll Dates Sample Support Oppose Undecided Margin
Average of 3 polls 52.0% 39.0% 9.0% +13.0
Oct. 2 - 5 Harbor Research 600 LV 53% 38% 9% +15
Sept. 20 - 24 Summit Analytics 512 RV 50% 40% 10% +10
Sept. 1 - 3 Cardinal Polling 700 LV 53% 39% 8% +14
"""


def test_header_words_name_the_share_columns(extractor: Extractor) -> None:
    figures = extractor.extract(RACE).figures
    assert [f.value for f in figures] == [47, 44, 9, 45, 45, 10, 48, 43, 9]
    assert [f.answer for f in figures] == ["Lane", "Ortiz", "other"] * 3


def test_measure_tracker_asks_the_measure(extractor: Extractor) -> None:
    figures = extractor.extract(MEASURE).figures
    # (the "Average of 3 polls" row is a summary across polls, no figure: the shared README, summary_rows)
    assert [f.value for f in figures] == [53, 38, 9, 50, 40, 10, 53, 39, 8]
    assert [f.answer for f in figures] == ["support", "oppose", "undecided"] * 3
    assert all("Measure 14" in f.question for f in figures)


def test_a_header_line_is_no_full_name() -> None:
    assert names_a_column("Field Dates Pollster Lane Ortiz")
    assert names_a_column("Sample Size")
    assert not names_a_column("Maria Lane Ortiz")


def test_a_month_abbreviation_names_no_option() -> None:
    assert answer_problem("Sept") is not None
    assert answer_problem("Oct.") is not None
    assert answer_problem("May") is None  # a surname as often as a month
