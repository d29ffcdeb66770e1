"""reach: the final label, the rankers' pick and the best candidate, scored on labelled figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.reading.extract import reach

# Invented: a city poll with one approval pair.
TEXT = (
    "A Harbor Polling survey of 600 registered voters in Lakeland, taken last week, found that 52% "
    "approve of the job Mayor Dana Ortiz is doing, while 41% disapprove."
)


def _record(**labels: str) -> dict[str, object]:
    figures = []
    for value in ("52", "41"):
        start = TEXT.index(value + "%")
        figures.append(
            {"value": float(value), "start": start, "end": start + len(value) + 1, "group": 1, **labels}
        )
    return {"id": "reach-1", "text": TEXT, "figures": figures}


def test_scores_every_kind_with_reach_at_least_the_rankers_pick() -> None:
    got = reach.reach([_record(population="registered voters", answer="approve", question="Mayor approval")])
    assert set(got) == {"population", "answer", "question"}
    for r in got.values():
        assert r.figures == 2
        assert 0.0 <= r.final <= 1.0
        assert r.ranker <= r.best <= 1.0


def test_a_label_no_candidate_holds_has_no_reach() -> None:
    got = reach.reach([_record(population="zzyzx qwv", answer="zzyzx qwv", question="zzyzx qwv")])
    assert all(r.final == r.ranker == r.best == 0.0 for r in got.values())


def test_no_figures_found_scores_nothing() -> None:
    got = reach.reach([{"id": "none", "text": "Nothing polled here.", "figures": []}])
    assert all(r.figures == 0 and r.best == 0.0 for r in got.values())


def test_command_line_prints_each_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "set.jsonl"
    f.write_text(json.dumps(_record(population="registered voters", answer="approve", question="")) + "\n")
    assert reach.main([str(f)]) == 0
    out = capsys.readouterr().out
    assert "1 passages, 2 labelled figures found" in out
    for kind in ("population", "answer", "question"):
        assert kind in out and "reach" in out
