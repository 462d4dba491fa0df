"""Mails and settings for the staff-by-mail tests: a customer, an agent answering a notification, a forger.

Mails are built as a mail program writes them (stdlib EmailMessage), so the parser splits the agent's new text
from the quoted notification as it would for a real answer.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from intake.config import DatabaseSettings, Settings
from intake.daemon.ingest import ingest_bytes
from intake.daemon.pipeline import ProcessResult
from intake.outbound.sender import drain_outbox
from intake.staff_config import StaffMember, StaffSettings
from storage.database import Database
from tests.fixtures.outbound_data import HELP, settings_for
from tests.fixtures.smtp import SmtpSink

RECEIVED = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
AGENT = "jan.visser@tinybots.nl"
OFFICER = "fatima.elamrani@tinybots.nl"
CUSTOMER = "wilhelmina.oranje@example.nl"
AUTHSERV = "mx.tinybots.nl"
PASS = f"{AUTHSERV}; spf=pass smtp.mailfrom=tinybots.nl; dkim=pass header.d=tinybots.nl; dmarc=pass header.from=tinybots.nl"
ANSWER = (
    "Probeer de robot tien seconden uit te zetten en daarna weer aan.\nLukt dat niet, dan bel ik u morgen."
)


def staff_settings(sink: SmtpSink, files: Path, **staff: Any) -> Settings:
    base = settings_for(sink)
    config = {
        "addresses": (
            StaffMember(address=AGENT, name="Jan Visser", role="agent"),
            StaffMember(address=OFFICER, name="Fatima El Amrani", role="privacy_officer"),
        ),
        "authserv_id": AUTHSERV,
        **staff,
    }
    return base.model_copy(
        update={"staff": StaffSettings(**config), "database": DatabaseSettings(files_dir=str(files))}
    )


def customer_mail(
    *,
    message_id: str = "<c1@example.nl>",
    subject: str = "Robot 10234 piept de hele nacht",
    text: str = "",
    in_reply_to: str | None = None,
    sender: str = CUSTOMER,
) -> bytes:
    mail = EmailMessage()
    mail["From"] = f"Wilhelmina Oranje <{sender}>"
    mail["To"] = HELP
    mail["Subject"] = subject
    mail["Message-ID"] = message_id
    mail["Date"] = format_datetime(RECEIVED)
    if in_reply_to:
        mail["In-Reply-To"] = in_reply_to
        mail["References"] = in_reply_to
    mail.set_content(
        text or "Goedemorgen,\n\nMijn robot piept de hele nacht. Wat kan ik doen?\n\nWilhelmina Oranje\n"
    )
    return mail.as_bytes()


def agent_reply(
    notification: EmailMessage,
    text: str = ANSWER,
    *,
    sender: str = AGENT,
    name: str = "Jan Visser",
    auth_results: tuple[str, ...] = (PASS,),
    message_id: str = "<a1@tinybots.nl>",
    to: str | None = None,
    attachment: tuple[str, bytes] | None = None,
) -> bytes:
    """An answer to a notification from a mail client: new text, signature, then the notification quoted."""
    mail = EmailMessage()
    for value in auth_results:
        mail["Authentication-Results"] = value
    mail["From"] = f"{name} <{sender}>"
    mail["To"] = to or str(notification["Reply-To"] or HELP)
    mail["Subject"] = f"Re: {notification['Subject']}"
    mail["Message-ID"] = message_id
    mail["Date"] = format_datetime(RECEIVED)
    mail["In-Reply-To"] = str(notification["Message-ID"])
    mail["References"] = str(notification["Message-ID"])
    quoted = "\n".join(f"> {line}" for line in notification.get_content().splitlines())
    mail.set_content(
        f"{text}\n\nMet vriendelijke groet,\nJan Visser\nHelpdesk Tinybots\n\n"
        f"Op 24 nov. 2026 om 10:30 schreef Helpdesk Tinybots <{HELP}>:\n{quoted}\n"
    )
    if attachment is not None:
        mail.add_attachment(attachment[1], maintype="application", subtype="pdf", filename=attachment[0])
    return mail.as_bytes()


class Desk:
    """The help desk under test: mail in through the whole pipeline, mail out through a real SMTP sink."""

    def __init__(self, database: Database, sink: SmtpSink, settings: Settings) -> None:
        self.database, self.sink, self.settings = database, sink, settings
        self._uid = 0
        self._seen = 0

    async def receive(self, raw: bytes, *, at: datetime = RECEIVED) -> ProcessResult:
        self._uid += 1
        result = await ingest_bytes(
            self.database,
            raw,
            mailbox="INBOX",
            uidvalidity=1,
            uid=self._uid,
            received_at=at,
            settings=self.settings,
            now=at,
        )
        assert result.state == "done", result.error
        return result

    async def sent(self, *, at: datetime = RECEIVED) -> list[tuple[str, EmailMessage]]:
        """The mails delivered to the sink since the last call: (recipient, message)."""
        await drain_outbox(self.database, self.settings, now=at)
        new = self.sink.deliveries[self._seen :]
        self._seen = len(self.sink.deliveries)
        return [(d.rcpt_tos[0], d.message) for d in new]
