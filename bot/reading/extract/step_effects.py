"""What each fixed step does to the labels of a labelled file: how many it changed, for better or worse.

The rankers choose each figure's labels; some sixty fixed steps after them rewrite some (``--explain`` shows
which step set each label). A step is written from the pages its author read; on other text it can hurt.
For every labelled figure the extractor finds, each change a step made to a population, answer or question
is scored with the shared scorer's token F1 against the label, before and after the change:

    python -m bot.reading.extract.step_effects FILE.jsonl [FILE.jsonl ...]

prints, per kind, each step's changed / better / worse counts and its net gain in token F1 per 100 figures
(the steps' nets add up to the final label's gain over the rankers' pick, up to the printed label's tidying).
Run it on labelled passages a step was not written from: a step that is net negative there is a candidate to
narrow or drop.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.reading.extract import extraction_to_json
from bot.reading.extract.reach import KINDS
from bot.reading.extract.scoring import load, match, token_f1
from bot.reading.extract.weighed import WeighedExtractor


@dataclass
class Effect:
    """One step's changes to one kind of label: how many, how many for the better or worse, and the
    summed change in token F1."""

    changed: int = 0
    better: int = 0
    worse: int = 0
    net: float = 0.0


@dataclass
class KindEffects:
    """All steps' effects on one kind, over ``figures`` labelled figures found."""

    figures: int = 0
    ranker: float = 0.0
    final: float = 0.0
    steps: dict[str, Effect] = field(default_factory=dict)


def effects(
    records: Iterable[dict[str, Any]], extractor: WeighedExtractor | None = None
) -> dict[str, KindEffects]:
    """Each kind's step effects over the labelled figures the extractor finds (matched as the shared
    scorer matches them)."""
    ex = extractor or WeighedExtractor()
    out = {k: KindEffects() for k in KINDS}
    for record in records:
        explained = ex.explain(record["text"])
        printed = extraction_to_json(explained.extraction)["figures"]
        by_start = {
            f.start: p for f, p in zip(explained.extraction.figures, explained.provenance, strict=True)
        }
        for gold, pred in match(record["figures"], printed):
            prov = by_start[pred["start"]]
            for kind in KINDS:
                want = gold.get(kind)
                k = out[kind]
                k.figures += 1
                k.final += token_f1(pred.get(kind), want)
                changes = [c for c in prov.changes if c[0] == kind]
                k.ranker += token_f1(changes[0][2] if changes else pred.get(kind), want)
                for _, step, before, after in changes:
                    delta = token_f1(after, want) - token_f1(before, want)
                    e = k.steps.setdefault(step, Effect())
                    e.changed += 1
                    e.better += delta > 1e-9
                    e.worse += delta < -1e-9
                    e.net += delta
    return out


def render(result: dict[str, KindEffects]) -> str:
    lines = []
    for kind, k in result.items():
        n = k.figures or 1
        lines.append(
            f"{kind}: {k.figures} labelled figures found; ranker {k.ranker / n:.3f} -> final {k.final / n:.3f}"
        )
        lines.append(f"  {'net/100':>8} {'changed':>7} {'better':>6} {'worse':>5}  step")
        for step, e in sorted(k.steps.items(), key=lambda s: s[1].net):
            lines.append(f"  {100 * e.net / n:+8.2f} {e.changed:7d} {e.better:6d} {e.worse:5d}  {step}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", type=Path, help="labelled passages, one JSON record a line")
    args = ap.parse_args(argv)
    records = [r for f in args.files for r in load(f)]
    print(f"{len(records)} passages")
    print(render(effects(records)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
