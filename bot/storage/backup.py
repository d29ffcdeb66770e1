"""Consistent copies of the SQLite database: ``pollwatch backup`` and the copy taken before a migration."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from bot.errors import StorageError


def backup_file(source: Path, target: Path) -> Path:
    """Copy the SQLite database ``source`` to ``target`` with SQLite's online backup API.

    The copy is one consistent snapshot, WAL included, even while the bot writes: every page is copied in
    one step under one read transaction, and in WAL mode writers carry on meanwhile. The copy is written
    beside ``target`` and linked into place once it passes ``PRAGMA integrity_check``, so a ``target``
    that exists is always whole; two backups racing for one name never overwrite each other. The copy is
    readable by its owner only: the database holds the generated voter salt.
    ``target`` must not exist yet (a backup never overwrites).
    """
    if target.exists():
        raise StorageError(f"{target} already exists; choose another name or remove it first")
    if not source.is_file():
        raise StorageError(f"there is no database at {source}")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=rw", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)  # pages=-1: all in one step
                problems = dst.execute("PRAGMA integrity_check").fetchone()
                if not problems or problems[0] != "ok":
                    raise StorageError(
                        f"the copy failed its integrity check: {problems[0] if problems else '?'}"
                    )
            finally:
                dst.close()
        finally:
            src.close()
        partial.chmod(0o600)
        _place(partial, target)
    except sqlite3.Error as exc:
        raise StorageError(f"could not back up {source}: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return target


def _place(partial: Path, target: Path) -> None:
    """Give the finished copy its name, unless something took the name meanwhile."""
    try:
        os.link(partial, target)
    except FileExistsError:
        raise StorageError(f"{target} already exists; choose another name or remove it first") from None
    except OSError:  # a file system without hard links
        if target.exists():
            raise StorageError(f"{target} already exists; choose another name or remove it first") from None
        partial.replace(target)


def pre_migration_path(database: Path, version: int) -> Path:
    """Where the copy taken before migrating from schema ``version`` goes: beside the database, never
    over an earlier copy."""
    target = database.with_name(f"{database.name}.schema-{version}.bak")
    counter = 2
    while target.exists():
        target = database.with_name(f"{database.name}.schema-{version}.{counter}.bak")
        counter += 1
    return target


def default_backup_path(database: Path, directory: Path | None = None) -> Path:
    """``pollwatch-20261204-2215.db`` (local time) in ``directory`` (default: beside the database)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return (directory or database.parent) / f"{database.stem}-{stamp}{database.suffix or '.db'}"
