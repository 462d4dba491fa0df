"""The poller's settle side: mail that is done or quarantined moves out of the INBOX, then it is recorded.

Leadership is checked right before each MOVE (intake/daemon/leadership.py): an instance that lost its mailbox's
lock moves nothing, so no message is ever moved by two instances. A crash between the MOVE and its record makes
the next poller move the UIDs again, which the server answers as a no-op (they are gone from the INBOX).
Also here: UIDVALIDITY, which decides whether recorded UIDs still mean anything.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import datetime

import structlog
from sqlalchemy.orm import Session

from intake.config import MailboxSettings
from intake.daemon.leadership import Leadership, require_leadership
from intake.daemon.mailbox import Mailbox
from intake.daemon.state import read_state, write_state
from intake.service import metrics
from storage import spool
from storage.database import Database

logger = structlog.get_logger("intake.poller")

#: Folder label for server copies that were lost to a UIDVALIDITY change (they are re-found by content hash).
STALE_FOLDER = "(uidvalidity changed)"


class Settler:
    """Moves finished mail of one folder to Processed or Quarantine and records it."""

    def __init__(
        self,
        db: Database,
        mailbox_settings: MailboxSettings,
        leadership: Leadership,
        *,
        clock: Callable[[], datetime],
    ) -> None:
        self._db = db
        self._settings = mailbox_settings
        self._leadership = leadership
        self._clock = clock

    @property
    def folder(self) -> str:
        return self._settings.folder

    async def settle(self, mailbox: Mailbox, uidvalidity: int) -> int:
        """Moves finished mail out of the INBOX, then records it (a crash in between re-moves: a no-op)."""
        folder = self.folder
        locations = await self._db.run_sync(
            lambda session: spool.unsettled_locations_sync(session, folder, uidvalidity)
        )
        if not locations:
            return 0
        started = time.perf_counter()
        targets = {"done": self._settings.processed_folder, "quarantined": self._settings.quarantine_folder}
        for state, target in targets.items():
            moved = [loc for loc in locations if loc.state == state]
            if not moved:
                continue
            await require_leadership(self._leadership)
            await asyncio.to_thread(mailbox.move, [loc.uid for loc in moved], target)
            await self._db.run_sync(self._record_settled([loc.location_id for loc in moved], target))
        metrics.STAGE_SECONDS.labels("settle").observe(time.perf_counter() - started)
        return len(locations)

    async def unfinished(self, uidvalidity: int) -> bool:
        """Whether mail of this folder is spooled but not settled yet (another instance may be processing it)."""
        folder = self.folder
        return await self._db.run_sync(lambda session: spool.has_unsettled_sync(session, folder, uidvalidity))

    def _record_settled(self, location_ids: list[int], folder: str) -> Callable[[Session], None]:
        """One UPDATE and one commit for the locations of one MOVE (after it: a crash in between re-moves)."""
        now = self._clock()

        def work(session: Session) -> None:
            spool.mark_settled_many_sync(session, location_ids, folder, now=now)
            session.commit()

        return work

    async def check_uidvalidity(self, uidvalidity: int) -> None:
        """Records UIDVALIDITY; when it changed, old UIDs mean nothing: mail is re-found by content hash."""
        key = f"mailbox.{self.folder}.uidvalidity"
        previous = await read_state(self._db, key)
        if previous == str(uidvalidity):
            return
        if previous is not None:
            stale = await self._retire_locations(int(previous))
            logger.warning("uidvalidity_changed", old=int(previous), new=uidvalidity, stale_locations=stale)
        await write_state(self._db, {key: str(uidvalidity)})

    async def _retire_locations(self, old_uidvalidity: int) -> int:
        async with self._db.session() as session:
            locations = await spool.unsettled_locations(session, self.folder, old_uidvalidity)
            for location in locations:
                await spool.mark_settled(session, location.location_id, STALE_FOLDER, now=self._clock())
            await session.commit()
        return len(locations)
