"""The stand-in behaves as Discord does where pollwatch depends on it: a late or second acknowledgement is
refused, rate-limit buckets and the global limit are announced and enforced (and discord.py keeps to
them), ``enforce_nonce`` dedupes within its window only, a webhook PATCH edits the message, and an
unknown channel is a 404."""

from __future__ import annotations

import asyncio
from typing import Any

import discord

from adapters.discord.adapter import DiscordAdapter
from bot.core import Pollwatch
from bot.digest import build_digest
from bot.permissions import OPERATOR
from tests.discord.conftest import BotFactory, outbox_for
from tests.discord.standin import NEWS, OTHER, SYSTEM, DiscordStandin, member
from tests.discord.support import serve_taliban_feed
from tests.support import FeedServer


def add_command(bot: Any, name: str, handler: Any) -> None:
    bot.tree.command(name=name, description="a test command")(handler)


async def until(found: list[BaseException], within: float = 3.0) -> None:
    """Wait for the handler to record what Discord answered (it does so after the request is done)."""
    for _ in range(int(within / 0.02)):
        if found:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the handler never heard back")


async def test_a_second_acknowledgement_is_refused_with_40060(
    make_bot: BotFactory, standin: DiscordStandin
) -> None:
    seen: list[BaseException] = []

    async with make_bot() as bot:

        async def twice(interaction: discord.Interaction[discord.Client]) -> None:
            await interaction.response.send_message("first", ephemeral=True)
            interaction.response._response_type = None  # forget it was answered, as a buggy handler would
            try:
                await interaction.response.send_message("second", ephemeral=True)
            except discord.HTTPException as exc:
                seen.append(exc)

        add_command(bot, "twice", twice)
        first = await standin.slash(member("a"), "twice")
        await until(seen)
    assert first.json["data"]["content"] == "first"
    (error,) = seen
    assert isinstance(error, discord.HTTPException) and error.code == 40060
    assert [body["code"] for _r, body in standin.rejected] == [40060]
    standin.rejected.clear()  # meant


async def test_an_answer_after_the_deadline_is_refused_with_10062(
    make_bot: BotFactory, standin: DiscordStandin
) -> None:
    standin.response_deadline = 0.2  # Discord's 3 seconds, shortened
    seen: list[BaseException] = []

    async with make_bot() as bot:

        async def slow(interaction: discord.Interaction[discord.Client]) -> None:
            await asyncio.sleep(0.4)
            try:
                await interaction.response.send_message("too late")
            except discord.HTTPException as exc:
                seen.append(exc)

        add_command(bot, "slow", slow)
        iid = standin.next_id() + 1  # the id the interaction will get
        task = asyncio.create_task(standin.slash(member("a"), "slow", within=2.0))
        await until(seen)
        task.cancel()
    (error,) = seen
    assert isinstance(error, discord.NotFound) and error.code == 10062
    assert iid not in standin.callbacks
    standin.rejected.clear()  # meant


async def test_route_buckets_are_announced_and_discord_py_keeps_to_them(
    make_bot: BotFactory, standin: DiscordStandin
) -> None:
    standin.limiter.route_limits[("POST", "/channels/{}/messages")] = (3, 0.5)
    async with make_bot() as bot:
        channel = bot.get_partial_messageable(NEWS)
        for i in range(7):
            await channel.send(f"message {i}")
    posts = standin.posts_to(NEWS)
    assert [m["content"] for m in standin.channel_messages(NEWS)] == [f"message {i}" for i in range(7)]
    # discord.py read X-RateLimit-Remaining: 0 and waited for the reset instead of running into 429s.
    assert len(posts) == 7 and not standin.limiter.refused


async def test_the_global_limit_answers_429_and_the_client_retries(
    make_bot: BotFactory, standin: DiscordStandin
) -> None:
    standin.limiter.global_per_second = 4
    async with make_bot() as bot:
        await asyncio.sleep(1.0)  # login's requests out of the window
        await asyncio.gather(
            *(
                bot.get_partial_messageable(cid).send(f"to {cid} {i}")
                for i in range(3)
                for cid in (NEWS, OTHER, SYSTEM)
            )
        )
    assert any(is_global for _m, _p, is_global in standin.limiter.refused)
    assert sum(len(standin.channel_messages(c)) for c in (NEWS, OTHER, SYSTEM)) == 9  # each once


async def test_the_nonce_dedupes_within_its_window_only(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    """Exactly once on Discord holds within the nonce window: a retry after it posts again."""
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server), backfill=1)
    async with make_bot() as bot:
        adapter = DiscordAdapter(bot)
        post = (await dcore.storage.posts.recent([1], 1))[0]
        digest = build_digest(post, await dcore.storage.feeds.get(post.feed_id))
        first = await adapter.send_digest(str(NEWS), digest, delivery_id=7)
        again = await adapter.send_digest(str(OTHER), digest, delivery_id=7)  # per author, any channel
        standin.nonce_window = 0.1
        await asyncio.sleep(0.2)
        late = await adapter.send_digest(str(NEWS), digest, delivery_id=7)
    assert first == again.replace(str(OTHER), str(NEWS))
    assert late != first
    assert len(standin.channel_messages(NEWS)) == 2 and not standin.channel_messages(OTHER)


async def test_a_webhook_patch_edits_the_original_response(
    make_bot: BotFactory, standin: DiscordStandin
) -> None:
    async with make_bot() as bot:

        async def edited(interaction: discord.Interaction[discord.Client]) -> None:
            await interaction.response.defer(thinking=True)
            await interaction.edit_original_response(content="done")

        add_command(bot, "edited", edited)
        deferred = await standin.slash(member("a"), "edited")
        token = f"token-{deferred.path.split('/')[2]}"
        (patch,) = await standin.wait_for(lambda: standin.followups(token))
    assert patch.method == "PATCH"
    (message,) = [m for m in standin.messages.values() if m.get("interaction_id")]
    assert message["content"] == "done" and message["edited_timestamp"]


async def test_an_unknown_channel_is_a_404_and_parks_the_delivery(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    gone = 1_000_000_000_000_000_999  # never a channel of the stand-in's guild
    await dcore.feeds.add(OPERATOR, "discord", str(gone), serve_taliban_feed(feed_server), backfill=1)
    async with make_bot() as bot:
        report = await outbox_for(dcore, bot).dispatch_due()
    assert report.parked == 1
    assert not standin.channel_messages(gone)
