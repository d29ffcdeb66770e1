"""Which network addresses a feed URL may reach (the SSRF guard's rules), and each URL's one spelling.

A feed URL must not become a way into the bot's own network: private, loopback, link-local, multicast,
reserved and unspecified addresses are refused unless the operator allows private feeds. The check runs on
the literal host of every URL (each redirect hop too) and on every address DNS returns for it. A literal
host is read the way the C library reads it (``inet_aton``), so the legacy spellings of an address --
``127.1``, ``2130706433``, ``0177.0.0.1``, ``0x7f.1``, ``0``, ``127.0.0.1.`` -- are the address they name.

Canonical form (:func:`canonical_url`): scheme and host in lower case, the host in IDNA (``bücher.example``
-> ``xn--bcher-kva.example``), legacy IPv4 spellings written as dotted quads, a trailing dot on the host
dropped, the default port (80, 443) dropped, an empty path written ``/`` and the fragment dropped. Other
trailing slashes are kept in the spelling, since the server may redirect one to the other (WordPress serves
``/feed/``) and fetching the spelling it serves saves a round trip. Two URLs that differ only by a trailing
slash are nevertheless one feed (:func:`feed_identity`): adding the second spelling subscribes to the feed
already known under the first, and feeds stored under both are merged at start-up.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit, urlunsplit

from bot.errors import BlockedAddress, InvalidInput, plain_error

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


_DEFAULT_PORTS = {"http": 80, "https": 443}
_NUMERIC_HOST = frozenset("0123456789abcdefxABCDEFX.")


def literal_address(host: str) -> IPAddress | None:
    """The IP address ``host`` spells, in any form the C library accepts, or None for a name."""
    host = host.rstrip(".")
    try:
        return ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        pass
    if not host or not host[0].isdigit() or not set(host) <= _NUMERIC_HOST:
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


def _split(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port of an http(s) URL, or :class:`InvalidInput` naming the URL."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InvalidInput(f"{url} is not a valid web address ({plain_error(exc)})") from None
    if parts.scheme.lower() not in _DEFAULT_PORTS:
        raise InvalidInput(f"{url} is not a web address (it must start with http:// or https://)")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise InvalidInput(f"{url} has no host name")
    if parts.username or parts.password:
        raise InvalidInput(f"{url}: feed addresses with a user name or password are not accepted")
    return parts.scheme.lower(), host, port


def canonical_url(url: str) -> str:
    """The one spelling of an http(s) feed URL (see the module docstring); :class:`InvalidInput` naming
    the URL when it cannot be one."""
    scheme, host, port = _split(url)
    literal = literal_address(host)
    if isinstance(literal, ipaddress.IPv6Address):
        host = f"[{literal.compressed}]"
    elif literal is not None:
        host = str(literal)
    else:
        try:
            host = host.encode("idna").decode("ascii").lower()
        except UnicodeError:
            raise InvalidInput(f"{url} has a host name that cannot be written in DNS") from None
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    parts = urlsplit(url)
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def feed_identity(url: str) -> str:
    """What makes two canonical feed URLs the same feed: the URL without a trailing slash on its path.

    ``https://example.org/feed`` and ``https://example.org/feed/`` are one feed; the root path is kept.
    """
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def slash_twin(url: str) -> str | None:
    """The other spelling of ``url`` under :func:`feed_identity` (with or without its trailing slash), or
    None for a root path."""
    parts = urlsplit(url)
    if parts.path in ("", "/"):
        return None
    path = parts.path[:-1] if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def check_http_url(url: str, *, allow_private: bool) -> str:
    """Validate an http(s) URL before fetching it; returns it unchanged. Literal IPs (in every spelling
    the C library accepts) are checked here, since they never reach the resolver; names are checked when
    they resolve."""
    _scheme, host, _port = _split(url)
    literal = literal_address(host)
    if literal is None:
        local_name = host == "localhost" or host.endswith((".localhost", ".local", ".internal"))
        if local_name and not allow_private:
            raise BlockedAddress(f"{host} is a local name; pollwatch only reads public feeds") from None
        return url
    check_address(host, str(literal), allow_private=allow_private)
    return url
