"""Full text for teaser feeds: the linked page's main text, through the same guarded fetcher.

trafilatura finds the article in a page (dropping navigation, comments and boilerplate); it is the
well-kept choice for this and works offline. A page that fails to load or yields nothing keeps the feed's
own text: full text is an improvement, never a reason to lose a post.
"""

from __future__ import annotations

import asyncio
import logging

from bot.errors import FeedError
from bot.fetch.http import Fetcher

log = logging.getLogger(__name__)

TEASER_ENDINGS = ("…", "...", "[…]", "[...]", "read more", "continue reading", "read the full")


def is_teaser(text: str, *, min_chars: int) -> bool:
    """Too short to be the whole post, or visibly cut off."""
    stripped = text.strip()
    return len(stripped) < min_chars or stripped.lower().endswith(TEASER_ENDINGS)


def wants_full_text(mode: str, text: str, link: str | None, *, min_chars: int) -> bool:
    if not link or not link.startswith(("http://", "https://")) or mode == "never":
        return False
    return mode == "always" or is_teaser(text, min_chars=min_chars)


def article_text(page: bytes | str) -> str | None:
    """The main text of an HTML page, paragraphs separated by blank lines, or None."""
    import trafilatura  # loaded with the first page read: about 15 MB a bot that never reads pages lacks

    text = trafilatura.extract(page, include_comments=False, include_tables=True, favor_recall=True)
    if not text:
        return None
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


async def fetch_article(fetcher: Fetcher, url: str) -> str | None:
    try:
        result = await fetcher.fetch(url, accept="text/html, application/xhtml+xml;q=0.9, */*;q=0.5")
    except FeedError as exc:
        log.info("full text of %s unavailable, keeping the feed's text: %s", url, exc)
        return None
    if not result.body:
        return None
    return await asyncio.to_thread(article_text, result.body)
