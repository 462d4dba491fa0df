"""Instances sharing one PostgreSQL take turns at routing, one chunk at a time, oldest mail first.

Why: a reply routed by one instance while another still has the earlier mail of its thread in hand finds no
ticket to join and opens a second one (seen once in 1,500 threads with three instances). Routing in turns keeps
the order one daemon has: whoever routes next starts from the oldest mail not yet done, so a thread's earlier
mail is committed before its reply is looked at. Parsing, the expensive part, still runs on every instance at
once; only the database work takes turns, and on two cores that work is one at a time anyway.

The turn is a PostgreSQL session-level advisory lock (storage/advisory_lock.py), released by the server if the
instance dies mid-turn. SQLite has one instance (intake/daemon/sqlite_lock.py): no turns there.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from sqlalchemy.exc import OperationalError

from storage.database import Database

if TYPE_CHECKING:
    from storage.advisory_lock import SessionLock

ROUTING_LOCK = "intake routing"
#: How often a waiting instance asks for the turn (a chunk is routed in tens of milliseconds).
POLL_SECONDS = 0.02


class RoutingTurns:
    """`async with turns.turn():` around a chunk's routing; does nothing on SQLite."""

    def __init__(self, db: Database, url: str) -> None:
        self._lock: SessionLock | None = None
        if db.dialect == "postgresql":
            from storage.advisory_lock import SessionLock  # asyncpg: only where it is used

            self._lock = SessionLock(url, ROUTING_LOCK, application_name="intake routing turn")

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        lock = self._lock
        if lock is None:
            yield
            return
        try:
            while not await lock.try_acquire():
                await asyncio.sleep(POLL_SECONDS)
        except Exception as exc:  # the database cannot be reached: a database error, as the routing's own
            raise OperationalError("pg_try_advisory_lock", None, exc) from exc
        try:
            yield
        finally:
            await lock.release()
