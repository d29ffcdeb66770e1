"""Posts, the entry keys they were seen under, and their poll figures."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from bot.clock import require_datetime, to_datetime
from bot.feeds.filters import PostFilter, passes
from bot.feeds.planning import Freshness, SubscriberState, plan_deliveries
from bot.models import Extraction, Post
from bot.storage.codec import dump_extraction, load_extraction
from bot.storage.db import Database, Transaction


@dataclass(frozen=True, slots=True)
class NewPost:
    """A feed entry read and ready to store."""

    entry_key: str
    content_hash: str
    title: str
    link: str | None
    published_at: float | None
    position: int
    text: str
    summary: str
    extraction: Extraction
    text_source: str = "feed"  # "page" when the text came from the linked page (full text)


@dataclass(frozen=True, slots=True)
class FeedState:
    """HTTP state to save with a successful fetch."""

    etag: str | None
    last_modified: str | None
    title: str | None
    next_check_at: float


def post_from_row(row: sqlite3.Row) -> Post:
    return Post(
        id=row["id"],
        feed_id=row["feed_id"],
        entry_key=row["entry_key"],
        title=row["title"],
        link=row["link"],
        published_at=to_datetime(row["published_at"]),
        text=row["text"],
        summary=row["summary"],
        extraction=load_extraction(row["extraction"]),
        fetched_at=require_datetime(row["fetched_at"]),
    )


class PostStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def known(
        self, feed_id: int, keys: Sequence[str], hashes: Sequence[str]
    ) -> tuple[dict[str, int | None], dict[str, int | None]]:
        """Which ``keys`` and which ``hashes`` were seen before (-> their post id, None if never read)."""
        seen: dict[str, int | None] = {}
        by_hash: dict[str, int | None] = {}
        for chunk in _chunks(list(keys), 500):
            marks = ",".join("?" * len(chunk))
            rows = await self._db.fetchall(
                f"SELECT entry_key, post_id FROM entries WHERE feed_id = ? AND entry_key IN ({marks})",
                (feed_id, *chunk),
            )
            seen.update((r[0], r[1]) for r in rows)
        for chunk in _chunks(list(hashes), 500):
            marks = ",".join("?" * len(chunk))
            rows = await self._db.fetchall(
                f"SELECT content_hash, post_id FROM entries WHERE feed_id = ? AND content_hash IN ({marks})",
                (feed_id, *chunk),
            )
            for content_hash, post_id in rows:
                if by_hash.get(content_hash) is None:
                    by_hash[content_hash] = post_id
        return seen, by_hash

    async def subscribers(self, feed_id: int) -> list[SubscriberState]:
        rows = await self._db.fetchall(
            "SELECT id, primed, backfill FROM subscriptions WHERE feed_id = ?", (feed_id,)
        )
        return [SubscriberState(r["id"], bool(r["primed"]), r["backfill"]) for r in rows]

    async def record_fetch(
        self,
        feed_id: int,
        posts: Sequence[NewPost],
        seen: Sequence[tuple[str, str, int | None]],
        state: FeedState,
        now: float,
        *,
        backfilled: Sequence[NewPost] = (),
    ) -> list[int]:
        """Store a successful fetch in one transaction: new posts, their figures, the keys seen (entry key,
        content hash, post id or None), the deliveries they cause, and the feed's HTTP state. A crash leaves
        either all of it or none. ``backfilled`` posts are older entries read now for a new channel's
        backfill: stored, but not queued for the channels already following the feed."""
        async with self._db.transaction() as tx:
            for post in backfilled:
                await self._insert_post(tx, feed_id, post, now)
            post_ids = [await self._insert_post(tx, feed_id, post, now) for post in posts]
            if seen:
                await tx.executemany(
                    "INSERT OR IGNORE INTO entries (feed_id, entry_key, content_hash, post_id, first_seen_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [(feed_id, key, content_hash, post_id, now) for key, content_hash, post_id in seen],
                )
            await self._queue_deliveries(tx, feed_id, posts, post_ids, now)
            await tx.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, title = COALESCE(?, title), last_checked_at = ?, "
                "last_success_at = ?, failures = 0, last_error = NULL, next_check_at = ? WHERE id = ?",
                (state.etag, state.last_modified, state.title, now, now, state.next_check_at, feed_id),
            )
        return post_ids

    async def _insert_post(self, tx: Transaction, feed_id: int, post: NewPost, now: float) -> int:
        post_id = await tx.execute(
            "INSERT INTO posts (feed_id, entry_key, content_hash, title, link, published_at, text, summary, "
            "extraction, fetched_at, text_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                feed_id,
                post.entry_key,
                post.content_hash,
                post.title,
                post.link,
                post.published_at,
                post.text,
                post.summary,
                dump_extraction(post.extraction),
                now,
                post.text_source,
            ),
        )
        await tx.execute(
            "INSERT INTO entries (feed_id, entry_key, content_hash, post_id, first_seen_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (feed_id, entry_key) DO UPDATE SET post_id = excluded.post_id",
            (feed_id, post.entry_key, post.content_hash, post_id, now),
        )
        if not post.extraction.figures:
            return post_id
        await tx.executemany(
            'INSERT INTO figures (post_id, group_key, value, start, "end", question, answer, population, '
            "pollster, wave) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    post_id,
                    f.group,
                    f.value,
                    f.start,
                    f.end,
                    f.question,
                    f.answer,
                    f.population,
                    f.pollster,
                    f.when,
                )
                for f in post.extraction.figures
            ],
        )
        return post_id

    async def _queue_deliveries(
        self, tx: Transaction, feed_id: int, posts: Sequence[NewPost], post_ids: Sequence[int], now: float
    ) -> None:
        rows = await tx.fetchall("SELECT * FROM subscriptions WHERE feed_id = ?", (feed_id,))
        subscribers = [SubscriberState(r["id"], bool(r["primed"]), r["backfill"]) for r in rows]
        filters = {
            r["id"]: PostFilter(
                tuple(json.loads(r["include_terms"])),
                tuple(json.loads(r["exclude_terms"])),
                bool(r["only_polls"]),
            )
            for r in rows
        }
        held = {r["id"] for r in rows if r["next_digest_at"] is not None}
        plan = [
            (index, sub_id)
            for index, sub_id in plan_deliveries(
                [Freshness(p.published_at, p.position) for p in posts], subscribers
            )
            if passes(
                filters[sub_id], posts[index].title, posts[index].text, bool(posts[index].extraction.figures)
            )
        ]
        if plan:
            await tx.executemany(
                "INSERT OR IGNORE INTO deliveries (post_id, subscription_id, status, next_attempt_at, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (post_ids[i], sub_id, "held" if sub_id in held else "pending", now, now)
                    for i, sub_id in plan
                ],
            )
        if not all(sub.primed for sub in subscribers):
            await tx.execute(
                "UPDATE subscriptions SET primed = 1 WHERE feed_id = ? AND primed = 0", (feed_id,)
            )

    async def get(self, post_id: int) -> Post | None:
        row = await self._db.fetchone("SELECT * FROM posts WHERE id = ?", (post_id,))
        return post_from_row(row) if row else None

    async def recent(self, feed_ids: Sequence[int], limit: int) -> list[Post]:
        if not feed_ids:
            return []
        marks = ",".join("?" * len(feed_ids))
        rows = await self._db.fetchall(
            f"SELECT * FROM posts WHERE feed_id IN ({marks}) "
            "ORDER BY COALESCE(published_at, fetched_at) DESC, id DESC LIMIT ?",
            (*feed_ids, limit),
        )
        return [post_from_row(r) for r in rows]

    async def count(self, feed_id: int | None = None) -> int:
        if feed_id is None:
            row = await self._db.fetchone("SELECT COUNT(*) FROM posts")
        else:
            row = await self._db.fetchone("SELECT COUNT(*) FROM posts WHERE feed_id = ?", (feed_id,))
        return int(row[0]) if row else 0


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
