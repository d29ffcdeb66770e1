"""A feed-parsing worker process: reads requests on stdin, answers on stdout, dies with its parent.

    python -m bot.feeds.parse_worker PARENT_PID MEMORY_BYTES [RETIRE_MB]

Started by :class:`bot.feeds.parse_pool.ParsePool`. Each request is a content type and a body; each answer
is one JSON document (the parsed feed, or an error in words an admin understands). Frames are a 4-byte
big-endian length and that many bytes.

It cannot outlive the bot: on Linux the kernel sends it SIGKILL when the parent goes (``PR_SET_PDEATHSIG``,
set before anything else and checked against a parent that died first); elsewhere, and as a second line,
the end of its stdin -- which the kernel closes when the parent dies -- ends it when idle. Its address space
is capped (``RLIMIT_AS``), so a parse that runs away with memory fails here instead of in the bot.

A worker that is still large after a parse (over ``RETIRE_MB`` resident: the heap a big feed left
fragmented) says so in its answer and exits; the pool starts a fresh one (about 23 MB) when it needs one,
instead of several such workers keeping their high-water marks side by side.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import dataclasses
import json
import os
import signal
import struct
import sys
from typing import Any, BinaryIO

_PR_SET_PDEATHSIG = 1
RETIRE_MB = 48
_HEADER = struct.Struct(">I")


def die_with_parent(parent_pid: int) -> None:
    """Ask the kernel to SIGKILL this process when its parent exits (Linux); exit now if it already has."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(0)


def limit_memory(limit_bytes: int) -> None:
    if limit_bytes <= 0:
        return
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit_bytes = min(limit_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, hard))


def resident_mb() -> float:
    """This process's resident memory (Linux ``/proc``; 0 where unknown)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def read_frame(stream: BinaryIO) -> bytes | None:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    return data if len(data) == size else None


def write_frame(stream: BinaryIO, data: bytes) -> None:
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def main(argv: list[str]) -> int:
    parent_pid, memory = int(argv[0]), int(argv[1])
    retire_mb = float(argv[2]) if len(argv) > 2 else RETIRE_MB
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the group; the parent stops us itself
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but frames on the answer pipe
    from bot.errors import FeedError
    from bot.feeds.parse import parse_feed

    limit_memory(memory)
    while True:
        content_type = read_frame(requests)
        body = read_frame(requests) if content_type is not None else None
        if content_type is None or body is None:
            return 0  # the parent closed the pipe (or died)
        answer: dict[str, Any]
        try:
            answer = {"feed": dataclasses.asdict(parse_feed(body, content_type.decode()))}
        except FeedError as exc:
            answer = {"error": str(exc)}
        except MemoryError:
            answer = {"memory": True}
        del body
        if resident_mb() > retire_mb:
            answer["retire"] = True
        try:
            write_frame(answers, json.dumps(answer).encode())
        except MemoryError:
            return 3
        if answer.get("memory"):
            return 3  # start afresh: a process that ran out of memory may be in any state
        if answer.get("retire"):
            return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
