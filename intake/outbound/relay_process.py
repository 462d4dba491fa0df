"""The relay process: SMTP delivery (intake/outbound/delivery.py) in a process of its own, on another core.

Sending an acknowledgement is ~1 ms of Python (building the message, aiosmtplib, TLS) that would otherwise
take turns with routing under the daemon's one interpreter lock. The daemon keeps the outbox: it claims a
batch, hands it over here, and records each outcome but one (intake/outbound/sender.py). It is
`python -c "from intake.outbound.relay_process import main; main()"`, speaking JSON lines over its stdin and
stdout:

    daemon -> relay: {"smtp": {...}, "envelope_sender": "...", "verp": true, "database_url": "...",
                      "sqlite_file": "/var/lib/tinybots-intake/intake.db" or null}                   once
    daemon -> relay: {"batch": [mail, ...], "budget_seconds": 150.0, "now": "2026-12-06T09:00:00+00:00"}
    relay -> daemon: {"deliveries": [delivery]}                            one line per mail, in order

**Accepted mail is recorded here.** A mail the server accepted is marked `sent` by this process, in its own
commit (intake/outbound/accepted.py), before the next mail is handed to the server and before the daemon hears
of it (`Delivery.recorded`); the daemon records every other outcome. A crash of the daemon therefore leaves
nothing accepted unrecorded, and a crash of this process at most the one mail between the server's 250 and the
commit (about a millisecond: SMTP cannot close that window, docs/reliability.md).

**Light to start.** On a SQLite file (`sqlite_file`) the relay records on a sqlite3 connection of its own, with
the statement, pragmas and BEGIN of the daemon's engine (storage/outbox_sent.py, storage/sqlite_setup.py), and
reads its [smtp] settings as an `SmtpEndpoint` (intake/endpoint.py): it imports neither SQLAlchemy nor
pydantic, about a third of its CPU in a 1,000-mail drain (imports ~0.35 s, now ~0.1 s). On PostgreSQL,
or a SQLite URL with options, it records through a `Database` as the daemon does.

**A session of its own.** The process is started with `start_new_session`, so a `kill -9 -PGID` of the
daemon's process group does not take it down in the middle of a mail: it notices that its daemon is gone,
finishes and records the mail in hand, begins no other, and exits. Three signs of a dead daemon, because none
covers every case alone: the kernel sends SIGHUP when the daemon dies (PR_SET_PDEATHSIG, Linux); before each
mail it checks that its parent is still the daemon that started it (the parent may die before the signal is
armed); and EOF on stdin (a worker the daemon forked may still hold the pipe open, hence the other two).

**SIGTERM** (systemd sends it to every process of the service's control group, KillMode=control-group, the
daemon included; SIGABRT on a watchdog timeout) is handled the same way: the mail in hand is finished and recorded, the rest of the batch is
answered `postponed` (untried, no attempt counted), and the process exits with STOPPED_EXIT; between batches
it exits at once. The daemon, stopping too, claims nothing more.

**A restarted daemon waits for an old relay.** On SQLite the daemon takes back every row left `sending` at
start (storage.outbox.release_interrupted); a relay still finishing its mail in hand would then see that mail
sent twice. Each relay process holds a shared lock on `<database>.relay.lock` from its first batch until it
ends, and the daemon takes that lock exclusively (waiting for the old relays to end) before it takes rows back
(relay_lock.py `wait_for_earlier_relays`). On PostgreSQL, where other instances take over the rows of one that
stopped beating, the relay holds its daemon's instance's advisory lock instead (storage.outbox.hold_relay_lock),
and those rows are taken over only once it is free (storage.outbox.claim_due_sync).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import fcntl
import json
import logging
import os
import signal
import sys
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from intake.endpoint import SmtpEndpoint
from intake.outbound.accepted import record_accepted
from intake.outbound.delivery import Deliverer, Delivery, OutgoingMail
from intake.outbound.relay_lock import lock_beside, open_lock, plain_sqlite_file, relay_lock_path
from intake.service.library_logs import quiet_library_logs
from storage.outbox_sent import SqliteSentRecorder

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncConnection

    from intake.config import SmtpSettings
    from storage.database import Database

logger = logging.getLogger(__name__)

#: The environment variable that tells the relay process which pid is its daemon.
PARENT_ENV = "INTAKE_RELAY_PARENT"
#: prctl(2) option: the signal the kernel sends this process when its parent dies.
PR_SET_PDEATHSIG = 1
#: Longest JSON line (a batch of [outbound] batch_size mails with their bodies).
LINE_LIMIT = 64 * 1024 * 1024
#: The relay's exit status after a stop signal: it began no mail it did not answer (EX_TEMPFAIL).
STOPPED_EXIT = 75
#: What stops the relay after the mail in hand: systemd's stop (SIGTERM) and its watchdog's abort (SIGABRT)
#: reach every process of the service's control group; SIGINT as a terminal's Ctrl-C would.
STOP_SIGNALS = (signal.SIGTERM, signal.SIGABRT, signal.SIGINT)
#: How long a relay whose daemon is gone (or that was told to stop) keeps trying to record the mail in hand
#: while the database faults; then it exits and the row is sent again, as after any crash.
LEAVING_RECORD_SECONDS = 30.0
#: The SMTP connection is kept this long after a batch for the next one (Postfix's connection cache keeps its
#: own for 2 s by default, smtp_connection_cache_time_limit): the daemon hands over a batch every fraction of a
#: second while it drains, and a TLS handshake per batch cost more than the mails it carried.
CONNECTION_IDLE_SECONDS = 2.0


class RelayProcessGone(Exception):
    """The relay process ended in the middle of a batch: what it did with the rest is unknown."""


class RelayProcessStopped(RelayProcessGone):
    """The relay process ended on a stop signal between batches: it tried none of the mail not answered."""


class RelayProcess:
    """The daemon's handle on the relay process: started on the first batch, again after it ended."""

    def __init__(self, smtp: SmtpSettings, *, envelope_sender: str, verp: bool, database_url: str) -> None:
        """`database_url`: where the relay records the mail the server accepted (module doc)."""
        self._setup = {
            "smtp": smtp.model_dump(mode="json"),
            "envelope_sender": envelope_sender,
            "verp": verp,
            "database_url": database_url,
            "sqlite_file": plain_sqlite_file(database_url),
        }
        self._process: asyncio.subprocess.Process | None = None
        self._lock = asyncio.Lock()  # one batch at a time

    async def deliver_batch(
        self, batch: Sequence[OutgoingMail], *, budget_seconds: float, now: datetime, instance_id: str = ""
    ) -> AsyncIterator[list[Delivery]]:
        """Groups of deliveries as the relay answers them; accepted mail in them is recorded already.
        Raises RelayProcessGone when the process ends before every mail was answered (RelayProcessStopped
        when it ended on a stop signal and so tried none of them)."""
        async with self._lock:
            process = await self._running(after_stop="raise")
            assert process.stdout is not None
            request = {"batch": [mail.to_json() for mail in batch], "budget_seconds": budget_seconds}
            self._send({**request, "now": now.isoformat(), "instance_id": instance_id})
            remaining = len(batch)
            while remaining > 0:
                line = await process.stdout.readline()
                if not line:
                    stopped = await process.wait() == STOPPED_EXIT
                    self._process = None
                    gone = RelayProcessStopped if stopped else RelayProcessGone
                    raise gone(f"the relay process ended; {remaining} mails without an answer")
                group = [Delivery(**d) for d in json.loads(line)["deliveries"]]
                remaining -= len(group)
                yield group

    @property
    def pid(self) -> int | None:
        """The relay process's pid while it runs."""
        process = self._process
        return process.pid if process is not None and process.returncode is None else None

    async def start(self) -> None:
        """Starts the process now (it imports for ~0.1 s, ~0.35 s on PostgreSQL) rather than at the first batch."""
        async with self._lock:
            await self._running(after_stop="start")

    async def _running(self, *, after_stop: str) -> asyncio.subprocess.Process:
        ended = self._process
        if ended is not None and ended.returncode is not None:
            self._process = None
            if ended.returncode == STOPPED_EXIT and after_stop == "raise":
                raise RelayProcessStopped("the relay process was stopped (SIGTERM); the batch waits")
        if self._process is None:
            self._process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-c",  # not `-m`: the package imports this module first, and runpy would warn
                "from intake.outbound.relay_process import main; main()",
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                limit=LINE_LIMIT,
                env={**os.environ, PARENT_ENV: str(os.getpid())},
                start_new_session=True,  # a kill of the daemon's group must not cut a mail short (module doc)
            )
            self._send(self._setup)
        return self._process

    def _send(self, message: dict[str, Any]) -> None:
        if self._process is not None and self._process.stdin is not None:
            self._process.stdin.write(json.dumps(message).encode() + b"\n")

    def abandon(self) -> None:
        """Stops the process in the middle of a batch the daemon stopped listening to (an error, a stop):
        SIGTERM, so that it finishes and records the mail in hand and begins no other. The next batch starts
        a fresh one."""
        process, self._process = self._process, None
        if process is not None and process.returncode is None:
            process.terminate()

    async def close(self, *, grace_seconds: float = 3.0) -> None:
        """EOF on its stdin ends the relay process; stopped if it does not end within `grace_seconds`."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()
        try:
            await asyncio.wait_for(process.wait(), grace_seconds)
        except TimeoutError:
            process.terminate()  # it finishes the mail in hand on its own, in its own session
            logger.warning("relay_process_slow_to_end pid=%d", process.pid)


# --- the relay process itself --------------------------------------------------------------------------------


class _Orphaned(Exception):
    """The daemon is gone: the relay hands nothing more to the server (raised before each mail)."""


class _Stopped(Exception):
    """A stop signal: the rest of the batch is answered `postponed` (raised before each mail)."""


class _Guard:
    """Whether the daemon that started us still lives and wants us to go on (checked before each mail).

    Between batches a dead daemon or a stop signal ends the process at once; during a batch the mail in hand
    is finished and recorded first (module doc).
    """

    def __init__(self) -> None:
        self._parent = int(os.environ.get(PARENT_ENV, "0")) or os.getppid()
        self._gone = False
        self._stopping = False
        self._leaving_since: float | None = None
        self.busy = False  # a batch in hand

    def orphaned(self) -> bool:
        return self._gone or os.getppid() != self._parent

    def daemon_gone(self) -> None:
        self._gone = True
        self._leave(0)

    def stop(self) -> None:
        self._stopping = True
        self._leave(STOPPED_EXIT)

    def _leave(self, status: int) -> None:
        if self._leaving_since is None:
            self._leaving_since = time.monotonic()
        if not self.busy:
            os._exit(status)  # nothing in hand, nothing unrecorded

    def idle(self) -> None:
        self.busy = False
        if self._gone or self.orphaned():
            os._exit(0)
        if self._stopping:
            os._exit(STOPPED_EXIT)

    def before_each(self) -> None:
        if self.orphaned():
            raise _Orphaned
        if self._stopping:
            raise _Stopped

    def give_up_recording(self) -> bool:
        """While the database faults, a relay that is leaving tries to record for LEAVING_RECORD_SECONDS."""
        if self._leaving_since is None and self.orphaned():
            self._leaving_since = time.monotonic()
        since = self._leaving_since
        return since is not None and time.monotonic() - since > LEAVING_RECORD_SECONDS

    def arm(self) -> None:
        """SIGHUP from the kernel when the daemon dies (Linux), checked at once in case it died already;
        STOP_SIGNALS stop us."""
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGHUP, self.daemon_gone)
        for signum in STOP_SIGNALS:
            loop.add_signal_handler(signum, self.stop)
        if sys.platform.startswith("linux"):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGHUP, 0, 0, 0)
        if self.orphaned():
            self.daemon_gone()


class _Relay:
    """The relay's side: batches in, each accepted mail recorded, deliveries out."""

    def __init__(
        self, deliverer: Deliverer, setup: dict[str, Any], writer: asyncio.StreamWriter, guard: _Guard
    ) -> None:
        self._deliverer = deliverer
        self._db: Database | SqliteSentRecorder
        if setup.get("sqlite_file"):  # a plain SQLite file: no SQLAlchemy, a third of our CPU (accepted.py)
            self._db = SqliteSentRecorder(Path(setup["sqlite_file"]))
            self._lock_path: Path | None = lock_beside(Path(setup["sqlite_file"]))
        else:  # imported at start: a dying daemon's relay has no time to lose (recording needs storage.outbox)
            import storage.outbox  # noqa: F401
            from storage.database import Database

            # its record must not wait behind routing
            self._db = Database.open(setup["database_url"], prompt_writer=True)
            self._lock_path = relay_lock_path(setup["database_url"])
        self._writer = writer
        self._guard = guard
        self._lock: IO[bytes] | AsyncConnection | None = None
        #: ends the kept SMTP connection after CONNECTION_IDLE_SECONDS without a batch
        self._idle: asyncio.Task[None] | None = None

    async def deliver(self, request: dict[str, Any]) -> None:
        batch = [OutgoingMail(**mail) for mail in request["batch"]]
        now = datetime.fromisoformat(request["now"])
        await self._hold_lock(str(request.get("instance_id", "")))
        await self._keep_connection()
        self._guard.busy = True
        answered = 0
        try:
            deliveries = self._deliverer.deliver_batch(batch, budget_seconds=float(request["budget_seconds"]))
            async for delivery in deliveries:
                await self._answer(await self._recorded(delivery, now))
                answered += 1
        except _Stopped:  # every mail begun is answered: the rest was not tried
            for mail in batch[answered:]:
                await self._answer(Delivery(mail.id, "postponed", text="the relay process was stopped"))
            await self._quit()
            os._exit(STOPPED_EXIT)
        except BaseException:
            self._guard.busy = False  # the exception ends the process (`_serve`)
            raise
        self._guard.idle()  # a signal during the batch: leave now
        self._idle = asyncio.create_task(self._quit_when_idle())

    async def _recorded(self, delivery: Delivery, now: datetime) -> Delivery:
        if delivery.outcome != "sent":
            return delivery
        if not await record_accepted(
            self._db, [delivery.mail_id], now, give_up=self._guard.give_up_recording, blocking=True
        ):
            # leaving, and the database still faults: the row stays `sending` and is sent again, "unclear"
            os._exit(1)
        return replace(delivery, recorded=True)

    async def _answer(self, delivery: Delivery) -> None:
        self._writer.write(json.dumps({"deliveries": [delivery.to_json()]}).encode() + b"\n")
        await self._writer.drain()

    async def _hold_lock(self, instance_id: str) -> None:
        """The relay lock, shared, from the first batch until the process ends (module doc): a file lock beside
        a SQLite database, an advisory lock for the daemon's instance on PostgreSQL."""
        if self._lock is not None:
            return
        if self._lock_path is not None:
            self._lock = open_lock(self._lock_path)
            fcntl.flock(self._lock, fcntl.LOCK_SH)
        elif (
            not isinstance(self._db, SqliteSentRecorder) and self._db.dialect == "postgresql" and instance_id
        ):
            from storage import outbox

            self._lock = await self._db.engine.connect()  # kept open, and so the lock held, until we end
            await outbox.hold_relay_lock(self._lock, instance_id)

    async def _keep_connection(self) -> None:
        """The next batch goes over the kept connection: its idle timer stops (the deliverer opens a fresh
        connection if the server ended the kept one meanwhile)."""
        idle, self._idle = self._idle, None
        if idle is not None and not idle.done():
            idle.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await idle

    async def _quit_when_idle(self) -> None:
        await asyncio.sleep(CONNECTION_IDLE_SECONDS)
        await self._quit()

    async def quit_at_end(self) -> None:
        """QUIT on the kept connection when the daemon closes our stdin (not when it is gone: no time to lose)."""
        await self._keep_connection()
        await self._quit()

    async def _quit(self) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._deliverer.close(), 2.0)


async def _serve() -> None:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=LINE_LIMIT)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    transport, protocol = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, sys.stdout)
    writer = asyncio.StreamWriter(transport, protocol, reader, loop)
    first = await reader.readline()
    if not first:
        return
    setup = json.loads(first)
    guard = _Guard()
    guard.arm()
    deliverer = Deliverer(
        SmtpEndpoint.from_dump(setup["smtp"]),  # validated by the daemon; no pydantic here (endpoint.py)
        envelope_sender=setup["envelope_sender"],
        verp=bool(setup["verp"]),
        before_each=guard.before_each,
    )
    relay = _Relay(deliverer, setup, writer, guard)
    try:
        while line := await reader.readline():
            await relay.deliver(json.loads(line))
        if not guard.orphaned():
            await relay.quit_at_end()
    except (_Orphaned, ConnectionError):  # a write to a daemon that is gone fails too
        pass  # every accepted mail is recorded: nothing is owed
    os._exit(0)  # EOF or the daemon gone: no clean-up to wait for (the database's threads)


def main() -> None:
    quiet_library_logs()  # its stderr is the daemon's: libraries' warnings are not for the journal
    asyncio.run(_serve())
