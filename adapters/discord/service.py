"""Running the Discord client beside pollwatch's loop: start it as a task, hand its adapter to the outbox,
close it cleanly on stop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import discord

from adapters.discord.adapter import DiscordAdapter
from adapters.discord.bot import PollwatchBot
from bot.config import platform_warnings
from bot.core import Pollwatch
from bot.errors import plain_error
from bot.roles import Shards

log = logging.getLogger("pollwatch.discord")

INVALID_SHARD = 4010  # gateway close codes: the shard in IDENTIFY is impossible
SHARDING_REQUIRED = 4011  # ... one shard would hold too many servers (Discord: 2,500)


@dataclass
class DiscordService:
    bot: PollwatchBot
    adapter: DiscordAdapter
    task: asyncio.Task[None]

    @classmethod
    def start(
        cls,
        core: Pollwatch,
        *,
        gateway: bool = True,
        shards: Shards | None = None,
        on_fatal: Callable[[str], None] | None = None,
        **options: Any,
    ) -> DiscordService:
        """Start the client (login, gateway with ``shards`` or as many as Discord recommends, command sync)
        in the background; with ``gateway=False`` only log in to the REST API (an outbox process). Needs
        ``DISCORD_TOKEN``. ``on_fatal`` hears, in one line, why the client stopped for good (a refused
        token or shard: restarting the same way would not help)."""
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
        task.add_done_callback(lambda done: _report_end(done, shards, on_fatal))
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


def fatal_reason(exc: BaseException, shards: Shards | None) -> str | None:
    """Why Discord will not take this client as configured, in one line, or None (worth a reconnect)."""
    if isinstance(exc, discord.LoginFailure):
        return "Discord refused DISCORD_TOKEN (log in failed); check the token"
    if isinstance(exc, discord.PrivilegedIntentsRequired):
        return "Discord refused the gateway intents (4014)"
    if not isinstance(exc, discord.ConnectionClosed):
        return None
    which = f"shards {shards}" if shards is not None else "the recommended shards"
    if exc.code == INVALID_SHARD:
        return f"Discord refused {which} (close code 4010, invalid shard); check --shards IDS/COUNT"
    if exc.code == SHARDING_REQUIRED:
        return (
            f"Discord requires more shards: {which} would hold too many servers (close code 4011); "
            "raise the count in --shards (and spread the ids over the processes), or leave --shards out"
        )
    return None


def _report_end(
    task: asyncio.Task[None], shards: Shards | None, on_fatal: Callable[[str], None] | None
) -> None:
    if task.cancelled():
        return
    exc = task.exception()
    if exc is None:
        return
    reason = fatal_reason(exc, shards)
    if reason is None:
        log.error("the Discord client stopped: %s", plain_error(exc), exc_info=exc)
        return
    log.error("%s", reason, extra={"event": "discord_refused"})
    if on_fatal is not None:
        on_fatal(reason)
