"""A DNS resolver that drops addresses the SSRF rules forbid.

aiohttp connects to exactly the addresses its resolver returns, so filtering here (rather than resolving
once to check and again to connect) leaves no gap for DNS rebinding.
"""

from __future__ import annotations

import socket
from typing import Any

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver

from bot.errors import BlockedAddress
from bot.fetch.addresses import check_address


class GuardedResolver(AbstractResolver):
    def __init__(self, *, allow_private: bool, inner: AbstractResolver | None = None) -> None:
        self._allow_private = allow_private
        self._inner = inner or ThreadedResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        allowed: list[ResolveResult] = []
        refusal: BlockedAddress | None = None
        for result in results:
            try:
                check_address(host, result["host"], allow_private=self._allow_private)
            except BlockedAddress as exc:
                refusal = exc
                continue
            allowed.append(result)
        if not allowed:
            raise refusal or BlockedAddress(f"{host} has no usable address")
        return allowed

    async def close(self, *args: Any) -> None:
        await self._inner.close()
