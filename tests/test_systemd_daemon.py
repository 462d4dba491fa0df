"""`intake run` started the way tinybots-intake.service starts it, against a real Dovecot and SMTP relay:

the configuration from $INTAKE_CONFIG, the IMAP password from a credential file, $NOTIFY_SOCKET with a watchdog
meant for the daemon's own pid, stderr connected as the journal stream, a metrics port, and no writable and
executable memory (MemoryDenyWriteExecute). The test plays systemd: it reads READY=1 and WATCHDOG=1 from the
socket, scrapes the metrics, runs `intake status` beside the daemon, stops it with SIGTERM and reads the journal.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from intake.testbed.servers import Certs, SmtpSink, free_port, write_config
from tests.fixtures import certs
from tests.fixtures.dovecot import MailAccount
from tests.test_systemd import MDWE_WRAPPER

INTAKE = str(Path(sys.executable).parent / "intake")
WAIT_SECONDS = 60.0  # an upper bound for "eventually"; never a speed claim
WATCHDOG_USEC = "400000"

CUSTOMER_NAME = "Wilhelmina Oranje"
CUSTOMER_EMAIL = "wilhelmina.oranje@example.nl"
CUSTOMER_PHONE = "+31 6 48 27 19 33"
SUBJECT = "Robot 10234 piept de hele nacht"
MAIL = (
    f"From: {CUSTOMER_NAME} <{CUSTOMER_EMAIL}>\r\n"
    "To: help@tinybots.test\r\n"
    f"Subject: {SUBJECT}\r\n"
    "Message-ID: <unit-test-1@example.nl>\r\n"
    "Date: Tue, 24 Nov 2026 09:12:00 +0100\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Beste mensen van Tinybots,\r\n\r\n"
    "Mijn robot (10234) piept sinds gisteren de hele nacht. Kunnen jullie mij helpen?\r\n"
    "Ook wil ik graag inzage in de persoonsgegevens die jullie van mij hebben.\r\n\r\n"
    f"Met vriendelijke groet,\r\n{CUSTOMER_NAME}\r\nTel. {CUSTOMER_PHONE}\r\n"
).encode()
# sd_notify(3): the watchdog applies to the process named in WATCHDOG_PID; the shell execs intake, so `$$` is it.
AS_MAIN_PID = 'WATCHDOG_PID=$$; export WATCHDOG_PID; exec "$0" run'


@pytest.fixture
def relay(test_ca: certs.TestCA) -> Iterator[SmtpSink]:
    server = SmtpSink(Certs(test_ca.ca_file, test_ca.cert_file, test_ca.key_file))
    server.start()
    yield server
    server.stop()


class NotifySocket:
    """Plays systemd's side of $NOTIFY_SOCKET: reads every datagram as it comes, as systemd does (a reader that
    falls behind would fill the socket's queue and block the daemon's send)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.bind(str(path))
        self._sock.settimeout(0.2)
        self._fields: list[str] = []
        self._changed = threading.Condition()
        self._closed = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while not self._closed.is_set():
            try:
                datagram = self._sock.recv(4096).decode()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._changed:
                self._fields.extend(datagram.splitlines())
                self._changed.notify_all()

    def wait_for(self, field: str) -> None:
        with self._changed:
            if not self._changed.wait_for(lambda: field in self._fields, timeout=WAIT_SECONDS):
                raise AssertionError(f"no {field} within {WAIT_SECONDS} s; got {sorted(set(self._fields))}")

    @property
    def fields(self) -> list[str]:
        with self._changed:
            return list(self._fields)

    def close(self) -> None:
        self._closed.set()
        self._reader.join(timeout=5)
        self._sock.close()


@pytest.fixture
def notify_socket(tmp_path: Path) -> Iterator[NotifySocket]:
    listener = NotifySocket(tmp_path / "notify.sock")
    yield listener
    listener.close()


