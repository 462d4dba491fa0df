"""The wiring of `intake run`: builds every component from Settings, runs the tasks, owns their shutdown.

Tasks: the poller (IMAP -> spool -> pipeline -> settle, `intake/daemon/poller.py`) and the outbound sender
(`intake/outbound/sender.py`), plus the systemd watchdog and the instance's heartbeat (`intake/daemon/registry.py`).
Several instances may share one PostgreSQL database: one polls the mailbox (intake/daemon/leadership.py), all
process and send. On SQLite the daemon holds the file's instance lock (intake/daemon/sqlite_lock.py) first, so a
second one refuses to start; and no instance starts against a schema newer than it knows (SchemaTooNew).
SIGTERM/SIGINT stop intake of new work; the message in hand is finished, connections are closed, and the process
exits 0 within SHUTDOWN_SECONDS. A database fault (full disk, a lock held elsewhere) does not end it: the poller
and the sender back off and resume when it clears (intake/service/db_faults.py).
`--once` drains the mailbox with the outbox sender beside it, then the outbox once more, and returns.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import structlog

from intake.config import Settings
from intake.daemon.connecting import EarlyMailbox
from intake.daemon.leadership import AdvisoryLeadership, Leadership, SoleLeadership, mailbox_name
from intake.daemon.parse_pool import ParsePool
from intake.daemon.poller import PassReport, Poller
from intake.daemon.registry import Registry, new_instance_id
from intake.daemon.sqlite_lock import DatabaseInUse, InstanceLock, sqlite_file
from intake.daemon.state import write_state
from intake.outbound.relay_process import RelayProcess
from intake.outbound.sender import drain, drain_outbox, run_sender
from intake.service.db_faults import FaultReporter, survive_database_faults
from intake.service.logging_setup import setup_logging
from intake.service.metrics import keep_gauges_fresh
from intake.service.metrics_server import start_metrics_server
from intake.service.systemd_notify import SystemdNotifier
from intake.staffdesk.auto_close import close_stale_tickets, run_auto_close
from storage.database import Database

logger = structlog.get_logger("intake.daemon")

#: Within this many seconds of a stop signal every task has finished (systemd's TimeoutStopSec is longer).
SHUTDOWN_SECONDS = 8.0
#: `run --once` sends what committed in each window of this length: one claim carries a window's
#: acknowledgements, where a drain per committed ticket would claim (and, without the relay process, connect)
#: once per mail. Short, so that the last acknowledgements leave soon after the last mail is routed; the relay
#: process keeps its SMTP connection from one window to the next (intake/outbound/relay_process.py).
ONCE_SEND_WINDOW_SECONDS = 0.1


def utc_now() -> datetime:
    return datetime.now(UTC)


async def open_database(settings: Settings, *, instance_id: str = "") -> Database:
    """Opens the configured database and brings its schema to the migrations' head (idempotent; serialised
    between instances). Raises SchemaTooNew for a database upgraded by a newer intake."""
    db = Database.open(settings.database.url, instance_id=instance_id)
    try:
        await db.upgrade()
    except BaseException:
        await db.close()
        raise
    return db


@contextlib.contextmanager
def sole_instance_on_sqlite(settings: Settings) -> Iterator[None]:
    """Holds the SQLite file's instance lock for the block (raises DatabaseInUse); nothing for PostgreSQL."""
    path = sqlite_file(settings.database.url)
    if path is None:
        yield
        return
    lock = InstanceLock(path)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


def leadership_for(settings: Settings, db: Database) -> Leadership:
    """Who polls: the mailbox's advisory lock on PostgreSQL; on SQLite the one instance there is."""
    if db.dialect != "postgresql":
        return SoleLeadership()
    name = f"intake {db.instance_id} poller"
    return AdvisoryLeadership(settings.database.url, settings.require_mailbox(), application_name=name)


