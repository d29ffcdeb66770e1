"""Properties on arbitrary text, and time limits on pathological inputs (no regex backtracking)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.reading.extract import default_extractor, extraction_to_json
from bot.reading.extract.numbers import parse_number

EXTRACTOR = default_extractor()

# Text built from poll-ish pieces finds more edge cases than uniform characters.
PIECES = st.sampled_from(
    [
        "45%",
        " 52 percent",
        " per cent",
        "Sixty-four percent",
        " of voters",
        " say",
        " 55-41",
        " to ",
        " (",
        ")",
        ", ",
        ". ",
        "\n",
        " Republicans",
        " among adults",
        " margin of error ±3%",
        "$20m",
        " 2020",
        " Trump",
        " 100%",
        " up from 23 per cent last month",
        " vs. ",
        "?",
        '"',
        " 1,024",
        " twenty",
        "-",
        " poll",
        " Gallup",
        " Dole 31, Bush 28",
        " aged 65+",
        "%",
        " 9/11",
        " 3.5",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=40).map("".join))


def _check(text: str) -> None:
    ex = EXTRACTOR.extract(text)
    extraction_to_json(ex)  # serialisable
    for f in ex.figures:
        assert 0 <= f.start < f.end <= len(text)
        assert 0 <= f.value <= 100
        assert parse_number(text[f.start : f.end]) == f.value
        assert f.group
    ids = [g.id for g in ex.groups]
    assert ids == [f"g{i + 1}" for i in range(len(ids))]
    assert sum(len(g.figures) for g in ex.groups) == len(ex.figures)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_never_raises_and_offsets_are_sound(text: str) -> None:
    _check(text)


PATHOLOGICAL = {
    "digits and percent": "1%" * 500_000,
    "digits": "7" * 1_000_000,
    "spaced percents": "42% " * 250_000,
    "percent signs": "%" * 1_000_000,
    "open parens": "(" * 1_000_000,
    "spaces": " " * 1_000_000,
    "letters": "a" * 1_000_000,
    "words": "percent of voters say " * 45_000,
    "digit-dash runs": "55-41-" * 170_000,
    "commas": "1,000," * 170_000,
    # Figures a long run of spaces apart: adjacent optional space runs in a pattern backtrack on it (the
    # preference pairs' gap took 7 s on 100 KB before its runs were made possessive).
    "spaced pairs": ("36%" + " " * 5000 + "to 41% in 2019. ") * 199,
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_inputs_are_fast(name: str) -> None:
    """A bound against blow-ups (a backtracking pattern, a quadratic loop), not a benchmark: the
    limit is ~6x what 1 MB takes today. It counts this process's CPU time, not wall time, so other
    work on a busy machine cannot fail it (wall time did, once, at load 11)."""
    text = PATHOLOGICAL[name]
    t0 = time.process_time()
    ex = EXTRACTOR.extract(text)
    elapsed = time.process_time() - t0
    assert elapsed < 2.0, f"{name}: {elapsed:.2f}s"
    for f in ex.figures[:100]:
        assert parse_number(text[f.start : f.end]) == f.value


def test_output_does_not_depend_on_the_hash_seed() -> None:
    """Labels must not follow set iteration order, which changes with PYTHONHASHSEED per process.

    Two answers tied in count once picked the fill-in answer by set order: the same post read in two
    processes could get different labels.
    """
    passage = (
        "emerson college polling of likely voters in the 2024 senate race has democrat jane alvarez "
        "at 47% and republican tom breck at 44%, with 9% undecided."
    )
    code = (
        "import json, sys\n"
        "from bot.reading.extract import extraction_to_json\n"
        "from bot.reading.extract import default_extractor\n"
        "print(json.dumps(extraction_to_json(default_extractor().extract(sys.stdin.read()))))\n"
    )
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", code], input=passage, env=env, capture_output=True, text=True, check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
