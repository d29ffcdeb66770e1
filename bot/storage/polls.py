"""Reader polls and their votes.

Votes are stored immediately, one transaction per vote, keyed by ``(poll_id, voter_hash)`` so a member has one
ballot per poll (an upsert changes it, a delete withdraws it). Only the salted hash of a member's platform id
is stored; :meth:`PollStore.tally` returns counts only, so nothing above storage can tell who voted for what.

Closing is ``UPDATE … WHERE id = ? AND status = 'open'`` in a write transaction: idempotent, and when several
closers race (the scheduler, a moderator, another process) exactly one sees its update applied.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from typing import Any

from bot.clock import require_datetime, to_datetime, to_ts
from bot.errors import StorageError
from bot.polls.models import Poll, PollOption, PollSpec, PollStatus, ReferenceSeries, Tally
from bot.polls.rules import Ballot, PollState, VoteKind
from bot.storage.db import Database, Row
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


class PollStore:
    def __init__(self, db: Database) -> None:
        self._db = db

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
        """Cast, change or withdraw one member's vote in one transaction.

        ``decide`` (pure, see :func:`bot.polls.rules.decide_vote`) sees the poll's state and the member's
        current ballot as read inside the transaction and returns what happens and the ballot to keep; it may
        raise to refuse (nothing is written then). Returns ``None`` when the poll does not exist.
        """
        async with self._db.transaction() as tx:
            if self._db.dialect.ballot_lock:
                await tx.execute(self._db.dialect.ballot_lock, (voter_hash, poll_id))
            row = await tx.fetchone(
                "SELECT p.id, p.status, p.closes_at, p.closed_at, p.hide_results, v.option_index, v.subgroup "
                "FROM polls p LEFT JOIN votes v ON v.poll_id = p.id AND v.voter_hash = ? WHERE p.id = ?"
                # The vote's row lock: a close waits for votes in flight, and a vote after it sees it closed.
                + self._db.dialect.share("p"),
                (voter_hash, poll_id),
            )
            if row is None:
                return None
            previous = None if row["option_index"] is None else Ballot(row["option_index"], row["subgroup"])
            kind, ballot = decide(state_from_row(row), previous)
            if kind.writes and ballot is not None:
                await tx.execute(
                    "INSERT INTO votes (poll_id, voter_hash, option_index, subgroup, cast_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (poll_id, voter_hash) DO UPDATE SET "
                    "option_index = excluded.option_index, subgroup = excluded.subgroup, cast_at = excluded.cast_at",
                    (poll_id, voter_hash, ballot.option, ballot.subgroup, now),
                )
            elif kind is VoteKind.WITHDRAWN:
                await tx.execute(
                    "DELETE FROM votes WHERE poll_id = ? AND voter_hash = ?", (poll_id, voter_hash)
                )
        return kind

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
