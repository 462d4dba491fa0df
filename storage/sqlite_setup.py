"""How a SQLite file is opened for writing: its mode, its pragmas, a prompt BEGIN IMMEDIATE (standard library only).

storage/database.py applies these to every connection of its engines; the relay process
(intake/outbound/relay_process.py) opens its own connection with them and no SQLAlchemy, whose import is a
third of that process's CPU in a drain. One list of pragmas, one way to begin, for both.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

#: How long a SQLite writer waits for another writer's lock before giving up.
SQLITE_BUSY_TIMEOUT_MS = 30_000
#: A prompt writer (`Database.open(prompt_writer=True)`): SQLite's own wait per try, and the pause between tries.
PROMPT_BUSY_TIMEOUT_MS = 1
PROMPT_LOCK_POLL_SECONDS = 0.0005


def prepare_file(path: Path) -> None:
    """Creates missing directories 0700 and the database file 0600 before SQLite opens it."""
    missing = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
    for directory in reversed(missing):
        directory.mkdir(mode=0o700)
    # Never open an existing database file here: closing any descriptor drops all of this process's POSIX
    # locks on it, and another process could then delete the -shm file under a live connection.
    if path.exists():
        return
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return  # another process created it first
    os.close(fd)


def configure_writer(dbapi_connection: sqlite3.Connection, *, prompt: bool = False) -> None:
    """Our pragmas, and no transaction the driver opens on its own: we emit BEGIN IMMEDIATE ourselves."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in (
        "journal_mode=WAL",
        "synchronous=NORMAL",
        "foreign_keys=ON",
        "secure_delete=ON",
        f"busy_timeout={PROMPT_BUSY_TIMEOUT_MS if prompt else SQLITE_BUSY_TIMEOUT_MS}",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def connect_prompt_writer(path: Path) -> sqlite3.Connection:
    """A connection to the SQLite file at `path` as `Database.open(url, prompt_writer=True)` makes its own."""
    connection = sqlite3.connect(path)
    try:
        configure_writer(connection, prompt=True)
    except BaseException:
        connection.close()
        raise
    return connection


def begin_promptly(driver: sqlite3.Connection) -> bool:
    """BEGIN IMMEDIATE, asked again every PROMPT_LOCK_POLL_SECONDS for up to SQLITE_BUSY_TIMEOUT_MS. False when
    the lock was not had in time, or the try failed otherwise: the caller tries once more and raises that.

    SQLite's busy handler sleeps 1, 2, 5, 10 ... up to 100 ms between its tries. Against a writer that takes
    the lock again a moment after each commit (the daemon routing mail by mail) it rarely finds the file free:
    the relay process, which records each accepted mail before sending the next, was held back to a third of
    its pace during a drain (docs/performance.md). Asking often finds the gaps between the daemon's chunks.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            driver.execute("BEGIN IMMEDIATE")
            return True
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                return False
        time.sleep(PROMPT_LOCK_POLL_SECONDS)