@dataclass(frozen=True, slots=True)
class Helpers:
    """The processes that work beside the daemon's own: parsing ahead, and SMTP (None: done in-process).

    Both start on their own when first needed; `warm_up` starts them ahead of that, when the daemon knows
    that work is coming, so that their imports run on another core while the first batch is fetched.
    """

    parse_pool: ParsePool | None
    relay: RelayProcess | None
    _starting: set[asyncio.Task[None]] = field(default_factory=set)
    _stopping: set[asyncio.Task[None]] = field(default_factory=set)

    async def warm_up(self) -> None:
        """Starts what is not running yet, without waiting: the relay may be busy with a batch (its lock), and
        a parse worker's start returns only once the fork server has imported the parser (~0.3 s): on the
        event loop it held up the fetch of the first batch that long."""
        if self.parse_pool is not None and not self.parse_pool.started:
            self._in_background(_start_workers(self.parse_pool), self._starting, name="pool-start")
        if self.relay is not None and self.relay.pid is None:
            self._in_background(self.relay.start(), self._starting, name="relay-start")

    def retire_parse_pool(self) -> None:
        """Stops the parse workers in the background, now that nothing more will be parsed (`run --once`, once
        the mailbox is drained): their exit overlaps the sending of the last acknowledgements."""
        if self.parse_pool is not None and self.parse_pool.started:
            self._in_background(asyncio.to_thread(self.parse_pool.close), self._stopping, name="pool-close")

    async def close(self) -> None:
        """Stops what runs (a start still in flight first), the relay and the workers side by side; nothing
        to wait for when nothing started."""
        await asyncio.gather(*self._starting, return_exceptions=True)
        await asyncio.gather(*self._stopping, return_exceptions=True)
        closing: list[Coroutine[Any, Any, None]] = []
        if self.relay is not None:
            closing.append(self.relay.close())
        if self.parse_pool is not None:
            closing.append(asyncio.to_thread(self.parse_pool.close))
        for outcome in await asyncio.gather(*closing, return_exceptions=True):
            if isinstance(outcome, BaseException):
                raise outcome

    def _in_background(
        self, work: Coroutine[Any, Any, None], tasks: set[asyncio.Task[None]], *, name: str
    ) -> None:
        task = asyncio.create_task(work, name=name)
        tasks.add(task)
        task.add_done_callback(tasks.discard)


async def _start_workers(pool: ParsePool) -> None:
    await asyncio.to_thread(pool.warm_up)


@contextlib.asynccontextmanager
async def helpers_for(settings: Settings, *, warm: bool) -> AsyncIterator[Helpers]:
    """The helper processes the settings ask for (`[mailbox] parse_workers`, `[outbound] relay_process`),
    started now if `warm`, else when needed, and stopped on the way out (at once if they never started)."""
    workers = settings.require_mailbox().resolved_parse_workers()
    relay = None
    if settings.smtp is not None and settings.outbound.resolved_relay_process():
        relay = RelayProcess(
            settings.smtp,
            envelope_sender=settings.helpdesk.address,
            verp=settings.outbound.verp,
            database_url=settings.database.url,
        )
    helpers = Helpers(ParsePool(workers) if workers > 0 else None, relay)
    if warm:
        await helpers.warm_up()
    try:
        yield helpers
    finally:
        await helpers.close()


async def run_once(
    settings: Settings, *, clock: Callable[[], datetime] = utc_now, early_mailbox: EarlyMailbox | None = None
) -> PassReport:
    """Drains the mailbox and the outbox (`intake run --once`).

    The outbox is drained while the poller works (acknowledgements leave as their tickets commit), then once
    more after the poller finished, so every row due by then is sent before we return. `early_mailbox`: the IMAP
    connection opened while the daemon's modules loaded (intake/daemon/connecting.py), for the first connect.
    """
    try:
        with sole_instance_on_sqlite(settings):
            return await _run_once(settings, clock, early_mailbox)
    finally:
        if early_mailbox is not None:
            early_mailbox.discard()  # the run stopped before it polled


