"""The mailbox opened ahead: `intake run --once` logs in on a thread of its own while the daemon's modules load.

Of an empty run's half second, ~0.35 s is importing the daemon (SQLAlchemy above all) and ~40 ms the IMAP
connection on loopback (TCP, STARTTLS or TLS, LOGIN, LIST of the two folders; more over a real network). The
two need not wait for each other: the handshake waits on the network and in OpenSSL, which release the
interpreter lock, while the imports hold it. The poller takes the connection for its first pass
(intake/daemon/poller.py `_connect`); a failure to connect reaches it there as from its own connect, so its
retries, error events and exit codes are unchanged. A connection nobody took is logged out (`discard`).
"""

from __future__ import annotations

import threading
from concurrent.futures import Future

from intake.config import MailboxSettings
from intake.daemon.mailbox import Mailbox


class MailboxAhead:
    """A `Mailbox.connect` (and its folders made) under way on a daemon thread: one that hangs on a silent
    server must not hold up the process exit."""

    def __init__(self, settings: MailboxSettings) -> None:
        self._future: Future[Mailbox] | None = Future()
        threading.Thread(
            target=self._connect, args=(settings, self._future), name="imap-ahead", daemon=True
        ).start()

    @staticmethod
    def _connect(settings: MailboxSettings, future: Future[Mailbox]) -> None:
        try:
            mailbox = Mailbox.connect(settings)
            mailbox.ensure_folders()
        except BaseException as exc:  # handed to whoever takes it, raised there as by its own connect
            future.set_exception(exc)
        else:
            future.set_result(mailbox)

    def take(self) -> Future[Mailbox] | None:
        """The connection's future, once; None after that."""
        future, self._future = self._future, None
        return future

    def discard(self) -> None:
        """Logs out the connection if nobody took it (now, or when it is made)."""
        future = self.take()
        if future is not None:
            future.add_done_callback(_close_quietly)


def _close_quietly(future: Future[Mailbox]) -> None:
    if future.exception() is None:
        future.result().close()
