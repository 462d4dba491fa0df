"""The ticket lifecycle driven by staff mail and the clock, the privacy officer's mail commands, and a relayed
answer that bounces (issue 12). Real SMTP (aiosmtpd), SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from intake.staffdesk.auto_close import close_stale_tickets
from storage import models
from storage.database import Database
from tests.fixtures.outbound_data import PRIVACY, STAFF
from tests.fixtures.smtp import SmtpSink
from tests.staff_mail import (
    AGENT,
    ANSWER,
    CUSTOMER,
    OFFICER,
    RECEIVED,
    Desk,
    agent_reply,
    customer_mail,
    staff_settings,
)
from tests.test_outbound_pipeline import delivery_report
from tests.test_staff_answers import opened_ticket, ticket_row

ERASURE = "Goedemorgen,\n\nIk wil dat u al mijn gegevens verwijdert.\n\nWilhelmina Oranje\n"


async def test_pending_ticket_closes_by_itself_after_the_configured_days(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    settings = staff_settings(smtp_sink, tmp_path, auto_close_days=14)
    desk = Desk(database, smtp_sink, settings)
    ref, notification = await opened_ticket(desk)
    await desk.receive(agent_reply(notification))
    await desk.sent()
    assert await close_stale_tickets(database, settings, now=RECEIVED + timedelta(days=13)) == 0
    assert (await ticket_row(database, ref)).status == "pending"
    assert await close_stale_tickets(database, settings, now=RECEIVED + timedelta(days=14)) == 1
    assert (await ticket_row(database, ref)).status == "closed"
    assert await desk.sent(at=RECEIVED + timedelta(days=14)) == []  # the customer is not told by default


async def test_auto_close_tells_the_customer_only_when_configured(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    settings = staff_settings(smtp_sink, tmp_path, notify_customer_on_auto_close=True)
    desk = Desk(database, smtp_sink, settings)
    ref, notification = await opened_ticket(desk)
    await desk.receive(agent_reply(notification))
    await desk.sent()
    later = RECEIVED + timedelta(days=15)
    await close_stale_tickets(database, settings, now=later)
    told = await desk.sent(at=later)
    assert [to for to, _ in told] == [CUSTOMER]
    assert told[0][1]["Auto-Submitted"] == "auto-generated" and ref in str(told[0][1]["Subject"])


async def test_an_auto_reply_never_reopens_a_closed_ticket(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    ref, notification = await opened_ticket(desk)
    await desk.receive(agent_reply(notification, "#close\n" + ANSWER))
    answer = (await desk.sent())[0][1]
    out_of_office = customer_mail(
        message_id="<ooo@example.nl>",
        subject="Automatisch antwoord: " + str(answer["Subject"]),
        in_reply_to=str(answer["Message-ID"]),
        text="Ik ben afwezig tot maandag.",
    ).replace(b"Subject:", b"Auto-Submitted: auto-replied\nSubject:", 1)
    await desk.receive(out_of_office)
    assert (await ticket_row(database, ref)).status == "closed"


async def test_privacy_officer_closes_a_rights_request_by_mail_and_the_audit_log_names_her(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    result = await desk.receive(customer_mail(subject="Gegevens verwijderen", text=ERASURE))
    assert result.outcome is not None and result.outcome.rights_request_id is not None
    notice = next(m for to, m in await desk.sent() if to == PRIVACY)
    await desk.receive(
        agent_reply(notice, "#done alle gegevens gewist", sender=OFFICER, name="Fatima El Amrani")
    )
    assert await desk.sent() == []
    async with database.session() as s:
        request = await s.get(models.RightsRequest, result.outcome.rights_request_id)
        event = (
            await s.execute(
                select(models.AuditEvent).where(models.AuditEvent.action == "rights_request_closed")
            )
        ).scalar_one()
    assert request is not None and (request.status, request.outcome) == ("closed", "done")
    assert event.actor == OFFICER and event.details["reason"] == "alle gegevens gewist"


async def test_an_agent_may_not_use_the_privacy_officers_commands(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    result = await desk.receive(customer_mail(subject="Gegevens verwijderen", text=ERASURE))
    assert result.outcome is not None
    notice = next(m for to, m in await desk.sent() if to == STAFF)
    await desk.receive(agent_reply(notice, "#refused geen zin"))
    assert [to for to, _ in await desk.sent()] == [AGENT]
    async with database.session() as s:
        request = await s.get(models.RightsRequest, result.outcome.rights_request_id)
    assert request is not None and request.status == "open"


async def test_relayed_answer_that_bounces_is_recorded_on_the_ticket_and_the_agent_told(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    ref, notification = await opened_ticket(desk)
    await desk.receive(agent_reply(notification))
    await desk.sent()
    answer = next(
        d for d in smtp_sink.deliveries if d.rcpt_tos == (CUSTOMER,) and "Re:" in str(d.message["Subject"])
    )
    await desk.receive(
        delivery_report(
            to=answer.mail_from, original_message_id=str(answer.message["Message-ID"]), recipient=CUSTOMER
        )
    )
    told = await desk.sent()
    assert [to for to, _ in told] == [AGENT]
    assert ref in str(told[0][1]["Subject"]) and "5.1.1" in told[0][1].get_content()
    ticket = await ticket_row(database, ref)
    assert ticket.delivery_failed
    async with database.session() as s:
        actions = (
            (
                await s.execute(
                    select(models.AuditEvent.action).where(models.AuditEvent.entity_id == ticket.id)
                )
            )
            .scalars()
            .all()
        )
    assert "staff_answer_bounced" in actions


async def test_privacy_officer_verifies_and_extends_by_mail_and_a_refused_extension_changes_nothing(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    result = await desk.receive(customer_mail(subject="Gegevens verwijderen", text=ERASURE))
    assert result.outcome is not None and result.outcome.rights_request_id is not None
    notice = next(m for to, m in await desk.sent() if to == PRIVACY)
    officer = {"sender": OFFICER, "name": "Fatima El Amrani"}
    await desk.receive(agent_reply(notice, "#verified\n#extend 2 veel systemen te doorzoeken", **officer))
    assert await desk.sent() == []
    async with database.session() as s:
        request = await s.get(models.RightsRequest, result.outcome.rights_request_id)
        assert request is not None
        extended = request.extended_due_date
        assert request.identity_verified_at is not None and request.extension_months == 2
    await desk.receive(agent_reply(notice, "#extend 1 nog meer", message_id="<a9@tinybots.nl>", **officer))
    refusal = await desk.sent()
    assert [to for to, _ in refusal] == [OFFICER] and "three months" in refusal[0][1].get_content()
    async with database.session() as s:
        request = await s.get(models.RightsRequest, result.outcome.rights_request_id)
        query = (
            select(models.AuditEvent.actor, models.AuditEvent.action)
            .where(models.AuditEvent.entity == "rights_request", models.AuditEvent.actor != "daemon")
            .order_by(models.AuditEvent.id)
        )
        actors = (await s.execute(query)).all()
    assert request is not None and (request.extension_months, request.extended_due_date) == (2, extended)
    assert [tuple(a) for a in actors] == [
        (OFFICER, "rights_request_verified"),
        (OFFICER, "rights_request_extended"),
    ]


async def test_without_staff_configured_mail_from_an_agent_stays_a_customers(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    settings = staff_settings(smtp_sink, tmp_path)
    desk = Desk(database, smtp_sink, settings.model_copy(update={"staff": type(settings.staff)()}))
    _, notification = await opened_ticket(desk)
    result = await desk.receive(agent_reply(notification))
    assert result.outcome is not None and result.outcome.reason == "in_reply_to"
    assert CUSTOMER not in [to for to, _ in await desk.sent()]


async def test_relayed_answer_refused_by_the_relay_is_shown_on_the_ticket(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    ref, notification = await opened_ticket(desk)
    await desk.receive(agent_reply(notification))
    smtp_sink.handler.rcpt_reply = "550 5.1.1 no such user"
    assert await desk.sent() == []
    assert (await ticket_row(database, ref)).delivery_failed
    # no bounce comes for a mail the relay refused: the daemon's periodic staff job tells the agent, once
    smtp_sink.handler.rcpt_reply = None
    for _ in range(2):
        await close_stale_tickets(database, desk.settings, now=RECEIVED)
    told = [(to, msg) for to, msg in await desk.sent() if "TB-" in str(msg["Subject"])]
    assert [to for to, _ in told] == [AGENT]
