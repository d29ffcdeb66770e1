"""The extractor against the project's own labelled passages (written for these tests)."""

from __future__ import annotations

from pathlib import Path

from bot.reading.extract.rules import RuleExtractor
from tests.extract.scoring import load, score

CASES = Path(__file__).parent / "data" / "cases.jsonl"


def test_cases_file_is_large_enough() -> None:
    records = load(CASES)
    assert len(records) >= 40
    negatives = [r for r in records if not r["figures"]]
    assert len(negatives) >= 8
    for r in records:
        for f in r["figures"]:
            written = r["text"][f["start"] : f["end"]]
            assert written and (written[0].isdigit() or written[0].isalpha()), (r["id"], written)


def test_cases_meet_the_standard(extractor: RuleExtractor) -> None:
    s = score(load(CASES), extractor)
    assert s.figure_f1 >= 0.95, s.misses
    assert s.group_f1 >= 0.90
    assert s.population >= 0.75
    assert s.answer >= 0.55
    assert s.question >= 0.55


def test_negative_cases_yield_nothing(extractor: RuleExtractor) -> None:
    for r in load(CASES):
        if not r["figures"]:
            assert extractor.extract(r["text"]).figures == (), r["id"]
