"""Running the Discord client beside pollwatch's loop: start it as a task, hand its adapter to the outbox,
close it cleanly on stop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from adapters.discord.adapter import DiscordAdapter
from adapters.discord.bot import PollwatchBot
from bot.config import platform_warnings
from bot.core import Pollwatch
from bot.roles import Shards

log = logging.getLogger("pollwatch.discord")


@dataclass
class DiscordService:
    bot: PollwatchBot
    adapter: DiscordAdapter
    task: asyncio.Task[None]

    @classmethod
    def start(
        cls, core: Pollwatch, *, gateway: bool = True, shards: Shards | None = None, **options: Any
    ) -> DiscordService:
        """Start the client (login, gateway with ``shards`` or as many as Discord recommends, command sync)
        in the background; with ``gateway=False`` only log in to the REST API (an outbox process). Needs
        ``DISCORD_TOKEN``."""
        settings = core.settings
        if not settings.discord_token:
            raise ValueError("DISCORD_TOKEN is not set")
        for warning in platform_warnings(settings):
            log.warning("%s", warning)
        if shards is not None:
            options.update(shard_ids=list(shards.ids), shard_count=shards.count)
        bot = PollwatchBot.from_settings(core, settings, gateway=gateway, **options)
        adapter = DiscordAdapter(bot, threads=settings.discord_digest_threads)
        run = bot.start(settings.discord_token) if gateway else bot.login_rest(settings.discord_token)
        task = asyncio.create_task(run, name="discord")
        task.add_done_callback(_report_end)
        return cls(bot, adapter, task)

    async def connected(self) -> bool:
        """The gateway session is up, or REST-only: logged in (for ``/readyz``)."""
        if not self.bot.gateway:
            return self.bot.connected.is_set() and not self.bot.is_closed()
        return self.bot.is_ready() and not self.bot.is_closed() and not self.task.done()

    async def stop(self) -> None:
        await self.bot.close()
        if not self.task.done():
            self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self.task


def _report_end(task: asyncio.Task[None]) -> None:
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        log.error("the Discord client stopped: %s: %s", type(exc).__name__, exc)
