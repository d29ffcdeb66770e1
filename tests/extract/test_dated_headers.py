"""A pipe table's header cell that ends in the date it compares with ("Change since 3-4 June") is still a
header row (layout._in_date). Tables written for these tests, with invented people and figures."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor

_TABLE = (
    "All three leaders slipped a little in their ratings this week:\n"
    "Approve | Disapprove | Net | Change in net since 3-4 June | ||||||\n"
    "Tom Harrow | 31% | 40% | -9% | -2 | |||||\n"
    "Lena Voss | 25% | 52% | -27% | +1 | |||||\n"
    "Otto Brisk | 14% | 21% | -7% | -3 |\n"
)


def test_a_dated_change_column_keeps_the_header() -> None:
    figs = {f.start: f for f in WeighedExtractor().extract(_TABLE).figures}
    voss = figs[_TABLE.index("25%")]
    assert voss.answer == "approve"
    assert voss.question == "Do you approve or disapprove of the job Lena Voss is doing?"
    assert figs[_TABLE.index("52%")].answer == "disapprove"


def test_a_count_in_a_header_cell_is_no_date() -> None:
    text = _TABLE.replace("since 3-4 June", "since 3-4 more")
    figs = {f.start: f for f in WeighedExtractor().extract(text).figures}
    assert figs[text.index("25%")].answer != "approve"
