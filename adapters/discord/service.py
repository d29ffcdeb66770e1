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
from bot.errors import plain_error

log = logging.getLogger("pollwatch.discord")


@dataclass
class DiscordService:
    bot: PollwatchBot
    adapter: DiscordAdapter
    task: asyncio.Task[None]

    @classmethod
    def start(cls, core: Pollwatch, **options: Any) -> DiscordService:
        """Start the client (login, gateway, command sync) in the background; needs ``DISCORD_TOKEN``."""
        settings = core.settings
        if not settings.discord_token:
            raise ValueError("DISCORD_TOKEN is not set")
        for warning in platform_warnings(settings):
            log.warning("%s", warning)
        bot = PollwatchBot.from_settings(core, settings, **options)
        adapter = DiscordAdapter(bot, threads=settings.discord_digest_threads)
        task = asyncio.create_task(bot.start(settings.discord_token), name="discord")
        task.add_done_callback(_report_end)
        return cls(bot, adapter, task)

    async def connected(self) -> bool:
        """The gateway session is up (for ``/readyz``)."""
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
        log.error("the Discord client stopped: %s", plain_error(exc), exc_info=exc)
