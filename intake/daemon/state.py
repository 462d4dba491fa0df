"""The daemon's small facts in `daemon_state` (health for `intake status`, UIDVALIDITY per mailbox).

`write_state` is one INSERT ... ON CONFLICT DO UPDATE per key: several instances write the same keys at once,
and a read-then-insert (SQLAlchemy's `session.merge`) lost that race with a unique violation.
"""

from __future__ import annotations

from datetime import UTC, datetime

from storage.database import Database, upsert
from storage.models import DaemonState, table_of

_STATE = table_of(DaemonState)


async def write_state(db: Database, values: dict[str, str]) -> None:
    """Upserts daemon_state keys, all in one transaction."""
    if not values:
        return
    now = datetime.now(UTC)
    rows = [{"key": key, "value": value, "updated_at": now} for key, value in sorted(values.items())]
    async with db.session() as session:
        await session.execute(upsert(db.dialect, _STATE, "key", ("value", "updated_at")), rows)
        await session.commit()


async def read_state(db: Database, key: str) -> str | None:
    async with db.session() as session:
        row = await session.get(DaemonState, key)
        return row.value if row else None
