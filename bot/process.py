"""Who holds a claim: ``host:pid:start``, and whether that process is gone.

The outbox writes this identity beside each claim. On start-up, a claim whose process ran on this host and no
longer exists (no such pid, or the pid now belongs to a process started at another time) is released at once
instead of waiting out its lease. A claim from another host is left to its lease: we cannot see its processes.
"""

from __future__ import annotations

import os
import socket
from functools import cache


def _start_time(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (Linux ``/proc``), or None where unknown."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            raw = stat.read()
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: count fields after the last ")".
    fields = raw[raw.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else None


@cache
def this_process() -> str:
    """This process's identity, computed once."""
    pid = os.getpid()
    return f"{socket.gethostname()}:{pid}:{_start_time(pid) or '?'}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, owned by someone else
        return True
    return True


def is_gone(owner: str | None) -> bool:
    """Whether the process named ``owner`` is known to have stopped (only answerable on this host)."""
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    pid_text, _, start = rest.partition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    if owner == this_process():
        return False
    pid = int(pid_text)
    if not _alive(pid):
        return True
    now_start = _start_time(pid)
    return start not in ("", "?") and now_start is not None and now_start != start
