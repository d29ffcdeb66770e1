"""The poll store on its own: schema step 2, upserts, closing, tallies, the installation secret."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.errors import StorageError
from bot.polls.models import Poll, PollOption, PollSpec, PollStatus, ReferenceSeries
from bot.polls.rules import Ballot, PollState, VoteKind, decide_vote
from bot.storage import Storage

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def spec(channel: str = "demo", **changes: object) -> PollSpec:
    base: dict[str, object] = {
        "platform": "console",
        "channel": channel,
        "question": "Tea?",
        "options": (PollOption(0, "Yes"), PollOption(1, "No")),
        "closes_at": NOW + timedelta(hours=1),
        "created_by": "mod",
        "references": (
            ReferenceSeries(
                "adults", "YouGov", {"Yes": 60.0, "No": None}, 1000, 3.2, "Mar 1", NOW, "https://x"
            ),
        ),
        "subgroup_question": "Who are you?",
        "subgroup_options": (PollOption(0, "A"), PollOption(1, "B")),
        "subgroup_populations": (("A", "adults"),),
    }
    base.update(changes)
    return PollSpec(**base)  # type: ignore[arg-type]


def vote(option: int | None, subgroup: str | None = None):  # type: ignore[no-untyped-def]
    return lambda state, previous: decide_vote(state, previous, option, subgroup, NOW)


@pytest.fixture
async def storage(db_location: str | Path) -> Storage:
    opened = await Storage.open(db_location)
    yield opened  # type: ignore[misc]
    await opened.close()


async def test_the_poll_tables_are_there(storage: Storage) -> None:
    assert await storage.db.schema_version() == storage.db.latest_version() >= 1
    for table in ("polls", "votes", "secrets"):
        assert await storage.db.fetchall(f"SELECT * FROM {table} LIMIT 1") == []


async def test_a_poll_round_trips(storage: Storage) -> None:
    created = await storage.polls.create(spec(), "custom:tea?", NOW.timestamp())
    assert isinstance(created, Poll)
    assert created.spec == spec() and created.status is PollStatus.OPEN and created.created_at == NOW
    assert await storage.polls.get(created.id) == created
    assert await storage.polls.get(999) is None


async def test_one_open_poll_per_question_and_channel(storage: Storage) -> None:
    first = await storage.polls.create(spec(), "p1q1", NOW.timestamp())
    assert isinstance(first, Poll)
    blocked = await storage.polls.create(spec(), "p1q1", NOW.timestamp())
    assert isinstance(blocked, PollState) and blocked.id == first.id
    assert isinstance(await storage.polls.create(spec("other"), "p1q1", NOW.timestamp()), Poll)
    # The partial unique index backs the check up (e.g. another process).
    with pytest.raises(StorageError):
        async with storage.db.transaction() as tx:
            await tx.execute(
                "INSERT INTO polls (platform, channel, question_key, question, options, refs, hide_results, "
                "subgroup_options, subgroup_populations, created_by, created_at, closes_at) "
                "VALUES ('console', 'demo', 'p1q1', 'q', '[]', '[]', 1, '[]', '[]', 'x', 0, 0)"
            )
    assert await storage.polls.close(first.id, NOW.timestamp())
    assert isinstance(await storage.polls.create(spec(), "p1q1", NOW.timestamp()), Poll)


async def test_votes_upsert_withdraw_and_tally(storage: Storage) -> None:
    poll = await storage.polls.create(spec(), "k", NOW.timestamp())
    assert isinstance(poll, Poll)
    ts = NOW.timestamp()
    assert await storage.polls.apply_vote(poll.id, "h1", vote(0, "A"), ts) is VoteKind.RECORDED
    assert await storage.polls.apply_vote(poll.id, "h1", vote(0), ts) is VoteKind.UNCHANGED
    assert await storage.polls.apply_vote(poll.id, "h1", vote(1), ts) is VoteKind.CHANGED
    assert await storage.polls.apply_vote(poll.id, "h2", vote(1), ts) is VoteKind.RECORDED
    assert await storage.polls.apply_vote(poll.id, "h3", vote(0, "B"), ts) is VoteKind.RECORDED
    tally = await storage.polls.tally(poll.id)
    assert tally.votes == {0: 1, 1: 2} and tally.subgroup_votes == {"A": {1: 1}, "B": {0: 1}}
    assert await storage.polls.apply_vote(poll.id, "h3", vote(None), ts) is VoteKind.WITHDRAWN
    assert (await storage.polls.tally(poll.id)).votes == {1: 2}
    assert await storage.polls.apply_vote(999, "h1", vote(0), ts) is None


async def test_close_is_idempotent_and_records_the_earlier_of_now_and_deadline(storage: Storage) -> None:
    poll = await storage.polls.create(spec(), "k", NOW.timestamp())
    assert isinstance(poll, Poll)
    late = (NOW + timedelta(days=1)).timestamp()
    assert await storage.polls.due(NOW.timestamp()) == []
    assert await storage.polls.due(late) == [poll.id]
    assert await storage.polls.close(poll.id, late)
    assert not await storage.polls.close(poll.id, late)
    closed = await storage.polls.get(poll.id)
    assert (
        closed is not None and closed.status is PollStatus.CLOSED and closed.closed_at == poll.spec.closes_at
    )
    with pytest.raises(Exception, match="closed at"):
        await storage.polls.apply_vote(poll.id, "h9", vote(0), NOW.timestamp())
    assert (await storage.polls.tally(poll.id)).n == 0


async def test_the_generated_secret_is_kept(db_location: str | Path) -> None:
    first = await Storage.open(db_location)
    salt = await first.polls.secret("voter_salt")
    assert salt == await first.polls.secret("voter_salt") and len(salt) == 64
    await first.close()
    second = await Storage.open(db_location)
    try:
        assert await second.polls.secret("voter_salt") == salt
    finally:
        await second.close()


def test_rules_decide_votes() -> None:
    state = PollState(1, PollStatus.OPEN, NOW + timedelta(minutes=1), None, True)
    assert decide_vote(state, None, 0, None, NOW) == (VoteKind.RECORDED, Ballot(0))
    assert decide_vote(state, Ballot(0, "A"), 0, None, NOW) == (VoteKind.UNCHANGED, Ballot(0, "A"))
    assert decide_vote(state, Ballot(0, "A"), 0, "B", NOW) == (VoteKind.CHANGED, Ballot(0, "B"))
    assert decide_vote(state, Ballot(0), None, None, NOW) == (VoteKind.WITHDRAWN, None)
    assert decide_vote(state, None, None, None, NOW) == (VoteKind.NOTHING_TO_WITHDRAW, None)
    with pytest.raises(Exception, match="closed at 2026-03-02 12:01 UTC"):
        decide_vote(state, None, 0, None, NOW + timedelta(minutes=1))
