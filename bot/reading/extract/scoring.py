"""Scoring helpers for the extractor tests: the same metrics as the shared corpus scorer.

A predicted figure matches a labelled one when the value is equal and the spans overlap; grouping is
scored on pairs of matched figures; labels by token F1.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.reading.extract import Extractor, extraction_to_json
from bot.reading.extract.vocab import LABEL_STOPWORDS

STOP = LABEL_STOPWORDS | {"who", "say", "says", "said"}


def tokens(s: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (s or "").lower()) if w not in STOP}


def token_f1(pred: str | None, gold: str | None) -> float:
    p, g = tokens(pred), tokens(gold)
    if not p and not g:
        return 1.0
    common = len(p & g)
    if not common:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


def f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def match(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    used: set[int] = set()
    for g in gold:
        for i, p in enumerate(pred):
            if i in used:
                continue
            if (
                abs(float(p["value"]) - float(g["value"])) < 1e-6
                and p["start"] < g["end"]
                and g["start"] < p["end"]
            ):
                pairs.append((g, p))
                used.add(i)
                break
    return pairs


@dataclass(frozen=True)
class Scores:
    figure_f1: float
    group_f1: float
    population: float
    answer: float
    question: float
    misses: tuple[str, ...]


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(records: list[dict[str, Any]], extractor: Extractor) -> Scores:
    n_gold = n_pred = n_hit = 0
    tp = fp = fn = 0
    pops: list[float] = []
    answers: list[float] = []
    qs: list[float] = []
    misses: list[str] = []
    for r in records:
        gold = r["figures"]
        pred = extraction_to_json(extractor.extract(r["text"]))["figures"]
        pairs = match(gold, pred)
        n_gold, n_pred, n_hit = n_gold + len(gold), n_pred + len(pred), n_hit + len(pairs)
        for (g1, p1), (g2, p2) in itertools.combinations(pairs, 2):
            same_gold, same_pred = g1["group"] == g2["group"], p1["group"] == p2["group"]
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
        for g, p in pairs:
            pops.append(token_f1(p["population"], g["population"]))
            answers.append(token_f1(p["answer"], g["answer"]))
            qs.append(token_f1(p["question"], g["question"]))
        hit = {id(g) for g, _ in pairs}
        misses += [f"{r['id']}: miss {g['value']}" for g in gold if id(g) not in hit]
        hitp = {id(p) for _, p in pairs}
        misses += [f"{r['id']}: false {p['value']}" for p in pred if id(p) not in hitp]
    prec = n_hit / n_pred if n_pred else 1.0
    rec = n_hit / n_gold if n_gold else 1.0
    lp = tp / (tp + fp) if tp + fp else 1.0
    lr = tp / (tp + fn) if tp + fn else 1.0

    def mean(xs: list[float]) -> float:
        return sum(xs) / len(xs) if xs else 0.0

    return Scores(f1(prec, rec), f1(lp, lr), mean(pops), mean(answers), mean(qs), tuple(misses))
