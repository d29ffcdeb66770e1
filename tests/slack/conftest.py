"""Fixtures for the Slack adapter: the Web API stand-in, the real AsyncApp in HTTP mode on loopback, and a
client that signs requests exactly as Slack does."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest

from adapters.slack.server import SlackService
from bot.config import Settings
from bot.core import Pollwatch
from bot.outbox import Outbox
from tests.pg_server import make_db_location
from tests.slack.standin import BOT_TOKEN, TEAM, SlackStandin
from tests.support import Clock, with_settings


@pytest.fixture(params=["sqlite"])
def db_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | Path]:
    """Adapter tests run over SQLite only: storage runs on both backends in the core's own tests. Those about
    storage-backed behaviour through the adapter (votes, closes, the outbox) are marked ``@both_backends``."""
    yield from make_db_location(request, tmp_path)


SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
CHANNEL = "C0POLITICS"
ADMIN = "U0ADMIN"
OWNER = "U0OWNER"
MODERATOR = "U0MODERATOR"
MEMBER = "U0MEMBER"
SAMPLE_FEED = Path(__file__).resolve().parents[2] / "data" / "sample_feed.xml"


def sign(secret: str, timestamp: str, body: str) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


@dataclass
class Answer:
    status: int
    text: str
    seconds: float

    def json(self) -> Any:
        return json.loads(self.text) if self.text else None

    @property
    def message(self) -> str:
        """The ack's message: bolt sends plain text alone, JSON when there are blocks."""
        return str(self.json()["text"]) if self.text.startswith("{") else self.text


class SignedSlack:
    """Sends slash commands, button clicks and modal submissions to the app, signed like Slack."""

    def __init__(self, url: str, standin: SlackStandin, secret: str = SIGNING_SECRET) -> None:
        self.url = url
        self.standin = standin
        self.secret = secret
        self._n = 0

    async def post(self, body: str, *, timestamp: int | None = None, signature: str | None = None) -> Answer:
        ts = str(int(time.time()) if timestamp is None else timestamp)
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": signature or sign(self.secret, ts, body),
        }
        started = time.perf_counter()
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.url, data=body.encode(), headers=headers) as resp,
        ):
            text = await resp.text()
        return Answer(resp.status, text, time.perf_counter() - started)

    def _next(self) -> int:
        self._n += 1
        return self._n

    def command_body(self, text: str, user: str, channel: str = CHANNEL) -> str:
        n = self._next()
        return urlencode(
            {
                "token": "legacy-verification-token",
                "team_id": TEAM,
                "team_domain": "pollwatch-test",
                "channel_id": channel,
                "channel_name": "politics",
                "user_id": user,
                "user_name": user.lower(),
                "command": "/pollwatch",
                "text": text,
                "api_app_id": "A0POLLWATCH",
                "is_enterprise_install": "false",
                "response_url": f"{self.standin.base}/respond/{n}",
                "trigger_id": f"{n}.trigger",
            }
        )

    async def command(self, text: str, user: str, channel: str = CHANNEL, **kwargs: Any) -> Answer:
        return await self.post(self.command_body(text, user, channel), **kwargs)

    async def click(
        self,
        user: str,
        poll_id: int,
        option: int,
        *,
        channel: str = CHANNEL,
        message_ts: str = "1.0",
        subgroup: int | None = None,
    ) -> Answer:
        """A click on an option button; ``subgroup`` is what the member's subgroup menu shows (sent by
        Slack as the message's state)."""
        action = {
            "type": "button",
            "action_id": f"poll_vote:{poll_id}:{option}",
            "block_id": f"poll:{poll_id}",
            "value": f"{poll_id}:{option}",
            "text": {"type": "plain_text", "text": "option"},
            "action_ts": f"{time.time():.6f}",
        }
        state: dict[str, Any] = {}
        if subgroup is not None:
            state[f"poll_more:{poll_id}"] = {
                f"poll_subgroup:{poll_id}": {
                    "type": "static_select",
                    "selected_option": {
                        "text": {"type": "plain_text", "text": "group"},
                        "value": f"{poll_id}:{subgroup}",
                    },
                }
            }
        return await self.action(user, action, channel=channel, message_ts=message_ts, state=state)

    async def select_subgroup(self, user: str, poll_id: int, index: int, *, channel: str = CHANNEL) -> Answer:
        """A pick in a poll's subgroup menu."""
        chosen = {"text": {"type": "plain_text", "text": "group"}, "value": f"{poll_id}:{index}"}
        action = {
            "type": "static_select",
            "action_id": f"poll_subgroup:{poll_id}",
            "block_id": f"poll_more:{poll_id}",
            "selected_option": chosen,
            "action_ts": f"{time.time():.6f}",
        }
        state = {
            f"poll_more:{poll_id}": {
                f"poll_subgroup:{poll_id}": {"type": "static_select", "selected_option": chosen}
            }
        }
        return await self.action(user, action, channel=channel, state=state)

    async def withdraw(self, user: str, poll_id: int, *, channel: str = CHANNEL) -> Answer:
        action = {
            "type": "button",
            "action_id": f"poll_withdraw:{poll_id}",
            "block_id": f"poll_more:{poll_id}",
            "value": str(poll_id),
            "text": {"type": "plain_text", "text": "Withdraw my vote"},
            "action_ts": f"{time.time():.6f}",
        }
        return await self.action(user, action, channel=channel)

    async def action(
        self,
        user: str,
        action: dict[str, Any],
        *,
        channel: str = CHANNEL,
        message_ts: str = "1.0",
        state: dict[str, Any] | None = None,
    ) -> Answer:
        """A ``block_actions`` request for one element of a message, as Slack sends it."""
        n = self._next()
        payload = {
            "type": "block_actions",
            "team": {"id": TEAM, "domain": "pollwatch-test"},
            "user": {"id": user, "username": user.lower(), "team_id": TEAM},
            "api_app_id": "A0POLLWATCH",
            "token": "legacy-verification-token",
            "container": {
                "type": "message",
                "message_ts": message_ts,
                "channel_id": channel,
                "is_ephemeral": False,
            },
            "trigger_id": f"{n}.trigger",
            "channel": {"id": channel, "name": "politics"},
            "message": {"type": "message", "ts": message_ts, "text": "poll"},
            "response_url": f"{self.standin.base}/respond/{n}",
            "state": {"values": state or {}},
            "actions": [action],
        }
        return await self.post(urlencode({"payload": json.dumps(payload)}))

    async def submit(self, user: str, view: dict[str, Any], values: dict[str, dict[str, Any]]) -> Answer:
        payload = {
            "type": "view_submission",
            "team": {"id": TEAM, "domain": "pollwatch-test"},
            "user": {"id": user, "username": user.lower(), "team_id": TEAM},
            "api_app_id": "A0POLLWATCH",
            "token": "legacy-verification-token",
            "trigger_id": f"{self._next()}.trigger",
            "view": {**view, "id": "V0VIEW", "team_id": TEAM, "state": {"values": values}},
        }
        return await self.post(urlencode({"payload": json.dumps(payload)}))


