"""Weighing evidence: sparse logistic models whose weights are fitted on labelled real passages.

A stage describes each choice (is this number a figure? is this phrase the answer? do these two figures
share a group?) as a dict of named features, each one a cue from the rule table or a fact about the
layout. The model adds up the fitted weights of the cues present and squashes the sum to a
probability, so competing cues are weighed against one another instead of being tried in a fixed order.

Weights live in ``weights.json`` beside this module; ``python -m bot.reading.extract.fit`` refits them
from the labelled corpora (see :mod:`bot.reading.extract.fit`). Fitting needs numpy; scoring does not.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat
from operator import mul
from pathlib import Path

Features = Mapping[str, float]

WEIGHTS_PATH = Path(__file__).with_name("weights.json")


@dataclass(slots=True)
class Model:
    """One stage's fitted weights. Unknown features weigh nothing."""

    name: str
    bias: float = 0.0
    weights: dict[str, float] = field(default_factory=dict)

    def margin(self, feats: Features) -> float:
        # The weighted sum in the features' order, term by term as w * v (mapped in C: this is scored
        # for every candidate label of every figure and every pair of figures).
        total: float = sum(map(mul, map(self.weights.get, feats, repeat(0.0)), feats.values()))
        return self.bias + total

    def prob(self, feats: Features) -> float:
        z = self.margin(feats)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def explain(self, feats: Features, top: int = 6) -> list[tuple[str, float]]:
        """The features that moved this decision most, with their contribution."""
        contributions = map(mul, map(self.weights.get, feats, repeat(0.0)), feats.values())
        parts = [(k, c) for k, c in zip(feats, contributions, strict=True) if c != 0.0]
        parts.sort(key=_largest_first)
        return parts[:top]


def _largest_first(part: tuple[str, float]) -> float:
    return -abs(part[1])


def fit_logistic(
    name: str,
    rows: Sequence[Features],
    targets: Sequence[float],
    *,
    l2: float = 1.0,
    iterations: int = 400,
    sample_weights: Sequence[float] | None = None,
) -> Model:
    """Fit a logistic model by Newton's method (targets may be soft, in [0, 1])."""
    import numpy as np

    names = sorted({k for r in rows for k in r})
    col = {k: i for i, k in enumerate(names)}
    n, d = len(rows), len(names) + 1
    x = np.zeros((n, d))
    x[:, -1] = 1.0
    for i, r in enumerate(rows):
        for k, v in r.items():
            x[i, col[k]] = v
    y = np.asarray(targets, dtype=float)
    sw = np.ones(n) if sample_weights is None else np.asarray(sample_weights, dtype=float)
    w = np.zeros(d)
    reg = np.full(d, l2)
    reg[-1] = 1e-6  # the bias is not shrunk
    for _ in range(iterations):
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad = x.T @ (sw * (p - y)) + reg * w
        h = (x * (sw * p * (1 - p))[:, None]).T @ x + np.diag(reg)
        step = np.linalg.solve(h, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-7:
            break
    weights = {k: round(float(w[i]), 5) for k, i in col.items() if abs(w[i]) > 1e-5}
    return Model(name, round(float(w[-1]), 5), weights)


def save(
    models: Mapping[str, Model], path: Path = WEIGHTS_PATH, meta: Mapping[str, object] | None = None
) -> None:
    data: dict[str, object] = {"meta": dict(meta or {})}
    data["models"] = {
        m.name: {"bias": m.bias, "weights": dict(sorted(m.weights.items()))} for m in models.values()
    }
    path.write_text(json.dumps(data, indent=1, sort_keys=False) + "\n", encoding="utf-8")


# Models and meta in use instead of the committed file (the fit's trial runs; never set in the bot).
_override: tuple[dict[str, Model], dict[str, object]] | None = None


def use(models: dict[str, Model] | None, meta: dict[str, object] | None = None) -> None:
    """Score with these models (``None``: back to weights.json) without writing them anywhere."""
    global _override
    _override = None if models is None else (models, dict(meta or {}))


@cache
def load(path: Path = WEIGHTS_PATH) -> dict[str, Model]:
    """The committed weights; an absent file or stage gives an empty model (all weights zero)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {
        name: Model(name, float(m.get("bias", 0.0)), {k: float(v) for k, v in m.get("weights", {}).items()})
        for name, m in data.get("models", {}).items()
    }


def load_meta(path: Path = WEIGHTS_PATH) -> dict[str, object]:
    """What the fit recorded beside the weights (thresholds, training description)."""
    if _override is not None:
        return _override[1]
    return _meta_file(path)


@cache
def _meta_file(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    meta = data.get("meta", {})
    return meta if isinstance(meta, dict) else {}


def reload() -> None:
    """Forget the cached weights file (after the fit writes it)."""
    load.cache_clear()
    _meta_file.cache_clear()


def model(name: str) -> Model:
    models = _override[0] if _override is not None else load()
    return models.get(name) or Model(name)
