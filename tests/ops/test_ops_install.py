"""What a new operator meets first: the install says what it is doing, and setuptools does not complain."""

from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_license_is_an_spdx_string_so_setuptools_does_not_warn() -> None:
    # The table form (license = { text = "MIT" }) makes setuptools >= 77 print a deprecation warning three
    # times per install; the SPDX string is the form it asks for, and needs setuptools >= 77 to build.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert project["project"]["license"] == "MIT"
    requires = project["build-system"]["requires"]
    assert any(
        r.replace(" ", "").startswith("setuptools>=") and int(r.split(">=")[1].split(".")[0]) >= 77
        for r in requires
    )


def test_make_says_what_it_installs_before_the_long_silent_step(tmp_path: Path) -> None:
    # A venv that does not exist yet: make plans the whole first install (-n prints, runs nothing).
    plan = subprocess.run(
        ["make", "--no-print-directory", "-n", "run", f"VENV={tmp_path / 'venv'}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout.splitlines()
    install = next(i for i, line in enumerate(plan) if "pip install" in line and "-e ." in line)
    said = [line for line in plan[:install] if line.startswith("echo")]
    assert any("installing pollwatch and its dependencies" in line for line in said), plan
    assert any("creating a virtual environment" in line for line in said), plan
    assert any("installed;" in line for line in plan[install:]), plan
