"""The discord.py client: a ``commands.Bot`` that gets the pollwatch core in ``__init__`` and, in
``setup_hook``, loads the cogs, registers the vote buttons (``DynamicItem``, so clicks on messages posted
before a restart still work) and syncs the slash commands.

Intents: only ``guilds`` (channel and role caches for threads, forum channels and admin notices).
Interactions arrive without any intent, and no privileged intent (message content, members, presences)
is needed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import discord
from discord.ext import commands

from adapters.discord.endpoints import Endpoints
from adapters.discord.errors import PollwatchTree
from adapters.discord.messages import Messenger
from adapters.discord.roles import RoleConfig
from bot.clock import require_datetime
from bot.config import Settings
from bot.core import Pollwatch

log = logging.getLogger("pollwatch.discord")


def intents() -> discord.Intents:
    wanted = discord.Intents.none()
    wanted.guilds = True
    return wanted


class PollwatchBot(commands.AutoShardedBot):
    """With ``shard_ids``/``shard_count`` it connects those shards (``pollwatch run --shards``); without,
    as many as Discord recommends (``GET /gateway/bot``). With ``gateway=False`` it only logs in to the REST
    API (:meth:`login_rest`): an outbox process sends messages that way and needs no shard."""

    # How long on_ready waits for the servers' GUILD_CREATE after READY (discord.py's default).
    GUILD_READY_TIMEOUT = 2.0

    def __init__(
        self,
        core: Pollwatch,
        *,
        guild_ids: Iterable[str | int] = (),
        role_config: RoleConfig | None = None,
        notice_channel_id: int | None = None,
        sync_commands: bool = True,
        on_change: Callable[[], None] | None = None,
        endpoints: Endpoints | None = None,
        gateway: bool = True,
        **options: Any,
    ) -> None:
        options.setdefault("guild_ready_timeout", self.GUILD_READY_TIMEOUT)
        # Nothing the bot posts pings anyone unless that message names its own mentions: feed text can
        # carry "@everyone" or "<@&role>".
        options.setdefault("allowed_mentions", discord.AllowedMentions.none())
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(),
            tree_cls=PollwatchTree,
            help_command=None,
            **options,
        )
        self.endpoints = endpoints or Endpoints()
        self._previous_endpoints: Endpoints | None = None
        self.core = core
        self.guild_ids = tuple(int(g) for g in guild_ids)
        self.role_config = role_config or RoleConfig()
        self.sync_on_start = sync_commands
        self.messenger = Messenger(self, notice_channel_id=notice_channel_id)
        self.connected = asyncio.Event()
        self._on_change = on_change
        self._native_task: asyncio.Task[None] | None = None
        self.gateway = gateway

    def poke(self) -> None:
        """Tell the run loop that something is due sooner than it planned (a feed added, a poll started)."""
        if self._on_change is not None:
            self._on_change()

    @classmethod
    def from_settings(cls, core: Pollwatch, settings: Settings, **options: Any) -> PollwatchBot:
        notice = settings.discord_notice_channel_id
        return cls(
            core,
            guild_ids=settings.discord_guild_ids,
            role_config=RoleConfig(
                frozenset(settings.discord_admin_role_ids), frozenset(settings.discord_moderator_role_ids)
            ),
            notice_channel_id=int(notice) if notice and notice.isdigit() else None,
            endpoints=Endpoints.from_settings(settings),
            **options,
        )

    async def login(self, token: str) -> None:
        """Log in to the configured REST API; the gateway connection that follows goes to the configured
        gateway."""
        self._previous_endpoints = self.endpoints.apply()
        await super().login(token)

    async def login_rest(self, token: str) -> None:
        """Log in to the REST API only (no gateway, no shard): enough to send, edit and read messages."""
        await self.login(token)
        self.connected.set()
        log.info("Discord: sending over the REST API (this process holds no shard)")

    def now(self) -> datetime:
        return require_datetime(self.core.clock())

    async def setup_hook(self) -> None:
        if not self.gateway:  # REST only: no commands, buttons or native-poll checks come this way
            return
        from adapters.discord.feeds_cog import FeedsCog
        from adapters.discord.polls_cog import PollsCog, SubgroupSelect, VoteButton, WithdrawButton
        from adapters.discord.summary_cog import SummaryCog

        await self.add_cog(FeedsCog(self))
        await self.add_cog(PollsCog(self))
        await self.add_cog(SummaryCog(self))
        self.add_dynamic_items(VoteButton, WithdrawButton, SubgroupSelect)
        self._native_task = asyncio.create_task(self._watch_native_polls(), name="discord-native-polls")
        if self.sync_on_start:
            await self.sync_commands()

    async def sync_commands(self) -> None:
        """To the configured guilds (instant, for set-up), else globally (may take a while to show)."""
        if self.guild_ids:
            for guild_id in self.guild_ids:
                guild = discord.Object(guild_id)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
                log.info("synced %d slash commands to guild %d", len(synced), guild_id)
        else:
            synced = await self.tree.sync()
            log.info("synced %d slash commands globally", len(synced))

    async def _watch_native_polls(self) -> None:
        """Every ``CHECK_SECONDS``: native Discord polls that Discord has ended get their final votes
        recorded, are closed in the core and have their results posted."""
        from adapters.discord.native import CHECK_SECONDS, finish_native_polls

        while not self.is_closed():
            await self.connected.wait()
            try:
                await finish_native_polls(self)
            except Exception:
                log.exception("checking the native Discord polls failed")
            await asyncio.sleep(CHECK_SECONDS)

    async def close(self) -> None:
        if self._native_task is not None:
            self._native_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._native_task
            self._native_task = None
        await super().close()
        if self._previous_endpoints is not None and Endpoints.current() == self.endpoints:
            self._previous_endpoints.apply()
            self._previous_endpoints = None

    async def on_ready(self) -> None:
        self.connected.set()
        log.info("connected to Discord as %s in %d servers", self.user, len(self.guilds))

    async def on_disconnect(self) -> None:
        self.connected.clear()

    async def on_resumed(self) -> None:
        self.connected.set()
