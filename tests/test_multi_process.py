"""Three ``pollwatch run`` processes over one PostgreSQL database, one of them killed mid-cycle and restarted.

300 loopback feeds, each followed by one of 30 console channels; every process prints the digests it delivers
to its own output file. The feed server records every fetch and which process made it (each process names
itself in its User-Agent through POLLWATCH_CONTACT_URL). After the restart a poll is voted on through all three
processes' console commands and left to close at its deadline, whichever process sees it first.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

import pytest
from aiohttp import web

from bot.polls.models import Poll, PollOption, PollSpec
from bot.storage import Storage
from tests.pg_server import PgServer
from tests.support import rss

ROOT = Path(__file__).resolve().parent.parent
FEEDS = 300
CHANNELS = 30
ENTRIES = 2
INTERVAL = 15.0  # POLLWATCH_CHECK_INTERVAL: a feed is due again 13.5-16.5 s after its check
DIGEST = re.compile(r"^\[#(ch\d+)\] == (Feed \d+ post \d+) ==", re.MULTILINE)
ANSWER = re.compile(r"^(m\d+): (.*)$", re.MULTILINE)


@dataclass
class Fetches:
    """Every fetch the feed server answered: (feed, process, monotonic time)."""

    log: list[tuple[int, str, float]] = field(default_factory=list)

    def app(self) -> web.Application:
        bodies = {
            i: rss(
                [
                    {
                        "title": f"Feed {i} post {n}",
                        "guid": f"urn:multi:{i}:{n}",
                        "link": f"https://example.org/{i}/{n}",
                        "pubDate": f"Mon, 0{n + 1} Jun 2026 12:00:00 +0000",
                        "description": f"<p>Entry {n} of feed {i}.</p>",
                    }
                    for n in reversed(range(ENTRIES))
                ],
                title=f"Feed {i}",
            ).encode()
            for i in range(FEEDS)
        }

        async def handle(request: web.Request) -> web.Response:
            index = int(request.match_info["index"])
            who = request.headers.get("User-Agent", "").rpartition("/proc-")[2].rstrip(")")
            self.log.append((index, who, time.monotonic()))
            await asyncio.sleep(0.05)  # a little network time, so a cycle lasts long enough to be cut
            etag = f'"feed-{index}"'
            if request.headers.get("If-None-Match") == etag:
                return web.Response(status=304, headers={"ETag": etag})
            return web.Response(
                body=bodies[index], headers={"ETag": etag, "Content-Type": "application/rss+xml"}
            )

        app = web.Application()
        app.router.add_get("/feed/{index}", handle)
        return app


class Process:
    """One ``pollwatch run --commands -`` with its output in a file."""

    def __init__(self, name: str, workdir: Path, env: dict[str, str]) -> None:
        self.name = name
        self.out_path = workdir / f"{name}.out"
        self.err_path = workdir / f"{name}.err"
        self._env = {**env, "POLLWATCH_CONTACT_URL": f"https://example.org/proc-{name}"}
        self._workdir = workdir
        self.proc: asyncio.subprocess.Process | None = None
        self._files: list[IO[bytes]] = []

    async def start(self) -> None:
        out, err = self.out_path.open("wb"), self.err_path.open("wb")
        self._files = [out, err]
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            "--commands",
            "-",
            cwd=self._workdir,
            env=self._env,
            stdin=asyncio.subprocess.PIPE,
            stdout=out,
            stderr=err,
        )

    def output(self) -> str:
        return self.out_path.read_text(errors="replace")

    def errors(self) -> str:
        return self.err_path.read_text(errors="replace")

    async def command(self, line: str) -> None:
        assert self.proc is not None and self.proc.stdin is not None
        self.proc.stdin.write(line.encode() + b"\n")
        await self.proc.stdin.drain()

    async def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        await self.proc.wait()
        self._close_files()

    async def stop(self) -> int | None:
        if self.proc is None or self.proc.returncode is not None:
            self._close_files()
            return None if self.proc is None else self.proc.returncode
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = await asyncio.wait_for(self.proc.wait(), 30)
        except TimeoutError:
            self.proc.kill()
            code = await self.proc.wait()
        self._close_files()
        return code

    def _close_files(self) -> None:
        for f in self._files:
            f.close()
        self._files = []


async def _wait_for(condition: object, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if callable(condition) and await _value(condition()):
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


async def _value(value: object) -> object:
    return await value if asyncio.iscoroutine(value) else value


def _digests(texts: list[str]) -> Counter[tuple[str, str]]:
    return Counter(m for text in texts for m in DIGEST.findall(text))


def _pairs(log: list[tuple[int, str, float]]) -> Iterator[tuple[tuple[str, float], tuple[str, float]]]:
    by_feed: dict[int, list[tuple[str, float]]] = {}
    for feed, who, at in log:
        by_feed.setdefault(feed, []).append((who, at))
    for fetches in by_feed.values():
        fetches.sort(key=lambda f: f[1])
        yield from itertools.pairwise(fetches)


@pytest.mark.slow
async def test_three_processes_share_feeds_outbox_and_a_poll_through_a_kill(
    tmp_path: Path, pg_server: PgServer
) -> None:
    fetches = Fetches()
    runner = web.AppRunner(fetches.app(), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    name, url = pg_server.create_database()

    storage = await Storage.open(url, owner="test")
    processes: list[Process] = []
    try:
        now = time.time()
        for i in range(FEEDS):
            feed, _ = await storage.feeds.add(f"http://127.0.0.1:{port}/feed/{i}", now, full_text="never")
            await storage.subscriptions.add(
                feed.id, "console", f"ch{i % CHANNELS}", backfill=ENTRIES, now=now
            )

        env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
        env.update(
            POLLWATCH_DB=url,
            POLLWATCH_DEMO_FEED="",
            POLLWATCH_ALLOW_PRIVATE_FEEDS="true",
            POLLWATCH_FULL_TEXT="never",
            POLLWATCH_PARSE_WORKERS="0",
            POLLWATCH_CHECK_INTERVAL=str(INTERVAL),
            POLLWATCH_MIN_CHECK_INTERVAL=str(INTERVAL),
            POLLWATCH_CHART_DIR=str(tmp_path / "charts"),
            POLLWATCH_LOG_LEVEL="INFO",
            PYTHONPATH=str(ROOT),
        )
        a, b, c = (Process(n, tmp_path, env) for n in ("a", "b", "c"))
        processes += [a, b, c]
        await asyncio.gather(a.start(), b.start(), c.start())

        # Kill b as soon as it has delivered something: mid-cycle, holding feed leases and outbox claims.
        await _wait_for(lambda: len(DIGEST.findall(b.output())) >= 3, 90, "process b's first digests")
        await b.kill()
        killed_at = time.monotonic()
        fetched_before_kill = {feed for feed, _who, at in fetches.log if at <= killed_at}
        printed_by_b = _digests([b.output()])
        assert len(fetched_before_kill) < FEEDS, "the first cycle had ended before the kill: not mid-cycle"

        b2 = Process("b2", tmp_path, env)
        processes.append(b2)
        await b2.start()

        expected = FEEDS * ENTRIES

        async def all_sent() -> bool:
            row = await storage.db.fetchone("SELECT COUNT(*) FROM deliveries WHERE status = 'sent'")
            return row is not None and row[0] == expected

        await _wait_for(all_sent, 120, "every delivery to be sent")
        total = await storage.db.fetchone("SELECT COUNT(*) FROM deliveries")
        assert total is not None and total[0] == expected

        # --- a poll voted on through all three processes, closing at its deadline -------------------------
        opened = await storage.polls.create(
            PollSpec(
                platform="console",
                channel="ch0",
                question="Tea, coffee or water?",
                options=(PollOption(0, "Tea"), PollOption(1, "Coffee"), PollOption(2, "Water")),
                closes_at=datetime.fromtimestamp(time.time() + 20, UTC),
                created_by="test",
            ),
            "custom:drinks",
            time.time(),
        )
        assert isinstance(opened, Poll)
        poll_id = opened.id
        live = (a, b2, c)
        for m in range(90):
            await live[m % 3].command(f"as m{m} vote {poll_id} {m % 2 + 1}")

        def answers() -> list[tuple[str, str]]:
            return [pair for p in live for pair in ANSWER.findall(p.output())]

        await _wait_for(lambda: len(answers()) >= 90, 60, "the 90 first votes to be answered")
        for m in range(30):  # a change of mind, on another process than the first vote
            await live[(m + 1) % 3].command(f"as m{m} vote {poll_id} 3")
        await _wait_for(lambda: len(answers()) >= 120, 60, "the 30 changed votes to be answered")
        said = Counter(
            "recorded" if "is recorded" in text else "changed" if "is now" in text else text
            for _m, text in answers()
        )
        assert said == {"recorded": 90, "changed": 30}, said

        def results() -> int:
            return sum(p.output().count(f"Poll #{poll_id} closed at") for p in live)

        await _wait_for(lambda: results() >= 1, 90, "the poll's results to be posted")
        await asyncio.sleep(3)  # time for a second close or a second posting to show, were there one
        assert results() == 1
        tally = await storage.polls.tally(poll_id)
        # m0-m29 water; of m30-m89, odd m (option 2, coffee) and even m (option 1, tea): 30 each.
        assert tally.votes == {0: 30, 1: 30, 2: 30}
        rows = await storage.db.fetchall("SELECT status FROM notices WHERE poll_id = ?", (poll_id,))
        assert [r[0] for r in rows] == ["sent"]
        state = await storage.polls.state(poll_id)
        assert state is not None and state.status == "closed"

        codes = await asyncio.gather(*(p.stop() for p in live))
    finally:
        for p in processes:
            await p.stop()
        await storage.close()
        await runner.cleanup()
        pg_server.drop_database(name)

    assert codes == [0, 0, 0], [p.errors()[-2000:] for p in live]
    for p in live:
        assert "Traceback" not in p.errors(), p.errors()[-3000:]

    # --- every post delivered, none twice (bar the send b was making when it was killed) ------------------
    printed = _digests([p.output() for p in processes])
    assert len(printed) == expected
    twice = {key for key, count in printed.items() if count > 1}
    assert all(printed[key] == 2 and key in printed_by_b for key in twice), twice
    assert len(twice) <= CHANNELS  # at most one send in flight per channel when b died

    # --- no feed fetched twice in a cycle ------------------------------------------------------------------
    assert {feed for feed, _who, _at in fetches.log} == set(range(FEEDS))
    for (who, first), (_who2, second) in _pairs(fetches.log):
        if who == "b" and first <= killed_at:
            continue  # b's fetch was cut off by the kill: its lease came free and another process redid it
        assert second - first >= 0.85 * INTERVAL, (who, second - first)
