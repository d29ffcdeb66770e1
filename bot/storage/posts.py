"""Posts, the entry keys they were seen under, and their poll figures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.clock import require_datetime, to_datetime
from bot.feeds.planning import SubscriberState
from bot.models import Extraction, Post, Subscription
from bot.storage.codec import dump_extraction, load_extraction
from bot.storage.db import Database, Row, Transaction
from bot.storage.feeds import RELEASE, holder_is
from bot.storage.subscriptions import subscription_from_row


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


# Which new posts go to which subscriptions: (post index, subscription id) pairs, given each subscription
# and whether it is primed (has taken its first batch). The feed rules live with the caller.
DeliveryPlan = Callable[[Sequence[NewPost], Sequence[tuple[Subscription, bool]]], list[tuple[int, int]]]


def post_from_row(row: Row) -> Post:
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
    def __init__(self, db: Database, owner: str) -> None:
        self._db = db
        self._owner = owner

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
        plan: DeliveryPlan,
        backfilled: Sequence[NewPost] = (),
        leased: bool = False,
    ) -> list[int] | None:
        """Store a successful fetch in one transaction: new posts, their figures, the keys seen (entry key,
        content hash, post id or None), the deliveries ``plan`` picks for them, and the feed's HTTP state,
        releasing the feed's lease. A crash leaves either all of it or none. ``backfilled`` posts are older
        entries read now for a new channel's backfill: stored, but not queued for the channels already
        following the feed.

        Returns the new posts' ids; ``None`` when this process ``leased`` the feed and the lease ran out
        mid-fetch (another process has or had it: that one stores the feed, this one stores nothing), or when
        the feed is gone. Posts another process stored meanwhile are skipped, never stored twice."""
        async with self._db.transaction() as tx:
            # Held to the end: one fetch of a feed is stored at a time, and each sees the one before.
            holder = await tx.fetchone(
                "SELECT f.leased_by FROM feeds f WHERE f.id = ?" + self._db.dialect.hold("f"), (feed_id,)
            )
            if holder is None or holder[0] not in ((self._owner,) if leased else (None, self._owner)):
                return None
            stored = await _stored_keys(tx, feed_id, [p.entry_key for p in (*posts, *backfilled)])
            posts = [p for p in posts if p.entry_key not in stored]
            for post in backfilled:
                if post.entry_key not in stored:
                    await self._insert_post(tx, feed_id, post, now)
            post_ids = [await self._insert_post(tx, feed_id, post, now) for post in posts]
            if seen:
                await tx.executemany(
                    "INSERT INTO entries (feed_id, entry_key, content_hash, post_id, first_seen_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [(feed_id, key, content_hash, post_id, now) for key, content_hash, post_id in seen],
                )
            await self._queue_deliveries(tx, feed_id, posts, post_ids, now, plan)
            await tx.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, title = COALESCE(?, title), last_checked_at = ?, "
                f"last_success_at = ?, failures = 0, last_error = NULL, next_check_at = ?, {RELEASE} "
                f"WHERE id = ? AND {holder_is(leased)}",
                (
                    state.etag,
                    state.last_modified,
                    state.title,
                    now,
                    now,
                    state.next_check_at,
                    feed_id,
                    self._owner,
                ),
            )
        return post_ids

    async def _insert_post(self, tx: Transaction, feed_id: int, post: NewPost, now: float) -> int:
        inserted = await tx.fetchone(
            "INSERT INTO posts (feed_id, entry_key, content_hash, title, link, published_at, text, summary, "
            "extraction, fetched_at, text_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
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
        assert inserted is not None
        post_id = int(inserted[0])
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
        self,
        tx: Transaction,
        feed_id: int,
        posts: Sequence[NewPost],
        post_ids: Sequence[int],
        now: float,
        plan: DeliveryPlan,
    ) -> None:
        rows = await tx.fetchall("SELECT * FROM subscriptions WHERE feed_id = ?", (feed_id,))
        # A scheduled subscription's posts wait ('held') for its digest.
        held = {r["id"] for r in rows if r["next_digest_at"] is not None}
        chosen = plan(posts, [(subscription_from_row(r), bool(r["primed"])) for r in rows]) if posts else []
        if chosen:
            await tx.executemany(
                "INSERT INTO deliveries (post_id, subscription_id, status, next_attempt_at, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [
                    (post_ids[i], sub_id, "held" if sub_id in held else "pending", now, now)
                    for i, sub_id in chosen
                ],
            )
        if any(not r["primed"] for r in rows):
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


async def _stored_keys(tx: Transaction, feed_id: int, keys: Sequence[str]) -> set[str]:
    """Which of ``keys`` already have a post in this feed."""
    stored: set[str] = set()
    for chunk in _chunks(list(keys), 500):
        marks = ",".join("?" * len(chunk))
        rows = await tx.fetchall(
            f"SELECT entry_key FROM posts WHERE feed_id = ? AND entry_key IN ({marks})", (feed_id, *chunk)
        )
        stored.update(r[0] for r in rows)
    return stored


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
