"""The guarded HTTP fetcher every outside request goes through.

Conditional GET (ETag / Last-Modified), connect and total timeouts, a size cap that also holds after
gzip/deflate decompression (we decompress ourselves, bounded), redirects followed by hand so every hop is
checked against the SSRF rules and counted, and permanent redirects reported so the stored URL can move.
Local files (``file://``) are read only when the caller says the URL came from the operator.
"""

from __future__ import annotations

import asyncio
import email.utils
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import aiohttp
from aiohttp.http_exceptions import ContentEncodingError, ContentLengthError, TransferEncodingError

from bot.errors import BlockedAddress, FeedError, InvalidInput, plain_error
from bot.fetch.addresses import check_http_url
from bot.fetch.resolver import GuardedResolver

_CHUNK = 64 * 1024
_REDIRECTS = {301, 302, 303, 307, 308}
_PERMANENT = {301, 308}


@dataclass(frozen=True, slots=True)
class FetchOptions:
    connect_timeout: float = 10.0
    total_timeout: float = 30.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = "pollwatch/0.1"


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What a fetch brought back. ``body`` is None when the server said 304 Not Modified."""

    status: int
    url: str
    body: bytes | None
    content_type: str
    etag: str | None
    last_modified: str | None
    moved_to: str | None = None  # set when a permanent redirect was followed
    max_age: float | None = None  # Cache-Control: max-age, seconds

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchFailed(FeedError):
    """A fetch that failed in a way worth retrying later; ``retry_after`` is the server's wish, if any."""

    def __init__(self, message: str, *, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class FeedGone(FeedError):
    """The server said 410 Gone: stop checking this feed."""


def _one_line(exc: BaseException) -> str:
    """An exception's message on one line, without class names (what an admin reads)."""
    return plain_error(exc, limit=200)


def _payload_problem(exc: aiohttp.ClientPayloadError) -> str:
    """What was wrong with a response body, in words (aiohttp's text quotes its parser's class names)."""
    cause = next((arg for arg in exc.args if isinstance(arg, BaseException)), exc.__cause__)
    if isinstance(cause, ContentLengthError):
        return "the server sent less than the length it announced"
    if isinstance(cause, TransferEncodingError):
        return "the server's chunked transfer was cut off or malformed"
    if isinstance(cause, ContentEncodingError):
        return "the compressed data is corrupt"
    return plain_error(exc, limit=200)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def parse_max_age(value: str | None) -> float | None:
    if not value:
        return None
    for part in value.split(","):
        name, _, arg = part.strip().partition("=")
        if name.lower() == "max-age" and arg.strip().isdigit():
            return float(arg.strip())
    return None


class _BoundedDecoder:
    """Incremental gzip/deflate decoding that refuses to grow past ``limit`` bytes."""

    def __init__(self, encoding: str, limit: int) -> None:
        self._limit = limit
        self._size = 0
        self._chunks: list[bytes] = []
        encoding = encoding.lower().strip()
        if encoding in {"gzip", "x-gzip", "deflate"}:
            self._decoder: zlib._Decompress | None = zlib.decompressobj(wbits=47)  # gzip or zlib header
        elif encoding in {"", "identity"}:
            self._decoder = None
        else:
            raise FetchFailed(f"the server used a content encoding pollwatch can't read ({encoding})")

    def feed(self, data: bytes) -> None:
        if self._decoder is None:
            self._append(data)
            return
        try:
            while data:
                room = self._limit - self._size + 1
                out = self._decoder.decompress(data, room)
                self._append(out)
                data = self._decoder.unconsumed_tail
        except zlib.error as exc:
            raise FetchFailed(f"the feed's compressed data is corrupt ({exc})") from None

    def finish(self) -> bytes:
        if self._decoder is not None:
            self._append(self._decoder.flush())
        return b"".join(self._chunks)

    def _append(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise FetchFailed(f"the feed is larger than the {self._limit // 1024} KB pollwatch accepts")
        self._chunks.append(data)


class Fetcher:
    """One aiohttp session with the guard installed. Use as an async context manager."""

    def __init__(self, options: FetchOptions) -> None:
        self.options = options
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def start(self) -> None:
        if self._session is None:
            connector = aiohttp.TCPConnector(
                resolver=GuardedResolver(allow_private=self.options.allow_private),
                limit=64,
                ttl_dns_cache=60,
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=False,
                timeout=aiohttp.ClientTimeout(
                    total=self.options.total_timeout, sock_connect=self.options.connect_timeout
                ),
                headers={"User-Agent": self.options.user_agent, "Accept-Encoding": "gzip, deflate"},
            )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
        allow_local: bool = False,
    ) -> FetchResult:
        """GET ``url`` conditionally. Raises :class:`FeedError` subclasses with a plain-words message."""
        if url.startswith("file:"):
            if not allow_local:
                raise InvalidInput("local files can only be added by the operator, not from chat")
            return await _read_file(url, self.options.max_bytes, last_modified)
        try:
            return await asyncio.wait_for(
                self._fetch_http(url, etag, last_modified, accept), self.options.total_timeout
            )
        except TimeoutError:
            raise FetchFailed(
                f"the server took longer than {self.options.total_timeout:g} s to answer"
            ) from None

    async def _fetch_http(
        self, url: str, etag: str | None, last_modified: str | None, accept: str
    ) -> FetchResult:
        await self.start()
        assert self._session is not None
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        moved_to: str | None = None
        still_permanent = True
        current = url
        for _hop in range(self.options.max_redirects + 1):
            check_http_url(current, allow_private=self.options.allow_private)
            try:
                async with self._session.get(current, headers=headers, allow_redirects=False) as resp:
                    if resp.status in _REDIRECTS:
                        location = resp.headers.get("Location")
                        if not location:
                            raise FetchFailed(f"the server redirected without saying where ({resp.status})")
                        still_permanent = still_permanent and resp.status in _PERMANENT
                        current = urljoin(current, location)
                        if still_permanent:
                            moved_to = current
                        continue
                    return await self._read(resp, current, moved_to)
            except BlockedAddress:
                raise
            except aiohttp.ClientConnectorError as exc:
                raise FetchFailed(
                    f"could not connect to {urlsplit(current).hostname} ({plain_error(exc.os_error)})"
                ) from None
            except aiohttp.ClientPayloadError as exc:
                raise FetchFailed(
                    f"the connection broke while reading the feed ({_payload_problem(exc)})"
                ) from None
            except aiohttp.InvalidURL:
                raise FetchFailed(f"{current} is not a web address pollwatch can request") from None
            except aiohttp.ClientError as exc:
                raise FetchFailed(f"the request to {current} failed ({_one_line(exc)})") from None
        raise FetchFailed(f"too many redirects (more than {self.options.max_redirects})")

    async def _read(self, resp: aiohttp.ClientResponse, url: str, moved_to: str | None) -> FetchResult:
        status = resp.status
        etag = resp.headers.get("ETag")
        last_modified = resp.headers.get("Last-Modified")
        max_age = parse_max_age(resp.headers.get("Cache-Control"))
        if status == 304:
            return FetchResult(304, url, None, "", etag, last_modified, moved_to, max_age)
        if status == 410:
            raise FeedGone("the server says this feed is gone for good (410 Gone)")
        if status >= 400:
            retry_after = parse_retry_after(resp.headers.get("Retry-After"))
            reason = resp.reason or ""
            raise FetchFailed(
                f"the server answered {status} {reason}".strip(), status=status, retry_after=retry_after
            )
        declared = resp.content_length
        if (
            declared is not None
            and declared > self.options.max_bytes
            and not resp.headers.get("Content-Encoding")
        ):
            raise FetchFailed(
                f"the feed is larger than the {self.options.max_bytes // 1024} KB pollwatch accepts"
            )
        decoder = _BoundedDecoder(resp.headers.get("Content-Encoding", ""), self.options.max_bytes)
        received = 0
        async for chunk in resp.content.iter_chunked(_CHUNK):
            received += len(chunk)
            if received > self.options.max_bytes:
                raise FetchFailed(
                    f"the feed is larger than the {self.options.max_bytes // 1024} KB pollwatch accepts"
                )
            decoder.feed(chunk)
        body = decoder.finish()
        return FetchResult(
            status, url, body, resp.headers.get("Content-Type", ""), etag, last_modified, moved_to, max_age
        )


async def _read_file(url: str, max_bytes: int, last_modified: str | None) -> FetchResult:
    """Read an operator-configured local feed; its mtime stands in for Last-Modified."""
    path = Path(unquote(urlsplit(url).path))
    try:
        stat = await asyncio.to_thread(path.stat)
        stamp = str(stat.st_mtime_ns)
        if stamp == last_modified:
            return FetchResult(304, url, None, "", None, stamp)
        size = stat.st_size
        if size > max_bytes:
            raise FetchFailed(f"the file is larger than the {max_bytes // 1024} KB pollwatch accepts")
        body = await asyncio.to_thread(path.read_bytes)
    except OSError as exc:
        raise FetchFailed(f"cannot read {path}: {exc.strerror or exc}") from None
    return FetchResult(200, url, body, "application/xml", None, stamp)
