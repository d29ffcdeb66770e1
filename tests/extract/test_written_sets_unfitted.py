"""Every written case file the weights are not fitted on stays out of the training text.

Those files (all ``data/cases*.jsonl`` but :data:`corpus.OWN_FILES`) stand in for text pollwatch has not
seen; their scores mean that only while none of their passages is a training passage. One check for all
of them, so a new set is covered the day it is added.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.reading.extract import corpus
from bot.reading.extract.scoring import load

DATA = Path(__file__).parent / "data"
UNFITTED = sorted(p for p in DATA.glob("cases*.jsonl") if p.name not in corpus.OWN_FILES)


def test_the_fitted_files_exist_and_the_rest_are_many() -> None:
    assert all((DATA / name).exists() for name in corpus.OWN_FILES)
    assert len(UNFITTED) >= 10


@pytest.mark.parametrize("path", UNFITTED, ids=lambda p: p.name)
def test_a_written_set_is_never_fitted(path: Path) -> None:
    fitted = {p.text for p in corpus.training()}
    records = load(path)
    assert records
    assert not any(r["text"] in fitted for r in records), path.name
