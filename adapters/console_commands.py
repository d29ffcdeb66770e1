"""The console's command interpreter: the whole reader-poll flow, typed or piped in, one command a line.

    questions [N]                       questions found in the channel's N latest posts, with their ids
    draft <qid>                         what `poll start` would prefill for a question
    poll start <qid> [options]          start a poll from a question (p12q1 = post 12, question 1)
        --minutes N | --duration 2h     how long it runs (1 minute to 7 days; default POLLWATCH_POLL_DURATION)
        --live                          show results while it runs (default: hidden until it closes)
        --question "..."                reword the question
        --option "..." (repeat)         replace the prefilled options
        --subgroups                     add the suggested "Which of these describes you?" question
        --subgroup-question "..." --subgroup-option "..." (repeat)
    poll custom "Question?" "A" "B" … [--minutes N] [--live]
    polls                               the channel's polls
    vote <poll> <option> [subgroup]     option and subgroup by number (1, 2, …) or label
    withdraw <poll>
    poll close <poll> | poll results <poll> | poll export <poll> csv|json | poll chart <poll>
    poll repost <poll>                  post a closed poll's results in its channel again (moderators)
    feeds add|list|remove|resume|filter|schedule|fulltext|digest|import|export …   (admins; as `pollwatch feeds`)
    as <name> [moderator] [admin]       act as that member from now on (`as operator` to go back)
    as <name> [roles] <command …>       run one command as that member
    help | quit

Who is who is the console's own notion of permissions: the operator at the keyboard is a moderator and an
admin; any other name is a plain member unless the `as` line gives roles. Errors print as one line and the
session goes on.
"""

from __future__ import annotations

import argparse
import logging
import shlex
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TextIO, cast

from adapters.console import ConsoleAdapter, SafeText
from bot.core import Pollwatch
from bot.errors import InvalidInput, PollwatchError, UserError, error_kind, plain_error
from bot.feeds_cli import configure as configure_feeds
from bot.feeds_cli import execute as execute_feeds
from bot.models import Actor, Role
from bot.polls.models import Poll
from bot.polls.rules import duration_from_minutes, format_time, parse_poll_duration
from bot.polls.service import ClosedPoll
from bot.polls.table import render_table
from bot.render import question_heading

log = logging.getLogger(__name__)

PLATFORM = "console"
OPERATOR_NAME = "operator"
_ROLES = {"moderator": Role.MODERATOR, "mod": Role.MODERATOR, "admin": Role.ADMIN, "member": Role.MEMBER}


def closed_poll_text(closed: ClosedPoll) -> str:
    """A closed poll as the console shows it: the comparison table and where the chart is."""
    lines = [
        f"Poll #{closed.poll.id} closed at {format_time(closed.results.closed_at)}.",
        "",
        render_table(closed.results),
    ]
    lines.append("")
    lines.append(
        f"Chart: {closed.chart_path}" if closed.chart_path else "Chart: (could not be written; see the log)"
    )
    return "\n".join(lines)


def poll_text(poll: Poll) -> str:
    spec = poll.spec
    lines = [f"Poll #{poll.id} in #{spec.channel}: {spec.question}"]
    lines += [f"  {o.index + 1}. {o.label}" for o in spec.options]
    if spec.subgroup_question:
        lines.append(
            f"  Optional: {spec.subgroup_question} " + " / ".join(o.label for o in spec.subgroup_options)
        )
    if spec.references:
        pops = ", ".join(r.population for r in spec.references)
        pollster = next((r.pollster for r in spec.references if r.pollster), None)
        lines.append(f"  Compared with {pollster + ': ' if pollster else ''}{pops}")
    if poll.is_open:
        shown = "hidden until then" if spec.hide_results else "shown live"
        lines.append(
            f"  Open until {format_time(spec.closes_at)}; results {shown}. Vote: vote {poll.id} <number>"
        )
    else:
        lines.append(f"  {poll.status.value} at {format_time(poll.closed_at or spec.closes_at)}")
    return "\n".join(lines)


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so a bad line is one error message."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise InvalidInput(message)


def _start_parser(custom: bool) -> _Parser:
    parser = _Parser(prog="poll custom" if custom else "poll start", add_help=False)
    if custom:
        parser.add_argument("question")
        parser.add_argument("options", nargs="+")
    else:
        parser.add_argument("qid")
        parser.add_argument("--question", default=None)
        parser.add_argument("--option", action="append", default=None, dest="options")
        parser.add_argument("--subgroups", action="store_true")
    parser.add_argument("--minutes", default=None)
    parser.add_argument("--duration", default=None)
    parser.add_argument("--live", action="store_true")
    parser.add_argument("--subgroup-question", default=None)
    parser.add_argument("--subgroup-option", action="append", default=[], dest="subgroup_options")
    return parser