@pytest.fixture
async def standin() -> AsyncIterator[SlackStandin]:
    server = SlackStandin()
    await server.start()
    server.add_user(ADMIN, admin=True, name="ada")
    server.add_user(OWNER, owner=True, name="otto")
    server.add_user(MODERATOR, name="mo")
    server.add_user(MEMBER, name="mem")
    yield server
    await server.stop()


@pytest.fixture
def settings(settings: Settings, tmp_path: Path) -> Settings:
    """The shared settings, with poll charts written under tmp_path."""
    return with_settings(settings, chart_dir=tmp_path / "charts")


@pytest.fixture
def slack_settings(settings: Settings, standin: SlackStandin) -> Settings:
    return with_settings(
        settings,
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=standin.api_url,
        slack_host="127.0.0.1",
        slack_port=0,
        slack_moderator_ids=(MODERATOR,),
    )


@pytest.fixture
async def slack(core: Pollwatch, slack_settings: Settings) -> AsyncIterator[SlackService]:
    service = SlackService(core, slack_settings)
    await service.start()
    yield service
    await service.stop()


@pytest.fixture
def signed(slack: SlackService, standin: SlackStandin) -> SignedSlack:
    assert standin.methods() == ["auth.test"]  # the token is checked once, at start-up
    standin.calls.clear()
    return SignedSlack(f"http://127.0.0.1:{slack.port}/slack/events", standin)


@pytest.fixture
def outbox(core: Pollwatch, slack: SlackService, clock: Clock) -> Outbox:
    return Outbox(core.storage, {"slack": slack.adapter}, clock=clock)
