"""/readyz's checks one by one: a platform that is not connected, and deliveries that wait too long."""

from __future__ import annotations

import socket

import pytest

from bot.core import Pollwatch
from bot.errors import ConfigError
from bot.ops.http import OpsServer, readiness
from bot.ops.metrics import metrics
from bot.permissions import OPERATOR
from tests.support import Clock, FeedServer, numbered_items, rss


async def test_a_delivery_waiting_past_the_threshold_makes_the_bot_not_ready(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    url = feed_server.set("/f.xml", rss(numbered_items(2)))
    await core.feeds.add(OPERATOR, "console", "news", url, backfill=1)
    checks = await readiness(core.storage, {}, now=clock(), max_delivery_age=900)
    assert all(c.ok for c in checks), checks

    clock.advance(1200)  # nobody sent it: the outbox is stuck (no adapter, a dead platform, …)
    checks = {c.name: c for c in await readiness(core.storage, {}, now=clock(), max_delivery_age=900)}
    assert not checks["outbox"].ok
    assert checks["outbox"].line() == "FAIL outbox: oldest due delivery waited 20m, more than 15m"
    assert checks["database"].ok

    await core.storage.deliveries.mark_sent((await core.storage.deliveries.all())[0].id, "ref", clock())
    checks = {c.name: c for c in await readiness(core.storage, {}, now=clock(), max_delivery_age=900)}
    assert checks["outbox"].ok


async def test_each_configured_platform_must_be_connected(core: Pollwatch, clock: Clock) -> None:
    checks = {
        c.name: c
        for c in await readiness(
            core.storage, {"discord": False, "slack": True}, now=clock(), max_delivery_age=900
        )
    }
    assert checks["slack"].ok and checks["slack"].detail == "connected"
    assert not checks["discord"].ok and checks["discord"].line() == "FAIL discord: not connected"


@pytest.mark.parametrize("db_location", ["sqlite"], indirect=True)  # a file to delete: SQLite's
async def test_a_deleted_database_file_is_noticed(core: Pollwatch, clock: Clock) -> None:
    core.settings.db_path.rename(core.settings.db_path.with_suffix(".moved"))
    checks = {c.name: c for c in await readiness(core.storage, {}, now=clock(), max_delivery_age=900)}
    assert not checks["database"].ok and "is gone" in checks["database"].detail
    core.settings.db_path.with_suffix(".moved").rename(core.settings.db_path)
    checks = {c.name: c for c in await readiness(core.storage, {}, now=clock(), max_delivery_age=900)}
    assert checks["database"].ok


async def test_a_taken_port_is_a_configuration_error_naming_the_setting(
    core: Pollwatch, clock: Clock
) -> None:
    async def none() -> dict[str, bool]:
        return {}

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = OpsServer(
            f"127.0.0.1:{port}", core.storage, metrics(), platforms=none, clock=clock, max_delivery_age=900
        )
        with pytest.raises(ConfigError, match=r"POLLWATCH_HTTP_ADDR: cannot listen on 127\.0\.0\.1"):
            await server.start()


async def test_the_scrape_time_gauges_read_the_database(
    core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    from prometheus_client import CollectorRegistry

    from bot.ops.metrics import Metrics

    url = feed_server.set("/f.xml", rss(numbered_items(3)))
    await core.feeds.add(OPERATOR, "console", "news", url, backfill=2)
    await core.feeds.set_schedule(OPERATOR, "console", "news", url, "daily 08:00 UTC")
    await core.feeds.add(OPERATOR, "slack", "C1", url, backfill=1)
    clock.advance(100)
    registry = CollectorRegistry()
    measure = Metrics(registry)
    measure.set_gauges(await core.storage.ops.snapshot(clock()), ("console", "discord"))
    value = registry.get_sample_value
    assert value("pollwatch_outbox_backlog", {"platform": "slack"}) == 1
    assert value("pollwatch_outbox_oldest_due_age_seconds", {"platform": "slack"}) == 100
    assert value("pollwatch_outbox_held", {"platform": "console"}) == 2
    assert value("pollwatch_outbox_backlog", {"platform": "console"}) == 0
    assert value("pollwatch_outbox_backlog", {"platform": "discord"}) == 0  # known platforms always appear
    assert value("pollwatch_feeds", {"status": "active"}) == 1
    assert value("pollwatch_polls_open") == 0
