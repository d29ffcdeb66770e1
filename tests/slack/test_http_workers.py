"""Slack HTTP mode scaled out: three `pollwatch run --only slack` processes behind one address, with no
sticky sessions. Signed requests alternate between them: a command acknowledged by one worker, its form
submitted to another, votes spread over all three, the close on yet another; every worker checks the
signature with the shared secret, and the count is exact."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core import Pollwatch
from tests.pg_server import both_backends
from tests.slack.conftest import (
    CHANNEL,
    MODERATOR,
    SIGNING_SECRET,
    SignedSlack,
)
from tests.slack.standin import BOT_TOKEN, SlackStandin
from tests.slack.test_polls import first_question, form_values
from tests.support import FeedServer

ROOT = Path(__file__).resolve().parents[2]
LISTENING = re.compile(r"HTTP mode, listening on 127\.0\.0\.1:(\d+)/slack/events")


def _env(settings: Settings, standin: SlackStandin, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
    env.update(
        POLLWATCH_DB=str(settings.db_url or settings.db_path),
        POLLWATCH_LOG_LEVEL="INFO",
        POLLWATCH_CHART_DIR=str(tmp_path / "charts"),
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=standin.api_url,
        POLLWATCH_SLACK_HOST="127.0.0.1",
        POLLWATCH_SLACK_PORT="0",
        POLLWATCH_SLACK_MODERATOR_IDS=MODERATOR,
    )
    return env


async def _worker(tmp_path: Path, n: int, env: dict[str, str]) -> tuple[asyncio.subprocess.Process, int]:
    """A worker process and the port it listens on (from its log)."""
    log_path = tmp_path / f"worker{n}.log"
    with log_path.open("w") as log:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--only", "slack", cwd=ROOT, env=env, stdout=log, stderr=log
        )
    for _ in range(400):
        found = LISTENING.search(log_path.read_text())
        if found:
            return proc, int(found.group(1))
        if proc.returncode is not None:
            break
        await asyncio.sleep(0.05)
    raise AssertionError(log_path.read_text())


@both_backends
@pytest.mark.slow
async def test_three_workers_share_the_signing_check_and_need_no_sticky_sessions(
    standin: SlackStandin, settings: Settings, feed_server: FeedServer, tmp_path: Path
) -> None:
    core = await Pollwatch.open(settings)
    try:
        qid = await first_question(core, feed_server)
    finally:
        await core.close()
    env = _env(settings, standin, tmp_path)
    started = [await _worker(tmp_path, n, env) for n in range(3)]
    procs = [p for p, _ in started]
    workers = [SignedSlack(f"http://127.0.0.1:{port}/slack/events", standin) for _, port in started]
    try:
        assert len({port for _, port in started}) == 3
        # Every worker checks the signature with the shared secret.
        for worker in workers:
            assert (await worker.command("help", MODERATOR)).status == 200
            assert (await worker.command("help", MODERATOR, signature="v0=" + "0" * 64)).status == 401
        standin.calls.clear()

        # Worker 0 acknowledges the command and opens the form; worker 1 gets the form's submission.
        assert (await workers[0].command(f"polls start {qid}", MODERATOR)).status == 200
        [opened] = await standin.wait_for("views.open", within=10)
        view = opened.json("view")
        fields = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
        values = form_values(fields["question"]["initial_value"], ["Yes", "No", "Not sure"])
        submitted = await workers[1].submit(MODERATOR, view, values)
        assert submitted.status == 200 and submitted.text == ""
        await standin.wait_for("chat.postMessage", within=10)

        probe = await Pollwatch.open(settings)
        try:
            [poll] = await probe.polls.polls("slack", CHANNEL)
            for _ in range(200):  # the worker saves the message's ts right after the post
                if (poll := await probe.polls.get(poll.id)).message_ref:
                    break
                await asyncio.sleep(0.02)
            ts = (poll.message_ref or "").rpartition(":")[2] or "1.0"

            # 30 members vote, each click on the next worker round the ring; a third change their vote on
            # yet another worker.
            users = [f"U{i:04d}" for i in range(30)]
            clicks = [workers[i % 3].click(u, poll.id, i % 2, message_ts=ts) for i, u in enumerate(users)]
            changes = [
                workers[(i + 1) % 3].click(u, poll.id, 2, message_ts=ts)
                for i, u in enumerate(users)
                if i % 3 == 0
            ]
            assert {a.status for a in await asyncio.gather(*clicks)} == {200}
            # The ack comes before the vote is stored: the changes go once the first votes are confirmed.
            await standin.wait_for("chat.postEphemeral", len(clicks), within=20)
            assert {a.status for a in await asyncio.gather(*changes)} == {200}
            await standin.wait_for("chat.postEphemeral", len(clicks) + len(changes), within=20)

            # The close lands on worker 2: it closes the poll once and posts its results once.
            assert (await workers[2].command(f"polls close {poll.id}", MODERATOR)).status == 200
            await standin.wait_for("files.completeUploadExternal", within=20)
            closed = await probe.polls.closed(poll.id)
            assert [o.votes for o in closed.results.options] == [10, 10, 10]
            assert closed.results.n == 30
            # A second close on another worker changes nothing and posts nothing new.
            assert (await workers[0].command(f"polls close {poll.id}", MODERATOR)).status == 200
            await standin.wait_for("response_url", 2, within=10)
            assert len(standin.of("files.completeUploadExternal")) == 1
        finally:
            await probe.close()
    finally:
        for proc in procs:
            if proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
        codes = [await asyncio.wait_for(proc.wait(), 30) for proc in procs]
    logs = [(tmp_path / f"worker{n}.log").read_text() for n in range(3)]
    assert codes == [0, 0, 0], logs
    assert all("roles: slack" in text for text in logs)
