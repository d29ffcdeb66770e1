"""CSV and JSON export."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest

from bot.polls.compare import compare
from bot.polls.export import csv_cell, from_json, to_csv, to_dict, to_json
from bot.polls.models import PollOption, PollResults, ReferenceSeries, Tally

CLOSED = datetime(2021, 8, 20, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Yes, a threat", "Yes, a threat"),
        ("a=b", "a=b"),
        (12.345, "12.35"),
        (None, ""),
        (7, "7"),
    ],
)
def test_csv_cell_escapes_formulas(value: object, cell: str) -> None:
    assert csv_cell(value) == cell


def test_csv_rows_and_injection(results: PollResults) -> None:
    rows = list(csv.reader(io.StringIO(to_csv(results))))
    assert rows[0][:8] == [
        "question",
        "subgroup",
        "n",
        "option",
        "votes",
        "share_pct",
        "ci95_low_pct",
        "ci95_high_pct",
    ]
    assert rows[0][8:] == ["published_pct: registered voters", "published_pct: 2020 Trump voters"]
    assert rows[1][1:] == ["", "50", "Yes, a threat", "11", "22.00", "12.75", "35.24", "60", "83"]
    biden = [r for r in rows if r[1] == "Joe Biden"]
    assert [r[3] for r in biden] == ["Yes, a threat", "No, not a threat", "Not sure"]
    trump = [r for r in rows if r[1] == "Donald Trump"]
    assert trump == [[results.question, "Donald Trump", "too few to report", "", "", "", "", ""]]

    evil = [PollOption(0, "=cmd|' /C calc'!A0"), PollOption(1, "@SUM(1+1)")]
    ref = ReferenceSeries("-population", None, {"=cmd|' /C calc'!A0": 50, "+other": 10})
    text = to_csv(compare("=1+1", evil, Tally({0: 1, 1: 2}), [ref], now=CLOSED))
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_exports_carry_no_identities() -> None:
    # PollResults has no field that could hold a voter; a tally made from ballots keeps none either.
    tally = Tally.from_ballots([(0, "secret-group")] * 3 + [(1, None)])
    r = compare("Q?", [PollOption(0, "a"), PollOption(1, "b")], tally, [], now=CLOSED)
    assert "secret-group" in to_json(r)  # the subgroup answer itself is shown, as "too small"
    assert '"n": null' in to_json(r)  # but not how many gave it
    assert "3" not in to_csv(r).split("secret-group")[1]


def test_json_round_trip(results: PollResults) -> None:
    text = to_json(results)
    data = json.loads(text)
    assert data["version"] == 1
    assert data["closed_at"] == "2021-08-20T12:00:00+00:00"
    assert data["verdicts"][1]["kind"] == "far_less"
    back = from_json(text)
    assert back == results
    assert to_dict(back) == data


def test_json_rejects_unknown_version(results: PollResults) -> None:
    data = to_dict(results)
    data["version"] = 99
    with pytest.raises(ValueError, match="version"):
        from_json(json.dumps(data))
