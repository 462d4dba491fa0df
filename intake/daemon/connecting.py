"""Opening the IMAP connection off the event loop: now, in a daemon thread of its own (the poller's connect), or
ahead of time, while the daemon's modules are still loading (`intake run --once`, `EarlyMailbox`).

A daemon thread, not the default executor: until the connect returns there is no socket to abort, and an
executor thread hanging on a silent server would hold up the process exit (asyncio.run joins them) for
`timeout_seconds`. A daemon thread is left behind instead when the daemon stops.

Ahead of time: a run that finds nothing is mostly start-up: ~0.3 s of imports (SQLAlchemy, the ORM models, the
pipeline), then the database, then the IMAP connection (TCP, STARTTLS, LOGIN and the folder checks: 20-60 ms,
most of it waiting for the server, whose login processes run on the other core). The connection needs none of
those modules, so `intake run --once` opens it as soon as the settings are read, and the poller's first
connect takes it (docs/performance.md, "Session 7"). Errors are the poller's own: whatever opening the
connection raised is raised by the first connect, where the same call would have raised it, and retried alike.
When the INBOX holds mail, the parse workers' fork server is started from here too: its import of the parser
(~0.4 s of CPU) then runs on the other core beside the daemon's own imports, where it used to start only once
the poller had found the mail, with the first parse ~0.4 s later. A run that finds nothing starts nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Future

from intake.config import MailboxSettings
from intake.daemon.mailbox import Mailbox


async def connect_in_daemon_thread(settings: MailboxSettings) -> Mailbox:
    """`Mailbox.connect(settings)` in a daemon thread of its own (module doc), awaited on the event loop."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[Mailbox] = loop.create_future()

    def settle(outcome: Callable[[], None]) -> None:
        if not future.done():
            outcome()

    def target() -> None:
        try:
            mailbox = Mailbox.connect(settings)
        except BaseException as exc:  # handed to the awaiting task, which sees it as raised by the call
            failure = exc
            with contextlib.suppress(RuntimeError):  # the loop is gone: nobody waits any more
                loop.call_soon_threadsafe(settle, lambda: future.set_exception(failure))
        else:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(settle, lambda: future.set_result(mailbox))

    threading.Thread(target=target, name="imap-connect", daemon=True).start()
    return await future


class EarlyMailbox:
    """A connection being opened in a daemon thread: taken once by the poller, or logged out by `discard`."""

    def __init__(self, settings: MailboxSettings) -> None:
        self._outcome: Future[Mailbox] = Future()
        self._taken = False
        # A daemon thread (module doc): a server that never answers cannot hold up the exit.
        threading.Thread(target=self._open, args=(settings,), name="imap-connect-early", daemon=True).start()

    def _open(self, settings: MailboxSettings) -> None:
        try:
            mailbox = Mailbox.connect(settings)
        except BaseException as exc:  # raised again by `take`, in the poller's task
            self._outcome.set_exception(exc)
            return
        try:
            mailbox.ensure_folders()
            mailbox.has_idle  # noqa: B018  # asks for the capabilities now; the poller asks again, answered from cache
            mailbox.select()
            mail_waits = bool(mailbox.search_new())
        except BaseException as exc:
            mailbox.abort()
            self._outcome.set_exception(exc)
            return
        self._outcome.set_result(mailbox)
        if mail_waits and settings.resolved_parse_workers() > 0:
            from intake.daemon.parse_worker import start_fork_server

            with contextlib.suppress(
                Exception
            ):  # a head start only: the pool starts it (and reports) when needed
                start_fork_server()

    async def take(self) -> Mailbox:
        """The open connection (or what opening it raised); once."""
        if self._taken:
            raise RuntimeError("the early IMAP connection was taken already")
        self._taken = True
        return await asyncio.wrap_future(self._outcome)

    def discard(self) -> None:
        """Logs out of a connection nobody took (the run stopped before polling: the instance lock, the schema,
        another instance polling); nothing if the poller took it."""
        if not self._taken:
            self._taken = True
            self._outcome.add_done_callback(_log_out)


def _log_out(outcome: Future[Mailbox]) -> None:
    if outcome.exception() is None:
        outcome.result().close()
