"""Reader polls on Slack: the questions list, the prefilled modal, starting, voting, closing, exporting.

Handlers ack first and call these afterwards (votes, closes), except the modal submission, which must
answer with its field errors in the ack itself: validation and the core's ``start`` are quick database
work, well inside Slack's 3 seconds.
"""

from __future__ import annotations

import asyncio
import logging

from adapters.slack import blocks as bk
from adapters.slack.context import PLATFORM, Reply, SlackServices
from adapters.slack.modal import DURATION, OPTIONS, QUESTION, PollForm, poll_modal
from bot.errors import InvalidInput, NotFound, UserError, plain_error
from bot.models import Actor
from bot.permissions import require_moderator
from bot.polls.models import Poll
from bot.polls.service import SUBGROUP_QUESTION
from bot.polls.table import render_table
from bot.render import question_heading

log = logging.getLogger(__name__)

MAX_CHOSEN = 10_000
LIVE_UPDATE_DELAY = 2.0  # seconds: live tallies are batched so a burst of clicks costs one chat.update


async def questions_reply(s: SlackServices, actor: Actor, channel: str, limit: int) -> Reply:
    require_moderator(actor, "list poll questions")
    found = await s.core.polls.questions(PLATFORM, channel, limit=limit)
    if not found:
        return Reply("No poll questions in this channel's recent posts.")
    lines = ["*Questions found in recent posts* — start one with `/pollwatch polls start <id>`"]
    for q in found:
        lines.append(
            f"`{q.id}` *{bk.escape(question_heading(q.text))}* ({bk.link(q.post_link, q.post_title)})"
        )
        for group in q.groups:
            answers = " · ".join(f"{bk.escape(f.answer)} {f.value:g}%" for f in group.figures)
            lines.append(f"      {bk.escape(group.population)}: {answers}")
    return Reply(f"{len(found)} questions found.", bk.text_blocks(lines))


async def open_modal(
    s: SlackServices, actor: Actor, channel: str, question_id: str | None, trigger_id: str
) -> None:
    """Open the poll form, prefilled from the question when one is given."""
    require_moderator(actor, "start polls")
    draft = await s.core.polls.draft_from_question(actor, question_id) if question_id else None
    await s.adapter.call(
        "views.open", trigger_id=trigger_id, view=poll_modal(channel, draft, s.core.polls.default_duration)
    )


def error_field(message: str) -> str:
    """Which modal field a core error is about, so Slack shows it in the right place."""
    text = message.lower()
    if "option" in text:
        return OPTIONS
    if "minute" in text or "duration" in text or "days" in text:
        return DURATION
    return QUESTION


async def start_poll(s: SlackServices, actor: Actor, form: PollForm) -> Poll:
    polls = s.core.polls
    draft = await polls.draft_from_question(actor, form.question_id) if form.question_id else None
    subgroup_question = None
    subgroup_options: tuple[str, ...] = ()
    if form.subgroups and form.subgroup_options:
        subgroup_question = draft.subgroup_question if draft is not None else SUBGROUP_QUESTION
        subgroup_options = form.subgroup_options
    poll = await polls.start(
        actor,
        PLATFORM,
        form.channel,
        now=s.now(),
        draft=draft,
        question=form.question,
        options=form.options,
        duration=form.duration,
        hide_results=not form.live,
        subgroup_question=subgroup_question,
        subgroup_options=subgroup_options,
    )
    s.wake()  # the run loop's alarm must know the new deadline
    return poll


async def announce_poll(s: SlackServices, poll: Poll, moderator: str) -> None:
    """Post the poll message and remember its reference (the close edits it and threads under it)."""
    try:
        ref = await s.adapter.post_poll(poll)
    except Exception as exc:
        log.warning("could not post poll #%d in %s: %s", poll.id, poll.spec.channel, plain_error(exc))
        await s.adapter.call(
            "chat.postMessage",
            channel=moderator,
            text=f"Poll #{poll.id} started, but I could not post it in <#{poll.spec.channel}>: invite me there and start it again.",
        )
        return
    await s.core.polls.set_message_ref(poll.id, ref)


