"""Marking an outbox row `sent`: the one statement every recorder runs (standard library only).

storage.outbox.mark_sent_sync runs `MARK_SENT_SQL` through SQLAlchemy (a Session or Connection, either
database); the relay process runs it on a plain sqlite3 connection (`SqliteSentRecorder`), so that recording
imports no SQLAlchemy (intake/outbound/relay_process.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from storage.sqlite_setup import begin_promptly, connect_prompt_writer, prepare_file

#: The relay accepted the mail (named parameters, as both sqlite3 and SQLAlchemy's `text` take them).
MARK_SENT_SQL = (
    "UPDATE outbox SET state = 'sent', sent_at = :sent_time, attempts = attempts + 1, last_error = NULL "
    "WHERE id = :outbox_id"
)


def sqlite_time(at: datetime) -> str:
    """`at` as storage.models.UTCDateTime stores it on SQLite: naive UTC text, always with microseconds."""
    if at.tzinfo is None:
        raise ValueError("naive datetime given to a UTCDateTime column")
    utc = at.astimezone(UTC)
    return f"{utc:%Y-%m-%d %H:%M:%S}.{utc.microsecond:06d}"


def check_marked(rowcount: int, outbox_id: int) -> None:
    if not rowcount:
        raise LookupError(f"outbox row {outbox_id} does not exist")


class SqliteSentRecorder:
    """Marks rows sent in a SQLite file, each call in one commit, on one connection kept open (opened when first
    needed, and again after a failure: a fault may leave it in any state)."""

    def __init__(self, path: Path) -> None:
        prepare_file(path)  # as Database.open does: a file we create is 0600
        self._path = path
        self._connection: sqlite3.Connection | None = None

    def mark_sent(self, outbox_ids: Sequence[int], now: datetime) -> None:
        """One transaction (BEGIN IMMEDIATE asked promptly, storage/sqlite_setup.py); raises what sqlite3 raises."""
        sent_time = sqlite_time(now)
        connection = self._connection
        try:
            if connection is None:
                connection = self._connection = connect_prompt_writer(self._path)
            if not begin_promptly(connection):
                connection.execute("BEGIN IMMEDIATE")  # the last try: raises why it failed
            for outbox_id in outbox_ids:
                cursor = connection.execute(MARK_SENT_SQL, {"outbox_id": outbox_id, "sent_time": sent_time})
                check_marked(cursor.rowcount, outbox_id)
            connection.commit()
        except BaseException:
            self.close()  # rolls back what is not committed
            raise

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()
