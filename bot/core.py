"""The core: storage and services wired together, with no platform code.

Adapters get one :class:`Pollwatch` and call its services (never its storage); :mod:`bot.runner` drives
its loop.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

from bot import __version__
from bot.clock import now_ts
from bot.config import Settings
from bot.feed_admin import FeedAdmin
from bot.feeds.timing import Timing
from bot.feeds.watcher import Watcher
from bot.fetch.addresses import canonical_url, feed_identity
from bot.fetch.http import FetchOptions
from bot.link_summary import summarize_link
from bot.models import Digest
from bot.ops.instrumented import MeasuredFetcher, MeasuredParsePool
from bot.polls.service import PollService
from bot.ports import ChatAdapter
from bot.reading.extract import Extractor
from bot.reading.read import Reader
from bot.storage import Storage
from bot.storage.feed_urls import canonicalise_feed_urls


def user_agent(settings: Settings) -> str:
    return f"pollwatch/{__version__} (+{settings.contact_url})"


def fetch_options(settings: Settings) -> FetchOptions:
    return FetchOptions(
        connect_timeout=settings.connect_timeout,
        total_timeout=settings.fetch_timeout,
        max_bytes=settings.max_feed_bytes,
        max_redirects=settings.max_redirects,
        allow_private=settings.allow_private_feeds,
        user_agent=user_agent(settings),
    )


class Pollwatch:
    def __init__(
        self,
        settings: Settings,
        storage: Storage,
        *,
        clock: Callable[[], float] = now_ts,
        rng: random.Random | None = None,
        extractor: Extractor | None = None,
    ) -> None:
        if extractor is None:
            from bot.reading.extract import default_extractor

            extractor = default_extractor()
        self.settings = settings
        self.storage = storage
        self.clock = clock
        self.rng = rng or random.Random()
        self.fetcher = MeasuredFetcher(fetch_options(settings))
        self.reader = Reader(extractor, summary_chars=settings.summary_chars)
        self.parser = MeasuredParsePool(
            settings.parse_workers,
            time_limit=settings.parse_time_limit,
            memory_mb=settings.parse_memory_mb,
        )
        self.watcher = Watcher(
            storage,
            self.fetcher,
            self.reader,
            Timing(settings.check_interval, settings.min_check_interval, settings.max_backoff),
            parser=self.parser,
            pause_after=settings.pause_after_failures,
            full_text_min=settings.full_text_min_chars,
            concurrency=settings.fetch_concurrency,
            rng=self.rng,
            clock=clock,
        )
        self.feeds = FeedAdmin(
            storage,
            self.fetcher,
            self.watcher,
            default_backfill=settings.backfill,
            max_feeds_per_channel=settings.max_feeds_per_channel,
            full_text=settings.full_text,
            allow_private=settings.allow_private_feeds,
            clock=clock,
        )
        self.polls = PollService(
            storage,
            default_duration=timedelta(seconds=settings.poll_duration),
            chart_dir=settings.chart_dir,
            voter_salt=settings.voter_salt,
        )

    @classmethod
    async def open(cls, settings: Settings, **kwargs: object) -> Pollwatch:
        storage = await Storage.open(settings.database)
        try:  # feeds stored before URLs had one spelling get it now (merging duplicates)
            await canonicalise_feed_urls(storage.db, canonical_url, feed_identity)
        except BaseException:
            await storage.close()
            raise
        return cls(settings, storage, **kwargs)  # type: ignore[arg-type]

    async def close(self) -> None:
        await self.parser.aclose()
        await self.fetcher.close()
        await self.storage.close()

    async def schema_version(self) -> int:
        """The database's migration level."""
        return await self.storage.db.schema_version()

    async def send_queued(self, adapter: ChatAdapter, clock: Callable[[], float] | None = None) -> int:
        """Send ``adapter``'s platform's due notices and results now (a moderator's close or repost),
        through the outbox like the run loop would: claimed, retried, never twice."""
        from bot.outbox import send_queued_now

        return await send_queued_now(self.storage, adapter, self.polls, clock or self.clock)

    async def summarize_url(self, url: str) -> Digest:
        """The summary and poll figures of any web page (anyone may ask)."""
        return await summarize_link(self.fetcher, self.reader, url)
