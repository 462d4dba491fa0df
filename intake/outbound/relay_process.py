"""The relay process: SMTP delivery (intake/outbound/delivery.py) in a process of its own, on another core.

Sending an acknowledgement is ~1 ms of Python (building the message, aiosmtplib, TLS) that would otherwise
take turns with routing under the daemon's one interpreter lock. The daemon keeps the outbox: it claims a
batch, hands it over here, and records each outcome (intake/outbound/sender.py); this process only talks
SMTP. It is `python -c "from intake.outbound.relay_process import main; main()"`, speaking JSON lines over its
stdin and stdout:

    daemon -> relay: {"smtp": {...}, "envelope_sender": "...", "verp": true}     once, first
    daemon -> relay: {"batch": [mail, ...], "budget_seconds": 150.0}
    relay -> daemon: {"deliveries": [delivery, ...]}                            until the batch is answered
    daemon -> relay: {"recorded": n}                                             after recording n of them

A mail the relay accepted but the daemon has not recorded is one a crash would send again. So the relay hands
the next mail to the server only once the daemon has recorded (committed) every outcome it was told
(RECORD_WINDOW): a crash can leave at most the one mail in hand unrecorded, the one whose acceptance SMTP
itself cannot confirm before the server has it (docs/reliability.md).

A relay must never send for a daemon that is gone (after a kill -9 a restarted daemon sends the same rows
again). Three signs, because none covers every case alone: the kernel sends SIGHUP when the daemon dies
(PR_SET_PDEATHSIG, Linux); before each mail it checks that its parent is still the daemon that started it (the
parent may die before the signal is armed); and EOF on stdin (a worker the daemon forked may still hold the
pipe open, hence the other two). Then it finishes the mail in hand, begins no other, records in the database
what the server accepted that the daemon did not (`_Guard`), and exits. SIGINT and SIGTERM it leaves to the
daemon.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import json
import os
import signal
import sys
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from typing import Any

from intake.config import SmtpSettings
from intake.outbound.delivery import Deliverer, Delivery, OutgoingMail
from intake.service.library_logs import quiet_library_logs
from storage import outbox
from storage.database import Database  # imported at start: a dying daemon's relay has no time to lose

#: Mails the relay may have delivered that the daemon has not recorded yet: one, the mail in hand (module doc).
#: Each accepted mail costs the daemon a commit of its own (one small UPDATE) before the next is sent.
RECORD_WINDOW = 1
#: The environment variable that tells the relay process which pid is its daemon.
PARENT_ENV = "INTAKE_RELAY_PARENT"
#: prctl(2) option: the signal the kernel sends this process when its parent dies.
PR_SET_PDEATHSIG = 1
#: Longest JSON line (a batch of [outbound] batch_size mails with their bodies).
LINE_LIMIT = 64 * 1024 * 1024


class RelayProcessGone(Exception):
    """The relay process ended in the middle of a batch: what it did with the rest is unknown."""


class RelayProcess:
    """The daemon's handle on the relay process: started on the first batch, again after it ended."""

    def __init__(
        self, smtp: SmtpSettings, *, envelope_sender: str, verp: bool, database_url: str | None = None
    ) -> None:
        """`database_url`: where the relay records accepted mail itself when the daemon dies (module doc)."""
        self._setup = {
            "smtp": smtp.model_dump(mode="json"),
            "envelope_sender": envelope_sender,
            "verp": verp,
            "database_url": database_url,
        }
        self._process: asyncio.subprocess.Process | None = None
        self._lock = asyncio.Lock()  # one batch at a time

    async def deliver_batch(
        self, batch: Sequence[OutgoingMail], *, budget_seconds: float
    ) -> AsyncIterator[list[Delivery]]:
        """Groups of deliveries as the relay answers them; call `recorded` after recording each group.
        Raises RelayProcessGone when the process ends before every mail was answered."""
        async with self._lock:
            process = await self._running()
            assert process.stdout is not None
            self._send({"batch": [mail.to_json() for mail in batch], "budget_seconds": budget_seconds})
            remaining = len(batch)
            while remaining > 0:
                line = await process.stdout.readline()
                if not line:
                    await self.close()
                    raise RelayProcessGone(f"the relay process ended; {remaining} mails without an answer")
                group = [Delivery(**d) for d in json.loads(line)["deliveries"]]
                remaining -= len(group)
                yield group

    @property
    def pid(self) -> int | None:
        """The relay process's pid while it runs."""
        process = self._process
        return process.pid if process is not None and process.returncode is None else None

    async def start(self) -> None:
        """Starts the process now (it imports for ~0.3 s) rather than at the first batch."""
        async with self._lock:
            await self._running()

    def recorded(self, count: int) -> None:
        self._send({"recorded": count})

    async def _running(self) -> asyncio.subprocess.Process:
        if self._process is None or self._process.returncode is not None:
            self._process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-c",  # not `-m`: the package imports this module first, and runpy would warn
                "from intake.outbound.relay_process import main; main()",
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                limit=LINE_LIMIT,
                env={**os.environ, PARENT_ENV: str(os.getpid())},
            )
            self._send(self._setup)
        return self._process

    def _send(self, message: dict[str, Any]) -> None:
        if self._process is not None and self._process.stdin is not None:
            self._process.stdin.write(json.dumps(message).encode() + b"\n")

    def abandon(self) -> None:
        """Kills the process in the middle of a batch the daemon stopped recording (an error, a stop): it would
        wait for records that never come. The next batch starts a fresh one."""
        process, self._process = self._process, None
        if process is not None and process.returncode is None:
            process.kill()

    async def close(self, *, grace_seconds: float = 3.0) -> None:
        """EOF on its stdin ends the relay process; killed if it does not end within `grace_seconds`."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()
        try:
            await asyncio.wait_for(process.wait(), grace_seconds)
        except TimeoutError:
            process.kill()
            await process.wait()


# --- the relay process itself --------------------------------------------------------------------------------


class _Orphaned(Exception):
    """The daemon is gone: the relay hands nothing more to the server (raised before each mail)."""


class _Guard:
    """Whether the daemon that started us still lives, and what we owe it: accepted mail it has not recorded.

    When the daemon is gone (PR_SET_PDEATHSIG sends SIGHUP, its pid is no longer our parent, or stdin ends)
    the mail in hand is finished, no further mail is begun, and whatever the server accepted that the daemon
    did not confirm is recorded here, in the database, before we exit: a restarted daemon must not send it
    again. Only a kill of this process too (the whole group) leaves the one mail in hand unrecorded.
    """

    def __init__(self, database_url: str | None) -> None:
        self._parent = int(os.environ.get(PARENT_ENV, "0")) or os.getppid()
        self._gone = False
        self._database_url = database_url
        self.unconfirmed: list[Delivery] = []  # told the daemon (or about to), not yet recorded by it
        self.woken = asyncio.Event()

    def orphaned(self) -> bool:
        return self._gone or os.getppid() != self._parent

    def daemon_gone(self) -> None:
        self._gone = True
        self.woken.set()

    def before_each(self) -> None:
        if self.orphaned():
            raise _Orphaned

    async def leave(self) -> None:
        """Records what the server accepted and the daemon did not, then ends the process."""
        accepted = [d.mail_id for d in self.unconfirmed if d.outcome == "sent"]
        try:
            if accepted and self._database_url:
                db = Database.open(self._database_url)
                try:
                    now = datetime.now(UTC)
                    await db.run_sync(
                        lambda session: outbox.mark_sent_if_sending_sync(session, accepted, now=now)
                    )
                finally:
                    await db.close()
        finally:
            os._exit(0)  # also when the record failed: the rows stay `sending` and are sent again, as before

    def arm(self) -> None:
        """SIGHUP from the kernel when the daemon dies (Linux); checked at once in case it died already."""
        asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self.daemon_gone)
        if sys.platform.startswith("linux"):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGHUP, 0, 0, 0)
        if self.orphaned():
            self.daemon_gone()


class _Link:
    """The relay's side of the conversation during one batch: groups out, "recorded" counts in."""

    def __init__(self, writer: asyncio.StreamWriter, guard: _Guard) -> None:
        self._writer = writer
        self._guard = guard
        self._waiting: list[Delivery] = []  # delivered, not yet sent to the daemon
        self._unrecorded = 0  # sent to the daemon, not yet recorded by it

    def add(self, delivery: Delivery) -> None:
        self._waiting.append(delivery)
        self._guard.unconfirmed.append(delivery)
        self._flush()

    def on_recorded(self, count: int) -> None:
        self._unrecorded -= count
        del self._guard.unconfirmed[:count]
        self._flush()
        self._guard.woken.set()

    def _flush(self) -> None:
        if self._unrecorded == 0 and self._waiting and not self._guard.orphaned():
            line = {"deliveries": [d.to_json() for d in self._waiting]}
            self._writer.write(json.dumps(line).encode() + b"\n")
            self._unrecorded, self._waiting = len(self._waiting), []

    async def wait_until(self, *, at_most: int) -> None:
        while self._unrecorded + len(self._waiting) > at_most:
            self._guard.before_each()
            self._guard.woken.clear()
            await self._guard.woken.wait()


