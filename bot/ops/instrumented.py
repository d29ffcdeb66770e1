"""The fetcher and the parse pool, timed: every fetch and parse feeds the duration histograms and the
error counters, whoever asked for it (the watcher, adding a feed, a link summary)."""

from __future__ import annotations

import time
from typing import Any

from bot.errors import FeedError
from bot.feeds.parse import ParsedFeed
from bot.feeds.parse_pool import ParsePool
from bot.fetch.http import Fetcher, FetchOptions, FetchResult
from bot.ops.metrics import Metrics, fetch_failure_kind, metrics


class MeasuredFetcher(Fetcher):
    def __init__(self, options: FetchOptions, measure: Metrics | None = None) -> None:
        super().__init__(options)
        self._measure = measure or metrics()

    async def fetch(self, *args: Any, **kwargs: Any) -> FetchResult:
        started = time.perf_counter()
        try:
            return await super().fetch(*args, **kwargs)
        except FeedError as exc:
            self._measure.fetch_errors.labels(fetch_failure_kind(exc)).inc()
            raise
        finally:
            self._measure.fetch_seconds.observe(time.perf_counter() - started)


class MeasuredParsePool(ParsePool):
    def __init__(self, workers: int, measure: Metrics | None = None) -> None:
        super().__init__(workers)
        self._measure = measure or metrics()

    async def parse(self, body: bytes, content_type: str = "") -> ParsedFeed:
        started = time.perf_counter()
        try:
            return await super().parse(body, content_type)
        except FeedError:
            self._measure.parse_errors.inc()
            raise
        finally:
            self._measure.parse_seconds.observe(time.perf_counter() - started)
