"""Test data for the Discord tests: the same Taliban post and fixed extractor as the poll-service tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.config import Settings
from bot.core import Pollwatch
from bot.permissions import OPERATOR
from tests.discord.standin import GUILD_ID, DiscordStandin
from tests.polls.poll_support import (
    ANSWERS,
    POST_TEXT,
    QUESTION,
    TALIBAN,
    FixedExtractor,
    serve_taliban_feed,
)
from tests.support import FeedServer

__all__ = [
    "ANSWERS",
    "POST_TEXT",
    "QUESTION",
    "TALIBAN",
    "FixedExtractor",
    "serve_taliban_feed",
    "standin_settings",
    "subscribed_before_start",
]


def standin_settings(settings: Settings, standin: DiscordStandin, **changes: Any) -> Settings:
    """``settings`` pointed at the stand-in: its token, REST base, gateway and guild (plus ``changes``)."""
    return replace(
        settings,
        discord_token="standin-token",
        discord_api_base=standin.api_base,
        discord_gateway_url=standin.gateway_url,
        discord_guild_ids=(str(GUILD_ID),),
        **changes,
    )


async def subscribed_before_start(settings: Settings, feed_server: FeedServer, channel: int) -> None:
    """The database a bot process will start from: ``channel`` follows the served Taliban feed (one item
    backfilled), added through the core, which is closed again."""
    core = await Pollwatch.open(settings)
    await core.feeds.add(OPERATOR, "discord", str(channel), serve_taliban_feed(feed_server), backfill=1)
    await core.close()
