"""The storage seam over both backends, and the work several processes share through it.

Two ``Storage`` objects over one database, each with its own connection(s) and its own owner name, stand for
two pollwatch processes: what one holds the other must not take, and what one dies holding must come free.
"""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest

from bot.cli import cmd_doctor
from bot.config import Settings, hide_password, load_settings
from bot.core import Pollwatch
from bot.errors import UserError
from bot.feeds.watcher import plan_for_subscribers
from bot.models import Extraction
from bot.permissions import OPERATOR
from bot.polls.models import Poll, PollOption, PollSpec
from bot.polls.rules import VoteKind, decide_vote
from bot.storage import FeedState, NewPost, Storage
from bot.storage.migrations import MIGRATIONS
from bot.storage.migrations_pg import POSTGRES_MIGRATIONS
from tests.pg_server import PgServer
from tests.support import Clock, FeedServer, numbered_items, rss

NOW = 1_800_000_000.0


@pytest.fixture
async def two(db_location: str | Path) -> tuple[Storage, Storage]:
    first = await Storage.open(db_location, owner="process-a")
    second = await Storage.open(db_location, owner="process-b")
    yield first, second  # type: ignore[misc]
    await first.close()
    await second.close()


async def _subscribed_feed(storage: Storage, url: str, channel: str = "news") -> int:
    feed, _ = await storage.feeds.add(url, NOW)
    await storage.subscriptions.add(feed.id, "console", channel, backfill=5, now=NOW)
    return feed.id


def _post(key: str) -> NewPost:
    return NewPost(
        entry_key=key,
        content_hash=f"hash-{key}",
        title=f"Title {key}",
        link=None,
        published_at=NOW - 60,
        position=0,
        text=f"Text of {key}.",
        summary=f"Text of {key}.",
        extraction=Extraction(),
    )


def _state() -> FeedState:
    return FeedState(etag=None, last_modified=None, title="Feed", next_check_at=NOW + 900)


# --- schema -----------------------------------------------------------------------------------------


async def test_both_backends_end_with_the_same_tables_and_columns(
    tmp_path: Path, pg_server: PgServer
) -> None:
    sqlite = await Storage.open(tmp_path / "schema.db")
    name, url = pg_server.create_database()
    postgres = await Storage.open(url)
    try:
        lite: dict[str, set[str]] = {}
        for (table,) in await sqlite.db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'"):
            lite[table] = {r["name"] for r in await sqlite.db.fetchall(f"PRAGMA table_info({table})")}
        pg: dict[str, set[str]] = {}
        for table, column in await postgres.db.fetchall(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
        ):
            pg.setdefault(table, set()).add(column)
        pg.pop("pollwatch_schema")  # PostgreSQL's record of the steps applied (SQLite: PRAGMA user_version)
        assert pg == lite, "a migration was added for one backend only: add its counterpart"
        assert await sqlite.db.schema_version() == len(MIGRATIONS)
        assert await postgres.db.schema_version() == len(POSTGRES_MIGRATIONS)
    finally:
        await sqlite.close()
        await postgres.close()
        pg_server.drop_database(name)


async def test_opening_again_migrates_nothing_and_keeps_the_data(db_location: str | Path) -> None:
    first = await Storage.open(db_location)
    await _subscribed_feed(first, "http://127.0.0.1:9/feed")
    version = await first.db.schema_version()
    await first.close()
    second = await Storage.open(db_location)
    try:
        assert await second.db.schema_version() == version == second.db.latest_version()
        assert [f.url for f in await second.feeds.all()] == ["http://127.0.0.1:9/feed"]
    finally:
        await second.close()


# --- feeds: leased when due -------------------------------------------------------------------------


async def test_a_due_feed_is_leased_to_one_process(two: tuple[Storage, Storage]) -> None:
    a, b = two
    ids = {await _subscribed_feed(a, f"http://127.0.0.1:9/{i}") for i in range(6)}
    taken_a, taken_b = await asyncio.gather(a.feeds.lease_due(NOW, 4, 300), b.feeds.lease_due(NOW, 4, 300))
    got_a, got_b = {f.id for f in taken_a}, {f.id for f in taken_b}
    assert not got_a & got_b and got_a | got_b == ids
    assert await a.feeds.lease_due(NOW, 10, 300) == [] and await b.feeds.lease_due(NOW, 10, 300) == []
    # The run loop does not wake for feeds someone else is checking: next due is when the leases run out.
    assert await a.feeds.next_due_at() == NOW + 300


