"""sd_notify for `intake run` under systemd (Type=notify): READY, STATUS, WATCHDOG, STOPPING.

Outside systemd ($NOTIFY_SOCKET unset) every call does nothing. Why not the sdnotify package: it swallows every
error and knows nothing of the watchdog interval; the protocol is one datagram (sd_notify(3)), written here.
"""

from __future__ import annotations

import os
import socket

import structlog

logger = structlog.get_logger("intake.systemd")


class SystemdNotifier:
    """Sends notifications to the socket systemd named in $NOTIFY_SOCKET."""

    def __init__(self, environ: dict[str, str] | None = None) -> None:
        env = dict(os.environ) if environ is None else environ
        self._address = env.get("NOTIFY_SOCKET", "")
        watchdog_usec = env.get("WATCHDOG_USEC", "")
        watchdog_pid = env.get("WATCHDOG_PID", "")
        # WATCHDOG_PID names the process the watchdog is meant for; another process must not ping it.
        applies = not watchdog_pid or watchdog_pid == str(os.getpid())
        self.watchdog_seconds = int(watchdog_usec) / 1_000_000 if watchdog_usec.isdigit() and applies else 0.0

    @property
    def enabled(self) -> bool:
        return bool(self._address)

    def notify(self, *fields: str) -> None:
        """Sends "KEY=value" lines in one datagram; a failure is logged, never raised (the daemon goes on)."""
        if not self._address:
            return
        address = self._address
        if address.startswith("@"):  # abstract namespace socket
            address = "\0" + address[1:]
        try:
            # Non-blocking: a full notify queue must cost one lost datagram, never a stalled event loop.
            flags = socket.SOCK_DGRAM | socket.SOCK_CLOEXEC | socket.SOCK_NONBLOCK
            with socket.socket(socket.AF_UNIX, flags) as sock:
                sock.connect(address)
                sock.sendall("\n".join(fields).encode("utf-8"))
        except OSError as exc:
            logger.warning("sd_notify_failed", error=str(exc))

    def ready(self, status: str) -> None:
        self.notify("READY=1", f"STATUS={status}")

    def status(self, status: str) -> None:
        self.notify(f"STATUS={status}")

    def watchdog(self) -> None:
        self.notify("WATCHDOG=1")

    def stopping(self) -> None:
        self.notify("STOPPING=1", "STATUS=stopping")
