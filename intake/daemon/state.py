"""The daemon's small facts in `daemon_state` (health for `intake status`, UIDVALIDITY per mailbox).

`write_state` is one INSERT ... ON CONFLICT DO UPDATE per key: several instances write the same keys at once,
and a read-then-insert (SQLAlchemy's `session.merge`) lost that race with a unique violation.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime

from sqlalchemy import Insert
from sqlalchemy.dialects import postgresql, sqlite

from storage.database import Database
from storage.models import DaemonState, table_of

_STATE = table_of(DaemonState)


@functools.cache
def _upsert(dialect: str) -> Insert:
    statement = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(_STATE)
    return statement.on_conflict_do_update(
        index_elements=[_STATE.c.key],
        set_={"value": statement.excluded.value, "updated_at": statement.excluded.updated_at},
    )


async def write_state(db: Database, values: dict[str, str]) -> None:
    """Upserts daemon_state keys, all in one transaction."""
    if not values:
        return
    now = datetime.now(UTC)
    rows = [{"key": key, "value": value, "updated_at": now} for key, value in sorted(values.items())]
    async with db.session() as session:
        await session.execute(_upsert(db.dialect), rows)
        await session.commit()


async def read_state(db: Database, key: str) -> str | None:
    async with db.session() as session:
        row = await session.get(DaemonState, key)
        return row.value if row else None
