"""``/poll …``: reader polls. Moderators (Manage Messages or a configured role) list the questions found in
recent posts, start a poll from one through a prefilled modal, close polls and export results; everyone
votes with the buttons and sees results after the close.

The vote buttons are :class:`discord.ui.DynamicItem` whose ``custom_id`` carries the poll id and the
option (``pollwatch:vote:12:0``): discord.py matches clicks on any message, including those posted before
a restart, against the template registered in ``setup_hook``; no view state is kept in memory.

A poll with the optional self-report question ("Which of these describes you?") also carries a select
(``pollwatch:sub:12``). Picking an answer there replies, privately, with the poll's answer buttons carrying
the subgroup too (``pollwatch:vote:12:0:s1``): the core stores a subgroup only together with a vote, so the
member's click on an answer records both. A later click on the public buttons keeps the subgroup answer.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any, cast

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord import PLATFORM
from adapters.discord.adapter import send_results_now
from adapters.discord.checks import interaction_actor, moderator_only, require_moderator
from adapters.discord.embeds import clip, poll_embed, results_embed
from adapters.discord.errors import reply, report_error
from adapters.discord.in_time import within_budget
from adapters.discord.messages import message_ref
from adapters.discord.native import (
    CHOICE_TEXT,
    GRACE,
    MAX_HOURS,
    native_poll,
    native_ref,
    parse_native_ref,
    record_final_votes,
    whole_hours,
)
from adapters.discord.text import escape
from bot.errors import InvalidInput
from bot.models import Actor
from bot.polls.models import MAX_LABEL_CHARS, MAX_OPTIONS, MAX_QUESTION_CHARS, Poll
from bot.polls.rules import duration_text, parse_poll_duration
from bot.polls.service import SUBGROUP_QUESTION, ClosedPoll, PollDraft, VoteResult
from bot.render import question_heading

if TYPE_CHECKING:
    from adapters.discord.bot import PollwatchBot

log = logging.getLogger("pollwatch.discord")

BUTTON_LABEL_MAX = 80
SELECT_PLACEHOLDER_MAX = 150
SELECT_OPTION_MAX = 100
MODAL_LABEL_MAX = 45  # Discord's limit on a modal's labels, and on its title
MODAL_TITLE_MAX = 45
LINES_MAX = MAX_OPTIONS * (MAX_LABEL_CHARS + 1)  # a text input of answers, one per line
SUBGROUP_FIELD_LABEL = "Optional: which of these describes you?"


def _bot(interaction: discord.Interaction[Any]) -> PollwatchBot:
    return cast("PollwatchBot", interaction.client)


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"pollwatch:vote:(?P<poll>\d+):(?P<opt>\d+)(?::s(?P<sub>\d+))?",
):
    """One answer of one poll; a click records, confirms or changes the member's vote. With ``subgroup``
    (the index of a self-report answer) the click records that answer too."""

    def __init__(
        self, poll_id: int, option: int, label: str | None = None, subgroup: int | None = None
    ) -> None:
        custom_id = f"pollwatch:vote:{poll_id}:{option}" + (f":s{subgroup}" if subgroup is not None else "")
        super().__init__(
            discord.ui.Button(
                label=clip(label or f"Option {option + 1}", BUTTON_LABEL_MAX),
                style=discord.ButtonStyle.primary,
                custom_id=custom_id,
            )
        )
        self.poll_id = poll_id
        self.option = option
        self.subgroup = subgroup

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> VoteButton:
        label = getattr(item, "label", None)
        sub = match["sub"]
        return cls(int(match["poll"]), int(match["opt"]), label, int(sub) if sub is not None else None)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        bot = _bot(interaction)

        async def record() -> tuple[VoteResult, str | None]:
            # The subgroup's read is database work too: it counts against the answer budget with the write.
            subgroup = None
            if self.subgroup is not None:
                subgroup = subgroup_label(await bot.core.polls.get(self.poll_id), self.subgroup)
            voted = await bot.core.polls.vote(
                interaction_actor(interaction), self.poll_id, self.option, subgroup, now=bot.now()
            )
            return voted, subgroup

        try:
            result, subgroup = await within_budget(interaction, record())
        except Exception as exc:
            await report_error(interaction, exc)
            return
        message = escape(result.message)  # it names the answer, which may come from a post
        if subgroup is not None:
            message += f" You describe yourself as “{escape(subgroup)}”."
        await reply(interaction, clip(message, 2000))


def _subgroup_question(poll: Poll) -> str:
    return poll.spec.subgroup_question or SUBGROUP_QUESTION


def subgroup_label(poll: Poll, index: int) -> str:
    """The self-report answer number ``index`` of ``poll`` (a stale or forged id is the member's error)."""
    answers = poll.spec.subgroup_options
    if poll.spec.subgroup_question is None or not 0 <= index < len(answers):
        raise InvalidInput(f"Poll #{poll.id} has no such answer to its self-report question.")
    return answers[index].label


class SubgroupSelect(discord.ui.DynamicItem[discord.ui.Select[Any]], template=r"pollwatch:sub:(?P<poll>\d+)"):
    """The optional self-report question on the poll message. Choosing an answer replies privately with the
    answer buttons carrying it, since the core records a subgroup answer together with a vote."""

    def __init__(self, poll_id: int, question: str | None = None, answers: tuple[str, ...] = ()) -> None:
        select: discord.ui.Select[Any] = discord.ui.Select(
            custom_id=f"pollwatch:sub:{poll_id}",
            placeholder=clip(question or SUBGROUP_QUESTION, SELECT_PLACEHOLDER_MAX),
            min_values=1,
            max_values=1,
            options=[
                discord.SelectOption(label=clip(a, SELECT_OPTION_MAX), value=str(i))
                for i, a in enumerate(answers)
            ]
            or [discord.SelectOption(label="…", value="0")],
        )
        super().__init__(select)
        self.poll_id = poll_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> SubgroupSelect:
        options = getattr(item, "options", [])
        return cls(int(match["poll"]), getattr(item, "placeholder", None), tuple(o.label for o in options))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        bot = _bot(interaction)
        try:
            values = self.item.values
            if not values or not values[0].isdigit():
                raise InvalidInput("Pick one of the answers.")
            poll = await bot.core.polls.get(self.poll_id)
            index = int(values[0])
            label = subgroup_label(poll, index)
            if not poll.is_open:
                raise InvalidInput(f"Poll #{poll.id} is closed.")
        except Exception as exc:
            await report_error(interaction, exc)
            return
        text = (
            f"You answered “{escape(label)}” to “{clip(escape(_subgroup_question(poll)), 200)}”. Now click your answer to poll "
            f"#{poll.id} below to record both (if you already voted, click your answer again: it stays, and "
            "your self-report is added). Only the counts are ever shown, never who answered what."
        )
        await interaction.response.send_message(text, view=poll_view(poll, subgroup=index), ephemeral=True)


class WithdrawButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"pollwatch:withdraw:(?P<poll>\d+)"
):
    def __init__(self, poll_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Withdraw my vote",
                style=discord.ButtonStyle.secondary,
                custom_id=f"pollwatch:withdraw:{poll_id}",
            )
        )
        self.poll_id = poll_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> WithdrawButton:
        return cls(int(match["poll"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        bot = _bot(interaction)
        try:
            withdrawal = bot.core.polls.withdraw(interaction_actor(interaction), self.poll_id, now=bot.now())
            result = await within_budget(interaction, withdrawal)
        except Exception as exc:
            await report_error(interaction, exc)
            return
        await reply(interaction, escape(result.message))


def poll_view(poll: Poll, *, subgroup: int | None = None) -> discord.ui.View:
    """The buttons of an open poll: one per option (5 to a row), then "Withdraw my vote", then the
    self-report select when the poll has one. With ``subgroup`` (the private reply to that select): only
    the answer buttons, each carrying the self-report answer."""
    view = discord.ui.View(timeout=None)
    for option in poll.options:
        view.add_item(VoteButton(poll.id, option.index, option.label, subgroup))
    if subgroup is not None:
        return view
    view.add_item(WithdrawButton(poll.id))
    spec = poll.spec
    if spec.subgroup_question is not None and spec.subgroup_options:
        view.add_item(
            SubgroupSelect(poll.id, spec.subgroup_question, tuple(o.label for o in spec.subgroup_options))
        )
    return view


def prefill(lines: Sequence[str], limit: int = 0, *, keep_last: bool = False) -> str | None:
    """``lines`` one per line, each clipped to a poll answer's length, as many as a poll takes
    (``MAX_OPTIONS``) and fit in a text input of ``limit`` characters: Discord refuses a prefilled value
    longer than the input's ``max_length``. ``keep_last`` keeps the final line (e.g. "None of these")."""
    limit = limit or LINES_MAX
    clipped = [clip(line, MAX_LABEL_CHARS) for line in lines]
    last = clipped.pop() if keep_last and clipped else None
    room = MAX_OPTIONS - (last is not None)
    budget = limit - (len(last) + 1 if last is not None else 0)
    kept: list[str] = []
    for line in clipped[:room]:
        if len("\n".join([*kept, line])) > budget:
            break
        kept.append(line)
    return "\n".join([*kept, *([last] if last is not None else [])]) or None


def parse_lines(raw: str) -> list[str]:
    return [" ".join(line.split()) for line in raw.splitlines() if line.strip()]


class PollModal(discord.ui.Modal):
    """The form a moderator edits before the poll starts; prefilled from the extracted question."""

    def __init__(
        self,
        bot: PollwatchBot,
        draft: PollDraft | None,
        *,
        live: bool,
        subgroups: bool = False,
        native: bool = False,
    ) -> None:
        title = f"Reader poll from {draft.question_id}" if draft else "Reader poll"
        super().__init__(
            title=clip(
                f"Discord poll from {draft.question_id}" if native and draft else title, MODAL_TITLE_MAX
            )
        )
        self.bot = bot
        self.draft = draft
        self.live = live
        self.native = native
        default_duration = bot.core.polls.default_duration
        options_label = f"Answers, one per line (2 to {MAX_OPTIONS})"
        duration_label = "Runs for: 90m, 24h, 3d… (1 minute to 7 days)"
        duration_default = duration_text(default_duration)
        if native:  # Discord's own poll: whole hours, answers of at most 55 characters
            options_label = f"Answers, one per line (2 to {MAX_OPTIONS}, ≤ 55 chars)"
            duration_label = f"Runs for, in whole hours (1h to {MAX_HOURS}h)"
            duration_default = f"{max(1, min(MAX_HOURS, round(default_duration.total_seconds() / 3600)))}h"
        self.question: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label="Question",
            style=discord.TextStyle.paragraph,
            default=draft.question[:MAX_QUESTION_CHARS] if draft else None,
            max_length=MAX_QUESTION_CHARS,
        )
        self.options: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label=clip(options_label, MODAL_LABEL_MAX),
            style=discord.TextStyle.paragraph,
            default=prefill(draft.options) if draft else None,
            max_length=LINES_MAX,
        )
        self.duration: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label=clip(duration_label, MODAL_LABEL_MAX), default=duration_default, max_length=20
        )
        for item in (self.question, self.options, self.duration):
            self.add_item(item)
        # The optional self-report question ("Which of these describes you?"), offered when the moderator
        # asked for it: prefilled with the populations the post quotes; emptied, the poll goes without it.
        self.subgroups: discord.ui.TextInput[Any] | None = None
        if subgroups:
            suggested = draft.subgroup_options if draft else ()
            self.subgroups = discord.ui.TextInput(
                label=clip(SUBGROUP_FIELD_LABEL, MODAL_LABEL_MAX),
                style=discord.TextStyle.paragraph,
                default=prefill(suggested, keep_last=True),
                placeholder="One answer per line (2 to 10); leave empty for no self-report question",
                required=False,
                max_length=LINES_MAX,
            )
            self.add_item(self.subgroups)

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        actor = require_moderator(interaction, "start polls")
        duration = parse_poll_duration(str(self.duration.value))
        if self.native:
            await self._start_native(interaction, actor, duration)
            return
        sub_options = parse_lines(str(self.subgroups.value)) if self.subgroups is not None else []
        sub_question = None
        if sub_options:
            sub_question = self.draft.subgroup_question if self.draft else SUBGROUP_QUESTION
        await interaction.response.defer(ephemeral=True, thinking=True)
        channel = str(interaction.channel_id)
        poll = await self.bot.core.polls.start(
            actor,
            PLATFORM,
            channel,
            now=self.bot.now(),
            draft=self.draft,
            question=str(self.question.value),
            options=parse_lines(str(self.options.value)),
            duration=duration,
            hide_results=not self.live,
            subgroup_question=sub_question,
            subgroup_options=sub_options,
        )
        message = await self.bot.messenger.send(channel, embed=poll_embed(poll), view=poll_view(poll))
        await self.bot.core.polls.set_message_ref(poll.id, message_ref(channel, message.id))
        self.bot.poke()
        await interaction.followup.send(f"Poll #{poll.id} is open: {message.jump_url}", ephemeral=True)

    async def _start_native(
        self, interaction: discord.Interaction[Any], actor: Actor, duration: timedelta
    ) -> None:
        """A native Discord poll: checked against Discord's limits before anything is stored; the core's
        deadline is ``GRACE`` after Discord's end, so the final counts are read before the core closes it."""
        hours = whole_hours(duration)
        question = str(self.question.value)
        options = parse_lines(str(self.options.value))
        discord_poll = native_poll(question, options, hours)
        await interaction.response.defer(ephemeral=True, thinking=True)
        channel = str(interaction.channel_id)
        poll = await self.bot.core.polls.start(
            actor,
            PLATFORM,
            channel,
            now=self.bot.now(),
            draft=self.draft,
            question=question,
            options=options,
            duration=timedelta(hours=hours) + GRACE,
            hide_results=False,  # Discord shows the counts live anyway
        )
        compared = ", ".join(
            escape(r.population) if r.population else "published" for r in poll.spec.references
        )
        text = f"Reader poll #{poll.id} (a Discord poll: voters are public)." + (
            f" When it ends, the results are compared with {clip(compared, 300)}." if compared else ""
        )
        message = await self.bot.messenger.send(channel, content=text, poll=discord_poll)
        await self.bot.core.polls.set_message_ref(poll.id, native_ref(channel, message.id))
        self.bot.poke()
        await interaction.followup.send(f"Poll #{poll.id} is open: {message.jump_url}", ephemeral=True)

    async def on_error(  # type: ignore[override]  # Modal narrows BaseView.on_error to two arguments
        self, interaction: discord.Interaction[Any], error: Exception, /
    ) -> None:
        await report_error(interaction, error)


