"""Which network addresses a feed URL may reach (the SSRF guard's rules).

A feed URL must not become a way into the bot's own network: private, loopback, link-local, multicast,
reserved and unspecified addresses are refused unless the operator allows private feeds. The check runs on
the literal host of every URL (each redirect hop too) and on every address DNS returns for it.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from bot.errors import BlockedAddress, InvalidInput

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_public(address: IPAddress) -> bool:
    """True for globally routable unicast addresses."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return is_public(address.ipv4_mapped)
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def check_address(host: str, address: str, *, allow_private: bool) -> None:
    """Raise :class:`BlockedAddress` if ``address`` (resolved from ``host``) is off limits."""
    try:
        parsed = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        raise BlockedAddress(f"{host} resolved to something that is not an IP address") from None
    if not allow_private and not is_public(parsed):
        raise BlockedAddress(
            f"{host} points to a private or local network address ({parsed}); "
            "pollwatch only reads feeds on the public internet"
        )


def check_http_url(url: str, *, allow_private: bool) -> str:
    """Validate an http(s) URL before fetching it; returns it unchanged. Literal IPs are checked here
    (they never reach the resolver); names are checked when they resolve."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise InvalidInput(f"{url!r} is not a web address (it must start with http:// or https://)")
    host = parts.hostname
    if not host:
        raise InvalidInput(f"{url!r} has no host name")
    if parts.username or parts.password:
        raise InvalidInput("feed addresses with a user name or password are not accepted")
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        local_name = host == "localhost" or host.endswith((".localhost", ".local", ".internal"))
        if local_name and not allow_private:
            raise BlockedAddress(f"{host} is a local name; pollwatch only reads public feeds") from None
        return url
    check_address(host, str(literal), allow_private=allow_private)
    return url
