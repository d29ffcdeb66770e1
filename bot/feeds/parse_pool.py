"""Where feed parsing runs: worker processes with a time and a memory limit each, or a thread.

feedparser is pure Python, so parsing in threads keeps the event loop free but still takes turns on one
core under the GIL. Worker processes parse in parallel with everything else the bot does (fetching,
storing, reading); on two cores that roughly halved the first cycle over 500 new feeds (docs/benchmarks.md).

A worker (:mod:`bot.feeds.parse_worker`) is a plain child process talking over its stdin and stdout. A parse
that takes longer than ``time_limit`` seconds gets its worker killed; one that needs more than
``memory_mb`` megabytes of address space fails inside its worker. Either way the feed fails with a sentence
an admin understands and a fresh worker takes the next feed. Workers die with the bot, however it dies.

A parse that runs long must not starve the others: when every worker has been busy for more than
``grace`` seconds (2 s) and a feed is waiting, an extra worker starts (up to twice ``workers``); extra workers
stop once no feed is waiting. So a few hostile feeds each hold a worker for up to ``time_limit``, while the healthy
feeds beside them are parsed at once.

Memory goes with the body: feedparser needs roughly ten times a feed's size while it reads it (a 5.5 MB
feed: about 40 MB more in its worker), so several multi-MB feeds read at once add up however many workers
there are. Bodies over ``BIG_BODY`` bytes therefore share a budget (``BIG_BUDGET`` bytes in flight; one is
always let through): small feeds never wait, and a second big feed waits for the first instead of doubling
the pool's peak. In the soak benchmark this and the lazy imports kept every run under 300 MB
(docs/benchmarks.md).

``workers=0`` parses in a thread instead, without those limits (tests, tiny deployments).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import sys
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from bot.errors import FeedError
from bot.feeds.parse import ParsedEntry, ParsedFeed, parse_feed
from bot.feeds.parse_worker import _HEADER, RETIRE_MB

log = logging.getLogger(__name__)


_SLICE = 64 * 1024
BIG_BODY = 1024 * 1024
BIG_BUDGET = 6 * 1024 * 1024


class _WorkerGone(Exception):
    """The worker ended before answering; ``started`` says whether it was working on this request."""

    def __init__(self, started: bool) -> None:
        super().__init__("worker gone")
        self.started = started


@dataclass(eq=False)
class _Request:
    answer: asyncio.Future[dict[str, Any]]
    started: asyncio.Event = field(default_factory=asyncio.Event)
    started_at: float = 0.0

    def start(self, now: float) -> None:
        self.started_at = now
        self.started.set()


@dataclass(eq=False)
class _Worker:
    """One worker process. Up to two requests are in flight (the next one waits in the pipe, so the worker
    never sits idle between feeds); answers come back in order and a reader task hands them out."""

    process: asyncio.subprocess.Process
    queue: deque[_Request] = field(default_factory=deque)
    retired: bool = False  # killed, or said it will exit: nothing new goes to it
    reader: asyncio.Task[None] | None = None
    writing: asyncio.Lock = field(default_factory=asyncio.Lock)  # one request's bytes at a time

    @property
    def alive(self) -> bool:
        return self.process.returncode is None and not self.retired

    def head_age(self, now: float) -> float:
        head = self.queue[0] if self.queue else None
        return now - head.started_at if head is not None and head.started.is_set() else 0.0

    async def send(self, body: bytes, content_type: str) -> _Request:
        """Queue a request and write it; a big body goes in slices, so the pipe transport never holds a
        copy of the whole of it (the bot's memory stays flat however large the feeds in flight)."""
        stdin = self.process.stdin
        assert stdin is not None
        loop = asyncio.get_running_loop()
        request = _Request(loop.create_future())
        if not self.queue:
            request.start(loop.time())
        self.queue.append(request)  # answers come back in this order, and the lock keeps writes in it
        if self.reader is None:
            self.reader = asyncio.create_task(self._read_answers())
        kind = content_type.encode("utf-8", "replace")
        head = _HEADER.pack(len(kind)) + kind + _HEADER.pack(len(body))
        async with self.writing:
            try:
                if len(body) <= _SLICE:
                    stdin.write(head + body)
                    return request
                stdin.write(head)
                view = memoryview(body)
                for start in range(0, len(view), _SLICE):
                    stdin.write(view[start : start + _SLICE])
                    await stdin.drain()
            except (ConnectionError, RuntimeError):
                pass  # the worker is gone; the reader task fails this request with the others
        return request

    async def _read_answers(self) -> None:
        stdout = self.process.stdout
        assert stdout is not None
        loop = asyncio.get_running_loop()
        try:
            while True:
                (size,) = _HEADER.unpack(await stdout.readexactly(_HEADER.size))
                answer: dict[str, Any] = json.loads(await stdout.readexactly(size))
                request = self.queue.popleft()
                if not request.answer.done():
                    request.answer.set_result(answer)
                if answer.get("memory") or answer.get("retire"):
                    self.retired = True  # it exits now; what waits behind it goes elsewhere
                    break
                if self.queue:
                    self.queue[0].start(loop.time())
        except (asyncio.IncompleteReadError, ConnectionError, ValueError, IndexError):
            pass
        finally:
            self.retired = True
            while self.queue:
                request = self.queue.popleft()
                if not request.answer.done():
                    request.answer.set_exception(_WorkerGone(request.started.is_set()))
                    request.answer.exception()  # its owner may have given up on it (a timeout): no log
                request.started.set()

    async def stop(self) -> None:
        self.retired = True
        if self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()
        with contextlib.suppress(ProcessLookupError):
            await self.process.wait()
        if self.reader is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self.reader


class ParsePool:
    def __init__(
        self,
        workers: int,
        *,
        time_limit: float = 10.0,
        memory_mb: int = 128,
        grace: float = 2.0,
        retire_mb: float = RETIRE_MB,
    ) -> None:
        self._workers = workers
        self._retire_mb = retire_mb
        self._time_limit = time_limit
        self._memory_mb = memory_mb
        self._grace = grace
        self._running: list[_Worker] = []
        self._starting = 0
        self._waiting = 0  # requests waiting for a worker
        self._released: asyncio.Event | None = None
        self._big_in_flight = 0
        self._big_done: asyncio.Condition | None = None

    @property
    def big_in_flight(self) -> int:
        """Bytes of bodies over ``BIG_BODY`` being parsed now."""
        return self._big_in_flight

    @property
    def pids(self) -> list[int]:
        """The worker processes now running (for the soak benchmark and tests)."""
        return [w.process.pid for w in self._running if w.process.returncode is None]

    async def parse(self, body: bytes, content_type: str = "") -> ParsedFeed:
        if self._workers <= 0:
            return await asyncio.to_thread(parse_feed, body, content_type)
        if len(body) <= BIG_BODY:
            return await self._parse(body, content_type)
        if self._big_done is None:
            self._big_done = asyncio.Condition()
        async with self._big_done:
            await self._big_done.wait_for(
                lambda: not self._big_in_flight or self._big_in_flight + len(body) <= BIG_BUDGET
            )
            self._big_in_flight += len(body)
        try:
            return await self._parse(body, content_type)
        finally:
            async with self._big_done:
                self._big_in_flight -= len(body)
                self._big_done.notify_all()

    async def _parse(self, body: bytes, content_type: str) -> ParsedFeed:
        for _attempt in range(3):
            worker = await self._acquire()
            request = await worker.send(body, content_type)
            try:
                answer = await self._await(worker, request)
            except _WorkerGone as gone:
                if not gone.started:
                    continue  # the worker went down with another feed's parse: try this one elsewhere
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
        raise FeedError("the feed parser stopped unexpectedly while reading this feed")

    async def _await(self, worker: _Worker, request: _Request) -> dict[str, Any]:
        await request.started.wait()  # the parse before ours is bounded by its own time limit
        loop = asyncio.get_running_loop()
        left = request.started_at + self._time_limit - loop.time()
        try:
            return await asyncio.wait_for(asyncio.shield(request.answer), max(left, 0.0))
        except TimeoutError:
            if request.answer.done():
                return request.answer.result()
            await worker.stop()
            raise FeedError(
                f"the feed took more than {self._time_limit:g} s to read, so pollwatch stopped reading it"
            ) from None

    def _died_message(self, code: int | None) -> str:
        if code in (3, -9, 137):
            return (
                f"the feed needed more than {self._memory_mb} MB of memory to read, so pollwatch "
                "stopped reading it"
            )
        return "the feed parser stopped unexpectedly while reading this feed"

    async def _acquire(self) -> _Worker:
        """An idle worker; else one whose current parse is young (the request waits in its pipe); a new
        one while fewer than ``workers`` run, or when all have been stuck on long parses for ``grace``
        seconds (up to twice ``workers``); else wait for one to come free."""
        if self._released is None:
            self._released = asyncio.Event()
        loop = asyncio.get_running_loop()
        while True:
            self._running = [w for w in self._running if w.alive]
            idle = [w for w in self._running if not w.queue]
            if idle:
                return idle[0]
            now = loop.time()
            young = [w for w in self._running if len(w.queue) == 1 and w.head_age(now) < self._grace]
            stuck = all(w.head_age(now) >= self._grace for w in self._running)
            running = len(self._running) + self._starting
            if running < self._workers or (stuck and running < 2 * self._workers):
                self._starting += 1
                try:
                    worker = await self._spawn()
                finally:
                    self._starting -= 1
                self._running.append(worker)
                return worker
            if young:
                return young[0]
            self._released.clear()
            self._waiting += 1
            try:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._released.wait(), self._grace)
            finally:
                self._waiting -= 1

    async def _release(self, worker: _Worker) -> None:
        extra = len(self._running) > self._workers
        if worker.alive and not worker.queue and extra and not self._waiting:
            self._running.remove(worker)
            await worker.stop()  # an extra worker: it goes once the rush is over
        if self._released is not None:
            self._released.set()

    async def _spawn(self) -> _Worker:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.feeds.parse_worker",
            str(os.getpid()),
            str(self._memory_mb * 1024 * 1024),
            str(self._retire_mb),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        return _Worker(process)

    async def aclose(self) -> None:
        workers, self._running = self._running, []
        for worker in workers:
            await worker.stop()

    def close(self) -> None:
        """Kill the workers without waiting (for callers outside the event loop)."""
        for worker in self._running:
            worker.retired = True
            if worker.process.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    worker.process.kill()
        self._running = []


def _feed_from(data: dict[str, Any]) -> ParsedFeed:
    return ParsedFeed(
        title=data["title"],
        link=data["link"],
        entries=tuple(ParsedEntry(**entry) for entry in data["entries"]),
        warning=data["warning"],
    )
