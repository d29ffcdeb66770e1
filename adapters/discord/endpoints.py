"""Where the discord.py client talks to: Discord's REST API and gateway, or a proxy or stand-in for both.

discord.py keeps the two addresses process-wide (``Route.BASE`` for REST, ``DiscordWebSocket.DEFAULT_GATEWAY``
for the gateway, which a plain client connects to and falls back on after an invalidated session), so
:class:`Endpoints` sets both together, right before the client logs in, and puts the previous ones back
when it closes. Moving only one would send the bot's token to Discord itself from a set-up meant for a
local stand-in (``pollwatch doctor`` warns about that).
"""

from __future__ import annotations

from dataclasses import dataclass

import discord
import yarl

from bot.config import DISCORD_API_DEFAULT, DISCORD_GATEWAY_DEFAULT, Settings


@dataclass(frozen=True)
class Endpoints:
    api_base: str = DISCORD_API_DEFAULT
    gateway_url: str = DISCORD_GATEWAY_DEFAULT

    @classmethod
    def from_settings(cls, settings: Settings) -> Endpoints:
        return cls(
            (settings.discord_api_base or DISCORD_API_DEFAULT).rstrip("/"),
            settings.discord_gateway_url or DISCORD_GATEWAY_DEFAULT,
        )

    @classmethod
    def current(cls) -> Endpoints:
        return cls(discord.http.Route.BASE, str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY))

    def apply(self) -> Endpoints:
        """Point discord.py at these endpoints; returns the ones it used before."""
        previous = Endpoints.current()
        discord.http.Route.BASE = self.api_base.rstrip("/")
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)
        return previous
