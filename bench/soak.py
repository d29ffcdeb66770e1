"""Soak benchmark (issue 14): 200 feeds, 20 of them hostile, over 5 cycles, against the real bot process.

The bot runs as ``python -m bot run`` on a prepared database: every feed in its own console channel. The
hostile feeds are the kinds the issue lists (entity expansion in four disguises, a 5.6 MB entry, 100,000
entries, one entry with 150,000 categories, an escape-sequence title, a server that takes 8 s). Reported: the peak memory of all pollwatch
processes together (the bot and its parse workers, RSS sampled every 0.1 s), the slowest healthy feed's
time from being served to its digest appearing, and how many processes are left after a SIGKILL of the
bot. The baseline is the same run with the 20 hostile feeds replaced by healthy ones.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import aiohttp

from bot.config import Settings
from bot.core import Pollwatch

ROOT = Path(__file__).resolve().parent.parent
FEEDS = 200
HOSTILE = 20
PERIOD = 6.0
CYCLES = 5
KINDS = [
    "entity_comment",
    "entity_bracket",
    "entity_late",
    "entity_utf16",
    "huge_entry",
    "many_entries",
    "many_tags",
    "titles",
    "slow",
]
_DIGEST = re.compile(r"^\[#c\d+\] == Healthy (\d+) gen (\d+) ==")


def _tree(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [pid], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _rss_mb(pids: list[int]) -> float:
    return sum(_each_rss_mb(pids).values())


def _each_rss_mb(pids: list[int]) -> dict[int, float]:
    each = {}
    for pid in pids:
        with contextlib.suppress(OSError, ValueError, IndexError), open(f"/proc/{pid}/statm") as statm:
            each[pid] = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    return each


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


async def _prepare(db: Path, urls: list[str]) -> None:
    core = await Pollwatch.open(Settings(db_path=db, demo_feed="", allow_private_feeds=True))
    now = time.time()
    for i, url in enumerate(urls):
        feed, _ = await core.storage.feeds.add(url, now, full_text="never")
        await core.storage.subscriptions.add(feed.id, "console", f"c{i}", backfill=1, now=now)
    await core.close()


async def soak(hostile: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        healthy = FEEDS - hostile
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench.hostile_server",
                str(work / "port"),
                str(healthy),
                str(PERIOD),
                str(CYCLES),
            ],
            cwd=ROOT,
        )
        try:
            while not (work / "port").exists() or not (work / "port").read_text():
                await asyncio.sleep(0.05)
            base = f"http://127.0.0.1:{(work / 'port').read_text()}"
            urls = [f"{base}/ok/{i}" for i in range(healthy)]
            urls += [f"{base}/bad/{KINDS[n % len(KINDS)]}/{n}" for n in range(hostile)]
            await _prepare(work / "bot.db", urls)
            env = {
                k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))
            }
            env.update(
                POLLWATCH_DB=str(work / "bot.db"),
                POLLWATCH_DEMO_FEED="",
                POLLWATCH_ALLOW_PRIVATE_FEEDS="1",
                POLLWATCH_CHECK_INTERVAL=str(PERIOD),
                POLLWATCH_MIN_CHECK_INTERVAL=str(PERIOD),
                POLLWATCH_MAX_POSTS_PER_HOUR="0",
                POLLWATCH_FULL_TEXT="never",
                POLLWATCH_LOG_LEVEL="ERROR",
            )
            bot = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"], cwd=work, env=env, stdout=subprocess.PIPE, text=True
            )
            delivered: dict[str, float] = {}

            def read() -> None:
                assert bot.stdout is not None
                for line in bot.stdout:
                    match = _DIGEST.match(line)
                    if match:
                        delivered.setdefault(f"{match[1]}:{match[2]}", time.time())

            reader = threading.Thread(target=read, daemon=True)
            reader.start()
            peak = main_peak = worker_peak = workers_at_peak = 0.0
            most_workers = 0
            deadline = time.time() + PERIOD * (CYCLES + 1.5)
            while time.time() < deadline:
                each = _each_rss_mb(_tree(bot.pid))
                main_now = each.pop(bot.pid, 0.0)
                if main_now + sum(each.values()) > peak:
                    peak, workers_at_peak = main_now + sum(each.values()), sum(each.values())
                main_peak = max(main_peak, main_now)
                worker_peak = max([worker_peak, *each.values()])
                most_workers = max(most_workers, len(each))
                await asyncio.sleep(0.1)
            killed_at = time.time()
            family = _tree(bot.pid)[1:]
            bot.send_signal(signal.SIGKILL)
            bot.wait()
            await asyncio.sleep(2)
            survivors = [pid for pid in family if _alive(pid)]
            for pid in survivors:
                os.kill(pid, signal.SIGKILL)
            reader.join(timeout=5)
            if bot.stdout is not None:
                bot.stdout.close()
            async with aiohttp.ClientSession() as session, session.get(f"{base}/log") as resp:
                served: dict[str, float] = json.loads(await resp.text())
        finally:
            server.kill()
            server.wait()
    waits = [delivered[key] - at for key, at in served.items() if key in delivered]
    # A generation first served in the last seconds before the kill had no time to arrive; not counted.
    missing = [key for key, at in served.items() if key not in delivered and at < killed_at - 5]
    return {
        "peak_mb": peak,
        "main_mb": main_peak,
        "worker_mb": worker_peak,
        "workers_at_peak_mb": workers_at_peak,
        "workers": float(most_workers),
        "slowest_s": max(waits) if waits else float("nan"),
        "missing": float(len(missing)),
        "served": float(len(served)),
        "survivors": float(len(survivors)),
    }


async def run() -> dict[str, object]:
    base = await soak(0)
    hostile = await soak(HOSTILE)
    return {
        "feeds / hostile / cycles": f"{FEEDS} / {HOSTILE} / {CYCLES} (a new entry every {PERIOD:g} s)",
        "peak memory, all pollwatch processes (goal < 300 MB)": f"{hostile['peak_mb']:.0f} MB (baseline without hostile feeds {base['peak_mb']:.0f} MB, ratio {hostile['peak_mb'] / base['peak_mb']:.2f})",
        "the bot process alone at its peak; most worker processes at once": f"{hostile['main_mb']:.0f} MB; {hostile['workers']:.0f} (baseline {base['main_mb']:.0f} MB; {base['workers']:.0f})",
        "the workers together at the overall peak; the largest one worker": f"{hostile['workers_at_peak_mb']:.0f} MB; {hostile['worker_mb']:.0f} MB (baseline {base['workers_at_peak_mb']:.0f} MB; {base['worker_mb']:.0f} MB)",
        "slowest healthy feed, served -> digest shown (goal <= 5 s)": f"{hostile['slowest_s']:.2f} s (baseline {base['slowest_s']:.2f} s)",
        "healthy feed generations served (5 s before the kill) but never delivered": f"{hostile['missing']:.0f} of {hostile['served']:.0f} (baseline {base['missing']:.0f} of {base['served']:.0f})",
        "processes left after SIGKILL of the bot (goal 0)": f"{hostile['survivors']:.0f} (baseline {base['survivors']:.0f})",
    }
