"""Tables that print the percent sign on their first row only (percent_once): the bare later rows are read
as the table's rows, under its header of waves. The tables are written for these tests."""

from __future__ import annotations

from bot.reading.extract import Extractor

TREND = (
    "Harbour City residents were asked about the ferry service in the spring survey of 700 adults.\n\n"
    "Is the ferry service getting better, getting worse, or staying about the same?\n"
    "(Among all adults)\n"
    "Now 11/2025 5/2025 11/2024\n"
    "Getting better 22% 25% 29% 31%\n"
    "Getting worse 41 36 30 27\n"
    "About the same 33 35 37 38\n"
    "Interviews 700 712 690 705\n"
)


def test_bare_rows_under_a_marked_row_are_figures(extractor: Extractor) -> None:
    values = [f.value for f in extractor.extract(TREND).figures]
    for v in (41, 36, 30, 27, 33, 35, 37, 38):
        assert v in values
    assert not any(v > 100 for v in values)  # the interviews row is a count


def test_each_wave_is_its_own_group_and_now_is_the_main_poll(extractor: Extractor) -> None:
    figs = {
        (f.answer.lower(), f.value): f
        for f in extractor.extract(TREND).figures
        if f.start > TREND.index("Now")
    }
    now = figs[("getting worse", 41)]
    assert now.when is None
    assert figs[("getting worse", 36)].when == "11/2025"
    assert figs[("getting better", 25)].group == figs[("getting worse", 36)].group
    assert figs[("getting better", 22)].group == now.group != figs[("getting worse", 36)].group


def test_the_note_above_names_the_people(extractor: Extractor) -> None:
    figs = [f for f in extractor.extract(TREND).figures if f.start > TREND.index("Now")]
    assert {f.population for f in figs} == {"all adults"}


def test_a_row_whose_columns_pass_a_whole_is_no_share() -> None:
    from bot.reading.extract import default_extractor

    text = "Budget survey\nNow 2025 2024\nSupport for the plan 48% 51%\nMean score 62 70\n"
    values = [f.value for f in default_extractor().extract(text).figures]
    assert 62 not in values and 70 not in values
