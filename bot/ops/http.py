"""The operations endpoint on ``POLLWATCH_HTTP_ADDR``: ``/healthz``, ``/readyz`` and ``/metrics``.

- ``/healthz`` answers 200 while the process and its event loop run (a liveness probe: restart when not).
- ``/readyz`` answers 200 when the database answers, every configured chat platform is connected and no
  due delivery has waited longer than ``POLLWATCH_READY_MAX_DELIVERY_AGE``; 503 otherwise, with one line
  per check saying which failed (a readiness probe, or an alert).
- ``/metrics`` is the Prometheus text format (see :mod:`bot.ops.metrics`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.config import format_duration
from bot.errors import ConfigError
from bot.ops.metrics import Metrics
from bot.storage import Storage

if TYPE_CHECKING:
    from bot.core import Pollwatch

log = logging.getLogger(__name__)

PlatformStatus = Callable[[], Awaitable[Mapping[str, bool]]]


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


async def readiness(
    storage: Storage,
    platforms: Mapping[str, bool],
    *,
    now: float,
    max_delivery_age: float,
    delivers: bool = True,
) -> list[Check]:
    """The checks behind ``/readyz``; ``platforms`` maps each configured platform to whether it is connected.
    The outbox's age is checked only in a process that ``delivers`` (a watcher or a chat worker is not
    the one to restart when deliveries lag)."""
    problem = await storage.ops.check()
    checks = [Check("database", problem is None, problem or "answers")]
    for name, connected in sorted(platforms.items()):
        checks.append(Check(name, connected, "connected" if connected else "not connected"))
    if problem is None and delivers:
        age = await storage.ops.oldest_due_age(now, ("console", *platforms))
        checks.append(
            Check(
                "outbox",
                age <= max_delivery_age,
                f"oldest due delivery waited {format_duration(round(age))}"
                + ("" if age <= max_delivery_age else f", more than {format_duration(max_delivery_age)}"),
            )
        )
    return checks


class OpsServer:
    """An aiohttp server for the three endpoints; ``port`` is the bound port once started."""

    @classmethod
    def for_core(
        cls, core: Pollwatch, metrics: Metrics, *, platforms: PlatformStatus, delivers: bool = True
    ) -> OpsServer:
        """The endpoint the settings ask for (``POLLWATCH_HTTP_ADDR``), over the core's database;
        ``delivers``: this process runs the outbox (``/readyz`` then checks its backlog's age)."""
        settings = core.settings
        assert settings.http_addr is not None
        return cls(
            settings.http_addr,
            core.storage,
            metrics,
            platforms=platforms,
            clock=core.clock,
            max_delivery_age=settings.ready_max_delivery_age,
            delivers=delivers,
        )

    def __init__(
        self,
        addr: str,
        storage: Storage,
        metrics: Metrics,
        *,
        platforms: PlatformStatus,
        clock: Callable[[], float],
        max_delivery_age: float,
        delivers: bool = True,
    ) -> None:
        host, _, port = addr.rpartition(":")
        self.host = host.strip("[]")
        self.port = int(port)
        self._storage = storage
        self._metrics = metrics
        self._platforms = platforms
        self._clock = clock
        self._max_age = max_delivery_age
        self._delivers = delivers
        self._runner: web.AppRunner | None = None

    def app(self) -> web.Application:
        app = web.Application()
        self.add_routes(app)
        return app

    def add_routes(self, app: web.Application) -> None:
        """Serve the three paths from ``app`` too (Slack's HTTP-mode server, when they share a port)."""
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        app.router.add_get("/metrics", self._metrics_page)

    def shares_port_with(self, port: int) -> bool:
        """``POLLWATCH_HTTP_ADDR`` names this (fixed) port: serve from that server rather than bind it twice."""
        return self.port != 0 and self.port == port

    async def start(self) -> None:
        self._runner = web.AppRunner(self.app(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        try:
            await site.start()
        except OSError as exc:
            await self.stop()
            raise ConfigError(
                f"POLLWATCH_HTTP_ADDR: cannot listen on {self.host}:{self.port} ({exc.strerror or exc})"
            ) from None
        sockets = getattr(site._server, "sockets", None) or []
        if sockets:
            self.port = sockets[0].getsockname()[1]
        log.info(
            "operations endpoint on http://%s:%d (/healthz, /readyz, /metrics)",
            f"[{self.host}]" if ":" in self.host else self.host,
            self.port,
            extra={"event": "http_listening", "port": self.port},
        )

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _healthz(self, request: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def _readyz(self, request: web.Request) -> web.Response:
        checks = await readiness(
            self._storage,
            await self._platforms(),
            now=self._clock(),
            max_delivery_age=self._max_age,
            delivers=self._delivers,
        )
        ready = all(c.ok for c in checks)
        body = "\n".join(c.line() for c in checks) + "\n"
        return web.Response(status=200 if ready else 503, text=body)

    async def _metrics_page(self, request: web.Request) -> web.Response:
        platforms = await self._platforms()
        for name, connected in platforms.items():
            self._metrics.platform_connected.labels(name).set(1 if connected else 0)
        problem = await self._storage.ops.check()
        self._metrics.database_up.set(0 if problem else 1)
        if problem is None:
            snapshot = await self._storage.ops.snapshot(self._clock())
            self._metrics.set_gauges(snapshot, ("console", *platforms))
        body = generate_latest(self._metrics.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
