"""The feed watcher: sequences fetch -> parse -> dedupe -> read -> store for the feeds that are due.

Decisions live elsewhere (``timing``, ``planning``); this module only orders the I/O. One failing feed
is a value in the batch's outcomes, never an exception that stops the others.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.clock import now_ts
from bot.errors import FeedError, InvalidInput, StorageError
from bot.feeds.filters import PostFilter, passes
from bot.feeds.parse import CUT_NOTE, ParsedEntry, ParsedFeed
from bot.feeds.parse_pool import ParsePool
from bot.feeds.planning import Freshness, SubscriberState, entries_to_read, newest_first, plan_deliveries
from bot.feeds.timing import Timing, after_failure, after_success
from bot.fetch.http import FeedGone, Fetcher, FetchFailed, FetchResult
from bot.models import Feed, Subscription
from bot.ops.metrics import fetch_failure_kind, metrics
from bot.process import is_gone
from bot.reading.fulltext import fetch_article, wants_full_text
from bot.reading.html_text import html_to_text
from bot.reading.read import Reader
from bot.storage import FeedState, NewPost, Storage

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """What one check of one feed came to."""

    feed_id: int
    url: str
    status: str  # "new" (fetched and parsed), "unchanged" (304), "failed", "paused", "gone"
    new_posts: int = 0
    error: str | None = None
    warning: str | None = None
    kind: str = ""  # why a check failed, for metrics: http_5xx, timeout, parse, internal, … (bot.ops.metrics)


class Watcher:
    def __init__(
        self,
        storage: Storage,
        fetcher: Fetcher,
        reader: Reader,
        timing: Timing,
        *,
        parser: ParsePool | None = None,
        pause_after: int = 0,
        full_text_min: int = 600,
        concurrency: int = 8,
        lease: float = 600.0,
        rng: random.Random | None = None,
        clock: Callable[[], float] = now_ts,
    ) -> None:
        self._storage = storage
        self._fetcher = fetcher
        self._reader = reader
        self._parser = parser or ParsePool(0)
        self._pause_after = pause_after
        self._full_text_min = full_text_min
        self._timing = timing
        self._limit = asyncio.Semaphore(concurrency)
        self._batch = max(concurrency * 8, 32)
        self._lease = lease
        self._rng = rng or random.Random()
        self._clock = clock
        self._recovered = False

    async def release_abandoned(self) -> None:
        """Once per watcher: release the feed leases of processes on this host that are gone (a crash, a
        kill), so their feeds are checked now instead of when the leases would have run out."""
        if self._recovered:
            return
        self._recovered = True
        for owner in await self._storage.feeds.lease_holders(self._clock()):
            if is_gone(owner):
                released = await self._storage.feeds.release_leases_of(owner)
                log.info("released %d feed leases left by %s, which is gone", released, owner)

    async def check_due(self, on_stored: Callable[[], None] | None = None) -> list[FeedOutcome]:
        """Check every feed whose time has come (in batches, ``concurrency`` at a time).

        ``on_stored`` is called each time a feed's new posts are stored and queued, so the caller can
        deliver them at once instead of waiting for the slowest feed of the batch."""
        await self.release_abandoned()
        cutoff = self._clock()
        outcomes: list[FeedOutcome] = []
        checked: set[int] = set()
        running: set[asyncio.Task[FeedOutcome]] = set()
        try:
            while True:
                if len(running) <= self._batch // 2:
                    # Due as of the start of this call, and each feed at most once per call: a feed whose
                    # next check is "now" again (a zero interval) waits for the next call rather than
                    # looping here. Each is leased to this process: another process sharing the database
                    # skips it meanwhile. The window slides: a slow feed holds up its own slot, not a batch.
                    due = await self._storage.feeds.lease_due(
                        cutoff, self._batch - len(running), self._lease, exclude=checked
                    )
                    checked.update(f.id for f in due)
                    running.update(asyncio.create_task(self._check_bounded(f, on_stored)) for f in due)
                if not running:
                    return outcomes
                done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                outcomes += [task.result() for task in done]
        finally:
            for task in running:
                task.cancel()

    async def _check_bounded(self, feed: Feed, on_stored: Callable[[], None] | None) -> FeedOutcome:
        async with self._limit:
            try:
                outcome = await self.check(feed, leased=True)
                if on_stored is not None and outcome.new_posts:
                    on_stored()
                return outcome
            except StorageError:
                raise
            except Exception:
                # A bug while reading one feed must not stop the others; it is recorded on the feed.
                log.exception("unexpected error while checking feed %s", feed.url)
                return await self._failed(
                    feed,
                    "pollwatch hit an internal error while reading this feed; the details are in its log",
                    leased=True,
                    kind="internal",
                )

    async def check(self, feed: Feed, *, leased: bool = False) -> FeedOutcome:
        """Fetch one feed and store what is new. ``leased``: this process leased the feed (``check_due``),
        and stores nothing if the lease passed to another process meanwhile."""
        try:
            result = await self._fetcher.fetch(
                feed.url, etag=feed.etag, last_modified=feed.last_modified, allow_local=True
            )
        except FeedGone as exc:
            notice = (
                f"The feed {feed.title or feed.url} is gone: its server answered 410 Gone, so pollwatch "
                "stopped checking it. An admin can remove it, or resume it if the address works again."
            )
            await self._storage.feeds.pause(feed.id, "gone", str(exc), notice, self._clock())
            log.warning("feed %s is gone (410); no longer checking it", feed.url)
            return FeedOutcome(feed.id, feed.url, "gone", error=str(exc), kind="gone")
        except FetchFailed as exc:
            return await self._failed(
                feed, str(exc), retry_after=exc.retry_after, leased=leased, kind=fetch_failure_kind(exc)
            )
        except FeedError as exc:
            return await self._failed(feed, str(exc), leased=leased, kind=fetch_failure_kind(exc))
        except InvalidInput as exc:  # an address stored before today's checks ("http://[::1/feed")
            return await self._failed(feed, str(exc), leased=leased, kind="address")
        if (
            result.moved_to
            and result.moved_to != feed.url
            and await self._storage.feeds.move(feed.id, result.moved_to)
        ):
            log.info("feed %s moved permanently to %s", feed.url, result.moved_to)
        now = self._clock()
        if result.not_modified:
            next_at = after_success(now, self._timing, self._rng, max_age=result.max_age)
            await self._storage.feeds.record_not_modified(feed.id, now, next_at, leased=leased)
            return FeedOutcome(feed.id, feed.url, "unchanged")
        try:
            parsed = await self._parser.parse(result.body or b"", result.content_type)
        except FeedError as exc:
            return await self._failed(feed, str(exc), leased=leased, kind="parse")
        count = await self.ingest(feed.id, parsed, result, full_text=feed.full_text, leased=leased)
        if parsed.warning:
            log.info("feed %s has problems but was read anyway: %s", feed.url, parsed.warning)
        return FeedOutcome(feed.id, feed.url, "new", new_posts=count, warning=parsed.warning)

    async def parse(self, body: bytes, content_type: str) -> ParsedFeed:
        return await self._parser.parse(body, content_type)

    async def ingest(
        self,
        feed_id: int,
        parsed: ParsedFeed,
        result: FetchResult,
        *,
        read_newest: int = 0,
        full_text: str = "never",
        leased: bool = False,
    ) -> int:
        """Store the new entries of a parsed feed and the feed's HTTP state; returns how many posts are new.

        ``read_newest`` also reads the newest entries that were only marked seen before (a new channel's
        backfill on a known feed); those are stored without being queued for anyone."""
        entries = _unique(parsed.entries)
        seen, by_hash = await self._storage.posts.known(
            feed_id, [e.key for e in entries], [e.content_hash for e in entries]
        )
        fresh: list[ParsedEntry] = []
        marked: list[tuple[str, str, int | None]] = []
        for entry in entries:
            if entry.key in seen:
                continue
            if entry.content_hash in by_hash:
                # Same content under a new id: remember the new key, don't post it again.
                marked.append((entry.key, entry.content_hash, by_hash[entry.content_hash]))
                continue
            fresh.append(entry)
        subscribers = await self._storage.posts.subscribers(feed_id)
        wanted = entries_to_read([Freshness(e.published_at, e.position) for e in fresh], subscribers)
        marked += [(e.key, e.content_hash, None) for i, e in enumerate(fresh) if i not in wanted]
        to_read = [e for i, e in enumerate(fresh) if i in wanted]
        newest = newest_first([Freshness(e.published_at, e.position) for e in entries])[:read_newest]
        unread = [entries[i] for i in newest if entries[i].key in seen and seen[entries[i].key] is None]
        pages = await self._full_texts(to_read + unread, full_text)
        posts = await asyncio.to_thread(self._read_all, to_read, pages) if to_read else []
        backfilled = await asyncio.to_thread(self._read_all, unread, pages) if unread else []
        now = self._clock()
        state = FeedState(
            etag=result.etag,
            last_modified=result.last_modified,
            title=parsed.title,
            next_check_at=after_success(now, self._timing, self._rng, max_age=result.max_age),
        )
        stored = await self._storage.posts.record_fetch(
            feed_id,
            posts,
            marked,
            state,
            now,
            plan=plan_for_subscribers,
            backfilled=backfilled,
            leased=leased,
        )
        metrics().posts_read.inc(len(posts) + len(backfilled))
        if stored is None:
            log.info(
                "feed %d: not stored (removed, or its lease passed to another process while it was read)",
                feed_id,
            )
            return 0
        return len(stored)

    async def _full_texts(self, entries: Sequence[ParsedEntry], mode: str) -> dict[str, str]:
        """The linked pages' main text for the entries that are teasers (by entry key)."""
        if mode == "never":
            return {}
        wanted = [
            e
            for e in entries
            if wants_full_text(mode, html_to_text(e.content_html), e.link, min_chars=self._full_text_min)
        ]
        texts = await asyncio.gather(*(fetch_article(self._fetcher, e.link or "") for e in wanted))
        return {e.key: text for e, text in zip(wanted, texts, strict=True) if text}

    def _read_all(self, entries: Sequence[ParsedEntry], pages: dict[str, str]) -> list[NewPost]:
        posts = []
        for entry in entries:
            page = pages.get(entry.key)
            read = (
                self._reader.read_text(page, title=entry.title)
                if page
                else self._reader.read(entry.content_html, title=entry.title)
            )
            posts.append(
                NewPost(
                    entry_key=entry.key,
                    content_hash=entry.content_hash,
                    title=entry.title,
                    link=entry.link,
                    published_at=entry.published_at,
                    position=entry.position,
                    text=read.text,
                    summary=f"{read.summary} {CUT_NOTE}".strip() if entry.cut else read.summary,
                    extraction=read.extraction,
                    text_source="page" if page else "feed",
                )
            )
        return posts

    async def _failed(
        self,
        feed: Feed,
        error: str,
        *,
        retry_after: float | None = None,
        leased: bool = False,
        kind: str = "",
    ) -> FeedOutcome:
        now = self._clock()
        failures = feed.failures + 1
        next_at = after_failure(now, failures, self._timing, self._rng, retry_after=retry_after)
        await self._storage.feeds.record_failure(feed.id, now, error, next_at, leased=leased)
        log.warning("feed %s failed (%d in a row): %s", feed.url, failures, error, extra={"feed_id": feed.id})
        if self._pause_after and failures >= self._pause_after:
            notice = (
                f"The feed {feed.title or feed.url} failed {failures} times in a row (last error: {error}). "
                "It is paused; an admin can resume it with the feeds resume command."
            )
            if await self._storage.feeds.pause(feed.id, "paused", error, notice, now):
                log.warning("feed %s paused after %d failures", feed.url, failures)
                return FeedOutcome(feed.id, feed.url, "paused", error=error, kind=kind)
        return FeedOutcome(feed.id, feed.url, "failed", error=error, kind=kind)


def plan_for_subscribers(
    posts: Sequence[NewPost], subscribers: Sequence[tuple[Subscription, bool]]
) -> list[tuple[int, int]]:
    """The deliveries new posts cause: (post index, subscription id), by the planning and filter rules."""
    states = [SubscriberState(s.id, primed, s.backfill) for s, primed in subscribers]
    filters = {s.id: PostFilter(s.include, s.exclude, s.only_polls) for s, _ in subscribers}
    return [
        (index, sub_id)
        for index, sub_id in plan_deliveries([Freshness(p.published_at, p.position) for p in posts], states)
        if passes(
            filters[sub_id], posts[index].title, posts[index].text, bool(posts[index].extraction.figures)
        )
    ]


def _unique(entries: Sequence[ParsedEntry]) -> list[ParsedEntry]:
    """Drop repeats of a key or of content within one document (first occurrence wins)."""
    keys: set[str] = set()
    hashes: set[str] = set()
    out = []
    for entry in entries:
        if entry.key in keys or entry.content_hash in hashes:
            continue
        keys.add(entry.key)
        hashes.add(entry.content_hash)
        out.append(entry)
    return out
