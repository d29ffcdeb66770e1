"""JSON logs of a real run with Slack at DEBUG: every line parses, and no secret is ever written."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Iterator
from dataclasses import replace

import pytest

from adapters.runtime import run_bot
from bot.config import Settings
from bot.ops.logs import configure_logging, secrets_of
from tests.slack.conftest import ADMIN, CHANNEL, SAMPLE_FEED, SIGNING_SECRET
from tests.slack.standin import APP_TOKEN, BOT_TOKEN, SlackStandin
from tests.support import FeedServer

SALT = "salt-FAKE-ops16-never-log-me"


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    level = root.level
    buffer = io.StringIO()
    handler: logging.Handler | None = None

    def install(settings: Settings) -> None:
        nonlocal handler
        handler = configure_logging("DEBUG", "json", secrets_of(settings), stream=buffer)

    buffer.install = install  # type: ignore[attr-defined]
    yield buffer
    if handler is not None:
        root.removeHandler(handler)
    root.setLevel(level)


async def test_a_debug_run_logs_json_lines_without_secrets(
    slack_settings: Settings, standin: SlackStandin, feed_server: FeedServer, json_log: io.StringIO
) -> None:
    settings = replace(slack_settings, slack_app_token=APP_TOKEN, voter_salt=SALT)
    json_log.install(settings)  # type: ignore[attr-defined]
    url = feed_server.set("/feed.xml", SAMPLE_FEED.read_bytes())
    stop = asyncio.Event()
    bot = asyncio.create_task(run_bot(settings, stop=stop, out=io.StringIO()))
    try:
        await standin.socket_command(f"feeds add {url}", ADMIN, CHANNEL, within=10)
        await standin.wait_for("chat.postMessage", within=10)
        # What a careless library might log: the redaction is the last line of defence.
        logging.getLogger("some.library").debug("calling with Authorization: Bearer %s", BOT_TOKEN)
        try:
            raise RuntimeError(f"refused app token {APP_TOKEN} and secret {SIGNING_SECRET}")
        except RuntimeError:
            logging.getLogger("some.library").exception("a failure quoting secrets")
    finally:
        stop.set()
        assert await asyncio.wait_for(bot, 10) == 0

    text = json_log.getvalue()
    records = [json.loads(line) for line in text.splitlines()]  # every line is one JSON object
    assert len(records) > 20
    for record in records:
        assert {"time", "level", "logger", "message"} <= set(record)
    for secret in (BOT_TOKEN, APP_TOKEN, SIGNING_SECRET, SALT, "standin-token"):
        assert secret not in text
    assert any("[redacted]" in r["message"] for r in records if r["logger"] == "some.library")
    assert any("[redacted]" in r.get("exception", "") for r in records)
    cycles = [r for r in records if r.get("event") == "cycle"]
    assert cycles and cycles[0]["deliveries_sent"] >= 1
    assert cycles[0]["message"].startswith("checked ")
    assert any(r.get("event") == "started" for r in records)