async def _read_recorded(reader: asyncio.StreamReader, link: _Link, guard: _Guard, expected: int) -> None:
    """Reads the daemon's "recorded" counts until the whole batch is recorded (and not a line further: the
    next line is the next batch)."""
    recorded = 0
    while recorded < expected:
        line = await reader.readline()
        if not line:
            guard.daemon_gone()  # EOF: deliver nothing more that nobody would record
            return
        count = int(json.loads(line)["recorded"])
        recorded += count
        link.on_recorded(count)


async def _deliver(
    deliverer: Deliverer,
    request: dict[str, Any],
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    guard: _Guard,
) -> None:
    link = _Link(writer, guard)
    batch = [OutgoingMail(**mail) for mail in request["batch"]]
    listener = asyncio.create_task(_read_recorded(reader, link, guard, len(batch)))
    try:
        async for delivery in deliverer.deliver_batch(batch, budget_seconds=float(request["budget_seconds"])):
            link.add(delivery)
            guard.before_each()
            await writer.drain()
            await link.wait_until(at_most=RECORD_WINDOW - 1)
        await writer.drain()
        await listener  # every delivery recorded (or the daemon gone: checked by the caller)
        guard.before_each()
    finally:
        if not listener.done():
            listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await listener
        await deliverer.close()


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
    guard = _Guard(setup.get("database_url"))
    guard.arm()
    smtp = SmtpSettings.model_validate(setup["smtp"])
    deliverer = Deliverer(
        smtp,
        envelope_sender=setup["envelope_sender"],
        verp=bool(setup["verp"]),
        before_each=guard.before_each,
    )
    try:
        while line := await reader.readline():
            await _deliver(deliverer, json.loads(line), reader, writer, guard)
    except (_Orphaned, ConnectionError):  # a write to a daemon that is gone fails too
        await guard.leave()


def main() -> None:
    # A Ctrl-C, or systemd stopping the service, reaches every process of the group: the daemon finishes the
    # batch in hand and then closes our stdin, which is when we end (a batch cut short would be sent again).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    quiet_library_logs()  # its stderr is the daemon's: libraries' warnings are not for the journal
    asyncio.run(_serve())
