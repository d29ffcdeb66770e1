"""Test data for the Discord tests: the same Taliban post and fixed extractor as the poll-service tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.config import Settings
from tests.discord.standin import GUILD_ID, DiscordStandin
from tests.polls.poll_support import (
    ANSWERS,
    POST_TEXT,
    QUESTION,
    TALIBAN,
    FixedExtractor,
    serve_taliban_feed,
)

__all__ = [
    "ANSWERS",
    "POST_TEXT",
    "QUESTION",
    "TALIBAN",
    "FixedExtractor",
    "serve_taliban_feed",
    "standin_settings",
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
