"""The reader-poll flow on the console: the interpreter in-process, the scheduler hook, and `pollwatch run
--commands -` as a real process over the bundled sample feed."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from adapters.console import ConsoleAdapter
from adapters.console_commands import ConsoleSession
from adapters.runtime import announce_closed_polls
from bot.core import Pollwatch
from bot.ports import ChatAdapter
from tests.polls.poll_support import MOD, at, member, publish_taliban_post
from tests.support import Clock, FeedServer

ROOT = Path(__file__).resolve().parents[2]


def file_size(path: str) -> int:
    return Path(path).stat().st_size


async def run_script(session: ConsoleSession, out: io.StringIO, script: str) -> str:
    start = out.tell()
    for line in script.strip().splitlines():
        await session.execute(line)
    out.seek(start)
    text = out.read()
    out.seek(0, io.SEEK_END)
    return text


async def test_from_a_digested_question_to_a_closed_poll(
    poll_core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    await publish_taliban_post(poll_core, feed_server)
    out = io.StringIO()
    session = ConsoleSession(poll_core, out, clock=clock)

    listing = await run_script(session, out, "questions")
    qid = re.search(r"\[(p\d+q\d+)\]", listing)
    assert qid is not None and "registered voters: Yes, a threat 60% · No, not a threat 14%" in listing

    votes = "\n".join(f"as m{i} vote 1 {1 + i % 3}" for i in range(35))
    text = await run_script(
        session,
        out,
        f"""
        poll start {qid.group(1)} --minutes 90 --subgroups
        {votes}
        as m0 vote 1 1
        as m1 vote 1 "Yes, a threat" "2020 Trump voters"
        as m2 withdraw 1
        as m0 poll results 1
        as m0 poll close 1
        as m0 moderator
        poll close 1
        """,
    )
    assert "Poll #1 in #demo: Is the Taliban's comeback a threat to the U.S.?" in text
    assert "  3. Not sure" in text and "Compared with YouGov: registered voters, 2020 Trump voters" in text
    assert "m0: You already voted “Yes, a threat” in poll #1; nothing changed." in text
    assert "m1: Your vote in poll #1 is now “Yes, a threat”." in text
    assert "m2: Your vote in poll #1 is withdrawn." in text
    assert "error: The results of poll #1 are hidden until it closes at" in text
    assert "error: only moderators can close polls" in text
    assert "now acting as m0 (moderator)" in text
    assert "Poll #1 closed at" in text and "34 votes" in text
    assert (
        "registered voters" in text
        and "Yes, a threat" in text
        and "Note: A chat poll is self-selected" in text
    )
    chart = re.search(r"Chart: (\S+\.png)", text)
    assert chart is not None and file_size(chart.group(1)) > 10_000

    after = await run_script(session, out, "as m5 vote 1 1\npoll export 1 csv\nbogus\npoll start p9q9")
    assert "error: Poll #1 closed at" in after
    assert after.count("\nQuestion") == 0 and "question,subgroup,n,option" in after
    assert "error: unknown command 'bogus'; try help" in after
    assert "error: There is no post 9" in after


async def test_custom_polls_and_bad_lines(poll_core: Pollwatch, clock: Clock) -> None:
    out = io.StringIO()
    session = ConsoleSession(poll_core, out, clock=clock)
    text = await run_script(
        session,
        out,
        """
        poll custom "Tea or coffee?" Tea Coffee --live --minutes 5
        poll custom "Only one?" Yes
        poll custom "Too short?" Yes No --minutes 0.5
        as ann vote 1 coffee
        as ann poll results 1
        as bob poll custom "Mine?" A B
        vote 1 "unclosed
        help
        quit
        """,
    )
    assert "results shown live" in text and "ann: Your vote for “Coffee” in poll #1 is recorded." in text
    assert "error: A poll needs 2 to 10 options; got 1." in text
    assert "error: A poll runs from 1 minute to 7 days" in text
    assert "Coffee   100% (1)" in text
    assert "error: only moderators can start polls" in text
    assert "error: No closing quotation" in text and "poll start <qid>" in text
    assert session.done


async def test_the_scheduler_closes_due_polls_and_posts_the_results(
    poll_core: Pollwatch, clock: Clock
) -> None:
    poll = await poll_core.polls.start(
        MOD,
        "console",
        "demo",
        question="Tea?",
        options=["Yes", "No"],
        duration=timedelta(minutes=1),
        now=at(clock),
    )
    await poll_core.polls.vote(member(1), poll.id, 0, now=at(clock))
    out = io.StringIO()
    adapters: dict[str, ChatAdapter] = {"console": ConsoleAdapter(out)}
    await announce_closed_polls(poll_core, adapters)
    assert out.getvalue() == ""
    clock.advance(60)
    await announce_closed_polls(poll_core, adapters)
    await announce_closed_polls(poll_core, adapters)  # closed once, announced once
    text = out.getvalue()
    assert text.count("Poll #1 closed at") == 1 and "[#demo]" in text and "1 vote" in text
    chart = re.search(r"Chart: (\S+\.png)", text)
    assert chart is not None and file_size(chart.group(1)) > 0


def _run(tmp_path: Path, script: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
    env.update(
        {
            "POLLWATCH_DB": str(tmp_path / "bot.db"),
            "POLLWATCH_CHART_DIR": str(tmp_path / "charts"),
            "POLLWATCH_LOG_LEVEL": "WARNING",
        }
    )
    return subprocess.run(
        [sys.executable, "-m", "bot", "run", "--commands", "-"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        input=script,
        capture_output=True,
        text=True,
        timeout=90,
    )


@pytest.mark.slow
def test_pollwatch_run_takes_console_commands_from_stdin(tmp_path: Path) -> None:
    first = _run(tmp_path, "questions 50\n")
    assert first.returncode == 0, first.stderr
    # The digests show the ids that `questions` lists.
    digest_ids = set(re.findall(r"Q\d+\. \[(p\d+q\d+)\]", first.stdout))
    listed = re.findall(r"^\[(p\d+q\d+)\]", first.stdout, re.MULTILINE)
    assert listed and set(listed) == digest_ids

    qid = listed[0]
    script = "\n".join(
        [
            f"poll start {qid} --minutes 30 --option Yes --option No --option 'Not sure'",
            "as alice vote 1 1",
            "as bob vote 1 2",
            "as bob vote 1 2",
            "as carol vote 1 3",
            "as alice poll close 1",
            "poll close 1",
        ]
    )
    second = _run(tmp_path, script + "\n")  # a new process over the same database
    assert second.returncode == 0, second.stderr
    out = second.stdout
    assert "Poll #1 in #demo" in out and "bob: You already voted “No” in poll #1; nothing changed." in out
    assert "error: only moderators can close polls" in out
    assert "Poll #1 closed at" in out and "3 votes" in out and "95% CI" in out
    chart = re.search(r"Chart: (\S+\.png)", out)
    assert chart is not None and Path(chart.group(1)).is_file()
    assert Path(chart.group(1)).is_relative_to(tmp_path / "charts")
    assert "Traceback" not in second.stderr


async def test_results_are_posted_once_through_the_outbox_and_reposted_on_request(
    poll_core: Pollwatch, feed_server: FeedServer, clock: Clock
) -> None:
    await publish_taliban_post(poll_core, feed_server)
    out = io.StringIO()
    session = ConsoleSession(poll_core, out, clock=clock)
    text = await run_script(
        session,
        out,
        """
        poll custom "Tram or bus?" "Tram" "Bus" --minutes 60
        as m1 vote 1 1
        as m1 poll repost 1
        poll repost 1
        poll close 1
        """,
    )
    assert "only moderators can repost poll results" in text
    assert "still open" in text
    assert text.count("[#demo] Poll #1 closed at") == 1  # the close's results row, sent at once
    again = await run_script(session, out, "poll repost 1")
    assert again.count("[#demo] Poll #1 closed at") == 1
    rows = await poll_core.storage.notices.results_rows(1)
    assert [status for status, _ in rows] == ["sent", "sent"]
    # The scheduler's pass finds nothing left to post.
    await announce_closed_polls(poll_core, {"console": ConsoleAdapter(out)})
    assert out.getvalue().count("[#demo] Poll #1 closed at") == 2
