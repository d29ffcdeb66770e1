"""What every Slack handler needs: the core, the Slack adapter, role lookups, and how to answer."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime

from adapters.slack.adapter import SlackAdapter
from adapters.slack.blocks import Block, escape
from adapters.slack.roles import Roles
from bot.clock import require_datetime
from bot.core import Pollwatch
from bot.errors import UserError

log = logging.getLogger(__name__)

PLATFORM = "slack"
APOLOGY = "Sorry, something went wrong on my side; the operator can find the details in pollwatch's log."


@dataclass(frozen=True, slots=True)
class Reply:
    """An ephemeral answer to the member who asked."""

    text: str
    blocks: list[Block] | None = None


@dataclass
class SlackServices:
    core: Pollwatch
    adapter: SlackAdapter
    roles: Roles
    # Called when a command created work for the run loop (a feed added, a poll with a near deadline).
    wake: Callable[[], None] = field(default=lambda: None)

    def now(self) -> datetime:
        return require_datetime(self.core.clock())


async def answer_errors(
    work: Callable[[], Awaitable[Reply | None]], send: Callable[[Reply], Awaitable[None]]
) -> None:
    """Run ``work`` and send its reply; a UserError is sent as it is, anything else is logged and
    apologised for (never shown: it may carry internals)."""
    try:
        reply = await work()
    except UserError as exc:
        reply = Reply(f":warning: {escape(str(exc))}")  # it may quote a feed's or a member's words
    except Exception:
        log.exception("a Slack command failed")
        reply = Reply(APOLOGY)
    if reply is not None:
        try:
            await send(reply)
        except Exception:
            log.exception("could not send a reply to Slack")
