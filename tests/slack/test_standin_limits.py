"""The stand-in refuses what Slack refuses, so a test that passes against it would pass against Slack."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from tests.slack.conftest import CHANNEL, MEMBER
from tests.slack.standin import BOT_TOKEN, SlackStandin


def client(standin: SlackStandin) -> AsyncWebClient:
    return AsyncWebClient(token=BOT_TOKEN, base_url=standin.api_url)


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def button(text: str = "Yes", action_id: str = "a", value: str = "v") -> dict[str, Any]:
    return {
        "type": "button",
        "text": {"type": "plain_text", "text": text},
        "action_id": action_id,
        "value": value,
    }


def modal(title: str = "Start a poll", submit: str = "Start", blocks: int = 1) -> dict[str, Any]:
    return {
        "type": "modal",
        "title": {"type": "plain_text", "text": title},
        "submit": {"type": "plain_text", "text": submit},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            {
                "type": "input",
                "block_id": f"b{i}",
                "label": {"type": "plain_text", "text": "Question"},
                "element": {"type": "plain_text_input", "action_id": "q"},
            }
            for i in range(blocks)
        ],
    }


async def refused(call: Any) -> str:
    with pytest.raises(SlackApiError) as caught:
        await call
    return str(caught.value.response["error"])


@pytest.mark.parametrize(
    ("blocks", "why"),
    [
        ([section("x")] * 51, "51 blocks"),
        ([section("x" * 3001)], "section text over 3,000"),
        ([{"type": "section", "fields": [{"type": "mrkdwn", "text": "f"}] * 11}], "11 fields"),
        ([{"type": "section", "fields": [{"type": "mrkdwn", "text": "f" * 2001}]}], "a field over 2,000"),
        ([{"type": "actions", "elements": [button("b" * 76)]}], "button text over 75"),
        ([{"type": "actions", "elements": [button(action_id="a" * 256)]}], "action_id over 255"),
        ([{"type": "actions", "elements": [button(value="v" * 2001)]}], "value over 2,000"),
        ([{"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}], "header over 150"),
        ([section("")], "empty text"),
    ],
)
async def test_messages_over_the_block_kit_limits_are_refused(
    standin: SlackStandin, blocks: list[dict[str, Any]], why: str
) -> None:
    error = await refused(client(standin).chat_postMessage(channel=CHANNEL, text="t", blocks=blocks))
    assert error == "invalid_blocks", why
    assert standin.posted(CHANNEL) == []


async def test_the_limits_themselves_are_accepted(standin: SlackStandin) -> None:
    blocks = [section("x" * 3000)] * 48 + [
        {"type": "section", "fields": [{"type": "mrkdwn", "text": "f" * 2000}] * 10},
        {"type": "actions", "elements": [button("b" * 75, "a" * 255, "v" * 2000)]},
    ]
    await client(standin).chat_postMessage(channel=CHANNEL, text="t", blocks=blocks)
    assert len(standin.posted(CHANNEL)) == 1


@pytest.mark.parametrize(
    ("view", "why"),
    [
        (modal(title="t" * 25), "title over 24"),
        (modal(submit="s" * 25), "submit over 24"),
        ({**modal(), "close": {"type": "plain_text", "text": "c" * 25}}, "close over 24"),
        (modal(blocks=101), "101 blocks"),
    ],
)
async def test_modals_over_the_limits_are_refused(
    standin: SlackStandin, view: dict[str, Any], why: str
) -> None:
    error = await refused(client(standin).views_open(trigger_id="1.t", view=view))
    assert error == "invalid_arguments", why


async def test_a_trigger_opens_one_view_and_three_views_stack_at_most(standin: SlackStandin) -> None:
    slack = client(standin)
    await slack.views_open(trigger_id="1.t", view=modal(blocks=100))
    assert await refused(slack.views_open(trigger_id="1.t", view=modal())) == "exchanged_trigger_id"
    await slack.views_push(trigger_id="2.t", view=modal())
    await slack.views_push(trigger_id="3.t", view=modal())
    assert await refused(slack.views_push(trigger_id="4.t", view=modal())) == "push_limit_reached"


async def test_ephemeral_messages_need_a_member_of_the_channel(standin: SlackStandin) -> None:
    slack = client(standin)
    standin.members[CHANNEL] = {MEMBER}
    await slack.chat_postEphemeral(channel=CHANNEL, user=MEMBER, text="only you")
    error = await refused(slack.chat_postEphemeral(channel=CHANNEL, user="U0STRANGER", text="only you"))
    assert error == "user_not_in_channel"
    assert await refused(slack.api_call("chat.postEphemeral", json={"channel": CHANNEL, "user": MEMBER})) == (
        "no_text"
    )
    standin.closed_channels["C0GONE"] = "channel_not_found"
    assert (
        await refused(slack.chat_postEphemeral(channel="C0GONE", user=MEMBER, text="x"))
        == "channel_not_found"
    )
    # An ephemeral message is nobody's message in the channel: it can't be updated.
    assert await refused(slack.chat_update(channel=CHANNEL, ts="1800000000.000001", text="x")) == (
        "message_not_found"
    )


async def test_a_burst_past_the_channel_rate_is_answered_429_with_retry_after(standin: SlackStandin) -> None:
    standin.post_burst = 3
    slack = client(standin)
    for _ in range(3):
        await slack.chat_postMessage(channel=CHANNEL, text="ok")
    with pytest.raises(SlackApiError) as caught:
        await slack.chat_postMessage(channel=CHANNEL, text="one too many")
    response = caught.value.response
    assert response.status_code == 429 and response["error"] == "ratelimited"
    assert float(response.headers["Retry-After"]) >= 1
    await slack.chat_postMessage(channel="C0OTHER", text="another channel has its own budget")
    await asyncio.sleep(1.05)
    await slack.chat_postMessage(channel=CHANNEL, text="a second later")


async def test_history_needs_its_scope_and_shows_metadata_only_when_asked(standin: SlackStandin) -> None:
    slack = client(standin)
    meta = {"event_type": "pollwatch_digest", "event_payload": {"keys": ["d1"]}}
    await slack.chat_postMessage(channel=CHANNEL, text="t", metadata=meta)
    plain = await slack.conversations_history(channel=CHANNEL)
    assert "metadata" not in plain["messages"][0]
    full = await slack.conversations_history(channel=CHANNEL, include_all_metadata=True)
    assert full["messages"][0]["metadata"] == meta
    standin.scopes.discard("channels:history")
    assert await refused(slack.conversations_history(channel=CHANNEL)) == "missing_scope"
    bad = {"event_type": "has spaces", "event_payload": {}}
    assert await refused(slack.chat_postMessage(channel=CHANNEL, text="t", metadata=bad)) == (
        "invalid_metadata_format"
    )
