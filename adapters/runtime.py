"""The composition root: builds the core and the adapters the configuration asks for, and runs the loop.

With no chat tokens configured, pollwatch runs on the embedded default: SQLite and the console adapter,
watching the bundled sample feed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from typing import TextIO

from adapters.console import ConsoleAdapter
from bot.config import Settings
from bot.core import Pollwatch
from bot.errors import UserError
from bot.outbox import Outbox
from bot.permissions import OPERATOR
from bot.ports import ChatAdapter

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
    log.info("watching the demo feed %s (%d posts)", added.title or added.feed.url, added.entries)


def build_adapters(settings: Settings, out: TextIO | None) -> dict[str, ChatAdapter]:
    adapters: dict[str, ChatAdapter] = {}
    if settings.chat_enabled:
        log.warning(
            "chat tokens are configured, but this build has no Discord or Slack adapter yet; "
            "running on the console"
        )
    adapters["console"] = ConsoleAdapter(out)
    return adapters


async def run_bot(
    settings: Settings, *, once: bool = False, out: TextIO | None = None, stop: asyncio.Event | None = None
) -> int:
    """Run until ``stop`` is set (or SIGINT/SIGTERM), or one cycle with ``once``."""
    stop = stop or asyncio.Event()
    core = await Pollwatch.open(settings)
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
    try:
        adapters = build_adapters(settings, out)
        if "console" in adapters:
            await ensure_demo_subscription(core)
        outbox = Outbox(core.storage, adapters, max_attempts=settings.delivery_max_attempts, rng=core.rng)
        while True:
            await core.watcher.check_due()
            await outbox.dispatch_due()
            if once or stop.is_set():
                break
            await _sleep_until_due(core, outbox, stop)
            if stop.is_set():
                break
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
        await core.close()
        log.info("pollwatch stopped")
    return 0


async def _sleep_until_due(core: Pollwatch, outbox: Outbox, stop: asyncio.Event) -> None:
    now = core.clock()
    candidates = [now + IDLE_WAKE]
    for due in (
        await core.storage.feeds.next_due_at(),
        await core.storage.deliveries.next_due_at(outbox.platforms),
    ):
        if due is not None:
            candidates.append(due)
    delay = min(max(min(candidates) - now, 0.05), IDLE_WAKE)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), delay)
