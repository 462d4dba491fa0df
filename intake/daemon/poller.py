"""Loop 1 of the daemon: take every mail from the INBOX exactly once (design §2).

One pass (`Poller.drain`) runs in this order, so that a kill -9 anywhere replays to the same result:
  1. settle: move mail that is done or quarantined but still in the INBOX (a crash after the commit);
  2. process what is spooled but not done (a crash after the spool commit);
  3. fetch new UIDs in batches, spool each batch in one transaction, process each message (its own
     transaction, in `intake.daemon.pipeline`), then settle the batch: MOVE to Processed or Quarantine and record it.
The spool is keyed by content hash, so mail seen again (a crash before settling, or a new UIDVALIDITY) is
recognised and only settled. Between passes the poller waits in IDLE, or polls where the server has no IDLE.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

import structlog
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.config import ConfigError, Settings
from intake.daemon.mailbox import FetchedMail, Mailbox, MailboxError
from intake.daemon.parse_pool import ParsePool
from intake.daemon.processing import Processor
from intake.service import metrics
from storage import spool
from storage.database import Database
from storage.models import AuditEvent, DaemonState, SpoolEntry, SpoolLocation

logger = structlog.get_logger("intake.poller")

Clock = Callable[[], datetime]
T = TypeVar("T")

#: Folder label for server copies that were lost to a UIDVALIDITY change (they are re-found by content hash).
STALE_FOLDER = "(uidvalidity changed)"
#: After a stop request an IMAP call still blocked this long is aborted (the server stopped answering): a healthy
#: server answers the command in hand well within it, and the daemon must be gone within 10 s of SIGTERM.
IMAP_STOP_GRACE_SECONDS = 3.0


@dataclass(frozen=True, slots=True)
class PassReport:
    """What one drain pass did."""

    spooled: int
    processed: int  # attempts made, whatever their result
    quarantined: int
    settled: int

    @property
    def worked(self) -> bool:
        return bool(self.spooled or self.processed or self.settled)


class Backoff:
    """Capped exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And Jitter")."""

    def __init__(self, *, base: float = 1.0, cap: float = 60.0) -> None:
        self._base = base
        self._cap = cap
        self.failures = 0

    def next_delay(self) -> float:
        self.failures += 1
        return random.uniform(0, min(self._cap, self._base * 2 ** min(self.failures, 16)))

    def reset(self) -> None:
        self.failures = 0


