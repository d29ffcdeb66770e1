"""The written case sets' manifest (tests/extract/data/written_sets.toml), read and checked for slips.

Each set is a file ``data/cases_<name>.jsonl`` of passages written for the project and never fitted on;
its entry says what the passages hold, how the file must be labelled and the floors the extractor must
hold on it (see the manifest's header). A misspelt key would silently drop a check, so any key the
reader does not know is an error, and so is a set without a figure floor.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

from bot.reading.extract.scoring import Scores

DATA = Path(__file__).parent / "data"
MANIFEST = DATA / "written_sets.toml"
# The measures a floor may be set on: every score but the list of misses.
MEASURES = tuple(f.name for f in fields(Scores) if f.name != "misses")
LABELS = ("answer", "population", "question")


@dataclass(frozen=True)
class WrittenSet:
    """One written set's entry: what it holds, how it is labelled, and the extractor's floors on it."""

    name: str
    holds: str
    at_least: int
    floors: dict[str, float]
    negatives: int = 0
    labelled: tuple[str, ...] = ()
    id_prefixes: dict[str, int] = field(default_factory=dict)
    most_false: int | None = None
    negatives_yield_nothing: bool = False

    @property
    def path(self) -> Path:
        return DATA / f"cases_{self.name}.jsonl"


@dataclass(frozen=True)
class UsedElsewhere:
    """A case file that is no written set here: the test modules that read it, and why it stands apart."""

    file: str
    by: tuple[str, ...]
    why: str


KEYS = {f.name for f in fields(WrittenSet)} - {"name"}


def _written_set(name: str, entry: dict[str, Any]) -> WrittenSet:
    unknown = set(entry) - KEYS
    if unknown:
        raise ValueError(f"written set {name}: unknown keys {sorted(unknown)}")
    floors = dict(entry.get("floors", {}))
    if "figure_f1" not in floors or set(floors) - set(MEASURES):
        raise ValueError(f"written set {name}: floors {sorted(floors)} need figure_f1 and only {MEASURES}")
    labelled = tuple(entry.get("labelled", ()))
    if set(labelled) - set(LABELS):
        raise ValueError(f"written set {name}: labelled {labelled} names a label outside {LABELS}")
    if not str(entry.get("holds", "")).strip():
        raise ValueError(f"written set {name}: says nothing of what it holds")
    return WrittenSet(
        name=name,
        holds=entry["holds"],
        at_least=entry["at_least"],
        floors={m: float(v) for m, v in floors.items()},
        negatives=entry.get("negatives", 0),
        labelled=labelled,
        id_prefixes=dict(entry.get("id_prefixes", {})),
        most_false=entry.get("most_false"),
        negatives_yield_nothing=entry.get("negatives_yield_nothing", False),
    )


@cache
def _manifest() -> dict[str, Any]:
    with MANIFEST.open("rb") as f:
        return tomllib.load(f)


def written_sets() -> list[WrittenSet]:
    """Every written set of the manifest, in its order."""
    return [_written_set(name, entry) for name, entry in _manifest()["set"].items()]


def used_elsewhere() -> list[UsedElsewhere]:
    """The case files the manifest names as read by other tests (fitted on, or floors of their own)."""
    return [
        UsedElsewhere(file, tuple(entry["by"]), entry["why"])
        for file, entry in _manifest()["used_elsewhere"].items()
    ]
