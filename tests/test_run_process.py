"""The bot as a real process: `make run` on the bundled feed, and restarts over the same database file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.support import numbered_items, rss

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TITLES = [
    "Voters are scared of the Taliban",
    "Harborview University Poll",
    "The county budget",
    "Whitfield takes the 7th District",
    "Two polls, two front-runners",
]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
    env.update({"POLLWATCH_DB": str(tmp_path / "bot.db"), "POLLWATCH_LOG_LEVEL": "INFO", **extra})
    return env


def _run_once(tmp_path: Path, **extra: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--once"],
        cwd=tmp_path,  # no .env there: the defaults must work
        env=_env(tmp_path, **extra),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow
def test_make_run_prints_the_sample_digests_and_stops_cleanly(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        ["make", "--no-print-directory", "run"],
        cwd=ROOT,
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    lines: list[str] = []
    assert proc.stdout is not None
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")), daemon=True)  # type: ignore[union-attr]
    reader.start()
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and not all(t in "".join(lines) for t in SAMPLE_TITLES):
            if proc.poll() is not None:
                break
            time.sleep(0.1)
        seen = "".join(lines)
        assert all(t in seen for t in SAMPLE_TITLES), seen[-2000:]
        assert "60%" in seen and "registered voters" in seen  # the figures, not just the titles
        assert proc.poll() is None  # still watching
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        code = proc.wait(timeout=30)
        reader.join(timeout=10)
    stderr = proc.stderr.read() if proc.stderr else ""
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
    # Ctrl-C reaches make too, which then reports the interrupt itself; pollwatch must have stopped cleanly.
    assert code in (0, -signal.SIGINT, 2, 130), stderr
    assert "pollwatch stopped" in stderr
    assert "Traceback" not in stderr


@pytest.mark.slow
def test_restarted_process_posts_only_what_is_new(tmp_path: Path, db_location: str | Path) -> None:
    """Over a SQLite file, and over PostgreSQL chosen by POLLWATCH_DB=postgresql://…"""
    feed = tmp_path / "feed.xml"
    feed.write_text(rss(numbered_items(3)))
    # Check on every run, so each process really reads the feed again.
    extra = {
        "POLLWATCH_DB": str(db_location),
        "POLLWATCH_DEMO_FEED": str(feed),
        "POLLWATCH_CHECK_INTERVAL": "0",
        "POLLWATCH_MIN_CHECK_INTERVAL": "0",
    }
    first = _run_once(tmp_path, **extra)
    assert [t for t in ("Post 0", "Post 1", "Post 2") if f"== {t} ==" in first] == [
        "Post 0",
        "Post 1",
        "Post 2",
    ]

    second = _run_once(tmp_path, **extra)
    assert "== " not in second  # nothing twice

    feed.write_text(rss(numbered_items(4)))
    later = time.time() + 5
    os.utime(feed, (later, later))
    third = _run_once(tmp_path, **extra)
    assert third.count("== ") == 1 and "== Post 3 ==" in third  # only the new post, once
