"""DISCORD_API_BASE and DISCORD_GATEWAY_URL move REST and the gateway together; `pollwatch doctor` warns
when only one of them points at a local or private address (the token would go to Discord too)."""

from __future__ import annotations

import asyncio
import contextlib
import io
from dataclasses import replace

import discord
import pytest

from adapters.discord.bot import PollwatchBot
from bot.cli import cmd_doctor
from bot.config import Settings, platform_warnings
from bot.core import Pollwatch
from tests.discord.standin import DiscordStandin
from tests.discord.support import standin_settings


async def test_the_client_opens_its_gateway_where_the_settings_say(
    standin: DiscordStandin, settings: Settings, dcore: Pollwatch
) -> None:
    """Defect: DISCORD_API_BASE moved only REST; the gateway (and the token) still went to Discord."""
    configured = standin_settings(settings, standin)
    bot = PollwatchBot.from_settings(dcore, configured, guild_ready_timeout=0.05)
    task = asyncio.create_task(bot.start("standin-token"))
    try:
        await asyncio.wait_for(bot.connected.wait(), 10)
        assert standin.connected_clients == 1
    finally:
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, 5)
    (identify,) = standin.identifies
    assert identify["token"] == "standin-token"
    assert standin.sent("GET", "/users/@me")
    # discord.py's own addresses are back once the client is closed.
    assert discord.http.Route.BASE == "https://discord.com/api/v10"
    assert str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == "wss://gateway.discord.gg/"


async def test_the_stand_in_names_its_gateway_to_a_sharded_client(standin: DiscordStandin) -> None:
    """AutoShardedClient asks GET /gateway/bot for the gateway: the stand-in answers with its own."""
    import aiohttp

    async with aiohttp.ClientSession() as session, session.get(f"{standin.api_base}/gateway/bot") as answer:
        body = await answer.json(content_type=None)
    assert body["url"] == standin.gateway_url and body["shards"] == 1


@pytest.mark.parametrize(
    ("api", "gateway", "warned"),
    [
        (None, None, False),
        ("http://127.0.0.1:9000/api/v10", "ws://127.0.0.1:9000/gateway", False),
        ("http://127.0.0.1:9000/api/v10", None, True),
        (None, "ws://localhost:9000/", True),
        ("http://10.1.2.3/api/v10", "wss://gateway.discord.gg/", True),
        ("https://proxy.example.org/api/v10", None, False),  # a public proxy: no loopback mix-up
        ("http://192.168.1.5/api/v10", "ws://stand-in.local/", False),
    ],
)
def test_doctor_warns_when_only_one_discord_endpoint_is_local(
    settings: Settings, api: str | None, gateway: str | None, warned: bool
) -> None:
    settings = replace(settings, discord_token="x", discord_api_base=api, discord_gateway_url=gateway)
    found = platform_warnings(settings)
    assert bool(found) == warned
    out = io.StringIO()
    cmd_doctor(None, settings, out)  # type: ignore[arg-type]
    assert ("warning: Discord:" in out.getvalue()) == warned
    if warned:
        assert "DISCORD_API_BASE" in found[0] and "DISCORD_GATEWAY_URL" in found[0] and "token" in found[0]