async def test_a_crashed_process_leases_expire(two: tuple[Storage, Storage]) -> None:
    a, b = two
    feed_id = await _subscribed_feed(a, "http://127.0.0.1:9/feed")
    assert [f.id for f in await a.feeds.lease_due(NOW, 10, 300)] == [feed_id]
    # a dies here, holding the lease.
    assert await b.feeds.lease_due(NOW + 299, 10, 300) == []
    assert [f.id for f in await b.feeds.lease_due(NOW + 300, 10, 300)] == [feed_id]


async def test_a_killed_process_feed_leases_are_released_when_a_watcher_starts(
    settings: Settings, clock: Clock, feed_server: FeedServer
) -> None:
    import socket
    import sys

    child = await asyncio.create_subprocess_exec(sys.executable, "-c", "pass")
    await child.wait()  # its pid now names a process that is gone
    dead = await Storage.open(settings.database, owner=f"{socket.gethostname()}:{child.pid}:1")
    alive = await Storage.open(settings.database, owner="another-host:1:1")  # not ours to judge: kept
    core = await Pollwatch.open(settings, clock=clock)
    try:
        url = feed_server.set("/a", rss(numbered_items(1)), etag='"a"')
        other = feed_server.set("/b", rss(numbered_items(1)), etag='"b"')
        await core.feeds.add(OPERATOR, "console", "news", url, backfill=1)
        await core.feeds.add(OPERATOR, "console", "news", other, backfill=1)
        clock.advance(settings.check_interval * 2)
        [held] = await dead.feeds.lease_due(clock.now, 1, 600)
        [kept] = await alive.feeds.lease_due(clock.now, 1, 600)
        feed_server.hits.clear()
        outcomes = await core.watcher.check_due()
        assert [o.feed_id for o in outcomes] == [held.id]  # checked now, not in ten minutes
        assert await core.storage.feeds.lease_holders(clock.now) == ["another-host:1:1"]
        assert kept.id != held.id
    finally:
        await core.close()
        await dead.close()
        await alive.close()


async def test_storing_a_fetch_releases_the_lease(two: tuple[Storage, Storage]) -> None:
    a, b = two
    feed_id = await _subscribed_feed(a, "http://127.0.0.1:9/feed")
    await a.feeds.lease_due(NOW, 10, 300)
    assert await a.posts.record_fetch(feed_id, [_post("x")], [], _state(), NOW, plan=plan_for_subscribers)
    await a.feeds.record_not_modified(feed_id, NOW, NOW)  # due again at once, and nobody holds it
    assert [f.id for f in await b.feeds.lease_due(NOW, 10, 300)] == [feed_id]


async def test_a_fetch_stored_after_the_lease_passed_on_is_dropped_quietly(
    two: tuple[Storage, Storage],
) -> None:
    a, b = two
    feed_id = await _subscribed_feed(a, "http://127.0.0.1:9/feed")
    await a.feeds.lease_due(NOW, 10, 300)
    await b.feeds.lease_due(NOW + 400, 10, 300)  # a was too slow: its lease ran out and b took the feed
    post = _post("entry-1")
    stored = await b.posts.record_fetch(
        feed_id, [post], [], _state(), NOW + 401, plan=plan_for_subscribers, leased=True
    )
    assert stored is not None and len(stored) == 1
    # a finishes late: no unique-key error, nothing stored twice, b's state kept.
    late = await a.posts.record_fetch(
        feed_id, [post], [], _state(), NOW + 402, plan=plan_for_subscribers, leased=True
    )
    assert late is None
    assert await a.posts.count(feed_id) == 1
    assert len(await a.deliveries.all()) == 1
    failures = await a.feeds.record_failure(feed_id, NOW + 403, "late", NOW + 999, leased=True)
    assert failures == 0  # a's late failure does not touch the feed b holds
    feed = await a.feeds.get(feed_id)
    assert feed is not None and feed.last_error is None


