"""Native Discord polls as an alternative to the button panel.

A moderator may choose Discord's own poll (``/poll start … native:True``): durations in whole hours, results
visible to everyone while it runs, and voters public (anyone can see who picked what). The poll is stored
in the core like any other, so it has its reference numbers, and its final results feed the same
comparison:

- the core's deadline is set ``GRACE`` after Discord's end, so the core never closes it before Discord's
  counts are final;
- once Discord has ended the poll and finalised it (``Poll.is_finalised()``), :func:`finish_native_polls`
  (run every ``CHECK_SECONDS`` by the bot, and by ``/poll close``) reads each answer's voters from Discord
  and records them as ordinary votes (one per member, stored under the salted hash, never the id), then
  closes the poll in the core and posts the results;
- the message is referenced as ``<channel>:<message>:native``, so the closing announcement does not try to
  edit it (Discord does not allow editing a poll message) and posts the results beside it.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

import discord

from adapters.discord import PLATFORM
from adapters.discord.adapter import send_results_now
from bot.errors import InvalidInput
from bot.models import Actor, Role
from bot.polls.models import Poll
from bot.polls.service import ClosedPoll

if TYPE_CHECKING:
    from adapters.discord.bot import PollwatchBot

log = logging.getLogger("pollwatch.discord")

NATIVE_SUFFIX = ":native"
QUESTION_MAX = 300
ANSWER_MAX = 55
GRACE = timedelta(hours=1)
MAX_HOURS = 7 * 24 - 1  # the core runs a poll for at most 7 days, GRACE included
CHECK_SECONDS = 30.0
MAX_VOTERS = 10_000_000  # read voters page by page until Discord has no more (its count may lag an early end)
CHOICE_TEXT = "A native Discord poll instead: whole hours, results visible, voters public (all see who voted)"
"""The option's description (at most 100 characters): the trade-offs, said where the choice is made."""


def native_ref(channel_id: int | str, message_id: int | str) -> str:
    return f"{channel_id}:{message_id}{NATIVE_SUFFIX}"


def parse_native_ref(ref: str | None) -> tuple[int, int] | None:
    if not ref or not ref.endswith(NATIVE_SUFFIX):
        return None
    channel, _, message = ref.removesuffix(NATIVE_SUFFIX).partition(":")
    return (int(channel), int(message)) if channel.isdigit() and message.isdigit() else None


def whole_hours(duration: timedelta) -> int:
    """The duration as whole hours within Discord's and the core's limits (1 to ``MAX_HOURS``)."""
    seconds = int(duration.total_seconds())
    if seconds % 3600 or not 1 <= seconds // 3600 <= MAX_HOURS:
        raise InvalidInput(
            f"A native Discord poll runs for whole hours, from 1h to {MAX_HOURS}h (e.g. 24h); "
            "use the button poll for other durations."
        )
    return seconds // 3600


def native_poll(question: str, options: list[str], hours: int) -> discord.Poll:
    """The :class:`discord.Poll` to send; answers and question checked against Discord's limits."""
    question = " ".join(question.split())
    if not question:
        raise InvalidInput("The poll needs a question.")
    if len(question) > QUESTION_MAX:
        raise InvalidInput(f"A native Discord poll's question has at most {QUESTION_MAX} characters.")
    long = [o for o in options if len(o) > ANSWER_MAX]
    if long:
        raise InvalidInput(
            f"A native Discord poll's answers have at most {ANSWER_MAX} characters; shorten: "
            + ", ".join(f"“{o}”" for o in long)
        )
    poll = discord.Poll(question=question, duration=timedelta(hours=hours), multiple=False)
    for option in options:
        poll.add_answer(text=option)
    return poll


def bot_actor(bot: PollwatchBot) -> Actor:
    """The bot itself, closing a native poll Discord has ended."""
    user_id = str(bot.user.id) if bot.user else "pollwatch"
    return Actor(PLATFORM, user_id, "pollwatch", frozenset({Role.MEMBER, Role.MODERATOR}))


async def record_final_votes(bot: PollwatchBot, poll: Poll, *, ended: bool = False) -> bool:
    """Record the native poll's votes in the core, each voter once, when Discord has finalised the poll
    (or, with ``ended``, right after a moderator ended it). False while Discord is still counting."""
    ref = parse_native_ref(poll.message_ref)
    if ref is None:
        return False
    cid, mid = ref
    message = await bot.get_partial_messageable(cid).fetch_message(mid)
    found = message.poll
    if found is None:
        raise InvalidInput(f"The message of poll #{poll.id} no longer carries its Discord poll.")
    if not found.is_finalised() and not ended:
        return False
    answers = sorted(found.answers, key=lambda a: a.id)
    if len(answers) != len(poll.options):
        log.warning("poll #%d: Discord has %d answers, we have %d", poll.id, len(answers), len(poll.options))
    counted = 0
    for index, answer in enumerate(answers[: len(poll.options)]):
        async for voter in answer.voters(limit=MAX_VOTERS):
            actor = Actor(PLATFORM, str(voter.id), voter.display_name)
            await bot.core.polls.vote(actor, poll.id, index, now=bot.now())
            counted += 1
    total = found.total_votes
    if counted != total:
        log.warning("poll #%d: Discord counts %d votes, %d voters could be read", poll.id, total, counted)
    return True


async def finish_native_polls(bot: PollwatchBot) -> list[ClosedPoll]:
    """Native polls Discord has ended: record their final votes, close them in the core, post the results."""
    now = bot.now()
    closed: list[ClosedPoll] = []
    for poll_id in await bot.core.polls.due(now + GRACE):
        poll = await bot.core.polls.get(poll_id)
        if poll.spec.platform != PLATFORM or parse_native_ref(poll.message_ref) is None:
            continue
        try:
            if not await record_final_votes(bot, poll):
                continue
            done = await bot.core.polls.close(bot_actor(bot), poll_id, now=bot.now())
            if done.closed_now:  # the close queued its results in the outbox
                await send_results_now(bot)
                closed.append(done)
        except Exception:
            log.exception("could not finish the native Discord poll #%d", poll_id)
    return closed
