"""Periodic jobs, once across the cluster per period: `run_once_per_period` (storage/periodic.py has the claim).

How a periodic job uses it (any job the daemon schedules, e.g. the auto-close of pending tickets; the privacy
digest, intake/outbound/digest.py, claims with `storage.periodic.claim` inside the sender's transaction):

    ran = await run_once_per_period(db, "auto_close", daily_period(now, tz), work, now=now)

`work(session)` does the job in the claim's transaction and must not commit: both commit together, so a job
that fails leaves its period unclaimed for the next try (by this instance or another). `None` comes back when
another instance (or an earlier run of this one) already ran this period. Pick the period key so that one
period is one run: the local date for a daily job, `storage.periodic.period_key(now, seconds)` for a job every
N seconds. Call it as often as you like (every loop turn): a claimed period costs one INSERT that does nothing.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from storage import periodic
from storage.database import Database

T = TypeVar("T")


def daily_period(now: datetime, timezone: str) -> str:
    """The period key of a daily job: the date at `now` in `timezone` (e.g. "Europe/Amsterdam")."""
    return now.astimezone(ZoneInfo(timezone)).date().isoformat()


def runner_name() -> str:
    """Who ran a period, as recorded beside its key: "host pid"."""
    return f"{socket.gethostname()} {os.getpid()}"


async def run_once_per_period(
    db: Database,
    job: str,
    period: str,
    work: Callable[[AsyncSession], Awaitable[T]],
    *,
    now: datetime,
) -> T | None:
    """Runs `work` if no instance ran `job` for `period` yet (module doc); its result, or None when skipped."""
    async with db.session() as session:
        if not await periodic.claim(session, job, period, by=runner_name(), now=now):
            return None
        result = await work(session)
        await session.commit()
        return result
