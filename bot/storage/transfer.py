"""``pollwatch migrate-db``: copy a SQLite database into PostgreSQL, safe to run again.

What is copied is whatever the schema holds: every table of the SQLite file (feeds and their fetch state,
subscriptions, seen entries, posts and figures, the outbox with its deliveries and notices, polls, votes, the
installation secrets such as the voter salt), found from the file itself, parents before the rows that point
at them. Ids are kept, so a delivery still names its post; each identity sequence then starts after the
largest id copied, so rows PostgreSQL adds later never take an id the copy used.

Running it again is safe: each row is an upsert on its primary key that writes only when the target's row
differs, so a second run changes nothing (and says so), and a run after the SQLite install has gone on working
brings over its new rows and its changed ones (a delivery sent since, a poll closed since, a feed's new ETag).
Rows deleted from the file since are left in the target. The whole copy is one transaction: it lands whole
or not at all.

The source is read in one read transaction (a consistent snapshot even while pollwatch runs on it), after
being brought to this pollwatch's schema level as ``pollwatch run`` would. The target must be empty (its
schema is then created) or at this pollwatch's PostgreSQL schema level; anything else is refused.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from graphlib import TopologicalSorter
from pathlib import Path
from typing import Any

from bot.config import hide_password, is_postgres_url
from bot.errors import StorageError, UserError
from bot.storage.db import Database, open_database

BATCH = 1000


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]  # the primary key's columns
    identity: bool  # an ``id`` column PostgreSQL numbers itself


@dataclass(slots=True)
class Copied:
    """What one run did, per table: rows new to the target, and rows that were there but differed."""

    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.added.values()) + sum(self.changed.values())

    def report(self, source: Path, target: str) -> str:
        where = f"{source} -> {hide_password(target)}"
        if not self.total:
            return f"nothing new to copy ({where}): the target already holds every row of the SQLite file"
        parts = []
        for table in self.added:
            added, changed = self.added[table], self.changed.get(table, 0)
            if added or changed:
                parts.append(f"{table} {added} new" + (f", {changed} changed" if changed else ""))
        return f"copied {where}: " + "; ".join(parts)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(conn: sqlite3.Connection) -> list[Table]:
    """The file's tables, each after the tables its foreign keys point at."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    order = TopologicalSorter(
        {
            name: {row[2] for row in conn.execute(f"PRAGMA foreign_key_list({_q(name)})") if row[2] != name}
            for name in names
        }
    )
    tables = []
    for name in order.static_order():
        info = list(conn.execute(f"PRAGMA table_info({_q(name)})"))
        columns = tuple(row[1] for row in info)
        key = tuple(row[1] for row in sorted((r for r in info if r[5]), key=lambda r: r[5]))
        if not key:
            raise StorageError(f"the table {name} has no primary key: it cannot be copied safely twice")
        tables.append(Table(name, columns, key, identity=key == ("id",)))
    return tables


