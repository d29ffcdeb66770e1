"""Closing a SQLite database that can no longer be written without a signal.

When the last connection to a WAL database closes, SQLite checkpoints: it writes to the ``-shm`` file
through shared memory (``mmap``). If the files have become read-only meanwhile (``chattr +i``, a file
system remounted read-only), the kernel answers that write with SIGBUS and the process dies mid-close,
whatever Python does. SQLite can be told to skip that checkpoint (``SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE``):
the close then only unmaps the ``-shm`` file and closes its files, and the WAL stays for the next open to
replay, which is what a checkpoint that cannot be written would leave anyway.

Python's ``sqlite3`` exposes that setting from 3.12 (``Connection.setconfig``). On CPython 3.11 it is
reached through ``ctypes`` (the connection's first field is its ``sqlite3*``; checked by asking SQLite for
the file name it holds before anything is changed). Where neither works, the connection is left open for
the rest of the process's life (never freed, so never closed): the kernel drops its locks and files at
exit, which writes nothing either.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sqlite3
import sys
from pathlib import Path

_NO_CKPT_ON_CLOSE = 1006  # SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE (sqlite3.h, SQLite 3.16 and later)


def writable(path: Path) -> bool:
    """Whether the database file and its WAL companions can all be written (``access(2)``: an immutable
    file or a read-only file system says no even to root)."""
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return all(os.access(f, os.W_OK) for f in files if f.exists())


def skip_checkpoint_on_close(conn: sqlite3.Connection, path: Path) -> bool:
    """Tell SQLite not to checkpoint when ``conn`` closes; False when this Python offers no way to.

    Runs on the thread that owns ``conn``."""
    option = getattr(sqlite3, "SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE", None)
    setconfig = getattr(conn, "setconfig", None)
    if option is not None and setconfig is not None:
        try:
            setconfig(option, True)
        except sqlite3.Error:
            return False
        return True
    return _skip_through_ctypes(conn, path)


def _skip_through_ctypes(conn: sqlite3.Connection, path: Path) -> bool:
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        return False  # the connection's memory layout is only known for this one
    if not sys.platform.startswith("linux"):
        return False  # a variadic C call through ctypes is only plain on the Linux calling conventions
    try:
        import _sqlite3

        lib = ctypes.CDLL(_sqlite3.__file__)  # its symbol lookup reaches the libsqlite3 it links
        filename = lib.sqlite3_db_filename
        config = lib.sqlite3_db_config
    except (ImportError, OSError, AttributeError):
        return False
    filename.restype = ctypes.c_char_p
    filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    config.restype = ctypes.c_int
    handle = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value
    if not handle:
        return False
    name = filename(handle, b"main")
    with contextlib.suppress(OSError):
        if name is not None and os.path.samefile(os.fsdecode(name), path):
            done = config(
                ctypes.c_void_p(handle),
                ctypes.c_int(_NO_CKPT_ON_CLOSE),
                ctypes.c_int(1),
                ctypes.POINTER(ctypes.c_int)(),
            )
            return int(done) == 0
    return False


_LEFT_OPEN: list[sqlite3.Connection] = []


def leave_open(conn: sqlite3.Connection) -> None:
    """Keep ``conn`` alive until the process ends: a reference the interpreter never drops, so its
    finalizer (which would close, and so checkpoint) never runs."""
    _LEFT_OPEN.append(conn)
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(conn))
