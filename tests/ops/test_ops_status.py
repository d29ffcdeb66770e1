"""Status lines, durations as operators write them, the endpoint address, and context in JSON log lines."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.cli import cmd_doctor
from bot.config import format_duration, load_settings, parse_http_addr
from bot.core import Pollwatch
from bot.errors import ConfigError
from bot.ops.cycle import record_cycle
from bot.ops.logs import configure_logging
from bot.ops.metrics import metrics
from bot.ops.status import cycle_line, startup_line
from bot.outbox import DispatchReport
from bot.permissions import OPERATOR
from tests.support import Clock, FeedServer


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (900.0, "15m"),
        (300.0, "5m"),
        (86400.0, "1d"),
        (5400.0, "90m"),
        (7200.0, "2h"),
        (90.0, "90s"),
        (30.0, "30s"),
        (1.5, "1.5s"),
        (0.0, "0s"),
    ],
)
def test_durations_read_the_way_operators_write_them(seconds: float, shown: str) -> None:
    assert format_duration(seconds) == shown


def test_doctor_shows_durations_as_in_the_env_example() -> None:
    out = io.StringIO()
    cmd_doctor(None, load_settings({}, env_file=None), out)  # type: ignore[arg-type]
    lines = {
        line.split()[0]: line.split()[1]
        for line in out.getvalue().splitlines()
        if line.startswith("  POLLWATCH_")
    }
    assert lines["POLLWATCH_CHECK_INTERVAL"] == "15m"
    assert lines["POLLWATCH_MAX_BACKOFF"] == "1d"
    assert lines["POLLWATCH_POLL_DURATION"] == "1d"
    assert lines["POLLWATCH_FETCH_TIMEOUT"] == "30s"
    assert "900.0" not in out.getvalue()


@pytest.mark.parametrize(
    ("raw", "addr"),
    [
        ("9100", "127.0.0.1:9100"),
        (":9100", "127.0.0.1:9100"),
        ("0.0.0.0:9100", "0.0.0.0:9100"),
        ("[::1]:0", "[::1]:0"),
    ],
)
def test_the_endpoint_listens_on_loopback_unless_told(raw: str, addr: str) -> None:
    assert parse_http_addr(raw) == addr
    assert load_settings({"POLLWATCH_HTTP_ADDR": raw}, env_file=None).http_addr == addr


def test_the_endpoint_is_off_by_default_and_a_bad_address_is_named() -> None:
    assert load_settings({}, env_file=None).http_addr is None
    with pytest.raises(ConfigError, match="POLLWATCH_HTTP_ADDR"):
        load_settings({"POLLWATCH_HTTP_ADDR": "localhost:http"}, env_file=None)
    with pytest.raises(ConfigError, match="POLLWATCH_LOG_FORMAT"):
        load_settings({"POLLWATCH_LOG_FORMAT": "xml"}, env_file=None)


def test_the_cycle_line_says_what_happened_and_what_is_next() -> None:
    line = cycle_line(checked=12, new_posts=2, failing=1, sent=3, next_due=1000.0 + 14 * 60 - 8, now=1000.0)
    assert line == "checked 12 feeds (2 new posts, 1 failing); 3 deliveries sent; next check in 14m"
    line = cycle_line(
        checked=1, new_posts=1, failing=0, sent=1, retried=2, polls_closed=1, next_due=None, now=0.0
    )
    assert line == (
        "checked 1 feed (1 new post, 0 failing); 1 delivery sent (2 to retry); 1 poll closed; no feed to check"
    )
    assert startup_line("1.2.3", 3, 2, ["console"], 30.0, 0.0) == (
        "pollwatch 1.2.3 watching 3 feeds for 2 channels (console); next check in 30s"
    )


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    level = root.level
    buffer = io.StringIO()
    handler = configure_logging("INFO", "json", ["s3cret-value"], stream=buffer)
    yield buffer
    root.removeHandler(handler)
    root.setLevel(level)


async def test_a_failing_feed_logs_its_id_and_counts_by_kind(
    core: Pollwatch, feed_server: FeedServer, clock: Clock, json_log: io.StringIO
) -> None:
    url = feed_server.set("/feed.xml", "<rss><channel><title>x</title></channel></rss>")
    await core.feeds.add(OPERATOR, "console", "demo", url)
    feed_server.set("/feed.xml", "down", status=503)
    before = metrics().feed_checks.labels("failed", "http_5xx")._value.get()
    clock.advance(3600)
    [outcome] = await core.watcher.check_due()
    assert outcome.status == "failed" and outcome.kind == "http_5xx"
    records = [json.loads(line) for line in json_log.getvalue().splitlines()]
    [failure] = [r for r in records if r["level"] == "WARNING" and "failed" in r["message"]]
    assert failure["feed_id"] == outcome.feed_id
    assert failure["logger"] == "bot.feeds.watcher"
    # The run loop counts outcomes; here the watcher ran alone, so count as the loop does.
    await record_cycle(core, [outcome], DispatchReport(), 0, 0.01)
    assert metrics().feed_checks.labels("failed", "http_5xx")._value.get() == before + 1


def test_token_shapes_are_redacted_even_when_not_configured() -> None:
    from bot.ops.logs import Redactor

    redact = Redactor(["configured-secret-value"])
    discord_like = "MTAxMjM0NTY3ODkwMTIzNDU2Nw.GabcDe.abcdefghijklmnopqrstuvwxyz0123456789ab"
    text = redact(
        f"a {discord_like} b xoxb-1111-2222-abcdefgh c xapp-1-A0-123-abcdef d configured-secret-value e"
    )
    assert text == "a [redacted] b [redacted] c [redacted] d [redacted] e"
    assert redact("feed https://example.org/a.b.c failed") == "feed https://example.org/a.b.c failed"