async def test_a_post_another_process_stored_meanwhile_is_not_stored_twice(
    two: tuple[Storage, Storage],
) -> None:
    """An admin's first read of a feed holds no lease; a watcher may store the same entries meanwhile."""
    a, b = two
    feed_id = await _subscribed_feed(a, "http://127.0.0.1:9/feed")
    posts = [_post("one"), _post("two")]
    first = await a.posts.record_fetch(feed_id, posts, [], _state(), NOW, plan=plan_for_subscribers)
    second = await b.posts.record_fetch(feed_id, posts, [], _state(), NOW, plan=plan_for_subscribers)
    assert first is not None and len(first) == 2 and second == []
    assert await a.posts.count(feed_id) == 2 and len(await a.deliveries.all()) == 2


async def test_two_watchers_fetch_each_due_feed_once(
    settings: Settings, clock: Clock, feed_server: FeedServer
) -> None:
    first = await Pollwatch.open(settings, clock=clock)
    second = await Pollwatch.open(settings, clock=clock)
    try:
        paths = [f"/feed-{i}" for i in range(12)]
        for path in paths:
            url = feed_server.set(path, rss(numbered_items(2, start=None)), etag=f'"{path}"')
            await first.feeds.add(OPERATOR, "console", "news", url, backfill=1)
        feed_server.hits.clear()
        clock.advance(settings.check_interval * 2)
        one, other = await asyncio.gather(first.watcher.check_due(), second.watcher.check_due())
        assert sorted(o.feed_id for o in one + other) == sorted(f.id for f in await first.storage.feeds.all())
        assert feed_server.hits == dict.fromkeys(paths, 1)  # each feed fetched once in the cycle
        assert {o.status for o in one + other} == {"unchanged"}
        assert await first.watcher.check_due() == [] and await second.watcher.check_due() == []
    finally:
        await first.close()
        await second.close()


async def test_a_feed_due_again_at_once_is_not_left_leased(
    settings: Settings, clock: Clock, feed_server: FeedServer
) -> None:
    """With a zero interval a checked feed is due again at once: the pass must not lease it a second time
    (it would sit leased and unchecked until the lease ran out, for every process)."""
    from tests.support import with_settings

    core = await Pollwatch.open(
        with_settings(settings, check_interval=0.0, min_check_interval=0.0), clock=clock
    )
    try:
        url = feed_server.set("/feed", rss(numbered_items(2)), etag='"v1"')
        await core.feeds.add(OPERATOR, "console", "news", url, backfill=1)
        assert [o.status for o in await core.watcher.check_due()] == ["unchanged"]
        rows = await core.storage.db.fetchall("SELECT leased_by, lease_until FROM feeds")
        assert [tuple(r) for r in rows] == [(None, None)]
    finally:
        await core.close()


# --- outbox: claimed with SKIP LOCKED, the lease naming the process -----------------------------------


async def test_outbox_rows_are_claimed_once_across_processes(two: tuple[Storage, Storage]) -> None:
    a, b = two
    feed_id = await _subscribed_feed(a, "http://127.0.0.1:9/feed")
    await a.subscriptions.add(feed_id, "console", "other", backfill=5, now=NOW)
    posts = [_post(f"e{i}") for i in range(5)]
    await a.posts.record_fetch(feed_id, posts, [], _state(), NOW, plan=plan_for_subscribers)
    total = len(await a.deliveries.all())
    assert total == 10  # five posts to each of two channels
    claims = await asyncio.gather(
        *(s.deliveries.claim_due(NOW, 3, 60, ("console",)) for s in (a, b, a, b, a, b, a, b))
    )
    claimed = [d.id for batch in claims for d in batch]
    assert sorted(claimed) == sorted({d.id for d in await a.deliveries.all()})  # each exactly once
    holders = await a.db.fetchall("SELECT claimed_by, COUNT(*) FROM deliveries GROUP BY claimed_by")
    assert {r[0] for r in holders} <= {"process-a", "process-b"} and sum(r[1] for r in holders) == total
    # Nothing is due again until the leases run out; then anyone may take the rows again.
    assert await b.deliveries.claim_due(NOW + 59, 100, 60, ("console",)) == []
    assert len(await b.deliveries.claim_due(NOW + 60, 100, 60, ("console",))) == total


