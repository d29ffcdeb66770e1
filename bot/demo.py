"""The embedded default's demo: with no chat platform configured, the console follows the bundled sample
feed."""

from __future__ import annotations

import logging

from bot.core import Pollwatch
from bot.errors import UserError
from bot.permissions import OPERATOR

log = logging.getLogger("pollwatch")

DEMO_CHANNEL = "demo"


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
