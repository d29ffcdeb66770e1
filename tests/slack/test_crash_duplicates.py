"""The real process killed between ``chat.postMessage`` and marking the delivery sent, then restarted.

With the history scopes the restarted process finds the message by its metadata and posts nothing twice
(exactly once); without them it posts again (at least once, as the README and ``pollwatch doctor`` say).
Either way the interrupted delivery goes out at once after the restart, not when its lease runs out.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core import Pollwatch
from bot.permissions import OPERATOR
from tests.slack.conftest import CHANNEL, SIGNING_SECRET
from tests.slack.standin import BOT_TOKEN, SlackStandin
from tests.support import FeedServer, numbered_items, rss

ROOT = Path(__file__).resolve().parents[2]


def env_for(db: Path, standin: SlackStandin) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
    env.update(
        {
            "POLLWATCH_DB": str(db),
            "POLLWATCH_LOG_LEVEL": "INFO",
            "POLLWATCH_FULL_TEXT": "never",
            "POLLWATCH_ALLOW_PRIVATE_FEEDS": "true",
            "POLLWATCH_CHART_DIR": str(db.parent / "charts"),
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": standin.api_url,
            "POLLWATCH_SLACK_HOST": "127.0.0.1",
            "POLLWATCH_SLACK_PORT": "0",
        }
    )
    return env


async def start(db: Path, standin: SlackStandin, log: Path) -> asyncio.subprocess.Process:
    out = await asyncio.to_thread(open, log, "ab")
    try:
        return await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            cwd=db.parent,
            env=env_for(db, standin),
            stdout=out,
            stderr=out,
        )
    finally:
        out.close()


def delivery_rows(db: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(db) as conn:
        return [(int(r[0]), str(r[1])) for r in conn.execute("SELECT id, status FROM deliveries ORDER BY id")]


async def wait_until(condition: object, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {within} s for {what}")
        await asyncio.sleep(0.1)


@pytest.mark.slow
@pytest.mark.parametrize("history", [True, False], ids=["with-history-scope", "without-history-scope"])
async def test_a_kill_between_post_and_mark_posts_once_with_the_history_scope(
    standin: SlackStandin, feed_server: FeedServer, tmp_path: Path, history: bool
) -> None:
    if not history:
        standin.scopes -= {"channels:history", "groups:history"}
    db = tmp_path / "bot.db"
    core = await Pollwatch.open(
        Settings(db_path=db, allow_private_feeds=True, full_text="never", demo_feed="")
    )
    url = feed_server.set("/feed.xml", rss(numbered_items(1)))
    await core.feeds.add(OPERATOR, "slack", CHANNEL, url, backfill=1)
    await core.close()
    [(delivery_id, _)] = delivery_rows(db)
    log = tmp_path / "bot.log"

    standin.hang("chat.postMessage")  # Slack takes the message; the answer never reaches the process
    first = await start(db, standin, log)
    try:
        await asyncio.wait_for(standin.hanging.wait(), 30)
        first.send_signal(signal.SIGKILL)
        await first.wait()
    finally:
        if first.returncode is None:
            first.kill()
    assert delivery_rows(db) == [(delivery_id, "sending")]
    assert len(standin.with_metadata(CHANNEL, "delivery_id", delivery_id)) == 1

    killed_at = time.monotonic()
    second = await start(db, standin, log)
    try:
        await wait_until(lambda: delivery_rows(db) == [(delivery_id, "sent")], 30, "the delivery to be sent")
        recovered = time.monotonic() - killed_at
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.wait(), 30)
    posted = standin.with_metadata(CHANNEL, "delivery_id", delivery_id)
    output = await asyncio.to_thread(log.read_text, errors="replace")
    assert recovered < 20, output[-3000:]  # not the 120 s lease: the dead process's claim was released
    if history:
        assert len(posted) == 1, output[-3000:]  # found in the channel's history: no duplicate
        assert standin.of("conversations.history")
        assert "exactly once" in output
    else:
        assert len(posted) == 2  # at least once: the scope is missing, and the log says so
        assert "at least once" in output and "channels:history" in output