async def test_a_scheduled_digest_is_claimed_by_one_process(two: tuple[Storage, Storage]) -> None:
    a, b = two
    feed_id = await _subscribed_feed(a, "http://127.0.0.1:9/feed")
    (subscription,) = await a.subscriptions.for_feed(feed_id)
    await a.subscriptions.set_schedule(subscription.id, "daily 08:00", NOW + 60)
    await a.posts.record_fetch(
        feed_id, [_post(f"e{i}") for i in range(4)], [], _state(), NOW, plan=plan_for_subscribers
    )
    assert {d.status for d in await a.deliveries.all()} == {"held"}
    bundles = await asyncio.gather(
        *(s.deliveries.claim_held(subscription.id, NOW + 60, 300) for s in (a, b, a, b))
    )
    assert sorted(len(bundle) for bundle in bundles) == [0, 0, 0, 4]  # one digest, from one process


async def test_a_failed_attempt_is_counted_without_boolean_arithmetic(db_location: str | Path) -> None:
    storage = await Storage.open(db_location)
    try:
        feed_id = await _subscribed_feed(storage, "http://127.0.0.1:9/feed")
        await storage.posts.record_fetch(feed_id, [_post("x")], [], _state(), NOW, plan=plan_for_subscribers)
        (delivery,) = await storage.deliveries.claim_due(NOW, 10, 60, ("console",))
        await storage.deliveries.set_status([delivery.id], "pending", error="busy", next_attempt_at=NOW + 5)
        await storage.deliveries.set_status([delivery.id], "pending")
        again = await storage.deliveries.get(delivery.id)
        assert again is not None and again.attempts == 1 and again.last_error == "busy"
    finally:
        await storage.close()


# --- polls: closed once, votes exact ------------------------------------------------------------------


def _spec() -> PollSpec:
    from datetime import UTC, datetime

    return PollSpec(
        platform="console",
        channel="demo",
        question="Tea?",
        options=(PollOption(0, "Yes"), PollOption(1, "No")),
        closes_at=datetime.fromtimestamp(NOW + 3600, UTC),
        created_by="mod",
    )


async def _tea_poll(storage: Storage) -> Poll:
    """The open poll "Tea?" (Yes/No, closing an hour after NOW), created on ``storage``."""
    poll = await storage.polls.create(_spec(), "custom:tea", NOW)
    assert isinstance(poll, Poll)
    return poll


async def test_a_poll_closes_exactly_once_whoever_sees_it_due(two: tuple[Storage, Storage]) -> None:
    a, b = two
    poll = await _tea_poll(a)
    late = NOW + 7200
    outcomes = await asyncio.gather(*(s.polls.close(poll.id, late) for s in (a, b) * 10))
    assert outcomes.count(True) == 1
    closed = await b.polls.get(poll.id)
    assert closed is not None and closed.closed_at is not None
    assert closed.closed_at.timestamp() == NOW + 3600  # the deadline, not the late moment it was seen


async def test_the_same_poll_started_on_two_processes_at_once_is_stored_once(
    two: tuple[Storage, Storage],
) -> None:
    a, b = two
    results = await asyncio.gather(*(s.polls.create(_spec(), "p1q1", NOW) for s in (a, b) * 4))
    created = [r for r in results if isinstance(r, Poll)]
    assert len(created) == 1  # the others learn which poll is open instead of failing on the unique index
    assert {r.id for r in results} == {created[0].id}
    assert len(await a.polls.in_channel("console", "demo", open_only=False, limit=10)) == 1


