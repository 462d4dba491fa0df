"""Once per period across the cluster: a periodic job claims its period by inserting a row keyed (job, period).

    async with db.session() as session:
        if await periodic.claim(session, "privacy_digest", today.isoformat(), by="host 1234"):
            ...the job's work, in this same transaction...
        await session.commit()

The claim is `INSERT ... ON CONFLICT DO NOTHING`: exactly one transaction inserts the row. On PostgreSQL a second
instance claiming the same key waits for the first transaction to end: when it commits, the second finds the key
taken (False); when it rolls back (the job failed), the second inserts it and runs the job instead. So the job's
work and its claim commit together or not at all, and no instance needs a lock of its own. On SQLite there is one
instance (intake/daemon/sqlite_lock.py) and the same statement keeps restarts from running a period twice.
The period key is the caller's: a date for a daily job, `period_key(now, seconds)` for a job every N seconds.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from storage.database import insert_unless_exists
from storage.models import PeriodicRun, table_of

_RUNS = table_of(PeriodicRun)


def period_key(now: datetime, every_seconds: int) -> str:
    """The key of the period of `every_seconds` that `now` falls in (periods start at the Unix epoch)."""
    start = int(now.timestamp()) // every_seconds * every_seconds
    return datetime.fromtimestamp(start, now.tzinfo).isoformat()


def claim_sync(session: Session, job: str, period: str, *, by: str, now: datetime) -> bool:
    """True when this transaction is the one that runs `job` for `period` (see the module doc)."""
    row = {"job": job, "period": period, "ran_by": by[:320], "ran_at": now}
    inserted = session.execute(insert_unless_exists(session, _RUNS, _RUNS.c.job), row).first()
    return inserted is not None


async def claim(session: AsyncSession, job: str, period: str, *, by: str, now: datetime) -> bool:
    """`claim_sync` in an AsyncSession."""
    return await session.run_sync(claim_sync, job, period, by=by, now=now)
