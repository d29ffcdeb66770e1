"""group_votes: a side's share of one group's vote answers with the side (invented names and figures)."""

from __future__ import annotations

from bot.reading.extract import default_extractor, extraction_to_json


def _labels(text: str) -> list[tuple[float, str, str]]:
    out = extraction_to_json(default_extractor().extract(text))
    return [(f["value"], f["answer"], f["population"]) for f in out["figures"]]


def test_listed_group_votes_take_the_subject_and_the_groups_voters() -> None:
    got = _labels(
        "The Tarn Research exit poll of 2,400 voters in Velmora says the Green Alliance may get 46 pc "
        "farmer votes, 38 pc trader votes and 51 pc tribal votes."
    )
    assert (46.0, "Green Alliance", "farmer voters") in got
    assert (51.0, "Green Alliance", "tribal voters") in got


def test_a_named_side_is_kept() -> None:
    got = _labels("A Tarn poll of 600 voters found Ruiz at 45% and Vale at 40%.")
    assert [a for _, a, _ in got] == ["Ruiz", "Vale"]
