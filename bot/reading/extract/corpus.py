"""The labelled corpora the extractor is fitted and scored on, and the fixed held-out split.

The shared corpora (``../shared/extraction/*.jsonl``) are third-party text: they are read from there
at fitting and test time and never copied into the project. The project's own labelled cases
(``tests/extract/data``) and the sample feed's expected figures are written for the project.

Held-out part: every passage of ``dev2``, ``real_a`` and ``real_b`` whose ``sha256(id) % 3 == 0``
and which is not in the opened half (30 of 131 passages). It is never used for fitting or read for
fixes; ``dev`` (tuned on by earlier rules) is all training.

The opened half: after eight rounds the held-out third (55 passages) was scored round after round and
stayed flat while cross-validation and our own fresh sets rose, so it was showing text our training part
and fresh sets lack. In the ninth round the held-out passages whose ``sha256("open:" + id) % 2 == 0``
(25 of them, split by that fixed rule before any was read) were opened: read for what fails, and moved
into training. The other 30 stay held out, untouched, and are the honest score from then on.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

ROOT = Path(__file__).resolve().parents[3]
SHARED_SETS = ("dev", "dev2", "real_a", "real_b")


def shared_dir() -> Path:
    """Where the shared corpora live: $POLLWATCH_EXTRACTION_DIR, else ../shared/extraction."""
    env = os.environ.get("POLLWATCH_EXTRACTION_DIR")
    return Path(env) if env else ROOT.parent / "shared" / "extraction"


def _digest(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest(), 16)


def _first_third(record_id: str) -> bool:
    return _digest(record_id) % 3 == 0


def _opened_half(record_id: str) -> bool:
    return _digest("open:" + record_id) % 2 == 0


def _in_first_third(record_id: str, corpus: str) -> bool:
    """Whether a passage was in the held-out third of the first eight rounds (``dev`` never was)."""
    return corpus in SHARED_SETS and corpus != "dev" and _first_third(record_id)


def held_out(record_id: str, corpus: str) -> bool:
    return _in_first_third(record_id, corpus) and not _opened_half(record_id)


def opened(record_id: str, corpus: str) -> bool:
    """Whether a passage of the first held-out third is in the half opened in the ninth round."""
    return _in_first_third(record_id, corpus) and _opened_half(record_id)


@dataclass(frozen=True, slots=True)
class Passage:
    id: str
    corpus: str
    text: str
    figures: list[dict[str, Any]]
    # An own case written to teach the figure stage a layout the shared sets barely hold (tables,
    # toplines; tests/extract/data/cases_tables.jsonl): the figure model alone is fitted on it, so the
    # label and link models stay fitted on real text (fitted on them too, the 3-fold cross-validated
    # answer score fell 0.567 -> 0.542).
    figures_only: bool = False

    @property
    def held_out(self) -> bool:
        return held_out(self.id, self.corpus)


def _read(path: Path, corpus: str) -> Iterator[Passage]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                yield Passage(
                    str(r["id"]), corpus, r["text"], list(r.get("figures", [])), bool(r.get("figures_only"))
                )


def shared(corpus: str) -> list[Passage]:
    path = shared_dir() / f"{corpus}.jsonl"
    return list(_read(path, corpus)) if path.exists() else []


# The written case files the weights are fitted on; every other ``cases*.jsonl`` stands in for unseen text.
OWN_FILES: Final = ("cases.jsonl", "cases_blind.jsonl", "cases_tables.jsonl")


def own() -> list[Passage]:
    """The project's own labelled passages (written for the project)."""
    out: list[Passage] = []
    data = ROOT / "tests" / "extract" / "data"
    for name in OWN_FILES:
        p = data / name
        if p.exists():
            out.extend(_read(p, "own"))
    return out


def sample_feed() -> list[Passage]:
    """The bundled sample feed's posts, labelled in ``data/sample_feed.expected.json`` (our own text)."""
    import re

    from bot.feeds.parse import parse_feed
    from bot.reading.html_text import html_to_text

    feed = ROOT / "data" / "sample_feed.xml"
    expected = {
        p["guid"]: p for p in json.loads(feed.with_name("sample_feed.expected.json").read_text("utf-8"))
    }
    out: list[Passage] = []
    for entry in parse_feed(feed.read_bytes()).entries:
        guid = entry.key.removeprefix("id:")
        text = html_to_text(entry.content_html)
        figures, pos = [], 0
        for f in expected[guid]["figures"]:
            rx = re.compile(r"(?<![\w.,])" + re.escape(f["number_text"]) + r"(?![\w]|[.,]\d)")
            m = rx.search(text, pos)
            if m is None:
                raise ValueError(f"{guid}: {f['number_text']!r} not found after offset {pos}")
            figures.append({**f, "start": m.start(), "end": m.end()})
            pos = m.end()
        out.append(Passage(guid, "sample", text, figures))
    return out


def training() -> list[Passage]:
    """Everything the weights may be fitted on: the shared sets minus the held-out part, and our own."""
    out = [p for c in SHARED_SETS for p in shared(c) if not p.held_out]
    return out + own() + sample_feed()


def heldout() -> list[Passage]:
    return [p for c in SHARED_SETS for p in shared(c) if p.held_out]
