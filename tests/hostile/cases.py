"""Hostile feeds, served by the loopback feed server, read by a whole bot cycle (``run_bot --once``).

Each case runs in a memory-limited child process (see :mod:`tests.hostile.limits`) and returns what the
console showed: the digests delivered and the ``feeds list`` that followed.
"""

from __future__ import annotations

import asyncio
import io
import tempfile
import time
from pathlib import Path
from typing import Any

from aiohttp import web

from adapters.console_commands import ConsoleSession
from adapters.runtime import run_bot
from bot.config import Settings
from bot.core import Pollwatch
from tests.support import FeedServer, numbered_items, rss

HEALTHY = 3


def entity_bomb(*, comment: int = 0, bracket: bool = False, size: int = 100_000, uses: int = 3000) -> bytes:
    """One entity of ``size`` characters used ``uses`` times: quadratic expansion to gigabytes."""
    value = "A" * size
    decoy = '<!-- a ] inside the DTD --> <!ATTLIST rss x CDATA "]">\n' if bracket else ""
    items = "".join(
        f"<item><title>E{i}</title><guid>e{i}</guid><description>&e;&e;</description></item>"
        for i in range(uses // 2)
    )
    lead = f"<!-- {'c' * comment} -->\n" if comment else ""
    return (
        f'<?xml version="1.0"?>\n{lead}<!DOCTYPE rss [\n{decoy}<!ENTITY e "{value}">\n]>\n'
        f'<rss version="2.0"><channel><title>Entities</title>{items}</channel></rss>'
    ).encode()


def huge_entry(size: int = 5_600_000) -> bytes:
    words = "Another sentence about the economy and the 52% who approve of it. "
    body = "<p>" + words * (size // len(words)) + "</p>"
    return rss([{"title": "Huge entry", "guid": "huge", "description": body}], title="Huge").encode()


def hostile_titles() -> bytes:
    return rss(
        [{"title": "Clear\x1b[2J screen \x1b]0;owned\x07 now", "guid": "c1", "description": "<p>x</p>"}],
        title="Bidi \u202eevil\u202c title \x9b31m",
    ).encode()


def many_entries(count: int = 100_000) -> bytes:
    return rss([{"title": f"T{i}", "guid": f"g{i}"} for i in range(count)], title="Many").encode()


def many_tags(count: int = 150_000) -> bytes:
    """One entry with 150,000 categories: seconds of feedparser time in under 4 MB."""
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Tags</title><item><title>Tagged</title>'
        "<guid>t</guid>" + "<category>polls</category>" * count + "</item></channel></rss>"
    ).encode()


BODIES = {
    "entity_comment": lambda: entity_bomb(comment=70_000),
    "entity_bracket": lambda: entity_bomb(bracket=True),
    "entity_late": lambda: entity_bomb(size=300_000, uses=400),
    "entity_utf16": lambda: (
        entity_bomb(size=20_000).decode().replace('"1.0"?>', '"1.0" encoding="utf-16"?>', 1).encode("utf-16")
    ),
    "huge_entry": huge_entry,
    "titles": hostile_titles,
    "many_entries": many_entries,
    "many_tags": many_tags,
}


def _settings(tmp: Path, **changes: Any) -> Settings:
    base: dict[str, Any] = {
        "db_path": tmp / "bot.db",
        "allow_private_feeds": True,
        "fetch_timeout": 60.0,
        "connect_timeout": 2.0,
        "demo_feed": "",
        "parse_workers": 1,
        "parse_time_limit": 10.0,
        "parse_memory_mb": 400,
        "full_text": "never",
        "backfill": 3,
        "chart_dir": tmp / "charts",
    }
    base.update(changes)
    return Settings(**base)


async def cycle(
    kinds: list[str], settings: dict[str, Any] | None = None, slow: bool = False
) -> dict[str, Any]:
    """Healthy feeds beside the hostile ``kinds`` (and, with ``slow``, a feed whose server answers only
    once every healthy digest is out); one run of the bot; what it showed."""
    server = FeedServer()
    await server.start()
    release = asyncio.Event()
    out = io.StringIO()
    healthy_titles = [f"Healthy {h} post {i}" for h in range(HEALTHY) for i in range(3)]
    urls = []
    for h in range(HEALTHY):
        items = [{"title": f"Healthy {h} post {i}", "guid": f"h{h}-{i}"} for i in range(3)]
        urls.append(server.set(f"/ok/{h}", rss(items, title=f"Healthy {h}")))
    for kind in kinds:
        urls.append(server.set(f"/{kind}", BODIES[kind]()))
    if slow:

        async def held(_request: web.Request) -> web.Response:
            await release.wait()
            return web.Response(body=rss(numbered_items(1), title="Slow").encode())

        urls.append(server.set("/slow", handler=held))

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        config = _settings(tmp, **(settings or {}))
        core = await Pollwatch.open(config)
        for url in urls:
            feed, _ = await core.storage.feeds.add(url, time.time(), full_text="never")
            await core.storage.subscriptions.add(feed.id, "console", "demo", backfill=3, now=time.time())
        await core.close()

        delivered_while_held = False

        async def watch() -> None:
            nonlocal delivered_while_held
            deadline = time.monotonic() + 40
            while time.monotonic() < deadline:
                if all(t in out.getvalue() for t in healthy_titles):
                    delivered_while_held = True
                    break
                await asyncio.sleep(0.05)
            release.set()

        watcher = asyncio.create_task(watch())
        await run_bot(config, once=True, out=out)
        release.set()
        await watcher
        core = await Pollwatch.open(config)
        listing = io.StringIO()
        await ConsoleSession(core, listing).execute("feeds list")
        await core.close()
    await server.stop()
    return {
        "out": out.getvalue(),
        "list": listing.getvalue(),
        "healthy_delivered": all(t in out.getvalue() for t in healthy_titles),
        "delivered_while_held": delivered_while_held,
    }


async def parsed(kind: str) -> dict[str, Any]:
    """One hostile body through a parse worker: how many entries came back, and the warning."""
    from bot.feeds.parse_pool import ParsePool

    pool = ParsePool(1, time_limit=60)
    try:
        feed = await pool.parse(BODIES[kind]())
    finally:
        await pool.aclose()
    return {"entries": len(feed.entries), "warning": feed.warning or ""}


async def queued_behind_a_slow_parse() -> dict[str, Any]:
    """One worker: a feed that runs past the time limit, and a healthy feed sent while it runs. The
    healthy one must be read (elsewhere), not blamed for the other's timeout."""
    from bot.errors import FeedError
    from bot.feeds.parse_pool import ParsePool

    pool = ParsePool(1, time_limit=1.0, grace=5.0)
    try:
        await pool.parse(rss(numbered_items(1)).encode())  # the worker is up
        slow = asyncio.create_task(pool.parse(BODIES["many_tags"]()))
        await asyncio.sleep(0.3)
        healthy = await pool.parse(rss(numbered_items(3)).encode())
        try:
            await slow
            slow_error = ""
        except FeedError as exc:
            slow_error = str(exc)
    finally:
        await pool.aclose()
    return {"healthy": [e.title for e in healthy.entries], "slow": slow_error}


async def read_repeated_entry() -> dict[str, Any]:
    """The huge entry (one sentence repeated to 5.6 MB, cut to 200 KB when parsed) read by the bot's
    reader: the figures, the summary, the text kept, and the process's peak memory (MB) while reading."""
    import resource

    from bot.feeds.parse import parse_feed
    from bot.reading.extract import default_extractor
    from bot.reading.read import Reader

    entry = parse_feed(huge_entry()).entries[0]
    reader = Reader(default_extractor())
    reader.read("<p>Warm-up: 40% agree.</p>")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    read = reader.read(entry.content_html, title=entry.title)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "figures": len(read.extraction.figures),
        "summary": read.summary,
        "text_chars": len(read.text),
        "cut": entry.cut,
        "grew_mb": after - before,
    }


