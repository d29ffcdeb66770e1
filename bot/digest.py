"""Building the platform-neutral digest of a post."""

from __future__ import annotations

from bot.models import Digest, Feed, Post
from bot.polls.compare import normalize_label


def build_digest(post: Post, feed: Feed | None) -> Digest:
    extraction = post.extraction
    return Digest(
        post_id=post.id,
        title=post.title,
        link=post.link,
        feed_title=feed.title if feed else None,
        published_at=post.published_at,
        summary=without_title(post.summary, post.title),
        groups=extraction.groups,
        meta=extraction.meta,
        language=extraction.language,
    )


def without_title(summary: str, title: str) -> str:
    """The summary without a first line that only repeats the title the digest shows above it.

    A summary may open with the post's title on a line of its own, standing in for a news lead too long to
    fit beside the headline figure; ``pollwatch summarize`` and ``/summary`` show it, a digest already shows
    the title as its heading.
    """
    first, _, rest = summary.partition("\n")
    if rest.strip() and normalize_label(title) and normalize_label(first) == normalize_label(title):
        return rest.lstrip("\n")
    return summary
