"""``pollwatch migrate-db``: a SQLite install, built through the core as the bot builds it, copied into the
throwaway PostgreSQL server; copied again after more work; refused when the target is at another level."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from adapters.console import ConsoleAdapter
from bot import cli
from bot.config import Settings
from bot.core import Pollwatch
from bot.errors import UserError
from bot.models import Actor, Role
from bot.outbox import Outbox
from bot.permissions import OPERATOR
from bot.polls.rules import VoteKind
from bot.storage import Storage
from bot.storage.db import open_database
from bot.storage.transfer import migrate_db
from tests.pg_server import PgServer
from tests.support import Clock, FeedServer, numbered_items, rss

MOD = Actor("console", "mod", roles=frozenset({Role.MODERATOR}))


def _settings(tmp_path: Path) -> Settings:
    return Settings(
        db_path=tmp_path / "source.db",
        allow_private_feeds=True,
        demo_feed="",
        parse_workers=0,
        full_text="never",
        chart_dir=tmp_path / "charts",
    )


def _when(clock: Clock) -> datetime:
    return datetime.fromtimestamp(clock.now, UTC)


def _poll_items(count: int) -> list[dict[str, str]]:
    """Items whose text carries poll figures, so the posts have figures rows too."""
    items = numbered_items(count)
    for n, item in enumerate(items):
        item["description"] = (
            f"<p>Item {n}: a survey of 1,000 adults found 52% of registered voters approve of the plan "
            "and 41% disapprove.</p>"
        )
    return items


async def _build_install(core: Pollwatch, feed_server: FeedServer, clock: Clock) -> tuple[int, int]:
    """Feeds with posts, deliveries sent and pending, an open poll with votes and a closed one with its
    results queued: (open poll id, closed poll id)."""
    one = feed_server.set("/one", rss(_poll_items(3)), etag='"one-1"')
    two = feed_server.set("/two", rss(numbered_items(2), title="Second feed"))
    await core.feeds.add(OPERATOR, "console", "news", one, backfill=3)
    await core.feeds.add(OPERATOR, "console", "other", two, backfill=2)
    await core.feeds.add(OPERATOR, "console", "news", two, backfill=1)
    await Outbox(core.storage, {"console": ConsoleAdapter(io.StringIO())}, clock=clock).dispatch_due()
    now = _when(clock)
    poll = await core.polls.start(
        MOD, "console", "news", question="Tea or coffee?", options=["Tea", "Coffee"], now=now
    )
    for member, option in (("a", 0), ("b", 1), ("c", 1)):
        await core.polls.vote(Actor("console", member), poll.id, option, now=now)
    done = await core.polls.start(
        MOD, "console", "news", question="Rain tomorrow?", options=["Yes", "No"], now=now
    )
    await core.polls.vote(Actor("console", "a"), done.id, 0, now=now)
    await core.polls.close(MOD, done.id, now=now)
    return poll.id, done.id


async def _source(tmp_path: Path) -> tuple[Clock, Settings, Pollwatch]:
    """The SQLite install to copy from, opened as the bot opens it (empty until ``_build_install``)."""
    clock = Clock()
    settings = _settings(tmp_path)
    return clock, settings, await Pollwatch.open(settings, clock=clock)


async def _source_file(tmp_path: Path, feed_server: FeedServer) -> Settings:
    """The SQLite install built and closed: only its file is left for ``migrate-db`` to read."""
    clock, settings, core = await _source(tmp_path)
    await _build_install(core, feed_server, clock)
    await core.close()
    return settings


async def _rows(db: Any, table: str, key: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in await db.fetchall(f"SELECT * FROM {table} ORDER BY {key}")]


TABLES = {
    "feeds": "id",
    "subscriptions": "id",
    "posts": "id",
    "entries": "feed_id, entry_key",
    "figures": "id",
    "deliveries": "id",
    "polls": "id",
    "votes": "poll_id, voter_hash",
    "secrets": "name",
    "notices": "id",
}


async def _same_rows(source: Storage, target: Storage) -> None:
    for table, key in TABLES.items():
        lite, pg = await _rows(source.db, table, key), await _rows(target.db, table, key)
        assert lite == pg, table


async def test_a_sqlite_install_is_copied_whole_and_again_after_more_work(
    tmp_path: Path, feed_server: FeedServer, pg_server: PgServer
) -> None:
    clock, settings, core = await _source(tmp_path)
    name, url = pg_server.create_database()
    try:
        open_id, closed_id = await _build_install(core, feed_server, clock)
        # Every table holds something, so the comparison below means something.
        for table in TABLES:
            [(count,)] = await core.storage.db.fetchall(f"SELECT COUNT(*) FROM {table}")
            assert count > 0, table

        first = await migrate_db(settings.db_path, url)
        assert (
            first.added["deliveries"] == 6
            and first.added["votes"] == 4
            and first.changed == dict.fromkeys(TABLES, 0)
        )
        target = await Storage.open(url)
        try:
            await _same_rows(core.storage, target)
        finally:
            await target.close()

        again = await migrate_db(settings.db_path, url)
        assert again.total == 0
        assert again.report(settings.db_path, url).startswith("nothing new to copy")

        # The SQLite install goes on working: a new post, a changed vote, a new vote, a feed's new state.
        feed_server.set("/one", rss(_poll_items(4)), etag='"one-2"')
        clock.advance(2 * 86400)
        await core.watcher.check_due()
        now = _when(clock) - timedelta(days=2)  # the open poll runs a day: vote within it
        assert (await core.polls.vote(Actor("console", "a"), open_id, 1, now=now)).kind is VoteKind.CHANGED
        assert (await core.polls.vote(Actor("console", "d"), open_id, 0, now=now)).kind is VoteKind.RECORDED

        third = await migrate_db(settings.db_path, url)
        assert third.added["posts"] == 1 and third.added["votes"] == 1 and third.changed["votes"] == 1
        assert third.changed["feeds"] >= 1  # the new ETag and next check
        report = third.report(settings.db_path, url)
        assert report.startswith("copied") and "posts 1 new" in report

        target = await Storage.open(url)
        try:
            await _same_rows(core.storage, target)
            pg = Pollwatch(settings, target, clock=clock)
            # The voter salt came along: a member's click on PostgreSQL finds the ballot cast on SQLite.
            kind = (await pg.polls.vote(Actor("console", "b"), open_id, 1, now=now)).kind
            assert kind is VoteKind.UNCHANGED
            assert (await target.polls.tally(open_id)).votes == {0: 1, 1: 3}
            assert (await target.polls.state(closed_id)) == (await core.storage.polls.state(closed_id))
            # New rows take ids after the copied ones: no collision with what came from SQLite.
            top = {t: (await target.db.fetchone(f"SELECT MAX(id) FROM {t}"))[0] for t in ("feeds", "polls")}  # type: ignore[index]
            feed, _ = await target.feeds.add(feed_server.url("/three"), clock.now)
            assert feed.id == top["feeds"] + 1
            fresh = await pg.polls.start(
                MOD, "console", "other", question="Walk or cycle?", options=["Walk", "Cycle"], now=now
            )
            assert fresh.id == top["polls"] + 1
        finally:
            await target.close()
    finally:
        await core.close()
        pg_server.drop_database(name)


async def test_an_empty_database_gets_the_schema_first(
    tmp_path: Path, feed_server: FeedServer, pg_server: PgServer
) -> None:
    clock, settings, core = await _source(tmp_path)
    name, url = pg_server.create_empty_database()
    try:
        await _build_install(core, feed_server, clock)
        copied = await migrate_db(settings.db_path, url)
        assert copied.added["posts"] == 5
        target = await Storage.open(url)
        try:
            assert await target.db.schema_version() == target.db.latest_version()
            await _same_rows(core.storage, target)
        finally:
            await target.close()
    finally:
        await core.close()
        pg_server.drop_database(name)


async def test_a_target_at_another_schema_level_is_refused_in_one_line(
    tmp_path: Path, feed_server: FeedServer, pg_server: PgServer
) -> None:
    settings = await _source_file(tmp_path, feed_server)
    name, url = pg_server.create_database()
    try:
        target = await Storage.open(url)
        latest = target.db.latest_version()
        await target.db.execute("INSERT INTO pollwatch_schema (version) VALUES (?)", (latest + 1,))
        await target.close()
        with pytest.raises(UserError) as refused:
            await migrate_db(settings.db_path, url)
        message = str(refused.value)
        assert (
            "\n" not in message and f"schema level {latest + 1}" in message and "upgrade pollwatch" in message
        )
        looked = await open_database(url, migrate=False)
        try:
            assert await looked.fetchall("SELECT id FROM feeds") == []  # nothing was copied
        finally:
            await looked.close()
        done = await asyncio.to_thread(
            _cli, ["migrate-db", "--from", str(settings.db_path), "--to", url], settings.db_path
        )
        assert done[0] == 1 and done[1].count("\n") == 1 and "upgrade pollwatch" in done[1]
    finally:
        pg_server.drop_database(name)


async def test_a_target_holding_other_data_is_refused_and_left_as_it_was(
    tmp_path: Path, feed_server: FeedServer, pg_server: PgServer
) -> None:
    clock, settings, core = await _source(tmp_path)
    await _build_install(core, feed_server, clock)
    [first] = await core.storage.db.fetchall("SELECT url FROM feeds WHERE id = 1")
    await core.close()
    name, url = pg_server.create_database()
    try:
        target = await Storage.open(url)
        await target.feeds.add("http://127.0.0.1:9/elsewhere", clock.now)  # id 1 here
        await target.feeds.add(first[0], clock.now)  # the file's feed 1, under id 2
        with pytest.raises(UserError) as refused:
            await migrate_db(settings.db_path, url)
        message = str(refused.value)
        assert "\n" not in message and "did not come from" in message and "nothing was copied" in message
        assert [f.url for f in await target.feeds.all()] == ["http://127.0.0.1:9/elsewhere", first[0]]
        assert await target.db.fetchall("SELECT * FROM posts") == []
        await target.close()
    finally:
        pg_server.drop_database(name)


def _cli(argv: list[str], db_path: Path) -> tuple[int, str, str]:
    import contextlib
    import os

    out, err = io.StringIO(), io.StringIO()
    saved = os.environ.get("POLLWATCH_DB")
    os.environ["POLLWATCH_DB"] = str(db_path)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(argv)
    finally:
        if saved is None:
            os.environ.pop("POLLWATCH_DB", None)
        else:
            os.environ["POLLWATCH_DB"] = saved
    return code, err.getvalue(), out.getvalue()


async def test_the_command_says_what_it_copied_then_that_nothing_is_new(
    tmp_path: Path, feed_server: FeedServer, pg_server: PgServer
) -> None:
    settings = await _source_file(tmp_path, feed_server)
    name, url = pg_server.create_database()
    try:
        code, err, out = await asyncio.to_thread(_cli, ["migrate-db", "--to", url], settings.db_path)
        assert (code, err) == (0, "") and out.startswith("copied") and "votes 4 new" in out
        code, err, out = await asyncio.to_thread(_cli, ["migrate-db", "--to", url], settings.db_path)
        assert (code, err) == (0, "") and out.startswith("nothing new to copy")
        code, err, out = await asyncio.to_thread(
            _cli, ["migrate-db", "--to", str(tmp_path / "other.db")], settings.db_path
        )
        assert code == 1 and "postgresql://" in err
    finally:
        pg_server.drop_database(name)
