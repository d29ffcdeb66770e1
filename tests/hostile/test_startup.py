"""Issue 14, defect 6: start-up that says what is wrong, in one line, without a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.slow
def test_an_unreachable_slack_api_at_start_up_is_one_line_and_a_clean_exit(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
    api = f"http://127.0.0.1:{_closed_port()}/api/"
    env.update(
        POLLWATCH_DB=str(tmp_path / "bot.db"),
        POLLWATCH_LOG_LEVEL="WARNING",
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET="secret",
        SLACK_API_URL=api,
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--once"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith(f"pollwatch: cannot reach the Slack API at {api}"), last
    assert "xoxb-test" not in done.stderr
