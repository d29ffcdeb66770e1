"""What the core needs from a chat platform. Adapters in ``adapters/`` implement it; the core never
imports them."""

from __future__ import annotations

from typing import Protocol

from bot.errors import PollwatchError
from bot.models import Digest, DigestBundle


class ChannelUnavailable(PollwatchError):
    """The platform says the channel can't take messages (bot removed, channel deleted): park the
    delivery rather than retry it, and tell the admins once."""


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

    async def send_notice(self, channel: str, text: str) -> str:
        """Tell a channel's admins something about its feeds (a feed paused after failures, a backlog
        folded into the next digest). Plain text, already worded for people; returns a message ref."""
        ...
