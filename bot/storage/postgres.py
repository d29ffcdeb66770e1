"""The PostgreSQL driver: psycopg 3 (async) over a connection pool, for several processes over one store.

Every transaction takes a connection from the pool, so transactions of one process run side by side (no
process-wide write lock, unlike SQLite); what must not interleave is kept apart by the row locks the stores
ask for through :class:`~bot.storage.db.Dialect`. Reads outside a transaction run in autocommit.

The stores' ``?`` placeholders become psycopg's ``%s`` here.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg_pool import AsyncConnectionPool

from bot.config import hide_password
from bot.errors import StorageError
from bot.storage.db import POSTGRES, Params, Row
from bot.storage.migrations_pg import POSTGRES_MIGRATIONS

log = logging.getLogger(__name__)

# pg_advisory_xact_lock key held while migrating, so two processes starting at once migrate once.
_MIGRATION_LOCK = 0x706F6C6C  # "poll"


class PgRow:
    """A row readable by column name or position (as ``sqlite3.Row`` is)."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: Sequence[Any]) -> None:
        self._index = index
        self._values = values

    def __getitem__(self, key: int | str, /) -> Any:
        return self._values[self._index[key]] if isinstance(key, str) else self._values[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def keys(self) -> list[str]:
        return list(self._index)

    def __repr__(self) -> str:
        return f"PgRow({dict(zip(self._index, self._values, strict=False))!r})"


def _pg_rows(cursor: Any) -> Callable[[Sequence[Any]], PgRow]:
    index: dict[str, int] = {}
    for position, column in enumerate(cursor.description or ()):
        index.setdefault(column.name, position)  # the first of two equal names wins, as in sqlite3.Row
    return lambda values: PgRow(index, values)


@lru_cache(maxsize=2048)
def _placeholders(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


def _query(sql: str, params: Params) -> tuple[Any, Params | None]:
    # Without parameters psycopg leaves the text alone (a literal % must then stay single).
    return (_placeholders(sql), params) if params else (sql, None)


class PostgresDatabase:
    """A migrated PostgreSQL database behind a pool of connections."""

    dialect = POSTGRES

    def __init__(self, pool: AsyncConnectionPool[Any], url: str) -> None:
        self._pool = pool
        self._url = url

    @classmethod
    async def open(
        cls, url: str, *, migrate: bool = True, max_connections: int = 10, wait: float = 15.0
    ) -> PostgresDatabase:
        """Connect to and migrate the database at ``url``."""
        try:
            # One plain connection first: a wrong address or password fails now, in the server's words,
            # rather than as a pool that times out.
            probe = await psycopg.AsyncConnection.connect(url, connect_timeout=int(wait))
            await probe.close()
        except psycopg.Error as exc:
            raise StorageError(
                f"cannot connect to PostgreSQL at {hide_password(url)}: {str(exc).strip()}; check POLLWATCH_DB "
                "and that the server is running"
            ) from exc
        pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
            url,
            min_size=1,
            max_size=max_connections,
            open=False,
            timeout=wait,
            kwargs={"autocommit": True, "row_factory": _pg_rows},
            name="pollwatch",
        )
        try:
            await pool.open(wait=True, timeout=wait)
        except psycopg.Error as exc:
            await pool.close()
            raise StorageError(
                f"cannot connect to PostgreSQL at {hide_password(url)}: {exc}; check POLLWATCH_DB and "
                "that the server is running"
            ) from exc
        db = cls(pool, url)
        try:
            if migrate:
                await db._migrate()
        except BaseException:
            await pool.close()
            raise
        return db

    async def close(self) -> None:
        await self._pool.close()

    def describe(self) -> str:
        return hide_password(self._url)

    def latest_version(self) -> int:
        return len(POSTGRES_MIGRATIONS)

    async def server_version(self) -> str:
        row = await self.fetchone("SHOW server_version")
        return str(row[0]) if row else "unknown"

    async def schema_version(self) -> int:
        # Two statements: PostgreSQL resolves every table a statement names before running it, so one
        # statement reading pollwatch_schema fails on a fresh database whatever its CASE says.
        exists = await self.fetchone("SELECT to_regclass('pollwatch_schema') IS NOT NULL")
        if exists is None or not exists[0]:
            return 0
        row = await self.fetchone("SELECT MAX(version) FROM pollwatch_schema")
        return int(row[0] or 0) if row else 0

    async def _migrate(self) -> None:
        if await self.schema_version() == len(POSTGRES_MIGRATIONS):
            # Current already: nothing is locked, created or written, so a database user with rights to
            # read and write the tables but not to create any can run pollwatch.
            return
        async with self.transaction() as tx:
            await tx.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
            await tx.execute(
                "CREATE TABLE IF NOT EXISTS pollwatch_schema (version INTEGER NOT NULL, applied_at "
                "TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            row = await tx.fetchone("SELECT COALESCE(MAX(version), 0) FROM pollwatch_schema")
            version = int(row[0]) if row else 0
            if version > len(POSTGRES_MIGRATIONS):
                raise StorageError(
                    f"the database {self.describe()} has schema version {version}, newer than this "
                    f"pollwatch knows ({len(POSTGRES_MIGRATIONS)}); upgrade pollwatch"
                )
            for number, script in enumerate(POSTGRES_MIGRATIONS[version:], start=version + 1):
                await tx.execute(script)
                await tx.execute("INSERT INTO pollwatch_schema (version) VALUES (?)", (number,))
                log.debug("applied database schema step %d", number)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[PgTransaction]:
        """A write transaction on one pooled connection; rolled back if the block raises."""
        try:
            async with self._pool.connection() as conn, conn.transaction():
                yield PgTransaction(conn)
        except psycopg.Error as exc:
            raise StorageError(f"could not save to the database: {exc}") from exc

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        return await self._rows(sql, params, "database read failed")

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    async def execute(self, sql: str, params: Params = ()) -> int:
        try:
            async with self._pool.connection() as conn:
                cursor = await conn.execute(*_query(sql, params))
                return int(cursor.rowcount)
        except psycopg.Error as exc:
            raise StorageError(f"database write failed: {exc}") from exc

    async def write(self, sql: str, params: Params = ()) -> list[Row]:
        return await self._rows(sql, params, "database write failed")

    async def _rows(self, sql: str, params: Params, failed: str) -> list[Row]:
        """One statement on a pooled connection (autocommit), its rows returned; ``failed`` words an error."""
        try:
            async with self._pool.connection() as conn:
                cursor = await conn.execute(*_query(sql, params))
                return list(await cursor.fetchall())
        except psycopg.Error as exc:
            raise StorageError(f"{failed}: {exc}") from exc


class PgTransaction:
    """Statements inside one write transaction, on one connection."""

    def __init__(self, conn: psycopg.AsyncConnection[Any]) -> None:
        self._conn = conn
        self.rowcount = 0

    async def execute(self, sql: str, params: Params = ()) -> None:
        try:
            cursor = await self._conn.execute(*_query(sql, params))
        except psycopg.Error as exc:
            raise StorageError(f"database write failed: {exc}") from exc
        self.rowcount = cursor.rowcount

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        batch = list(rows)
        self.rowcount = 0
        if not batch:
            return
        try:
            async with self._conn.cursor() as cursor:
                await cursor.executemany(_placeholders(sql), batch)
                self.rowcount = cursor.rowcount  # the rows all of them changed
        except psycopg.Error as exc:
            raise StorageError(f"database write failed: {exc}") from exc

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        try:
            cursor = await self._conn.execute(*_query(sql, params))
            return list(await cursor.fetchall())
        except psycopg.Error as exc:
            raise StorageError(f"database read failed: {exc}") from exc

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None