async def _run_once(
    settings: Settings, clock: Callable[[], datetime], early_mailbox: EarlyMailbox | None
) -> PassReport:
    db = await open_database(settings, instance_id=new_instance_id())
    leadership = leadership_for(settings, db)
    try:
        if not await leadership.try_acquire():
            raise DatabaseInUse(
                f"another instance polls {mailbox_name(settings.require_mailbox())} (see `intake status`); "
                "fix: let the running instances drain it, or stop them before `intake run --once`"
            )
        async with helpers_for(settings, warm=False) as helpers:  # a run that finds no mail starts none
            report, sent = await _drain_mailbox(db, settings, helpers, clock, leadership, early_mailbox)
        logger.info(
            "drained",
            spooled=report.spooled,
            processed=report.processed,
            quarantined=report.quarantined,
            settled=report.settled,
            sent=sent,
        )
        return report
    finally:
        await leadership.release()
        await db.close()


async def _drain_mailbox(
    db: Database,
    settings: Settings,
    helpers: Helpers,
    clock: Callable[[], datetime],
    leadership: Leadership,
    early_mailbox: EarlyMailbox | None,
) -> tuple[PassReport, int]:
    poller = Poller(
        db,
        settings,
        clock=clock,
        stop=asyncio.Event(),
        parse_pool=helpers.parse_pool,
        leadership=leadership,
        on_mail_found=helpers.warm_up,
        early_mailbox=early_mailbox,
    )
    await close_stale_tickets(db, settings, now=clock())  # the periodic job, once per pass
    if settings.smtp is None:
        return await poller.run_once(), 0
    return await _poll_and_send(db, settings, poller, clock, helpers)


async def _poll_and_send(
    db: Database,
    settings: Settings,
    poller: Poller,
    clock: Callable[[], datetime],
    helpers: Helpers,
) -> tuple[PassReport, int]:
    """The poller, with the outbox drained beside it; then a final drain. Returns (report, mails sent)."""
    relay = helpers.relay
    polled = asyncio.Event()
    sender = asyncio.create_task(_send_while(db, settings, polled, clock, relay), name="sender")
    try:
        report = await poller.run_once()
        helpers.retire_parse_pool()  # nothing more to parse: the workers exit while the last mails leave
    finally:
        polled.set()
        sent = await sender  # a failed sender fails the run, as the poller does
    return report, sent + await drain_outbox(db, settings, now=clock(), relay=relay)


async def _send_while(
    db: Database,
    settings: Settings,
    polled: asyncio.Event,
    clock: Callable[[], datetime],
    relay: RelayProcess | None,
) -> int:
    """Drains the outbox every ONCE_SEND_WINDOW_SECONDS until `polled` is set; returns the mails sent.

    `drain_outbox` only claims due rows and leaves rows in flight elsewhere to their lease, as before.
    """
    sent = 0
    while not polled.is_set():
        result = await drain(db, settings, now=clock(), relay=relay)
        sent += result.sent
        if result.relay_error is not None:
            return sent  # relay down: the final drain tries once more, not every window
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(polled.wait(), timeout=ONCE_SEND_WINDOW_SECONDS)
    return sent


async def run_forever(settings: Settings, *, clock: Callable[[], datetime] = utc_now) -> None:
    """The daemon: runs until SIGTERM or SIGINT, then stops cleanly."""
    with sole_instance_on_sqlite(settings):
        db = await open_database(settings, instance_id=new_instance_id())
        async with helpers_for(settings, warm=True) as helpers:  # the first mail should not wait for them
            await _serve(db, settings, helpers, clock)


