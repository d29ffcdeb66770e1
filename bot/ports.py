"""What the core needs from a chat platform. Adapters in ``adapters/`` implement it; the core never
imports them."""

from __future__ import annotations

from typing import Protocol

from bot.errors import PollwatchError
from bot.models import Digest, DigestBundle
from bot.polls.service import ClosedPoll


class ChannelUnavailable(PollwatchError):
    """The platform says the channel can't take messages (bot removed, channel deleted): park the
    delivery rather than retry it, and tell the admins once. ``reason`` says why, in a few words."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason or message


class ChatAdapter(Protocol):
    """One chat platform (Discord, Slack, the console)."""

    platform: str

    async def send_digest(self, channel: str, digest: Digest, *, delivery_id: int) -> str:
        """Post a digest; return the platform's reference to the message (for threads and edits).

        ``delivery_id`` is stable across retries, for platforms that can deduplicate with it.
        Raise :class:`ChannelUnavailable` when the channel is gone; any other exception is retried.
        """
        ...

    async def send_bundle(self, channel: str, bundle: DigestBundle, *, delivery_id: int) -> str:
        """Post several digests as one message (or a few, when long: split them, never drop any).
        ``delivery_id`` is the first delivery's id, stable across retries. Same errors as send_digest."""
        ...

    async def send_notice(self, channel: str, text: str, *, key: str | None = None) -> str:
        """Tell a channel's admins something about its feeds (a feed paused after failures, a backlog
        folded into the next digest). Plain text, already worded for people; returns a message ref.
        The text may quote feed titles: escape it as third-party text. ``key`` names the outbox row, as
        in :meth:`send_results`."""
        ...

    async def tell_admins(self, channel: str, text: str) -> str:
        """Tell the admins of ``channel``, which can't take messages, something they must act on, by a
        route that does not need the channel (Slack: a direct message; Discord: the notice channel).
        Returns a message ref ("" when there is nobody to tell)."""
        ...

    async def send_results(self, channel: str, closed: ClosedPoll, *, key: str) -> str:
        """Post a closed poll's results where it ran (mark its message closed when the platform allows).
        ``key`` names this outbox row, stable across retries (for nonces and message metadata). Same
        errors as send_digest."""
        ...

    async def find_sent(self, channel: str, key: str, thread: str | None = None) -> str | None:
        """The reference of a message an earlier attempt of outbox row ``key`` left in ``channel`` (or in
        the thread of message ``thread``), if it did (deliveries are ``d<id>``, notices and results
        ``n<id>``); None when not found or when the platform can't tell (then the row is sent again: at
        least once)."""
        ...
