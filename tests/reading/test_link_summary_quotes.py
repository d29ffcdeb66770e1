"""``/summary <url>`` reads a page the way the watcher reads a post: block quotes are someone else's words."""

from __future__ import annotations

from bot.fetch.http import Fetcher, FetchOptions
from bot.link_summary import summarize_link
from bot.reading.extract import default_extractor
from bot.reading.read import Reader
from tests.support import FeedServer

QUOTED = "The council should scrap the depot plan now."
ARTICLE = (
    "<h1>The depot plan deserves a hearing</h1>"
    "<p>The Ledger's editorial board has come out against the new bus depot on Mill Lane. Its argument:</p>"
    f"<blockquote><p>{QUOTED} It is too big, too noisy and in the wrong place.</p>"
    "<p>No amount of consultation will make it fit the neighbourhood.</p></blockquote>"
    "<p>A survey of 700 residents by the council found 52 percent in favour of the depot and 35 percent "
    "against.</p><p>The plan has problems, but the neighbours are not against it, and the council owes it a "
    "proper hearing.</p>"
)
PAGE = f"<!doctype html><html><head><title>The depot plan</title></head><body><article>{ARTICLE}</article></body></html>"


async def test_a_linked_page_keeps_its_block_quote_out_of_the_writers_voice(feed_server: FeedServer) -> None:
    url = feed_server.set("/depot", PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    reader = Reader(default_extractor())
    async with Fetcher(FetchOptions(allow_private=True)) as fetcher:
        digest = await summarize_link(fetcher, reader, url)
    assert QUOTED not in digest.summary
    assert "the council owes it a proper hearing" in digest.summary
    assert digest.summary == reader.read(PAGE).summary  # the same summary as the feed's digest gives
