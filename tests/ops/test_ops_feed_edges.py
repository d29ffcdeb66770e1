"""Rough edges of feed administration a new operator met: relative paths, big imports, exports that keep
settings, full text for the whole feed, and filters or schedules set right after adding a feed."""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core import Pollwatch
from bot.errors import UserError
from bot.feed_admin import normalise_url
from bot.feeds.opml import parse_opml
from bot.feeds_cli import configure, execute
from bot.models import Actor, Role
from bot.permissions import OPERATOR
from tests.support import Clock, FeedServer, numbered_items, rss

ROOT = Path(__file__).resolve().parent.parent.parent
ADMIN = Actor("console", "ada", "Ada", frozenset({Role.ADMIN}))


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    configure(parser)
    return parser.parse_args(list(argv))


def test_a_relative_path_is_the_operators_file_not_a_host(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "feed.xml").write_text(rss(numbered_items(1)))
    monkeypatch.chdir(tmp_path)
    assert normalise_url("data/feed.xml", operator=True) == (tmp_path / "data" / "feed.xml").as_uri()
    # From chat, or when no such file exists, it is still a web address.
    assert normalise_url("data/feed.xml", operator=False) == "https://data/feed.xml"
    assert normalise_url("example.org/feed", operator=True) == "https://example.org/feed"