async def _in_daemon_thread(action: Callable[[], T]) -> T:
    """Runs a blocking call in a daemon thread of its own.

    For the connect only: until it returns there is no socket to abort, and a thread of the default executor
    that hangs on a silent server would hold up the process exit (asyncio.run joins them) for `timeout_seconds`.
    A daemon thread is left behind instead when the daemon stops.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(outcome: Callable[[], None]) -> None:
        if not future.done():
            outcome()

    def target() -> None:
        try:
            result = action()
        except BaseException as exc:  # handed to the awaiting task, which sees it as raised by the call
            failure = exc
            with contextlib.suppress(RuntimeError):  # the loop is gone: nobody waits any more
                loop.call_soon_threadsafe(settle, lambda: future.set_exception(failure))
        else:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(settle, lambda: future.set_result(result))

    threading.Thread(target=target, name="imap-connect", daemon=True).start()
    return await future


async def write_state(db: Database, values: dict[str, str]) -> None:
    """Upserts daemon_state keys (health for `intake status`, UIDVALIDITY per mailbox)."""
    async with db.session() as session:
        for key, value in values.items():
            await session.merge(DaemonState(key=key, value=value))
        await session.commit()


async def read_state(db: Database, key: str) -> str | None:
    async with db.session() as session:
        row = await session.get(DaemonState, key)
        return row.value if row else None


class Poller:
    """Takes mail from one IMAP folder into the spool and the pipeline. `stop` ends it between messages."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        clock: Clock,
        stop: asyncio.Event,
        on_connected: Callable[[], None] = lambda: None,
        on_pass: Callable[[PassReport], None] = lambda report: None,
        outbox_wake: asyncio.Event | None = None,
        parse_pool: ParsePool | None = None,
        on_mail_found: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self._mailbox_settings = settings.require_mailbox()
        self._clock = clock
        self._stop = stop
        self._stop_thread = threading.Event()  # the same stop, for the IDLE wait in the worker thread
        self._on_connected = on_connected
        self._on_pass = on_pass
        self._on_mail_found = on_mail_found  # new mail in the INBOX: e.g. start the helper processes now
        self._outbox_wake = outbox_wake  # set after new tickets commit, so acknowledgements leave at once
        self._backoff = Backoff()
        self._mailbox: Mailbox | None = None  # the open connection, for `abort_connection`
        self._processor = Processor(db, settings, clock=clock, pool=parse_pool, should_stop=self._stopping)

    @property
    def folder(self) -> str:
        return self._mailbox_settings.folder

    def _stopping(self) -> bool:
        # Asked from the database worker thread too: both events are plain flags to read.
        return self._stop.is_set() or self._stop_thread.is_set()

    def request_stop(self) -> None:
        self._stop.set()
        self._stop_thread.set()

    def abort_connection(self) -> bool:
        """Breaks the open IMAP connection so that a call blocked on a hung server returns now (see run).

        Returns whether there was a connection to break."""
        mailbox = self._mailbox
        if mailbox is None:
            return False
        mailbox.abort()
        return True

    async def run(self) -> None:
        """Connects, drains, waits for mail, and again; reconnects with backoff until `stop` is set."""
        mirror = asyncio.create_task(self._mirror_stop())
        try:
            await self._serve_until_stopped()
        finally:
            mirror.cancel()

    async def _mirror_stop(self) -> None:
        # Whoever sets the asyncio event (signal, a dying sibling task), the IDLE wait in the thread must see it.
        await self._stop.wait()
        self._stop_thread.set()
        # Still running after the grace: an IMAP call hangs on a server that stopped answering. Aborting it is
        # as safe as a kill -9 (everything replays from the last commit) and bounds the shutdown.
        await asyncio.sleep(IMAP_STOP_GRACE_SECONDS)
        if self.abort_connection():
            logger.warning("mailbox_aborted_at_stop", grace_s=IMAP_STOP_GRACE_SECONDS)

    async def _serve_until_stopped(self) -> None:
        while not self._stop.is_set():
            try:
                await self._serve_connection()
            except (MailboxError, OSError) as exc:
                await self._record_error(exc)
                delay = self._backoff.next_delay()
                logger.warning("mailbox_reconnect", error=str(exc), retry_in_s=round(delay, 2))
                await self._sleep(delay)

    async def run_once(self, *, attempts: int = 5) -> PassReport:
        """Drains the mailbox until nothing is left (`intake run --once`); retries transient failures."""
        total = PassReport(0, 0, 0, 0)
        for attempt in range(1, attempts + 1):
            try:
                mailbox = await self._connect()
                try:
                    return await self._drain_until_empty(mailbox, total)
                finally:
                    await self._close(mailbox)
            except MailboxError as exc:
                await self._record_error(exc)
                if not exc.transient or attempt == attempts:
                    raise
                await self._sleep(self._backoff.next_delay())
        return total

    async def _drain_until_empty(self, mailbox: Mailbox, total: PassReport) -> PassReport:
        """Passes until one finds nothing to do (failed messages are retried until done or quarantined)."""
        while True:
            report = await self.drain(mailbox)
            total = PassReport(
                total.spooled + report.spooled,
                total.processed + report.processed,
                total.quarantined + report.quarantined,
                total.settled + report.settled,
            )
            if not report.worked or self._stop.is_set():
                return total

    async def _serve_connection(self) -> None:
        mailbox = await self._connect()
        try:
            self._on_connected()
            while not self._stop.is_set():
                report = await self.drain(mailbox)
                self._backoff.reset()
                self._on_pass(report)
                if report.worked or self._stop.is_set():
                    continue
                await self._wait_for_mail(mailbox)
        finally:
            metrics.IDLE_ACTIVE.set(0)
            await self._close(mailbox)

    async def _connect(self) -> Mailbox:
        try:
            mailbox = await _in_daemon_thread(lambda: Mailbox.connect(self._mailbox_settings))
        except ConfigError as exc:
            raise MailboxError(str(exc), transient=False) from None
        self._mailbox = mailbox
        await asyncio.to_thread(mailbox.ensure_folders)
        idle = await asyncio.to_thread(lambda: mailbox.has_idle)  # may be a round trip: not on the loop
        logger.info("mailbox_connected", folder=self.folder, idle=idle)
        return mailbox

    async def _close(self, mailbox: Mailbox) -> None:
        try:
            await asyncio.to_thread(mailbox.close)  # a LOGOUT that hangs can still be aborted meanwhile
        finally:
            self._mailbox = None

    async def _wait_for_mail(self, mailbox: Mailbox) -> None:
        if mailbox.has_idle:
            await write_state(self._db, {"poller.mode": "idle"})
            metrics.IDLE_ACTIVE.set(1)
            try:
                await asyncio.to_thread(
                    mailbox.wait_for_mail,
                    timeout=float(self._mailbox_settings.idle_renew_seconds),
                    stop=self._stop_thread,
                )
            finally:
                metrics.IDLE_ACTIVE.set(0)
        else:
            await write_state(self._db, {"poller.mode": "poll"})
            await self._sleep(float(self._mailbox_settings.poll_interval_seconds))
            await asyncio.to_thread(mailbox.noop)

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)

    async def _record_error(self, exc: BaseException) -> None:
        try:
            await write_state(self._db, {"poller.last_error": f"{self._clock().isoformat()} {exc}"})
        except Exception as db_exc:
            logger.warning("state_write_failed", error=type(db_exc).__name__)

    # --- one pass ---------------------------------------------------------------------------------------------

    async def drain(self, mailbox: Mailbox) -> PassReport:
        """One full pass: settle, process, then fetch until the INBOX holds nothing new. See the module doc."""
        uidvalidity = await asyncio.to_thread(mailbox.select)
        await self._check_uidvalidity(uidvalidity)
        settled = await self._settle(mailbox, uidvalidity)
        processed, quarantined = await self._process_pending()
        settled += await self._settle(mailbox, uidvalidity)
        uids = [] if self._stop.is_set() else await asyncio.to_thread(mailbox.search_new)
        if uids and self._on_mail_found is not None:
            await self._on_mail_found()
        size = self._mailbox_settings.batch_size
        batches = [uids[start : start + size] for start in range(0, len(uids), size)]
        spooled = await self._spool_batch(mailbox, uidvalidity, batches[0]) if batches else 0
        for following in [*batches[1:], None]:
            if self._stop.is_set():
                break
            # The mailbox's turn (settle what is done, fetch and spool the next batch) while this batch is
            # processed: IMAP round trips and routing overlap; one task at a time uses the connection.
            imap = asyncio.create_task(self._settle_then_spool(mailbox, uidvalidity, following))
            try:
                done, failed = await self._process_pending()
            finally:
                moved, fetched = await imap
            processed, quarantined = processed + done, quarantined + failed
            settled, spooled = settled + moved, spooled + fetched
        settled += await self._settle(mailbox, uidvalidity)
        now = self._clock()
        metrics.LAST_POLL.set(now.timestamp())
        await write_state(self._db, {"poller.last_poll_at": now.isoformat()})
        return PassReport(spooled, processed, quarantined, settled)

    async def _settle_then_spool(
        self, mailbox: Mailbox, uidvalidity: int, uids: list[int] | None
    ) -> tuple[int, int]:
        """Settles what is finished, then fetches and spools `uids`; returns (settled, spooled)."""
        settled = await self._settle(mailbox, uidvalidity)
        if uids is None or self._stop.is_set():
            return settled, 0
        return settled, await self._spool_batch(mailbox, uidvalidity, uids)

    async def _check_uidvalidity(self, uidvalidity: int) -> None:
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

    async def _spool_batch(self, mailbox: Mailbox, uidvalidity: int, uids: list[int]) -> int:
        """Fetches `uids` and spools them: one transaction per fetched group (bounded in bytes)."""
        count = 0
        groups = mailbox.fetch(
            uids
        )  # lazily: one group (at most FETCH_BYTES_BUDGET bytes) in memory at a time
        while True:
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
        limit = self._mailbox_settings.max_message_bytes
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

    async def _process_pending(self) -> tuple[int, int]:
        """Processes every spooled entry that is not done; returns (attempted, quarantined)."""
        results = await self._processor.process_pending()
        if self._outbox_wake is not None and any(r.state == "done" for r in results):
            self._outbox_wake.set()
        return len(results), sum(r.state == "quarantined" for r in results)

    async def _settle(self, mailbox: Mailbox, uidvalidity: int) -> int:
        """Moves finished mail out of the INBOX, then records it (a crash in between re-moves: a no-op)."""
        folder = self.folder
        locations = await self._db.run_sync(
            lambda session: spool.unsettled_locations_sync(session, folder, uidvalidity)
        )
        if not locations:
            return 0
        started = time.perf_counter()
        targets = {
            "done": self._mailbox_settings.processed_folder,
            "quarantined": self._mailbox_settings.quarantine_folder,
        }
        for state, folder in targets.items():
            moved = [loc for loc in locations if loc.state == state]
            if not moved:
                continue
            await asyncio.to_thread(mailbox.move, [loc.uid for loc in moved], folder)
            await self._db.run_sync(self._record_settled([loc.location_id for loc in moved], folder))
        metrics.STAGE_SECONDS.labels("settle").observe(time.perf_counter() - started)
        return len(locations)

    def _record_settled(self, location_ids: list[int], folder: str) -> Callable[[Session], None]:
        """One UPDATE and one commit for the locations of one MOVE (after it: a crash in between re-moves)."""
        now = self._clock()

        def work(session: Session) -> None:
            spool.mark_settled_many_sync(session, location_ids, folder, now=now)
            session.commit()

        return work