class Voting:
    """Records clicks and confirms them; keeps live tallies fresh without a chat.update per click."""

    def __init__(self, s: SlackServices, delay: float = LIVE_UPDATE_DELAY) -> None:
        self._s = s
        self.delay = delay
        self._pending: dict[int, asyncio.Task[None]] = {}
        # Subgroup picks not yet sent with a vote, by (poll, member); memory only, bounded.
        self._chosen: dict[tuple[int, str], str] = {}

    async def vote(
        self, user: str, channel: str, poll_id: int, option: int, subgroup: int | None = None
    ) -> None:
        """A click on an option. ``subgroup`` is the answer the member's subgroup menu shows (Slack sends the
        message's menu state with the click); without it, one picked earlier in this process is used, and
        without either the member's earlier subgroup answer is kept."""
        s = self._s
        try:
            poll = await _slack_poll(s, poll_id)
            label = _subgroup_label(poll, subgroup)
            if label is None:
                label = self._chosen.get((poll_id, user))
            result = await s.core.polls.vote(
                await s.roles.member(user), poll_id, option, subgroup=label, now=s.now()
            )
            self._chosen.pop((poll_id, user), None)
            text = result.message
            if result.subgroup is not None and label is not None:
                text += f" You describe yourself as “{result.subgroup}”."
        except UserError as exc:
            text = str(exc)
            poll = None
        # The option and subgroup labels may come from a feed: escaped like any third-party text.
        await s.adapter.ephemeral(channel, user, bk.escape(text))
        if poll is not None and not poll.spec.hide_results:
            self._schedule_live_update(poll)

    async def choose_subgroup(self, user: str, channel: str, poll_id: int, subgroup: int) -> None:
        """A pick in the subgroup menu: it travels with the member's next click on an option."""
        s = self._s
        try:
            poll = await _slack_poll(s, poll_id)
            if not poll.is_open:
                raise InvalidInput(f"Poll #{poll_id} is closed.")
            label = _subgroup_label(poll, subgroup)
            if label is None:
                raise InvalidInput(f"Poll #{poll_id} has no such answer.")
            if len(self._chosen) >= MAX_CHOSEN:
                self._chosen.pop(next(iter(self._chosen)))
            self._chosen[(poll_id, user)] = label
            text = (
                f"Noted: “{label}”. Click your answer to poll #{poll_id} to record it with your vote "
                "(click it again if you already voted)."
            )
            blocks: list[bk.Block] | None = [bk.section(bk.escape(text)), bk.vote_buttons(poll)]
        except UserError as exc:
            text, blocks = str(exc), None
        await s.adapter.ephemeral(channel, user, bk.escape(text), blocks)

    async def withdraw(self, user: str, channel: str, poll_id: int) -> None:
        s = self._s
        self._chosen.pop((poll_id, user), None)
        try:
            poll = await _slack_poll(s, poll_id)
            result = await s.core.polls.withdraw(await s.roles.member(user), poll_id, now=s.now())
            text = result.message
        except UserError as exc:
            text = str(exc)
            poll = None
        await s.adapter.ephemeral(channel, user, bk.escape(text))
        if poll is not None and not poll.spec.hide_results:
            self._schedule_live_update(poll)

    def _schedule_live_update(self, poll: Poll) -> None:
        if poll.id not in self._pending:
            self._pending[poll.id] = asyncio.create_task(self._live_update(poll))

    async def _live_update(self, poll: Poll) -> None:
        try:
            await asyncio.sleep(self.delay)
            self._pending.pop(poll.id, None)
            fresh = await self._s.core.polls.get(poll.id)
            if not fresh.is_open or not fresh.message_ref:
                return
            results = await self._s.core.polls.results(
                await self._s.roles.member("live"), poll.id, now=self._s.now()
            )
            channel, ts = fresh.message_ref.split(":", 1)
            counts = {o.index: o.votes for o in results.options}
            await self._s.adapter.call(
                "chat.update",
                channel=channel,
                ts=ts,
                text=bk.poll_text(fresh),
                blocks=bk.poll_blocks(fresh, counts=counts),
            )
        except Exception:
            log.exception("could not refresh the live tally of poll #%d", poll.id)
        finally:
            self._pending.pop(poll.id, None)

    async def close(self) -> None:
        for task in list(self._pending.values()):
            task.cancel()
        await asyncio.gather(*self._pending.values(), return_exceptions=True)