def _poll_id(raw: str) -> int:
    try:
        return int(raw.lstrip("#"))
    except ValueError:
        raise InvalidInput(f"{raw!r} is not a poll number (e.g. 3)") from None


class ConsoleSession:
    """Reads command lines and calls the core as the acting member; writes answers to ``out``."""

    def __init__(
        self,
        core: Pollwatch,
        out: TextIO,
        *,
        channel: str = "demo",
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.core = core
        self.out = cast(TextIO, SafeText(out))  # what the session prints loses control and bidi chars
        self.channel = channel
        self._clock = clock or core.clock
        operator = Actor(PLATFORM, OPERATOR_NAME, OPERATOR_NAME, frozenset({Role.MODERATOR, Role.ADMIN}))
        self.people: dict[str, Actor] = {OPERATOR_NAME: operator}
        self.actor = operator
        self.done = False

    def now(self) -> datetime:
        return datetime.fromtimestamp(self._clock(), UTC)

    def say(self, text: str) -> None:
        self.out.write(text.rstrip("\n") + "\n")
        self.out.flush()

    def prompt(self) -> None:
        """Ask for the next command (when a person types them, not a script)."""
        self.out.write(f"pollwatch #{self.channel}> ")
        self.out.flush()

    async def execute(self, line: str) -> None:
        """Run one command line; a user error prints as one line starting with ``error:``."""
        try:
            words = shlex.split(line, comments=True)
        except ValueError as exc:
            self.say(f"error: {exc}")
            return
        if not words:
            return
        try:
            await self._dispatch(words, self.actor)
        except UserError as exc:
            self.say(f"error: {exc}")
        except PollwatchError as exc:
            self.say(f"error: {error_kind(exc)}: {plain_error(exc)}")
        except Exception:
            # A bug must cost one command, never the session: answer, log, and read the next line.
            log.exception("console command failed: %s", line.strip()[:200])
            self.say("error: sorry, that command failed unexpectedly; the details are in the log")

    # --- dispatch -----------------------------------------------------------------------------------

    async def _dispatch(self, words: list[str], actor: Actor) -> None:
        command, args = words[0].lower(), words[1:]
        if command == "as":
            await self._as(args)
        elif command in ("help", "?"):
            self.say(__doc__ or "")
        elif command in ("quit", "exit"):
            self.done = True
        elif command == "questions":
            await self._questions(args)
        elif command == "draft":
            await self._draft(actor, args)
        elif command == "polls":
            for poll in await self.core.polls.polls(PLATFORM, self.channel):
                self.say(poll_text(poll))
        elif command == "vote":
            if len(args) not in (2, 3):
                raise InvalidInput("usage: vote <poll> <option number or label> [subgroup]")
            option: int | str = int(args[1]) - 1 if args[1].isdigit() else args[1]
            subgroup = args[2] if len(args) == 3 else None
            result = await self.core.polls.vote(actor, _poll_id(args[0]), option, subgroup, now=self.now())
            self.say(f"{actor.display_name}: {result.message}")
        elif command == "withdraw":
            if len(args) != 1:
                raise InvalidInput("usage: withdraw <poll>")
            result = await self.core.polls.withdraw(actor, _poll_id(args[0]), now=self.now())
            self.say(f"{actor.display_name}: {result.message}")
        elif command == "poll":
            await self._poll(actor, args)
        elif command == "feeds":
            await self._feeds(actor, args)
        else:
            raise InvalidInput(f"unknown command {command!r}; try help")

    async def _feeds(self, actor: Actor, args: list[str]) -> None:
        """The same feed commands as ``pollwatch feeds`` (admins only), on this channel by default."""
        parser = _Parser(prog="feeds", add_help=False)
        configure_feeds(parser)
        parsed = parser.parse_args(args)
        parsed.platform = PLATFORM
        is_operator = actor.user_id == OPERATOR_NAME
        await execute_feeds(
            self.core, actor, parsed, self.out, operator=is_operator, default_channel=self.channel
        )

    async def _as(self, args: list[str]) -> None:
        if not args:
            raise InvalidInput("usage: as <name> [moderator] [admin] [command …]")
        name, rest = args[0], args[1:]
        roles: set[Role] = set()
        while rest and rest[0].lower() in _ROLES:
            roles.add(_ROLES[rest.pop(0).lower()])
        if roles or name not in self.people:
            self.people[name] = Actor(PLATFORM, name, name, frozenset(roles or {Role.MEMBER}))
        who = self.people[name]
        if rest:
            await self._dispatch(rest, who)
        else:
            self.actor = who
            shown = ", ".join(sorted(r.value for r in who.roles))
            self.say(f"now acting as {name} ({shown})")

    async def _questions(self, args: list[str]) -> None:
        limit = int(args[0]) if args and args[0].isdigit() else 10
        found = await self.core.polls.questions(PLATFORM, self.channel, limit=limit)
        if not found:
            self.say(f"no questions found in the latest posts of #{self.channel}")
        for q in found:
            self.say(f"[{q.id}] {question_heading(q.text)}  ({q.post_title})")
            for group in q.groups:
                answers = " · ".join(f"{f.answer} {f.value:g}%" for f in group.figures)
                self.say(f"        {group.population}: {answers}")

    async def _draft(self, actor: Actor, args: list[str]) -> None:
        if len(args) != 1:
            raise InvalidInput("usage: draft <question id>")
        draft = await self.core.polls.draft_from_question(actor, args[0])
        self.say(f"[{draft.question_id}] {draft.question}")
        for i, label in enumerate(draft.options, start=1):
            self.say(f"  {i}. {label}")
        for ref in draft.references:
            shares = " · ".join(f"{k} {v:g}%" for k, v in ref.shares.items() if v is not None)
            self.say(f"  published, {ref.population}: {shares}")
        if draft.subgroup_options:
            self.say(
                f"  subgroups (--subgroups): {draft.subgroup_question} " + " / ".join(draft.subgroup_options)
            )
        self.say(f"  pollster: {draft.pollster or 'not named'} · {draft.post_link or 'no link'}")

    async def _poll(self, actor: Actor, args: list[str]) -> None:
        if not args:
            raise InvalidInput("usage: poll start|custom|close|results|export|chart …")
        sub, rest = args[0].lower(), args[1:]
        polls = self.core.polls
        if sub in ("start", "custom"):
            await self._start(actor, rest, custom=sub == "custom")
            return
        if not rest:
            raise InvalidInput(f"usage: poll {sub} <poll>")
        poll_id = _poll_id(rest[0])
        if sub == "close":
            closed = await polls.close(actor, poll_id, now=self.now())
            if not closed.closed_now:
                self.say(f"(poll #{poll_id} was already closed)")
                self.say(closed_poll_text(closed))
            else:  # the close queued its results: the outbox posts them in the poll's channel
                await self._send_results_now()
        elif sub == "repost":
            await polls.repost(actor, poll_id, now=self.now())
            await self._send_results_now()
        elif sub == "results":
            self.say(render_table(await polls.results(actor, poll_id, now=self.now())))
        elif sub == "export":
            fmt = rest[1].lower() if len(rest) > 1 else "csv"
            self.say(await polls.export(actor, poll_id, fmt, now=self.now()))
        elif sub == "chart":
            path = polls.chart_dir / f"poll-{poll_id}-{int(self._clock())}.png"
            self.say(f"Chart: {await polls.chart(actor, poll_id, path, now=self.now())}")
        else:
            raise InvalidInput(f"unknown poll command {sub!r}; try help")

    async def _send_results_now(self) -> None:
        await self.core.send_queued(ConsoleAdapter(self.out), self._clock)

    async def _start(self, actor: Actor, args: list[str], *, custom: bool) -> None:
        ns = _start_parser(custom).parse_args(args)
        duration: timedelta | None = None
        if ns.minutes is not None:
            duration = duration_from_minutes(ns.minutes)
        elif ns.duration is not None:
            duration = parse_poll_duration(ns.duration)
        polls = self.core.polls
        if custom:
            poll = await polls.start(
                actor,
                PLATFORM,
                self.channel,
                question=ns.question,
                options=ns.options,
                subgroup_question=ns.subgroup_question,
                subgroup_options=ns.subgroup_options,
                duration=duration,
                hide_results=not ns.live,
                now=self.now(),
            )
        else:
            draft = await polls.draft_from_question(actor, ns.qid)
            sub_question, sub_options = ns.subgroup_question, ns.subgroup_options
            if ns.subgroups and not sub_options:
                sub_question, sub_options = draft.subgroup_question, list(draft.subgroup_options)
                if not sub_options:
                    raise InvalidInput(
                        f"{ns.qid} quotes only one population: there are no subgroups to suggest"
                    )
            poll = await polls.start(
                actor,
                PLATFORM,
                self.channel,
                draft=draft,
                question=ns.question,
                options=ns.options,
                subgroup_question=sub_question,
                subgroup_options=sub_options,
                duration=duration,
                hide_results=not ns.live,
                now=self.now(),
            )
        await polls.set_message_ref(poll.id, f"console:{self.channel}:poll:{poll.id}")
        self.say(poll_text(poll))
