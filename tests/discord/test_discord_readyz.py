"""/readyz with Discord configured: it names Discord, and is ready once the gateway session is up."""

from __future__ import annotations

import asyncio
import io
import logging

import aiohttp
import pytest

from adapters.runtime import run_bot
from bot.config import Settings
from tests.discord.standin import DiscordStandin
from tests.discord.support import standin_settings


@pytest.mark.usefixtures("short_guild_wait")
async def test_readyz_is_ready_once_the_discord_gateway_is_up(
    standin: DiscordStandin,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="bot.ops.http")
    configured = standin_settings(settings, standin, http_addr="127.0.0.1:0")
    stop = asyncio.Event()
    task = asyncio.create_task(run_bot(configured, stop=stop, out=io.StringIO()))
    try:
        for _ in range(200):
            ports = [r.port for r in caplog.records if getattr(r, "event", None) == "http_listening"]  # type: ignore[attr-defined]
            if ports:
                break
            await asyncio.sleep(0.02)
        bodies = []
        async with aiohttp.ClientSession() as http:
            for _ in range(200):
                async with http.get(f"http://127.0.0.1:{ports[0]}/readyz") as resp:
                    bodies.append((resp.status, await resp.text()))
                if resp.status == 200:
                    break
                await asyncio.sleep(0.05)
        status, body = bodies[-1]
        assert status == 200 and "ok   discord: connected" in body, bodies[-3:]
        assert standin.identifies
    finally:
        stop.set()
        assert await asyncio.wait_for(task, 10) == 0
