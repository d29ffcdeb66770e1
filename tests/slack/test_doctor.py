"""`pollwatch doctor` says which Slack delivery guarantee holds, from the scopes the token was granted."""

from __future__ import annotations

import asyncio
import io

from bot.cli import cmd_doctor
from bot.config import Settings
from tests.slack.standin import SlackStandin


async def doctor(settings: Settings) -> str:
    out = io.StringIO()
    await asyncio.to_thread(cmd_doctor, None, settings, out)  # type: ignore[arg-type]
    return out.getvalue()


async def test_doctor_says_exactly_once_with_the_history_scopes(
    slack_settings: Settings, standin: SlackStandin
) -> None:
    text = await doctor(slack_settings)
    assert "Slack delivery: exactly once" in text
    assert [c.method for c in standin.calls] == ["auth.test"]


async def test_doctor_says_at_least_once_without_them(
    slack_settings: Settings, standin: SlackStandin
) -> None:
    standin.scopes.discard("groups:history")
    text = await doctor(slack_settings)
    assert "Slack delivery: at least once" in text and "groups:history" in text
    assert "channels:history and" not in text  # names only what is missing
