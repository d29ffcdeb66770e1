"""Summarise any link (``/summary url`` on every platform): one core operation, so Discord, Slack and the
console give the same answer and the same errors.

The page goes through the guarded fetcher (size cap, timeouts, no private addresses unless allowed), its
main text is found with the article extractor, then read like a post (summary and poll figures).
"""

from __future__ import annotations

import asyncio
import html
import re

from bot.errors import FeedError
from bot.feed_admin import normalise_url
from bot.fetch.http import Fetcher
from bot.models import Digest
from bot.reading.fulltext import article_text
from bot.reading.html_text import html_to_text_quoted
from bot.reading.read import Reader

PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5"
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_CHARSET = re.compile(r"charset=([\w-]+)", re.IGNORECASE)


def page_title(page: str) -> str:
    found = _TITLE.search(page[:200_000])
    return " ".join(html.unescape(found.group(1)).split()) if found else ""


def decode(body: bytes, content_type: str) -> str:
    found = _CHARSET.search(content_type)
    try:
        return body.decode(found.group(1) if found else "utf-8", errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


async def summarize_link(fetcher: Fetcher, reader: Reader, url: str) -> Digest:
    """The digest of the page at ``url`` (chat users' URLs: http(s) only, never local files)."""
    address = normalise_url(url, operator=False)
    result = await fetcher.fetch(address, accept=PAGE_ACCEPT)
    if not result.body:
        raise FeedError(f"{address} returned an empty page")
    page = decode(result.body, result.content_type)
    is_html = "html" in result.content_type.lower() or "<html" in page[:2000].lower()
    title = (page_title(page) if is_html else "") or result.url
    text = page
    quotes: tuple[str, ...] = ()
    if is_html:
        # The page's block quotes are someone else's words, whichever text the summary reads, exactly as
        # for a feed's post: the same summary everywhere.
        whole, quotes = await asyncio.to_thread(html_to_text_quoted, page)
        main = await asyncio.to_thread(article_text, page)
        text = main if main else whole
    if not text.strip():
        raise FeedError(f"I could not find any text to summarise at {address}")
    read = await asyncio.to_thread(reader.read_text, text, title=title, quotes=quotes)
    return Digest(
        post_id=0,
        title=title,
        link=result.url,
        feed_title=None,
        published_at=None,
        summary=read.summary,
        groups=read.extraction.groups,
        meta=read.extraction.meta,
    )
