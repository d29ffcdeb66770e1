"""One option's waves written as a change: an earlier wave after the figure, or a chain, takes its answer."""

from __future__ import annotations

from bot.reading.extract import default_extractor


def _answers(text: str) -> dict[float, str]:
    return {f.value: f.answer for f in default_extractor().extract(text).figures}


def test_an_earlier_wave_written_after_the_figure_takes_its_answer() -> None:
    text = (
        "Governor Ada Quist's approval rating slipped to 41 percent from 45 percent in April and down from "
        "52 percent last month, the Fenwick College survey found."
    )
    got = _answers(text)
    assert got[41] == got[45] == got[52] == "approve"


def test_a_second_option_in_the_sentence_keeps_its_own_answer() -> None:
    text = (
        "In the latest Fenwick College poll, Labour rose to 38 per cent from 35 per cent, while the Greens "
        "fell from 12 per cent to 9 per cent."
    )
    got = _answers(text)
    assert got[38] == got[35] == "Labour"
    assert got[12] == got[9] == "Greens"
