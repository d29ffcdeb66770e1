"""The extractor on the written case sets, one entry each in tests/extract/data/written_sets.toml.

Each set is a file of passages written for the project and kept out of :func:`corpus.own`, so its score
says whether a stage reads unseen text. Two checks a set (test ids are the set names): the file is labelled
by the shared README's rules (:func:`check_written_cases`), and the extractor holds the set's floors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.reading.extract import Extractor, corpus
from bot.reading.extract.scoring import load, score
from tests.extract.written_cases import check_written_cases
from tests.extract.written_sets import DATA, WrittenSet, used_elsewhere, written_sets

SETS = written_sets()
ROOT = Path(__file__).parents[2]


@pytest.mark.parametrize("written", SETS, ids=lambda w: w.name)
def test_a_written_set_is_well_formed(written: WrittenSet) -> None:
    records = load(written.path)
    check_written_cases(
        records, at_least=written.at_least, negatives=written.negatives, labelled=written.labelled
    )
    if not written.negatives:
        assert all(r["figures"] for r in records)
    for prefix, fewest in written.id_prefixes.items():
        assert sum(1 for r in records if r["id"].startswith(prefix)) >= fewest, prefix


@pytest.mark.parametrize("written", SETS, ids=lambda w: w.name)
def test_a_written_set_holds_its_floors(extractor: Extractor, written: WrittenSet) -> None:
    records = load(written.path)
    s = score(records, extractor)
    assert s.figure_f1 >= written.floors["figure_f1"], s.misses
    below = [f"{m} {getattr(s, m):.3f} < {f}" for m, f in written.floors.items() if getattr(s, m) < f]
    assert not below, below
    if written.most_false is not None:
        assert sum(1 for m in s.misses if ": false " in m) <= written.most_false, s.misses
    if written.negatives_yield_nothing:
        for r in records:
            if not r["figures"]:
                assert extractor.extract(str(r["text"])).figures == (), r["id"]


def test_every_case_file_is_accounted_for() -> None:
    """Every data/cases*.jsonl is a written set or read by the tests the manifest names (once, not both)."""
    sets = {w.path.name for w in SETS}
    elsewhere = {u.file for u in used_elsewhere()}
    files = {p.name for p in DATA.glob("cases*.jsonl")}
    assert not sets & elsewhere, sorted(sets & elsewhere)
    # A written set stands for unseen text: the files the weights are fitted on are never one.
    assert set(corpus.OWN_FILES) <= elsewhere, sorted(set(corpus.OWN_FILES) - elsewhere)
    assert files == sets | elsewhere, (
        f"not in written_sets.toml: {sorted(files - sets - elsewhere)}; "
        f"no such file: {sorted((sets | elsewhere) - files)}"
    )
    for u in used_elsewhere():
        assert u.by and u.why, u.file
        for module in u.by:
            assert u.file in (ROOT / module).read_text(), (u.file, module)
