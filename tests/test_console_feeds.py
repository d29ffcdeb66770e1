"""Feed administration from the console session: the same operations and messages as the CLI."""

from __future__ import annotations

import io

from adapters.console_commands import ConsoleSession
from bot.core import Pollwatch
from tests.support import Clock, FeedServer, numbered_items, rss


async def run(session: ConsoleSession, out: io.StringIO, *lines: str) -> str:
    start = out.tell()
    for line in lines:
        await session.execute(line)
    out.seek(start)
    text = out.read()
    out.seek(0, io.SEEK_END)
    return text


async def test_console_feed_commands(core: Pollwatch, feed_server: FeedServer, clock: Clock) -> None:
    url = feed_server.set("/feed", rss(numbered_items(3), title="Poll Desk"))
    out = io.StringIO()
    session = ConsoleSession(core, out, clock=clock)
    text = await run(
        session,
        out,
        f"feeds add {url} --backfill 2",
        "feeds schedule 1 weekly mon 08:00 Europe/Berlin",
        "feeds filter 1 --exclude 'budget' --only-polls",
        "feeds list",
        "feeds export",
        "as mallory feeds remove 1",
        "feeds frobnicate",
        "feeds schedule 1 daily 31:00",
    )
    assert "added Poll Desk to console:demo (feed #1, 3 entries now, newest 2 queued)" in text
    assert "a digest every Mon at 08:00 (Europe/Berlin)" in text
    assert 'posts not mentioning "budget", with poll figures' in text
    assert "#1 console:demo  Poll Desk" in text and "    2 posts · last success" in text
    assert f'xmlUrl="{url}"' in text
    assert "error: only admins can remove feeds" in text
    assert "error: argument feeds_command: invalid choice: 'frobnicate'" in text
    assert "error: '31:00' is not a time of day" in text
    assert len(await core.storage.subscriptions.with_feeds("console", "demo")) == 1
