"""Staff answer tickets by mail (issue 12): an agent's answer reaches the customer, the customer's reply comes
back, and a mail that only claims to be from staff does nothing. Real SMTP (aiosmtpd), SQLite and PostgreSQL."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.config import ConfigError, parse_settings
from storage import models
from storage.database import Database
from tests.fixtures.outbound_data import HELP, STAFF
from tests.fixtures.smtp import SmtpSink
from tests.staff_mail import (
    AGENT,
    ANSWER,
    AUTHSERV,
    CUSTOMER,
    OFFICER,
    PASS,
    Desk,
    agent_reply,
    customer_mail,
    staff_settings,
)


async def opened_ticket(desk: Desk) -> tuple[str, EmailMessage]:
    """A customer writes in; returns the ticket ref and the notification staff received."""
    result = await desk.receive(customer_mail())
    assert result.outcome is not None and result.outcome.ticket_ref is not None
    notification = next(m for to, m in await desk.sent() if to == STAFF)
    return result.outcome.ticket_ref, notification


async def ticket_row(database: Database, ref: str) -> models.Ticket:
    async with database.session() as s:
        ticket = (await s.execute(select(models.Ticket).where(models.Ticket.ref == ref))).scalar_one()
    return ticket


async def test_agent_reply_to_a_notification_reaches_the_customer_from_help_threaded_and_pends_the_ticket(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    ref, notification = await opened_ticket(desk)
    result = await desk.receive(agent_reply(notification))
    assert result.outcome is not None and result.outcome.ticket_ref == ref
    sent = await desk.sent()
    assert [to for to, _ in sent] == [CUSTOMER]
    answer = sent[0][1]
    assert answer["From"].addresses[0].addr_spec == HELP
    assert "Jan Visser" in str(answer["From"])
    assert str(answer["Subject"]) == f"Re: [{ref}] Robot 10234 piept de hele nacht"
    assert answer["In-Reply-To"] == "<c1@example.nl>"
    assert "<c1@example.nl>" in str(answer["References"])
    assert answer["Auto-Submitted"] is None and answer["X-Auto-Response-Suppress"] is None
    body = answer.get_content()
    assert ANSWER.splitlines()[0] in body and "Jan Visser" in body
    assert "Nieuw ticket" not in body and "> " not in body  # the quoted notification is not sent
    ticket = await ticket_row(database, ref)
    assert ticket.status == "pending"
    async with database.session() as s:
        customers = (await s.execute(select(models.Customer.email))).scalars().all()
        people = (await s.execute(select(models.Participant.email))).scalars().all()
        stored = (
            await s.execute(select(models.Message).where(models.Message.from_address == AGENT))
        ).scalar_one()
    assert AGENT not in customers and AGENT not in people
    assert (stored.direction, stored.classification, stored.route_reason) == ("out", "staff", "staff_answer")
    assert stored.from_name == "Jan Visser"


async def test_customer_reply_to_the_answer_threads_back_reopens_and_tells_staff_only_the_new_text(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    ref, notification = await opened_ticket(desk)
    await desk.receive(agent_reply(notification))
    answer = (await desk.sent())[0][1]
    reply = customer_mail(
        message_id="<c2@example.nl>",
        subject=f"Re: {answer['Subject']}",
        in_reply_to=str(answer["Message-ID"]),
        text="Dat heeft geholpen, dank u wel!\n\n> " + ANSWER.replace("\n", "\n> ") + "\n",
    )
    result = await desk.receive(reply)
    assert result.outcome is not None
    assert (result.outcome.ticket_ref, result.outcome.reason) == (ref, "in_reply_to")
    assert (await ticket_row(database, ref)).status == "open"
    told = await desk.sent()
    assert [to for to, _ in told] == [STAFF]  # no acknowledgement for a follow-up, staff told
    text = told[0][1].get_content()
    assert "Dat heeft geholpen" in text and "tien seconden" not in text


async def test_mail_claiming_a_staff_from_without_authentication_is_neither_relayed_nor_obeyed(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    ref, notification = await opened_ticket(desk)
    await desk.receive(
        agent_reply(notification, "#close\nU krijgt uw geld terug, klik hier.", auth_results=())
    )
    sent = await desk.sent()
    assert [to for to, _ in sent] == [STAFF]  # the staff list is warned; the customer gets nothing
    assert "Waarschuwing" in str(sent[0][1]["Subject"])
    ticket = await ticket_row(database, ref)
    assert ticket.status == "open"
    async with database.session() as s:
        kept = (
            await s.execute(select(models.Message).where(models.Message.from_address == AGENT))
        ).scalar_one()
    assert (kept.ticket_id, kept.route_reason) == (ticket.id, "staff_unverified")
    # a second forgery on the same ticket: still nothing sent, and the warning is not repeated
    await desk.receive(agent_reply(notification, "Nog een poging.", auth_results=(), message_id="<a2@x.nl>"))
    assert await desk.sent() == []


async def test_authentication_results_of_another_server_or_below_one_are_not_trusted(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    _, notification = await opened_ticket(desk)
    foreign = PASS.replace(AUTHSERV, "mx.attacker.example")
    await desk.receive(agent_reply(notification, auth_results=(foreign,), message_id="<f1@x.nl>"))
    # a header with our id that the sender wrote himself sits below the header of a server on the way
    await desk.receive(agent_reply(notification, auth_results=(foreign, PASS), message_id="<f2@x.nl>"))
    failing = f"{AUTHSERV}; dkim=pass header.d=tinybots.nl; dmarc=fail header.from=tinybots.nl"
    await desk.receive(agent_reply(notification, auth_results=(failing,), message_id="<f3@x.nl>"))
    assert CUSTOMER not in [to for to, _ in await desk.sent()]


async def test_note_is_kept_on_the_ticket_and_never_sent(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    ref, notification = await opened_ticket(desk)
    await desk.receive(
        agent_reply(notification, "#note\nKlant belt vaker over dit model; reserveonderdeel besteld.")
    )
    assert await desk.sent() == []
    async with database.session() as s:
        note = (
            await s.execute(select(models.Message).where(models.Message.from_address == AGENT))
        ).scalar_one()
    assert note.route_reason == "staff_note" and "reserveonderdeel" in note.text
    assert (await ticket_row(database, ref)).status == "open"


async def test_close_closes_and_a_later_customer_mail_reopens(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    ref, notification = await opened_ticket(desk)
    await desk.receive(agent_reply(notification, "#close\n" + ANSWER))
    assert [to for to, _ in await desk.sent()] == [CUSTOMER]  # answered, then closed
    assert (await ticket_row(database, ref)).status == "closed"
    await desk.receive(
        customer_mail(message_id="<c3@example.nl>", subject=f"Re: [{ref}] Robot", text="Hij piept weer.")
    )
    assert (await ticket_row(database, ref)).status == "open"
    async with database.session() as s:
        changes = (
            await s.execute(
                select(models.AuditEvent.actor, models.AuditEvent.details)
                .where(models.AuditEvent.action == "ticket_status")
                .order_by(models.AuditEvent.id)
            )
        ).all()
    assert [(actor, d["after"]) for actor, d in changes] == [
        (AGENT, "pending"),
        (AGENT, "closed"),
        ("daemon", "open"),
    ]


async def test_unknown_command_is_answered_to_the_agent_only(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    ref, notification = await opened_ticket(desk)
    await desk.receive(agent_reply(notification, "#sluiten\n" + ANSWER))
    sent = await desk.sent()
    assert [to for to, _ in sent] == [AGENT]
    assert "#sluiten" in sent[0][1].get_content()
    assert (await ticket_row(database, ref)).status == "open"


async def test_a_command_from_a_customer_is_just_text(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    ref, _ = await opened_ticket(desk)
    await desk.receive(
        customer_mail(message_id="<c4@example.nl>", subject=f"Re: [{ref}] x", text="#close\n#assign Jan")
    )
    ticket = await ticket_row(database, ref)
    assert (ticket.status, ticket.assignee) == ("open", None)


async def test_assign_sends_later_customer_mail_to_that_agent(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    ref, notification = await opened_ticket(desk)
    await desk.receive(agent_reply(notification, "#assign Jan Visser"))
    assert await desk.sent() == []
    assert (await ticket_row(database, ref)).assignee == AGENT
    await desk.receive(
        customer_mail(message_id="<c5@example.nl>", subject=f"Re: [{ref}] x", text="Nog iets.")
    )
    assert [to for to, _ in await desk.sent()] == [AGENT]


async def test_token_mode_accepts_an_answer_to_a_notification_and_refuses_a_guess(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    secret = tmp_path / "staff-token"
    secret.write_text("0123456789abcdef0123456789abcdef\n")
    settings = staff_settings(smtp_sink, tmp_path, auth="token", token_secret_file=str(secret))
    desk = Desk(database, smtp_sink, settings)
    ref, notification = await opened_ticket(desk)
    assert f"+{ref}." in str(notification["Reply-To"])
    # a forger who knows the ticket ref but not the token
    forged = EmailMessage()
    forged["Subject"] = f"[{ref}] x"
    forged["Message-ID"] = f"<{ref}.staff.00.0000000000aaaaaaaaaa@tinybots.nl>"
    forged["Reply-To"] = HELP
    forged.set_content("x")
    await desk.receive(agent_reply(forged, auth_results=(), message_id="<t1@x.nl>"))
    assert CUSTOMER not in [to for to, _ in await desk.sent()]
    await desk.receive(agent_reply(notification, auth_results=(), message_id="<t2@x.nl>"))
    assert [to for to, _ in await desk.sent()] == [CUSTOMER]


async def test_answer_goes_only_to_people_on_the_ticket(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    _, notification = await opened_ticket(desk)
    await desk.receive(agent_reply(notification, to=f"{HELP}, stranger@example.org"))
    assert [to for to, _ in await desk.sent()] == [CUSTOMER]


async def test_attachments_of_the_answer_are_sent_along(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    _, notification = await opened_ticket(desk)
    await desk.receive(agent_reply(notification, attachment=("handleiding.pdf", b"%PDF-1.4 handleiding")))
    answer = (await desk.sent())[0][1]
    files = [(p.get_filename(), p.get_content()) for p in answer.iter_attachments()]
    assert files == [("handleiding.pdf", b"%PDF-1.4 handleiding")]


def test_staff_settings_without_a_proof_are_refused_naming_the_key() -> None:
    with pytest.raises(ConfigError, match=r"\[staff\] authserv_id: missing"):
        parse_settings({"staff": {"addresses": [AGENT]}})
    with pytest.raises(ConfigError, match=r"\[staff\] token_secret_file: missing"):
        parse_settings({"staff": {"addresses": [AGENT], "auth": "token"}})
    staff = parse_settings(
        {
            "staff": {
                "addresses": [{"address": "Jan.Visser@Tinybots.nl", "role": "admin"}, OFFICER],
                "authserv_id": AUTHSERV,
            }
        }
    ).staff
    assert [(m.address, m.role) for m in staff.members()] == [(AGENT, "admin"), (OFFICER, "agent")]


async def test_a_restricted_customer_gets_no_answer_and_the_agent_is_told(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    _, notification = await opened_ticket(desk)
    async with database.session() as s:
        customer = (await s.execute(select(models.Customer))).scalar_one()
        customer.restricted = True
        await s.commit()
    await desk.receive(agent_reply(notification))
    sent = await desk.sent()
    assert [to for to, _ in sent] == [AGENT] and "restricted" in sent[0][1].get_content()


async def test_a_fresh_staff_mail_with_the_ticket_tag_is_an_answer_too(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    ref, _ = await opened_ticket(desk)
    fresh = EmailMessage()
    fresh["Subject"] = f"[{ref}] Uw robot"
    fresh["Message-ID"] = "<unrelated@tinybots.nl>"
    fresh.set_content("")
    mail = agent_reply(fresh, "Goed nieuws: het onderdeel is binnen.")
    mail = mail.replace(b"In-Reply-To: <unrelated@tinybots.nl>\n", b"").replace(
        b"References: <unrelated@tinybots.nl>\n", b""
    )
    assert b"unrelated@" not in mail.split(b"\n\n", 1)[0].replace(b"Message-ID: <a1@", b"")
    result = await desk.receive(mail)  # only the tag in the subject names the ticket
    assert result.outcome is not None and result.outcome.ticket_ref == ref
    sent = await desk.sent()
    assert [to for to, _ in sent] == [CUSTOMER] and "onderdeel is binnen" in sent[0][1].get_content()


async def test_an_agents_out_of_office_reply_does_nothing(
    database: Database, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    desk = Desk(database, smtp_sink, staff_settings(smtp_sink, tmp_path))
    ref, notification = await opened_ticket(desk)
    away = agent_reply(notification, "Ik ben afwezig tot maandag.").replace(
        b"Subject:", b"Auto-Submitted: auto-replied\nSubject:", 1
    )
    await desk.receive(away)
    assert await desk.sent() == []
    assert (await ticket_row(database, ref)).status == "open"
