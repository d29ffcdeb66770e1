"""Discord sharding as Discord plays it, against the real discord.py client: a shard gets only its guilds'
events, an impossible shard or an overfull one is refused, shards split over real `pollwatch run` processes
each answer their own servers, and an outbox process delivers over REST without holding any shard."""

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
import sys
from pathlib import Path

import aiohttp
import pytest

from adapters.runtime import run_bot
from bot.config import Settings
from bot.core import Pollwatch
from bot.roles import Roles, Shards
from tests.discord.standin import (
    GUILD_ID,
    MANAGE_GUILD,
    MEMBER_PERMISSIONS,
    NEWS,
    OTHER,
    SYSTEM,
    DiscordStandin,
    Failure,
    member,
)
from tests.discord.support import serve_taliban_feed, standin_settings, subscribed_before_start
from tests.pg_server import both_backends
from tests.support import FeedServer

# A second server whose events go to the other shard of two: (id >> 22) % 2 differs from GUILD_ID's.
SECOND_GUILD = GUILD_ID + (1 << 22)
SECOND_CHANNEL = 1_000_000_000_000_000_401
ROOT = Path(__file__).resolve().parents[2]


def test_the_two_servers_sit_on_different_shards() -> None:
    assert DiscordStandin.shard_for(GUILD_ID, 2) != DiscordStandin.shard_for(SECOND_GUILD, 2)
    assert Shards((DiscordStandin.shard_for(GUILD_ID, 2),), 2).holds(GUILD_ID)


async def _identify(standin: DiscordStandin, shard: list[int]) -> int | None:
    """A bare gateway client: HELLO, IDENTIFY with ``shard``; the close code the stand-in answers with."""
    async with aiohttp.ClientSession() as session, session.ws_connect(standin.gateway_url) as ws:
        hello = json.loads((await ws.receive()).data)
        assert hello["op"] == 10
        await ws.send_str(json.dumps({"op": 2, "d": {"token": "t", "intents": 1, "shard": shard}}))
        message = await ws.receive()
        if message.type == aiohttp.WSMsgType.TEXT:
            event = json.loads(message.data)
            assert event["t"] == "READY" and event["d"]["shard"] == shard
            return None
        return ws.close_code


async def test_the_standin_refuses_impossible_shards_and_overfull_ones(standin: DiscordStandin) -> None:
    assert await _identify(standin, [2, 2]) == 4010  # shard 2 of 2 does not exist
    assert await _identify(standin, [0, 0]) == 4010
    assert await _identify(standin, [1, 2]) is None
    standin.add_guild(SECOND_GUILD, SECOND_CHANNEL)
    standin.max_guilds_per_shard = 1
    assert await _identify(standin, [0, 1]) == 4011  # one shard would hold both servers
    assert await _identify(standin, [0, 2]) is None  # two shards, one server each


async def test_a_shard_gets_only_its_servers_events(
    standin: DiscordStandin, dcore: Pollwatch, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.discord.conftest import running_bot

    standin.add_guild(SECOND_GUILD, SECOND_CHANNEL)
    mine = DiscordStandin.shard_for(GUILD_ID, 2)
    async with running_bot(dcore, standin, shard_ids=[mine], shard_count=2) as bot:
        assert [g.id for g in bot.guilds] == [GUILD_ID]
        (identify,) = standin.identifies
        assert identify["shard"] == [mine, 2]
        admin = member("ada", permissions=MEMBER_PERMISSIONS | MANAGE_GUILD)
        answered = await standin.slash(admin, "feeds", "list")
        assert answered.json["type"] == 4
        with pytest.raises(TimeoutError):  # the other server's shard is not connected: nobody answers
            await standin.slash(admin, "feeds", "list", channel_id=SECOND_CHANNEL, within=1.0)
    assert [(e, g) for e, g, _ in standin.dispatched] == [("INTERACTION_CREATE", GUILD_ID)]


@pytest.mark.usefixtures("short_guild_wait")
async def test_a_process_whose_shard_discord_refuses_stops_with_one_line(
    standin: DiscordStandin,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
) -> None:
    standin.add_guild(SECOND_GUILD, SECOND_CHANNEL)
    standin.max_guilds_per_shard = 1
    roles = Roles(frozenset({"discord"}), Shards((0,), 1))
    code = await asyncio.wait_for(run_bot(standin_settings(settings, standin), roles=roles), 20)
    assert code == 2
    (line,) = [r.getMessage() for r in caplog.records if "4011" in r.getMessage()]
    assert line.startswith("Discord requires more shards: shards 0/1 would hold too many servers")
    assert standin.closes == [([0, 1], 4011)]


async def test_an_outbox_process_delivers_over_rest_without_a_shard(
    standin: DiscordStandin, settings: Settings, feed_server: FeedServer
) -> None:
    await subscribed_before_start(settings, feed_server, NEWS)
    code = await run_bot(
        standin_settings(settings, standin), roles=Roles(frozenset({"outbox"})), once=True, out=io.StringIO()
    )
    assert code == 0
    (post,) = standin.posts_to(NEWS)
    assert post.json["embeds"][0]["title"] == "Voters are scared of the Taliban"
    assert standin.identifies == [] and standin.command_syncs == []  # no gateway, no commands


def _env(settings: Settings, standin: DiscordStandin) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
    env.update(
        POLLWATCH_DB=str(settings.db_url or settings.db_path),
        POLLWATCH_LOG_LEVEL="INFO",
        POLLWATCH_ALLOW_PRIVATE_FEEDS="true",
        POLLWATCH_FULL_TEXT="never",
        DISCORD_TOKEN="standin-token",
        DISCORD_API_BASE=standin.api_base,
        DISCORD_GATEWAY_URL=standin.gateway_url,
        DISCORD_GUILD_IDS=f"{GUILD_ID},{SECOND_GUILD}",
    )
    return env


async def _pollwatch(
    tmp_path: Path, name: str, env: dict[str, str], *args: str
) -> asyncio.subprocess.Process:
    with (tmp_path / f"{name}.log").open("w") as log:  # the child keeps its own copy of the descriptor
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", *args, cwd=ROOT, env=env, stdout=log, stderr=log
        )


