"""The poller's fetch side: new UIDs fetched in groups, each group spooled in one transaction (design §2).

Before each group is fetched the poller's leadership is checked (intake/daemon/leadership.py): an instance that
lost its mailbox's lock fetches nothing more. Fetching is only reading, but the spool rows it writes lead to
settling, which must stay with the one poller.
"""

from __future__ import annotations

import asyncio
import time

import structlog
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.config import MailboxSettings
from intake.daemon.leadership import Leadership, require_leadership
from intake.daemon.mailbox import FetchedMail, Mailbox
from intake.service import metrics
from storage import spool
from storage.database import Database
from storage.models import AuditEvent, SpoolEntry, SpoolLocation

logger = structlog.get_logger("intake.poller")


class Spooler:
    """Fetches UIDs of one folder into the spool."""

    def __init__(self, db: Database, mailbox_settings: MailboxSettings, leadership: Leadership) -> None:
        self._db = db
        self._settings = mailbox_settings
        self._leadership = leadership

    @property
    def folder(self) -> str:
        return self._settings.folder

    async def spool_batch(self, mailbox: Mailbox, uidvalidity: int, uids: list[int]) -> int:
        """Fetches `uids` and spools them: one transaction per fetched group (bounded in bytes)."""
        count = 0
        groups = mailbox.fetch(
            uids
        )  # lazily: one group (at most FETCH_BYTES_BUDGET bytes) in memory at a time
        while True:
            await require_leadership(self._leadership)
            started = time.perf_counter()
            group = await asyncio.to_thread(next, groups, None)
            metrics.STAGE_SECONDS.labels("fetch").observe(time.perf_counter() - started)
            if group is None:
                break
            count += await self._spool_group(mailbox, uidvalidity, group)
        return count

    async def _spool_group(self, mailbox: Mailbox, uidvalidity: int, group: list[FetchedMail]) -> int:
        """Spools one fetched group in one transaction; returns how many were new."""
        started = time.perf_counter()
        oversize_hashes = {
            m.uid: await asyncio.to_thread(mailbox.sha256_of, m.uid, m.size) for m in group if m.raw is None
        }

        def work(session: Session) -> int:
            created = 0
            for mail in group:
                if mail.raw is None:
                    created += self._spool_oversize(session, mail, oversize_hashes[mail.uid], uidvalidity)
                else:
                    created += self._spool_one(session, mail, mail.raw, uidvalidity)
            session.commit()
            return created

        count = await self._db.run_sync(work)  # the whole group: one thread hand-off, one transaction
        metrics.STAGE_SECONDS.labels("spool").observe(time.perf_counter() - started)
        return count

    def _spool_one(self, session: Session, mail: FetchedMail, raw: bytes, uidvalidity: int) -> bool:
        result = spool.spool_message_sync(
            session,
            raw,
            mailbox=self.folder,
            uidvalidity=uidvalidity,
            uid=mail.uid,
            received_at=mail.internaldate,
        )
        if not result.created and result.state == "new":
            # Known bytes waiting for another try: an entry first seen over the size limit has no bytes yet.
            entry = session.get_one(SpoolEntry, result.spool_id)
            if entry.raw is None:
                entry.raw = raw
        return result.created

    def _spool_oversize(self, session: Session, mail: FetchedMail, sha256: str, uidvalidity: int) -> bool:
        """A message over max_message_bytes: recorded as quarantined with its reason, its bytes never stored.

        Written here because `storage.spool.spool_message` needs the bytes; keyed by the same sha256, computed
        from partial fetches, so a retry after raising the limit finds the same entry.
        """
        limit = self._settings.max_message_bytes
        entry = session.execute(select(SpoolEntry).where(SpoolEntry.sha256 == sha256)).scalar_one_or_none()
        if entry is None:
            entry = SpoolEntry(
                sha256=sha256,
                received_at=mail.internaldate,
                size=mail.size,
                raw=None,
                state="quarantined",
                attempts=0,
                last_error=f"message of {mail.size} bytes is over [mailbox] max_message_bytes = {limit}",
            )
            session.add(entry)
            session.flush()
            session.add(
                AuditEvent(
                    actor="daemon",
                    action="quarantined",
                    entity="spool",
                    entity_id=entry.id,
                    details={"reason": "too_large", "size": mail.size, "sha256": sha256},
                )
            )
            logger.error(
                "quarantined", spool=entry.id, sha256=sha256[:16], reason="too_large", size=mail.size
            )
            metrics.QUARANTINED.inc()
        known = session.execute(
            select(SpoolLocation.id).where(
                SpoolLocation.mailbox == self.folder,
                SpoolLocation.uidvalidity == uidvalidity,
                SpoolLocation.uid == mail.uid,
            )
        )
        if known.scalar_one_or_none() is not None:
            return False
        session.add(
            SpoolLocation(spool_id=entry.id, mailbox=self.folder, uidvalidity=uidvalidity, uid=mail.uid)
        )
        return True
