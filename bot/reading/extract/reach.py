"""How far each label can reach: the final label, the rankers' pick and the best candidate they were offered.

For every labelled figure the extractor finds in a labelled file, three labels per kind (population, answer,
question) are scored with the shared scorer's token F1:

- **final**: what ``pollwatch extract`` prints, after every fixed step;
- **ranker**: the fitted ranker's choice, before the fixed steps rewrite it;
- **reach**: the best of all the candidates the ranker weighed (its own pick, tidied, among them), i.e.
  what a perfect ranker would score.

Where reach is low the right label is never proposed, so neither a refit nor a better ranker can help: new
proposals can. Where final is far above reach, fixed steps write labels no proposal holds; on text the steps
were not written from, final falls back towards reach. Run on labelled real passages the fixes were not drawn
from, it tells which stage loses a kind.

    python -m bot.reading.extract.reach FILE.jsonl [FILE.jsonl ...]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.reading.extract import extraction_to_json
from bot.reading.extract.scoring import load, match, token_f1
from bot.reading.extract.weighed import WeighedExtractor

KINDS = ("population", "answer", "question")


@dataclass(frozen=True)
class Reach:
    """Mean token F1 of one kind over the figures found: after the steps, as ranked, and at best."""

    figures: int
    final: float
    ranker: float
    best: float


def reach(records: Iterable[dict[str, Any]], extractor: WeighedExtractor | None = None) -> dict[str, Reach]:
    """Each label kind's three scores over the labelled figures the extractor finds (value equal, spans
    overlapping, as the shared scorer matches them)."""
    ex = extractor or WeighedExtractor()
    sums = {k: [0.0, 0.0, 0.0] for k in KINDS}
    n = 0
    for record in records:
        text = record["text"]
        final = extraction_to_json(ex.extract(text))["figures"]
        ranked = {num.start: (lab, chosen) for num, lab, chosen in ex.ranked(text)}
        for gold, pred in match(record["figures"], final):
            got = ranked.get(pred["start"])
            if got is None:
                continue
            lab, chosen = got
            n += 1
            for kind in KINDS:
                want = gold.get(kind)
                ranker = token_f1(getattr(lab, kind), want)
                offered = [token_f1(text_, want) for text_, _, _ in chosen[kind].ranked]
                s = sums[kind]
                s[0] += token_f1(pred.get(kind), want)
                s[1] += ranker
                s[2] += max(ranker, *offered)
    return {k: Reach(n, *(v / n if n else 0.0 for v in sums[k])) for k in KINDS}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", type=Path, help="labelled passages, one JSON record a line")
    args = ap.parse_args(argv)
    records = [r for f in args.files for r in load(f)]
    result = reach(records)
    print(f"{len(records)} passages, {result['answer'].figures} labelled figures found")
    for kind, r in result.items():
        print(f"{kind:10} final {r.final:.3f}  ranker {r.ranker:.3f}  reach {r.best:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
