"""The real discord.py client against the stand-in: login, gateway, command sync, digests via the outbox."""

from __future__ import annotations

from bot.core import Pollwatch
from tests.discord.conftest import BotFactory
from tests.discord.standin import APP_ID, GUILD_ID, DiscordStandin


async def test_login_identify_and_guild_command_sync(make_bot: BotFactory, standin: DiscordStandin) -> None:
    async with make_bot() as bot:
        assert bot.get_guild(GUILD_ID) is not None
    assert standin.sent("GET", "/users/@me")
    (identify,) = standin.identifies
    assert identify["intents"] == 1  # guilds only: no privileged intent
    (sync,) = standin.command_syncs
    assert sync.path == f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"
    names = {c["name"] for c in sync.json}
    assert names == {"feeds", "poll", "summary"}
    feeds = next(c for c in sync.json if c["name"] == "feeds")
    subs = {o["name"] for o in feeds["options"]}
    assert {"add", "remove", "list", "schedule", "filter", "digest-now"} <= subs
    assert all(c["description"] for c in sync.json)
    assert int(feeds["default_member_permissions"]) == 1 << 5  # Manage Server: a UI hint only
    poll = next(c for c in sync.json if c["name"] == "poll")
    assert poll["default_member_permissions"] is None  # /poll results is for everyone


async def test_global_sync_without_guild_ids(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch
) -> None:
    async with make_bot(guild_ids=()):
        pass
    (sync,) = standin.command_syncs
    assert sync.path == f"/applications/{APP_ID}/commands"
