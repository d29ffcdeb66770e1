"""Cross-validate the whole extractor on the training part: the estimate to compare changes by.

    python -m bot.reading.extract.cv              # 5 folds by passage, every stage refitted per fold
    python -m bot.reading.extract.cv --folds 3
    python -m bot.reading.extract.cv --salts 3   # the same, over three ways of dealing the folds, averaged

``fit --report`` scores the training part with weights fitted on that same part, so it rewards
anything the fit can memorise: at the end of the second session it read grouping 0.857 and answers
0.684 while the held-out part read 0.590 and 0.447. Here every stage (figure model, label rankers, link
model and clustering threshold) is refitted on all folds but one and the extractor is scored on the one
left out, for each fold in turn; the shared passages' outputs are pooled and scored with the shared
metrics. The project's own labelled cases are always in the fitting folds and never scored. The
held-out part (see :mod:`corpus`) is never read.

Which passages share a fold moves the link model's refit, and with it grouping, by up to .01 (twenty-first
round): one deal cannot tell a .003 effect. ``--salts N`` deals the folds N ways (each its own hash salt),
prints each, and their mean and spread.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from typing import Any

from bot.reading.extract import corpus, learn
from bot.reading.extract.fit import fit_all
from bot.reading.extract.scoring import Scores, score
from bot.reading.extract.weighed import WeighedExtractor


def fold_of(passage_id: str, folds: int, salt: str = "cv") -> int:
    """A passage's fold: a hash of its id (salted so folds do not line up with the held-out split)."""
    return int(hashlib.sha256(f"{salt}:{passage_id}".encode()).hexdigest(), 16) % folds


def salts(n: int) -> list[str]:
    """``n`` ways of dealing the folds; the first is the one every earlier round reported."""
    return ["cv"] + [f"cv{k}" for k in range(1, n)]


class _Replay:
    """An extractor that answers with outputs computed earlier under each fold's own weights."""

    def __init__(self, outputs: dict[str, Any]) -> None:
        self.outputs = outputs

    def extract(self, text: str) -> Any:
        return self.outputs[text]


def cross_validate(folds: int = 5, salt: str = "cv") -> dict[str, Scores]:
    """Pooled out-of-fold scores per shared corpus, over all of them (``"all"``) and over the opened half
    of the first held-out third (``"opened"``: text no rule was written on before the ninth round)."""
    passages = corpus.training()
    outputs: dict[str, Any] = {}
    ex = WeighedExtractor()
    try:
        for k in range(folds):
            fitting = [p for p in passages if p.corpus == "own" or fold_of(p.id, folds, salt) != k]
            models, meta = fit_all(fitting)
            learn.use(models, meta)
            for p in passages:
                if p.corpus != "own" and fold_of(p.id, folds, salt) == k:
                    outputs[p.text] = ex.extract(p.text)
    finally:
        learn.use(None)
    scored = [p for p in passages if p.corpus != "own"]
    replay = _Replay(outputs)
    out: dict[str, Scores] = {}
    for name in ("all", *corpus.SHARED_SETS, "opened"):
        part = [
            p
            for p in scored
            if name == "all" or p.corpus == name or (name == "opened" and corpus.opened(p.id, p.corpus))
        ]
        if part:
            recs = [{"id": p.id, "text": p.text, "figures": p.figures} for p in part]
            out[name] = score(recs, replay)
    return out


MEASURES = ("figure_f1", "group_f1", "population", "answer", "question")


def _line(name: str, s: Scores) -> str:
    return (
        f"{name:7} figF1={s.figure_f1:.3f} groupF1={s.group_f1:.3f} pop={s.population:.3f} "
        f"ans={s.answer:.3f} q={s.question:.3f}"
    )


def spread(runs: list[Scores]) -> str:
    """The mean of each measure over several deals of the folds, with its lowest and highest."""
    parts = []
    for label, field in zip(("figF1", "groupF1", "pop", "ans", "q"), MEASURES, strict=True):
        values = [getattr(r, field) for r in runs]
        parts.append(f"{label}={sum(values) / len(values):.3f} ({min(values):.3f}-{max(values):.3f})")
    return " ".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--salts", type=int, default=1, help="deal the folds this many ways and average")
    args = ap.parse_args(argv)
    if not corpus.shared("dev2"):  # else it would score only the sample feed, and print pop=1.000
        print(
            f"no shared corpora under {corpus.shared_dir()} (set POLLWATCH_EXTRACTION_DIR)", file=sys.stderr
        )
        return 2
    t0 = time.perf_counter()
    runs = []
    for salt in salts(max(1, args.salts)):
        results = cross_validate(args.folds, salt)
        runs.append(results["all"])
        head = f"{args.folds}-fold cross-validation on the training part"
        if args.salts > 1:
            head += f", folds dealt by salt {salt!r}"
        print(f"{head} in {time.perf_counter() - t0:.0f} s")
        for name, s in results.items():
            print(_line(name, s))
    if len(runs) > 1:
        print(f"mean over {len(runs)} deals (lowest-highest), all: {spread(runs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
