"""Handing mail to the SMTP relay, and nothing else: claimed outbox mail in, what the relay said out.

The sender (intake/outbound/sender.py) owns the outbox rows and records each `Delivery`; this module holds no
database and no clock, so it runs the same in the daemon's process and in the relay process
(intake/outbound/relay_process.py). `deliver` never raises: every way a delivery can end is a Delivery.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import aiosmtplib

from intake.outbound.message import UnsafeHeader, build_email
from intake.service.tls import client_context
from storage.verp import verp_address

if TYPE_CHECKING:
    from intake.config import SmtpSettings
    from intake.endpoint import SmtpEndpoint

    #: The validated settings (the daemon), or their copy without pydantic (the relay process).
    Smtp = SmtpSettings | SmtpEndpoint

#: sent: accepted. unsendable: our mail cannot be sent as it is. answered: the relay refused it (code, text;
#: `rcpt` when at RCPT TO). unclear: the connection ended mid-transaction. relay_down: the relay cannot be
#: reached or refused us as a client; the rest of the batch was not tried. postponed: not tried (time budget,
#: or after relay_down).
Outcome = Literal["sent", "unsendable", "answered", "unclear", "relay_down", "postponed"]


@dataclass(frozen=True, slots=True)
class OutgoingMail:
    """What delivery needs of a claimed outbox row."""

    id: int
    kind: str
    recipient: str
    subject: str
    body: str
    message_id: str
    headers: dict[str, str]
    attempts: int
    #: Files sent along (a relayed staff answer's): {"path", "filename", "content_type"}.
    attachments: tuple[dict[str, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Delivery:
    mail_id: int
    outcome: Outcome
    code: int = 0
    text: str = ""
    rcpt: bool = False
    #: `sent` and already marked so in the database, by the relay process (intake/outbound/accepted.py).
    recorded: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def tls_context(smtp: Smtp) -> ssl.SSLContext:
    """System CAs plus the optional `ca_file`; hostname and chain always verified; one per CA file and process,
    shared with IMAP (intake/service/tls.py)."""
    return client_context(smtp.ca_file)


def attach_files(message: EmailMessage, files: Sequence[dict[str, str]]) -> None:
    """Adds the files to the built mail; a file that cannot be read makes the mail unsendable (ValueError)."""
    for file in files:
        maintype, _, subtype = file.get("content_type", "").partition("/")
        if not maintype or not subtype:
            maintype, subtype = "application", "octet-stream"
        try:
            data = Path(file["path"]).read_bytes()
        except OSError as exc:
            raise ValueError(f"attachment cannot be read ({exc.strerror})") from None
        message.add_attachment(
            data, maintype=maintype, subtype=subtype, filename=file.get("filename") or None
        )


class RelayUnavailable(Exception):
    """The relay could not be reached or refused us as a client (connect, TLS, AUTH, our envelope sender)."""


async def open_relay(smtp: Smtp) -> aiosmtplib.SMTP:
    """A connected (and, with a username, logged-in) client. Raises RelayUnavailable."""
    smtp.check_plaintext_host("smtp")
    client = aiosmtplib.SMTP(
        hostname=smtp.host,
        port=smtp.port,
        use_tls=smtp.security == "tls",
        start_tls=smtp.security == "starttls",
        tls_context=tls_context(smtp) if smtp.security != "none" else None,
        timeout=smtp.timeout_seconds,
    )
    try:
        await client.connect()
        if smtp.username:
            await client.login(smtp.username, smtp.password("smtp"))
    except (aiosmtplib.SMTPException, OSError) as exc:
        client.close()
        raise RelayUnavailable(f"{type(exc).__name__}: {exc}") from exc
    return client


def _nothing() -> None:
    return None


class Deliverer:
    """One relay connection for a batch of mail, reopened when it is lost.

    `before_each` is called before each mail is handed to the server (the relay process checks there that its
    daemon still lives, intake/outbound/relay_process.py).
    """

    def __init__(
        self,
        smtp: Smtp,
        *,
        envelope_sender: str,
        verp: bool,
        before_each: Callable[[], None] = _nothing,
    ) -> None:
        self._smtp = smtp
        self._envelope_sender = envelope_sender
        self._verp = verp
        self._before_each = before_each
        self._client: aiosmtplib.SMTP | None = None

    async def deliver_batch(
        self, batch: Sequence[OutgoingMail], *, budget_seconds: float
    ) -> AsyncIterator[Delivery]:
        """A Delivery per mail, in order. After `budget_seconds`, or once the relay is down, the rest is
        postponed untried (rows are ours only for the claim's lease)."""
        budget_end = time.monotonic() + budget_seconds
        stopped: Delivery | None = None
        for mail in batch:
            if stopped is None and time.monotonic() > budget_end:
                stopped = Delivery(mail.id, "postponed", text="time budget of the claim used up")
            if stopped is not None:
                yield Delivery(mail.id, "postponed", text=stopped.text)
                continue
            delivery = await self.deliver(mail)
            if delivery.outcome == "relay_down":
                stopped = delivery
            yield delivery

    async def deliver(self, mail: OutgoingMail) -> Delivery:
        self._before_each()
        try:
            if self._client is None or not self._client.is_connected:
                self._client = await open_relay(self._smtp)
            return await self._send(self._client, mail)
        except RelayUnavailable as exc:
            return Delivery(mail.id, "relay_down", text=str(exc))

    async def _send(self, client: aiosmtplib.SMTP, mail: OutgoingMail) -> Delivery:
        sender = verp_address(self._envelope_sender, mail.id) if self._verp else self._envelope_sender
        try:
            message = build_email(
                recipient=mail.recipient,
                subject=mail.subject,
                body=mail.body,
                message_id=mail.message_id,
                headers=mail.headers,
            )
            attach_files(message, mail.attachments)
            await client.send_message(message, sender=sender, recipients=[mail.recipient])
        except (UnsafeHeader, ValueError, aiosmtplib.SMTPNotSupported) as exc:
            return Delivery(mail.id, "unsendable", text=f"not sendable: {exc}")
        except aiosmtplib.SMTPSenderRefused as exc:
            # Our own envelope sender refused: a relay setting (e.g. no plus-addresses for VERP), not this mail.
            raise RelayUnavailable(f"{exc.code} envelope sender refused: {exc.message}") from exc
        except aiosmtplib.SMTPRecipientsRefused as exc:
            refused = exc.recipients[0]
            return Delivery(mail.id, "answered", refused.code, refused.message, rcpt=True)
        except aiosmtplib.SMTPResponseException as exc:
            return Delivery(mail.id, "answered", exc.code, exc.message)
        except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, OSError) as exc:
            # The connection ended mid-transaction: maybe after the final "." was accepted. Same Message-ID again.
            client.close()
            return Delivery(
                mail.id, "unclear", text=f"connection lost during delivery, outcome unclear: {exc}"
            )
        return Delivery(mail.id, "sent")

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None and client.is_connected:
            try:
                await client.quit()
            except (TimeoutError, aiosmtplib.SMTPException, OSError):
                client.close()