@pytest.mark.slow
def test_feeds_add_takes_the_sample_feed_by_its_relative_path(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
    env["POLLWATCH_DB"] = str(tmp_path / "bot.db")
    done = subprocess.run(
        [sys.executable, "-m", "bot", "feeds", "add", "data/sample_feed.xml", "--channel", "news"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "added The Pollwatch Sampler to console:news" in done.stdout
    # A second process run in the same place: the first run's output said what it does; now the
    # startup line is the sign of life.
    again = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--once"],
        cwd=tmp_path,
        env={**env, "POLLWATCH_DEMO_FEED": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode == 0, again.stderr
    assert "watching 1 feed for 1 channel" in again.stderr


async def test_a_big_import_reports_progress_every_failure_and_fails_the_command(
    core: Pollwatch, feed_server: FeedServer, tmp_path: Path
) -> None:
    outlines = "".join(f'<outline text="f{i}" xmlUrl="{feed_server.url(f"/f{i}.xml")}"/>' for i in range(120))
    bad = "".join(f'<outline text="b{i}" xmlUrl="ftp://example.org/{i}"/>' for i in range(30))
    path = tmp_path / "big.opml"
    path.write_text(f'<opml version="2.0"><body>{outlines}{bad}</body></opml>')
    out = io.StringIO()
    code = await execute(
        core,
        OPERATOR,
        _args("import", str(path), "--channel", "news"),
        out,
        operator=True,
        default_channel="demo",
    )
    text = out.getvalue()
    assert code == 1  # some feeds were left out
    assert [line for line in text.splitlines() if line.startswith("… ")] == [
        "… 50 of 150 feeds",
        "… 100 of 150 feeds",
        "… 150 of 150 feeds",
    ]
    assert "50 added, 0 already present, 100 failed" in text  # the channel's limit is 50 feeds
    assert "not checked yet" in text
    listed = [line for line in text.splitlines() if line.startswith("  ") and ": " in line]
    assert len(listed) == 20
    assert "  …and 80 more" in text

    out = io.StringIO()
    again = tmp_path / "small.opml"
    few = "".join(f'<outline text="f{i}" xmlUrl="{feed_server.url(f"/f{i}.xml")}"/>' for i in range(3))
    again.write_text(f'<opml version="2.0"><body>{few}</body></opml>')
    code = await execute(
        core,
        OPERATOR,
        _args("import", str(again), "--channel", "other"),
        out,
        operator=True,
        default_channel="demo",
    )
    assert code == 0 and "failed:" not in out.getvalue() and "… " not in out.getvalue()


async def test_export_is_indented_and_keeps_filters_and_schedules_for_the_import(
    core: Pollwatch, feed_server: FeedServer
) -> None:
    urls = [feed_server.set(f"/f{i}.xml", rss(numbered_items(2), title=f"Feed {i}")) for i in range(2)]
    for url in urls:
        await core.feeds.add(OPERATOR, "console", "news", url)
    await core.feeds.set_filter(
        OPERATOR,
        "console",
        "news",
        urls[0],
        include=["approval", "margin of error"],
        exclude=["sport"],
        only_polls=True,
    )
    await core.feeds.set_schedule(OPERATOR, "console", "news", urls[1], "weekly mon 08:00 Europe/Paris")
    exported = await core.feeds.export_opml(OPERATOR, "console", "news")
    lines = exported.splitlines()
    assert len(lines) > 8 and all(len(line) < 400 for line in lines)  # one outline a line, not one long line
    assert 'xmlns:pw="urn:pollwatch:opml:1"' in exported
    first, second = parse_opml(exported.encode())
    assert (first.include, first.exclude, first.only_polls) == (
        ("approval", "margin of error"),
        ("sport",),
        True,
    )
    assert second.schedule == "weekly mon 08:00 Europe/Paris"

    report = await core.feeds.import_opml(OPERATOR, "console", "copy", exported.encode(), operator=True)
    assert len(report.added) == 2
    rows = {row.feed.url: row.subscription for row in await core.feeds.list(OPERATOR, "console", "copy")}
    assert rows[urls[0]].include == ("approval", "margin of error")
    assert rows[urls[0]].exclude == ("sport",) and rows[urls[0]].only_polls
    assert rows[urls[1]].schedule == "weekly mon 08:00 Europe/Paris"
    assert rows[urls[1]].next_digest_at is not None


async def test_full_text_is_the_operators_setting_for_the_whole_feed(
    core: Pollwatch, feed_server: FeedServer
) -> None:
    url = feed_server.set("/f.xml", rss(numbered_items(1)))
    await core.feeds.add(OPERATOR, "console", "news", url)
    await core.feeds.add(OPERATOR, "console", "sport", url)
    with pytest.raises(UserError, match="set by the operator on the host"):
        await core.feeds.set_full_text(ADMIN, "console", "news", url, "never")
    out = io.StringIO()
    await execute(
        core,
        OPERATOR,
        _args("fulltext", url, "never", "--channel", "news"),
        out,
        operator=True,
        default_channel="demo",
    )
    assert "for every channel that follows it: 2" in out.getvalue()
    feed = await core.storage.feeds.get_by_url(url)
    assert feed is not None and feed.full_text == "never"


async def test_a_filter_set_after_adding_applies_to_the_queued_backfill(
    core: Pollwatch, feed_server: FeedServer
) -> None:
    items = numbered_items(3)
    items[0]["title"] = "Approval rating slips"
    url = feed_server.set("/f.xml", rss(items))
    await core.feeds.add(OPERATOR, "console", "news", url, backfill=3)
    assert len(await core.storage.deliveries.all()) == 3
    await core.feeds.set_filter(OPERATOR, "console", "news", url, include=["approval"])
    left = await core.storage.deliveries.all()
    assert len(left) == 1
    post = await core.storage.posts.get(left[0].post_id)
    assert post is not None and post.title == "Approval rating slips"


async def test_a_schedule_set_after_adding_holds_the_queued_backfill_for_the_digest(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    url = feed_server.set("/f.xml", rss(numbered_items(3)))
    await core.feeds.add(OPERATOR, "console", "news", url, backfill=2)
    await core.feeds.set_schedule(OPERATOR, "console", "news", url, "daily 08:00 UTC")
    assert sorted(d.status for d in await core.storage.deliveries.all()) == ["held", "held"]
    assert await core.storage.deliveries.claim_due(clock() + 60, 50, 60, ("console",)) == []
    await core.feeds.set_schedule(OPERATOR, "console", "news", url, "immediate")
    assert sorted(d.status for d in await core.storage.deliveries.all()) == ["pending", "pending"]
