"""Console rough edges: results of an open hidden poll, subgroups by number, and a prompt for a person."""

from __future__ import annotations

import asyncio
import io
import os
import re
import threading

from adapters.console_commands import ConsoleSession
from adapters.runtime import read_commands
from bot.core import Pollwatch
from tests.polls.test_console_polls import run_script
from tests.support import Clock


async def test_results_of_an_open_hidden_poll_do_not_say_it_closed(
    poll_core: Pollwatch, clock: Clock
) -> None:
    out = io.StringIO()
    session = ConsoleSession(poll_core, out, clock=clock)
    await run_script(session, out, 'poll custom "Tea or coffee?" Tea Coffee --minutes 90')
    await run_script(session, out, "as ann vote 1 1")
    text = await run_script(session, out, "poll results 1")  # the operator (a moderator) may peek
    assert "1 vote · so far · open until" in text
    assert "closed" not in text
    closed = await run_script(session, out, "poll close 1")
    assert re.search(r"1 vote · closed \d", closed)


async def test_the_subgroup_answer_takes_a_number_like_the_option(poll_core: Pollwatch, clock: Clock) -> None:
    out = io.StringIO()
    session = ConsoleSession(poll_core, out, clock=clock)
    await run_script(
        session,
        out,
        'poll custom "Tea?" Yes No --minutes 90 --subgroup-question "Who are you?" '
        '--subgroup-option "Under 30" --subgroup-option "30 or over"',
    )
    text = await run_script(session, out, "as ann vote 1 1 2\nas bob vote 1 2 'Under 30'\nas cy vote 1 1 3")
    assert "error" in text.splitlines()[-1] and "There is no option 3" in text
    votes = await poll_core.storage.db.fetchall("SELECT subgroup FROM votes ORDER BY subgroup")
    assert [r["subgroup"] for r in votes] == ["30 or over", "Under 30"]


async def test_a_person_at_a_terminal_gets_a_prompt(poll_core: Pollwatch, clock: Clock) -> None:
    main, secondary = os.openpty()
    out = io.StringIO()
    session = ConsoleSession(poll_core, out, clock=clock)
    terminal = os.fdopen(secondary, encoding="utf-8")
    os.write(main, b"polls\nquit\n\x04")  # ^D: the end of input, as a person types it
    await asyncio.wait_for(read_commands(session, terminal, asyncio.Event(), asyncio.Event()), 10)
    # The reading thread sees the end of input and stops; only then is the terminal closed.
    reader = next((t for t in threading.enumerate() if t.name == "console-commands"), None)
    if reader is not None:
        await asyncio.to_thread(reader.join, 10)
    terminal.close()
    os.close(main)
    assert out.getvalue().count("pollwatch #demo> ") == 2  # before each command typed


async def test_a_script_gets_no_prompt(poll_core: Pollwatch, clock: Clock) -> None:
    out = io.StringIO()
    session = ConsoleSession(poll_core, out, clock=clock)
    await asyncio.wait_for(
        read_commands(session, io.StringIO("polls\n"), asyncio.Event(), asyncio.Event()), 10
    )
    assert "pollwatch #demo>" not in out.getvalue()
