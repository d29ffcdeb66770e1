"""A loopback feed server for the benchmark, run as its own process so it doesn't share the bot's core.

    python -m bench.feed_server PORT_FILE FEEDS ENTRIES

Serves /feed/<i> (RSS, 20 entries by default) with a strong ETag, answering 304 to a matching
If-None-Match; writes the port it bound to PORT_FILE once listening.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from aiohttp import web

from tests.support import numbered_items, rss

# How long /slow/ takes to answer: a feed on a distant server (a round trip or two across a continent).
LATENCY = 0.05


def build_app(feeds: int, entries: int) -> web.Application:
    bodies = {}
    for i in range(feeds):
        items = numbered_items(entries)
        for item in items:
            item["guid"] = f"urn:bench:{i}:{item['guid']}"
            item["description"] = (
                f"<p>Feed {i} reports that 52% of registered voters approve and 41% disapprove, "
                "according to a new poll of 1,000 adults.</p><p>Analysts expect little change in 2027.</p>"
            )
        bodies[i] = rss(items, title=f"Bench feed {i}").encode()

    async def handle(request: web.Request) -> web.Response:
        index = int(request.match_info["index"])
        etag = f'"bench-{index}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=bodies[index], headers={"ETag": etag, "Content-Type": "application/rss+xml"})

    async def slow(request: web.Request) -> web.Response:
        """The same feed from a distant server: each answer takes :data:`LATENCY` seconds."""
        await asyncio.sleep(LATENCY)
        return await handle(request)

    async def raw(request: web.Request) -> web.Response:
        return web.Response(body=bodies[int(request.match_info["index"])])

    app = web.Application()
    app.router.add_get("/feed/{index}", handle)
    app.router.add_get("/slow/{index}", slow)
    app.router.add_get("/raw/{index}", raw)
    return app


async def serve(port_file: Path, feeds: int, entries: int) -> None:
    runner = web.AppRunner(build_app(feeds, entries), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
    await site.start()
    port_file.write_text(str(site._server.sockets[0].getsockname()[1]))  # type: ignore[union-attr]
    await asyncio.Event().wait()


def main() -> None:
    asyncio.run(serve(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])))


if __name__ == "__main__":
    main()
