"""Recording an accepted mail: the one rule both senders follow.

A mail the SMTP relay accepted is marked `sent` in its own commit (storage.outbox.mark_sent_sync: one UPDATE)
before the next mail is handed to the relay: until that commit, a crash would send it again. The in-process
sender (intake/outbound/sender.py) and the relay process (intake/outbound/relay_process.py) both record
through `record_accepted`; the daemon never records what the relay process recorded.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from storage import outbox
from storage.database import Database
from storage.faults import database_fault

logger = logging.getLogger(__name__)

#: Recording an accepted mail is tried again this soon while the database faults, then less often.
RECORD_RETRY_FIRST_SECONDS = 0.5
RECORD_RETRY_CAP_SECONDS = 10.0


def _never() -> bool:
    return False


async def record_accepted(
    db: Database,
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
    """
    ids = list(outbox_ids)
    pause = RECORD_RETRY_FIRST_SECONDS
    while True:
        try:
            if blocking and db.sync_engine is not None:
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
    for outbox_id in outbox_ids:
        outbox.mark_sent_sync(executor, outbox_id, now=now)
