"""Issue 14: what a moderator or an admin reads about a failure never names a Python exception class
("InvalidUrlClientError", "ClientConnectorError", "TimeoutError"); it says what happened.

The sweep: feeds that fail in every way a fetch can, one real bot cycle over them, ``feeds list``,
console commands that fail, and every line the bot logged meanwhile."""

from __future__ import annotations

import re

import aiohttp
from aiohttp.http_exceptions import ContentEncodingError, ContentLengthError, TransferEncodingError

from bot.errors import StorageError, error_kind, plain_error
from tests.hostile.limits import run_limited

# A class name: a capitalised word run together with another, ending the way exception classes do.
CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z0-9]*(?:Error|Exception|Warning|Timeout|Disconnected)\b")


def test_no_failure_that_reaches_people_names_an_exception_class() -> None:
    result = run_limited("error_words", timeout=120)
    listing = result["list"]
    for url in ("/silent", "/short", "/hang-up", "/gzip", "/feed", "http://[::1/feed"):
        assert url in listing
    for text in (listing, result["out"], result["replies"], result["log"]):
        assert not CLASS_NAME.findall(text), text[-3000:]
    assert "Traceback" not in result["log"], result["log"][-3000:]
    assert "internal error" not in listing, listing
    assert "http://[::1/feed is not a valid web address" in listing
    assert "took longer than" in listing or "no answer" in listing or "timed out" in listing, listing
    assert "the server sent less than the length it announced" in listing
    assert "private or local network address" in result["replies"]


def test_plain_error_drops_class_names_and_words_empty_ones() -> None:
    cases: list[BaseException] = [
        aiohttp.ClientPayloadError("Response payload is not completed", ContentLengthError("short")),
        aiohttp.ClientPayloadError("payload", TransferEncodingError("bad chunk")),
        aiohttp.ClientPayloadError("payload", ContentEncodingError("bad gzip")),
        aiohttp.InvalidUrlClientError("http://127.1/"),
        aiohttp.ServerDisconnectedError(),
        aiohttp.ClientOSError(),
        TimeoutError(),
        ConnectionRefusedError(111, "Connection refused"),
        ValueError("aiohttp.client_exceptions.ClientConnectorError: cannot connect"),
        StorageError("database read failed: disk I/O error"),
    ]
    for exc in cases:
        words = plain_error(exc)
        assert words and not CLASS_NAME.findall(words), (exc, words)
        assert "Errno" not in words
    assert plain_error(TimeoutError()) == "no answer in time"
    assert plain_error(ConnectionRefusedError(111, "Connection refused")) == "Connection refused"
    assert plain_error(ValueError("YouGov and PostgreSQL stay")) == "YouGov and PostgreSQL stay"
    assert error_kind(StorageError("x")) == "database error"
