"""One daemon per SQLite file (design §4): an exclusive lock on a file beside the database, held while it runs.

`<database>.instance.lock` holds "pid host since" of the holder. A second `intake run` on the same file gets one
line naming that process instead of racing the first (SQLite has one writer; a second daemon would fight it for
the write lock, and two pollers would move the same mail). flock(2) is released by the kernel when the process
dies, so a kill -9 leaves no stale lock; the file itself stays and is overwritten by the next holder. It is a
different file from the database, so it does not disturb SQLite's own POSIX locks on the database file.
"""

from __future__ import annotations

import fcntl
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from sqlalchemy.engine import make_url


class DatabaseInUse(Exception):
    """Another daemon holds the SQLite database (or, for `run --once`, polls the mailbox): one line naming it
    and the fix."""


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL; None for PostgreSQL or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


class InstanceLock:
    """Held from `acquire` to `release` (or the process's end)."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = database.with_name(database.name + ".instance.lock")
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        """Takes the lock or raises DatabaseInUse naming the holder."""
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(fd, "r+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = handle.read().strip() or "another process"
            handle.close()
            raise DatabaseInUse(
                f"the database {self.database} is in use by intake {holder}; "
                "fix: stop that instance first (one daemon per SQLite file), or use PostgreSQL to run several"
            ) from None
        since = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} on {socket.gethostname()} since {since}\n")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the descriptor releases the flock
            self._file = None
