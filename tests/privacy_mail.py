"""Mail for the privacy tests (subject, rights lifecycle, purge), taken in through the real pipeline.

`Scenario` ingests real RFC 5322 bytes with `intake.daemon.ingest.ingest_bytes` (spool, parse, route, outbox), the
way `intake ingest` and the daemon do; `quarantine` spools bytes and counts failed attempts until the spool
quarantines them, as the daemon does with mail it cannot process.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from intake.config import Settings, parse_settings
from intake.daemon.ingest import ingest_bytes
from intake.daemon.pipeline import ProcessResult
from storage import spool
from storage.database import Database

RECEIVED = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def raw_mail(
    *,
    sender: str,
    name: str | None,
    subject: str,
    body: str,
    message_id: str,
    to: str = "help@tinybots.nl",
    in_reply_to: str | None = None,
    date: datetime = RECEIVED,
    attachments: tuple[tuple[str, str, bytes], ...] = (),
) -> bytes:
    """A plain-text mail as a mail client writes it; attachments are (filename, content type, bytes)."""
    mail = EmailMessage()
    mail["From"] = f"{name} <{sender}>" if name else sender
    mail["To"] = to
    mail["Subject"] = subject
    mail["Message-ID"] = message_id
    mail["Date"] = format_datetime(date)
    if in_reply_to:
        mail["In-Reply-To"] = in_reply_to
        mail["References"] = in_reply_to
    mail.set_content(body)
    for filename, content_type, payload in attachments:
        maintype, subtype = content_type.split("/")
        mail.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    return mail.as_bytes(policy=SMTP)  # CRLF, as on the wire and in the mailbox


def settings_for(db_url: str, files_dir: Path, **sections: dict[str, Any]) -> Settings:
    data: dict[str, Any] = {
        "database": {"url": db_url, "files_dir": str(files_dir)},
        "helpdesk": {"address": "help@tinybots.nl", "own_addresses": ["help@tinybots.nl"]},
    }
    data.update(sections)
    return parse_settings(data)


@dataclass
class Scenario:
    db: Database
    settings: Settings
    mailbox: str = "INBOX"
    uidvalidity: int = 7
    _uids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    async def ingest(
        self, raw: bytes, *, received_at: datetime = RECEIVED, expect: str = "done"
    ) -> ProcessResult:
        result = await ingest_bytes(
            self.db,
            raw,
            mailbox=self.mailbox,
            uidvalidity=self.uidvalidity,
            uid=next(self._uids),
            received_at=received_at,
            settings=self.settings,
            now=received_at,
        )
        assert result.state == expect, result.error
        return result

    async def quarantine(self, raw: bytes, *, received_at: datetime = RECEIVED, attempts: int = 3) -> int:
        """Spools `raw` and records failed attempts until the spool quarantines it; returns the spool id."""
        async with self.db.session() as session:
            spooled = await spool.spool_message(
                session,
                raw,
                mailbox=self.mailbox,
                uidvalidity=self.uidvalidity,
                uid=next(self._uids),
                received_at=received_at,
            )
            state = ""
            for _ in range(attempts):
                state = await spool.record_failure(
                    session, spooled.spool_id, "ParseError: test", max_attempts=attempts
                )
            await session.commit()
        assert state == "quarantined"
        return spooled.spool_id


def now_utc() -> datetime:
    return datetime.now(UTC)


JAN = "jan@example.nl"
JAN_WORK = "j.devries@werk.example"
JAN_NAME = "Jan de Vries"
JAN_PHONE = "+31612345678"
JAN_PHONE_WRITTEN = "06-12345678"
JAN_ROBOT = "10234"
PIET = "piet@example.nl"
PASSPORT = b"\xff\xd8\xff\xe0 passport scan of Jan " + bytes(range(256))
LOG = b"robot log 2026-11-01 error E42\n" * 20


@dataclass(frozen=True)
class JanStory:
    """Jan writes from two addresses (linked by his robot id and phone), on three tickets, one of them Piet's,
    sends an identity document with an erasure request, and one of his mails was quarantined."""

    own_ticket: str
    work_ticket: str
    piet_ticket: str
    quarantined_spool_id: int


async def jan_story(s: Scenario) -> JanStory:
    first = await s.ingest(
        raw_mail(
            sender=JAN,
            name=JAN_NAME,
            subject="Robot reageert niet",
            body=(
                "Goedemorgen,\n\nMijn robot reageert niet meer op de knop.\nRobot Id: 10234\n\n"
                f"Met vriendelijke groet,\n{JAN_NAME}\nTel: {JAN_PHONE_WRITTEN}\n"
            ),
            message_id="<jan-1@example.nl>",
            attachments=(("robot-log.txt", "text/plain", LOG),),
        )
    )
    await s.ingest(
        raw_mail(
            sender=JAN,
            name=JAN_NAME,
            subject="Re: Robot reageert niet",
            body=f"Hij doet het nog steeds niet.\n\n{JAN_NAME}\n",
            message_id="<jan-2@example.nl>",
            in_reply_to="<jan-1@example.nl>",
        )
    )
    work = await s.ingest(
        raw_mail(
            sender=JAN_WORK,
            name=JAN_NAME,
            subject="Verwijder mijn gegevens",
            body=(
                "Geachte heer, mevrouw,\n\nIk wil dat u al mijn persoonsgegevens verwijdert. "
                "Een kopie van mijn paspoort zit in de bijlage.\nRobot Id: 10234\n\n"
                f"{JAN_NAME}\nTel: {JAN_PHONE_WRITTEN}\n"
            ),
            message_id="<jan-3@werk.example>",
            attachments=(("paspoort.jpg", "image/jpeg", PASSPORT),),
        )
    )
    piet = await s.ingest(
        raw_mail(
            sender=PIET,
            name="Piet Bakker",
            subject="Robot van mijn buurman",
            body=f"Mijn buurman {JAN_NAME} heeft hetzelfde probleem als ik.\n\nPiet Bakker\n",
            message_id="<piet-1@example.nl>",
        )
    )
    await s.ingest(
        raw_mail(
            sender=JAN,
            name=JAN_NAME,
            subject="Re: Robot van mijn buurman",
            body=f"Dat klopt, ik ben de buurman.\n\n{JAN_NAME}\n",
            message_id="<jan-4@example.nl>",
            in_reply_to="<piet-1@example.nl>",
        )
    )
    quarantined = await s.quarantine(
        raw_mail(
            sender=JAN,
            name=JAN_NAME,
            subject="Nog een vraag",
            body=f"Kan ik de robot ook op vakantie meenemen?\n\n{JAN_NAME}\n",
            message_id="<jan-5@example.nl>",
        )
    )
    assert first.outcome and work.outcome and piet.outcome
    return JanStory(
        own_ticket=first.outcome.ticket_ref or "",
        work_ticket=work.outcome.ticket_ref or "",
        piet_ticket=piet.outcome.ticket_ref or "",
        quarantined_spool_id=quarantined,
    )


async def erasure_request(s: Scenario, *, received_at: datetime = RECEIVED) -> tuple[int, str]:
    """Jan asks for erasure with a copy of his passport and a robot log; returns (request id, ticket ref)."""
    result = await s.ingest(
        raw_mail(
            sender=JAN,
            name=JAN_NAME,
            subject="Verwijder mijn gegevens",
            body=(
                "Geachte heer, mevrouw,\n\nIk wil dat u al mijn persoonsgegevens verwijdert. "
                "Een kopie van mijn paspoort zit in de bijlage.\n\n"
                f"Met vriendelijke groet,\n{JAN_NAME}\n"
            ),
            message_id=f"<erase-{received_at.timestamp():.0f}@example.nl>",
            date=received_at,
            attachments=(("paspoort.jpg", "image/jpeg", PASSPORT), ("robot-log.txt", "text/plain", LOG)),
        ),
        received_at=received_at,
    )
    assert result.outcome is not None and result.outcome.rights_request_id is not None
    return result.outcome.rights_request_id, result.outcome.ticket_ref or ""