def _read(path: Path) -> tuple[list[Table], dict[str, list[tuple[Any, ...]]]]:
    """Every row of the file, read in one transaction (a consistent snapshot while pollwatch runs)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("BEGIN")
        tables = _tables(conn)
        rows = {
            t.name: conn.execute(
                f"SELECT {', '.join(map(_q, t.columns))} FROM {_q(t.name)} ORDER BY {', '.join(map(_q, t.key))}"
            ).fetchall()
            for t in tables
        }
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        raise StorageError(f"cannot read the database {path}: {exc}") from exc
    finally:
        conn.close()
    return tables, rows


def _upsert(table: Table) -> str:
    columns = ", ".join(map(_q, table.columns))
    rest = [c for c in table.columns if c not in table.key]
    head = (
        f"INSERT INTO {_q(table.name)} AS t ({columns}) VALUES ({', '.join('?' for _ in table.columns)}) "
        f"ON CONFLICT ({', '.join(map(_q, table.key))}) DO "
    )
    if not rest:
        return head + "NOTHING"
    ours = ", ".join(f"t.{_q(c)}" for c in rest)
    theirs = ", ".join(f"excluded.{_q(c)}" for c in rest)
    sets = ", ".join(f"{_q(c)} = excluded.{_q(c)}" for c in rest)
    # Only a row that differs is written (and counted): a second run changes nothing.
    return head + f"UPDATE SET {sets} WHERE ROW({ours}) IS DISTINCT FROM ROW({theirs})"


def _batches(rows: list[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


async def _check_target(target: Database, tables: list[Table]) -> None:
    version, latest = await target.schema_version(), target.latest_version()
    if version != latest:
        raise UserError(
            f"the target {target.describe()} is at schema level {version}, and this pollwatch copies into "
            f"level {latest} only: "
            + (
                "upgrade pollwatch first"
                if version > latest
                else "start this pollwatch once against it (it migrates), or copy into an empty database"
            )
        )
    present: dict[str, set[str]] = {}
    for table, column in await target.fetchall(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
    ):
        present.setdefault(table, set()).add(column)
    for t in tables:
        missing = set(t.columns) - present.get(t.name, set())
        if missing:
            raise UserError(
                f"the target {target.describe()} has no {t.name} ({', '.join(sorted(missing))}) although it "
                "claims this pollwatch's schema level: copy into an empty database"
            )


async def _is_empty(target: Database) -> bool:
    row = await target.fetchone(
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"
    )
    return row is not None and int(row[0]) == 0


async def migrate_db(source: Path, target_url: str) -> Copied:
    """Copy the SQLite database at ``source`` into the PostgreSQL database at ``target_url``."""
    if not is_postgres_url(target_url):
        raise UserError(f"--to must be a postgresql:// URL, not {target_url!r}")
    if not await asyncio.to_thread(source.is_file):
        raise UserError(f"there is no SQLite database at {source} to copy (set POLLWATCH_DB or --from)")
    # Brought to this pollwatch's level first, as `pollwatch run` would (keeping a copy if it had to migrate).
    await (await open_database(source)).close()
    tables, rows = await asyncio.to_thread(_read, source)

    target = await open_database(target_url, migrate=False)
    try:
        if await _is_empty(target):
            await target.close()
            target = await open_database(target_url)  # creates the schema
        await _check_target(target, tables)
        try:
            return await _copy(target, tables, rows)
        except StorageError as exc:
            # A row of the file clashes with one the target has under another id (a feed's URL, an open
            # poll's question): the target holds data that did not come from this file. (SQLSTATE class
            # 23: an integrity constraint.)
            if not str(getattr(exc.__cause__, "sqlstate", "") or "").startswith("23"):
                raise
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else "a write failed"
            raise UserError(
                f"the target {target.describe()} holds rows that did not come from {source} ({first}); "
                "nothing was copied: copy into an empty database"
            ) from exc
    finally:
        await target.close()


async def _copy(target: Database, tables: list[Table], rows: dict[str, list[tuple[Any, ...]]]) -> Copied:
    """Every table's rows, upserted in one transaction, and the identity sequences moved past them."""
    copied = Copied()
    async with target.transaction() as tx:
        for t in tables:
            before = await tx.fetchone(f"SELECT COUNT(*) FROM {_q(t.name)}")
            written = 0
            statement = _upsert(t)
            for batch in _batches(rows[t.name]):
                await tx.executemany(statement, batch)
                written += tx.rowcount
            after = await tx.fetchone(f"SELECT COUNT(*) FROM {_q(t.name)}")
            added = int(after[0]) - int(before[0]) if after and before else 0
            copied.added[t.name], copied.changed[t.name] = added, written - added
            if t.identity:
                # The next id PostgreSQL hands out comes after every copied one.
                await tx.execute(
                    f"SELECT setval(pg_get_serial_sequence('{t.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {_q(t.name)}), 0) + 1, false)"
                )
    return copied
