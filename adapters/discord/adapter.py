"""The outbox's :class:`~bot.ports.ChatAdapter` for Discord: digests as embeds, bundles, notices and
closed polls, posted through the running :class:`~adapters.discord.bot.PollwatchBot`."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import discord

from adapters.discord import PLATFORM
from adapters.discord.embeds import bundle_messages, clip, digest_embed
from adapters.discord.messages import Messenger, channel_id, message_ref, nonce
from adapters.discord.text import escape
from bot.models import Digest, DigestBundle
from bot.polls.service import ClosedPoll

if TYPE_CHECKING:
    from adapters.discord.bot import PollwatchBot


class DiscordNotReady(Exception):
    """The client has not finished connecting yet; the outbox retries the send later."""


class DiscordAdapter:
    platform = PLATFORM

    def __init__(self, bot: PollwatchBot, *, threads: bool = False, ready_timeout: float = 30.0) -> None:
        self._bot = bot
        self._threads = threads
        self._ready_timeout = ready_timeout

    @property
    def messenger(self) -> Messenger:
        return self._bot.messenger

    async def _ready(self) -> None:
        try:
            await asyncio.wait_for(self._bot.connected.wait(), self._ready_timeout)
        except TimeoutError:
            raise DiscordNotReady("the Discord client is not connected yet") from None

    async def send_digest(self, channel: str, digest: Digest, *, delivery_id: int) -> str:
        await self._ready()
        embed = digest_embed(digest)
        target = self._bot.get_channel(channel_id(channel))
        name = clip(digest.title or "Discussion", 100)
        if isinstance(target, discord.ForumChannel):
            # One forum post per article. Forum posts take no nonce: a crash between the post and the
            # outbox's "sent" mark can repeat one (the lease makes that rare).
            created = await self.messenger.forum_post(target, name=name, embed=embed)
            return message_ref(created.thread.id, created.message.id)
        message = await self.messenger.send(channel, embed=embed, nonce=nonce("d", delivery_id))
        if self._threads:
            await self.messenger.open_thread(message, name)
        return message_ref(channel, message.id)

    async def send_bundle(self, channel: str, bundle: DigestBundle, *, delivery_id: int) -> str:
        await self._ready()
        first: str | None = None
        for part, (content, embeds) in enumerate(bundle_messages(bundle)):
            message = await self.messenger.send(
                channel,
                content=content or None,
                embeds=embeds,
                nonce=nonce("b", delivery_id, part) if delivery_id else None,
            )
            first = first or message_ref(channel, message.id)
        return first or ""

    async def send_notice(self, channel: str, text: str, *, key: str | None = None) -> str:
        await self._ready()
        message = await self.messenger.send(channel, content=clip(escape(text), 2000))
        return message_ref(channel, message.id)

    async def send_results(self, channel: str, closed: ClosedPoll, *, key: str) -> str:
        """A closed poll (any route): mark its message closed and post the results and chart."""
        await self._ready()
        return await self.messenger.announce_closed_poll(closed, key)

    async def tell_admins(self, channel: str, text: str) -> str:
        await self._ready()
        return await self.messenger.notify_admins(channel_id(channel), text)

    async def find_sent(self, channel: str, key: str, thread: str | None = None) -> str | None:
        # Discord deduplicates a retried send by its nonce: nothing to look up.
        return None


async def send_results_now(bot: PollwatchBot) -> int:
    """Post the results a close (or a repost) just queued, through the outbox, without waiting for the loop."""
    return await bot.core.send_queued(DiscordAdapter(bot))
