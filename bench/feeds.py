"""Feed-cycle benchmark: 500 loopback feeds x 20 entries, first cycle (all new) and steady state (all 304).

The feed server runs in its own process. The baseline is bare ``feedparser.parse`` over the same bytes in
the same run, so the ratio is comparable across noisy machines.

PostgreSQL: the same cycles in this process over a throwaway local server, then steady-state cycles through
worker processes sharing that database (:mod:`bench.workers`): one, and three (feeds leased when due, so each
is fetched once), timed from go to the last worker's answer; the ratio is three against one of the same run.
"""

from __future__ import annotations

import asyncio
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import feedparser

from bench.feed_server import LATENCY
from bench.workers import machine_parallelism, run_workers
from bot.config import Settings
from bot.core import Pollwatch
from tests.support import Clock

FEEDS = 500
ENTRIES = 20
ROUNDS = 2  # worker-process cycles are timed twice each, the faster kept (a busy machine is noisy)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _start_server(workdir: Path) -> tuple[subprocess.Popen[bytes], int]:
    port_file = workdir / "port"
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.feed_server", str(port_file), str(FEEDS), str(ENTRIES)],
        cwd=Path(__file__).resolve().parent.parent,
    )
    for _ in range(300):
        if port_file.exists() and port_file.read_text():
            return proc, int(port_file.read_text())
        await asyncio.sleep(0.05)
    proc.kill()
    raise RuntimeError("bench feed server did not start")


async def _bodies(port: int) -> list[bytes]:
    async with aiohttp.ClientSession() as session:
        bodies = []
        for i in range(FEEDS):
            async with session.get(f"http://127.0.0.1:{port}/raw/{i}") as resp:
                bodies.append(await resp.read())
        return bodies


async def _cycles(settings: Settings, port: int) -> tuple[float, float, int, float, float]:
    """First cycle (all new) and steady state (all 304) over ``settings``' database: (first s, steady s,
    posts stored, RSS before, peak RSS)."""
    clock = Clock()
    core = await Pollwatch.open(settings, clock=clock)
    try:
        for i in range(FEEDS):
            # The bench entries are short and link to example.org: never fetch linked pages.
            feed, _ = await core.storage.feeds.add(
                f"http://127.0.0.1:{port}/feed/{i}", clock.now, full_text="never"
            )
            await core.storage.subscriptions.add(feed.id, "console", "bench", backfill=1, now=clock.now)
        rss_before = _rss_mb()
        started = time.perf_counter()
        first = await core.watcher.check_due()
        first_time = time.perf_counter() - started
        peak = _rss_mb()
        assert all(o.status == "new" for o in first), {o.status for o in first}
        clock.advance(2 * 86400)
        started = time.perf_counter()
        steady = await core.watcher.check_due()
        steady_time = time.perf_counter() - started
        assert all(o.status == "unchanged" for o in steady), {o.status for o in steady}
        posts = await core.storage.posts.count()
    finally:
        await core.close()
    return first_time, steady_time, posts, rss_before, peak


