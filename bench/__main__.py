"""``make bench``: every benchmark, printed as a Markdown section with the machine and date.

Paste the output into docs/benchmarks.md. Figures are ratios against a baseline measured in the same run
where one exists; absolute numbers vary with the machine and its load.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import platform
import sys
from datetime import UTC, datetime


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"


async def main() -> int:
    print(f"## Run of {datetime.now(UTC):%Y-%m-%d %H:%M} UTC\n\nMachine: {machine()}\n")
    sections = [
        ("Feed cycle", "bench.feeds"),
        ("Reading", "bench.reading"),
        ("Reader polls", "bench.polls"),
        ("Soak: 200 feeds, 20 hostile", "bench.soak"),
    ]
    wanted = set(sys.argv[1:])
    for title, module_name in sections:
        if wanted and module_name.split(".")[-1] not in wanted:
            continue
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue
        result = module.run()
        figures = await result if asyncio.iscoroutine(result) else result
        print(f"### {title}\n\n| measure | value |\n|---|---|")
        for name, value in figures.items():
            print(f"| {name} | {value} |")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
