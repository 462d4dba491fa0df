"""Recording an accepted mail: the one rule both senders follow.

A mail the SMTP relay accepted is marked `sent` in its own commit (storage/outbox_sent.py: one UPDATE) before
the next mail is handed to the relay: until that commit, a crash would send it again. The in-process sender
(intake/outbound/sender.py) and the relay process (intake/outbound/relay_process.py) both record through
`record_accepted`; the daemon never records what the relay process recorded.

The relay process on a SQLite file records through a `SqliteSentRecorder` rather than a `Database`: the same
statement, pragmas and BEGIN on a plain sqlite3 connection, so that it need not import SQLAlchemy (a third of
its CPU in a drain). Hence SQLAlchemy and storage.database are imported here only when a Database is used.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from storage.faults import database_fault
from storage.outbox_sent import SqliteSentRecorder

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

    from storage.database import Database

logger = logging.getLogger(__name__)

#: Recording an accepted mail is tried again this soon while the database faults, then less often.
RECORD_RETRY_FIRST_SECONDS = 0.5
RECORD_RETRY_CAP_SECONDS = 10.0


def _never() -> bool:
    return False


async def record_accepted(
    db: Database | SqliteSentRecorder,
    outbox_ids: Sequence[int],
    now: datetime,
    *,
    give_up: Callable[[], bool] = _never,
    blocking: bool = False,
) -> bool:
    """Marks the rows sent in one commit, trying again while the database faults (a full disk, a lock held
    elsewhere): given up, the rows would be sent again. Nothing else is sent meanwhile. Returns False only when
    `give_up()` said so between two tries (the rows stay `sending`); a failure that is not the database's
    raises.

    `blocking`: on a SQLite file, commit on this thread, blocking the event loop (the relay process, which has
    nothing else to do until the commit: half the CPU of the hand-off to the database's thread and a Session).
    A SqliteSentRecorder always commits on this thread.
    """
    ids = list(outbox_ids)
    pause = RECORD_RETRY_FIRST_SECONDS
    while True:
        try:
            if isinstance(db, SqliteSentRecorder):
                db.mark_sent(ids, now)
            elif blocking and db.sync_engine is not None:
                with db.sync_engine.begin() as connection:
                    _mark_sent_each(connection, ids, now)
            else:
                await db.run_sync(lambda session: _mark_sent(session, ids, now), urgent=True)
            return True
        except Exception as exc:
            fault = database_fault(exc)
            if fault is None:
                raise
            logger.warning("outbox_record_retry outbox=%d kind=%s", ids[0], fault.kind)
        if give_up():
            return False
        await asyncio.sleep(pause)
        pause = min(pause * 2, RECORD_RETRY_CAP_SECONDS)


def _mark_sent(session: Session, outbox_ids: list[int], now: datetime) -> None:
    _mark_sent_each(session, outbox_ids, now)
    session.commit()


def _mark_sent_each(executor: Session | Connection, outbox_ids: list[int], now: datetime) -> None:
    from storage import outbox  # the daemon's path: SQLAlchemy is loaded there already

    for outbox_id in outbox_ids:
        outbox.mark_sent_sync(executor, outbox_id, now=now)
