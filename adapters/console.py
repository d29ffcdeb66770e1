"""The console adapter: digests printed to the terminal (the embedded default and the demo).

Everything it prints goes through :class:`SafeText`: third-party text is cleaned before it is stored, and
this catches anything stored before that (escape sequences, bidi overrides) on its way to the terminal.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any, TextIO

from bot.models import Digest, DigestBundle
from bot.polls.service import ClosedPoll
from bot.render import bundle_to_text, digest_to_text
from bot.text_safety import clean_text


class SafeText:
    """A text stream that drops control characters (newline and tab kept) and bidi controls on write."""

    def __init__(self, inner: TextIO) -> None:
        self.inner = inner

    def write(self, text: str) -> int:
        return self.inner.write(clean_text(text))

    def flush(self) -> None:
        self.inner.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class ConsoleAdapter:
    platform = "console"

    def __init__(self, out: TextIO | None = None) -> None:
        self._out = SafeText(out or sys.stdout)
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
