"""The schema level of a database file, read without migrating it (``pollwatch version``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.errors import StorageError


def schema_level(path: Path) -> int | None:
    """``PRAGMA user_version`` of the database at ``path``; None when there is no database there yet."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("PRAGMA user_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StorageError(f"cannot read the database {path}: {exc}") from exc
    return int(row[0]) if row else 0
