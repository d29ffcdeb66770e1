"""`/readyz` follows the process's roles: a watcher is not held responsible for the outbox's backlog, an
outbox is."""

from __future__ import annotations

import asyncio
import io
import logging
from dataclasses import replace

import aiohttp
import pytest

from adapters.runtime import run_bot
from bot.config import Settings
from bot.roles import Roles


async def _readyz(settings: Settings, roles: Roles, caplog: pytest.LogCaptureFixture) -> tuple[int, str]:
    caplog.clear()
    stop = asyncio.Event()
    bot = asyncio.create_task(
        run_bot(replace(settings, http_addr="127.0.0.1:0"), stop=stop, roles=roles, out=io.StringIO())
    )
    try:
        ports: list[int] = []
        for _ in range(200):
            ports = [r.port for r in caplog.records if getattr(r, "event", None) == "http_listening"]  # type: ignore[attr-defined]
            if ports:
                break
            await asyncio.sleep(0.05)
        async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{ports[0]}/readyz") as resp:
            return resp.status, await resp.text()
    finally:
        stop.set()
        assert await asyncio.wait_for(bot, 20) == 0


async def test_readyz_checks_the_outbox_only_where_it_runs(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.ops.http")
    status, body = await _readyz(settings, Roles(frozenset({"watcher"})), caplog)
    assert status == 200 and body.splitlines() == ["ok   database: answers"], body
    status, body = await _readyz(settings, Roles(frozenset({"outbox"})), caplog)
    assert status == 200 and "ok   outbox: oldest due delivery waited 0s" in body, body
