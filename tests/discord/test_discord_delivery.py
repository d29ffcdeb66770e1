"""Digests through the outbox to the stand-in: embeds, nonce deduplication, 429, parked channels."""

from __future__ import annotations

import time

from bot.core import Pollwatch
from bot.permissions import OPERATOR
from tests.discord.conftest import BotFactory, outbox_for
from tests.discord.standin import NEWS, OTHER, SYSTEM, DiscordStandin, Failure
from tests.discord.support import QUESTION, serve_taliban_feed
from tests.support import FeedServer


async def subscribe(core: Pollwatch, server: FeedServer, channel: int = NEWS) -> None:
    await core.feeds.add(OPERATOR, "discord", str(channel), serve_taliban_feed(server), backfill=1)


async def test_a_digest_arrives_as_one_embed_with_the_figures(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    await subscribe(dcore, feed_server)
    async with make_bot() as bot:
        report = await outbox_for(dcore, bot).dispatch_due()
    assert report.sent == 1
    (post,) = standin.posts_to(NEWS)
    (embed,) = post.json["embeds"]
    assert embed["title"] == "Voters are scared of the Taliban"
    assert embed["url"] == "https://example.org/taliban"
    assert embed["author"]["name"] == "Poll watch daily"
    assert "Taliban" in embed["description"]
    (field,) = embed["fields"]
    assert QUESTION in field["name"] and "p1q1" in field["name"]
    assert "registered voters: Yes, a threat **60%** · No, not a threat **14%**" in field["value"]
    assert "2020 Trump voters" in field["value"]
    assert "YouGov" in embed["footer"]["text"]
    assert post.json["nonce"] and post.json["enforce_nonce"] is True
    (delivery,) = await dcore.storage.deliveries.all()
    assert (
        delivery.status == "sent"
        and delivery.message_ref == f"{NEWS}:{standin.channel_messages(NEWS)[0]['id']}"
    )


async def test_a_retried_send_is_not_posted_twice(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    """The same delivery sent again (a crash after Discord took it) carries the same nonce: one message."""
    await subscribe(dcore, feed_server)
    async with make_bot() as bot:
        from adapters.discord.adapter import DiscordAdapter
        from bot.digest import build_digest

        adapter = DiscordAdapter(bot)
        post = (await dcore.storage.posts.recent([1], 1))[0]
        digest = build_digest(post, await dcore.storage.feeds.get(post.feed_id))
        first = await adapter.send_digest(str(NEWS), digest, delivery_id=7)
        again = await adapter.send_digest(str(NEWS), digest, delivery_id=7)
    assert first == again
    assert len(standin.posts_to(NEWS)) == 2 and len(standin.channel_messages(NEWS)) == 1


async def test_429_is_waited_out_and_the_message_arrives_once(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    await subscribe(dcore, feed_server)
    standin.rate_limits = [0.3]
    async with make_bot() as bot:
        started = time.monotonic()
        report = await outbox_for(dcore, bot).dispatch_due()
        waited = time.monotonic() - started
    assert report.sent == 1
    assert waited >= 0.3
    assert len(standin.posts_to(NEWS)) == 2  # the 429, then the retry
    assert len(standin.channel_messages(NEWS)) == 1


async def test_unknown_channel_parks_the_delivery(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    await subscribe(dcore, feed_server, channel=OTHER)
    standin.channel_failures[OTHER] = Failure(404, 10003, "Unknown Channel")
    async with make_bot() as bot:
        outbox = outbox_for(dcore, bot)
        report = await outbox.dispatch_due()
        again = await outbox.dispatch_due()
    assert report.parked == 1 and again.sent == again.parked == 0
    assert [d.status for d in await dcore.storage.deliveries.all()] == ["parked"]
    assert len(standin.posts_to(OTHER)) == 1  # parked: not retried


async def test_missing_access_parks_and_tells_the_admins_once(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    await subscribe(dcore, feed_server, channel=OTHER)
    second = feed_server.set(
        "/second.xml", feed_server.routes["/taliban.xml"].body.replace(b"urn:taliban", b"urn:2")
    )
    await dcore.feeds.add(OPERATOR, "discord", str(OTHER), second, backfill=1)
    standin.channel_failures[OTHER] = Failure(403, 50001, "Missing Access")
    async with make_bot() as bot:
        report = await outbox_for(dcore, bot).dispatch_due()
    assert report.parked == 2
    notices = standin.posts_to(SYSTEM)
    assert len(notices) == 1  # once, not per post
    assert f"<#{OTHER}>" in notices[0].json["content"] and "parked" in notices[0].json["content"]

    # A restart (a new client) with the channel still refusing: parked again, the admins not told again.
    third = feed_server.set(
        "/third.xml", feed_server.routes["/taliban.xml"].body.replace(b"urn:taliban", b"urn:3")
    )
    await dcore.feeds.add(OPERATOR, "discord", str(OTHER), third, backfill=1)
    async with make_bot() as bot:
        assert (await outbox_for(dcore, bot).dispatch_due()).parked == 1
    assert len(standin.posts_to(SYSTEM)) == 1
