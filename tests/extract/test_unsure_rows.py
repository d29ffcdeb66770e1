"""A no-view option of two forms kept whole, and one answer for every share of a crosstab row
(all invented text)."""

from __future__ import annotations

from bot.reading.extract import default_extractor


def _answers(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.answer) for f in default_extractor().extract(text).figures]


def test_a_flattened_toplines_compound_no_view_row_is_kept_whole() -> None:
    text = (
        "q4 Do you approve or disapprove of the job Carla Voss is doing as Governor? Strongly Approve 310 21% "
        "Somewhat Approve 402 27% Somewhat Disapprove 190 13% Strongly Disapprove 480 32% "
        "Don’t Know / No Opinion 104 7% q5 Is the state headed in the right direction?"
    )
    assert (7, "don't know / no opinion") in _answers(text)


def test_a_compound_after_the_share_is_kept_whole() -> None:
    text = "Asked about Governor Voss, 41% of Harlow voters approve, 45% disapprove and 14% don't know / no opinion."
    assert _answers(text)[2] == (14, "don't know / no opinion")


def test_a_single_no_view_form_stays_as_it_is() -> None:
    text = "Asked about Governor Voss, 41% of Harlow voters approve, 45% disapprove and 14% are not sure."
    assert _answers(text)[2] == (14, "not sure")


def test_every_share_of_a_long_crosstab_row_takes_the_rows_label() -> None:
    cols = "Total Dem Rep Other Men Women Lib Mod Conserv North South East West Young Middle Old Cath Prot"
    n = len(cols.split())
    text = "\n".join(
        [
            "Q3. Is Westmark on the right track, or is it headed in the wrong direction?",
            cols,
            "Right track " + " ".join(f"{40 + i % 9}%" for i in range(n)),
            "Wrong direction " + " ".join(f"{45 + i % 7}%" for i in range(n)),
            "Don't know/No opinion " + " ".join(f"{5 + i % 6}%" for i in range(n)),
        ]
    )
    got = _answers(text)
    assert {ans.lower() for _, ans in got[-n:]} == {"don't know/no opinion"}
