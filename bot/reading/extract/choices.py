"""Stage 2: answer, population and question for each detected figure, chosen among candidates.

Each cue that can name a label proposes a :class:`Choice` (its text, the rule or layout that produced
it, and features describing it). The fitted ``answer``, ``population`` and ``question`` models score
every candidate; the best one above the stage's floor wins, else the label is left empty so that a
moderator writes it. The winning candidate's source is kept as the label's provenance.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.learn import Model, model

KINDS = ("answer", "population", "question")


@dataclass(frozen=True, slots=True)
class Choice:
    kind: str
    text: str
    source: str  # the rule or cue that proposed it, e.g. "legacy", "row_label", "among"
    features: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Chosen:
    text: str
    source: str
    score: float
    why: list[tuple[str, float]]


def _base(kind: str, text: str, source: str, extra: dict[str, float] | None = None) -> Choice:
    words = text.split()
    f = {f"src={source}": 1.0, f"len={min(len(words), 9)}": 1.0}
    if not text:
        f["empty"] = 1.0
    if extra:
        f.update(extra)
    return Choice(kind, text, source, f)


def candidates(a: Analysis, n: Num, kind: str) -> list[Choice]:
    """Every proposal for one label of one figure (an empty proposal is always among them)."""
    out: list[Choice] = [_base(kind, "", "none")]
    if n.legacy is not None:
        out.append(_base(kind, getattr(n.legacy, kind), "legacy"))
    else:
        near = [m.legacy for m in a.numbers_by_sentence.get(n.sentence, []) if m.legacy is not None]
        if near and kind != "answer":
            out.append(_base(kind, getattr(near[0], kind), "legacy_sentence"))
        if kind != "answer":
            common = Counter(getattr(f, kind) for f in a.legacy.figures if getattr(f, kind))
            if common:
                out.append(_base(kind, common.most_common(1)[0][0], "legacy_passage"))
    return [c for i, c in enumerate(out) if c.text or i == 0]


def choose(a: Analysis, n: Num, kind: str, m: Model | None = None) -> Chosen:
    m = m or model(kind)
    best: Chosen | None = None
    for c in candidates(a, n, kind):
        s = m.margin(c.features)
        if best is None or s > best.score:
            best = Chosen(c.text, c.source, s, m.explain(c.features))
    assert best is not None
    return best
