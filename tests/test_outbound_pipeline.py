"""Sample mails through the whole pipeline (parse, route, compose, outbox) and out through a real relay."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from intake.daemon.ingest import ingest_bytes
from intake.outbound.sender import drain_outbox
from intake.outbound.verp import outbox_id_from_verp
from storage import models, outbox
from storage.database import Database
from tests.fixtures.outbound_data import STAFF, settings_for
from tests.fixtures.smtp import SmtpSink

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
RECEIVED = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


async def ingest(database: Database, name: str, uid: int, sink: SmtpSink) -> None:
    raw = (SAMPLES / name).read_bytes()
    result = await ingest_bytes(
        database,
        raw,
        mailbox="INBOX",
        uidvalidity=1,
        uid=uid,
        received_at=RECEIVED,
        settings=settings_for(sink),
        now=RECEIVED,
    )
    assert result.state in ("done", "duplicate"), result.error


async def test_web_form_mail_is_acknowledged_at_reply_to_and_staff_are_told(
    database: Database, smtp_sink: SmtpSink
) -> None:
    await ingest(database, "nl-webform-relay-reply-to.eml", 1, smtp_sink)
    await ingest(database, "nl-webform-relay-reply-to.eml", 2, smtp_sink)  # the same bytes again: one message
    assert await drain_outbox(database, settings_for(smtp_sink), now=RECEIVED) == 2
    by_rcpt = {d.rcpt_tos[0]: d.message for d in smtp_sink.deliveries}
    assert sorted(by_rcpt) == ["jan.devries@example.nl", STAFF]
    ack = by_rcpt["jan.devries@example.nl"]
    ref = str(ack["Subject"]).split("]")[0].lstrip("[")
    assert str(ack["Subject"]) == f"[{ref}] Contactformulier: Robot start niet op"
    assert ack["In-Reply-To"] == "<form.8841.1732440801@www.tinybots.nl>"
    assert str(ack["Message-ID"]).startswith(f"<{ref}.ack.")
    staff = by_rcpt[STAFF].get_content()
    assert "Jan de Vries" in staff and "30152" in staff and "+31613579246" in staff


async def test_out_of_office_reply_gets_no_acknowledgement(database: Database, smtp_sink: SmtpSink) -> None:
    await ingest(database, "nl-ooo-automatisch-antwoord.eml", 1, smtp_sink)
    await drain_outbox(database, settings_for(smtp_sink), now=RECEIVED)
    assert [d.rcpt_tos for d in smtp_sink.deliveries if "gemeente" in d.rcpt_tos[0]] == []


async def test_english_erasure_request_is_acknowledged_with_its_deadline_and_the_officer_told(
    database: Database, smtp_sink: SmtpSink
) -> None:
    await ingest(database, "en-erasure-right-to-be-forgotten.eml", 1, smtp_sink)
    await drain_outbox(database, settings_for(smtp_sink), now=RECEIVED)
    by_rcpt = {d.rcpt_tos[0]: d.message for d in smtp_sink.deliveries}
    assert sorted(by_rcpt) == ["ben.carter@example.com", "privacy@tinybots.nl", STAFF]
    ack = by_rcpt["ben.carter@example.com"].get_content()
    # received Tuesday 24 November 2026: 28 days (the statement's four weeks) is earlier than one month
    assert "no later than Tuesday 22 December 2026" in ack
    assert "erasure of your data" in ack and "copy of a valid identity document" in ack
    officer = by_rcpt["privacy@tinybots.nl"].get_content()
    assert "erasure" in officer and "dinsdag 22 december 2026" in officer


def delivery_report(*, to: str, original_message_id: str, recipient: str) -> bytes:
    """A Postfix-style DSN (RFC 3464) about one of our mails, as it arrives in the help mailbox."""
    return (
        "From: MAILER-DAEMON@mail.example.nl (Mail Delivery System)\r\n"
        f"To: {to}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Message-ID: <dsn.1@mail.example.nl>\r\n"
        "Date: Tue, 24 Nov 2026 10:35:00 +0100\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="BND"\r\n\r\n'
        "--BND\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        f"I'm sorry to have to inform you that your message could not be delivered.\r\n<{recipient}>: 550 5.1.1 "
        "user unknown\r\n\r\n"
        "--BND\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mail.example.nl\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n"
        "--BND\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: help@tinybots.nl\r\nTo: {recipient}\r\nSubject: [TB-000001] Robot\r\n"
        f"Message-ID: {original_message_id}\r\n\r\n"
        "--BND--\r\n"
    ).encode()


async def test_delivery_report_of_our_ack_fails_its_row_flags_ticket_and_customer_and_opens_no_ticket(
    database: Database, smtp_sink: SmtpSink
) -> None:
    await ingest(database, "nl-webform-relay-reply-to.eml", 1, smtp_sink)
    await drain_outbox(database, settings_for(smtp_sink), now=RECEIVED)
    ack = next(d for d in smtp_sink.deliveries if d.rcpt_tos == ("jan.devries@example.nl",))
    report = delivery_report(
        to=ack.mail_from,
        original_message_id=str(ack.message["Message-ID"]),
        recipient="jan.devries@example.nl",
    )
    result = await ingest_bytes(
        database,
        report,
        mailbox="INBOX",
        uidvalidity=1,
        uid=9,
        received_at=RECEIVED,
        settings=settings_for(smtp_sink),
        now=RECEIVED,
    )
    assert result.state == "done" and result.outcome is not None
    assert not result.outcome.ticket_created and result.outcome.reason == "automatic_attached"
    async with database.session() as s:
        row = await outbox.find_by_message_id(s, str(ack.message["Message-ID"]))
        assert row is not None and row.state == "failed" and row.id == outbox_id_from_verp(ack.mail_from)
        ticket = await s.get(models.Ticket, row.ticket_id)
        assert ticket is not None and ticket.delivery_failed
        customer = await s.get(models.Customer, ticket.customer_id)
        assert customer is not None and customer.bounced_hard
        tickets = (await s.execute(select(func.count()).select_from(models.Ticket))).scalar_one()
    assert tickets == 1
    # and no acknowledgement goes out for the report, nor to the address that bounced
    assert await drain_outbox(database, settings_for(smtp_sink), now=RECEIVED) == 0
