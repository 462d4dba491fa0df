"""The relay lock: a restarted daemon waits for the relay processes of the one before (relay_process.py module doc).

Each relay process holds a shared lock on `<database>.relay.lock` beside a SQLite file from its first batch until
it ends; `wait_for_earlier_relays` takes it exclusively before rows left `sending` are taken back. SQLAlchemy is
imported only in the functions the daemon calls: the relay process imports none (relay_process.py).
"""

from __future__ import annotations

import asyncio
import fcntl
import logging
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

logger = logging.getLogger(__name__)

#: How often a restarted daemon looks whether the relays of the one before have ended.
EARLIER_RELAY_POLL_SECONDS = 0.05


def relay_lock_path(database_url: str | URL) -> Path | None:
    """`<database>.relay.lock` beside a SQLite file; None for PostgreSQL (and an in-memory database)."""
    database = sqlite_file(database_url)
    return None if database is None else lock_beside(database)


def sqlite_file(database_url: str | URL) -> Path | None:
    from sqlalchemy.engine import make_url  # the daemon's side: the relay process imports no SQLAlchemy

    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def lock_beside(database: Path) -> Path:
    return database.with_name(database.name + ".relay.lock")


def plain_sqlite_file(database_url: str) -> str | None:
    """The absolute path of a SQLite file named without URL options (as pysqlite opens it): the relay process
    records there on a sqlite3 connection of its own (storage/outbox_sent.py). None for anything else (PostgreSQL,
    options), where it records through a Database."""
    from sqlalchemy.engine import make_url

    database = sqlite_file(database_url)
    return None if database is None or make_url(database_url).query else os.path.abspath(database)


def open_lock(path: Path) -> IO[bytes]:
    return os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, 0o600), "r+b")


async def wait_for_earlier_relays(database_url: str | URL) -> None:
    """Returns once no relay process of an earlier daemon holds the relay lock (it may still be finishing the
    mail in hand after its daemon was killed); call before taking back rows left `sending`."""
    path = relay_lock_path(database_url)
    if path is None:
        return
    waited = False
    with open_lock(path) as lock:
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waited:
                    logger.info("waiting_for_earlier_relay_process lock=%s", path.name)
                    waited = True
                await asyncio.sleep(EARLIER_RELAY_POLL_SECONDS)
        fcntl.flock(lock, fcntl.LOCK_UN)
