"""/feeds through the real client: admins add and list feeds; members are refused, ephemerally."""

from __future__ import annotations

import pytest

from bot.core import Pollwatch
from tests.discord.conftest import BotFactory, outbox_for
from tests.discord.standin import ADMIN_ROLE, MANAGE_GUILD, MEMBER_PERMISSIONS, NEWS, DiscordStandin, member
from tests.discord.support import serve_taliban_feed
from tests.support import FeedServer

EPHEMERAL = 64


async def test_an_admin_adds_a_feed_and_the_digest_embed_arrives(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    admin = member("ada", permissions=MEMBER_PERMISSIONS | MANAGE_GUILD)
    url = serve_taliban_feed(feed_server)
    async with make_bot() as bot:
        callback = await standin.slash(admin, "feeds", "add", {"url": url, "backfill": 1})
        assert (
            callback.json["type"] == 5 and callback.json["data"]["flags"] & EPHEMERAL
        )  # deferred, ephemeral
        token = f"token-{callback.path.split('/')[2]}"
        (answer,) = await standin.wait_for(lambda: standin.followups(token))
        assert "Added **Poll watch daily**" in answer.json["content"]
        assert answer.json["flags"] & EPHEMERAL
        await outbox_for(dcore, bot).dispatch_due()
    (post,) = standin.posts_to(NEWS)
    assert post.json["embeds"][0]["title"] == "Voters are scared of the Taliban"
    (sub,) = await dcore.storage.subscriptions.with_feeds("discord", str(NEWS))
    assert sub[1].url == url


async def test_a_member_without_permission_is_refused_and_nothing_changes(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    url = serve_taliban_feed(feed_server)
    async with make_bot():
        callback = await standin.slash(member("bob"), "feeds", "add", {"url": url})
    assert callback.json["type"] == 4
    data = callback.json["data"]
    assert data["flags"] & EPHEMERAL
    assert "Manage Server" in data["content"] and "add feeds" in data["content"]
    assert await dcore.storage.subscriptions.with_feeds("discord", str(NEWS)) == []
    assert feed_server.hits == {}  # refused before any fetch


async def test_a_configured_admin_role_may_add_and_list(
    make_bot: BotFactory, standin: DiscordStandin, feed_server: FeedServer
) -> None:
    carol = member("carol", roles=(ADMIN_ROLE,))
    url = serve_taliban_feed(feed_server)
    async with make_bot():
        added = await standin.slash(carol, "feeds", "add", {"url": url})
        token = f"token-{added.path.split('/')[2]}"
        await standin.wait_for(lambda: standin.followups(token))
        listing = await standin.slash(carol, "feeds", "list")
    (embed,) = listing.json["data"]["embeds"]
    assert "Poll watch daily" in embed["description"] and "0 failures" in embed["description"]
    assert listing.json["data"]["flags"] & EPHEMERAL


async def test_a_user_error_is_specific_and_an_unexpected_one_is_an_apology(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, caplog: pytest.LogCaptureFixture
) -> None:
    admin = member("ada", permissions=MEMBER_PERMISSIONS | MANAGE_GUILD)
    async with make_bot():
        bad = await standin.slash(admin, "feeds", "remove", {"feed": "42"})
        assert "has no feed '42'" in bad.json["data"]["content"]

        async def broken(*_args: object, **_kwargs: object) -> None:
            raise RuntimeError("database on fire at /secret/path")

        dcore.feeds.list = broken  # type: ignore[method-assign]
        oops = await standin.slash(admin, "feeds", "list")
    text = oops.json["data"]["content"]
    assert text.startswith("Sorry, something went wrong") and "secret" not in text and "Traceback" not in text
    assert oops.json["data"]["flags"] & EPHEMERAL
    (logged,) = [r for r in caplog.records if r.name == "pollwatch.discord" and r.levelname == "ERROR"]
    assert "command=feeds list" in logged.getMessage() and f"user={admin.id}" in logged.getMessage()
    assert logged.exc_info is not None and "database on fire" in str(logged.exc_info[1])
