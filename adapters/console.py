"""The console adapter: digests printed to the terminal (the embedded default and the demo)."""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from bot.models import Digest, DigestBundle
from bot.polls.service import ClosedPoll
from bot.render import bundle_to_text, digest_to_text


class ConsoleAdapter:
    platform = "console"

    def __init__(self, out: TextIO | None = None) -> None:
        self._out = out or sys.stdout
        self._lock = asyncio.Lock()

    async def send_digest(self, channel: str, digest: Digest, *, delivery_id: int) -> str:
        async with self._lock:
            self._out.write(f"\n[#{channel}] {digest_to_text(digest)}\n")
            self._out.flush()
        return f"console:{channel}:{delivery_id}"

    async def send_bundle(self, channel: str, bundle: DigestBundle, *, delivery_id: int) -> str:
        async with self._lock:
            self._out.write(f"\n[#{channel}] {bundle_to_text(bundle)}\n")
            self._out.flush()
        return f"console:{channel}:{delivery_id}"

    async def send_notice(self, channel: str, text: str, *, key: str | None = None) -> str:
        async with self._lock:
            self._out.write(f"\n[#{channel}] notice: {text}\n")
            self._out.flush()
        return f"console:{channel}:notice"

    async def tell_admins(self, channel: str, text: str) -> str:
        async with self._lock:
            self._out.write(f"\n[admins of #{channel}] {text}\n")
            self._out.flush()
        return f"console:{channel}:admins"

    async def find_sent(self, channel: str, key: str, thread: str | None = None) -> str | None:
        return None  # a terminal keeps no history to look in

    async def send_results(self, channel: str, closed: ClosedPoll, *, key: str) -> str:
        """A closed poll: its comparison table and the path of its chart."""
        from adapters.console_commands import closed_poll_text

        async with self._lock:
            self._out.write(f"\n[#{channel}] {closed_poll_text(closed)}\n")
            self._out.flush()
        return f"console:{channel}:poll:{closed.poll.id}"
