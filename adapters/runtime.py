"""The composition root: builds the core and the adapters this process's roles need, and hands them to the
run loop (:mod:`bot.runner`).

With no chat tokens configured, pollwatch runs on the embedded default: SQLite and the console adapter,
watching the bundled sample feed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

import aiohttp
from aiohttp import web

from adapters.console import ConsoleAdapter
from adapters.console_commands import ConsoleSession
from bot.config import Settings
from bot.core import Pollwatch
from bot.demo import DEMO_CHANNEL, ensure_demo_subscription
from bot.errors import StartupError, plain_error
from bot.ops.http import OpsServer
from bot.ops.metrics import metrics
from bot.ports import ChatAdapter
from bot.roles import Roles
from bot.runner import Runner, announce_closed_polls

if TYPE_CHECKING:  # discord.py and slack_sdk are loaded only when their platform is enabled (~25 MB)
    from adapters.discord.service import DiscordService
    from adapters.slack.server import SlackService

log = logging.getLogger("pollwatch")

__all__ = ["DEMO_CHANNEL", "announce_closed_polls", "build_adapters", "read_commands", "run_bot"]


def slack_http_mode(settings: Settings) -> bool:
    return settings.slack_enabled and not settings.slack_app_token and bool(settings.slack_signing_secret)


def build_adapters(settings: Settings, out: TextIO | None) -> dict[str, ChatAdapter]:
    """The adapters every outbox has: the console (the chat platforms join as their clients start)."""
    adapters: dict[str, ChatAdapter] = {}
    adapters["console"] = ConsoleAdapter(out)
    return adapters


@dataclass
class Platforms:
    """The chat clients this process started, for the outbox and for ``/readyz``."""

    slack: SlackService | None = None
    discord: DiscordService | None = None

    async def status(self, settings: Settings, roles: Roles) -> Mapping[str, bool]:
        """Each configured chat platform this process serves (or delivers to), and whether its connection
        is up (not yet, while it starts)."""
        status: dict[str, bool] = {}
        if settings.discord_enabled and (roles.discord or roles.outbox):
            status["discord"] = self.discord is not None and await self.discord.connected()
        if settings.slack_enabled and (roles.slack or roles.outbox):
            status["slack"] = self.slack is not None and await self.slack.connected()
        return status

    async def stop(self) -> None:
        if self.slack is not None:
            await self.slack.stop()
        if self.discord is not None:
            await self.discord.stop()


async def start_platforms(
    core: Pollwatch,
    roles: Roles,
    adapters: dict[str, ChatAdapter],
    started: Platforms,
    wake: Callable[[], None],
    shared: Callable[[web.Application], None] | None,
    fatal: Callable[[str], None],
) -> None:
    """Start each configured chat platform this process needs: its app (commands, clicks) for the discord
    or slack role, or only its API client for the outbox role. Their adapters join ``adapters``."""
    settings = core.settings
    if settings.slack_enabled and (roles.slack or roles.outbox):
        started.slack = await _start_slack(core, adapters, wake, shared, serve=roles.slack)
    if settings.discord_enabled and (roles.discord or roles.outbox):
        # The gateway (with the shards asked for) for the discord role; an outbox without it sends over REST.
        from adapters.discord.service import DiscordService

        started.discord = DiscordService.start(
            core, on_change=wake, gateway=roles.discord, shards=roles.shards, on_fatal=fatal
        )
        adapters["discord"] = started.discord.adapter
    if not roles.outbox:
        # A process that does not deliver keeps no chat adapters for the loop (its commands still answer).
        adapters.clear()


async def run_bot(
    settings: Settings,
    *,
    once: bool = False,
    out: TextIO | None = None,
    stop: asyncio.Event | None = None,
    commands: TextIO | None = None,
    roles: Roles | None = None,
) -> int:
    """Run until ``stop`` is set (or SIGINT/SIGTERM), or one cycle with ``once``; ``roles`` (default: all)
    say which duties this process has (see :mod:`bot.roles`).

    With ``commands``, console commands (see :mod:`adapters.console_commands`) are read from that stream
    once the first cycle has delivered its digests; the bot stops at the end of the stream.
    """
    roles = roles or Roles()
    stop = stop or asyncio.Event()
    wake = asyncio.Event()
    reader: asyncio.Task[None] | None = None
    ops: OpsServer | None = None
    started = Platforms()
    refused: list[str] = []  # why a platform will not take this process as configured
    core = await Pollwatch.open(settings)

    def fatal(reason: str) -> None:
        refused.append(reason)
        stop.set()

    async def platforms() -> Mapping[str, bool]:
        return await started.status(settings, roles)

    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
    try:
        shared = None
        if settings.http_addr:
            ops = OpsServer.for_core(core, metrics(), platforms=platforms, delivers=roles.outbox)
            if roles.slack and slack_http_mode(settings) and ops.shares_port_with(settings.slack_port):
                shared, ops = ops.add_routes, None  # Slack's HTTP server serves them on its port
                log.info("operations endpoint on the Slack HTTP port %d", settings.slack_port)
            else:
                await ops.start()
        adapters = build_adapters(settings, out)
        await start_platforms(core, roles, adapters, started, wake.set, shared, fatal)
        if not settings.chat_enabled and roles.watcher:
            # The embedded default: with no chat platform configured, the console shows the sample feed.
            await ensure_demo_subscription(core)
        runner = Runner(core, adapters, roles)
        await runner.start()

        def start_reader() -> None:
            nonlocal reader
            if commands is not None:
                session = ConsoleSession(core, out or sys.stdout)
                reader = asyncio.create_task(read_commands(session, commands, stop, wake))

        await runner.run(stop, wake, once=once, after_first=start_reader)
    finally:
        if reader is not None:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
        for sig in installed:
            loop.remove_signal_handler(sig)
        await started.stop()
        if ops is not None:
            await ops.stop()
        await core.close()
        log.info("pollwatch stopped")
    return 2 if refused else 0  # like a configuration error: restarting as is would not help


async def _start_slack(
    core: Pollwatch,
    adapters: dict[str, ChatAdapter],
    wake: Callable[[], None],
    shared: Callable[[web.Application], None] | None,
    *,
    serve: bool = True,
) -> SlackService | None:
    """Slack, or one line saying why it cannot start: an unreachable API is a start-up error, not a
    traceback."""
    try:
        from adapters.slack.server import start_slack

        return await start_slack(core, adapters, wake, shared, serve=serve)
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        where = core.settings.slack_api_url or "https://slack.com/api/"
        raise StartupError(
            f"cannot reach the Slack API at {where} ({plain_error(exc, limit=200)}); check the network (or SLACK_API_URL) "
            "and start pollwatch again"
        ) from None


async def read_commands(
    session: ConsoleSession, stream: TextIO, stop: asyncio.Event, wake: asyncio.Event
) -> None:
    """Run console commands from ``stream``; a daemon thread reads it, so a pending read never blocks exit."""
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue[str] = asyncio.Queue()

    def pump() -> None:
        for line in iter(stream.readline, ""):
            loop.call_soon_threadsafe(lines.put_nowait, line)
        loop.call_soon_threadsafe(lines.put_nowait, "")

    threading.Thread(target=pump, name="console-commands", daemon=True).start()
    interactive = _is_tty(stream)
    try:
        while not session.done:
            if interactive:
                session.prompt()
            line = await lines.get()
            if not line:
                break
            try:
                await session.execute(line)
            except Exception:  # execute answers its own errors; this is the last line of defence
                log.exception("console command failed: %s", line.strip()[:200])
            wake.set()  # a command may have started a poll that ends before the loop would wake
    finally:
        stop.set()  # end of input (or a failure here) still stops `run --commands -`


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
