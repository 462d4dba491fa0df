"""Loop 1 of the daemon: take every mail from the INBOX exactly once (design §2).

Only the instance that holds the mailbox's leadership polls it (intake/daemon/leadership.py); the others work
as workers: they process what is spooled (any instance parses and routes) and try for the leadership every
second. One pass (`Poller.drain`) runs in this order, so that a kill -9 anywhere replays to the same result:
  1. settle: move mail that is done or quarantined but still in the INBOX (a crash after the commit);
  2. process what is spooled but not done (a crash after the spool commit);
  3. fetch new UIDs in batches, spool each batch in one transaction, process each message (its own
     transaction, in `intake.daemon.pipeline`), then settle the batch: MOVE to Processed or Quarantine and record it.
The spool is keyed by content hash, so mail seen again (a crash before settling, or a new UIDVALIDITY) is
recognised and only settled. Between passes the poller waits in IDLE, or polls where the server has no IDLE;
while mail it spooled is still being processed (by a worker of another instance) it settles again every
WAIT_FOR_WORKERS_SECONDS instead. Fetching is `intake/daemon/spooler.py`, settling `intake/daemon/settler.py`.
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
from typing import TYPE_CHECKING

import structlog
from sqlalchemy.exc import SQLAlchemyError

from intake.config import ConfigError, Settings
from intake.daemon.connecting import connect_in_daemon_thread
from intake.daemon.leadership import CAMPAIGN_SECONDS, Leadership, LeadershipLost, SoleLeadership
from intake.daemon.mailbox import Mailbox, MailboxError
from intake.daemon.parse_pool import ParsePool
from intake.daemon.processing import Processor
from intake.daemon.settler import STALE_FOLDER, Settler
from intake.daemon.spooler import Spooler
from intake.daemon.state import read_state, write_state
from intake.service import metrics
from storage.database import Database
from storage.faults import database_fault

if TYPE_CHECKING:
    from intake.daemon.connecting import EarlyMailbox

logger = structlog.get_logger("intake.poller")

Clock = Callable[[], datetime]

__all__ = ["STALE_FOLDER", "PassReport", "Poller", "read_state", "write_state"]

#: The poller settles again this often while mail it spooled is processed elsewhere (another instance's worker).
WAIT_FOR_WORKERS_SECONDS = 0.5
#: While it polls, the poller asks this often whether it still holds the mailbox (also while it waits in IDLE).
WATCH_SECONDS = 2.0
#: An instance that lost the mailbox (its database connection broke) lets the others campaign first this long.
RETREAT_SECONDS = 3.0
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
        leadership: Leadership | None = None,
        on_role: Callable[[bool], None] = lambda polling: None,
        on_mail_found: Callable[[], Awaitable[None]] | None = None,
        early_mailbox: EarlyMailbox | None = None,
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
        self._early_mailbox = early_mailbox  # opened during start-up: the first connect takes it
        self._uidvalidity = 0  # of the folder as the last pass selected it
        self._processor = Processor(db, settings, clock=clock, pool=parse_pool, should_stop=self._turn_ends)
        #: Set (from the event loop, read in the database thread too) when a worker's campaign took the mailbox:
        #: its processing turn ends at the next mail, so that it starts polling at once.
        self._won_mailbox = threading.Event()
        self._retreat_until = 0.0  # monotonic: after losing the mailbox, campaign again only from then
        self._leadership = leadership or SoleLeadership()
        self._on_role = on_role  # told True when this instance starts polling, False when it stops
        self._spooler = Spooler(db, self._mailbox_settings, self._leadership)
        self._settler = Settler(db, self._mailbox_settings, self._leadership, clock=clock)

    @property
    def folder(self) -> str:
        return self._mailbox_settings.folder

    def _stopping(self) -> bool:
        # Asked from the database worker thread too: both events are plain flags to read.
        return self._stop.is_set() or self._stop_thread.is_set()

    def _turn_ends(self) -> bool:
        return self._stopping() or self._won_mailbox.is_set()

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
            if not await self._work_as_worker():
                continue
            self._won_mailbox.clear()
            self._on_role(True)
            watch = asyncio.create_task(self._watch_leadership())
            try:
                await self._serve_connection()
            except LeadershipLost:
                logger.warning("polling_stopped", reason="leadership_lost")
                self._retreat_until = time.monotonic() + RETREAT_SECONDS
            except (MailboxError, OSError, SQLAlchemyError) as exc:  # SQLAlchemyError: the database went away
                if isinstance(exc, SQLAlchemyError) and database_fault(exc) is not None:
                    # full disk, a held lock, a lost server: reported once and ridden out (service/db_faults);
                    # an instance cut off from the database lets a sound one take the mailbox first
                    logger.warning("polling_stopped", reason="database_fault")
                    if self._leadership.shared:
                        self._retreat_until = time.monotonic() + RETREAT_SECONDS
                    raise
                lost = not await self._leadership.still_leader()
                # a database error's text quotes its statement's parameters (mail bytes): its type only
                error = type(exc).__name__ if isinstance(exc, SQLAlchemyError) else str(exc)
                await self._record_error(error)
                delay = RETREAT_SECONDS if lost else self._backoff.next_delay()
                logger.warning("mailbox_reconnect", error=error, retry_in_s=round(delay, 2), lost=lost)
                self._retreat_until = time.monotonic() + delay  # meanwhile a worker
            finally:
                watch.cancel()
                self._on_role(False)
                await self._leadership.release()  # another instance may reach the mailbox where we could not

    async def _work_as_worker(self) -> bool:
        """Processes what the poller spooled (any instance routes) while campaigning for the mailbox beside it;
        returns True once the mailbox is ours (at once where there is only us), False when stopped."""
        campaign = asyncio.create_task(self._campaign())
        try:
            while not campaign.done() and not self._stop.is_set():
                try:
                    await self._process_pending()
                except Exception as exc:  # the one catch-all of the worker's turn: the next turn tries again
                    logger.warning("worker_turn_failed", error=type(exc).__name__)
                stop = asyncio.ensure_future(self._stop.wait())
                await asyncio.wait(
                    [campaign, stop], timeout=CAMPAIGN_SECONDS, return_when=asyncio.FIRST_COMPLETED
                )
                stop.cancel()
            return campaign.done() and not campaign.cancelled() and campaign.result()
        finally:
            campaign.cancel()
            await asyncio.gather(campaign, return_exceptions=True)

    async def _campaign(self) -> bool:
        """Tries for the mailbox every CAMPAIGN_SECONDS (after a retreat: an instance that just lost it gives the
        others the first chance); True once it is ours."""
        await asyncio.sleep(max(0.0, self._retreat_until - time.monotonic()))
        while not await self._leadership.try_acquire():
            await asyncio.sleep(CAMPAIGN_SECONDS)
        self._won_mailbox.set()
        return True

    async def _watch_leadership(self) -> None:
        """While polling: once the lock is gone, break the IMAP connection, so that nothing more is fetched or
        moved even while the poller waits in IDLE (the checks before each MOVE and fetch stay: this is later)."""
        while await self._leadership.still_leader():
            await asyncio.sleep(WATCH_SECONDS)
        self.abort_connection()

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
                if await self._settler.unfinished(self._uidvalidity):
                    await self._sleep(WAIT_FOR_WORKERS_SECONDS)  # a worker elsewhere has our mail in hand
                    continue
                await self._wait_for_mail(mailbox)
        finally:
            metrics.IDLE_ACTIVE.set(0)
            await self._close(mailbox)

    async def _connect(self) -> Mailbox:
        early, self._early_mailbox = self._early_mailbox, None
        try:
            if (
                early is not None
            ):  # connected, folders checked, capabilities asked (intake/daemon/connecting.py)
                mailbox = await early.take()
            else:
                mailbox = await connect_in_daemon_thread(self._mailbox_settings)
        except ConfigError as exc:
            raise MailboxError(str(exc), transient=False) from None
        self._mailbox = mailbox
        if early is None:
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

    async def _record_error(self, exc: BaseException | str) -> None:
        try:
            await write_state(self._db, {"poller.last_error": f"{self._clock().isoformat()} {exc}"})
        except Exception as db_exc:
            logger.warning("state_write_failed", error=type(db_exc).__name__)

    # --- one pass ---------------------------------------------------------------------------------------------

    async def drain(self, mailbox: Mailbox) -> PassReport:
        """One full pass: settle, process, then fetch until the INBOX holds nothing new. See the module doc."""
        uidvalidity = await asyncio.to_thread(mailbox.select)
        self._uidvalidity = uidvalidity
        await self._settler.check_uidvalidity(uidvalidity)
        settled = await self._settler.settle(mailbox, uidvalidity)
        processed, quarantined = await self._process_pending()
        settled += await self._settler.settle(mailbox, uidvalidity)
        uids = [] if self._stop.is_set() else await asyncio.to_thread(mailbox.search_new)
        if uids and self._on_mail_found is not None:
            await self._on_mail_found()
        size = self._mailbox_settings.batch_size
        batches = [uids[start : start + size] for start in range(0, len(uids), size)]
        spooled = await self._spooler.spool_batch(mailbox, uidvalidity, batches[0]) if batches else 0
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
        settled += await self._settler.settle(mailbox, uidvalidity)
        now = self._clock()
        metrics.LAST_POLL.set(now.timestamp())
        await write_state(self._db, {"poller.last_poll_at": now.isoformat()})
        return PassReport(spooled, processed, quarantined, settled)

    async def _settle_then_spool(
        self, mailbox: Mailbox, uidvalidity: int, uids: list[int] | None
    ) -> tuple[int, int]:
        """Settles what is finished, then fetches and spools `uids`; returns (settled, spooled)."""
        settled = await self._settler.settle(mailbox, uidvalidity)
        if uids is None or self._stop.is_set():
            return settled, 0
        return settled, await self._spooler.spool_batch(mailbox, uidvalidity, uids)

    async def _process_pending(self) -> tuple[int, int]:
        """Processes every spooled entry that is not done; returns (attempted, quarantined)."""
        results = await self._processor.process_pending()
        if self._outbox_wake is not None and any(r.state == "done" for r in results):
            self._outbox_wake.set()
        return len(results), sum(r.state == "quarantined" for r in results)
