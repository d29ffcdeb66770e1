"""Pollwatch's exception tree.

    PollwatchError                  root: anything pollwatch raises on purpose
    ├── ConfigError                 a setting is missing or malformed (names the variable)
    ├── StorageError                the database failed; sqlite errors are translated at the storage edge
    └── UserError                   safe to show in chat: says what went wrong in a moderator's words
        ├── PermissionDenied        the actor lacks the role an operation needs
        ├── NotFound                a feed, post, question or poll that does not exist
        ├── InvalidInput            a malformed command argument, URL, option or duration
        └── FeedError               fetching or parsing a feed failed (kept on the feed as its last error)
            └── BlockedAddress      the URL resolves to a private/loopback address and that is not allowed

Lower-level errors (aiohttp, sqlite3, feedparser) are mapped to the most specific error here with
``raise ... from exc``, so adapters catch ``UserError`` to answer the user and log anything else.
"""

from __future__ import annotations

import re


class PollwatchError(Exception):
    """Root of every error pollwatch raises on purpose."""


class ConfigError(PollwatchError):
    """A setting is missing or malformed; the message names the variable."""


class StorageError(PollwatchError):
    """The database failed underneath us."""


class UserError(PollwatchError):
    """An error whose message is safe, and meant, to be shown to the person who asked."""


class PermissionDenied(UserError):
    """The actor lacks the role this operation needs."""


class NotFound(UserError):
    """The thing asked for does not exist."""


class InvalidInput(UserError):
    """A malformed argument: a bad URL, option, duration or command."""


class FeedError(UserError):
    """Fetching or parsing a feed failed."""


class BlockedAddress(FeedError):
    """The URL points at a private, loopback, link-local or multicast address."""


class StartupError(UserError):
    """Something outside pollwatch (a platform API, the disk) keeps it from starting; the message says what,
    in one line, for the operator."""


# A Python class name in an exception's text: "ContentLengthError", "<InvalidUrlClientError ...>",
# "aiohttp.client_exceptions.ClientOSError:". Words such as "PostgreSQL" or "YouGov" are left alone: only
# names ending the way exception classes do are taken out.
_CLASS_NAME_RE = re.compile(
    r"<?(?:\b[a-z_][a-z0-9_]*\.)*\b[A-Z][A-Za-z0-9]*?(?:Error|Exception|Warning|Exit|Interrupt)\b(?:\(\))?:?"
)
_ERRNO_RE = re.compile(r"\[Errno -?\d+\]")
_PLAIN_WORDS: tuple[tuple[type[BaseException], str], ...] = (
    (TimeoutError, "no answer in time"),
    (ConnectionRefusedError, "the connection was refused"),
    (ConnectionResetError, "the connection was reset"),
    (ConnectionError, "the connection failed"),
    (MemoryError, "out of memory"),
)
_KIND_WORDS: tuple[tuple[type[PollwatchError], str], ...] = (
    (ConfigError, "configuration error"),
    (StorageError, "database error"),
)


def plain_error(exc: BaseException, *, limit: int = 300) -> str:
    """One line that says what went wrong, for an admin or a moderator: the exception's message without
    Python class names, or, when it has none, what it was in words ("no answer in time")."""
    text = _ERRNO_RE.sub(" ", _CLASS_NAME_RE.sub(" ", str(exc)))
    text = " ".join(text.replace("<", " ").replace(">", " ").split()).strip(" :,;")
    if not text and isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror
    if not text:
        text = next((words for kind, words in _PLAIN_WORDS if isinstance(exc, kind)), "no details")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def error_kind(exc: PollwatchError) -> str:
    """What sort of failure a pollwatch error is, in words ("database error")."""
    return next((words for kind, words in _KIND_WORDS if isinstance(exc, kind)), "error")
