"""Every limit pollwatch can reach on Slack is trimmed by pollwatch, never refused by Slack: the longest
question, options and subgroup answers the core allows, a 10-option poll, a huge feed title and summary, a
post with 25 subgroups of figures, and a bundle of many such posts, all sent to the stricter stand-in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack import blocks as bk
from adapters.slack.modal import poll_modal
from adapters.slack.server import SlackService
from bot.core import Pollwatch
from bot.models import Actor, Digest, DigestBundle, Figure, FigureGroup, PollMeta
from bot.outbox import Outbox
from bot.permissions import OPERATOR
from bot.polls.models import MAX_LABEL_CHARS, MAX_OPTIONS, MAX_QUESTION_CHARS
from bot.polls.service import PollDraft
from tests.slack.conftest import CHANNEL
from tests.slack.standin import BOT_TOKEN, SlackStandin
from tests.support import Clock

WORDS = "lorem & ipsum <dolor> sit amet "


def longest(n: int, tag: str = "") -> str:
    return (tag + WORDS * (n // len(WORDS) + 1))[:n]


def huge_digest(post_id: int, groups: int = 25) -> Digest:
    figure_groups = tuple(
        FigureGroup(
            id=f"g{g}",
            question=longest(400, f"Q{g} "),
            population=longest(200, f"population {g} "),
            pollster="YouGov",
            quote="",
            figures=tuple(
                Figure(10.0 + o, 0, 2, f"g{g}", "q", longest(120, f"answer {o} "), "p") for o in range(8)
            ),
            when=longest(100),
        )
        for g in range(groups)
    )
    return Digest(
        post_id=post_id,
        title=longest(5000, "title "),
        link="https://example.org/" + "a" * 900,
        feed_title=longest(2000, "feed "),
        published_at=datetime(2026, 3, 2, tzinfo=UTC),
        summary=longest(20_000, "summary "),
        groups=figure_groups,
        meta=PollMeta(pollster=longest(300), sample_size=1500),
    )


async def test_the_biggest_digest_and_bundle_are_trimmed_not_refused(
    slack: SlackService, standin: SlackStandin
) -> None:
    await slack.adapter.send_digest(CHANNEL, huge_digest(1), delivery_id=1)
    bundle = DigestBundle(
        longest(3000, "Daily digest: "),
        None,
        datetime(2026, 3, 2, tzinfo=UTC),
        tuple(huge_digest(i) for i in range(30)),
    )
    await slack.adapter.send_bundle(CHANNEL, bundle, delivery_id=2)
    assert len(standin.posted(CHANNEL)) >= 3  # the digest, then the bundle split into several messages


async def test_the_biggest_poll_its_live_tally_and_results_are_trimmed_not_refused(
    core: Pollwatch, slack: SlackService, standin: SlackStandin, clock: Clock
) -> None:
    poll = await core.polls.start(
        OPERATOR,
        "slack",
        CHANNEL,
        now=datetime.fromtimestamp(clock(), UTC),
        question=longest(MAX_QUESTION_CHARS, "question "),
        options=[longest(MAX_LABEL_CHARS, f"option {i} ") for i in range(MAX_OPTIONS)],
        duration=timedelta(hours=1),
        hide_results=False,
        subgroup_question=longest(MAX_QUESTION_CHARS, "which "),
        subgroup_options=[longest(MAX_LABEL_CHARS, f"group {i} ") for i in range(MAX_OPTIONS)],
    )
    ref = await slack.adapter.post_poll(poll)
    await core.polls.set_message_ref(poll.id, ref)
    _, ts = ref.split(":", 1)
    counts = {i: 1000 * i for i in range(MAX_OPTIONS)}
    await slack.adapter.call(
        "chat.update",
        channel=CHANNEL,
        ts=ts,
        text=bk.poll_text(poll),
        blocks=bk.poll_blocks(poll, counts=counts),
    )
    for i in range(MAX_OPTIONS * 2):  # votes in every option and every subgroup: the fullest table
        member = Actor("slack", f"U{i}", f"u{i}", frozenset())
        subgroup = poll.spec.subgroup_options[i % MAX_OPTIONS].label
        await core.polls.vote(
            member, poll.id, i % MAX_OPTIONS, subgroup, now=datetime.fromtimestamp(clock(), UTC)
        )
    clock.advance(3601)
    await core.polls.close_due(datetime.fromtimestamp(clock(), UTC))
    outbox = Outbox(core.storage, {"slack": slack.adapter}, clock=clock, polls=core.polls)
    assert (await outbox.dispatch_due()).notices == 1
    assert [status for status, _ in await core.storage.notices.results_rows(poll.id)] == ["sent"]


async def test_the_fullest_poll_form_opens(standin: SlackStandin) -> None:
    draft = PollDraft(
        question_id="p1q1",
        question=longest(MAX_QUESTION_CHARS, "question "),
        options=tuple(longest(MAX_LABEL_CHARS, f"option {i} ") for i in range(MAX_OPTIONS)),
        references=(),
        pollster=longest(300),
        post_id=1,
        post_link="https://example.org/p",
        published_at=None,
        subgroup_options=tuple(longest(MAX_LABEL_CHARS, f"group {i} ") for i in range(MAX_OPTIONS)),
    )
    client = AsyncWebClient(token=BOT_TOKEN, base_url=standin.api_url)
    await client.views_open(trigger_id="1.t", view=poll_modal(CHANNEL, draft, timedelta(days=7)))
