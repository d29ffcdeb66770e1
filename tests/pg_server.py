"""A throwaway PostgreSQL server for the tests: initdb + pg_ctl from the machine's binaries, listening only on a
Unix socket in a temporary directory, stopped and deleted at the end.

Tests run as root in CI and PostgreSQL refuses to run as root, so the server runs as an unprivileged user
(``postgres`` when the distribution's package made one, else ``nobody``). Each test gets a fresh database
copied from a migrated template (``CREATE DATABASE … TEMPLATE``). Copying is the slow part (a few hundred
ms on a busy machine), so a finished test's database is emptied (``TRUNCATE … RESTART IDENTITY``: as fresh
as a copy, ids from 1 again) and handed to the next test; one that cannot be emptied at once is dropped.
"""

from __future__ import annotations

import asyncio
import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

TEMPLATE = "pollwatch_template"

BACKENDS = ("sqlite", "postgresql")

# For a test in an adapter suite (whose ``db_location`` is SQLite only) whose subject is storage-backed service
# behaviour: votes counted exactly, a poll closed once, an outbox row delivered once. It runs on both backends.
both_backends = pytest.mark.parametrize("db_location", BACKENDS, indirect=True)


def find_bindir() -> Path:
    """The directory holding initdb and pg_ctl: ``pg_config --bindir``, else the newest Debian-style one."""
    candidates: list[Path] = []
    if shutil.which("pg_config"):
        found = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False)
        if found.returncode == 0:
            candidates.append(Path(found.stdout.strip()))
    candidates += [
        Path(p).parent
        for p in sorted(
            glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]), reverse=True
        )
    ]
    for bindir in candidates:
        if (bindir / "initdb").is_file() and (bindir / "pg_ctl").is_file():
            return bindir
    raise RuntimeError(
        "PostgreSQL's server programs (initdb, pg_ctl) were not found: `make test` installs the "
        "distribution's postgresql package (apt-get install -y postgresql)"
    )


def _server_user() -> str | None:
    """Who runs the server: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise RuntimeError("running as root, and neither a postgres nor a nobody user exists to run PostgreSQL")


class PgServer:
    def __init__(self) -> None:
        self.bindir = find_bindir()
        self.user = _server_user()
        # Under /tmp when another user runs the server: TMPDIR may be a directory only root may enter, and a
        # Unix socket's path must stay short (about 100 bytes).
        where = "/tmp" if self.user is not None and os.path.isdir("/tmp") else None
        self.dir = Path(tempfile.mkdtemp(prefix="pollwatch-pg-", dir=where))
        self.data = self.dir / "data"
        self._names = itertools.count(1)
        self._started = False
        self._free: list[str] = []

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=self.dir)
        if done.returncode != 0:
            log = self.dir / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}\n{tail}")

    def start(self) -> PgServer:
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.dir, entry.pw_uid, entry.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C")
        options = (
            f"-k {self.dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=300"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.dir / "server.log"), "-w", "-o", options, "start"
        )
        self._started = True
        self._admin(f"CREATE DATABASE {TEMPLATE}")
        asyncio.run(_migrate(self.url(TEMPLATE)))
        return self

    def url(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.dir}"

    def _admin(self, sql: str) -> None:
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def create_database(self) -> tuple[str, str]:
        """A fresh, migrated database: (name, URL)."""
        if self._free:
            name = self._free.pop()
            return name, self.url(name)
        name = f"test_{os.getpid()}_{next(self._names)}"
        self._admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return name, self.url(name)

    def create_empty_database(self) -> tuple[str, str]:
        """A database with no schema at all: (name, URL)."""
        name = f"empty_{os.getpid()}_{next(self._names)}"
        self._admin(f"CREATE DATABASE {name}")
        return name, self.url(name)

    def drop_database(self, name: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def recycle_database(self, name: str) -> None:
        """Empty a test's database for the next test, or drop it if something still holds it."""
        try:
            with psycopg.connect(self.url(name), autocommit=True) as conn:
                conn.execute("SET lock_timeout = '2s'")
                # Whatever the test left connected (a pool it did not close) must not write into the next test.
                conn.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
                tables = [
                    row[0]
                    for row in conn.execute(
                        "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' "
                        "AND tablename <> 'pollwatch_schema'"
                    )
                ]
                conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")  # type: ignore[arg-type]
        except psycopg.Error:
            self.drop_database(name)
            return
        self._free.append(name)

    def stop(self) -> None:
        try:
            if self._started:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


async def _migrate(url: str) -> None:
    from bot.storage.postgres import PostgresDatabase

    db = await PostgresDatabase.open(url)
    await db.close()


def make_db_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | Path]:
    """The body of the ``db_location`` fixtures: ``request.param`` names the backend."""
    if request.param == "sqlite":
        yield tmp_path / "pollwatch.db"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name, url = server.create_database()
    yield url
    server.recycle_database(name)
