"""The operations endpoint of a real bot process: /healthz, /readyz (and when it says no), /metrics."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.support import numbered_items, rss

ROOT = Path(__file__).resolve().parent.parent.parent
NOBODY = 65534


def _get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def _total(samples: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str) -> float:
    return sum(v for (n, _), v in samples.items() if n == name)


@pytest.fixture
def workdir() -> Iterator[Path]:
    """A directory the bot's user can write: as root, the bot runs as nobody, so file permissions bind it
    (root reads a file whatever its mode says, and the readiness check must see an unreadable file)."""
    path = Path(tempfile.mkdtemp(prefix="pollwatch-ops-"))
    path.chmod(0o755)
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _as_nobody() -> list[str]:
    """As root, run the bot as nobody: root reads a file whatever its mode says."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot make a file unreadable to the bot")
    checkout = Path(__file__).resolve().parents[2]
    if any(not d.stat().st_mode & 0o001 for d in (checkout, *checkout.parents)):
        # A checkout under a private directory (mktemp -d makes one with mode 0700): nobody cannot import
        # the bot from it, so the readiness check cannot be run as nobody here.
        pytest.skip(f"running as root in {checkout}, which the user nobody cannot enter")
    return [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


class Bot:
    def __init__(self, workdir: Path, **extra: str) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
        env.update(
            {
                "POLLWATCH_DB": str(workdir / "bot.db"),
                "POLLWATCH_HTTP_ADDR": "127.0.0.1:0",
                "POLLWATCH_LOG_FORMAT": "json",
                "POLLWATCH_LOG_LEVEL": "INFO",
                "POLLWATCH_PARSE_WORKERS": "0",
                "POLLWATCH_CHART_DIR": str(workdir / "charts"),
                "HOME": str(workdir),
                **extra,
            }
        )
        self.proc = subprocess.Popen(
            [*_as_nobody(), sys.executable, "-m", "bot", "run"],
            cwd=workdir,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        assert self.proc.stderr is not None
        stream = self.proc.stderr
        self._reader = threading.Thread(
            target=lambda: self.lines.extend(iter(stream.readline, "")), daemon=True
        )
        self._reader.start()

    def records(self) -> list[dict[str, object]]:
        return [json.loads(line) for line in list(self.lines) if line.strip()]

    def wait_for(self, event: str, count: int = 1, within: float = 30.0) -> dict[str, object]:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            found = [r for r in self.records() if r.get("event") == event]
            if len(found) >= count:
                return found[count - 1]
            assert self.proc.poll() is None, "".join(self.lines)[-3000:]
            time.sleep(0.05)
        raise AssertionError(f"no {event!r} record within {within} s: {''.join(self.lines)[-3000:]}")

    def stop(self) -> int:
        self.proc.terminate()
        code = self.proc.wait(timeout=30)
        self._reader.join(timeout=10)
        if self.proc.stderr is not None:
            self.proc.stderr.close()
        return code


@pytest.mark.slow
def test_health_readiness_and_metrics_of_a_running_bot(workdir: Path) -> None:
    feed = workdir / "feed.xml"
    feed.write_text(rss(numbered_items(3)))
    feed.chmod(0o644)
    bot = Bot(
        workdir,
        POLLWATCH_DEMO_FEED=str(feed),
        POLLWATCH_CHECK_INTERVAL="1",
        POLLWATCH_MIN_CHECK_INTERVAL="1",
    )
    try:
        port = int(str(bot.wait_for("http_listening")["port"]))
        assert port > 0
        bot.wait_for("cycle")
        status, body = _get(port, "/healthz")
        assert status == 200 and body.strip() == "ok"
        status, body = _get(port, "/readyz")
        assert status == 200, body
        assert "ok   database" in body and "ok   outbox" in body

        status, text = _get(port, "/metrics")
        assert status == 200
        before = _samples(text)
        assert before[("pollwatch_deliveries_total", (("outcome", "sent"), ("platform", "console")))] == 3
        assert _total(before, "pollwatch_posts_read_total") == 3
        assert _total(before, "pollwatch_parse_seconds_count") >= 1
        assert ("pollwatch_outbox_backlog", (("platform", "console"),)) in before
        assert before[("pollwatch_polls_open", ())] == 0
        assert before[("pollwatch_feeds", (("status", "active"),))] == 1
        assert before[("pollwatch_database_up", ())] == 1

        # A new post: the next cycles read it and deliver it, and the counters move.
        feed.write_text(rss(numbered_items(4)))
        later = time.time() + 5
        os.utime(feed, (later, later))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            after = _samples(_get(port, "/metrics")[1])
            if (
                _total(after, "pollwatch_posts_read_total") == 4
                and _total(after, "pollwatch_deliveries_total") == 4
            ):
                break
            time.sleep(0.2)
        assert _total(after, "pollwatch_posts_read_total") == 4
        assert after[("pollwatch_deliveries_total", (("outcome", "sent"), ("platform", "console")))] == 4
        assert _total(after, "pollwatch_feed_checks_total") > _total(before, "pollwatch_feed_checks_total")
        assert _total(after, "pollwatch_cycles_total") > _total(before, "pollwatch_cycles_total")
        assert after[("pollwatch_fetch_seconds_count", ())] > before[("pollwatch_fetch_seconds_count", ())]

        # The database file becomes unreadable: not ready, and it says why; readable again: ready.
        database = workdir / "bot.db"
        database.chmod(0)
        status, body = _get(port, "/readyz")
        assert status == 503, body
        assert "FAIL database" in body
        assert _get(port, "/healthz")[0] == 200  # alive all the same: no restart is needed
        database.chmod(0o644)
        status, body = _get(port, "/readyz")
        assert status == 200, body
    finally:
        code = bot.stop()
    assert code == 0, "".join(bot.lines)[-3000:]
    assert not [r for r in bot.records() if r["level"] in ("ERROR", "CRITICAL")]
