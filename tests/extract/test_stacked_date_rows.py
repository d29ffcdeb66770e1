"""A tracker copied one cell a line whose rows open with a bare date ("11/3/24") and a signed net cell.

The date line holds no number candidate (a date is no share), so it used to end the run of stacked cells
and every row lost its column's header: each share took no answer. Text written for this test; the
figures are invented.
"""

from __future__ import annotations

from bot.reading.extract import Extractor

TRACKER = """Governor Hale approval, Keystone Research tracking poll, 2024

Daily tracking of the governor's job rating

Date
Net approval
Strongly approve
Somewhat approve
Somewhat disapprove
Strongly disapprove

11/3/24
-5
20%
24%
19%
30%

10/27/24
-3
21%
25%
18%
31%

10/20/24
-8
18%
24%
20%
30%
"""

OPTIONS = ["Strongly approve", "Somewhat approve", "Somewhat disapprove", "Strongly disapprove"]


def test_each_stacked_row_takes_its_columns_headers(extractor: Extractor) -> None:
    figures = extractor.extract(TRACKER).figures
    assert [f.value for f in figures] == [20, 24, 19, 30, 21, 25, 18, 31, 18, 24, 20, 30]
    assert [f.answer for f in figures] == OPTIONS * 3
    assert len({f.group for f in figures}) == 3


CANDIDATES = """Ridgeline Polling tracker, 2024

Weekly readings

Date
Spread
Dana Whitfield
Marcus Obi
Lena Park
Tom Reyes

10/28/24
+4
44%
40%
6%
3%

10/21/24
+2
43%
41%
7%
3%
"""


def test_candidate_columns_are_options_not_people(extractor: Extractor) -> None:
    """With no universe written, the population ranker read each candidate's column header as the people
    asked, and the answer, equal to it, was dropped as naming who answered."""
    figures = extractor.extract(CANDIDATES).figures
    names = ["Dana Whitfield", "Marcus Obi", "Lena Park", "Tom Reyes"]
    assert [f.answer for f in figures] == names * 2
    assert not {f.population for f in figures} & set(names)


RATING_TRACKER = """Civic Pulse, December 1, 2026

Hale Job Approval Tracker

Date
Net
Strongly Approve
Somewhat Approve
Somewhat Disapprove
Strongly Disapprove
""" + "".join(
    f"\n{date}\n{net}\n" + "".join(f"{v}%\n" for v in row)
    for date, net, row in (
        ("11/30/26", -5, (20, 24, 19, 30)),
        ("11/23/26", -3, (21, 25, 18, 31)),
        ("11/16/26", -4, (20, 25, 18, 31)),
        ("11/9/26", -6, (19, 25, 19, 31)),
    )
)


def test_stacked_rows_take_the_title_above_their_headers(extractor: Extractor) -> None:
    """The title names what every row rates, however many rows and header cells lie between: the
    nearest line of words above a row is a header cell or a date, not the table's title."""
    figures = extractor.extract(RATING_TRACKER).figures
    assert len(figures) == 16
    assert {f.question for f in figures} == {"Do you approve or disapprove of the job Hale is doing?"}


TOTALS_TRACKER = """Daily tracking of the governor, one row a day

Date
Total Approve
Total Disapprove
Strongly Approve
Strongly Disapprove

11/30/26
48%
51%
30%
42%

11/29/26
47%
52%
29%
43%
"""


def test_an_options_total_is_an_answer_not_people(extractor: Extractor) -> None:
    """ "Total Approve" heads the column of an option's summed parts: it is the cells' answer, never
    their population (nor, for being taken as one, refused as an answer that names who answered)."""
    figures = extractor.extract(TOTALS_TRACKER).figures
    # (in any case: since tb26 the two dated rows are read as one table, whose axis writes the options as
    # the other tables' options, "total approve")
    assert [f.answer.lower() for f in figures] == [
        "total approve",
        "total disapprove",
        "strongly approve",
        "strongly disapprove",
    ] * 2
    assert not any("total" in f.population.lower() for f in figures)
    assert not any(f.question.lower().startswith("what did") for f in figures)
