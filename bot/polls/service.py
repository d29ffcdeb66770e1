"""Reader polls as operations: the platform-neutral service every adapter calls.

The service only sequences I/O: the rules (who may, which vote counts, durations, question ids) are pure
functions in :mod:`bot.polls.rules`, the comparison is :func:`bot.polls.compare.compare_poll`, SQL is in
:mod:`bot.storage.polls`. Every operation takes the :class:`~bot.models.Actor` an adapter filled in and
``now`` (an aware UTC datetime); errors meant for the person asking are :class:`~bot.errors.UserError`.

A question found in a post is named by a short id, ``p<post>q<n>`` (see :mod:`bot.polls.rules`); the digest
prints it beside each question.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from bot.errors import InvalidInput, NotFound
from bot.models import Actor, Extraction, FigureGroup, PollMeta
from bot.ops.metrics import metrics
from bot.permissions import require_moderator
from bot.polls.compare import (
    compare_poll,
    merge_answers,
    normalize_label,
    prefill_options,
    references_from_groups,
)
from bot.polls.export import to_csv, to_json
from bot.polls.models import Poll, PollOption, PollResults, PollSpec, ReferenceSeries
from bot.polls.rules import (
    PollState,
    VoteKind,
    check_duration,
    custom_question_key,
    decide_vote,
    format_time,
    parse_question_id,
    question_id,
    resolve_option,
    resolve_subgroup,
    results_visible,
    voter_hash,
)
from bot.render import questions_of
from bot.storage import Storage

log = logging.getLogger(__name__)

SUBGROUP_QUESTION = "Which of these describes you?"
NONE_OF_THESE = "None of these"
SALT_NAME = "voter_salt"


@dataclass(frozen=True, slots=True)
class Question:
    """A question the extractor found in a post, with the groups (one per population) that answer it."""

    id: str
    post_id: int
    number: int
    text: str
    groups: tuple[FigureGroup, ...]
    post_title: str
    post_link: str | None
    published_at: datetime | None
    pollster: str | None


@dataclass(frozen=True, slots=True)
class PollDraft:
    """What a moderator's form starts with; every field is editable before :meth:`PollService.start`.

    ``references`` are computed for ``options``; :meth:`PollService.start` recomputes them from ``groups`` for
    the options actually chosen. ``subgroup_options`` suggests a self-report question from the populations
    the post quotes (``subgroup_populations`` maps each answer onto its population).
    """

    question_id: str | None
    question: str
    options: tuple[str, ...]
    references: tuple[ReferenceSeries, ...]
    pollster: str | None
    post_id: int | None
    post_link: str | None
    published_at: datetime | None
    groups: tuple[FigureGroup, ...] = ()
    meta: PollMeta = field(default_factory=PollMeta)
    subgroup_question: str = SUBGROUP_QUESTION
    subgroup_options: tuple[str, ...] = ()
    subgroup_populations: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class VoteResult:
    poll_id: int
    kind: VoteKind
    option: str | None
    subgroup: str | None
    message: str


@dataclass(frozen=True, slots=True)
class ClosedPoll:
    """A closed poll with its results; ``closed_now`` is true only for the caller that closed it."""

    poll: Poll
    results: PollResults
    chart_path: Path | None
    closed_now: bool


# --- pure helpers ---------------------------------------------------------------------------------


def draft_from(question: Question, meta: PollMeta) -> PollDraft:
    """The prefilled form for an extracted question (pure)."""
    # An "answer" that names one of the populations asked ("independents") is a misread label, not an option.
    asked = {normalize_label(g.population) for g in question.groups}
    answers = [
        a
        for a in merge_answers([[f.answer for f in g.figures] for g in question.groups])
        if normalize_label(a) not in asked
    ]
    shares: list[float] = []
    # "Room for not sure" is judged on the first population quoted (the headline figures).
    if question.groups:
        shares = [f.value for f in question.groups[0].figures]
    options = tuple(prefill_options(answers, shares))
    references = references_from_groups(
        question.groups,
        options,
        meta=meta,
        published_at=question.published_at,
        source_link=question.post_link,
    )
    populations = [r.population for r in references if r.population]
    sub_labels = populations[1:] if len(populations) > 1 else []
    sub_pairs = tuple((p, p) for p in sub_labels)
    if sub_labels:
        sub_labels = [*sub_labels, NONE_OF_THESE]
    return PollDraft(
        question_id=question.id,
        question=question.text,
        options=options,
        references=references,
        pollster=question.pollster or meta.pollster,
        post_id=question.post_id,
        post_link=question.post_link,
        published_at=question.published_at,
        groups=question.groups,
        meta=meta,
        subgroup_options=tuple(sub_labels),
        subgroup_populations=sub_pairs,
    )


def build_spec(
    actor: Actor,
    platform: str,
    channel: str,
    *,
    now: datetime,
    duration: timedelta,
    draft: PollDraft | None,
    question: str | None,
    options: Sequence[str] | None,
    hide_results: bool,
    subgroup_question: str | None,
    subgroup_options: Sequence[str],
    subgroup_populations: Mapping[str, str] | None,
) -> tuple[PollSpec, str]:
    """The validated spec of a new poll and its "same question" key (pure)."""
    text = (question if question is not None else (draft.question if draft else "")).strip()
    labels = [
        " ".join(o.split()) for o in (options if options is not None else (draft.options if draft else ()))
    ]
    closes_at = now + check_duration(duration)
    references: tuple[ReferenceSeries, ...] = ()
    if draft is not None and draft.groups:
        references = references_from_groups(
            draft.groups,
            labels,
            meta=draft.meta,
            published_at=draft.published_at,
            source_link=draft.post_link,
        )
    sub_labels = [" ".join(o.split()) for o in subgroup_options]
    if subgroup_question is not None and not subgroup_question.strip():
        subgroup_question = None
    if sub_labels and subgroup_question is None:
        subgroup_question = SUBGROUP_QUESTION
    if subgroup_populations is None:
        known = {r.population.casefold(): r.population for r in references}
        if draft is not None:
            known.update({a.casefold(): b for a, b in draft.subgroup_populations})
        subgroup_populations = {s: known[s.casefold()] for s in sub_labels if s.casefold() in known}
    spec = PollSpec(
        platform=platform,
        channel=channel,
        question=text,
        options=tuple(PollOption(i, label) for i, label in enumerate(labels)),
        closes_at=closes_at,
        created_by=actor.user_id,
        references=references,
        hide_results=hide_results,
        subgroup_question=subgroup_question,
        subgroup_options=tuple(PollOption(i, label) for i, label in enumerate(sub_labels)),
        subgroup_populations=tuple(subgroup_populations.items()),
        post_id=draft.post_id if draft else None,
    )
    key = draft.question_id if draft is not None and draft.question_id else custom_question_key(text)
    return spec, key


def vote_message(poll_id: int, kind: VoteKind, option: str | None) -> str:
    return {
        VoteKind.RECORDED: f"Your vote for “{option}” in poll #{poll_id} is recorded.",
        VoteKind.CHANGED: f"Your vote in poll #{poll_id} is now “{option}”.",
        VoteKind.UNCHANGED: f"You already voted “{option}” in poll #{poll_id}; nothing changed.",
        VoteKind.WITHDRAWN: f"Your vote in poll #{poll_id} is withdrawn.",
        VoteKind.NOTHING_TO_WITHDRAW: f"You have no vote in poll #{poll_id} to withdraw.",
    }[kind]


# --- the service ----------------------------------------------------------------------------------


class PollService:
    def __init__(
        self,
        storage: Storage,
        *,
        default_duration: timedelta = timedelta(hours=24),
        chart_dir: Path,
        voter_salt: str | None = None,
    ) -> None:
        self._storage = storage
        self._store = storage.polls
        self.default_duration = default_duration
        self.chart_dir = chart_dir
        self._salt: bytes | None = voter_salt.encode() if voter_salt else None
        # Options and questions never change once a poll is stored: cached so a vote costs one transaction.
        self._specs: dict[int, Poll] = {}

    # --- questions and drafts -----------------------------------------------------------------------

    async def questions(self, platform: str, channel: str, *, limit: int = 10) -> list[Question]:
        """Questions found in the channel's ``limit`` most recent posts, newest post first."""
        feeds = await self._storage.subscriptions.with_feeds(platform, channel)
        posts = await self._storage.posts.recent(sorted({f.id for _s, f in feeds}), limit)
        out: list[Question] = []
        for post in posts:
            out.extend(
                self._questions_of_post(post.id, post.title, post.link, post.published_at, post.extraction)
            )
        return out

    @staticmethod
    def _questions_of_post(
        post_id: int, title: str, link: str | None, published_at: datetime | None, extraction: Extraction
    ) -> list[Question]:
        out = []
        for number, (text, groups) in enumerate(questions_of(extraction.groups), start=1):
            pollster = next((g.pollster for g in groups if g.pollster), None) or extraction.meta.pollster
            out.append(
                Question(
                    id=question_id(post_id, number),
                    post_id=post_id,
                    number=number,
                    text=text,
                    groups=tuple(groups),
                    post_title=title,
                    post_link=link,
                    published_at=published_at,
                    pollster=pollster,
                )
            )
        return out

    async def question(self, qid: str) -> tuple[Question, PollMeta]:
        post_id, number = parse_question_id(qid)
        post = await self._storage.posts.get(post_id)
        if post is None:
            raise NotFound(f"There is no post {post_id}, so no question {qid}.")
        found = self._questions_of_post(post.id, post.title, post.link, post.published_at, post.extraction)
        if not 1 <= number <= len(found):
            raise NotFound(
                f"Post {post_id} has {len(found)} question{'' if len(found) == 1 else 's'}; there is no {qid}."
            )
        return found[number - 1], post.extraction.meta

    async def draft_from_question(self, actor: Actor, qid: str) -> PollDraft:
        require_moderator(actor, "start polls")
        question, meta = await self.question(qid)
        return draft_from(question, meta)

    # --- starting -----------------------------------------------------------------------------------

    async def start(
        self,
        actor: Actor,
        platform: str,
        channel: str,
        *,
        now: datetime,
        draft: PollDraft | None = None,
        question: str | None = None,
        options: Sequence[str] | None = None,
        duration: timedelta | None = None,
        hide_results: bool = True,
        subgroup_question: str | None = None,
        subgroup_options: Sequence[str] = (),
        subgroup_populations: Mapping[str, str] | None = None,
    ) -> Poll:
        """Start a poll from a draft (fields given here override it) or a custom question. Moderators only."""
        require_moderator(actor, "start polls")
        if draft is None and question is None:
            raise InvalidInput("Give a question id (e.g. p12q2) or a question of your own.")
        if draft is not None and not draft.question and not (question or "").strip():
            raise InvalidInput(
                f"The post gives {draft.question_id or 'this question'}'s figures without wording the question:"
                " word it yourself (give the question along with the id)."
            )
        spec, key = build_spec(
            actor,
            platform,
            channel,
            now=now,
            duration=self.default_duration if duration is None else duration,
            draft=draft,
            question=question,
            options=options,
            hide_results=hide_results,
            subgroup_question=subgroup_question,
            subgroup_options=subgroup_options,
            subgroup_populations=subgroup_populations,
        )
        created = await self._store.create(spec, key, now.timestamp())
        if isinstance(created, PollState):
            if created.closes_at <= now:
                raise InvalidInput(
                    f"Poll #{created.id} on this question has just ended and is being closed; try again in a moment."
                )
            raise InvalidInput(
                f"Poll #{created.id} on this question is still open in this channel (until "
                f"{format_time(created.closes_at)}); close it first."
            )
        self._specs[created.id] = created
        return created

    async def set_message_ref(self, poll_id: int, message_ref: str) -> None:
        await self._store.set_message_ref(poll_id, message_ref)

    # --- voting -------------------------------------------------------------------------------------

    async def vote(
        self, actor: Actor, poll_id: int, option: int | str, subgroup: str | None = None, *, now: datetime
    ) -> VoteResult:
        """Record, change or confirm ``actor``'s vote (``option``: an index, or a label)."""
        poll = await self._poll(poll_id)
        index = resolve_option(poll.options, option)
        label = resolve_subgroup(poll.spec.subgroup_options, poll.spec.subgroup_question, subgroup)
        kind = await self._apply(actor, poll_id, index, label, now)
        return VoteResult(
            poll_id,
            kind,
            poll.options[index].label,
            label,
            vote_message(poll_id, kind, poll.options[index].label),
        )

    async def withdraw(self, actor: Actor, poll_id: int, *, now: datetime) -> VoteResult:
        await self._poll(poll_id)
        kind = await self._apply(actor, poll_id, None, None, now)
        return VoteResult(poll_id, kind, None, None, vote_message(poll_id, kind, None))

    async def _apply(
        self, actor: Actor, poll_id: int, option: int | None, subgroup: str | None, now: datetime
    ) -> VoteKind:
        voter = voter_hash(await self._voter_salt(), actor.platform, actor.user_id)
        kind = await self._store.apply_vote(
            poll_id,
            voter,
            lambda state, previous: decide_vote(state, previous, option, subgroup, now),
            now.timestamp(),
        )
        if kind is None:
            raise NotFound(f"There is no poll #{poll_id}.")
        metrics().votes.labels(kind.value).inc()
        return kind

    async def _voter_salt(self) -> bytes:
        if self._salt is None:
            self._salt = (await self._store.secret(SALT_NAME)).encode()
        return self._salt

    async def _poll(self, poll_id: int) -> Poll:
        poll = self._specs.get(poll_id)
        if poll is None:
            poll = await self._store.get(poll_id)
            if poll is None:
                raise NotFound(f"There is no poll #{poll_id}.")
            self._specs[poll_id] = poll
        return poll

    # --- closing ------------------------------------------------------------------------------------

    async def close(self, actor: Actor, poll_id: int, *, now: datetime) -> ClosedPoll:
        """Close a poll early (moderators). Idempotent: closing a closed poll returns its results again."""
        require_moderator(actor, "close polls")
        await self._poll(poll_id)
        closed_now = await self._store.close(poll_id, now.timestamp())
        return await self._finish(poll_id, closed_now=closed_now)

    async def close_due(self, now: datetime) -> list[ClosedPoll]:
        """Close every open poll whose deadline has passed (the scheduler's turn; also catches up after
        downtime). Returns only the polls this call closed, so each result is announced once."""
        closed: list[ClosedPoll] = []
        for poll_id in await self._store.due(now.timestamp()):
            if await self._store.close(poll_id, now.timestamp()):
                closed.append(await self._finish(poll_id, closed_now=True))
        return closed

    async def due(self, before: datetime) -> list[int]:
        """Open polls whose deadline falls before ``before`` (an adapter that must act just ahead of the
        deadline, e.g. native Discord polls, looks them up here)."""
        return await self._store.due(before.timestamp())

    async def closed(self, poll_id: int) -> ClosedPoll:
        """A closed poll's results and chart, for the outbox to post (again)."""
        return await self._finish(poll_id, closed_now=False)

    async def repost(self, actor: Actor, poll_id: int, *, now: datetime) -> Poll:
        """Queue a closed poll's results to be posted again where it ran (moderators)."""
        require_moderator(actor, "repost poll results")
        poll = await self.get(poll_id)
        if poll.closed_at is None:
            raise InvalidInput(f"Poll #{poll_id} is still open; its results go out when it closes.")
        await self._storage.notices.queue_results(poll_id, now.timestamp())
        return poll

    async def next_deadline(self) -> datetime | None:
        ts = await self._store.next_deadline()
        return None if ts is None else datetime.fromtimestamp(ts, UTC)

    async def next_deadline_ts(self) -> float | None:
        """The earliest deadline of an open poll, in epoch seconds (for the run loop's alarm)."""
        return await self._store.next_deadline()

    async def _finish(self, poll_id: int, *, closed_now: bool) -> ClosedPoll:
        poll = await self._store.get(poll_id)
        assert poll is not None and poll.closed_at is not None
        self._specs[poll_id] = poll
        results = compare_poll(poll, await self._store.tally(poll_id), now=poll.closed_at)
        path = self.chart_dir / f"poll-{poll_id}.png"
        chart: Path | None = path
        if closed_now or not path.exists():
            try:
                await asyncio.to_thread(self._write_chart, results, path)
            except OSError as exc:  # the poll is closed either way; the table still goes out
                log.error("could not write the chart of poll #%d to %s: %s", poll_id, path, exc)
                chart = None
        return ClosedPoll(poll, results, chart, closed_now)

    @staticmethod
    def _write_chart(results: PollResults, path: Path) -> Path:
        # matplotlib is loaded with the first chart, not with the bot: about 30 MB the bot does not carry
        # until a poll closes.
        from bot.polls.chart import render_chart

        path.parent.mkdir(parents=True, exist_ok=True)
        return render_chart(results, path)

    # --- results ------------------------------------------------------------------------------------

    async def get(self, poll_id: int) -> Poll:
        poll = await self._store.get(poll_id)
        if poll is None:
            raise NotFound(f"There is no poll #{poll_id}.")
        return poll

    async def polls(
        self, platform: str, channel: str, *, open_only: bool = False, limit: int = 20
    ) -> list[Poll]:
        return await self._store.in_channel(platform, channel, open_only=open_only, limit=limit)

    async def results(self, actor: Actor, poll_id: int, *, now: datetime) -> PollResults:
        """Results with the comparison. Hidden until the close for members, unless the poll shows them live."""
        poll = await self.get(poll_id)
        results_visible(_state(poll), actor, now)
        return compare_poll(poll, await self._store.tally(poll_id), now=poll.closed_at or now)

    async def export(
        self, actor: Actor, poll_id: int, fmt: Literal["csv", "json"] | str, *, now: datetime
    ) -> str:
        if fmt not in ("csv", "json"):
            raise InvalidInput(f"Results export as csv or json, not {fmt!r}.")
        results = await self.results(actor, poll_id, now=now)
        return to_csv(results) if fmt == "csv" else to_json(results)

    async def chart(self, actor: Actor, poll_id: int, path: Path, *, now: datetime) -> Path:
        results = await self.results(actor, poll_id, now=now)
        return await asyncio.to_thread(self._write_chart, results, path)


def _state(poll: Poll) -> PollState:
    return PollState(poll.id, poll.status, poll.spec.closes_at, poll.closed_at, poll.spec.hide_results)
