"""`pollwatch run` with DISCORD_TOKEN set: the client starts beside the loop, digests go out through it,
and stopping closes it."""

from __future__ import annotations

import asyncio
import io

import pytest

from adapters.runtime import run_bot
from bot.config import Settings
from tests.discord.standin import NEWS, DiscordStandin
from tests.discord.support import standin_settings, subscribed_before_start
from tests.support import FeedServer


@pytest.mark.usefixtures("short_guild_wait")
async def test_run_starts_the_client_delivers_and_stops_cleanly(
    standin: DiscordStandin, settings: Settings, feed_server: FeedServer
) -> None:
    await subscribed_before_start(settings, feed_server, NEWS)
    configured = standin_settings(settings, standin)
    stop = asyncio.Event()
    task = asyncio.create_task(run_bot(configured, stop=stop, out=io.StringIO()))
    (post,) = await standin.wait_for(lambda: standin.posts_to(NEWS), within=10)
    stop.set()
    assert await asyncio.wait_for(task, 10) == 0
    assert post.json["embeds"][0]["title"] == "Voters are scared of the Taliban"
    assert standin.command_syncs and standin.identifies
    assert standin.connected_clients == 0  # the gateway connection was closed
