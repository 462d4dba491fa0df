"""The whole mail path through a real MTA, as in production with Postfix in front of the helpdesk mailbox.

Path: smtplib (STARTTLS, test CA) -> Postfix on loopback -> Postfix `lmtp` transport -> Dovecot LMTP (a Dovecot of
this test's own, from intake/testbed/servers.py with LMTP added, because the shared Dovecot fixture has no LMTP) -> INBOX
of help@tinybots.test -> `intake run` (a real subprocess) takes it over IMAP STARTTLS and opens a ticket -> the
acknowledgement goes back through the SAME Postfix (STARTTLS, test CA) -> Postfix relays it (STARTTLS) to an
aiosmtpd sink on loopback, the only place Postfix may send anything.
"""

from __future__ import annotations

import os
import signal
import smtplib
import ssl
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest

from intake.testbed.servers import Certs, Dovecot, MailAccount, write_config
from tests.fixtures import certs as ca_fixtures
from tests.fixtures.postfix import Postfix, dovecot_with_lmtp, running_postfix
from tests.fixtures.smtp import SmtpSink

INTAKE = str(Path(sys.executable).parent / "intake")
WAIT_SECONDS = 60.0  # an upper bound for "eventually"; never a speed claim
HELP = "help@tinybots.test"
CUSTOMER = "wilhelmina.oranje@example.nl"


@pytest.fixture
def certs(test_ca: ca_fixtures.TestCA) -> Certs:
    return Certs(test_ca.ca_file, test_ca.cert_file, test_ca.key_file)


@pytest.fixture
def lmtp_dovecot(certs: Certs) -> Iterator[tuple[Dovecot, int]]:
    with dovecot_with_lmtp(certs) as server_and_port:
        yield server_and_port


@pytest.fixture
def postfix(certs: Certs, lmtp_dovecot: tuple[Dovecot, int], smtp_sink: SmtpSink) -> Iterator[Postfix]:
    with running_postfix(certs, lmtp_port=lmtp_dovecot[1], sink_port=smtp_sink.port) as server:
        yield server


def customer_mail() -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = f"Wilhelmina Oranje <{CUSTOMER}>"
    mail["To"] = HELP
    mail["Subject"] = "Robot 10234 piept de hele nacht"
    mail["Message-ID"] = make_msgid(domain="example.nl")
    mail["Date"] = "Tue, 24 Nov 2026 09:12:00 +0100"
    mail.set_content(
        "Beste mensen,\n\nMijn robot (10234) piept de hele nacht. Kunnen jullie helpen?\n\nWilhelmina\n"
    )
    return mail


def wait_until(check: Callable[[], bool], what: str, postfix: Postfix) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"not within {WAIT_SECONDS} s: {what}\n--- postfix log ---\n{postfix.log}")


def test_customer_mail_through_postfix_is_ticketed_and_acknowledged_through_postfix(
    postfix: Postfix, lmtp_dovecot: tuple[Dovecot, int], smtp_sink: SmtpSink, certs: Certs, tmp_path: Path
) -> None:
    help_box = MailAccount(lmtp_dovecot[0], HELP, "secret")
    config = write_config(
        tmp_path / "intake.toml",
        {
            "mailbox": help_box.mailbox_config(),
            "smtp": {
                "host": "127.0.0.1",
                "port": postfix.smtp_port,
                "security": "starttls",
                "ca_file": str(certs.ca_file),
            },
            "database": {"url": f"sqlite+aiosqlite:///{tmp_path}/intake.db"},
            "helpdesk": {"address": HELP, "own_addresses": [HELP]},
        },
    )
    mail = customer_mail()
    client_tls = ssl.create_default_context(cafile=str(certs.ca_file))
    with smtplib.SMTP("127.0.0.1", postfix.smtp_port, timeout=30) as smtp:
        smtp.starttls(context=client_tls)
        smtp.send_message(mail)
    wait_until(lambda: help_box.count() == 1, "Postfix delivered the mail over LMTP", postfix)

    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env.update(INTAKE_CONFIG=str(config), INTAKE_TEST_IMAP_PASSWORD=help_box.password)
    with (tmp_path / "daemon.log").open("w", encoding="utf-8") as log:
        daemon = subprocess.Popen([INTAKE, "run"], env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_until(lambda: help_box.count("Processed") == 1, "the daemon processed the mail", postfix)
            wait_until(
                lambda: len(smtp_sink.deliveries) >= 1, "the acknowledgement reached the sink", postfix
            )
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(timeout=30)
        finally:
            if daemon.poll() is None:
                daemon.kill()
                daemon.wait()

    assert daemon.returncode == 0, (tmp_path / "daemon.log").read_text(encoding="utf-8")
    assert len(smtp_sink.deliveries) == 1
    delivery = smtp_sink.deliveries[0]
    assert delivery.rcpt_tos == (CUSTOMER,)
    ack = delivery.message
    assert "[TB-" in str(ack["Subject"])
    assert ack["Auto-Submitted"] == "auto-replied"
    assert ack["In-Reply-To"] == mail["Message-ID"]
    assert "mx.tinybots.test" in str(ack["Received"])  # it came through Postfix, not straight from the daemon
    assert help_box.count("Processed") == 1
    assert help_box.count() == 0
