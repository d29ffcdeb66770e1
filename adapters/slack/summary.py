"""``/pollwatch summary <url>``: read any page through the core's guarded fetcher and show its digest.

The core has no "summarize a link" operation yet, so this composes the pieces the watcher uses
(``fetch_article`` for the main text, ``Reader`` for summary and figures). It belongs in the core, where
Discord can share it; see the adapter's report.
"""

from __future__ import annotations

import asyncio
from html import escape

from adapters.slack import blocks as bk
from adapters.slack.context import Reply, SlackServices
from bot.digest import build_digest
from bot.errors import FeedError
from bot.feed_admin import normalise_url
from bot.models import Extraction, Post
from bot.reading.fulltext import fetch_article


async def summary_reply(s: SlackServices, url: str) -> Reply:
    url = normalise_url(url, operator=False)
    text = await fetch_article(s.core.fetcher, url)
    if not text:
        raise FeedError(f"I could not read an article at {url}.")
    html = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n"))
    read = await asyncio.to_thread(s.core.reader.read, html)
    post = Post(
        id=0,
        feed_id=0,
        entry_key=url,
        title=f"Summary of {url}",
        link=url,
        published_at=None,
        text=read.text,
        summary=read.summary,
        extraction=read.extraction or Extraction(),
        fetched_at=s.now(),
    )
    digest = build_digest(post, None)
    return Reply(bk.digest_text(digest), bk.digest_blocks(digest, question_ids=False))
