"""Toplines flattened onto one line: their tables read back (bot/reading/extract/flat_toplines.py)."""

from __future__ import annotations

from bot.reading.extract import flat_toplines
from bot.reading.extract.weighed import WeighedExtractor

RELEASE = (
    "Harrow Point Poll, 912 Ohio adults, May 2-6, 2026, margin +/- 3.9 points, design effect 1.4. "
    "Q2. Do you approve or disapprove of the job Mike DeWine is doing as governor? Approve Disapprove "
    "No opinion May 2-6, 2026 51% 37% 12% Jan. 9-13, 2026 49% 38% 13% Q2a. Is that strongly or somewhat? "
    "Q2b. Is that strongly or somewhat? COMBO TABLE May 2026 Jan. 2026 Approve strongly 22% 20% "
    "Approve somewhat 29% 29% Disapprove somewhat 15% 17% Disapprove strongly 22% 21% (vol.) Don't know 12% 13%"
)


def _cells(text: str) -> dict[str, list[tuple[str, str | None, str | None]]]:
    a = WeighedExtractor().analyse(text)
    out: dict[str, list[tuple[str, str | None, str | None]]] = {}
    for idx, cell in flat_toplines.cells(a).items():
        n = a.numbers[idx]
        out.setdefault(text[n.start : n.end], []).append((cell.answer, cell.wave, cell.question))
    return out


def test_dated_rows_take_the_header_option_and_the_row_date() -> None:
    got = _cells(RELEASE)
    question = "Do you approve or disapprove of the job Mike DeWine is doing as governor?"
    assert got["51"] == [("Approve", None, question)]
    assert got["38"] == [("Disapprove", "Jan. 9-13, 2026", question)]
    assert ("No opinion", "Jan. 9-13, 2026", question) in got["13"]


def test_dated_columns_take_the_row_option_and_the_column_wave() -> None:
    got = _cells(RELEASE)
    assert got["29"] == [
        ("Approve somewhat", None, got["29"][0][2]),
        ("Approve somewhat", "Jan. 9-13, 2026", got["29"][0][2]),
    ]
    # the combined table after two sub-questions answers their parent question
    assert got["29"][0][2] == "Do you approve or disapprove of the job Mike DeWine is doing as governor?"
    assert ("Don't know", None, got["29"][0][2]) in got["12"]


def test_methodology_numbers_are_no_cells() -> None:
    got = _cells(RELEASE)
    assert "912" not in got and "3.9" not in got and "1.4" not in got


def test_the_extractor_groups_a_row_and_labels_its_options() -> None:
    figures = WeighedExtractor().extract(RELEASE).figures
    first = [f for f in figures if f.start in {RELEASE.index("51%"), RELEASE.index("37%")}]
    assert [f.answer.lower() for f in first] == ["approve", "disapprove"]
    assert len({f.group for f in first}) == 1
    # item numbers ("Q2.") and the sample are never figures
    assert not any(f.value in (912, 2) for f in figures)


def test_prose_with_dates_has_no_flat_table() -> None:
    text = (
        "In a poll taken May 2-6, 2026, 51% approved of the governor and 37% disapproved, "
        "compared with 49% and 38% in a January 9-13, 2026 survey of 900 adults."
    )
    assert _cells(text) == {}