def _check_native(native: bool, subgroups: bool) -> None:
    if native and subgroups:
        raise InvalidInput(
            "A native Discord poll can't carry the self-report question; choose one of `native` or `subgroups`."
        )


class PollsCog(
    commands.GroupCog, group_name="poll", group_description="Reader polls compared with published ones"
):
    def __init__(self, bot: PollwatchBot) -> None:
        self.bot = bot
        self.core = bot.core
        super().__init__()

    # --- autocomplete ----------------------------------------------------------------------------------

    async def question_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        try:
            found = await self.core.polls.questions(PLATFORM, str(interaction.channel_id), limit=25)
        except Exception:
            return []
        wanted = current.casefold()
        return [
            app_commands.Choice(
                name=clip(f"{q.id} · {question_heading(q.text)} ({q.post_title})", 100), value=q.id
            )
            for q in found
            if wanted in f"{q.id} {q.text} {q.post_title}".casefold()
        ][:25]

    async def poll_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[int]]:
        try:
            polls = await self.core.polls.polls(PLATFORM, str(interaction.channel_id), limit=25)
        except Exception:
            return []
        wanted = current.casefold().lstrip("#")
        return [
            app_commands.Choice(name=clip(f"#{p.id} {p.status.value}: {p.question}", 100), value=p.id)
            for p in polls
            if wanted in f"{p.id} {p.question}".casefold()
        ][:25]

    # --- moderators ----------------------------------------------------------------------------------

    @app_commands.command(name="questions", description="Poll questions found in this channel's recent posts")
    @moderator_only("list poll questions")
    async def questions(self, interaction: discord.Interaction[Any]) -> None:
        found = await self.core.polls.questions(PLATFORM, str(interaction.channel_id))
        if not found:
            await interaction.response.send_message(
                "No poll questions in this channel's recent posts. `/poll custom` starts one of your own.",
                ephemeral=True,
            )
            return
        lines = []
        for q in found:
            lines.append(
                f"**{q.id}** {clip(escape(question_heading(q.text)), 200)} — *{clip(escape(q.post_title), 80)}*"
            )
            for group in q.groups:
                answers = " · ".join(f"{escape(f.answer)} {f.value:g}%" for f in group.figures)
                lines.append(f"  {escape(group.population)}: {clip(answers, 200)}")
        text = clip("\n".join(lines), 1900) + "\n\nStart one with `/poll start question:<id>`."
        await interaction.response.send_message(text, ephemeral=True)

    @app_commands.command(name="start", description="Start a reader poll from a question found in a post")
    @app_commands.describe(
        question="The question's id (e.g. p12q1): start typing to search the recent posts",
        live="Show results while the poll runs (default: hidden until it closes, to avoid bandwagoning)",
        subgroups="Add the optional “Which of these describes you?” question, from the groups the post quotes",
        native=CHOICE_TEXT,
    )
    @app_commands.autocomplete(question=question_autocomplete)
    @moderator_only("start polls")
    async def start(
        self,
        interaction: discord.Interaction[Any],
        question: str,
        live: bool = False,
        subgroups: bool = False,
        native: bool = False,
    ) -> None:
        actor = require_moderator(interaction, "start polls")
        _check_native(native, subgroups)
        draft = await self.core.polls.draft_from_question(actor, question)
        if subgroups and not draft.subgroup_options:
            raise InvalidInput(
                f"{question} quotes only one population, so there are no subgroups to ask about; "
                "start it without `subgroups`, or use `/poll custom subgroups:True` to write your own."
            )
        await interaction.response.send_modal(
            PollModal(self.bot, draft, live=live, subgroups=subgroups, native=native)
        )

    @app_commands.command(name="custom", description="Start a reader poll on a question of your own")
    @app_commands.describe(
        live="Show results while the poll runs (default: hidden until it closes)",
        subgroups="Add an optional “Which of these describes you?” question (you write its answers)",
        native=CHOICE_TEXT,
    )
    @moderator_only("start polls")
    async def custom(
        self,
        interaction: discord.Interaction[Any],
        live: bool = False,
        subgroups: bool = False,
        native: bool = False,
    ) -> None:
        _check_native(native, subgroups)
        await interaction.response.send_modal(
            PollModal(self.bot, None, live=live, subgroups=subgroups, native=native)
        )

    @app_commands.command(name="close", description="Close a poll now and post its results")
    @app_commands.describe(poll="The poll's number")
    @app_commands.autocomplete(poll=poll_autocomplete)
    @moderator_only("close polls")
    async def close(self, interaction: discord.Interaction[Any], poll: int) -> None:
        actor = require_moderator(interaction, "close polls")
        await interaction.response.defer(ephemeral=True, thinking=True)
        stored = await self.core.polls.get(poll)
        ref = parse_native_ref(stored.message_ref)
        if ref is not None and stored.is_open:
            # A native Discord poll: end it on Discord first, then record its votes before closing.
            message = self.bot.get_partial_messageable(ref[0]).get_partial_message(ref[1])
            try:
                await message.end_poll()
            except discord.HTTPException as exc:  # already ended: its counts are read all the same
                log.info("could not end the Discord poll of #%d: %s", poll, exc)
            try:
                await record_final_votes(self.bot, stored, ended=True)
            except discord.HTTPException as exc:  # e.g. the poll message was deleted: close with what we have
                log.warning("could not read the Discord poll of #%d: %s", poll, exc)
        closed = await self.core.polls.close(actor, poll, now=self.bot.now())
        if closed.closed_now:  # the close queued its results in the outbox
            await send_results_now(self.bot)
            await interaction.followup.send(
                f"Poll #{poll} is closed; its results are posted.", ephemeral=True
            )
        else:
            await interaction.followup.send(
                f"Poll #{poll} was already closed; `/poll results poll:{poll}` shows its results.",
                ephemeral=True,
            )

    @app_commands.command(name="export", description="Download a poll's results as CSV or JSON")
    @app_commands.autocomplete(poll=poll_autocomplete)
    @app_commands.choices(
        format=[app_commands.Choice(name="CSV", value="csv"), app_commands.Choice(name="JSON", value="json")]
    )
    @moderator_only("export poll results")
    async def export(self, interaction: discord.Interaction[Any], poll: int, format: str = "csv") -> None:
        actor = require_moderator(interaction, "export poll results")
        data = await self.core.polls.export(actor, poll, format, now=self.bot.now())
        file = discord.File(io.BytesIO(data.encode("utf-8")), filename=f"poll-{poll}.{format}")
        await interaction.response.send_message(f"Results of poll #{poll}:", file=file, ephemeral=True)

    # --- everyone ------------------------------------------------------------------------------------

    @app_commands.command(name="results", description="A poll's results compared with the published figures")
    @app_commands.autocomplete(poll=poll_autocomplete)
    @app_commands.describe(repost="Moderators: post the results in the poll's channel again")
    async def results(self, interaction: discord.Interaction[Any], poll: int, repost: bool = False) -> None:
        actor = interaction_actor(interaction)
        if repost:
            await self.core.polls.repost(actor, poll, now=self.bot.now())
            await interaction.response.send_message(
                f"Posting the results of poll #{poll} again.", ephemeral=True
            )
            await send_results_now(self.bot)
            return
        stored = await self.core.polls.get(poll)
        if stored.is_open and parse_native_ref(stored.message_ref) is not None:
            await interaction.response.send_message(
                f"Poll #{poll} is a Discord poll: its running counts are on the poll itself. The comparison "
                "with the published figures is posted when Discord ends it.",
                ephemeral=True,
            )
            return
        results = await self.core.polls.results(actor, poll, now=self.bot.now())
        embed = results_embed(ClosedPoll(stored, results, None, False))
        await interaction.response.send_message(embed=embed, ephemeral=True)
