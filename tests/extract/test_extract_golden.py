"""Golden files: one hard passage per file, written for the project, with the figures it must find and
the groups and labels it should produce.

The figures must come out exactly (value and span). Groups and labels are chosen by fitted weights, so
they are held to per-file floors rather than to the letter: a refit may reword a label, not lose it.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from bot.reading.extract import Extractor, extraction_to_json
from bot.reading.extract.scoring import match, token_f1

GOLDEN = Path(__file__).parent / "data" / "golden"
GROUP_FLOOR = 0.85
LABEL_FLOOR = 0.75


def _group_f1(pairs: list[tuple[dict[str, object], dict[str, object]]]) -> float:
    tp = fp = fn = 0
    for (g1, p1), (g2, p2) in itertools.combinations(pairs, 2):
        same_gold, same_pred = g1["group"] == g2["group"], p1["group"] == p2["group"]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)


@pytest.mark.parametrize("name", sorted(p.stem for p in GOLDEN.glob("*.txt")))
def test_golden(name: str, extractor: Extractor) -> None:
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((GOLDEN / f"{name}.expected.json").read_text(encoding="utf-8"))
    for f in expected["figures"]:
        assert text[f["start"] : f["end"]] == f["text"]
    got = extraction_to_json(extractor.extract(text))["figures"]
    want = expected["figures"]
    assert [(f["value"], f["start"], f["end"]) for f in got] == [
        (float(f["value"]), f["start"], f["end"]) for f in want
    ]
    pairs = match(want, got)
    assert _group_f1(pairs) >= GROUP_FLOOR
    for kind in ("population", "answer"):
        if not pairs:
            break
        mean = sum(token_f1(p[kind], g[kind]) for g, p in pairs) / max(1, len(pairs))
        assert mean >= LABEL_FLOOR, f"{name}: {kind} {mean:.2f}"