async def test_votes_landing_on_two_processes_are_exact(two: tuple[Storage, Storage]) -> None:
    a, b = two
    poll = await _tea_poll(a)

    def vote(option: int):  # type: ignore[no-untyped-def]
        from datetime import UTC, datetime

        return lambda state, previous: decide_vote(
            state, previous, option, None, datetime.fromtimestamp(NOW, UTC)
        )

    # 60 members, each clicking twice (once on each process) on the same option, a third clicking "No".
    clicks = [
        s.polls.apply_vote(poll.id, f"member-{i}", vote(0 if i % 3 else 1), NOW)
        for i in range(60)
        for s in (a, b)
    ]
    await asyncio.gather(*clicks)
    tally = await a.polls.tally(poll.id)
    assert tally.votes == {0: 40, 1: 20}


def _decision(option: int | None, subgroup: str | None = None):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return lambda state, previous: decide_vote(
        state, previous, option, subgroup, datetime.fromtimestamp(NOW, UTC)
    )


async def test_changes_and_withdrawals_racing_on_two_processes_stay_exact(
    two: tuple[Storage, Storage],
) -> None:
    a, b = two
    poll = await _tea_poll(a)
    for i in range(30):
        await a.polls.apply_vote(poll.id, f"member-{i}", _decision(0, "old"), NOW)
    # Each member clicks "No" on one process and withdraws on the other at the same moment; members 20-29
    # withdraw on both. Whatever the order, each click is decided on the ballot the other left.
    clicks = []
    for i in range(30):
        voter = f"member-{i}"
        if i < 20:
            clicks += [a.polls.apply_vote(poll.id, voter, _decision(1), NOW)]
            clicks += [b.polls.apply_vote(poll.id, voter, _decision(None), NOW)]
        else:
            clicks += [s.polls.apply_vote(poll.id, voter, _decision(None), NOW) for s in (a, b)]
    kinds = await asyncio.gather(*clicks)
    tally = await a.polls.tally(poll.id)
    for i in range(20):
        change, withdraw = kinds[2 * i], kinds[2 * i + 1]
        if (
            change is VoteKind.CHANGED
        ):  # a ballot of "No" that kept the subgroup answer, unless withdrawn after
            assert withdraw is VoteKind.WITHDRAWN
        else:  # withdrawn first; the click on "No" is then a first ballot
            assert (withdraw, change) == (VoteKind.WITHDRAWN, VoteKind.RECORDED)
    for i in range(20, 30):
        assert sorted([kinds[2 * i], kinds[2 * i + 1]]) == sorted(
            [VoteKind.WITHDRAWN, VoteKind.NOTHING_TO_WITHDRAW]
        )
    remaining = sum(1 for i in range(20) if kinds[2 * i] is VoteKind.RECORDED)
    assert tally.votes == ({1: remaining} if remaining else {})
    assert sum(tally.subgroup_votes.get("old", {}).values()) == 0


async def test_the_same_members_voting_at_once_on_two_processes_never_deadlock(
    two: tuple[Storage, Storage],
) -> None:
    """First ballots go in batches: two processes batching the same members in opposite orders must not
    each hold a ballot the other waits for (PostgreSQL would abort one with a deadlock)."""
    a, b = two
    poll = await _tea_poll(a)
    await a.polls.apply_vote(poll.id, "warm", _decision(0), NOW)  # both have seen the poll open
    await b.polls.apply_vote(poll.id, "warm", _decision(0), NOW)
    members = [f"member-{i:03}" for i in range(400)]
    kinds = await asyncio.gather(
        *(a.polls.apply_vote(poll.id, m, _decision(0), NOW) for m in members),
        *(b.polls.apply_vote(poll.id, m, _decision(1), NOW) for m in reversed(members)),
    )
    by_member = dict.fromkeys(members, ())  # type: dict[str, tuple[VoteKind, ...]]
    for m, kind in zip(members + members[::-1], kinds, strict=True):
        by_member[m] += (kind,)
    assert all(sorted(k) == sorted((VoteKind.RECORDED, VoteKind.CHANGED)) for k in by_member.values())
    tally = await a.polls.tally(poll.id)
    assert sum(tally.votes.values()) == 401


