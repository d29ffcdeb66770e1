"""Worker processes for the PostgreSQL lines of ``make bench``: the same work through one process and three.

    python -m bench.workers feeds URL                          one steady-state feed cycle (every feed due)
    python -m bench.workers votes URL POLL FIRST COUNT INFLIGHT  COUNT members' votes, INFLIGHT at a time
    python -m bench.workers spin - ROUNDS                      pure CPU work: what several processes can
                                                               gain on this machine at all (the baseline)

A worker gets ready (imports, connects, warms up), prints ``ready``, waits for a line on standard input, does
its part and prints one JSON line: what it did and, for votes, each vote's latency. :func:`run_workers` starts
them, says go to all at once and times from go to the last answer, so start-up is not counted.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


async def run_workers(commands: list[list[str]]) -> tuple[float, list[dict[str, Any]]]:
    """Run one worker per command side by side: (seconds from go to the last answer, their answers)."""
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.workers",
            *command,
            cwd=ROOT,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            limit=1 << 24,  # a votes answer carries every latency on one line
        )
        for command in commands
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None
            ready = await proc.stdout.readline()
            if ready.strip() != b"ready":
                raise RuntimeError(f"a bench worker failed to start: {ready!r}")
        started = time.perf_counter()
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write(b"go\n")
            await proc.stdin.drain()
        answers = []
        for proc in procs:
            assert proc.stdout is not None
            answers.append(json.loads(await proc.stdout.readline()))
        seconds = time.perf_counter() - started
    finally:
        for proc in procs:
            if proc.returncode is None:
                proc.kill()
            await proc.wait()
    return seconds, answers


async def _go() -> None:
    print("ready", flush=True)
    await asyncio.to_thread(sys.stdin.readline)


async def _feeds(url: str) -> dict[str, Any]:
    from bot.config import Settings
    from bot.core import Pollwatch

    with tempfile.TemporaryDirectory(prefix="pollwatch-bench-") as tmp:
        settings = Settings(
            db_path=Path(tmp) / "unused.db",
            db_url=url,
            allow_private_feeds=True,
            demo_feed="",
            full_text="never",
        )
        core = await Pollwatch.open(settings)
        try:
            await core.storage.feeds.next_due_at()  # the pool's connection is open before go
            await _go()
            outcomes = await core.watcher.check_due()
        finally:
            await core.close()
    return {"feeds": len(outcomes), "statuses": sorted({o.status for o in outcomes})}


async def _votes(url: str, poll_id: int, first: int, count: int, inflight: int) -> dict[str, Any]:
    from datetime import UTC, datetime

    from bot.models import Actor
    from bot.polls.service import PollService
    from bot.storage import Storage

    now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    storage = await Storage.open(url)
    try:
        with tempfile.TemporaryDirectory(prefix="pollwatch-bench-") as tmp:
            service = PollService(storage, chart_dir=Path(tmp), voter_salt="bench-salt")
            # Warm-up: the poll's spec and state, and the pool's connections.
            await asyncio.gather(
                *(service.vote(Actor("warm", f"w{first}-{i}"), poll_id, 0, now=now) for i in range(inflight))
            )
            await _go()
            latencies: list[float] = []
            members = iter(range(first, first + count))

            async def worker() -> None:
                for i in members:
                    started = time.perf_counter()
                    await service.vote(Actor("bench", f"member-{i}"), poll_id, i % 3, now=now)
                    latencies.append(time.perf_counter() - started)

            await asyncio.gather(*(worker() for _ in range(inflight)))
    finally:
        await storage.close()
    return {"votes": len(latencies), "latencies": [round(x, 6) for x in latencies]}


async def _spin(rounds: int) -> dict[str, Any]:
    import hashlib

    await _go()
    digest = b""
    for _ in range(rounds):
        digest = hashlib.sha256(digest).digest()
    return {"rounds": rounds}


async def machine_parallelism(rounds: int = 400_000) -> float:
    """How much faster three processes of pure CPU work finish than one doing the same work three times
    over, now, on this machine: 3.0 on three idle cores, about 1.0 on one free core. The ceiling for any
    three-process figure of the same run."""
    one, _ = await run_workers([["spin", "-", str(rounds * 3)]])
    three, _ = await run_workers([["spin", "-", str(rounds)]] * 3)
    return one / three


def main(argv: list[str]) -> None:
    kind, url, *rest = argv
    if kind == "spin":
        answer = asyncio.run(_spin(int(rest[0])))
    elif kind == "feeds":
        answer = asyncio.run(_feeds(url))
    else:
        poll_id, first, count, inflight = (int(x) for x in rest)
        answer = asyncio.run(_votes(url, poll_id, first, count, inflight))
    print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
