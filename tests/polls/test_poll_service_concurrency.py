"""Concurrency, races and restarts over a real SQLite file."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.config import Settings
from bot.core import Pollwatch
from bot.polls.models import PollStatus
from tests.polls.poll_support import MOD, at, member, open_core
from tests.support import Clock


async def test_a_thousand_concurrent_votes_are_counted_exactly(poll_core: Pollwatch, clock: Clock) -> None:
    poll = await poll_core.polls.start(
        MOD, "console", "demo", question="Tea or coffee?", options=["Tea", "Coffee", "Neither"], now=at(clock)
    )
    now = at(clock)
    results = await asyncio.gather(
        *(poll_core.polls.vote(member(i), poll.id, i % 3, now=now) for i in range(1000))
    )
    assert all(r.kind == "recorded" for r in results)
    closed = await poll_core.polls.close(MOD, poll.id, now=now)
    assert closed.results.n == 1000
    assert [o.votes for o in closed.results.options] == [334, 333, 333]
    row = await poll_core.storage.db.fetchone("SELECT COUNT(*) FROM votes WHERE poll_id = ?", (poll.id,))
    assert row is not None and row[0] == 1000


async def test_concurrent_double_clicks_count_once(poll_core: Pollwatch, clock: Clock) -> None:
    poll = await poll_core.polls.start(
        MOD, "console", "demo", question="Tea?", options=["Yes", "No"], now=at(clock)
    )
    kinds = await asyncio.gather(
        *(poll_core.polls.vote(member(1), poll.id, 0, now=at(clock)) for _ in range(20))
    )
    assert sorted(k.kind for k in kinds) == ["recorded"] + ["unchanged"] * 19
    assert (await poll_core.polls.results(MOD, poll.id, now=at(clock))).n == 1


async def test_two_racing_closers_close_once(poll_core: Pollwatch, clock: Clock) -> None:
    poll = await poll_core.polls.start(
        MOD,
        "console",
        "demo",
        question="Tea?",
        options=["Yes", "No"],
        duration=timedelta(minutes=5),
        now=at(clock),
    )
    await poll_core.polls.vote(member(1), poll.id, 0, now=at(clock))
    clock.advance(300)
    early = poll_core.polls.close(MOD, poll.id, now=at(clock))
    due = poll_core.polls.close_due(at(clock))
    by_moderator, by_scheduler = await asyncio.gather(early, due)
    winners = int(by_moderator.closed_now) + len(by_scheduler)
    assert winners == 1
    again = await asyncio.gather(*(poll_core.polls.close(MOD, poll.id, now=at(clock)) for _ in range(5)))
    assert not any(c.closed_now for c in again)
    assert await poll_core.polls.close_due(at(clock)) == []


async def test_two_processes_race_to_close_once(poll_settings: Settings, clock: Clock) -> None:
    first, second = await open_core(poll_settings, clock), await open_core(poll_settings, clock)
    try:
        poll = await first.polls.start(
            MOD,
            "console",
            "demo",
            question="Tea?",
            options=["Yes", "No"],
            duration=timedelta(minutes=1),
            now=at(clock),
        )
        clock.advance(61)
        a, b = await asyncio.gather(first.polls.close_due(at(clock)), second.polls.close_due(at(clock)))
        assert len(a) + len(b) == 1
    finally:
        await first.close()
        await second.close()
    assert poll.id == 1


async def test_votes_survive_a_restart_and_the_poll_closes_on_time(
    poll_settings: Settings, clock: Clock
) -> None:
    core = await open_core(poll_settings, clock)
    poll = await core.polls.start(
        MOD,
        "console",
        "demo",
        question="Tea or coffee?",
        options=["Tea", "Coffee"],
        duration=timedelta(hours=2),
        now=at(clock),
    )
    for i in range(50):
        await core.polls.vote(member(i), poll.id, i % 2, now=at(clock))
    await core.close()  # the process stops

    clock.advance(3600)
    core = await open_core(poll_settings, clock)  # a new one starts over the same file
    try:
        # The salt was kept: a member who already voted changes their vote, they do not vote twice.
        assert (await core.polls.vote(member(0), poll.id, 1, now=at(clock))).kind == "changed"
        await core.polls.vote(member(50), poll.id, 0, now=at(clock))
        assert await core.polls.close_due(at(clock)) == []  # not yet
        assert await core.polls.next_deadline() == poll.spec.closes_at
        clock.advance(3600)
        [closed] = await core.polls.close_due(at(clock))
        assert closed.poll.status is PollStatus.CLOSED and closed.poll.closed_at == poll.spec.closes_at
        assert closed.results.n == 51 and [o.votes for o in closed.results.options] == [25, 26]
        assert await core.polls.next_deadline() is None
    finally:
        await core.close()


async def test_a_poll_overdue_after_downtime_is_closed_at_start_up(
    poll_settings: Settings, clock: Clock
) -> None:
    core = await open_core(poll_settings, clock)
    poll = await core.polls.start(
        MOD,
        "console",
        "demo",
        question="Tea?",
        options=["Yes", "No"],
        duration=timedelta(minutes=30),
        now=at(clock),
    )
    await core.polls.vote(member(1), poll.id, 1, now=at(clock))
    await core.close()

    clock.advance(86400)  # down for a day
    core = await open_core(poll_settings, clock)
    try:
        [closed] = await core.polls.close_due(at(clock))
        # Closed as of its deadline, not the moment the bot came back.
        assert closed.poll.closed_at == poll.spec.closes_at
        assert closed.results.n == 1 and closed.chart_path is not None and closed.chart_path.exists()
    finally:
        await core.close()
