"""Answering a click in time when the work behind it is slow.

Discord drops an interaction that gets no first response within 3 seconds of being sent ("This interaction
failed"), and the member cannot tell whether the vote was kept. A vote is one database write, usually a few
milliseconds; but a burst of clicks on a busy database, or a slow disk, can queue writes for longer. So the
work starts at once, and if it has not finished within :data:`ANSWER_BUDGET` the interaction is deferred
(an ephemeral "thinking…" answer) and the real answer follows as a follow-up, which Discord accepts for 15
minutes. The budget leaves room for the time the click spent reaching us and for the defer's own request.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any, TypeVar

import discord

log = logging.getLogger("pollwatch.discord")

ANSWER_BUDGET = 1.5  # seconds of work before we defer; Discord's limit for the first response is 3

T = TypeVar("T")


async def within_budget(
    interaction: discord.Interaction[Any], work: Awaitable[T], budget: float = ANSWER_BUDGET
) -> T:
    """The result of ``work``; if it takes longer than ``budget``, ``interaction`` is deferred meanwhile.

    The work is never cancelled: a vote that was slow to write is still written, and its answer goes out
    as a follow-up (``adapters.discord.errors.reply`` picks the right call). A defer that fails (the
    interaction already expired) is logged, and the work still completes."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=budget)
    if not done and not interaction.response.is_done():
        try:
            await interaction.response.defer(ephemeral=True, thinking=True)
        except discord.HTTPException as exc:
            log.warning("could not defer a slow interaction: %s", exc)
    return await task
