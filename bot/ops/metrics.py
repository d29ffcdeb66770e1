"""The process's Prometheus metrics (the official ``prometheus-client``), and the small hooks that move them.

Counters and histograms move where the work happens (a feed checked, a delivery sent, a vote recorded);
gauges that describe the database (outbox backlog, polls open, feeds paused) are read from it when
``/metrics`` is scraped, so they are right even when another process did the work.

Names follow Prometheus conventions: ``_total`` for counters, ``_seconds`` for durations, base units.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Info,
    disable_created_metrics,
)

from bot import __version__
from bot.fetch.http import FeedGone, FetchFailed
from bot.storage.ops import OpsSnapshot

NAMESPACE = "pollwatch"

# Durations of feed work: most fetches take well under a second, a slow server up to the timeout (30 s).
_FETCH_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
_PARSE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0)


class Metrics:
    """Every metric pollwatch exports, registered in one registry (the default one in the bot)."""

    def __init__(self, registry: CollectorRegistry = REGISTRY) -> None:
        self.registry = registry
        ns = NAMESPACE
        self.info = Info(
            "build", "pollwatch version and database schema level", namespace=ns, registry=registry
        )
        self.info.info({"version": __version__, "schema": "unknown"})
        self.feed_checks = Counter(
            "feed_checks",
            "Feeds checked, by outcome (new, unchanged, failed, paused, gone) and failure kind",
            ["outcome", "kind"],
            namespace=ns,
            registry=registry,
        )
        self.fetch_seconds = Histogram(
            "fetch_seconds",
            "Time to fetch a feed or page (whole request, failures included)",
            buckets=_FETCH_BUCKETS,
            namespace=ns,
            registry=registry,
        )
        self.fetch_errors = Counter(
            "fetch_errors", "Failed fetches by kind", ["kind"], namespace=ns, registry=registry
        )
        self.parse_seconds = Histogram(
            "parse_seconds",
            "Time to parse a feed document",
            buckets=_PARSE_BUCKETS,
            namespace=ns,
            registry=registry,
        )
        self.parse_errors = Counter(
            "parse_errors", "Feed documents that could not be parsed", namespace=ns, registry=registry
        )
        self.posts_read = Counter("posts_read", "New posts read and stored", namespace=ns, registry=registry)
        self.deliveries = Counter(
            "deliveries",
            "Delivery rows by what happened on a send attempt (sent, retried, parked, failed, deferred)",
            ["platform", "outcome"],
            namespace=ns,
            registry=registry,
        )
        self.votes = Counter(
            "votes", "Votes recorded, changed or withdrawn", ["kind"], namespace=ns, registry=registry
        )
        self.cycles = Counter("cycles", "Run-loop cycles completed", namespace=ns, registry=registry)
        self.cycle_seconds = Histogram(
            "cycle_seconds",
            "Time one run-loop cycle took (close polls, check due feeds, send due deliveries)",
            buckets=(0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 15.0, 60.0, 300.0),
            namespace=ns,
            registry=registry,
        )
        self.last_cycle = Gauge(
            "last_cycle_timestamp_seconds",
            "When the last run-loop cycle finished (alert when it stops moving)",
            namespace=ns,
            registry=registry,
        )
        self.log_messages = Counter(
            "log_messages",
            "Log records at WARNING and above, by level",
            ["level"],
            namespace=ns,
            registry=registry,
        )
        # Read from the database at scrape time.
        self.outbox_backlog = Gauge(
            "outbox_backlog",
            "Deliveries waiting to go out (pending or being sent; scheduled digests not counted)",
            ["platform"],
            namespace=ns,
            registry=registry,
        )
        self.outbox_oldest = Gauge(
            "outbox_oldest_due_age_seconds",
            "How long the oldest due delivery has waited past its time (0 when none is due)",
            ["platform"],
            namespace=ns,
            registry=registry,
        )
        self.outbox_held = Gauge(
            "outbox_held",
            "Deliveries held for a scheduled digest",
            ["platform"],
            namespace=ns,
            registry=registry,
        )
        self.outbox_parked = Gauge(
            "outbox_parked",
            "Deliveries parked because their channel cannot take messages",
            ["platform"],
            namespace=ns,
            registry=registry,
        )
        self.outbox_failed = Gauge(
            "outbox_failed",
            "Deliveries given up after every attempt",
            ["platform"],
            namespace=ns,
            registry=registry,
        )
        self.notices_pending = Gauge(
            "notices_pending", "Admin notices waiting to go out", namespace=ns, registry=registry
        )
        self.polls_open = Gauge("polls_open", "Reader polls open", namespace=ns, registry=registry)
        self.feeds = Gauge(
            "feeds", "Feeds by status (active, paused, gone)", ["status"], namespace=ns, registry=registry
        )
        self.feeds_failing = Gauge(
            "feeds_failing", "Active feeds whose last check failed", namespace=ns, registry=registry
        )
        self.platform_connected = Gauge(
            "platform_connected",
            "1 when the chat platform's connection is up",
            ["platform"],
            namespace=ns,
            registry=registry,
        )
        self.database_up = Gauge(
            "database_up", "1 when the database answered the last scrape", namespace=ns, registry=registry
        )

    # --- hooks called where the work happens -----------------------------------------------------------

    def feed_checked(self, outcome: str, kind: str = "") -> None:
        self.feed_checks.labels(outcome, kind).inc()

    def delivered(self, platform: str, outcome: str, count: int = 1) -> None:
        if count:
            self.deliveries.labels(platform, outcome).inc(count)

    def set_schema(self, level: int) -> None:
        self.info.info({"version": __version__, "schema": str(level)})

    def set_gauges(self, snapshot: OpsSnapshot, platforms: Iterable[str]) -> None:
        """Copy a database snapshot into the gauges; every known platform gets a value (0 when idle)."""
        names = set(platforms) | set(snapshot.backlog) | set(snapshot.held) | set(snapshot.parked)
        for name in sorted(names):
            self.outbox_backlog.labels(name).set(snapshot.backlog.get(name, 0))
            self.outbox_oldest.labels(name).set(snapshot.oldest_due_age.get(name, 0.0))
            self.outbox_held.labels(name).set(snapshot.held.get(name, 0))
            self.outbox_parked.labels(name).set(snapshot.parked.get(name, 0))
            self.outbox_failed.labels(name).set(snapshot.failed.get(name, 0))
        self.notices_pending.set(snapshot.notices_pending)
        self.polls_open.set(snapshot.polls_open)
        for status in ("active", "paused", "gone", *snapshot.feeds):
            self.feeds.labels(status).set(snapshot.feeds.get(status, 0))
        self.feeds_failing.set(snapshot.feeds_failing)


def fetch_failure_kind(exc: BaseException) -> str:
    """A short, stable label for why a fetch failed (for the ``kind`` label; the message stays in logs)."""
    if isinstance(exc, FeedGone):
        return "gone"
    if isinstance(exc, FetchFailed):
        if exc.status is not None:
            return "http_5xx" if exc.status >= 500 else "http_4xx"
        text = str(exc)
        for needle, kind in (
            ("took longer", "timeout"),
            ("larger than", "too_large"),
            ("could not connect", "connect"),
            ("connection broke", "connect"),
            ("redirect", "redirects"),
        ):
            if needle in text:
                return kind
        return "network"
    return "refused"  # FeedError/InvalidInput before any request: a blocked address, a bad URL


class _LogCounter(logging.Handler):
    def __init__(self, counter: Counter) -> None:
        super().__init__(logging.WARNING)
        self._counter = counter

    def emit(self, record: logging.LogRecord) -> None:
        self._counter.labels(record.levelname.lower()).inc()


_metrics: Metrics | None = None


def metrics() -> Metrics:
    """The process's metrics (created on first use, in the default registry)."""
    global _metrics
    if _metrics is None:
        # No *_created series: they double the output and no alert needs them.
        disable_created_metrics()  # type: ignore[no-untyped-call]
        _metrics = Metrics()
        logging.getLogger().addHandler(_LogCounter(_metrics.log_messages))
    return _metrics
