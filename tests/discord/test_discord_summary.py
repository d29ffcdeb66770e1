"""/summary url: anyone gets the summary and poll figures of a page, fetched through the guarded fetcher."""

from __future__ import annotations

from tests.discord.conftest import BotFactory
from tests.discord.standin import DiscordStandin, member
from tests.discord.support import POST_TEXT, QUESTION
from tests.support import FeedServer

PAGE = f"""<!doctype html><html><head><title>Voters and the Taliban</title></head>
<body><article><h1>Voters and the Taliban</h1><p>{POST_TEXT}</p></article></body></html>"""


async def test_anyone_gets_a_summary_with_the_figures(
    make_bot: BotFactory, standin: DiscordStandin, feed_server: FeedServer
) -> None:
    url = feed_server.set("/article", PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    async with make_bot():
        callback = await standin.slash(member("bob"), "summary", {"url": url})
        token = f"token-{callback.path.split('/')[2]}"
        edited, public = await standin.wait_for(
            lambda: len(standin.followups(token)) == 2 and standin.followups(token)
        )
    assert callback.json["type"] == 5  # deferred: the fetch may take longer than Discord's 3 seconds
    assert edited.method == "PATCH" and public.method == "POST"
    assert not public.json.get("flags")  # the summary is for the whole channel
    (embed,) = public.json["embeds"]
    assert embed["title"] == "Voters and the Taliban" and embed["url"] == url
    assert "Taliban" in embed["description"]
    (field,) = embed["fields"]
    assert field["name"] == f"Q1 · {QUESTION}"  # no question id: the page is not a stored post


async def test_a_page_that_cannot_be_fetched_is_explained(
    make_bot: BotFactory, standin: DiscordStandin, feed_server: FeedServer
) -> None:
    async with make_bot():
        callback = await standin.slash(member("bob"), "summary", {"url": feed_server.url("/missing")})
        token = f"token-{callback.path.split('/')[2]}"
        (answer,) = await standin.wait_for(lambda: standin.followups(token))
    assert "404" in answer.json["content"] and answer.json["flags"] & 64
