"""Building the platform-neutral digest of a post."""

from __future__ import annotations

from bot.models import Digest, Feed, Post


def build_digest(post: Post, feed: Feed | None) -> Digest:
    extraction = post.extraction
    return Digest(
        post_id=post.id,
        title=post.title,
        link=post.link,
        feed_title=feed.title if feed else None,
        published_at=post.published_at,
        summary=post.summary,
        groups=extraction.groups,
        meta=extraction.meta,
    )