async def test_a_batch_of_ballots_picked_to_break_a_deadlock_is_decided_again(pg_server: PgServer) -> None:
    """Another writer holds one member's new ballot and then waits for one of ours: PostgreSQL breaks the
    cycle by rolling our batch back. Nothing of it was written, so each ballot is decided again, not
    refused."""
    import psycopg

    name, url = pg_server.create_database()
    # PostgreSQL looks for a cycle once per lock wait, deadlock_timeout after the wait began. Ours starts
    # waiting first, so its one look must come after the other writer closes the cycle: 4 s leaves room
    # for a loaded machine (with the default 1 s, ours sometimes looked too early, found no cycle, and the
    # other writer's later look rolled the other writer back instead).
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as admin:
        await admin.execute(f"ALTER DATABASE \"{name}\" SET deadlock_timeout = '4s'")
    storage = await Storage.open(url)
    other = await psycopg.AsyncConnection.connect(url)
    # The other writer writes first ballots as another pollwatch process does (ON CONFLICT DO NOTHING).
    first_ballot = (
        "INSERT INTO votes (poll_id, voter_hash, option_index, cast_at) VALUES (%s, %s, 1, 0) "
        "ON CONFLICT (poll_id, voter_hash) DO NOTHING"
    )
    try:
        poll = await _tea_poll(storage)
        await storage.polls.apply_vote(poll.id, "warm", _decision(0), NOW)  # seen open: batched from now
        await other.execute("SET deadlock_timeout = '30s'")  # so that ours is the one that sees the cycle
        await other.execute(first_ballot, (poll.id, "b-member"))
        ours = asyncio.gather(
            *(storage.polls.apply_vote(poll.id, m, _decision(0), NOW) for m in ("a-member", "b-member"))
        )
        # Wait until our batch (a-member, b-member: voter order) has written a-member and waits for the other
        # writer's b-member: a backend blocked by the other writer's, not any lock wait, nor a fixed time.
        for _ in range(600):
            await other.execute("SELECT pg_stat_clear_snapshot()")  # a fresh view inside this transaction
            cur = await other.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pg_backend_pid() = ANY(pg_blocking_pids(pid))"
            )
            row = await cur.fetchone()
            if row is not None and row[0] >= 1:
                break
            await asyncio.sleep(0.05)
        else:
            pytest.fail("our batch never waited for the other writer's ballot")
        # Waits for our a-member: a cycle, which our side finds (its deadlock_timeout is 4 s; had the other
        # side been picked instead, this would raise DeadlockDetected). Once our batch is rolled back, which
        # writer gets a-member is a race PostgreSQL does not decide: this statement re-checks the key when it
        # wakes, and our a-member, decided again, may be written first (on a loaded machine it sometimes
        # is: a plain INSERT then failed with a duplicate key). Either way no ballot is lost or refused.
        theirs = await other.execute(first_ballot, (poll.id, "a-member"))
        other_took_a = theirs.rowcount == 1
        await other.commit()
        kinds = await ours
        # Decided again on what is there: the other writer's ballots, or (a-member) none yet.
        assert kinds == [VoteKind.CHANGED if other_took_a else VoteKind.RECORDED, VoteKind.CHANGED]
        assert (await storage.polls.tally(poll.id)).votes == {0: 3}
    finally:
        await other.close()
        await storage.close()
        pg_server.drop_database(name)


async def test_a_vote_decided_before_a_close_on_another_process_is_not_stored(
    two: tuple[Storage, Storage],
) -> None:
    a, b = two
    poll = await _tea_poll(a)
    assert await a.polls.apply_vote(poll.id, "first", _decision(0), NOW) is VoteKind.RECORDED
    assert await b.polls.close(poll.id, NOW)
    # Process a saw the poll open; its next first ballot is written only if the poll still is.
    with pytest.raises(UserError, match="closed"):
        await a.polls.apply_vote(poll.id, "late", _decision(1), NOW)
    with pytest.raises(UserError, match="closed"):
        await a.polls.apply_vote(poll.id, "first", _decision(1), NOW)
    assert (await b.polls.tally(poll.id)).votes == {0: 1}


