"""Where feed parsing runs: worker processes, or a thread.

feedparser is pure Python, so parsing in threads keeps the event loop free but still takes turns on one
core under the GIL. Worker processes parse in parallel with everything else the bot does (fetching,
storing, reading); on two cores that roughly halved the first cycle over 500 new feeds (docs/benchmarks.md).
``workers=0`` parses in a thread instead (tests, tiny deployments).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from bot.feeds.parse import ParsedFeed, parse_feed

log = logging.getLogger(__name__)


def _ignore_interrupts() -> None:
    """Ctrl-C reaches the whole process group; the main process shuts the workers down itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class ParsePool:
    def __init__(self, workers: int) -> None:
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None

    async def parse(self, body: bytes, content_type: str = "") -> ParsedFeed:
        if self._workers <= 0:
            return await asyncio.to_thread(parse_feed, body, content_type)
        if self._pool is None:
            # forkserver, not fork: the bot has threads (SQLite, DNS) that a fork would copy mid-flight.
            self._pool = ProcessPoolExecutor(
                self._workers,
                mp_context=multiprocessing.get_context("forkserver"),
                initializer=_ignore_interrupts,
            )
        try:
            return await asyncio.get_running_loop().run_in_executor(
                self._pool, parse_feed, body, content_type
            )
        except BrokenProcessPool:
            log.warning("a feed parser process died; parsing in a thread from now on")
            self.close()
            self._workers = 0
            return await asyncio.to_thread(parse_feed, body, content_type)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
