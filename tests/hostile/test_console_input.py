"""Issue 14, defect 3: a bad duration (or any unexpected failure) never kills the console reader."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.console_commands import ConsoleSession
from bot.core import Pollwatch
from bot.errors import InvalidInput
from bot.polls.rules import DURATION_RULE, duration_from_minutes, parse_poll_duration
from tests.support import Clock

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("raw", ["inf", "-inf", "nan", "1e308", "0", "-5", "0.5", "10081", "soon"])
def test_minutes_outside_the_bounds_are_refused_with_the_one_message(raw: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        duration_from_minutes(raw)
    assert str(refused.value).startswith(DURATION_RULE)


@pytest.mark.parametrize("raw", ["99999999999999d", "0", "0s", "8d", "inf", "1e308", "30 parsecs"])
def test_typed_durations_outside_the_bounds_are_refused_with_the_one_message(raw: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_poll_duration(raw)
    assert str(refused.value).startswith(DURATION_RULE)


def test_durations_within_the_bounds_are_kept() -> None:
    assert duration_from_minutes("90").total_seconds() == 5400
    assert parse_poll_duration("7d").total_seconds() == 7 * 86400
    assert parse_poll_duration("1m").total_seconds() == 60


async def test_console_answers_bad_durations_and_goes_on(core: Pollwatch, clock: Clock) -> None:
    out = io.StringIO()
    session = ConsoleSession(core, out, clock=clock)
    for minutes in ("inf", "nan", "1e308", "0"):
        await session.execute(f'poll custom "Q?" A B --minutes {minutes}')
    await session.execute('poll custom "Q?" A B --duration 99999999999999d')
    await session.execute("poll results 99999999999999999999999")  # too big for SQLite: an unexpected error
    await session.execute("polls")
    await session.execute('poll custom "Still here?" A B --minutes 5')
    text = out.getvalue()
    assert text.count(f"error: {DURATION_RULE}") == 5, text
    # SQLite cannot bind that id (an unexpected error, answered with an apology); PostgreSQL says it has
    # no such poll. Either way the reader answers and goes on.
    assert "error: sorry, that command failed unexpectedly" in text or "99999999999999999999999" in text, text
    assert "Poll #1 in #demo: Still here?" in text
    assert len(await core.polls.polls("console", "demo")) == 1  # `--minutes 0` did not make a 24 h poll


@pytest.mark.slow
def test_the_command_reader_survives_and_end_of_input_still_stops_the_bot(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
    env.update(POLLWATCH_DB=str(tmp_path / "bot.db"), POLLWATCH_DEMO_FEED="", POLLWATCH_PARSE_WORKERS="0")
    script = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20)); "
        "from bot.cli import main; sys.argv = ['pollwatch', 'run', '--commands', '-']; sys.exit(main())"
    )
    commands = (
        'poll custom "Q?" A B --minutes inf\n'
        "poll results 99999999999999999999999\n"
        'poll custom "After?" A B --minutes 5\n'
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        input=commands,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"error: {DURATION_RULE}" in done.stdout
    assert "error: sorry, that command failed unexpectedly" in done.stdout
    assert "Poll #1 in #demo: After?" in done.stdout
    assert "console command failed" in done.stderr and "pollwatch stopped" in done.stderr
