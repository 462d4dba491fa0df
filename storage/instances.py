"""The instance registry: every running `intake run` beats here; `intake status` lists the rows.

An instance writes its row at start and every few seconds after (`beat`, an INSERT ... ON CONFLICT DO UPDATE:
no read-then-write race between instances), with its role and what it polls; it deletes the row when it stops
cleanly (`remove`). A row that stopped beating belongs to an instance that died: `forget_dead` removes such rows
once they are old, and the outbox takes back what such an instance was sending (storage/outbox.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import upsert
from storage.models import Instance, table_of

_INSTANCES = table_of(Instance)
#: An instance beats every few seconds (intake/daemon/registry.py); silent this long, it is taken for dead.
DEAD_AFTER = timedelta(seconds=20)
#: Rows of dead instances stay this long, so `intake status` can say which one died and when.
FORGET_AFTER = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class InstanceInfo:
    """One registered instance as `intake status` shows it."""

    id: str
    host: str
    pid: int
    version: str
    started_at: datetime
    last_seen_at: datetime
    role: str  # "poller" | "worker"
    polls: str | None

    def alive(self, now: datetime) -> bool:
        return now - self.last_seen_at < DEAD_AFTER


async def beat(session: AsyncSession, info: InstanceInfo) -> None:
    """Writes the instance's row (first beat) or refreshes it: last seen, role, what it polls."""
    values = {
        "id": info.id,
        "host": info.host,
        "pid": info.pid,
        "version": info.version,
        "started_at": info.started_at,
        "last_seen_at": info.last_seen_at,
        "role": info.role,
        "polls": info.polls,
    }
    statement = upsert(session.get_bind().dialect.name, _INSTANCES, "id", ("last_seen_at", "role", "polls"))
    await session.execute(statement, values)


async def remove(session: AsyncSession, instance_id: str) -> None:
    await session.execute(delete(Instance).where(Instance.id == instance_id))


async def forget_dead(session: AsyncSession, *, now: datetime) -> int:
    """Deletes the rows of instances silent for FORGET_AFTER; returns how many."""
    result = await session.execute(delete(Instance).where(Instance.last_seen_at < now - FORGET_AFTER))
    return int(getattr(result, "rowcount", 0) or 0)


async def listing(session: AsyncSession) -> list[InstanceInfo]:
    """Every registered instance, the poller(s) first, then by host and start."""
    rows = await session.scalars(
        select(Instance).order_by(Instance.role.desc(), Instance.host, Instance.started_at)
    )
    return [
        InstanceInfo(
            r.id, r.host, r.pid, r.version, r.started_at, r.last_seen_at, r.role, r.polls
        )  # fmt: skip
        for r in rows
    ]
