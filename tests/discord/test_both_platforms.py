"""One process runs Discord and Slack together (`make run` with both configured): the run loop starts the
discord.py client against the Discord stand-in and the Slack app in Socket Mode against the Slack stand-in,
over one database; a feed followed in a Discord channel and in a Slack channel reaches both, then the loop
stops cleanly and closes both connections."""

from __future__ import annotations

import asyncio
import io
from dataclasses import replace

import pytest

from adapters.runtime import run_bot
from bot.config import Settings
from bot.core import Pollwatch
from bot.permissions import OPERATOR
from tests.discord.standin import GUILD_ID, NEWS, DiscordStandin
from tests.discord.support import serve_taliban_feed
from tests.slack.standin import APP_TOKEN, BOT_TOKEN, SlackStandin
from tests.support import FeedServer

SLACK_CHANNEL = "C0POLITICS"


@pytest.mark.usefixtures("short_guild_wait")
async def test_one_process_delivers_a_feed_to_discord_and_slack_and_stops_cleanly(
    standin: DiscordStandin, settings: Settings, feed_server: FeedServer
) -> None:
    slack = SlackStandin()
    await slack.start()
    try:
        url = serve_taliban_feed(feed_server)
        core = await Pollwatch.open(settings)
        await core.feeds.add(OPERATOR, "discord", str(NEWS), url, backfill=1)
        await core.feeds.add(OPERATOR, "slack", SLACK_CHANNEL, url, backfill=1)
        await core.close()
        both = replace(
            settings,
            discord_token="standin-token",
            discord_api_base=standin.api_base,
            discord_gateway_url=standin.gateway_url,
            discord_guild_ids=(str(GUILD_ID),),
            slack_bot_token=BOT_TOKEN,
            slack_app_token=APP_TOKEN,
            slack_signing_secret=None,
            slack_api_url=slack.api_url,
        )
        stop = asyncio.Event()
        task = asyncio.create_task(run_bot(both, stop=stop, out=io.StringIO()))
        try:
            (discord_post,) = await standin.wait_for(lambda: standin.posts_to(NEWS), within=10)
            (slack_post,) = await slack.wait_for("chat.postMessage", within=10)
        finally:
            stop.set()
            assert await asyncio.wait_for(task, 10) == 0
        socket = slack._socket  # the Socket Mode connection the stand-in accepted
        assert socket is not None
        for _ in range(100):  # the client's close frame reaches the stand-in shortly after
            if socket.closed:
                break
            await asyncio.sleep(0.02)
        assert socket.closed
    finally:
        await slack.stop()

    assert discord_post.json["embeds"][0]["title"] == "Voters are scared of the Taliban"
    assert slack_post.params["channel"] == SLACK_CHANNEL
    assert "Voters are scared of the Taliban" in str(slack_post.params.get("blocks")) + str(
        slack_post.params.get("text")
    )
    assert slack.of("apps.connections.open")[0].token == APP_TOKEN  # Socket Mode, not HTTP
    assert standin.identifies and standin.command_syncs
    assert standin.connected_clients == 0  # the Discord gateway connection was closed
    # Each delivery went out once, to its own platform.
    assert len(standin.posts_to(NEWS)) == 1 and len(slack.of("chat.postMessage")) == 1
