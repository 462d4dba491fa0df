"""Marking a row sent without SQLAlchemy (the relay process on a SQLite file, storage/outbox_sent.py) leaves the
database as storage.outbox.mark_sent_sync leaves it: the same statement, the same stored time."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.dialects.sqlite import pysqlite

from storage import models, outbox
from storage.database import Database
from storage.outbox_sent import SqliteSentRecorder, sqlite_time
from storage.outcome import NewOutboxMail

#: Not UTC, and with microseconds: both are stored as UTC text with microseconds.
AT = datetime(2026, 12, 6, 10, 30, 5, 123456, tzinfo=timezone(timedelta(hours=1)))


def _mail(n: int) -> NewOutboxMail:
    return NewOutboxMail(
        kind="ack_ticket",
        recipient=f"klant{n}@example.nl",
        subject="Uw vraag",
        body="Dank u.",
        message_id=f"<m{n}@tinybots.nl>",
        language="nl",
        ticket_id=None,
    )


def _rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as check:
        query = "SELECT state, sent_at, typeof(sent_at), attempts, last_error FROM outbox ORDER BY id"
        return check.execute(query).fetchall()


@pytest.mark.parametrize("db_backend", ["sqlite"])  # the relay's own connection is for a SQLite file
async def test_the_relays_record_matches_the_daemons(database: Database) -> None:
    path = Path(str(database.engine.url.database))
    async with database.session() as s:
        first, second = await outbox.enqueue(s, [_mail(1), _mail(2)], now=AT)
        await s.execute(update(models.OutboxMail).values(last_error="421 try later", attempts=2))
        await s.commit()
    await database.run_sync(lambda s: (outbox.mark_sent_sync(s, first, now=AT), s.commit()))
    recorder = SqliteSentRecorder(path)
    try:
        recorder.mark_sent([second], AT)
        with pytest.raises(LookupError):
            recorder.mark_sent([second + 1], AT)
        recorder.mark_sent([second], AT + timedelta(seconds=1))  # a fresh connection after the failure
    finally:
        recorder.close()
    daemons, relays = _rows(path)
    assert daemons == ("sent", "2026-12-06 09:30:05.123456", "text", 3, None)
    assert relays == ("sent", "2026-12-06 09:30:06.123456", "text", 4, None)


@pytest.mark.parametrize(
    "at",
    [AT, datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)],
)
def test_sqlite_time_is_how_sqlalchemy_stores_the_column(at: datetime) -> None:
    dialect = pysqlite.dialect()
    process = models.table_of(models.OutboxMail).c.sent_at.type.dialect_impl(dialect).bind_processor(dialect)
    assert process is not None
    assert sqlite_time(at) == process(at)


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError):
        sqlite_time(datetime(2026, 12, 6, 10, 30))