@both_backends
@pytest.mark.slow
async def test_shards_over_two_processes_each_answer_their_servers_and_an_outbox_delivers(
    standin: DiscordStandin, settings: Settings, feed_server: FeedServer, tmp_path: Path
) -> None:
    standin.add_guild(SECOND_GUILD, SECOND_CHANNEL)
    standin.recommended_shards = 2
    env = _env(settings, standin)
    first = DiscordStandin.shard_for(GUILD_ID, 2)
    shards = [
        await _pollwatch(tmp_path, f"shard{i}", env, "--only", "discord", "--shards", f"{i}/2")
        for i in (0, 1)
    ]
    try:
        await standin.wait_for(lambda: sorted(standin.shard_of.values()) == [(0, 2), (1, 2)], within=40)
        await standin.wait_for(lambda: len(standin.command_syncs) == 4, within=20)  # 2 servers x 2 processes
        admin = member("ada", permissions=MEMBER_PERMISSIONS | MANAGE_GUILD)
        url = serve_taliban_feed(feed_server)
        for channel in (NEWS, SECOND_CHANNEL):
            added = await standin.slash(
                admin, "feeds", "add", {"url": url, "backfill": 1}, channel_id=channel
            )
            token = f"token-{added.path.split('/')[2]}"
            (answer,) = await standin.wait_for(lambda t=token: standin.followups(t), within=20)
            assert "Added" in answer.json["content"]
        # Each server's commands reached only the process holding its shard.
        assert [(g, s) for e, g, s in standin.dispatched] == [
            (GUILD_ID, (first, 2)),
            (SECOND_GUILD, (1 - first, 2)),
        ]
        assert standin.posts_to(NEWS) == [] and standin.posts_to(SECOND_CHANNEL) == []  # they send no digests
        outbox = await _pollwatch(tmp_path, "outbox", env, "--only", "watcher,outbox", "--once")
        assert await asyncio.wait_for(outbox.wait(), 60) == 0, (tmp_path / "outbox.log").read_text()
        for channel in (NEWS, SECOND_CHANNEL):
            (post,) = standin.posts_to(channel)
            assert post.json["embeds"][0]["title"] == "Voters are scared of the Taliban"
        # discord.py says it is ready once no GUILD_CREATE came for guild_ready_timeout (2 s) after the last:
        # that can be after all of the above (it was, over PostgreSQL), so wait for it before stopping.
        for _ in range(200):
            if all("connected to Discord as" in (tmp_path / f"shard{i}.log").read_text() for i in (0, 1)):
                break
            await asyncio.sleep(0.1)
    finally:
        for proc in shards:
            if proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
        codes = [await asyncio.wait_for(proc.wait(), 30) for proc in shards]
    logs = [(tmp_path / f"shard{i}.log").read_text() for i in (0, 1)]
    assert codes == [0, 0], logs
    assert all("in 1 servers" in text for text in logs), logs
    assert len(standin.identifies) == 2  # the outbox process never connected the gateway


async def test_an_outbox_without_a_shard_still_tells_the_admins_in_the_system_channel(
    standin: DiscordStandin, settings: Settings, feed_server: FeedServer
) -> None:
    """No gateway means no cache of servers: the parked channel's server and its system channel are read
    over REST instead."""
    await subscribed_before_start(settings, feed_server, OTHER)
    standin.channel_failures[OTHER] = Failure(403, 50013, "Missing Permissions")
    configured = standin_settings(settings, standin)
    outbox = Roles(frozenset({"outbox"}))
    assert await run_bot(configured, roles=outbox, once=True, out=io.StringIO()) == 0
    assert standin.posts_to(OTHER) and not standin.channel_messages(OTHER)  # refused, so parked
    (notice,) = standin.posts_to(SYSTEM)
    assert f"<#{OTHER}>" in notice.json["content"] and "parked" in notice.json["content"]
    assert standin.sent("GET", f"/guilds/{GUILD_ID}") and standin.identifies == []
