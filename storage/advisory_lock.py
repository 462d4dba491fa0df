"""A PostgreSQL session-level advisory lock on a connection of its own: who polls a mailbox (design §4).

Why an advisory lock rather than a lease row with a fencing token (docs/operations.md says the same for admins):
the server releases the lock by itself the moment the holder's session ends: the process died (kill -9, a
crashed machine once TCP keepalive gives up) or its connection was cut (`pg_terminate_backend`, a failover of
the database). A lease would wait out its length after every crash, and its fencing token could not be checked
by the one party that matters, the IMAP server, which does not know our tokens. With the lock, taking over costs
one `pg_try_advisory_lock` round trip by a waiting instance.

The lock lives exactly as long as one backend session. `holds()` asks that session for its backend pid: the same
pid means the same session, so the lock is still ours; an error, a timeout or another pid means it is gone (a
driver that reconnected silently would have a new session without the lock). The connection is our own asyncpg
connection, not one from the engine's pool, so nothing else runs on it and nothing returns it to a pool.
Server-side TCP keepalives on the session bound how long a vanished client (a machine that lost its network)
keeps the lock: about KEEPALIVE_IDLE + KEEPALIVE_COUNT * KEEPALIVE_INTERVAL seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib

import asyncpg  # type: ignore[import-untyped]  # asyncpg ships no type information
from sqlalchemy.engine import make_url

#: How long `holds()` waits for the lock's session to answer before it takes the lock for lost.
CHECK_TIMEOUT_SECONDS = 3.0
CONNECT_TIMEOUT_SECONDS = 5.0
KEEPALIVE_IDLE = 5
KEEPALIVE_INTERVAL = 2
KEEPALIVE_COUNT = 3


def lock_key(name: str) -> int:
    """A signed 64-bit advisory lock key derived from a name (the same on every instance)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def asyncpg_dsn(url: str) -> str:
    """The libpq-style DSN asyncpg takes, from a SQLAlchemy `postgresql+asyncpg://` URL."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class SessionLock:
    """The advisory lock `name` on a dedicated connection to the database at `url` (PostgreSQL only)."""

    def __init__(self, url: str, name: str, *, application_name: str = "intake") -> None:
        self._dsn = asyncpg_dsn(url)
        self.key = lock_key(name)
        self._application_name = application_name[:63]
        self._conn: asyncpg.Connection | None = None
        self._backend_pid: int | None = None  # of the session that holds the lock; None: not held
        self._guard = asyncio.Lock()  # one statement at a time on the connection (the poller and its watch)

    @property
    def held(self) -> bool:
        """Whether we took the lock and have not seen it lost since (`holds()` asks the server)."""
        return self._backend_pid is not None

    async def try_acquire(self) -> bool:
        """Takes the lock if nobody holds it; never waits for a holder. Raises OSError/asyncpg errors when the
        database cannot be reached."""
        async with self._guard:
            return await self._try_acquire()

    async def _try_acquire(self) -> bool:
        if self._backend_pid is not None:
            return True
        if self._conn is None or self._conn.is_closed():
            self._conn = await asyncpg.connect(
                self._dsn,
                timeout=CONNECT_TIMEOUT_SECONDS,
                server_settings={
                    "application_name": self._application_name,
                    "tcp_keepalives_idle": str(KEEPALIVE_IDLE),
                    "tcp_keepalives_interval": str(KEEPALIVE_INTERVAL),
                    "tcp_keepalives_count": str(KEEPALIVE_COUNT),
                },
            )
        try:
            row = await asyncio.wait_for(
                self._conn.fetchrow(
                    "SELECT pg_try_advisory_lock($1) AS got, pg_backend_pid() AS pid", self.key
                ),
                CHECK_TIMEOUT_SECONDS,
            )
        except BaseException:
            await self._drop()
            raise
        if row["got"]:
            self._backend_pid = int(row["pid"])
        return self._backend_pid is not None

    async def holds(self) -> bool:
        """Asks the lock's session whether it is still there (module doc); False, for good, once it is not."""
        async with self._guard:
            return await self._holds()

    async def _holds(self) -> bool:
        conn, pid = self._conn, self._backend_pid
        if conn is None or pid is None:
            return False
        try:
            now_pid = await asyncio.wait_for(conn.fetchval("SELECT pg_backend_pid()"), CHECK_TIMEOUT_SECONDS)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError):
            now_pid = None
        if now_pid == pid:
            return True
        await self._drop()
        return False

    async def release(self) -> None:
        """Gives the lock up (closing the session releases it on the server)."""
        async with self._guard:
            await self._drop()

    async def _drop(self) -> None:
        conn, self._conn, self._backend_pid = self._conn, None, None
        if conn is not None and not conn.is_closed():
            with contextlib.suppress(Exception):  # the session may be gone already: closing it is all we want
                await asyncio.wait_for(conn.close(), CHECK_TIMEOUT_SECONDS)
            if not conn.is_closed():
                conn.terminate()
