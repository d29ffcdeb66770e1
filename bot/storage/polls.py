"""Reader polls and their votes.

Votes are stored immediately, one statement per vote (see :meth:`PollStore.apply_vote`), keyed by ``(poll_id, voter_hash)`` so a member has one
ballot per poll (an upsert changes it, a delete withdraws it). Only the salted hash of a member's platform id
is stored; :meth:`PollStore.tally` returns counts only, so nothing above storage can tell who voted for what.

Closing is ``UPDATE … WHERE id = ? AND status = 'open'`` in a write transaction: idempotent, and when several
closers race (the scheduler, a moderator, another process) exactly one sees its update applied.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bot.clock import require_datetime, to_datetime, to_ts
from bot.errors import StorageError
from bot.polls.models import Poll, PollOption, PollSpec, PollStatus, ReferenceSeries, Tally
from bot.polls.rules import Ballot, PollState, VoteKind
from bot.storage.db import Database, Params, Row
from bot.storage.notices import queue_results

_STATE = "SELECT id, status, closes_at, closed_at, hide_results FROM polls"


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _ref_to_json(ref: ReferenceSeries) -> dict[str, Any]:
    return {
        "population": ref.population,
        "pollster": ref.pollster,
        "shares": ref.shares,
        "sample_size": ref.sample_size,
        "margin_of_error": ref.margin_of_error,
        "fieldwork": ref.fieldwork,
        "published_at": to_ts(ref.published_at),
        "source_link": ref.source_link,
    }


def _ref_from_json(data: dict[str, Any]) -> ReferenceSeries:
    return ReferenceSeries(**{**data, "published_at": to_datetime(data.get("published_at"))})


def _options(raw: str) -> tuple[PollOption, ...]:
    return tuple(PollOption(i, label) for i, label in enumerate(json.loads(raw)))


def poll_from_row(row: Row) -> Poll:
    spec = PollSpec(
        platform=row["platform"],
        channel=row["channel"],
        question=row["question"],
        options=_options(row["options"]),
        closes_at=require_datetime(row["closes_at"]),
        created_by=row["created_by"],
        references=tuple(_ref_from_json(r) for r in json.loads(row["refs"])),
        hide_results=bool(row["hide_results"]),
        subgroup_question=row["subgroup_question"],
        subgroup_options=_options(row["subgroup_options"]),
        subgroup_populations=tuple((a, b) for a, b in json.loads(row["subgroup_populations"])),
        post_id=row["post_id"],
    )
    return Poll(
        id=row["id"],
        spec=spec,
        created_at=require_datetime(row["created_at"]),
        status=PollStatus(row["status"]),
        closed_at=to_datetime(row["closed_at"]),
        message_ref=row["message_ref"],
    )


def state_from_row(row: Row) -> PollState:
    return PollState(
        id=row["id"],
        status=PollStatus(row["status"]),
        closes_at=require_datetime(row["closes_at"]),
        closed_at=to_datetime(row["closed_at"]),
        hide_results=bool(row["hide_results"]),
    )


VoteDecision = Callable[[PollState, Ballot | None], tuple[VoteKind, Ballot | None]]

# How often a vote is decided again when another click or a close changed what it was decided on.
_VOTE_ATTEMPTS = 50
# The member's ballot is still the one the decision saw (a subgroup may be NULL).
_SAME_BALLOT = "option_index = ? AND (subgroup = ? OR (subgroup IS NULL AND CAST(? AS TEXT) IS NULL))"


def _ballot(ballot: Ballot) -> Params:
    return (ballot.option, ballot.subgroup, ballot.subgroup)


@dataclass(frozen=True, slots=True)
class _Seen:
    """A poll's state as read, with the stored values a write compares against (a float read back from the
    database compares equal to itself; one converted to a datetime and back might not)."""

    state: PollState
    closes_at: float
    closed_at: float | None

    @classmethod
    def from_row(cls, row: Row) -> _Seen:
        return cls(state_from_row(row), row["closes_at"], row["closed_at"])


def _gave_way(exc: StorageError) -> bool:
    """Whether PostgreSQL rolled a statement back to break a deadlock or a serialization conflict (SQLSTATE
    40P01, 40001): nothing of it was written, and trying again is the cure."""
    return str(getattr(exc.__cause__, "sqlstate", "") or "") in ("40P01", "40001")


@dataclass(slots=True)
class _Pending:
    seen: _Seen
    voter: str
    ballot: Ballot
    now: float
    done: asyncio.Future[bool]


class _FirstBallots:
    """First ballots written together: while one statement is out, the ballots arriving meanwhile queue,
    and the next statement carries all of them (for one poll, one ballot per member, up to ``MOST``). An
    idle process writes a ballot at once; a busy one pays one round trip per batch instead of per vote.
    Each ballot is still guarded on its own (the poll as seen, no ballot yet), so a batch changes nothing
    about which votes count."""

    MOST = 200

    def __init__(self, write: Callable[[list[_Pending]], Awaitable[set[str]]]) -> None:
        self._write = write
        self._queue: list[_Pending] = []
        self._flusher: asyncio.Task[None] | None = None

    async def record(self, seen: _Seen, voter: str, ballot: Ballot, now: float) -> bool:
        loop = asyncio.get_running_loop()
        item = _Pending(seen, voter, ballot, now, loop.create_future())
        self._queue.append(item)
        if self._flusher is None:
            self._flusher = loop.create_task(self._flush())
        return await item.done

    def _next_batch(self) -> list[_Pending]:
        first = self._queue[0].seen
        batch: list[_Pending] = []
        rest: list[_Pending] = []
        voters: set[str] = set()
        for item in self._queue:
            if item.seen == first and item.voter not in voters and len(batch) < self.MOST:
                batch.append(item)
                voters.add(item.voter)
            else:
                rest.append(item)
        self._queue = rest
        return batch

    async def _flush(self) -> None:
        try:
            while self._queue:
                batch = self._next_batch()
                try:
                    written = await self._write(batch)
                except StorageError as exc:
                    if _gave_way(exc):  # nothing was written: each ballot is decided again on its own
                        written = set()
                    else:
                        for item in batch:
                            if not item.done.done():
                                item.done.set_exception(exc)
                        continue
                except Exception as exc:
                    for item in batch:
                        if not item.done.done():
                            item.done.set_exception(exc)
                    continue
                except BaseException:
                    for item in batch:
                        item.done.cancel()
                    raise
                for item in batch:
                    if not item.done.done():
                        item.done.set_result(item.voter in written)
        finally:
            self._flusher = None


class PollStore:
    def __init__(self, db: Database) -> None:
        self._db = db
        # Polls this process has seen open: a first vote is decided on this and written in one statement,
        # which checks it still holds (see apply_vote).
        self._open: dict[int, _Seen] = {}
        self._first = _FirstBallots(self._write_first)

    # --- polls ------------------------------------------------------------------------------------

    async def create(self, spec: PollSpec, question_key: str, now: float) -> Poll | PollState:
        """Store a new open poll, unless this channel already has an open poll on ``question_key``: then
        nothing is stored and that poll's state is returned. The partial unique index ``polls_one_open``
        decides, so two processes starting the same poll at once store one and both learn which."""
        async with self._db.transaction() as tx:
            inserted = await tx.fetchone(
                "INSERT INTO polls (platform, channel, question_key, question, options, refs, hide_results, "
                "subgroup_question, subgroup_options, subgroup_populations, post_id, created_by, status, "
                "created_at, closes_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) "
                "ON CONFLICT DO NOTHING RETURNING *",
                (
                    spec.platform,
                    spec.channel,
                    question_key,
                    spec.question.strip(),
                    _dumps([o.label.strip() for o in spec.options]),
                    _dumps([_ref_to_json(r) for r in spec.references]),
                    int(spec.hide_results),
                    spec.subgroup_question,
                    _dumps([o.label.strip() for o in spec.subgroup_options]),
                    _dumps([list(pair) for pair in spec.subgroup_populations]),
                    spec.post_id,
                    spec.created_by,
                    now,
                    spec.closes_at.timestamp(),
                ),
            )
            if inserted is not None:
                return poll_from_row(inserted)
            row = await tx.fetchone(
                _STATE + " WHERE platform = ? AND channel = ? AND question_key = ? AND status = 'open'",
                (spec.platform, spec.channel, question_key),
            )
        if row is None:
            raise StorageError(
                "that poll could not be started: the open poll on this question closed at the same moment; "
                "try again"
            )
        return state_from_row(row)

    async def get(self, poll_id: int) -> Poll | None:
        row = await self._db.fetchone("SELECT * FROM polls WHERE id = ?", (poll_id,))
        return poll_from_row(row) if row else None

    async def state(self, poll_id: int) -> PollState | None:
        row = await self._db.fetchone(_STATE + " WHERE id = ?", (poll_id,))
        return state_from_row(row) if row else None

    async def in_channel(self, platform: str, channel: str, *, open_only: bool, limit: int) -> list[Poll]:
        """The channel's polls, newest first."""
        rows = await self._db.fetchall(
            "SELECT * FROM polls WHERE platform = ? AND channel = ? AND (? = 0 OR status = 'open') "
            "ORDER BY id DESC LIMIT ?",
            (platform, channel, int(open_only), limit),
        )
        return [poll_from_row(r) for r in rows]

    async def set_message_ref(self, poll_id: int, message_ref: str) -> None:
        async with self._db.transaction() as tx:
            await tx.execute("UPDATE polls SET message_ref = ? WHERE id = ?", (message_ref, poll_id))

    async def close(self, poll_id: int, now: float) -> bool:
        """Close an open poll; ``True`` only for the one caller whose update closed it.

        ``closed_at`` is ``now`` or the deadline, whichever is earlier: a poll closed late (after downtime)
        still closed, as far as its votes go, at its deadline. The results are queued in the outbox in the
        same transaction, so a crash after the close can't lose them.
        """
        async with self._db.transaction() as tx:
            await tx.execute(
                "UPDATE polls SET status = 'closed', "
                "closed_at = CASE WHEN closes_at < ? THEN closes_at ELSE ? END WHERE id = ? AND status = 'open'",
                (now, now, poll_id),
            )
            closed = tx.rowcount == 1
            if closed:
                await queue_results(tx, poll_id, now)
            return closed

    async def due(self, now: float) -> list[int]:
        """Open polls whose deadline has passed, oldest deadline first."""
        rows = await self._db.fetchall(
            "SELECT id FROM polls WHERE status = 'open' AND closes_at <= ? ORDER BY closes_at, id", (now,)
        )
        return [int(r[0]) for r in rows]

    async def next_deadline(self) -> float | None:
        row = await self._db.fetchone("SELECT MIN(closes_at) FROM polls WHERE status = 'open'")
        return None if row is None or row[0] is None else float(row[0])

    # --- votes ------------------------------------------------------------------------------------

    async def apply_vote(
        self, poll_id: int, voter_hash: str, decide: VoteDecision, now: float
    ) -> VoteKind | None:
        """Cast, change or withdraw one member's vote.

        ``decide`` (pure, see :func:`bot.polls.rules.decide_vote`) sees the poll's state and the member's
        current ballot and returns what happens and the ballot to keep; it may raise to refuse (nothing is
        written then). Returns ``None`` when the poll does not exist.

        Each write is one statement that applies only if what ``decide`` saw still holds: the poll's state
        unchanged (its row share-locked by the statement, so a close waits for the votes in flight and a vote
        after it finds it closed) and the member's ballot as it was. If another click or a close got there
        first, nothing is written and the decision is made again on what is there now. So votes stay exact
        with clicks for one poll on several processes, without a transaction held open across round trips.

        A member's first vote on a poll this process has seen open is decided on that state and "no ballot
        yet" and written at once: one round trip. Otherwise the state and ballot are read first (two).
        """
        known = self._open.get(poll_id)
        if known is not None:
            try:
                kind, ballot = decide(known.state, None)
            except Exception:  # e.g. the deadline passed: decided again below on what is stored
                kind, ballot = VoteKind.NOTHING_TO_WITHDRAW, None
            if (
                kind is VoteKind.RECORDED
                and ballot is not None
                and await self._record(known, voter_hash, ballot, now)
            ):
                return kind
        for _ in range(_VOTE_ATTEMPTS):
            row = await self._db.fetchone(
                "SELECT p.id, p.status, p.closes_at, p.closed_at, p.hide_results, v.option_index, v.subgroup "
                "FROM polls p LEFT JOIN votes v ON v.poll_id = p.id AND v.voter_hash = ? WHERE p.id = ?",
                (voter_hash, poll_id),
            )
            if row is None:
                return None
            seen = _Seen.from_row(row)
            if seen.state.status is PollStatus.OPEN:
                self._open[poll_id] = seen
            else:
                self._open.pop(poll_id, None)
            previous = None if row["option_index"] is None else Ballot(row["option_index"], row["subgroup"])
            kind, ballot = decide(seen.state, previous)
            if kind.writes and ballot is not None:
                if previous is None:
                    done = await self._record(seen, voter_hash, ballot, now)
                else:
                    done = await self._replace(seen, voter_hash, previous, ballot, now)
            elif kind is VoteKind.WITHDRAWN and previous is not None:
                done = await self._withdraw(seen, voter_hash, previous)
            else:
                return kind  # nothing to write: the ballot (or its absence) is already what was asked
            if done:
                return kind
        raise StorageError("that vote could not be saved: the poll is too busy right now; try again")

    def _guard(self, seen: _Seen) -> tuple[str, Params]:
        """The poll still as ``seen``, its row share-locked for the rest of the statement."""
        closed = "closed_at IS NULL" if seen.closed_at is None else "closed_at = ?"
        params: Params = (
            seen.state.id,
            seen.state.status.value,
            seen.closes_at,
            int(seen.state.hide_results),
        )
        if seen.closed_at is not None:
            params += (seen.closed_at,)
        sql = (
            "SELECT p.id FROM polls p WHERE p.id = ? AND p.status = ? AND p.closes_at = ? "
            f"AND p.hide_results = ? AND {closed}" + self._db.dialect.share("p")
        )
        return sql, params

    async def _record(self, seen: _Seen, voter_hash: str, ballot: Ballot, now: float) -> bool:
        """A first ballot: written unless the member has one already or the poll changed. First ballots
        arriving while one write is out go together in the next (see :class:`_FirstBallots`)."""
        return await self._first.record(seen, voter_hash, ballot, now)

    async def _write_first(self, batch: list[_Pending]) -> set[str]:
        """First ballots for one poll as it was ``seen``, in one statement; returns the voters written.

        In voter order: two processes inserting ballots of the same members then take the ballots' index
        entries in the same order, so neither waits for the other while holding what the other waits for."""
        batch = sorted(batch, key=lambda p: p.voter)
        guard, params = self._guard(batch[0].seen)
        values = ", ".join("(?, ?, ?, ?)" for _ in batch)
        rows = await self._db.write(
            "INSERT INTO votes (poll_id, voter_hash, option_index, subgroup, cast_at) "
            f"SELECT g.id, v.column1, v.column2, v.column3, v.column4 FROM ({guard}) g, (VALUES {values}) v "
            "WHERE true ON CONFLICT (poll_id, voter_hash) DO NOTHING RETURNING voter_hash",
            params + tuple(x for p in batch for x in (p.voter, p.ballot.option, p.ballot.subgroup, p.now)),
        )
        return {str(r[0]) for r in rows}

    async def _replace(
        self, seen: _Seen, voter_hash: str, previous: Ballot, ballot: Ballot, now: float
    ) -> bool:
        guard, params = self._guard(seen)
        return (
            await self._db.execute(
                "UPDATE votes SET option_index = ?, subgroup = ?, cast_at = ? WHERE poll_id = ? AND "
                f"voter_hash = ? AND {_SAME_BALLOT} AND EXISTS ({guard})",
                (ballot.option, ballot.subgroup, now, seen.state.id, voter_hash, *_ballot(previous), *params),
            )
            == 1
        )

    async def _withdraw(self, seen: _Seen, voter_hash: str, previous: Ballot) -> bool:
        guard, params = self._guard(seen)
        return (
            await self._db.execute(
                f"DELETE FROM votes WHERE poll_id = ? AND voter_hash = ? AND {_SAME_BALLOT} AND EXISTS ({guard})",
                (seen.state.id, voter_hash, *_ballot(previous), *params),
            )
            == 1
        )

    async def tally(self, poll_id: int) -> Tally:
        """Counts per option (and per option within each subgroup): never who voted for what."""
        rows = await self._db.fetchall(
            "SELECT option_index, subgroup, COUNT(*) FROM votes WHERE poll_id = ? GROUP BY option_index, subgroup",
            (poll_id,),
        )
        votes: dict[int, int] = {}
        subgroups: dict[str, dict[int, int]] = {}
        for option, subgroup, count in rows:
            votes[option] = votes.get(option, 0) + count
            if subgroup is not None:
                sub = subgroups.setdefault(subgroup, {})
                sub[option] = sub.get(option, 0) + count
        return Tally(votes=votes, subgroup_votes=subgroups)

    # --- installation secrets ---------------------------------------------------------------------

    async def secret(self, name: str, nbytes: int = 32) -> str:
        """A random hex value made once per database and kept (e.g. the voter salt)."""
        row = await self._db.fetchone("SELECT value FROM secrets WHERE name = ?", (name,))
        if row is not None:
            return str(row[0])
        async with self._db.transaction() as tx:
            await tx.execute(
                "INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (name, secrets.token_hex(nbytes)),
            )
            kept = await tx.fetchone("SELECT value FROM secrets WHERE name = ?", (name,))
        assert kept is not None
        return str(kept[0])
