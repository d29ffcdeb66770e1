"""Test helpers: a real feed server on 127.0.0.1, RSS builders, a settable clock."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

from aiohttp import web

from bot.config import Settings

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Clock:
    """A clock the test moves by hand (no sleeping, no wall-clock dependence)."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    delay: float = 0.0
    handler: Handler | None = None


class FeedServer:
    """An aiohttp server on 127.0.0.1:0 whose routes the test sets; it records every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[web.Request] = []
        self.hits: dict[str, int] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def set(self, path: str, body: bytes | str = b"", **kwargs: object) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **kwargs)  # type: ignore[arg-type]
        return self.url(path)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(request)
        self.hits[request.path] = self.hits.get(request.path, 0) + 1
        route = self.routes.get(request.path)
        if route is None:
            return web.Response(status=404, text="not found")
        if route.delay:
            await asyncio.sleep(route.delay)
        if route.handler is not None:
            return await route.handler(request)
        if route.etag and request.headers.get("If-None-Match") == route.etag:
            return web.Response(status=304, headers={"ETag": route.etag})
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
        headers.setdefault("Content-Type", "application/rss+xml")
        return web.Response(status=route.status, body=route.body, headers=headers)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


def rss(items: list[dict[str, str]], title: str = "Test feed") -> str:
    """A small RSS 2.0 document; each item may have title, guid, link, description, pubDate."""
    parts = [
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
    ]
    parts.append("<link>https://example.org/</link><description>test</description>")
    for item in items:
        parts.append("<item>")
        for tag in ("title", "guid", "link", "pubDate", "description"):
            if tag in item:
                parts.append(f"<{tag}>{escape(item[tag])}</{tag}>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "".join(parts)


def numbered_items(count: int, *, start: datetime | None = None) -> list[dict[str, str]]:
    """``count`` items, item ``count - 1`` the newest, listed newest first as real feeds do."""
    base = start or datetime(2026, 1, 1, tzinfo=UTC)
    items = [
        {
            "title": f"Post {i}",
            "guid": f"urn:test:{i}",
            "link": f"https://example.org/posts/{i}",
            "pubDate": format_datetime(base + timedelta(hours=i)),
            "description": f"<p>Body of post number {i}. It says something new.</p>",
        }
        for i in range(count)
    ]
    return list(reversed(items))


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9)


def with_settings(settings: Settings, **changes: object) -> Settings:
    return replace(settings, **changes)  # type: ignore[arg-type]
