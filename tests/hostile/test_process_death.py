"""Issue 14, defect 7: no pollwatch process outlives the main one, whatever kills it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support import numbered_items, rss

ROOT = Path(__file__).resolve().parents[2]


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (by parent links in /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigkill_of_the_bot_leaves_no_process_behind(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(rss(numbered_items(3)))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
    env.update(
        POLLWATCH_DB=str(tmp_path / "bot.db"),
        POLLWATCH_DEMO_FEED=str(feed),
        POLLWATCH_PARSE_WORKERS="2",
        POLLWATCH_LOG_LEVEL="WARNING",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:  # the first digest: the feed was parsed, so the workers exist
            if "== Post" in line:
                break
        helpers = descendants(proc.pid)
        assert helpers, "expected parse worker processes"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(alive(pid) for pid in helpers):
            time.sleep(0.1)
        survivors = [pid for pid in helpers if alive(pid)]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
    for pid in survivors:  # don't leave them behind after a failure either
        os.kill(pid, signal.SIGKILL)
    assert survivors == []
