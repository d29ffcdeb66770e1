"""Issue 14, defect 6: a full disk or a read-only database mid-run is one log line and a retry, and
nothing is lost.

Reproduced on a real 2 MB tmpfs (needs root to mount; skipped otherwise). On the old code SQLite had
already rolled the failed COMMIT back, so the explicit ROLLBACK failed with "no transaction is active";
that error (not a StorageError) replaced the disk-full one, the watcher took it for a bug, its failure
record failed the same way, and the bot exited with a traceback -- the three posts that arrived meanwhile
were never delivered by it.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support import FeedServer, numbered_items, rss

ROOT = Path(__file__).resolve().parents[2]


def _mount(path: Path) -> bool:
    path.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(path)], capture_output=True, check=False
    )
    return done.returncode == 0


def _fill(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"x" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


async def _until(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds * 10)):
        if condition():
            return True
        await asyncio.sleep(0.1)
    return bool(condition())


def _env(db: Path, url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
    env.update(
        POLLWATCH_DB=str(db),
        POLLWATCH_DEMO_FEED=url,
        POLLWATCH_ALLOW_PRIVATE_FEEDS="1",
        POLLWATCH_CHECK_INTERVAL="2",
        POLLWATCH_MIN_CHECK_INTERVAL="2",
        POLLWATCH_STORAGE_RETRY="1",
        POLLWATCH_PARSE_WORKERS="1",
        POLLWATCH_MAX_POSTS_PER_HOUR="0",
        POLLWATCH_FULL_TEXT="never",
    )
    return env


async def _blocked_then_freed(
    tmp_path: Path,
    feed_server: FeedServer,
    db: Path,
    block: Callable[[], None],
    unblock: Callable[[], None],
    error: str,
) -> None:
    """The bot delivers one post; the database stops taking writes while three more arrive; the bot says
    so in one line per retry and stays up; once writes work again the three posts arrive."""
    items = numbered_items(4)
    for item in items:
        item["description"] = "<p>" + "Words about polls. " * 2000 + "</p>"
    url = feed_server.set("/f", rss(items[-1:]), etag='"v1"')
    bot = subprocess.Popen(  # noqa: ASYNC220 - the bot under test is a real process
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=_env(db, url),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out: list[str] = []
    err: list[str] = []
    readers = [
        threading.Thread(target=lambda: out.extend(bot.stdout), daemon=True),  # type: ignore[arg-type]
        threading.Thread(target=lambda: err.extend(bot.stderr), daemon=True),  # type: ignore[arg-type]
    ]
    for reader in readers:
        reader.start()

    def posts() -> int:
        return sum("== Post" in line for line in list(out))

    blocked = False
    try:
        assert await _until(lambda: posts() == 1, 60), "".join(err)
        block()
        blocked = True
        feed_server.set("/f", rss(items), etag='"v2"')
        assert await _until(lambda: error in "".join(err), 30), "".join(err)[-3000:]
        assert bot.poll() is None, "".join(err)[-3000:]
        unblock()
        blocked = False
        assert await _until(lambda: posts() == 4, 30), "".join(err)[-3000:]
    finally:
        if blocked:
            unblock()
        bot.terminate()
        code = bot.wait(timeout=30)
        for reader in readers:
            reader.join(timeout=5)
        for stream in (bot.stdout, bot.stderr):
            if stream is not None:
                stream.close()
    log = "".join(err)
    assert code == 0, log[-3000:]
    assert "pollwatch will try again" in log
    assert "Traceback" not in log


def _chattr_works(folder: Path) -> bool:
    probe = folder / "probe"
    probe.touch()
    works = subprocess.run(["chattr", "+i", str(probe)], capture_output=True, check=False).returncode == 0
    subprocess.run(["chattr", "-i", str(probe)], capture_output=True, check=False)
    probe.unlink()
    return works


ROOT_ONLY = pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0, reason="mounts a tmpfs / sets chattr +i"
)


@pytest.mark.slow
@ROOT_ONLY
async def test_a_full_disk_is_retried_and_the_posts_arrive_once_there_is_room(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    disk = tmp_path / "disk"
    if not _mount(disk):
        pytest.skip("cannot mount a tmpfs here")
    filler = disk / "filler"
    try:
        await _blocked_then_freed(
            tmp_path,
            feed_server,
            disk / "bot.db",
            lambda: _fill(filler),
            filler.unlink,
            "database or disk is full",
        )
    finally:
        subprocess.run(["umount", str(disk)], check=False)  # noqa: ASYNC221


@pytest.mark.slow
@ROOT_ONLY
async def test_a_database_made_read_only_mid_run_is_retried_not_a_crash(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """On the old code this ended in SIGBUS: the masked write error stopped the bot, and closing SQLite
    wrote to its memory-mapped -shm file, which the kernel refuses on an immutable file."""
    folder = tmp_path / "db"
    folder.mkdir()

    def chattr(flag: str) -> None:
        for path in folder.iterdir():
            subprocess.run(["chattr", flag, str(path)], check=True, capture_output=True)

    if not _chattr_works(folder):
        pytest.skip("chattr +i is not supported here")
    await _blocked_then_freed(
        tmp_path, feed_server, folder / "bot.db", lambda: chattr("+i"), lambda: chattr("-i"), "disk I/O error"
    )


@pytest.mark.slow
@ROOT_ONLY
async def test_a_bot_stopped_while_its_database_is_read_only_exits_cleanly(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """SQLite's checkpoint on close wrote to the memory-mapped -shm file, which the kernel answers with
    SIGBUS on an immutable file: the bot died by a signal on the way out. Now it closes without that
    checkpoint, says so in one line, and exits 0; the next start with the files writable again reads
    everything that was stored (the WAL is replayed)."""
    folder = tmp_path / "db"
    folder.mkdir()
    if not _chattr_works(folder):
        pytest.skip("chattr +i is not supported here")
    url = feed_server.set("/f", rss(numbered_items(1)), etag='"v1"')
    env = _env(folder / "bot.db", url)
    bot = subprocess.Popen(  # noqa: ASYNC220 - the bot under test is a real process
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out: list[str] = []
    reader = threading.Thread(target=lambda: out.extend(bot.stdout), daemon=True)  # type: ignore[arg-type]
    reader.start()
    immutable = False
    try:
        assert await _until(lambda: any("== Post" in line for line in list(out)), 60)
        for path in folder.iterdir():
            subprocess.run(["chattr", "+i", str(path)], check=True, capture_output=True)  # noqa: ASYNC221
        immutable = True
        assert {p.name for p in folder.iterdir()} >= {"bot.db", "bot.db-wal", "bot.db-shm"}
        bot.terminate()
        _out, log = await asyncio.to_thread(bot.communicate, timeout=30)
    finally:
        if bot.poll() is None:
            bot.kill()
            bot.wait()
        if immutable:
            for path in folder.iterdir():
                subprocess.run(["chattr", "-i", str(path)], check=False, capture_output=True)  # noqa: ASYNC221
    reader.join(timeout=5)
    assert bot.returncode == 0, f"exit {bot.returncode}\n{log[-3000:]}"
    assert "Traceback" not in log
    said = [line for line in log.splitlines() if "could not be written when pollwatch stopped" in line]
    assert len(said) == 1, log[-3000:]
    again = subprocess.run(  # noqa: ASYNC221
        [sys.executable, "-m", "bot", "feeds", "list"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert again.returncode == 0, again.stderr
    assert url in again.stdout
