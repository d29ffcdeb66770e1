"""What `pollwatch doctor` says about Slack: whether the token works and which delivery guarantee holds
(exactly once with the history scopes, else at least once)."""

from __future__ import annotations

import asyncio

from slack_sdk.errors import SlackApiError

from adapters.slack.adapter import SlackAdapter, api_error, history_note
from adapters.slack.server import make_client
from bot.config import Settings
from bot.errors import plain_error

TIMEOUT = 10.0


async def slack_checks(settings: Settings) -> list[str]:
    """Lines for the doctor: one ``auth.test`` call, whose answer carries the granted scopes."""
    adapter = SlackAdapter(make_client(settings))
    try:
        response = await asyncio.wait_for(adapter.client.auth_test(), TIMEOUT)
    except SlackApiError as exc:
        return [f"Slack token refused ({api_error(exc)}); delivery: {history_note(None)}"]
    except (TimeoutError, OSError) as exc:
        return [f"Slack could not be reached ({plain_error(exc)}); delivery: {history_note(None)}"]
    adapter.note_scopes(response)
    return [f"Slack delivery: {history_note(adapter.scopes)}"]


def slack_report(settings: Settings) -> list[str]:
    return asyncio.run(slack_checks(settings))