def unit_like_config(account: MailAccount, relay: SmtpSink, tmp_path: Path, metrics_port: int) -> Path:
    credentials = tmp_path / "credentials"
    credentials.mkdir(mode=0o700)
    (credentials / "imap").write_text(account.password + "\n", encoding="utf-8")
    os.chmod(credentials / "imap", 0o400)
    mailbox = account.mailbox_config()
    del mailbox["password_env"]
    mailbox["password_file"] = str(credentials / "imap")
    return write_config(
        tmp_path / "intake.toml",
        {
            "mailbox": mailbox,
            "smtp": relay.smtp_config(),
            "database": {"url": f"sqlite+aiosqlite:///{tmp_path}/state/intake.db"},
            "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
            "logging": {"format": "auto", "level": "INFO"},
            "metrics": {"listen": f"127.0.0.1:{metrics_port}"},
        },
    )


def wait_until(check: Any, what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"not within {WAIT_SECONDS} s: {what}")


def scrape(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        return str(response.read().decode())


def metric(text: str, name: str) -> float:
    match = re.search(rf"^{re.escape(name)} (\S+)$", text, re.M)
    return float(match.group(1)) if match else float("nan")


def test_daemon_runs_as_the_unit_starts_it(
    mail_account: MailAccount, relay: SmtpSink, tmp_path: Path, notify_socket: NotifySocket
) -> None:
    metrics_port = free_port()
    config = unit_like_config(mail_account, relay, tmp_path, metrics_port)
    mail_account.append([MAIL])
    journal = tmp_path / "journal.log"
    with journal.open("w", encoding="utf-8") as stderr:
        st = os.fstat(stderr.fileno())
        env = {k: v for k, v in os.environ.items() if not k.startswith(("INTAKE_", "WATCHDOG_"))}
        env.update(
            INTAKE_CONFIG=str(config),
            NOTIFY_SOCKET=str(notify_socket.path),
            WATCHDOG_USEC=WATCHDOG_USEC,
            JOURNAL_STREAM=f"{st.st_dev}:{st.st_ino}",
        )
        proc = subprocess.Popen(
            [sys.executable, "-c", MDWE_WRAPPER, "/bin/sh", "-c", AS_MAIN_PID, INTAKE],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        try:
            notify_socket.wait_for("READY=1")
            notify_socket.wait_for("WATCHDOG=1")
            wait_until(lambda: mail_account.count("Processed") == 1, "the mail is processed")
            wait_until(lambda: len(relay.received) >= 1, "the acknowledgement reached the relay")
            status = subprocess.run(
                [INTAKE, "status", "--json"], env=env, capture_output=True, text=True, timeout=60, check=True
            )
            # the gauges come from the database, re-read by the daemon every few seconds
            wait_until(lambda: metric(scrape(metrics_port), "intake_rights_open") == 1, "the rights gauge")
            metrics_text = scrape(metrics_port)
            proc.send_signal(signal.SIGTERM)
            notify_socket.wait_for("STOPPING=1")
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()

    assert proc.returncode == 0
    fields = notify_socket.fields
    assert "STATUS=watching INBOX" in fields
    assert fields.index("READY=1") < fields.index("STOPPING=1")

    health = json.loads(status.stdout)
    assert health["daemon"]["mode"] == "idle"
    assert health["daemon"]["last_poll_at"] is not None
    assert health["spool"] == {"pending": 0, "quarantined": 0}

    assert metric(metrics_text, "intake_tickets_created_total") == 1
    assert metric(metrics_text, 'intake_messages_total{classification="customer"}') == 1
    assert metric(metrics_text, "intake_last_poll_timestamp_seconds") > 0
    assert metric(metrics_text, "intake_rights_requests_total") == 1
    assert metric(metrics_text, "intake_quarantine_size") == 0

    lines = journal.read_text(encoding="utf-8").splitlines()
    assert lines, "the daemon wrote no log"
    for line in lines:
        assert re.match(r"<[0-7]>level=\w+ event=", line), line  # journald priority, no timestamp
    log = "\n".join(lines)
    assert "event=stopped" in log
    for personal in (CUSTOMER_NAME, CUSTOMER_EMAIL, "wilhelmina", SUBJECT, "48 27 19 33", "inzage"):
        assert personal not in log, personal
