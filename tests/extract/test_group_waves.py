"""Grouping of earlier waves and of two results in one paragraph, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

from bot.reading.extract import Extractor, extraction_to_json


def _figures(extractor: Extractor, text: str) -> dict[float, dict[str, Any]]:
    return {f["value"]: f for f in extraction_to_json(extractor.extract(text))["figures"]}


def test_an_earlier_reading_without_its_time_joins_the_named_earlier_wave(extractor: Extractor) -> None:
    got = _figures(
        extractor,
        "Ashford Research's weekly poll has Labour on 31% and Reform on 26%, compared with 28% and 29% a "
        "month ago. The Greens are on 13%, up from 9%.",
    )
    assert got[28]["when"] and got[29]["when"] and got[9]["when"]
    assert got[28]["group"] == got[29]["group"] == got[9]["group"]
    assert got[31]["group"] == got[26]["group"] == got[13]["group"] != got[28]["group"]


def test_a_ballot_restated_for_another_ballot_is_two_groups(extractor: Extractor) -> None:
    # 34 is about 18 + 17, but those are one party's two readings, not a net's two parts. (A sum of two
    # parties' shares by chance, 36 against 20 + 17, still passes for a net: the share limit then lets the
    # two ballots join.)
    got = _figures(
        extractor,
        "A new Norloch Research poll puts the SNP ahead at Holyrood. On the constituency vote the SNP is on "
        "34%, Labour 20% and Reform UK 18%. On the regional list the SNP's lead is smaller: SNP 28%, Labour "
        "19%, Reform UK 17%, Scottish Greens 11%.",
    )
    assert got[34]["group"] == got[20]["group"] == got[18]["group"]
    assert got[28]["group"] == got[19]["group"] == got[17]["group"] == got[11]["group"]
    assert got[34]["group"] != got[28]["group"]


def test_a_legend_for_the_changes_is_no_earlier_wave(extractor: Extractor) -> None:
    got = _figures(
        extractor,
        "The Harbour Polling tracker, with changes on the previous poll: Labour 29% (+1), Reform 27% (-2), "
        "Conservatives 18% (nc), Lib Dems 13% (+1).",
    )
    assert not any(got[v].get("when") for v in (29, 27, 18, 13))
    assert got[29]["group"] == got[27]["group"] == got[18]["group"] == got[13]["group"]


def test_the_two_numbers_of_an_earlier_split_are_one_earlier_reading(extractor: Extractor) -> None:
    got = _figures(
        extractor,
        "Dana Whitfield leads Marcus Oyelaran 49-45 among likely voters in the new Larchmont College poll, "
        "up from 47-46 in June. In the race for governor, Ruth Amsel leads Carl Dorn 44-41, compared with "
        "42-40 in the spring.",
    )
    assert got[47]["when"] and got[47]["when"] == got[46]["when"]
    assert got[42]["when"] and got[42]["when"] == got[40]["when"]
    assert got[47]["group"] == got[46]["group"] != got[49]["group"]
    assert got[42]["group"] == got[40]["group"] != got[44]["group"]
    assert not got[49].get("when") and not got[45].get("when") and not got[44].get("when")
