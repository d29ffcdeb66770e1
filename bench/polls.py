"""Reader polls: how fast votes are stored, and how long closing a big poll takes.

* **Votes.** One poll, ``VOTERS`` distinct members, each vote through ``PollService.vote`` exactly as an adapter
  calls it (one write transaction per vote, committed before the call returns), on a real SQLite file in a
  temporary directory. ``CONCURRENCY`` votes are in flight at a time, as clicks arriving together; the
  latency of a vote is from the call to its return, queueing behind the other in-flight votes included.
* **PostgreSQL.** The same votes through one process over a fresh database on a throwaway local PostgreSQL
  server (the tests' own, on a Unix socket, fsync off: it measures pollwatch's side and the round trips,
  not the disk), beside the SQLite figure of the same run.
* **Several processes.** Worker processes over that database (:mod:`bench.workers`), one and then three,
  each casting ``VOTERS`` votes of its own (``CONCURRENCY`` in flight) on one poll, timed from go to the last
  worker's answer; p99 over every vote of the run. The machine's headroom for three processes (pure CPU work,
  three processes against one) is measured alongside: on a machine with few free cores it caps the ratio.
* **Close and render.** A poll with ``BIG_POLL`` votes (and two published populations to compare with) is
  closed by a moderator: the idempotent close, the tally, the comparison and the PNG chart.

Run alone with ``python -m bench polls`` (``make bench`` runs every section).
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.models import Actor, Figure, FigureGroup, PollMeta, Role
from bot.polls.service import PollService, Question, draft_from
from bot.storage import Storage

VOTERS = 5_000
CONCURRENCY = 16
BIG_POLL = 10_000
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
MOD = Actor("bench", "moderator", roles=frozenset({Role.MODERATOR}))
QUESTION = "Is the Taliban's comeback a threat to the U.S.?"


def _question() -> Question:
    def group(gid: str, population: str, values: tuple[float, float]) -> FigureGroup:
        answers = ("Yes, a threat", "No, not a threat")
        figures = tuple(
            Figure(v, 0, 2, gid, QUESTION, a, population, "YouGov")
            for v, a in zip(values, answers, strict=True)
        )
        return FigureGroup(gid, QUESTION, population, "YouGov", "", figures)

    groups = (group("g1", "registered voters", (60, 14)), group("g2", "2020 Trump voters", (83, 6)))
    return Question("p1q1", 1, 1, QUESTION, groups, "bench", "https://example.org/post", NOW, "YouGov")


async def _start(service: PollService, channel: str) -> int:
    draft = draft_from(_question(), PollMeta(pollster="YouGov", sample_size=1000, margin_of_error=3.2))
    draft = replace(draft, post_id=None)  # no post row in the bench database
    poll = await service.start(MOD, "bench", channel, draft=draft, duration=timedelta(days=1), now=NOW)
    return poll.id


async def _cast(
    service: PollService, poll_id: int, voters: int, concurrency: int
) -> tuple[float, list[float]]:
    """Cast one vote per voter with ``concurrency`` in flight; returns (seconds, per-vote latencies)."""
    latencies: list[float] = []
    next_voter = iter(range(voters))

    async def worker() -> None:
        for i in next_voter:
            actor = Actor("bench", f"member-{i}")
            started = time.perf_counter()
            await service.vote(actor, poll_id, i % 3, now=NOW)
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - started, latencies


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000, method="inclusive")[int(q * 1000) - 1]


async def run() -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="pollwatch-bench-") as tmp:
        storage = await Storage.open(Path(tmp) / "bench.db")
        try:
            service = PollService(storage, chart_dir=Path(tmp) / "charts", voter_salt="bench-salt")
            # Warm-up: the chart library's first import and font cache are per process, not per close.
            warm = await _start(service, "warm-up")
            await _cast(service, warm, 50, 4)
            await service.close(MOD, warm, now=NOW)

            poll_id = await _start(service, "votes")
            seconds, latencies = await _cast(service, poll_id, VOTERS, CONCURRENCY)
            counted = (await service.results(MOD, poll_id, now=NOW)).n

            big = await _start(service, "big")
            await _cast(service, big, BIG_POLL, CONCURRENCY)
            started = time.perf_counter()
            closed = await service.close(MOD, big, now=NOW)
            close_seconds = time.perf_counter() - started
            assert closed.results.n == BIG_POLL and closed.chart_path is not None
            chart_kb = closed.chart_path.stat().st_size / 1024
        finally:
            await storage.close()

    assert counted == VOTERS, f"counted {counted} of {VOTERS} votes"
    pg_seconds, pg_latencies, scaled, headroom = await _postgres_votes()
    (one_s, one_lat, one_n), (three_s, three_lat, three_n) = scaled[1], scaled[3]
    return {
        "votes recorded per second (1 poll, 5,000 members, 16 in flight)": f"{VOTERS / seconds:,.0f}",
        "vote latency p50 / p99 under that load": f"{_p(latencies, 0.5) * 1000:.1f} ms / {_p(latencies, 0.99) * 1000:.1f} ms",
        "PostgreSQL, one process: votes per second (same load)": f"{VOTERS / pg_seconds:,.0f} "
        f"({seconds / pg_seconds:.2f}x SQLite)",
        "PostgreSQL, one process: vote latency p50 / p99": f"{_p(pg_latencies, 0.5) * 1000:.1f} ms / "
        f"{_p(pg_latencies, 0.99) * 1000:.1f} ms",
        "PostgreSQL, 1 worker process: votes per second / p99": f"{one_n / one_s:,.0f} / "
        f"{_p(one_lat, 0.99) * 1000:.1f} ms",
        f"PostgreSQL, 3 worker processes ({CONCURRENCY} in flight each): votes per second / p99": (
            f"{three_n / three_s:,.0f} ({one_s / one_n * three_n / three_s:.2f}x one process) / "
            f"{_p(three_lat, 0.99) * 1000:.1f} ms"
        ),
        "same run: 3 processes of pure CPU work vs one (this machine's headroom now)": f"{headroom:.2f}x",
        "votes counted": f"{counted:,} of {VOTERS:,}",
        "close a 10,000-vote poll + compare + render chart": f"{close_seconds * 1000:.0f} ms (PNG {chart_kb:.0f} KB)",
    }


Scaled = dict[int, tuple[float, list[float], int]]


async def _postgres_votes() -> tuple[float, list[float], Scaled, float]:
    """VOTERS votes, CONCURRENCY in flight, through this process over PostgreSQL; then through worker
    processes sharing the database (:mod:`bench.workers`), one and three, each casting VOTERS votes of its
    own on one poll: {processes: (seconds, latencies, votes)}; and the machine's headroom alongside."""
    from bench.workers import machine_parallelism, run_workers
    from tests.pg_server import PgServer  # the tests' throwaway server: initdb + pg_ctl, Unix socket

    server = PgServer()
    await asyncio.to_thread(server.start)
    scaled: Scaled = {}
    try:
        _name, url = await asyncio.to_thread(server.create_database)
        storage = await Storage.open(url)
        try:
            with tempfile.TemporaryDirectory(prefix="pollwatch-bench-") as tmp:
                service = PollService(storage, chart_dir=Path(tmp) / "charts", voter_salt="bench-salt")
                warm = await _start(service, "warm-up")
                await _cast(service, warm, 200, CONCURRENCY)
                poll_id = await _start(service, "votes")
                seconds, latencies = await _cast(service, poll_id, VOTERS, CONCURRENCY)
                counted = (await service.results(MOD, poll_id, now=NOW)).n
                headroom = await machine_parallelism()
                for processes in (1, 3):
                    poll = await _start(service, f"votes-{processes}")
                    wall, answers = await run_workers(
                        [
                            ["votes", url, str(poll), str(k * VOTERS), str(VOTERS), str(CONCURRENCY)]
                            for k in range(processes)
                        ]
                    )
                    cast = sum(a["votes"] for a in answers)
                    stored = (await service.results(MOD, poll, now=NOW)).n
                    warm_ups = processes * CONCURRENCY
                    assert cast == processes * VOTERS and stored == cast + warm_ups, (cast, stored)
                    scaled[processes] = (wall, [x for a in answers for x in a["latencies"]], cast)
        finally:
            await storage.close()
    finally:
        await asyncio.to_thread(server.stop)
    assert counted == VOTERS, f"PostgreSQL counted {counted} of {VOTERS} votes"
    return seconds, latencies, scaled, headroom


if __name__ == "__main__":
    for name, value in asyncio.run(run()).items():
        print(f"{name}: {value}")
