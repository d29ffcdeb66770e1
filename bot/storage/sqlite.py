"""The SQLite driver: opening, migrating, transactions, and translating sqlite errors.

One aiosqlite connection per process. Writes are serialised by an asyncio lock and run inside
``BEGIN IMMEDIATE`` transactions, so concurrent tasks never interleave statements of two transactions
and another process sharing the file waits (``busy_timeout``) instead of failing.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from bot.errors import StorageError
from bot.storage.backup import backup_file, pre_migration_path
from bot.storage.db import SQLITE, Params, Row
from bot.storage.migrations import MIGRATIONS
from bot.storage.sqlite_close import leave_open, skip_checkpoint_on_close, writable

log = logging.getLogger(__name__)

# RETURNING and upserts without a conflict target, both used by the stores.
_OLDEST_SQLITE = (3, 35, 0)

# How long opening waits for another process's migration (or a long write) before giving up.
_MIGRATION_WAIT = 300.0


class SqliteDatabase:
    """A migrated SQLite file in WAL mode."""

    dialect = SQLITE

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path, *, migrate: bool = True) -> SqliteDatabase:
        """Open (creating if needed) and migrate the database at ``path``."""
        if sqlite3.sqlite_version_info < _OLDEST_SQLITE:
            raise StorageError(
                f"this Python's SQLite is {sqlite3.sqlite_version}; pollwatch needs 3.35 or newer"
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = await aiosqlite.connect(path, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(f"cannot open the database {path}: {exc}") from exc
        conn.row_factory = sqlite3.Row
        db = cls(conn, path)
        try:
            # The busy timeout first: switching a new file to WAL waits for the write lock too, and
            # another process may be creating the same file this moment.
            await conn.execute("PRAGMA busy_timeout=10000")
            await _when_unlocked(conn, "PRAGMA journal_mode=WAL", path)
            await conn.execute("PRAGMA synchronous=NORMAL")
            await conn.execute("PRAGMA foreign_keys=ON")
            if migrate:
                await db._migrate()
        except sqlite3.Error as exc:
            await conn.close()
            raise StorageError(f"cannot prepare the database {path}: {exc}") from exc
        except StorageError:
            await conn.close()
            raise
        return db

    async def close(self) -> None:
        """Close; a database that can no longer be written is closed without its final checkpoint, which
        would write to the memory-mapped ``-shm`` file and end the process with SIGBUS
        (:mod:`bot.storage.sqlite_close`)."""
        if await asyncio.to_thread(writable, self.path):
            await self._conn.close()
            return
        raw = self._conn._conn  # aiosqlite's sqlite3 connection, used on aiosqlite's own thread below
        if await self._conn._execute(skip_checkpoint_on_close, raw, self.path):  # type: ignore[no-untyped-call]
            await self._conn.close()
        else:
            self._conn._connection = None  # aiosqlite's thread stops without closing it
            leave_open(raw)
            stopped = self._conn.stop()
            if stopped is not None:
                await stopped
        log.warning(
            "the database %s could not be written when pollwatch stopped; it was closed without saving its "
            "write-ahead log into it (the next start does that)",
            self.path,
        )

    def describe(self) -> str:
        return str(self.path)

    def latest_version(self) -> int:
        return len(MIGRATIONS)

    async def server_version(self) -> str:
        return sqlite3.sqlite_version

    async def schema_version(self) -> int:
        row = await self.fetchone("PRAGMA user_version")
        return int(row[0]) if row else 0

    async def _migrate(self) -> None:
        """Apply the steps this file lacks, all in one ``BEGIN IMMEDIATE`` transaction.

        Several processes may open a fresh or older file at once: the first to take the write lock migrates,
        the others wait for it (``busy_timeout``, then :func:`_when_unlocked`'s retries) and, reading the
        version again under the lock, find the schema current. A file already current is not written to
        (it may be read-only)."""
        if await self.schema_version() == len(MIGRATIONS):
            return
        async with self._write_lock:
            await _when_unlocked(self._conn, "BEGIN IMMEDIATE", self.path)
            try:
                await self._apply_missing_steps()
            except BaseException:
                await self._rollback()
                raise
            await self._conn.execute("COMMIT")

    async def _apply_missing_steps(self) -> None:
        version = await self.schema_version()
        if version > len(MIGRATIONS):
            raise StorageError(
                f"the database {self.path} has schema version {version}, newer than this pollwatch "
                f"knows ({len(MIGRATIONS)}); upgrade pollwatch"
            )
        if 0 < version < len(MIGRATIONS):  # existing data meets a schema change: keep a copy first
            # Under our write lock: the copy is read through its own connection, which WAL lets read.
            copy = await asyncio.to_thread(backup_file, self.path, pre_migration_path(self.path, version))
            log.info(
                "upgrading the database schema from %d to %d; a copy of the database as it was is in %s",
                version,
                len(MIGRATIONS),
                copy,
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            # Statement by statement: executescript would commit the transaction holding the lock first.
            for statement in split_script(script):
                await self._conn.execute(statement)
            await self._conn.execute(f"PRAGMA user_version = {number}")
            log.debug("applied database schema step %d", number)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[SqliteTransaction]:
        """A write transaction; rolled back if the block raises."""
        async with self._write_lock:
            try:
                await self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StorageError(f"database busy or broken: {exc}") from exc
            try:
                yield SqliteTransaction(self._conn)
            except BaseException:
                await self._rollback()
                raise
            try:
                await self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                await self._rollback()
                raise StorageError(f"could not save to the database: {exc}") from exc

    async def _rollback(self) -> None:
        """Roll back unless SQLite already has: on a full disk (SQLITE_FULL) or an I/O error it ends the
        transaction itself, and a second ROLLBACK would replace the real error with "no transaction is
        active"."""
        if self._conn.in_transaction:
            try:
                await self._conn.execute("ROLLBACK")
            except sqlite3.Error as exc:
                raise StorageError(f"could not undo a failed database write: {exc}") from exc

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        return await _fetchall(self._conn, sql, params)

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        rows = await _fetchall(self._conn, sql, params)
        return rows[0] if rows else None

    async def execute(self, sql: str, params: Params = ()) -> int:
        # Under the write lock like any write: the connection is shared by every task of the process.
        async with self.transaction() as tx:
            await tx.execute(sql, params)
            return tx.rowcount

    async def write(self, sql: str, params: Params = ()) -> list[Row]:
        async with self.transaction() as tx:
            return await tx.fetchall(sql, params)


def split_script(script: str) -> list[str]:
    """The statements of a migration script, each whole (a ``;`` in a comment or a string does not end one)."""
    statements: list[str] = []
    pending = ""
    *pieces, tail = script.split(";")
    for piece in pieces:
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if not _only_comments(pending[:-1]):
                statements.append(pending.strip())
            pending = ""
    if not _only_comments(pending + tail):  # after the last ";": blank, or comments
        raise ValueError(
            f"a migration script ends with an unfinished statement: {(pending + tail).strip()[:60]!r}"
        )
    return statements


def _only_comments(text: str) -> bool:
    return all(line.strip().startswith("--") for line in text.splitlines() if line.strip())


async def _when_unlocked(conn: aiosqlite.Connection, sql: str, path: Path) -> None:
    """Run a statement that needs the file's write lock, waiting as long as another process's migration
    may take.

    ``busy_timeout`` (10 s) covers most waits by itself, but where waiting could deadlock SQLite gives up
    at once without calling the busy handler: switching a file to WAL while another process is creating
    or migrating it fails with "database is locked" immediately. Those tries are repeated after a short
    pause that grows to half a second, so several processes started at once on one file all start."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + _MIGRATION_WAIT
    pause, told = 0.01, False
    while True:
        try:
            await conn.execute(sql)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or loop.time() >= deadline:
                raise
            if not told:
                log.info("waiting for another process to finish with the database %s", path)
                told = True
        await asyncio.sleep(pause)
        pause = min(pause * 2, 0.5)


async def _fetchall(conn: aiosqlite.Connection, sql: str, params: Params) -> list[Row]:
    """One trip to the database thread (execute + fetch together): each trip costs tens of microseconds."""
    try:
        return list(await conn.execute_fetchall(sql, params))
    except sqlite3.Error as exc:
        raise StorageError(f"database read failed: {exc}") from exc


class SqliteTransaction:
    """Statements inside one write transaction."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn
        self.rowcount = 0

    async def execute(self, sql: str, params: Params = ()) -> None:
        try:
            cursor = await self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise StorageError(f"database write failed: {exc}") from exc
        # No explicit close: that would be another trip to the database thread; sqlite3 cursors need none.
        self.rowcount = cursor.rowcount

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        try:
            cursor = await self._conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise StorageError(f"database write failed: {exc}") from exc
        self.rowcount = cursor.rowcount  # the rows all of them changed

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        rows = await _fetchall(self._conn, sql, params)
        return rows[0] if rows else None

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        return await _fetchall(self._conn, sql, params)
