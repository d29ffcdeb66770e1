"""Hostile-input tests run in a child process under a memory limit, so a regression fails the test
instead of taking the machine down."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
MEMORY_MB = 1536  # address space of the child (its parse workers set their own, lower limit)

_PREAMBLE = """
import asyncio, json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from tests.hostile.cases import {name} as case
print("RESULT " + json.dumps(asyncio.run(case(*json.loads(sys.argv[1])))))
"""


def run_limited(name: str, *args: Any, memory_mb: int = MEMORY_MB, timeout: float = 90) -> Any:
    """Run ``tests.hostile.cases.<name>(*args)`` in a child limited to ``memory_mb``; its JSON result."""
    limit = memory_mb * 1024 * 1024
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLLWATCH_", "DISCORD_", "SLACK_"))}
    done = subprocess.run(
        [sys.executable, "-c", _PREAMBLE.format(limit=limit, name=name), json.dumps(list(args))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert done.returncode == 0 and lines, f"exit {done.returncode}\n{done.stderr[-3000:]}"
    return json.loads(lines[-1][len("RESULT ") :])