def _subgroup_label(poll: Poll, index: int | None) -> str | None:
    options = poll.spec.subgroup_options
    if index is None or not poll.spec.subgroup_question or not 0 <= index < len(options):
        return None
    return options[index].label


async def _slack_poll(s: SlackServices, poll_id: int) -> Poll:
    poll = await s.core.polls.get(poll_id)
    if poll.spec.platform != PLATFORM:
        raise NotFound(f"There is no poll #{poll_id} in this workspace.")
    return poll


async def close_poll(s: SlackServices, actor: Actor, poll_id: int) -> Reply:
    await _slack_poll(s, poll_id)
    closed = await s.core.polls.close(actor, poll_id, now=s.now())
    if not closed.closed_now:
        return Reply(
            f"Poll #{poll_id} was already closed; its results:",
            [
                bk.section(f"Poll #{poll_id} was already closed:"),
                *bk.code_sections(render_table(closed.results)),
            ],
        )
    # The close queued the results in the outbox (same transaction): send them now rather than at the
    # run loop's next turn; a failure is retried like a digest.
    await s.core.send_queued(s.adapter)
    s.wake()
    return Reply(f"Poll #{poll_id} is closed; the results are in its thread.")


async def repost_results(s: SlackServices, actor: Actor, poll_id: int) -> Reply:
    await _slack_poll(s, poll_id)
    await s.core.polls.repost(actor, poll_id, now=s.now())
    await s.core.send_queued(s.adapter)
    s.wake()
    return Reply(f"The results of poll #{poll_id} are posted in its thread again.")


async def export_poll(s: SlackServices, actor: Actor, poll_id: int, fmt: str) -> Reply:
    """The results as a CSV or JSON file, uploaded to the moderator in the app's direct messages (an open
    poll's hidden results must not reach the channel). If the upload fails the text comes back ephemerally."""
    require_moderator(actor, "export poll results")
    await _slack_poll(s, poll_id)
    text = await s.core.polls.export(actor, poll_id, fmt, now=s.now())
    name = f"pollwatch-poll-{poll_id}.{fmt}"
    try:
        opened = await s.adapter.call("conversations.open", users=actor.user_id)
        dm = str((opened.get("channel") or {})["id"])
        await s.adapter.call(
            "files.upload_v2",
            channel=dm,
            content=text.encode("utf-8"),
            filename=name,
            title=f"Reader poll #{poll_id} results ({fmt.upper()})",
            initial_comment=f"Results of reader poll #{poll_id} as {fmt.upper()}.",
        )
    except Exception as exc:  # the export itself worked: hand it over as text instead
        log.warning("could not upload %s for %s: %s", name, actor.user_id, plain_error(exc))
        return Reply(
            f"Poll #{poll_id} as {fmt.upper()} (I could not upload it as a file, so here it is as text)",
            [
                bk.section(
                    f"*Poll #{poll_id} as {fmt.upper()}* — I could not upload `{name}`, so here it is as text:"
                ),
                *bk.code_sections(text),
            ],
        )
    return Reply(f"Poll #{poll_id} as {fmt.upper()}: `{name}` is in your direct messages with me.")
