"""Election and ballot results, results-only passages and seat sums are no poll figures (er26)."""

from __future__ import annotations

from bot.reading.extract.weighed import WeighedExtractor


def _values(text: str) -> list[float]:
    return [f.value for f in WeighedExtractor().extract(text).figures]


def test_a_seat_sum_is_no_figure() -> None:
    text = (
        "Seat options from the projection:\n  • Right – Blue 50 + Amber 3 = 53/110 – two short\n"
        "  • Left – Red 44 + Teal 6 = 50/110\nIn the poll of 900 voters Blue is on 41% and Red on 35%."
    )
    assert _values(text) == [41.0, 35.0]


def test_a_past_ballot_and_a_past_run_off_are_no_figures() -> None:
    text = (
        "Last spring, Elmford voters approved the pool levy 57% to 43%. The mayor won with 54.5% against "
        "45.5%. A new Harbor Polling survey of 700 adults finds 48% would back a second levy and 44% would not."
    )
    assert _values(text) == [48.0, 44.0]


def test_a_results_report_with_no_poll_gives_nothing() -> None:
    text = (
        "Election results: with all votes counted, the Coastal Party polled about 23 per cent but won only "
        "4 seats, while the Forest Alliance took 41 per cent. Turnout was 61 per cent."
    )
    assert _values(text) == []
