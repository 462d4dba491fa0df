"""Who polls a mailbox: exactly one instance at a time (design §4, docs/operations.md "Failover").

On PostgreSQL the poller of a mailbox is the instance that holds the mailbox's advisory lock on a connection of
its own (storage/advisory_lock.py says why a lock and not a lease). The others work as workers: they parse,
route and send, and try for the lock every CAMPAIGN_SECONDS. The poller asks `still_leader()` right before each
MOVE (settle) and before each fetch: once the lock's session is gone it fetches and moves nothing more, so a
message another instance may be handling is never moved by two. What is left is the one IMAP command already
sent when the lock went; every step of the pipeline is keyed, so it is repeated at worst, never doubled.

On SQLite there is one instance per database file (intake/daemon/sqlite_lock.py), which always polls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import structlog

from intake.config import MailboxSettings

if TYPE_CHECKING:
    from storage.advisory_lock import SessionLock

logger = structlog.get_logger("intake.leadership")

#: A worker tries for a free mailbox this often: the take-over time after a poller died is about this long,
#: plus connecting and logging in to the mailbox.
CAMPAIGN_SECONDS = 1.0


class LeadershipLost(Exception):
    """The poller's lock is gone: it stops fetching and settling at once."""


class Leadership(Protocol):
    #: Whether other instances may take the mailbox (an instance that lost it lets them try first).
    shared: bool

    async def try_acquire(self) -> bool: ...

    async def still_leader(self) -> bool: ...

    async def release(self) -> None: ...


class SoleLeadership:
    """The only instance there is (SQLite): always the poller."""

    shared = False

    async def try_acquire(self) -> bool:
        return True

    async def still_leader(self) -> bool:
        return True

    async def release(self) -> None:
        return None


def mailbox_name(mailbox: MailboxSettings) -> str:
    """What names one mailbox folder across instances (the same configuration on every machine)."""
    return f"{mailbox.username}@{mailbox.host}:{mailbox.port}/{mailbox.folder}"


class AdvisoryLeadership:
    """The mailbox's PostgreSQL advisory lock (storage/advisory_lock.py)."""

    shared = True

    def __init__(self, url: str, mailbox: MailboxSettings, *, application_name: str) -> None:
        from storage.advisory_lock import SessionLock  # asyncpg: only on PostgreSQL, not on every start

        self.name = mailbox_name(mailbox)
        self._lock: SessionLock = SessionLock(
            url, f"intake.poller {self.name}", application_name=application_name
        )

    async def try_acquire(self) -> bool:
        try:
            got = await self._lock.try_acquire()
        except Exception as exc:  # database unreachable: not the poller; the caller tries again later
            logger.warning("leadership_unreachable", error=type(exc).__name__)
            return False
        if got:
            logger.info("leadership_acquired", mailbox_key=self._lock.key)
        return got

    async def still_leader(self) -> bool:
        if not self._lock.held:
            return False
        if await self._lock.holds():
            return True
        logger.warning("leadership_lost", mailbox_key=self._lock.key)
        return False

    async def release(self) -> None:
        if self._lock.held:
            logger.info("leadership_released", mailbox_key=self._lock.key)
        await self._lock.release()


async def require_leadership(leadership: Leadership) -> None:
    """Raises LeadershipLost unless we still hold the mailbox (before each MOVE and each fetch)."""
    if not await leadership.still_leader():
        raise LeadershipLost("this instance no longer holds the mailbox's lock")
