"""Sending and editing messages in Discord channels, with Discord's failures mapped onto ours.

- 404 Unknown Channel, 403 Missing Access / Missing Permissions → :class:`~bot.ports.ChannelUnavailable`
  (the outbox parks the delivery, and queues one notice to the channel's admins: :meth:`Messenger.notify_admins`
  carries it to the notice channel);
- 429: discord.py waits the ``retry_after`` Discord asks for and retries by itself; only a wait longer than
  its cap surfaces (``discord.RateLimited``) and the outbox retries later;
- a ``nonce`` with ``enforce_nonce`` (discord.py sets both) makes Discord return the first message instead
  of posting a second one when a send is retried.
"""

from __future__ import annotations

import asyncio
import io
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import discord

from adapters.discord.embeds import poll_embed, results_embed
from bot.polls.service import ClosedPoll
from bot.ports import ChannelUnavailable

if TYPE_CHECKING:
    from adapters.discord.bot import PollwatchBot

log = logging.getLogger("pollwatch.discord")

UNKNOWN_CHANNEL = 10003
UNKNOWN_MESSAGE = 10008
MISSING_ACCESS = 50001
MISSING_PERMISSIONS = 50013
NONCE_MAX = 25


def nonce(kind: str, number: int, part: int = 0) -> str:
    """A message nonce (≤ 25 characters) stable across retries of the same send."""
    return f"pw{kind}{number}.{part}"[:NONCE_MAX]


def message_ref(channel_id: int | str, message_id: int | str) -> str:
    return f"{channel_id}:{message_id}"


def parse_message_ref(ref: str | None) -> tuple[int, int] | None:
    if not ref or ":" not in ref:
        return None
    channel, _, message = ref.partition(":")
    return (int(channel), int(message)) if channel.isdigit() and message.isdigit() else None


def channel_id(channel: str) -> int:
    if not channel.isdigit():
        raise ChannelUnavailable(f"{channel!r} is not a Discord channel id")
    return int(channel)


def unavailable(exc: discord.HTTPException) -> str | None:
    """Why the channel can't take messages, or None when the error is worth retrying."""
    if isinstance(exc, discord.Forbidden):
        return f"the bot lacks access or permission in this channel ({exc.text or exc.status})"
    if isinstance(exc, discord.NotFound) and exc.code in (UNKNOWN_CHANNEL, 0):
        return "the channel no longer exists"
    return None


class Messenger:
    """Posts into channels for the outbox and the poll commands; tells admins about broken channels."""

    def __init__(self, bot: PollwatchBot, *, notice_channel_id: int | None = None) -> None:
        self._bot = bot
        self._notice_channel_id = notice_channel_id

    def target(self, channel: str) -> discord.abc.Messageable:
        cid = channel_id(channel)
        cached = self._bot.get_channel(cid)
        if isinstance(cached, discord.abc.Messageable):
            return cached
        return self._bot.get_partial_messageable(cid)

    async def send(self, channel: str, **kwargs: Any) -> discord.Message:
        cid = channel_id(channel)
        try:
            return await self.target(channel).send(**kwargs)
        except discord.HTTPException as exc:
            why = unavailable(exc)
            if why is None:
                raise
            raise ChannelUnavailable(f"Discord channel {cid}: {why}", reason=why) from exc

    async def forum_post(
        self, forum: discord.ForumChannel, **kwargs: Any
    ) -> discord.channel.ThreadWithMessage:
        try:
            return await forum.create_thread(**kwargs)
        except discord.HTTPException as exc:
            why = unavailable(exc)
            if why is None:
                raise
            raise ChannelUnavailable(f"Discord forum {forum.id}: {why}", reason=why) from exc

    async def notify_admins(self, cid: int, text: str) -> str:
        """Tell the admins of channel ``cid`` (which can't take messages) in the notice channel, or the
        server's system channel. The outbox decides when (once per parking, across restarts)."""
        notice_id = self._notice_channel_id
        if notice_id is None:
            found = self._bot.get_channel(cid)
            guild = getattr(found, "guild", None)
            system = guild.system_channel if isinstance(guild, discord.Guild) else None
            notice_id = system.id if system is not None else None
            if found is None and not self._bot.gateway:  # no shard here, no cache: ask the REST API
                notice_id = await self._system_channel_over_rest(cid)
        if notice_id is None or notice_id == cid:
            log.warning(
                "channel %d can't take messages and there is nowhere to tell its admins: %s", cid, text
            )
            return ""
        text += (
            " On Discord: give the bot View Channel, Send Messages, Embed Links and Attach Files there "
            "(or remove the channel's feeds with `/feeds remove`)."
        )
        message = await self._bot.get_partial_messageable(notice_id).send(
            text[:2000], nonce=nonce("n", cid), allowed_mentions=discord.AllowedMentions.none()
        )
        return message_ref(notice_id, message.id)

    async def _system_channel_over_rest(self, cid: int) -> int | None:
        """The system channel of channel ``cid``'s server, read over REST (a process without the gateway);
        None when the channel can't be seen (Missing Access, deleted) or the server has none."""
        try:
            channel: dict[str, Any] = dict(await self._bot.http.get_channel(cid))
            guild_id = str(channel.get("guild_id") or "")
            if not guild_id.isdigit():
                return None
            guild = await self._bot.http.get_guild(int(guild_id), with_counts=False)
        except discord.HTTPException as exc:
            log.info("could not look up the server of channel %d over REST: %s", cid, exc)
            return None
        system = guild.get("system_channel_id")
        return int(system) if system else None

    async def open_thread(self, message: discord.Message, name: str) -> None:
        try:
            await message.create_thread(name=name[:100] or "Discussion", auto_archive_duration=1440)
        except discord.HTTPException as exc:  # the post is out; a missing thread is not worth a retry
            log.warning("could not open a thread on message %d: %s", message.id, exc)

    # --- reader polls ----------------------------------------------------------------------------

    async def announce_closed_poll(self, closed: ClosedPoll, key: str | None = None) -> str:
        """Edit the poll message to show it closed (buttons removed) and post the results with the chart.
        ``key`` (the outbox row) makes the nonce, so a repost is a new message and a retry is not."""
        poll = closed.poll
        ref = parse_message_ref(poll.message_ref)
        if ref is not None:
            cid, mid = ref
            try:
                await (
                    self._bot.get_partial_messageable(cid)
                    .get_partial_message(mid)
                    .edit(embed=poll_embed(poll), view=None)
                )
            except discord.HTTPException as exc:  # deleted meanwhile: the results still go out
                log.warning(
                    "could not mark poll #%d closed on its message %s: %s", poll.id, poll.message_ref, exc
                )
        kwargs: dict[str, Any] = {}
        chart_name = None
        chart = await asyncio.to_thread(_read_chart, closed.chart_path)
        if chart is not None:
            chart_name = f"poll-{poll.id}.png"
            kwargs["file"] = discord.File(io.BytesIO(chart), filename=chart_name)
        embed = results_embed(closed, chart_name=chart_name)
        number = int(key[1:]) if key and key[1:].isdigit() else poll.id
        message = await self.send(poll.spec.channel, embed=embed, nonce=nonce("r", number), **kwargs)
        return message_ref(message.channel.id, message.id)


def _read_chart(path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        return Path(path).read_bytes()
    except OSError as exc:  # the table still goes out without the picture
        log.warning("could not read the chart %s: %s", path, exc)
        return None
