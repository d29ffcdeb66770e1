"""The composition root: builds the core and the adapters the configuration asks for, and runs the loop.

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
import time
from collections.abc import Callable, Mapping
from dataclasses import fields
from typing import TYPE_CHECKING, TextIO

import aiohttp
from aiohttp import web

from adapters.console import ConsoleAdapter
from adapters.console_commands import ConsoleSession
from bot.clock import require_datetime
from bot.config import Settings
from bot.core import Pollwatch
from bot.errors import StartupError, StorageError, UserError, plain_error
from bot.feeds.watcher import FeedOutcome
from bot.ops.cycle import log_startup, record_cycle
from bot.ops.http import OpsServer
from bot.ops.metrics import metrics
from bot.outbox import DispatchReport, Outbox
from bot.permissions import OPERATOR
from bot.ports import ChatAdapter

if TYPE_CHECKING:  # discord.py and slack_sdk are loaded only when their platform is enabled (~25 MB)
    from adapters.discord.service import DiscordService
    from adapters.slack.server import SlackService

log = logging.getLogger("pollwatch")

DEMO_CHANNEL = "demo"
IDLE_WAKE = 30.0  # seconds between loop turns when nothing is due sooner


async def ensure_demo_subscription(core: Pollwatch) -> None:
    """Subscribe the console to the bundled sample feed once, delivering all of its posts."""
    if not core.settings.demo_feed or await core.storage.subscriptions.count("console"):
        return
    try:
        added = await core.feeds.add(
            OPERATOR, "console", DEMO_CHANNEL, core.settings.demo_feed, backfill=50, operator=True
        )
    except UserError as exc:
        log.error("could not add the demo feed %s: %s", core.settings.demo_feed, exc)
        return
    # The sample posts are whole and their links are placeholders: never fetch the linked pages.
    await core.storage.feeds.set_full_text(added.feed.id, "never")
    log.info("watching the demo feed %s (%d posts)", added.title or added.feed.url, added.entries)


def slack_http_mode(settings: Settings) -> bool:
    return settings.slack_enabled and not settings.slack_app_token and bool(settings.slack_signing_secret)


def build_adapters(settings: Settings, out: TextIO | None) -> dict[str, ChatAdapter]:
    adapters: dict[str, ChatAdapter] = {}
    adapters["console"] = ConsoleAdapter(out)
    return adapters


async def run_bot(
    settings: Settings,
    *,
    once: bool = False,
    out: TextIO | None = None,
    stop: asyncio.Event | None = None,
    commands: TextIO | None = None,
) -> int:
    """Run until ``stop`` is set (or SIGINT/SIGTERM), or one cycle with ``once``.

    With ``commands``, console commands (see :mod:`adapters.console_commands`) are read from that stream
    once the first cycle has delivered its digests; the bot stops at the end of the stream.
    """
    stop = stop or asyncio.Event()
    wake = asyncio.Event()
    reader: asyncio.Task[None] | None = None
    slack: SlackService | None = None
    discord_service: DiscordService | None = None
    ops: OpsServer | None = None
    core = await Pollwatch.open(settings)
    measure = metrics()
    measure.set_schema(await core.storage.db.schema_version())

    async def platforms() -> Mapping[str, bool]:
        """Each configured chat platform, and whether its connection is up."""
        status: dict[str, bool] = {}
        if settings.discord_enabled:
            status["discord"] = discord_service is not None and await discord_service.connected()
        if settings.slack_enabled:
            status["slack"] = slack is not None and await slack.connected()
        return status

    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
    try:
        shared = None
        if settings.http_addr:
            ops = OpsServer(
                settings.http_addr,
                core.storage,
                measure,
                platforms=platforms,
                clock=core.clock,
                max_delivery_age=settings.ready_max_delivery_age,
            )
            if slack_http_mode(settings) and ops.shares_port_with(settings.slack_port):
                shared, ops = ops.add_routes, None  # Slack's HTTP server serves them on its port
                log.info("operations endpoint on the Slack HTTP port %d", settings.slack_port)
            else:
                await ops.start()
        adapters = build_adapters(settings, out)
        slack = await _start_slack(core, adapters, wake.set, shared)  # when SLACK_BOT_TOKEN is set
        if settings.discord_enabled:  # Discord: the client runs as a task beside this loop
            from adapters.discord.service import DiscordService

            discord_service = DiscordService.start(core, on_change=wake.set)
            adapters["discord"] = discord_service.adapter
        if not settings.chat_enabled:
            # The embedded default: with no chat platform configured, the console shows the sample feed.
            await ensure_demo_subscription(core)
        outbox = Outbox(
            core.storage,
            adapters,
            max_attempts=settings.delivery_max_attempts,
            max_per_hour=settings.max_posts_per_hour,
            rng=core.rng,
            clock=core.clock,
            polls=core.polls,
        )
        await log_startup(core, adapters)
        while True:
            started = time.perf_counter()
            try:
                # Each close queues its results in the outbox (same transaction); the passes send them.
                closed = len(await core.polls.close_due(require_datetime(core.clock())))
                outcomes, report = await check_and_deliver(core, outbox)
                await record_cycle(core, outcomes, report, closed, time.perf_counter() - started)
            except StorageError as exc:
                # A full disk or a database turned read-only mid-run: say so in one line and try again
                # later; nothing was half-saved (each write is one transaction).
                log.error("%s; pollwatch will try again in %g s", exc, settings.storage_retry)
                if once:
                    raise
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), settings.storage_retry)
                if stop.is_set():
                    break
                continue
            if once or stop.is_set():
                break
            if commands is not None and reader is None:
                reader = asyncio.create_task(
                    read_commands(ConsoleSession(core, out or sys.stdout), commands, stop, wake)
                )
            await _sleep_until_due(core, outbox, stop, wake)
            if stop.is_set():
                break
    finally:
        if reader is not None:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
        for sig in installed:
            loop.remove_signal_handler(sig)
        if slack is not None:
            await slack.stop()
        if discord_service is not None:
            await discord_service.stop()
        if ops is not None:
            await ops.stop()
        await core.close()
        log.info("pollwatch stopped")
    return 0


async def _start_slack(
    core: Pollwatch,
    adapters: dict[str, ChatAdapter],
    wake: Callable[[], None],
    shared: Callable[[web.Application], None] | None,
) -> SlackService | None:
    """Slack, or one line saying why it cannot start: an unreachable API is a start-up error, not a
    traceback."""
    from adapters.slack.server import start_slack

    try:
        return await start_slack(core, adapters, wake, shared)
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        where = core.settings.slack_api_url or "https://slack.com/api/"
        raise StartupError(
            f"cannot reach the Slack API at {where} ({plain_error(exc, limit=200)}); check the network (or SLACK_API_URL) "
            "and start pollwatch again"
        ) from None


async def check_and_deliver(core: Pollwatch, outbox: Outbox) -> tuple[list[FeedOutcome], DispatchReport]:
    """Check the due feeds and deliver each feed's new posts as soon as they are stored: a feed that is
    slow to serve or to read holds up only itself, never the other feeds' digests. Returns the feeds'
    outcomes and what all the delivery passes did together."""
    stored = asyncio.Event()
    reports: list[DispatchReport] = []
    checking = asyncio.create_task(core.watcher.check_due(on_stored=stored.set))
    try:
        while not checking.done():
            waiting = asyncio.create_task(stored.wait())
            await asyncio.wait({checking, waiting}, return_when=asyncio.FIRST_COMPLETED)
            waiting.cancel()
            if stored.is_set():
                stored.clear()
                reports.append(await outbox.dispatch_due())
    finally:
        if not checking.done():
            checking.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await checking
    outcomes = checking.result()
    reports.append(await outbox.dispatch_due())
    total = DispatchReport(
        **{f.name: sum(getattr(r, f.name) for r in reports) for f in fields(DispatchReport)}
    )
    return outcomes, total


async def announce_closed_polls(core: Pollwatch, adapters: dict[str, ChatAdapter]) -> int:
    """Close every poll past its deadline (also those that ended while the bot was down) and post the
    results where each poll ran; returns how many closed. Each close queues its results in the outbox (in the
    same transaction), so they go out, and are retried, like a digest; the run loop's own outbox pass does
    the same."""
    closed = await core.polls.close_due(require_datetime(core.clock()))
    await Outbox(core.storage, adapters, polls=core.polls, clock=core.clock).dispatch_notices()
    return len(closed)


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


async def _sleep_until_due(core: Pollwatch, outbox: Outbox, stop: asyncio.Event, wake: asyncio.Event) -> None:
    now = core.clock()
    candidates = [now + IDLE_WAKE]
    for due in (
        await core.storage.feeds.next_due_at(),
        await outbox.next_due_at(),
        await core.polls.next_deadline_ts(),
    ):
        if due is not None:
            candidates.append(due)
    delay = min(max(min(candidates) - now, 0.05), IDLE_WAKE)
    wake.clear()
    waits = {asyncio.create_task(stop.wait()), asyncio.create_task(wake.wait())}
    _done, pending = await asyncio.wait(waits, timeout=delay, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