async def error_words() -> dict[str, Any]:
    """Feeds that fail every way a fetch can (refused, silent, cut short, disconnected, corrupt gzip, a
    malformed address, a legacy private address), read by one cycle of the bot, then console commands
    that fail: what ``feeds list``, the console and the log said."""
    import logging
    import socket

    server = FeedServer()
    await server.start()

    async def silent(_request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(30)
        return web.Response(body=b"")

    async def short(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        resp.content_length = 100_000
        await resp.prepare(request)
        await resp.write(rss(numbered_items(1)).encode()[:200])
        assert request.transport is not None
        request.transport.close()
        return resp

    async def hang_up(request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        request.transport.close()
        return web.Response(body=b"")

    async def bad_gzip(_request: web.Request) -> web.StreamResponse:
        return web.Response(body=b"\x1f\x8b\x08\x00not gzip at all", headers={"Content-Encoding": "gzip"})

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    urls = [
        server.set("/silent", handler=silent),
        server.set("/short", handler=short),
        server.set("/hang-up", handler=hang_up),
        server.set("/gzip", handler=bad_gzip),
        f"http://127.0.0.1:{closed_port}/feed",
        "http://[::1/feed",
        "http://127.1:9/feed",
    ]
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    out = io.StringIO()
    try:
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            config = _settings(tmp, fetch_timeout=2.0)
            core = await Pollwatch.open(config)
            for url in urls:  # stored as an older pollwatch may have stored them, checks bypassed
                feed, _ = await core.storage.feeds.add(url, time.time(), full_text="never")
                await core.storage.subscriptions.add(feed.id, "console", "demo", backfill=3, now=time.time())
            await core.close()
            await run_bot(config, once=True, out=out)
            core = await Pollwatch.open(config)
            listing = io.StringIO()
            await ConsoleSession(core, listing).execute("feeds list")
            await core.close()
            core = await Pollwatch.open(_settings(tmp, allow_private_feeds=False))
            replies = io.StringIO()
            session = ConsoleSession(core, replies)
            for command in [
                "feeds add http://[::1",
                "feeds add http://127.1/feed",
                "feeds add http://0x7f.1/feed",
                "feeds add ftp://example.test/feed",
                "poll custom Q? A B --minutes inf",
                "poll show x",
            ]:
                await session.execute(command)
            await core.close()
    finally:
        logging.getLogger().removeHandler(handler)
        await server.stop()
    return {
        "list": listing.getvalue(),
        "out": out.getvalue(),
        "replies": replies.getvalue(),
        "log": log.getvalue(),
    }