async def _postgres_cycles(
    settings: Settings, port: int
) -> tuple[float, float, int, dict[int, float], dict[int, float], float]:
    """The same cycles through one process over PostgreSQL (the tests' throwaway local server); then steady
    cycles through separate worker processes sharing the database, one and three of them: {processes:
    seconds}, the best of ``ROUNDS``, from the local server and from one that answers in
    ``feed_server.LATENCY``; and the machine's headroom for three processes, measured alongside."""
    from dataclasses import replace

    from bot.storage.db import open_database
    from tests.pg_server import PgServer

    server = PgServer()
    await asyncio.to_thread(server.start)
    try:
        _name, url = await asyncio.to_thread(server.create_database)
        first, steady, posts, _before, _peak = await _cycles(replace(settings, db_url=url), port)
        scaled: dict[int, float] = {}
        slow: dict[int, float] = {}
        headroom = await machine_parallelism()
        db = await open_database(url)
        try:
            for _round in range(ROUNDS):
                for processes in (1, 3):
                    await db.execute("UPDATE feeds SET next_check_at = 0")  # every feed due now
                    seconds, answers = await run_workers([["feeds", url]] * processes)
                    checked = sum(a["feeds"] for a in answers)
                    assert checked == FEEDS, f"{processes} processes checked {checked} feeds of {FEEDS}"
                    assert {s for a in answers for s in a["statuses"]} == {"unchanged"}, answers
                    scaled[processes] = min(seconds, scaled.get(processes, seconds))
            # The same through a server that takes LATENCY to answer each request, as real feeds do: a
            # process fetches POLLWATCH_FETCH_CONCURRENCY feeds at once, so more processes fetch more.
            await db.execute("UPDATE feeds SET url = REPLACE(url, '/feed/', '/slow/')")
            for _round in range(ROUNDS):
                for processes in (1, 3):
                    await db.execute("UPDATE feeds SET next_check_at = 0")
                    seconds, answers = await run_workers([["feeds", url]] * processes)
                    checked = sum(a["feeds"] for a in answers)
                    assert checked == FEEDS, f"{processes} processes checked {checked} feeds of {FEEDS}"
                    assert {s for a in answers for s in a["statuses"]} == {"unchanged"}, answers
                    slow[processes] = min(seconds, slow.get(processes, seconds))
        finally:
            await db.close()
    finally:
        await asyncio.to_thread(server.stop)
    return first, steady, posts, scaled, slow, headroom


async def run() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        server, port = await _start_server(workdir)
        try:
            bodies = await _bodies(port)
            started = time.perf_counter()
            for body in bodies:
                feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
            baseline = time.perf_counter() - started

            settings = Settings(
                db_path=workdir / "bench.db",
                allow_private_feeds=True,
                demo_feed="",
                backfill=1,
                full_text="never",
            )
            first_time, steady_time, posts, rss_before, peak = await _cycles(settings, port)
            pg_first, pg_steady, pg_posts, scaled, slow, headroom = await _postgres_cycles(settings, port)
        finally:
            server.terminate()
            server.wait()
    return {
        "feeds": FEEDS,
        "entries per feed": ENTRIES,
        "posts stored": posts,
        "first cycle (s)": round(first_time, 2),
        "first cycle feeds/s": round(FEEDS / first_time, 1),
        "first cycle entries/s": round(FEEDS * ENTRIES / first_time, 1),
        "bare feedparser over the same bytes (s)": round(baseline, 2),
        "first cycle / bare feedparser": round(first_time / baseline, 2),
        "steady state (all 304) (s)": round(steady_time, 2),
        "steady state feeds/s": round(FEEDS / steady_time, 1),
        "PostgreSQL, one process: first cycle feeds/s": f"{FEEDS / pg_first:.1f} ({first_time / pg_first:.2f}x SQLite)",
        "PostgreSQL, one process: steady state feeds/s": f"{FEEDS / pg_steady:.1f} ({steady_time / pg_steady:.2f}x SQLite)",
        "PostgreSQL: posts stored": pg_posts,
        "PostgreSQL, 1 worker process: steady state feeds/s": f"{FEEDS / scaled[1]:.1f}",
        "PostgreSQL, 3 worker processes: steady state feeds/s": f"{FEEDS / scaled[3]:.1f} "
        f"({scaled[1] / scaled[3]:.2f}x one process)",
        "same run: 3 processes of pure CPU work vs one (this machine's headroom now)": f"{headroom:.2f}x",
        f"PostgreSQL, feeds answering in {LATENCY * 1000:.0f} ms, 1 worker process: steady state feeds/s": (
            f"{FEEDS / slow[1]:.1f}"
        ),
        f"PostgreSQL, feeds answering in {LATENCY * 1000:.0f} ms, 3 worker processes: steady state feeds/s": (
            f"{FEEDS / slow[3]:.1f} ({slow[1] / slow[3]:.2f}x one process)"
        ),
        "peak RSS (MB)": round(peak, 1),
        "RSS growth during first cycle (MB)": round(peak - rss_before, 1),
    }
