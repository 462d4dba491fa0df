"""This instance in the registry (storage/instances.py): a row written at start, refreshed every
HEARTBEAT_SECONDS with its role (poller or worker) and what it polls, deleted when it stops cleanly.

`intake status` lists the rows; the outbox takes back the rows a silent instance was sending. A beat that fails
(the database is away) is logged and tried again at the next one: the registry never stops the daemon.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version

import structlog

from storage import instances
from storage.database import Database

logger = structlog.get_logger("intake.registry")

#: Well inside storage/instances.py DEAD_AFTER: a few lost beats do not make an instance dead.
HEARTBEAT_SECONDS = 5.0


def new_instance_id() -> str:
    """A fresh id for this run of the daemon (a restart is a new instance)."""
    return uuid.uuid4().hex[:16]


def intake_version() -> str:
    try:
        return version("tinybots-intake")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


class Registry:
    """This instance's row, kept fresh by `run` until `stop` is set."""

    def __init__(self, db: Database, *, instance_id: str, mailbox_name: str, clock: Callable[[], datetime]):
        now = clock()
        self.info = instances.InstanceInfo(
            id=instance_id,
            host=socket.gethostname(),
            pid=os.getpid(),
            version=intake_version(),
            started_at=now,
            last_seen_at=now,
            role="worker",
            polls=None,
        )
        self._db = db
        self._mailbox_name = mailbox_name
        self._clock = clock
        self._changed = asyncio.Event()

    def set_polling(self, polling: bool) -> None:
        """The poller took or lost the mailbox: shown at once (the next beat is now)."""
        role, polls = ("poller", self._mailbox_name) if polling else ("worker", None)
        self.info = replace(self.info, role=role, polls=polls)
        self._changed.set()

    async def beat(self) -> None:
        self.info = replace(self.info, last_seen_at=self._clock())
        async with self._db.session() as session:
            await instances.beat(session, self.info)
            await instances.forget_dead(session, now=self.info.last_seen_at)
            await session.commit()

    async def run(self, stop: asyncio.Event) -> None:
        """Beats until `stop`, then removes the row (an instance that stopped cleanly is not "dead")."""
        while not stop.is_set():
            self._changed.clear()
            try:
                await self.beat()
            except Exception as exc:  # the one catch-all of this loop: the next beat tries again
                logger.warning("heartbeat_failed", error=type(exc).__name__)
            waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._changed.wait())]
            await asyncio.wait(waiters, timeout=HEARTBEAT_SECONDS, return_when=asyncio.FIRST_COMPLETED)
            for waiter in waiters:
                waiter.cancel()
        with contextlib.suppress(Exception):  # gone or not, the daemon stops; a stale row ages out
            async with self._db.session() as session:
                await instances.remove(session, self.info.id)
                await session.commit()
