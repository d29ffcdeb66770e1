"""Pure parsing of the /pollwatch text, and the feed/summary/role paths end to end."""

from __future__ import annotations

import json

import pytest

from adapters.slack.commands import (
    FeedsAdd,
    FeedsDigest,
    FeedsFilters,
    FeedsList,
    FeedsRemove,
    FeedsSchedule,
    Help,
    PollsClose,
    PollsExport,
    PollsQuestions,
    PollsStart,
    Summary,
    parse_command,
)
from adapters.slack.server import SlackService
from bot.config import Settings
from bot.core import Pollwatch
from bot.errors import InvalidInput
from tests.slack.conftest import ADMIN, CHANNEL, MEMBER, SAMPLE_FEED, SignedSlack
from tests.slack.standin import SlackStandin
from tests.support import FeedServer, with_settings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", Help()),
        ("help", Help()),
        ("feeds add <https://example.org/feed.xml>", FeedsAdd("https://example.org/feed.xml")),
        ("feeds add <https://example.org/f|example.org/f> backfill 3", FeedsAdd("https://example.org/f", 3)),
        ("feeds remove 2", FeedsRemove("2")),
        ("feeds list", FeedsList()),
        ("feeds schedule all daily 08:00 Europe/London", FeedsSchedule("all", "daily 08:00 Europe/London")),
        (
            "feeds filters 3 include Taliban, Iran exclude sport only-polls on",
            FeedsFilters("3", ("Taliban,", "Iran"), ("sport",), True),
        ),
        ("feeds filters 3 clear", FeedsFilters("3", clear=True)),
        ("feeds filters 3", FeedsFilters("3")),
        ("feeds digest", FeedsDigest()),
        ("polls questions", PollsQuestions()),
        ("polls questions 3", PollsQuestions(3)),
        ("polls start", PollsStart()),
        ("polls start p12q1", PollsStart("p12q1")),
        ("polls close #4", PollsClose(4)),
        ("polls export 4 json", PollsExport(4, "json")),
        ("summary <https://example.org/a>", Summary("https://example.org/a")),
    ],
)
def test_commands_parse(text: str, expected: object) -> None:
    assert parse_command(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("feeds add", "Usage: `/pollwatch feeds add"),
        ("feeds add https://x.org backfill many", "backfill must be a number"),
        ("feeds filters 3 only-polls maybe", "takes on or off"),
        ("feeds filters 3 Taliban", "I don't understand 'Taliban'"),
        ("polls export 4 xml", "csv or json"),
        ("polls close", "Usage: `/pollwatch polls close <poll>`"),
        ("summary", "Usage: `/pollwatch summary <url>`"),
    ],
)
def test_bad_arguments_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message.replace("(", r"\(")):
        parse_command(text)


def test_unknown_subcommands_get_help() -> None:
    assert parse_command("feeds explode") == Help("I don't know `feeds explode`.")
    assert parse_command("polls") == Help("`polls` needs a subcommand: questions, start, close or export.")


async def test_schedule_filters_and_digest_now(
    signed: SignedSlack, standin: SlackStandin, feed_server: FeedServer, core: Pollwatch
) -> None:
    url = feed_server.set("/feed.xml", SAMPLE_FEED.read_bytes())
    await signed.command(f"feeds add {url} backfill 0", ADMIN)
    await standin.wait_for("response_url", within=10)
    [(subscription, _)] = await core.storage.subscriptions.with_feeds("slack", CHANNEL)
    n = subscription.id
    for text in (
        f"feeds schedule {n} daily 08:00 Europe/London",
        f"feeds filters {n} include Taliban exclude sport only-polls on",
        "feeds digest",
        f"feeds schedule {n} at noon",
        "feeds list",
    ):
        await signed.command(text, ADMIN)
    # "feeds digest" reads the sample posts before it answers: on a loaded machine that takes longer than the
    # default wait, and the test is about the answers, not their speed.
    replies = await standin.wait_for("response_url", 6, within=20)
    # Each command's work runs after its ack, so the answers may arrive in any order: match them by content.
    texts = [str(r.params["text"]) for r in replies[1:]]

    def one(needle: str) -> str:
        [found] = [t for t in texts if needle in t]
        return found

    one("now delivers a digest every day at 08:00 (Europe/London)")
    one('now delivers posts mentioning "Taliban", not mentioning "sport", with poll figures')
    one("Posting 1 scheduled digest now")
    assert one("'at noon' is not a schedule").startswith(":warning:")
    [listed] = [r for r in replies[1:] if r.params.get("blocks")]
    listing = json.dumps(listed.params["blocks"])
    assert "a digest every day at 08:00" in listing and "Taliban" in listing
    [(subscription, _)] = await core.storage.subscriptions.with_feeds("slack", CHANNEL)
    assert subscription.include == ("Taliban",) and subscription.only_polls


async def test_summary_of_a_link_for_everyone(
    signed: SignedSlack, standin: SlackStandin, feed_server: FeedServer
) -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i}: a new YouGov poll finds that 60% of registered voters call the Taliban a threat, "
        f"while 14% do not. The analysts say the figure is driven by fear rather than facts.</p>"
        for i in range(6)
    )
    page = f"<html><head><title>Fear and polls</title></head><body><article><h1>Fear and polls</h1>{paragraphs}</article></body></html>"
    url = feed_server.set("/article", page, headers={"Content-Type": "text/html; charset=utf-8"})
    await signed.command(f"summary <{url}>", MEMBER)
    [reply] = await standin.wait_for("response_url", within=10)
    assert reply.params["response_type"] == "ephemeral"
    blocks = json.dumps(reply.params["blocks"])
    assert "60%" in blocks
    assert standin.of("users.info") == []  # no role needed


async def test_moderators_from_a_user_group(
    core: Pollwatch, standin: SlackStandin, slack_settings: Settings, feed_server: FeedServer
) -> None:
    standin.usergroups["S0MODS"] = [MEMBER]
    service = SlackService(
        core, with_settings(slack_settings, slack_moderator_ids=(), slack_moderator_group="S0MODS")
    )
    await service.start()
    try:
        signed = SignedSlack(f"http://127.0.0.1:{service.port}/slack/events", standin)
        await signed.command("polls questions", MEMBER)
        [reply] = await standin.wait_for("response_url")
        assert "No poll questions" in reply.params["text"]
        assert [c.params["usergroup"] for c in standin.of("usergroups.users.list")] == ["S0MODS"]
    finally:
        await service.stop()