async def test_votes_racing_a_close_are_counted_or_refused_never_both(two: tuple[Storage, Storage]) -> None:
    a, b = two
    poll = await _tea_poll(a)
    await a.polls.apply_vote(poll.id, "warm", _decision(0), NOW)  # both processes have seen it open
    await b.polls.apply_vote(poll.id, "warm", _decision(0), NOW)

    async def vote(storage: Storage, i: int) -> bool:
        try:
            await storage.polls.apply_vote(poll.id, f"member-{i}", _decision(i % 2), NOW)
        except UserError:
            return False
        return True

    async def close() -> bool:
        await asyncio.sleep(0.01)
        return await b.polls.close(poll.id, NOW)

    *accepted, closed = await asyncio.gather(*(vote((a, b)[i % 2], i) for i in range(200)), close())
    assert closed
    tally = await a.polls.tally(poll.id)
    assert sum(tally.votes.values()) == 1 + sum(accepted)


# --- doctor -------------------------------------------------------------------------------------------


async def test_doctor_reports_the_backend_its_version_and_the_schema_level(
    settings: Settings, db_location: str | Path
) -> None:
    storage = await Storage.open(db_location)
    await storage.close()
    out = io.StringIO()
    await asyncio.to_thread(cmd_doctor, None, settings, out)  # type: ignore[arg-type]
    line = next(x for x in out.getvalue().splitlines() if x.startswith("database:"))
    if isinstance(db_location, str):
        assert (
            "PostgreSQL 1" in line
            and f"schema {len(POSTGRES_MIGRATIONS)} of {len(POSTGRES_MIGRATIONS)}" in line
        )
    else:
        assert "SQLite 3." in line and f"schema {len(MIGRATIONS)} of {len(MIGRATIONS)}" in line


def test_doctor_on_a_fresh_install_creates_nothing(tmp_path: Path) -> None:
    settings = load_settings({"POLLWATCH_DB": str(tmp_path / "new.db")}, None)
    out = io.StringIO()
    cmd_doctor(None, settings, out)  # type: ignore[arg-type]
    assert "no database yet" in out.getvalue() and not (tmp_path / "new.db").exists()


def test_doctor_says_plainly_when_the_server_cannot_be_reached(tmp_path: Path) -> None:
    url = f"postgresql://pollwatch:hunter2hunter2@/nowhere?host={tmp_path}&connect_timeout=1"
    settings = load_settings({"POLLWATCH_DB": url}, None)
    out = io.StringIO()
    assert cmd_doctor(None, settings, out) == 1  # type: ignore[arg-type]
    text = out.getvalue()
    assert "database: cannot be read: cannot connect to PostgreSQL" in text
    assert "hunter2hunter2" not in text


def test_postgres_url_is_chosen_by_pollwatch_db_and_its_password_hidden() -> None:
    url = "postgresql://bot:s3cr3t-pass@db.internal:5433/pollwatch"
    settings = load_settings({"POLLWATCH_DB": url}, None)
    assert settings.db_url == url and settings.database == url
    assert hide_password(url) == "postgresql://bot:***@db.internal:5433/pollwatch"
    assert hide_password("postgresql:///db?host=/run&password=hush&sslmode=off") == (
        "postgresql:///db?host=/run&password=***&sslmode=off"
    )
    assert isinstance(load_settings({"POLLWATCH_DB": "/tmp/x.db"}, None).database, Path)


async def test_a_user_without_create_rights_opens_a_current_database(pg_server: PgServer) -> None:
    """An operator may run pollwatch as a role that reads and writes the tables but creates nothing."""
    name, url = pg_server.create_database()
    role = f"rw_{name}"
    try:
        for sql in (
            f"CREATE ROLE {role} LOGIN",
            f"REVOKE CREATE ON SCHEMA public FROM {role}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
        ):
            await _admin(url, sql)
        storage = await Storage.open(url.replace("postgres@", f"{role}@"))
        try:
            poll = await _tea_poll(storage)
            assert await storage.polls.apply_vote(poll.id, "m", _decision(0), NOW) is VoteKind.RECORDED
        finally:
            await storage.close()
    finally:
        pg_server.drop_database(name)
        await _admin(pg_server.url("postgres"), f"DROP ROLE IF EXISTS {role}")


async def _admin(url: str, sql: str) -> None:
    import psycopg

    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        await conn.execute(sql)  # type: ignore[arg-type]
