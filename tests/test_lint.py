"""The code stays ruff-clean and mypy-clean: CI enforces what `make lint` checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_ruff_check() -> None:
    done = run(str(BIN / "ruff"), "check", "bot", "adapters", "tests", "bench")
    assert done.returncode == 0, done.stdout[-3000:]


def test_ruff_format() -> None:
    done = run(str(BIN / "ruff"), "format", "--check", "bot", "adapters", "tests", "bench")
    assert done.returncode == 0, done.stdout[-3000:]


@pytest.mark.slow
def test_mypy_on_the_core() -> None:
    done = run(str(BIN / "mypy"))
    assert done.returncode == 0, done.stdout[-3000:]
