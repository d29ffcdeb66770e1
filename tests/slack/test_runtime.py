"""The Slack adapter inside the real run loop, in Socket Mode against the stand-in's websocket."""

from __future__ import annotations

import asyncio
import io
from dataclasses import replace

from adapters.runtime import run_bot
from bot.config import Settings
from tests.slack.conftest import ADMIN, CHANNEL, SAMPLE_FEED
from tests.slack.standin import APP_TOKEN, SlackStandin
from tests.support import FeedServer


async def test_socket_mode_runs_beside_the_loop_and_delivers(
    slack_settings: Settings, standin: SlackStandin, feed_server: FeedServer
) -> None:
    settings = replace(slack_settings, slack_app_token=APP_TOKEN, slack_signing_secret=None)
    url = feed_server.set("/feed.xml", SAMPLE_FEED.read_bytes())
    stop = asyncio.Event()
    out = io.StringIO()
    bot = asyncio.create_task(run_bot(settings, stop=stop, out=out))
    try:
        await standin.socket_command(f"feeds add {url}", ADMIN, CHANNEL, within=10)
        ack = await asyncio.wait_for(standin.socket_acks.get(), 5)
        assert ack["envelope_id"] == "env-1"
        [reply] = await standin.wait_for("response_url")
        assert "now follows *The Pollwatch Sampler*" in reply.params["text"]
        # The command woke the loop, which delivered the newest post through the Slack adapter.
        [post] = await standin.wait_for("chat.postMessage", within=10)
        assert post.params["channel"] == CHANNEL
        assert post.json("blocks")[0]["type"] == "section"
        assert standin.of("apps.connections.open")[0].token == APP_TOKEN
    finally:
        stop.set()
        assert await asyncio.wait_for(bot, 10) == 0
