"""The storage seam: what the per-domain stores need from a database, and how one is opened.

Two drivers implement it: :mod:`bot.storage.sqlite` (aiosqlite, the embedded default) and
:mod:`bot.storage.postgres` (psycopg 3 with a connection pool, for several processes over one store),
chosen by the location: a file path, or a ``postgresql://`` URL.

The stores write SQL in the subset both backends accept, with ``?`` placeholders. What differs is named
in :class:`Dialect` and nowhere else:

- ``claim``: a claim's ``SELECT`` takes only rows no other transaction holds (``FOR UPDATE … SKIP
  LOCKED``). SQLite needs nothing: ``BEGIN IMMEDIATE`` makes every write transaction the only one.
- ``hold``: a ``SELECT`` keeps its row locked until commit (``FOR UPDATE``), e.g. a feed while its fetch
  is stored.
- ``share`` (``FOR SHARE`` on the poll), the vote's row lock: a vote is one statement that writes only if the
  poll is still as the vote saw it, share-locking its row meanwhile. Votes on one poll run side by side, a
  close waits for those in flight, and a vote after the close finds it closed. Two clicks of one member are
  kept apart by their ballot row (see :meth:`bot.storage.polls.PollStore.apply_vote`).
- the schema and its numbering (:mod:`bot.storage.migrations`, :mod:`bot.storage.migrations_pg`).

Also kept out of the shared SQL: ``lastrowid`` (inserts say ``RETURNING id``, which both accept),
integer-plus-boolean arithmetic (``CASE WHEN … THEN 1 ELSE 0 END``), the two-argument ``MIN`` (``CASE``),
``INSERT OR IGNORE`` (``ON CONFLICT DO NOTHING``), and a bare ``? IS NULL`` (PostgreSQL must know the
parameter's type: ``CAST(? AS TEXT) IS NULL``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from bot.config import is_postgres_url

Params = tuple[Any, ...]


class Row(Protocol):
    """A result row: by column name or position, and iterable like a tuple."""

    def __getitem__(self, key: int | str, /) -> Any: ...

    def __iter__(self) -> Iterator[Any]: ...

    def __len__(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Dialect:
    """The per-backend statement parts (see the module docstring); ``{t}`` is a table alias."""

    name: str
    claim_lock: str
    hold_lock: str
    share_lock: str

    def claim(self, alias: str) -> str:
        return self.claim_lock.format(t=alias)

    def hold(self, alias: str) -> str:
        return self.hold_lock.format(t=alias)

    def share(self, alias: str) -> str:
        return self.share_lock.format(t=alias)


SQLITE = Dialect("SQLite", claim_lock="", hold_lock="", share_lock="")
POSTGRES = Dialect(
    "PostgreSQL",
    claim_lock=" FOR UPDATE OF {t} SKIP LOCKED",
    hold_lock=" FOR UPDATE OF {t}",
    share_lock=" FOR SHARE OF {t}",
)


class Transaction(Protocol):
    """Statements inside one write transaction."""

    rowcount: int

    async def execute(self, sql: str, params: Params = ()) -> None:
        """Run one statement; ``rowcount`` then says how many rows it changed."""

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        """Run one statement per row; ``rowcount`` then says how many rows they changed in all."""

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None: ...

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]: ...


class Database(Protocol):
    """A migrated database the stores share."""

    dialect: Dialect

    def transaction(self) -> AbstractAsyncContextManager[Transaction]:
        """A write transaction; rolled back if the block raises."""

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]: ...

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None: ...

    async def execute(self, sql: str, params: Params = ()) -> int:
        """One write statement in a transaction of its own; returns how many rows it changed. On PostgreSQL
        that is one round trip (autocommit) instead of three (BEGIN, the statement, COMMIT)."""

    async def write(self, sql: str, params: Params = ()) -> list[Row]:
        """One write statement with ``RETURNING`` in a transaction of its own; returns its rows (one round
        trip on PostgreSQL)."""

    async def schema_version(self) -> int:
        """The last migration step applied."""

    def latest_version(self) -> int:
        """The last migration step this pollwatch knows for this backend."""

    async def server_version(self) -> str:
        """The database engine's version, for ``pollwatch doctor``."""

    def describe(self) -> str:
        """Where the data lives, with any password hidden."""

    async def close(self) -> None: ...


def process_name() -> str:
    """Who holds a lease or a claim: ``host:pid:start`` (:func:`bot.process.this_process`), so a restarted
    process is a new holder and a gone one can be recognised."""
    from bot.process import this_process

    return this_process()


async def open_database(location: str | Path, *, migrate: bool = True) -> Database:
    """Open the database at ``location`` (a SQLite file path or a ``postgresql://`` URL) and bring its schema
    up to date, unless ``migrate`` is false (to look at it: ``pollwatch doctor``)."""
    if is_postgres_url(location):
        from bot.storage.postgres import PostgresDatabase

        return await PostgresDatabase.open(str(location), migrate=migrate)
    from bot.storage.sqlite import SqliteDatabase

    return await SqliteDatabase.open(Path(location), migrate=migrate)


async def describe_database(location: str | Path) -> str:
    """One line for ``pollwatch doctor``: backend, its version, where, and the schema level. Migrates nothing."""
    if not is_postgres_url(location) and not await asyncio.to_thread(Path(location).exists):
        return f"SQLite, no database yet at {location} (pollwatch creates it when it starts)"
    db = await open_database(location, migrate=False)
    try:
        version, latest = await db.schema_version(), db.latest_version()
        line = (
            f"{db.dialect.name} {await db.server_version()} at {db.describe()}, schema {version} of {latest}"
        )
    finally:
        await db.close()
    if version < latest:
        line += " (the rest is applied when pollwatch starts)"
    elif version > latest:
        line += " (newer than this pollwatch: upgrade it)"
    return line
