"""Where feed parsing runs: worker processes with a time and a memory limit each, or a thread.

feedparser is pure Python, so parsing in threads keeps the event loop free but still takes turns on one
core under the GIL. Worker processes parse in parallel with everything else the bot does (fetching,
storing, reading); on two cores that roughly halved the first cycle over 500 new feeds (docs/benchmarks.md).

A worker (:mod:`bot.feeds.parse_worker`) is a plain child process talking over its stdin and stdout. A parse
that takes longer than ``time_limit`` seconds gets its worker killed; one that needs more than
``memory_mb`` megabytes of address space fails inside its worker. Either way the feed fails with a sentence
an admin understands and a fresh worker takes the next feed. Workers die with the bot, however it dies.

A parse that runs long must not starve the others: when every worker has been busy for more than
``grace`` seconds and a feed is waiting, an extra worker starts (up to twice ``workers``); extra workers stop
once they are done. So a few hostile feeds each hold a worker for up to ``time_limit``, while the healthy
feeds beside them are parsed at once.

``workers=0`` parses in a thread instead, without those limits (tests, tiny deployments).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import sys
from dataclasses import dataclass
from typing import Any

from bot.errors import FeedError
from bot.feeds.parse import ParsedEntry, ParsedFeed, parse_feed
from bot.feeds.parse_worker import _HEADER

log = logging.getLogger(__name__)


@dataclass(eq=False)
class _Worker:
    process: asyncio.subprocess.Process
    since: float = 0.0  # when its current parse started (loop time)

    @property
    def alive(self) -> bool:
        return self.process.returncode is None

    async def ask(self, body: bytes, content_type: str) -> dict[str, Any]:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        kind = content_type.encode("utf-8", "replace")
        stdin.write(b"".join((_HEADER.pack(len(kind)), kind, _HEADER.pack(len(body)), body)))
        await stdin.drain()
        (size,) = _HEADER.unpack(await stdout.readexactly(_HEADER.size))
        answer: dict[str, Any] = json.loads(await stdout.readexactly(size))
        return answer

    async def stop(self) -> None:
        if self.alive:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()
        with contextlib.suppress(ProcessLookupError):
            await self.process.wait()


class ParsePool:
    def __init__(
        self, workers: int, *, time_limit: float = 10.0, memory_mb: int = 160, grace: float = 1.0
    ) -> None:
        self._workers = workers
        self._time_limit = time_limit
        self._memory_mb = memory_mb
        self._grace = grace
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._starting = 0
        self._released: asyncio.Event | None = None

    @property
    def pids(self) -> list[int]:
        """The worker processes now running (for the soak benchmark and tests)."""
        return [w.process.pid for w in [*self._idle, *self._busy] if w.alive]

    async def parse(self, body: bytes, content_type: str = "") -> ParsedFeed:
        if self._workers <= 0:
            return await asyncio.to_thread(parse_feed, body, content_type)
        worker = await self._acquire()
        try:
            answer = await asyncio.wait_for(worker.ask(body, content_type), self._time_limit)
        except TimeoutError:
            await worker.stop()
            raise FeedError(
                f"the feed took more than {self._time_limit:g} s to read, so pollwatch stopped reading it"
            ) from None
        except (asyncio.IncompleteReadError, ConnectionError, ValueError):
            await worker.stop()
            code = worker.process.returncode
            log.warning("a feed parser process stopped (exit status %s); starting another", code)
            raise FeedError(self._died_message(code)) from None
        finally:
            await self._release(worker)
        if "feed" in answer:
            return _feed_from(answer["feed"])
        if "error" in answer:
            raise FeedError(str(answer["error"]))
        raise FeedError(self._died_message(3))

    def _died_message(self, code: int | None) -> str:
        if code in (3, -9, 137):
            return (
                f"the feed needed more than {self._memory_mb} MB of memory to read, so pollwatch "
                "stopped reading it"
            )
        return "the feed parser stopped unexpectedly while reading this feed"

    async def _acquire(self) -> _Worker:
        """An idle worker; a new one while fewer than ``workers`` run, or when all have been stuck on
        long parses for ``grace`` seconds (up to twice ``workers``); else wait for one to come free."""
        if self._released is None:
            self._released = asyncio.Event()
        while True:
            while self._idle:
                worker = self._idle.pop()
                if worker.alive:
                    return self._busy_now(worker)
            running = len(self._busy) + self._starting
            now = asyncio.get_running_loop().time()
            stuck = all(now - w.since >= self._grace for w in self._busy)
            if running < self._workers or (stuck and running < 2 * self._workers):
                self._starting += 1
                try:
                    return self._busy_now(await self._spawn())
                finally:
                    self._starting -= 1
            self._released.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._released.wait(), self._grace)

    def _busy_now(self, worker: _Worker) -> _Worker:
        worker.since = asyncio.get_running_loop().time()
        self._busy.add(worker)
        return worker

    async def _release(self, worker: _Worker) -> None:
        self._busy.discard(worker)
        if worker.alive:
            if len(self._busy) + len(self._idle) >= self._workers:
                await worker.stop()  # an extra worker: it goes once the rush is over
            else:
                self._idle.append(worker)
        if self._released is not None:
            self._released.set()

    async def _spawn(self) -> _Worker:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.feeds.parse_worker",
            str(os.getpid()),
            str(self._memory_mb * 1024 * 1024),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        return _Worker(process)

    async def aclose(self) -> None:
        workers = [*self._idle, *self._busy]
        self._idle, self._busy = [], set()
        for worker in workers:
            await worker.stop()

    def close(self) -> None:
        """Kill the workers without waiting (for callers outside the event loop)."""
        for worker in [*self._idle, *self._busy]:
            if worker.alive:
                with contextlib.suppress(ProcessLookupError):
                    worker.process.kill()
        self._idle, self._busy = [], set()


def _feed_from(data: dict[str, Any]) -> ParsedFeed:
    return ParsedFeed(
        title=data["title"],
        link=data["link"],
        entries=tuple(ParsedEntry(**entry) for entry in data["entries"]),
        warning=data["warning"],
    )
