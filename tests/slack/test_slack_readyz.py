"""/readyz and /metrics of a run with Slack in Socket Mode: the platform counts only once connected."""

from __future__ import annotations

import asyncio
import io
import logging
import socket
from dataclasses import replace

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from adapters.runtime import run_bot
from bot.config import Settings
from tests.slack.conftest import ADMIN, SignedSlack
from tests.slack.standin import APP_TOKEN, SlackStandin


async def test_readyz_names_slack_and_metrics_show_it_connected(
    slack_settings: Settings, standin: SlackStandin, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.ops.http")
    settings = replace(slack_settings, slack_app_token=APP_TOKEN, http_addr="127.0.0.1:0")
    stop = asyncio.Event()
    bot = asyncio.create_task(run_bot(settings, stop=stop, out=io.StringIO()))
    try:
        await standin.wait_for("apps.connections.open", within=10)
        for _ in range(100):
            ports = [r.port for r in caplog.records if getattr(r, "event", None) == "http_listening"]  # type: ignore[attr-defined]
            if ports:
                break
            await asyncio.sleep(0.05)
        base = f"http://127.0.0.1:{ports[0]}"
        async with aiohttp.ClientSession() as http:
            for _ in range(100):  # the websocket opens a moment after apps.connections.open
                async with http.get(f"{base}/readyz") as resp:
                    status, body = resp.status, await resp.text()
                if status == 200:
                    break
                await asyncio.sleep(0.05)
            assert status == 200, body
            assert "ok   slack: connected" in body
            async with http.get(f"{base}/metrics") as resp:
                text = await resp.text()
        samples = {
            (s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text)
            for s in family.samples
        }
        assert samples[("pollwatch_platform_connected", (("platform", "slack"),))] == 1
    finally:
        stop.set()
        assert await asyncio.wait_for(bot, 10) == 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_in_http_mode_the_endpoint_can_share_the_slack_port(
    slack_settings: Settings, standin: SlackStandin
) -> None:
    port = _free_port()
    settings = replace(slack_settings, slack_port=port, http_addr=f"127.0.0.1:{port}")
    stop = asyncio.Event()
    bot = asyncio.create_task(run_bot(settings, stop=stop, out=io.StringIO()))
    try:
        await standin.wait_for("auth.test", within=10)
        async with aiohttp.ClientSession() as http:
            for _ in range(100):
                try:
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as resp:
                        if resp.status == 200:
                            break
                except aiohttp.ClientConnectionError:
                    pass
                await asyncio.sleep(0.05)
            async with http.get(f"http://127.0.0.1:{port}/readyz") as resp:
                assert resp.status == 200 and "ok   slack: connected" in await resp.text()
        signed = SignedSlack(f"http://127.0.0.1:{port}/slack/events", standin)
        answer = await signed.command("help", ADMIN)
        assert answer.status == 200  # Slack's events still arrive on the same port
    finally:
        stop.set()
        assert await asyncio.wait_for(bot, 10) == 0
