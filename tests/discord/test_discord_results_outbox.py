"""Discord poll results through the outbox: the moderator's close posts them once, `/poll results
repost:True` posts them again (moderators only)."""

from __future__ import annotations

import asyncio

from bot.core import Pollwatch
from bot.permissions import OPERATOR
from tests.discord.conftest import BotFactory
from tests.discord.standin import MOD_ROLE, NEWS, DiscordStandin, member
from tests.discord.support import serve_taliban_feed
from tests.discord.test_discord_polls import start_poll
from tests.pg_server import both_backends
from tests.support import FeedServer


@both_backends
async def test_a_moderator_reposts_the_results_of_a_closed_poll(
    make_bot: BotFactory, standin: DiscordStandin, dcore: Pollwatch, feed_server: FeedServer
) -> None:
    await dcore.feeds.add(OPERATOR, "discord", str(NEWS), serve_taliban_feed(feed_server))
    mod = member("mo", roles=(MOD_ROLE,))
    reader = member("rita")
    async with make_bot():
        message = await start_poll(standin, mod)
        await standin.click(reader, int(message["id"]), "pollwatch:vote:1:1")
        closing = await standin.slash(mod, "poll", "close", {"poll": 1})
        token = f"token-{closing.path.split('/')[2]}"
        await standin.wait_for(lambda: standin.followups(token))
        assert len([r for r in standin.posts_to(NEWS) if r.files]) == 1
        refused = await standin.slash(reader, "poll", "results", {"poll": 1, "repost": True})
        again = await standin.slash(mod, "poll", "results", {"poll": 1, "repost": True})
        await standin.wait_for(lambda: [r for r in standin.posts_to(NEWS) if r.files][1:])
        # The stand-in records the post before the bot has its answer and marks the row sent.
        for _ in range(100):
            if [s for s, _ in await dcore.storage.notices.results_rows(1)] == ["sent", "sent"]:
                break
            await asyncio.sleep(0.05)
    assert "only moderators" in str(refused.json["data"]["content"]).lower()
    assert "again" in str(again.json["data"]["content"])
    results = [r for r in standin.posts_to(NEWS) if r.files]
    assert len(results) == 2
    assert results[0].json["nonce"] != results[1].json["nonce"]  # a new message, not a deduplicated retry
    assert [s for s, _ in await dcore.storage.notices.results_rows(1)] == ["sent", "sent"]
