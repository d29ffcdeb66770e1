"""Stage 1: which number candidates are poll figures.

Each candidate is described by named cues (see :mod:`bot.reading.extract.cues`) and layout facts; the
fitted ``figure`` model weighs them. The rule extractor's keep-or-drop decision is one cue among them.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.learn import Model, model

THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class Detected:
    num: Num
    prob: float
    features: dict[str, float]


def figure_features(a: Analysis, n: Num) -> dict[str, float]:
    c = n.cand
    f: dict[str, float] = {}
    f["legacy_kept"] = 1.0 if n.legacy is not None else 0.0
    f["marked"] = 1.0 if c.marked else 0.0
    f["spelled"] = 1.0 if c.spelled else 0.0
    f["paired"] = 1.0 if c.partner is not None else 0.0
    f["over_100"] = 1.0 if c.value > 100 else 0.0
    f["fraction"] = 1.0 if c.value != int(c.value) else 0.0
    f["year_like"] = 1.0 if 1900 <= c.value <= 2100 and c.value == int(c.value) else 0.0
    return f


def detect(a: Analysis, m: Model | None = None) -> list[Detected]:
    m = m or model("figure")
    out: list[Detected] = []
    for n in a.numbers:
        feats = figure_features(a, n)
        p = m.prob(feats)
        if p >= THRESHOLD:
            out.append(Detected(n, p, feats))
    return out
