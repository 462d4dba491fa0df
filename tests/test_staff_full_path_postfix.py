"""One agent's answer along the production path (issue 12): the customer's mail and the agent's answer both
arrive through Postfix -> Dovecot LMTP -> IMAP, `intake run --once` (a real subprocess) takes them in, and the
answer leaves through the same Postfix to the customer (an aiosmtpd sink behind Postfix). This Postfix adds no
Authentication-Results, so the desk proves the agent with the per-notification token (`[staff] auth = "token"`),
as a mail host without DMARC checks would be configured."""

from __future__ import annotations

import os
import smtplib
import ssl
import subprocess
from pathlib import Path

from intake.testbed.servers import Certs, Dovecot, MailAccount, write_config
from tests import test_full_path_postfix as full_path
from tests.fixtures.postfix import Postfix
from tests.fixtures.smtp import SmtpSink
from tests.staff_mail import agent_reply
from tests.test_full_path_postfix import CUSTOMER, HELP, INTAKE, customer_mail, wait_until

# The full path's fixtures (a Dovecot with LMTP, Postfix in front of it), used here by name.
certs = full_path.certs
lmtp_dovecot = full_path.lmtp_dovecot
postfix = full_path.postfix

STAFF = "support@team.example"
AGENT = "jan.visser@tinybots.test"


def send(postfix: Postfix, certs: Certs, raw: bytes) -> None:
    with smtplib.SMTP("127.0.0.1", postfix.smtp_port, timeout=30) as smtp:
        smtp.starttls(context=ssl.create_default_context(cafile=str(certs.ca_file)))
        smtp.sendmail(AGENT if b"Jan Visser" in raw else CUSTOMER, [HELP], raw)


def run_once(config: Path, box: MailAccount, log: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env.update(INTAKE_CONFIG=str(config), INTAKE_TEST_IMAP_PASSWORD=box.password)
    done = subprocess.run([INTAKE, "run", "--once"], env=env, capture_output=True, text=True, timeout=120)
    log.write_text(done.stdout + done.stderr, encoding="utf-8")
    assert done.returncode == 0, done.stderr


def test_an_agents_answer_through_postfix_reaches_the_customer_from_help(
    postfix: Postfix, lmtp_dovecot: tuple[Dovecot, int], smtp_sink: SmtpSink, certs: Certs, tmp_path: Path
) -> None:
    help_box = MailAccount(lmtp_dovecot[0], HELP, "secret")
    secret = tmp_path / "staff-token"
    secret.write_text("9f2c1e7a5b3d4c6e8f0a1b2c3d4e5f60\n")
    config = write_config(
        tmp_path / "intake.toml",
        {
            "mailbox": help_box.mailbox_config(parse_workers=0),
            "smtp": {
                "host": "127.0.0.1",
                "port": postfix.smtp_port,
                "security": "starttls",
                "ca_file": str(certs.ca_file),
            },
            "database": {"url": f"sqlite+aiosqlite:///{tmp_path}/intake.db"},
            "helpdesk": {"address": HELP, "own_addresses": [HELP], "staff_notify": [STAFF]},
            "outbound": {"relay_process": False},
            "staff": {"addresses": [AGENT], "auth": "token", "token_secret_file": str(secret)},
        },
    )
    send(postfix, certs, customer_mail().as_bytes())
    wait_until(lambda: help_box.count() == 1, "Postfix delivered the customer's mail", postfix)
    run_once(config, help_box, tmp_path / "first.log")
    wait_until(lambda: len(smtp_sink.deliveries) == 2, "acknowledgement and notification arrived", postfix)
    notification = next(d.message for d in smtp_sink.deliveries if d.rcpt_tos == (STAFF,))

    send(postfix, certs, agent_reply(notification, sender=AGENT, auth_results=(), to=HELP))
    wait_until(lambda: help_box.count() == 1, "Postfix delivered the agent's answer", postfix)
    run_once(config, help_box, tmp_path / "second.log")
    wait_until(lambda: len(smtp_sink.deliveries) == 3, "the answer arrived", postfix)

    answer = smtp_sink.deliveries[2]
    assert answer.rcpt_tos == (CUSTOMER,)
    message = answer.message
    assert message["From"].addresses[0].addr_spec == HELP
    assert message["Auto-Submitted"] is None
    assert "Probeer de robot" in message.get_content() and "Nieuw ticket" not in message.get_content()
    assert "mx.tinybots.test" in str(message["Received"])  # through Postfix
    assert help_box.count("Processed") == 2
