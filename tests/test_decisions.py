"""Pure decisions: check timing, delivery planning, address rules."""

from __future__ import annotations

import random

import pytest

from bot.errors import BlockedAddress, InvalidInput
from bot.feed_admin import normalise_url
from bot.feeds.planning import Freshness, SubscriberState, plan_deliveries
from bot.feeds.timing import Timing, after_failure, after_success
from bot.fetch.addresses import check_address, check_http_url
from bot.fetch.http import parse_max_age, parse_retry_after

TIMING = Timing(interval=900, floor=300, max_backoff=86400)


def test_success_waits_about_the_interval_and_respects_max_age() -> None:
    rng = random.Random(1)
    assert 810 <= after_success(0, TIMING, rng) <= 990
    assert after_success(0, TIMING, rng, max_age=7200) >= 7200 * 0.9
    assert after_success(0, TIMING, rng, max_age=10) >= 300 * 0.9  # never below the floor (less jitter)


def test_failures_back_off_exponentially_up_to_the_cap() -> None:
    rng = random.Random(2)
    delays = [after_failure(0, n, TIMING, rng) for n in range(1, 12)]
    assert all(d >= 300 for d in delays)
    assert max(delays) <= 86400
    assert delays[5] > delays[0]
    assert after_failure(0, 1, TIMING, rng, retry_after=5000) >= 5000


def test_unprimed_subscription_gets_only_the_newest_posts() -> None:
    posts = [Freshness(published_at=float(t), position=i) for i, t in enumerate([30, 10, 20])]
    plan = plan_deliveries(posts, [SubscriberState(1, primed=False, backfill=2)])
    assert plan == [(2, 1), (0, 1)]  # the two newest, oldest of them first


def test_primed_subscription_gets_everything_new_oldest_first() -> None:
    posts = [Freshness(None, 0), Freshness(None, 1), Freshness(None, 2)]  # undated: feed order, newest first
    plan = plan_deliveries(posts, [SubscriberState(7, primed=True, backfill=1)])
    assert plan == [(2, 7), (1, 7), (0, 7)]


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.1",
        "172.16.5.5",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "224.0.0.1",
        "0.0.0.0",
        "::ffff:127.0.0.1",
        "100.64.0.1",
        "fc00::1",
    ],
)
def test_private_addresses_are_refused(address: str) -> None:
    with pytest.raises(BlockedAddress):
        check_address("feeds.example", address, allow_private=False)
    check_address("feeds.example", address, allow_private=True)


def test_public_addresses_pass() -> None:
    check_address("feeds.example", "93.184.216.34", allow_private=False)
    check_address("feeds.example", "2606:4700::6810:85e5", allow_private=False)


@pytest.mark.parametrize(
    "url", ["ftp://example.org/feed", "javascript:alert(1)", "http://", "http://user:pw@example.org/"]
)
def test_urls_that_are_not_web_addresses(url: str) -> None:
    with pytest.raises(InvalidInput):
        check_http_url(url, allow_private=False)


def test_chat_cannot_add_local_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    feed = tmp_path / "feed.xml"
    feed.write_text("<rss/>")
    with pytest.raises(InvalidInput, match="operator"):
        normalise_url(feed.as_uri(), operator=False)
    with pytest.raises(InvalidInput, match="operator"):
        normalise_url(str(feed), operator=False)
    assert normalise_url(str(feed), operator=True) == feed.as_uri()
    assert normalise_url("example.org/feed", operator=False) == "https://example.org/feed"
    with pytest.raises(InvalidInput, match="spaces"):
        normalise_url("not a url", operator=False)


def test_header_parsing() -> None:
    assert parse_retry_after("120") == 120
    assert parse_retry_after("soon") is None
    assert parse_max_age("public, max-age=600") == 600
    assert parse_max_age("no-cache") is None


async def test_parse_pool_parses_in_a_worker_process_and_carries_errors_back() -> None:
    from bot.errors import FeedError
    from bot.feeds.parse_pool import ParsePool
    from tests.support import numbered_items, rss

    pool = ParsePool(1)
    try:
        parsed = await pool.parse(rss(numbered_items(3)).encode(), "application/rss+xml")
        assert [e.title for e in parsed.entries] == ["Post 2", "Post 1", "Post 0"]
        with pytest.raises(FeedError, match="web page"):
            await pool.parse(b"<!DOCTYPE html><html><body>x</body></html>", "text/html")
    finally:
        await pool.aclose()


async def test_the_suite_cannot_reach_past_loopback(core) -> None:  # type: ignore[no-untyped-def]
    from bot.fetch.http import FetchFailed

    with pytest.raises(FetchFailed, match="could not connect"):
        await core.fetcher.fetch("https://example.org/feed")
