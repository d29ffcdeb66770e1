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