async def _serve(db: Database, settings: Settings, helpers: Helpers, clock: Callable[[], datetime]) -> None:
    notifier = SystemdNotifier()
    stop = asyncio.Event()
    outbox_wake = asyncio.Event()
    faults = FaultReporter(settings.database.resolved_fault_file(), clock=clock)
    totals = _Totals(notifier, faults)
    metrics_endpoint = start_metrics_server(settings.metrics)
    leadership = leadership_for(settings, db)
    registry = Registry(
        db, instance_id=db.instance_id, mailbox_name=mailbox_name(settings.require_mailbox()), clock=clock
    )
    poller = Poller(
        db,
        settings,
        clock=clock,
        stop=stop,
        on_connected=lambda: notifier.ready(f"watching {settings.require_mailbox().folder}"),
        on_pass=totals.add,
        outbox_wake=outbox_wake,
        parse_pool=helpers.parse_pool,
        leadership=leadership,
        on_role=registry.set_polling,
    )
    loop = asyncio.get_running_loop()

    def on_signal(signum: int) -> None:
        logger.info("stopping", signal=signal.Signals(signum).name)
        notifier.stopping()
        poller.request_stop()

    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, on_signal, signum)
    polling = survive_database_faults(poller.run, reporter=faults, stop=stop, task="poller")
    tasks = [
        asyncio.create_task(polling, name="poller"),
        asyncio.create_task(registry.run(stop), name="registry"),
    ]
    if settings.smtp is not None:
        sender = run_sender(
            db, settings, stop, wake=outbox_wake, clock=clock, relay=helpers.relay, faults=faults
        )
        tasks.append(asyncio.create_task(sender, name="sender"))
    if settings.staff.auto_close_days > 0 or settings.staff.addresses or settings.staff.domains:
        tasks.append(asyncio.create_task(run_auto_close(db, settings, stop, clock=clock), name="auto_close"))
    if notifier.watchdog_seconds:
        tasks.append(asyncio.create_task(_watchdog(notifier, stop), name="watchdog"))
    if settings.metrics.listen:
        tasks.append(asyncio.create_task(keep_gauges_fresh(db, stop, clock=clock), name="gauges"))
    await write_state(db, {"poller.started_at": clock().isoformat(), "poller.last_error": ""})
    try:
        await _supervise(tasks, stop)
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)
        metrics_endpoint.close()
        await leadership.release()
        await db.close()
        logger.info("stopped")


@dataclass
class _Totals:
    """Mails taken in since start, shown in `systemctl status` (STATUS=). A pass that ended is also the sign
    that the database takes writes again (it records the poll): a database fault has cleared."""

    notifier: SystemdNotifier
    faults: FaultReporter
    spooled: int = 0
    quarantined: int = 0

    def add(self, report: PassReport) -> None:
        self.faults.cleared()
        self.spooled += report.spooled
        self.quarantined += report.quarantined
        if report.worked:
            self.notifier.status(f"{self.spooled} mails taken in since start, {self.quarantined} quarantined")


async def _supervise(tasks: list[asyncio.Task[None]], stop: asyncio.Event) -> None:
    """Waits for the stop signal (or a task dying), then gives the tasks SHUTDOWN_SECONDS to finish."""
    stop_waiter = asyncio.create_task(stop.wait(), name="stop")
    done, _ = await asyncio.wait([stop_waiter, *tasks], return_when=asyncio.FIRST_COMPLETED)
    stop.set()
    crashed = [t for t in done if t is not stop_waiter and not t.cancelled() and t.exception() is not None]
    _, pending = await asyncio.wait(tasks, timeout=SHUTDOWN_SECONDS)
    for task in pending:
        logger.warning("task_cancelled_at_shutdown", task=task.get_name())
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    stop_waiter.cancel()
    if crashed:
        raise crashed[0].exception()  # type: ignore[misc]  # checked not None above


async def _watchdog(notifier: SystemdNotifier, stop: asyncio.Event) -> None:
    """WATCHDOG=1 at half the interval systemd asked for, as long as the event loop runs."""
    interval = notifier.watchdog_seconds / 2
    while not stop.is_set():
        notifier.watchdog()
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval)
        except TimeoutError:
            continue


def run(settings: Settings, *, once: bool, early_mailbox: EarlyMailbox | None = None) -> None:
    """Entry point for `intake run`: logging, then the daemon (or one drain) in a fresh event loop."""
    setup_logging(settings.logging)
    if once:
        asyncio.run(run_once(settings, early_mailbox=early_mailbox))
    else:
        asyncio.run(run_forever(settings))
