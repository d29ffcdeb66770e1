"""The soak benchmark's loopback feed server, in its own process.

    python -m bench.hostile_server PORT_FILE HEALTHY PERIOD GENERATIONS

Healthy feeds /ok/<i> gain one entry every PERIOD seconds (GENERATIONS in all); the first time each
generation of each feed is served is logged and returned by /log (JSON) for time-to-delivery figures.
Hostile feeds /bad/<kind>/<n> serve the hostile bodies of :mod:`tests.hostile.cases`; /bad/slow/<n> answers
after 8 s.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from aiohttp import web

from tests.hostile.cases import BODIES
from tests.support import rss


def build_app(healthy: int, period: float, generations: int) -> web.Application:
    start = time.time()
    served: dict[str, float] = {}
    hostile = {kind: make() for kind, make in BODIES.items()}

    def generation() -> int:
        return min(int((time.time() - start) / period), generations - 1)

    async def ok(request: web.Request) -> web.Response:
        index, gen = int(request.match_info["index"]), generation()
        served.setdefault(f"{index}:{gen}", time.time())
        items = [
            {
                "title": f"Healthy {index} gen {g}",
                "guid": f"urn:soak:{index}:{g}",
                "description": f"<p>Feed {index} says 52% approve and 41% disapprove (gen {g}).</p>",
            }
            for g in range(gen, -1, -1)
        ]
        return web.Response(
            body=rss(items, title=f"Soak {index}").encode(), content_type="application/rss+xml"
        )

    async def bad(request: web.Request) -> web.Response:
        kind = request.match_info["kind"]
        if kind == "slow":
            await asyncio.sleep(8)
            return web.Response(body=rss([{"title": "slow", "guid": "s"}]).encode())
        return web.Response(body=hostile[kind], content_type="application/rss+xml")

    async def log(_request: web.Request) -> web.Response:
        return web.json_response(served)

    app = web.Application()
    app.router.add_get("/ok/{index}", ok)
    app.router.add_get("/bad/{kind}/{n}", bad)
    app.router.add_get("/log", log)
    return app


async def serve(port_file: Path, healthy: int, period: float, generations: int) -> None:
    runner = web.AppRunner(build_app(healthy, period, generations), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
    await site.start()
    port_file.write_text(str(site._server.sockets[0].getsockname()[1]))  # type: ignore[union-attr]
    await asyncio.Event().wait()


def main() -> None:
    asyncio.run(serve(Path(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])))


if __name__ == "__main__":
    main()
