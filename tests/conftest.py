"""Shared fixtures: a real feed server on 127.0.0.1, settings over a real database, a settable clock.

``db_location`` runs every test that uses the database twice: over a SQLite file and over a fresh database on a
throwaway PostgreSQL server (one per session, see ``tests/pg_server.py``). Adapter suites narrow it to SQLite
in their own conftest: most of their tests are about translation to a platform, not storage. Those whose
subject is storage-backed behaviour (exact votes, one close, one delivery) are marked ``@both_backends``
(``tests/pg_server.py``) and run on both.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core import Pollwatch
from tests.pg_server import BACKENDS, PgServer, make_db_location
from tests.support import Clock, FeedServer


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    server = FeedServer()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = PgServer()
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture(params=BACKENDS)
def db_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | Path]:
    """Where the test's database lives: a SQLite file, or a postgresql:// URL (a fresh database)."""
    yield from make_db_location(request, tmp_path)


@pytest.fixture
def settings(tmp_path: Path, db_location: str | Path) -> Settings:
    return Settings(
        db_path=tmp_path / "pollwatch.db",
        db_url=db_location if isinstance(db_location, str) else None,
        allow_private_feeds=True,
        fetch_timeout=2.0,
        connect_timeout=1.0,
        check_interval=900.0,
        min_check_interval=300.0,
        demo_feed="",
        parse_workers=0,
        full_text="never",  # test entries are short and link to example.org: no outside fetches
    )


@pytest.fixture
async def core(settings: Settings, clock: Clock) -> AsyncIterator[Pollwatch]:
    instance = await Pollwatch.open(settings, clock=clock)
    yield instance
    await instance.close()


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may reach past 127.0.0.1: name lookups and connections elsewhere fail at once."""
    import ipaddress
    import socket

    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect

    def local(host: object) -> bool:
        if host in (None, "localhost", b"localhost"):
            return True
        try:
            return ipaddress.ip_address(str(host)).is_loopback
        except ValueError:
            return False

    def getaddrinfo(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not local(host):
            raise socket.gaierror(socket.EAI_NONAME, f"tests may not look up {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    def connect(self, address):  # type: ignore[no-untyped-def]
        if isinstance(address, tuple) and not local(address[0]):
            raise ConnectionRefusedError(f"tests may not connect to {address[0]!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
