"""The parse pool's memory rules, with real worker processes: big feeds take turns within a budget, and a
worker left large by a parse is replaced rather than kept."""

from __future__ import annotations

import asyncio

from bot.feeds.parse_pool import BIG_BODY, BIG_BUDGET, ParsePool
from tests.hostile.cases import huge_entry
from tests.support import numbered_items, rss


async def test_big_feeds_take_turns_within_the_budget_and_all_are_read() -> None:
    body = huge_entry(size=3_500_000)
    assert len(body) > BIG_BODY and 2 * len(body) > BIG_BUDGET
    pool = ParsePool(2, time_limit=60)
    seen: list[int] = []
    try:
        parses = asyncio.gather(pool.parse(body), pool.parse(body))
        while not parses.done():
            seen.append(pool.big_in_flight)
            await asyncio.sleep(0.005)
        feeds = await parses
        small = await pool.parse(rss(numbered_items(2)).encode())
    finally:
        await pool.aclose()
    assert [len(feed.entries) for feed in feeds] == [1, 1]
    assert max(seen) == len(body)  # one at a time: the second waited for the first
    assert pool.big_in_flight == 0 and len(small.entries) == 2


async def test_a_worker_left_large_by_a_parse_is_replaced_and_parsing_goes_on() -> None:
    feed = rss(numbered_items(3)).encode()
    keeping = ParsePool(1)
    try:
        await keeping.parse(feed)
        first = keeping.pids
        for _ in range(3):
            await keeping.parse(feed)
        assert keeping.pids == first and len(first) == 1  # a small parse leaves a worker well under 48 MB
    finally:
        await keeping.aclose()
    retiring = ParsePool(1, retire_mb=1)  # every worker is "large" after its parse
    try:
        for _ in range(3):
            parsed = await retiring.parse(feed)
            assert len(parsed.entries) == 3
            for _ in range(200):  # the worker exits on its own once it has answered
                if not retiring.pids:
                    break
                await asyncio.sleep(0.01)
            assert retiring.pids == []
    finally:
        await retiring.aclose()
