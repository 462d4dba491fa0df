"""The whole loop through a real IMAP server (Dovecot) and a real SMTP relay (aiosmtpd), on SQLite and
PostgreSQL: a customer writes, staff are notified, the agent answers the notification from his mail program,
the customer receives the answer from help@ and replies, and the reply lands on the same ticket."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select

from intake.config import Settings, parse_settings
from intake.daemon.wiring import run_once
from storage import models
from storage.database import Database
from tests.fixtures.dovecot import MailAccount
from tests.fixtures.smtp import SmtpSink
from tests.staff_mail import AGENT, AUTHSERV, CUSTOMER, agent_reply, customer_mail

HELP = "help@tinybots.nl"
STAFF = "support@tinybots.nl"


def settings_for(account: MailAccount, sink: SmtpSink, url: str, files: Path) -> Settings:
    return parse_settings(
        {
            # one parse worker: the mails are parsed ahead in another process, so the Authentication-Results headers
            # are read from the spooled bytes in the database (intake/daemon/pipeline.py `_raw_loader`)
            "mailbox": account.mailbox_config(parse_workers=1),
            "smtp": {"host": sink.host, "port": sink.port, "security": "starttls", "ca_file": sink.ca_file},
            "database": {"url": url, "files_dir": str(files)},
            "helpdesk": {"address": HELP, "own_addresses": [HELP], "staff_notify": [STAFF]},
            "outbound": {"relay_process": False},
            "staff": {"addresses": [{"address": AGENT, "name": "Jan Visser"}], "authserv_id": AUTHSERV},
        }
    )


def delivered(sink: SmtpSink, to: str) -> list[EmailMessage]:
    return [d.message for d in sink.deliveries if d.rcpt_tos == (to,)]


async def test_answer_by_mail_and_the_customers_reply_through_imap_and_smtp(
    mail_account: MailAccount, smtp_sink: SmtpSink, migrated_db_url: str, tmp_path: Path
) -> None:
    settings = settings_for(mail_account, smtp_sink, migrated_db_url, tmp_path / "files")
    mail_account.append([customer_mail()])
    await run_once(settings)
    [notification] = delivered(smtp_sink, STAFF)

    mail_account.append([agent_reply(notification)])
    await run_once(settings)
    [ack, answer] = delivered(smtp_sink, CUSTOMER)
    assert ack["Auto-Submitted"] == "auto-replied" and answer["Auto-Submitted"] is None
    assert answer["From"].addresses[0].addr_spec == HELP and answer["In-Reply-To"] == "<c1@example.nl>"

    reply = customer_mail(
        message_id="<c2@example.nl>",
        subject=f"Re: {answer['Subject']}",
        in_reply_to=str(answer["Message-ID"]),
        text="Het werkt weer, dank u.",
    )
    mail_account.append([reply])
    await run_once(settings)
    assert mail_account.count("INBOX") == 0
    db = Database.open(migrated_db_url)
    try:
        async with db.session() as s:
            rows = (
                await s.execute(
                    select(models.Message.from_address, models.Message.route_reason, models.Ticket.ref)
                    .join(models.Ticket)
                    .order_by(models.Message.id)
                )
            ).all()
            people = (await s.execute(select(models.Customer.email))).scalars().all()
    finally:
        await db.close()
    ref = rows[0][2]
    assert [(who, reason, r) for who, reason, r in rows] == [
        (CUSTOMER, "new_ticket", ref),
        (AGENT, "staff_answer", ref),
        (CUSTOMER, "in_reply_to", ref),
    ]
    assert people == [CUSTOMER]
    assert [str(m["Subject"]) for m in delivered(smtp_sink, STAFF)][-1].startswith(f"[{ref}] Reactie klant")
