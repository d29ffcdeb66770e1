"""Fixtures for the Discord adapter tests: the loopback stand-in, a core over real SQLite, a running bot."""

from __future__ import annotations

# First, before anything imports discord.py: adapters.discord imports it without its audioop warning.
import adapters.discord  # noqa: F401

# isort: split
import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from adapters.discord.adapter import DiscordAdapter
from adapters.discord.bot import PollwatchBot
from adapters.discord.endpoints import Endpoints
from adapters.discord.roles import RoleConfig
from bot.config import Settings
from bot.core import Pollwatch
from bot.outbox import Outbox
from tests.discord.standin import ADMIN_ROLE, GUILD_ID, MOD_ROLE, DiscordStandin
from tests.discord.support import FixedExtractor
from tests.pg_server import make_db_location
from tests.support import Clock


@pytest.fixture(params=["sqlite"])
def db_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | Path]:
    """Adapter tests run over SQLite only: storage runs on both backends in the core's own tests. Those about
    storage-backed behaviour through the adapter (votes, closes, the outbox) are marked ``@both_backends``."""
    yield from make_db_location(request, tmp_path)


@pytest.fixture
async def standin() -> AsyncIterator[DiscordStandin]:
    """The stand-in. A test passes only if Discord would have taken every request it made: a payload
    over a limit (400, 50035), a late or second acknowledgement fails it here, unless the test meant it
    and cleared ``standin.rejected``."""
    server = DiscordStandin()
    await server.start()
    yield server
    await server.stop()
    refused = [(r.method, r.path, body) for r, body in server.rejected]
    assert not refused, f"Discord would have refused: {refused}"


@pytest.fixture
async def dcore(settings: Settings, clock: Clock) -> AsyncIterator[Pollwatch]:
    """The core with an extractor that finds the Taliban question in any post that mentions it."""
    core = await Pollwatch.open(settings, clock=clock, extractor=FixedExtractor())
    yield core
    await core.close()


BotFactory = Callable[..., contextlib.AbstractAsyncContextManager[PollwatchBot]]


@pytest.fixture
def short_guild_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bot started through the runtime (not ``running_bot``) waits 0.05 s, as ``running_bot``'s do, for
    guilds after READY instead of the 2 s default."""
    monkeypatch.setattr(PollwatchBot, "GUILD_READY_TIMEOUT", 0.05)


@contextlib.asynccontextmanager
async def running_bot(
    core: Pollwatch, standin: DiscordStandin, **options: Any
) -> AsyncIterator[PollwatchBot]:
    """A real PollwatchBot logged in to the stand-in and past READY/GUILD_CREATE."""
    options.setdefault("guild_ids", [str(GUILD_ID)])
    options.setdefault("role_config", RoleConfig(frozenset({str(ADMIN_ROLE)}), frozenset({str(MOD_ROLE)})))
    options.setdefault("guild_ready_timeout", 0.05)
    options.setdefault("endpoints", Endpoints(standin.api_base, standin.gateway_url))
    bot = PollwatchBot(core, **options)
    task = asyncio.create_task(bot.start("standin-token"))
    try:
        await asyncio.wait_for(bot.connected.wait(), 10)
        yield bot
    finally:
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, 5)


@pytest.fixture
def make_bot(dcore: Pollwatch, standin: DiscordStandin) -> BotFactory:
    def factory(
        core: Pollwatch | None = None, **options: Any
    ) -> contextlib.AbstractAsyncContextManager[PollwatchBot]:
        return running_bot(core or dcore, standin, **options)

    return factory


def outbox_for(core: Pollwatch, bot: PollwatchBot, **options: Any) -> Outbox:
    adapter = DiscordAdapter(bot, ready_timeout=5.0)
    return Outbox(core.storage, {"discord": adapter}, rng=core.rng, clock=core.clock, **options)
