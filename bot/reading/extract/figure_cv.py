"""Cross-validate the figure stage on the training part: an honest estimate for passages it never saw.

    python -m bot.reading.extract.figure_cv            # 5 folds by passage, L2 as fitted
    python -m bot.reading.extract.figure_cv --l2 3 --show

The training passages (never the held-out part) are split into folds by a hash of their id; the
figure model is fitted on all folds but one and scored on that one, pairs decided together as in
:func:`figures.detect`. A labelled figure with no candidate at all counts as a miss. ``--show`` lists
the errors with the features that decided them. Scores on the passages the model was fitted on
(``fit --report``) are far higher than these: this is the number to compare changes by.
"""

from __future__ import annotations

import argparse
import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass

from bot.reading.extract import corpus, figures, learn
from bot.reading.extract.analysis import Analysis
from bot.reading.extract.fit import gold_for, without_legacy
from bot.reading.extract.weighed import WeighedExtractor


@dataclass(slots=True)
class _Case:
    passage: corpus.Passage
    fold: int
    analysis: Analysis
    rows: list[dict[str, float]]
    gold: set[int]


def _margins(a: Analysis, rows: Sequence[dict[str, float]], m: learn.Model) -> list[float]:
    joint = figures.joint_margins(a, {i: m.margin(r) for i, r in enumerate(rows)})
    return [joint[i] for i in range(len(rows))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=figures.L2)
    ap.add_argument("--show", action="store_true", help="list each error with its deciding features")
    args = ap.parse_args(argv)
    ex = WeighedExtractor()
    cases: list[_Case] = []
    for p in corpus.training():
        a = ex.analyse(p.text)
        gold = gold_for(a, p.figures)
        rows = [figures.figure_features(a, n) for n in a.numbers]
        fold = int(hashlib.sha256(p.id.encode()).hexdigest(), 16) % args.folds
        cases.append(_Case(p, fold, a, rows, set(gold)))
    counts = {"all": [0, 0, 0], "shared": [0, 0, 0]}  # tp, fp, fn
    for k in range(args.folds):
        train = [(r, 1.0 if i in c.gold else 0.0) for c in cases if c.fold != k for i, r in enumerate(c.rows)]
        rows, ys, weights = without_legacy([r for r, _ in train], [y for _, y in train])
        m = learn.fit_logistic("figure", rows, ys, l2=args.l2, sample_weights=weights)
        for c in (c for c in cases if c.fold == k):
            zs = _margins(c.analysis, c.rows, m)
            kept = {i for i, z in enumerate(zs) if z >= 0 and not figures.ruled_out(c.rows[i])}
            tp = len(kept & c.gold)
            scored = (tp, len(kept - c.gold), len(c.passage.figures) - tp)
            for name in ("all", "shared") if c.passage.corpus != "own" else ("all",):
                counts[name] = [x + y for x, y in zip(counts[name], scored, strict=True)]
            if args.show and c.passage.corpus != "own":
                _show(c, zs, m)
    for name, (tp, fp, fn) in counts.items():
        prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f1 = 2 * prec * rec / max(1e-9, prec + rec)
        print(f"{name:6} tp={tp} fp={fp} fn={fn} P={prec:.3f} R={rec:.3f} F1={f1:.3f}")
    return 0


def _show(c: _Case, zs: list[float], m: learn.Model) -> None:
    a = c.analysis
    for n in a.numbers:
        if (zs[n.index] >= 0) == (n.index in c.gold):
            continue
        span = a.lines[n.line]
        line = a.text[span.start : span.end]
        rel, end = n.start - span.start, n.end - span.start
        where = line[max(0, rel - 60) : rel] + "[[" + line[rel:end] + "]]" + line[end : end + 40]
        why = ", ".join(f"{k}:{v:+.1f}" for k, v in m.explain(c.rows[n.index], 5))
        kind = "FN" if n.index in c.gold else "FP"
        prob = 1 / (1 + math.exp(-max(-30.0, min(30.0, zs[n.index]))))
        print(f"{c.passage.id} {kind} {prob:.2f} {where!r} | {why}")


if __name__ == "__main__":
    raise SystemExit(main())
