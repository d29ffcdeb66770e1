"""``/pollwatch summary <url>``: the core's link summary, shown as digest blocks."""

from __future__ import annotations

from adapters.slack import blocks as bk
from adapters.slack.context import Reply, SlackServices


async def summary_reply(s: SlackServices, url: str) -> Reply:
    digest = await s.core.summarize_url(url)
    return Reply(bk.digest_text(digest), bk.digest_blocks(digest, question_ids=False))
