"""The poll service over a real SQLite file: questions, drafts, starting, vote rules, permissions, results."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core import Pollwatch
from bot.errors import InvalidInput, NotFound, PermissionDenied, UserError
from bot.models import Actor
from bot.polls.compare import NOT_SURE_LABEL
from bot.polls.models import Poll, PollStatus
from bot.polls.rules import VoteKind
from tests.polls.poll_support import MOD, QUESTION, at, member, publish_taliban_post
from tests.support import Clock, FeedServer


async def start_taliban(core: Pollwatch, feed_server: FeedServer, clock: Clock, **kwargs: object) -> Poll:
    await publish_taliban_post(core, feed_server)
    [question] = await core.polls.questions("console", "demo")
    draft = await core.polls.draft_from_question(MOD, question.id)
    return await core.polls.start(MOD, "console", "demo", draft=draft, now=at(clock), **kwargs)  # type: ignore[arg-type]


async def test_questions_have_short_ids_and_the_draft_is_prefilled(
    poll_core: Pollwatch, feed_server: FeedServer
) -> None:
    await publish_taliban_post(poll_core, feed_server)
    [question] = await poll_core.polls.questions("console", "demo")
    assert question.id == f"p{question.post_id}q1"
    assert question.text == QUESTION and len(question.groups) == 2
    assert await poll_core.polls.questions("console", "elsewhere") == []

    draft = await poll_core.polls.draft_from_question(MOD, question.id)
    # 60 + 14 leaves 26 points: "Not sure" is offered.
    assert draft.options == ("Yes, a threat", "No, not a threat", NOT_SURE_LABEL)
    assert [r.population for r in draft.references] == ["registered voters", "2020 Trump voters"]
    assert draft.references[1].shares == {"Yes, a threat": 83, "No, not a threat": 6}
    assert draft.references[0].sample_size == 1000 and draft.references[0].pollster == "YouGov"
    assert draft.pollster == "YouGov" and draft.post_link == "https://example.org/taliban"
    assert draft.subgroup_options == ("2020 Trump voters", "None of these")


async def test_unknown_question_ids_are_clear(poll_core: Pollwatch, feed_server: FeedServer) -> None:
    await publish_taliban_post(poll_core, feed_server)
    with pytest.raises(InvalidInput, match="p12q2"):
        await poll_core.polls.draft_from_question(MOD, "question one")
    with pytest.raises(NotFound, match="no p1q9"):
        await poll_core.polls.draft_from_question(MOD, "p1q9")
    with pytest.raises(NotFound):
        await poll_core.polls.draft_from_question(MOD, "p99q1")


async def test_vote_change_double_click_withdraw(
    poll_core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    poll = await start_taliban(poll_core, feed_server, clock)
    alice = member("alice")
    polls = poll_core.polls
    assert (await polls.vote(alice, poll.id, 0, now=at(clock))).kind is VoteKind.RECORDED
    again = await polls.vote(alice, poll.id, "yes, A threat", now=at(clock))
    assert again.kind is VoteKind.UNCHANGED and "nothing changed" in again.message
    assert (await polls.vote(alice, poll.id, 1, now=at(clock))).kind is VoteKind.CHANGED
    assert (await polls.vote(member("bob"), poll.id, 1, now=at(clock))).kind is VoteKind.RECORDED
    results = await polls.results(MOD, poll.id, now=at(clock))
    assert results.n == 2 and [o.votes for o in results.options] == [0, 2, 0]

    assert (await polls.withdraw(alice, poll.id, now=at(clock))).kind is VoteKind.WITHDRAWN
    assert (await polls.withdraw(alice, poll.id, now=at(clock))).kind is VoteKind.NOTHING_TO_WITHDRAW
    assert (await polls.results(MOD, poll.id, now=at(clock))).n == 1
    # The same user id on another platform is another member.
    await polls.vote(Actor("slack", "user-bob"), poll.id, 0, now=at(clock))
    assert (await polls.results(MOD, poll.id, now=at(clock))).n == 2

    with pytest.raises(NotFound, match="not one of the options"):
        await polls.vote(alice, poll.id, "Maybe", now=at(clock))
    with pytest.raises(InvalidInput, match="no option 4"):
        await polls.vote(alice, poll.id, 3, now=at(clock))
    with pytest.raises(NotFound, match="no poll #999"):
        await polls.vote(alice, 999, 0, now=at(clock))


async def test_votes_after_close_or_deadline_are_refused_with_the_time(
    poll_core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    poll = await start_taliban(poll_core, feed_server, clock, duration=timedelta(minutes=10))
    await poll_core.polls.vote(member(1), poll.id, 0, now=at(clock))
    clock.advance(600)  # the deadline, before the scheduler has run
    with pytest.raises(UserError, match=r"closed at \d{4}-\d\d-\d\d \d\d:\d\d UTC"):
        await poll_core.polls.vote(member(2), poll.id, 0, now=at(clock))
    with pytest.raises(UserError, match="closed at"):
        await poll_core.polls.withdraw(member(1), poll.id, now=at(clock))
    [closed] = await poll_core.polls.close_due(at(clock))
    assert closed.results.n == 1 and closed.poll.status is PollStatus.CLOSED
    with pytest.raises(UserError, match="closed at"):
        await poll_core.polls.vote(member(1), poll.id, 1, now=at(clock))


async def test_voter_ids_are_stored_only_as_salted_hashes(
    poll_core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    poll = await start_taliban(poll_core, feed_server, clock)
    await poll_core.polls.vote(member("alice-1234"), poll.id, 0, now=at(clock))
    rows = await poll_core.storage.db.fetchall("SELECT * FROM votes")
    assert len(rows) == 1
    stored = " ".join(str(v) for v in tuple(rows[0]))
    assert "alice-1234" not in stored and len(rows[0]["voter_hash"]) == 64


async def test_members_cannot_start_draft_or_close(
    poll_core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    poll = await start_taliban(poll_core, feed_server, clock)
    someone = member("eve")
    with pytest.raises(PermissionDenied, match="only moderators can start polls"):
        await poll_core.polls.start(
            someone, "console", "demo", question="Tea?", options=["Yes", "No"], now=at(clock)
        )
    with pytest.raises(PermissionDenied):
        await poll_core.polls.draft_from_question(someone, "p1q1")
    with pytest.raises(PermissionDenied, match="only moderators can close polls"):
        await poll_core.polls.close(someone, poll.id, now=at(clock))
    assert (await poll_core.polls.get(poll.id)).is_open


async def test_start_validates_options_duration_and_one_open_poll_per_question(
    poll_core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    poll = await start_taliban(poll_core, feed_server, clock)
    draft = await poll_core.polls.draft_from_question(MOD, "p1q1")
    with pytest.raises(InvalidInput, match="still open in this channel"):
        await poll_core.polls.start(MOD, "console", "demo", draft=draft, now=at(clock))
    # Another channel may run the same question.
    other = await poll_core.polls.start(MOD, "console", "other", draft=draft, now=at(clock))
    assert other.id != poll.id

    polls = poll_core.polls
    with pytest.raises(InvalidInput, match="2 to 10 options"):
        await polls.start(MOD, "console", "demo", question="Tea?", options=["Yes"], now=at(clock))
    with pytest.raises(InvalidInput, match="2 to 10 options"):
        await polls.start(
            MOD, "console", "demo", question="Tea?", options=[str(i) for i in range(11)], now=at(clock)
        )
    for bad in (timedelta(seconds=59), timedelta(days=7, seconds=1)):
        with pytest.raises(InvalidInput, match="1 minute to 7 days"):
            await polls.start(
                MOD, "console", "demo", question="Tea?", options=["Y", "N"], duration=bad, now=at(clock)
            )

    custom = await polls.start(
        MOD, "console", "demo", question="Tea or coffee?", options=["Tea", "Coffee"], now=at(clock)
    )
    assert custom.spec.references == () and custom.spec.closes_at - at(clock) == timedelta(hours=24)
    with pytest.raises(InvalidInput, match="still open"):
        await polls.start(
            MOD, "console", "demo", question="tea or  COFFEE?", options=["Tea", "Coffee"], now=at(clock)
        )

    # After closing, the question can be asked again; edited options get their own references.
    await polls.close(MOD, poll.id, now=at(clock))
    again = await polls.start(
        MOD, "console", "demo", draft=draft, options=["No, not a threat", "Yes, a threat"], now=at(clock)
    )
    assert again.spec.references[0].shares == {"No, not a threat": 14, "Yes, a threat": 60}


async def test_results_hidden_until_close_unless_live(
    poll_core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    poll = await start_taliban(poll_core, feed_server, clock, duration=timedelta(hours=1))
    await poll_core.polls.vote(member(1), poll.id, 0, now=at(clock))
    with pytest.raises(PermissionDenied, match="hidden until it closes at"):
        await poll_core.polls.results(member(1), poll.id, now=at(clock))
    with pytest.raises(PermissionDenied):
        await poll_core.polls.export(member(1), poll.id, "csv", now=at(clock))
    assert (await poll_core.polls.results(MOD, poll.id, now=at(clock))).n == 1  # moderators may look

    live = await poll_core.polls.start(
        MOD, "console", "demo", question="Tea?", options=["Yes", "No"], hide_results=False, now=at(clock)
    )
    await poll_core.polls.vote(member(1), live.id, "No", now=at(clock))
    assert [o.votes for o in (await poll_core.polls.results(member(2), live.id, now=at(clock))).options] == [
        0,
        1,
    ]

    closed = await poll_core.polls.close(MOD, poll.id, now=at(clock))
    assert closed.closed_now and closed.chart_path is not None and closed.chart_path.stat().st_size > 10_000
    assert (await poll_core.polls.results(member(1), poll.id, now=at(clock))).n == 1
    csv_text = await poll_core.polls.export(member(1), poll.id, "csv", now=at(clock))
    assert csv_text.startswith("question,subgroup,n,option") and "user-1" not in csv_text
    assert '"n": 1' in await poll_core.polls.export(member(1), poll.id, "json", now=at(clock))
    with pytest.raises(InvalidInput):
        await poll_core.polls.export(MOD, poll.id, "xlsx", now=at(clock))
    # Idempotent: closing again returns the same results and says it did not close it this time.
    assert not (await poll_core.polls.close(MOD, poll.id, now=at(clock))).closed_now


async def test_subgroups_below_ten_are_too_small(
    poll_core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    draft_poll = await start_taliban(poll_core, feed_server, clock)
    await poll_core.polls.close(MOD, draft_poll.id, now=at(clock))
    draft = await poll_core.polls.draft_from_question(MOD, "p1q1")
    poll = await poll_core.polls.start(
        MOD,
        "console",
        "demo",
        draft=draft,
        subgroup_question=draft.subgroup_question,
        subgroup_options=draft.subgroup_options,
        now=at(clock),
    )
    assert poll.spec.subgroup_population_map == {"2020 Trump voters": "2020 Trump voters"}
    for i in range(40):
        sub = "2020 Trump voters" if i < 4 else "none of these"
        await poll_core.polls.vote(member(i), poll.id, i % 3, sub, now=at(clock))
    # A later click without a subgroup keeps the member's subgroup answer.
    await poll_core.polls.vote(member(0), poll.id, 1, now=at(clock))
    with pytest.raises(NotFound):
        await poll_core.polls.vote(member(0), poll.id, 1, "Martians", now=at(clock))
    results = (await poll_core.polls.close(MOD, poll.id, now=at(clock))).results
    by_label = {s.label: s for s in results.subgroups}
    trump = by_label["2020 Trump voters"]
    assert trump.too_small and trump.n is None and trump.options == ()
    assert by_label["None of these"].n == 36
    assert results.n == 40 and not results.too_small


async def test_a_question_the_post_does_not_word_must_be_worded_by_the_moderator(
    poll_core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    from dataclasses import replace

    await publish_taliban_post(poll_core, feed_server)
    [question] = await poll_core.polls.questions("console", "demo")
    unworded = replace(await poll_core.polls.draft_from_question(MOD, question.id), question="")
    with pytest.raises(InvalidInput, match="without wording the question"):
        await poll_core.polls.start(MOD, "console", "demo", draft=unworded, now=at(clock))
    poll = await poll_core.polls.start(
        MOD, "console", "demo", draft=unworded, question="Is the comeback a threat?", now=at(clock)
    )
    assert poll.spec.question == "Is the comeback a threat?"
