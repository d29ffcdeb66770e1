"""Golden files: one hard passage per file, with the figures, groups and labels it must produce."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.reading.extract import Extractor

GOLDEN = Path(__file__).parent / "data" / "golden"
CHECKED = ("value", "start", "end", "group", "population", "answer", "when")


@pytest.mark.parametrize("name", sorted(p.stem for p in GOLDEN.glob("*.txt")))
def test_golden(name: str, extractor: Extractor) -> None:
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((GOLDEN / f"{name}.expected.json").read_text(encoding="utf-8"))
    got = extractor.extract(text)
    actual = [{k: getattr(f, k) for k in CHECKED} for f in got.figures]
    assert actual == [{k: f[k] for k in CHECKED} for f in expected["figures"]]
    for f in expected["figures"]:
        assert text[f["start"] : f["end"]] == f["text"]
    assert {g.id: g.question for g in got.groups} == expected["questions"]
