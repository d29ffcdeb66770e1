"""The PNG chart: real PNG, sensible size, no warnings, independent of MPLBACKEND."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.polls.chart import render_chart, render_chart_bytes, safe_text
from bot.polls.compare import compare
from bot.polls.models import PollOption, PollResults, ReferenceSeries, Tally

CLOSED = datetime(2021, 8, 20, 12, 0, tzinfo=UTC)
LABELS = ["Yes, a threat", "No, not a threat", "Not sure"]


PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which the PNG spec requires to come first."""
    assert data[:8] == PNG_MAGIC
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_chart_is_a_real_png(results: PollResults, tmp_path: Path) -> None:
    path = render_chart(results, tmp_path / "poll.png")
    assert path == tmp_path / "poll.png"
    data = path.read_bytes()
    width, height = png_size(data)
    assert 800 <= width <= 1000 and 400 <= height <= 600
    assert len(data) > 10_000


def test_chart_edge_cases_render(tmp_path: Path) -> None:
    options = [PollOption(0, "$5 billion or $10 billion 🎉 漢字"), PollOption(1, "No")]
    refs = [ReferenceSeries("adults", None, {"No": 40, "Other": 20})]
    for i, tally in enumerate([Tally({}), Tally({0: 1}), Tally({0: 20, 1: 20})]):
        data = render_chart(
            compare("Q? " * 60, options, tally, refs, now=CLOSED), tmp_path / f"{i}.png"
        ).read_bytes()
        assert png_size(data) == (900, 500)


def test_safe_text_escapes_mathtext_and_missing_glyphs() -> None:
    assert safe_text("$5 and $6") == r"\$5 and \$6"
    assert safe_text("a🎉b") == "a?b"
    assert safe_text("café – ±3") == "café – ±3"


def test_chart_ignores_mplbackend(tmp_path: Path) -> None:
    # A backend that cannot work headless must not matter: the chart never goes through pyplot.
    code = (
        "from pathlib import Path; from datetime import datetime, UTC;"
        "from bot.polls.compare import compare; from bot.polls.models import PollOption, Tally;"
        "from bot.polls.chart import render_chart;"
        "r = compare('Q?', [PollOption(0, 'a'), PollOption(1, 'b')], Tally({0: 3}), [], now=datetime.now(UTC));"
        f"render_chart(r, Path({str(tmp_path / 'x.png')!r}))"
    )
    env = {**os.environ, "MPLBACKEND": "TkAgg", "DISPLAY": ""}
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], env=env, capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr.decode()
    assert (tmp_path / "x.png").read_bytes()[:8] == PNG_MAGIC


def test_labels_use_all_options() -> None:
    options = [PollOption(i, label) for i, label in enumerate(LABELS)]
    data = render_chart_bytes(compare("Q?", options, Tally({0: 40, 1: 40, 2: 20}), [], now=CLOSED))
    assert png_size(data) == (900, 500)
