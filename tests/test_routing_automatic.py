"""Automatic mail never opens a ticket; a bounce of our acknowledgement is recorded on its ticket (both backends)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from parsers import BounceReport, Classification, Found
from parsers import Customer as ParsedCustomer
from storage import outbox
from storage.database import Database
from storage.models import AuditEvent, Customer, CustomerRobotId, Message, OutboxMail, Ticket
from tests.routing_mail import parsed_mail
from tests.test_routing import ack_for, deliver


async def test_out_of_office_reply_to_our_ack_is_attached_without_a_new_ticket(
    database: Database, tmp_path: Path
) -> None:
    async with database.session() as s:
        first = await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        await outbox.enqueue(s, [ack_for(first, "<ack-1@tinybots.nl>")])
        await s.commit()
        auto = await deliver(
            s,
            parsed_mail(
                message_id="<ooo@example.nl>",
                subject="Afwezig: [TB-000001] ontvangen",
                in_reply_to=("<ack-1@tinybots.nl>",),
                classification=Classification.AUTO_REPLY,
            ),
            tmp_path,
        )
        tickets = await s.scalar(select(func.count()).select_from(Ticket))
    assert (auto.reason, auto.ticket_id, auto.ticket_created) == (
        "automatic_attached",
        first.ticket_id,
        False,
    )
    assert tickets == 1


async def test_auto_reply_referring_to_nothing_is_kept_unticketed(database: Database, tmp_path: Path) -> None:
    async with database.session() as s:
        auto = await deliver(
            s,
            parsed_mail(
                message_id="<ooo@example.nl>",
                subject="Out of office",
                classification=Classification.AUTO_REPLY,
            ),
            tmp_path,
        )
        row = await s.get_one(Message, auto.message_row_id)
        tickets = await s.scalar(select(func.count()).select_from(Ticket))
        customers = await s.scalar(select(func.count()).select_from(Customer))
    assert (auto.reason, auto.ticket_id, row.ticket_id, row.classification) == (
        "automatic_unticketed",
        None,
        None,
        "auto_reply",
    )
    assert (tickets, customers) == (0, 0)


async def test_bulk_mail_stays_unticketed_even_with_a_ticket_ref(database: Database, tmp_path: Path) -> None:
    async with database.session() as s:
        await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        bulk = await deliver(
            s,
            parsed_mail(
                message_id="<news@example.nl>",
                subject="Nieuwsbrief TB-000001",
                ticket_ref="TB-000001",
                classification=Classification.BULK,
            ),
            tmp_path,
        )
    assert (bulk.reason, bulk.ticket_id) == ("automatic_unticketed", None)


async def test_permanent_bounce_of_our_ack_marks_it_failed_and_flags_ticket_and_customer(
    database: Database, tmp_path: Path
) -> None:
    async with database.session() as s:
        first = await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        (ack_id,) = await outbox.enqueue(s, [ack_for(first, "<ack-1@tinybots.nl>")])
        await s.commit()
        bounce = await deliver(
            s,
            parsed_mail(
                message_id="<dsn-1@mx.example.nl>",
                from_address="mailer-daemon@mx.example.nl",
                subject="Undelivered Mail Returned to Sender",
                classification=Classification.BOUNCE,
                bounce=BounceReport(
                    "<ack-1@tinybots.nl>", ("jan@example.nl",), permanent=True, status="5.1.1"
                ),
            ),
            tmp_path,
        )
        ack = await s.get_one(OutboxMail, ack_id)
        ticket = await s.get_one(Ticket, first.ticket_id)
        customer = await s.get_one(Customer, first.customer_id)
        tickets = await s.scalar(select(func.count()).select_from(Ticket))
    assert (bounce.reason, bounce.ticket_id, bounce.bounced_outbox_id) == (
        "automatic_attached",
        first.ticket_id,
        ack_id,
    )
    assert (ack.state, ack.last_error) == ("failed", "bounced: 5.1.1")
    assert (ticket.delivery_failed, customer.bounced_hard, tickets) == (True, True, 1)


async def test_bounce_naming_no_message_id_is_matched_by_its_verp_address(
    database: Database, tmp_path: Path
) -> None:
    async with database.session() as s:
        first = await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        (ack_id,) = await outbox.enqueue(s, [ack_for(first, "<ack-1@tinybots.nl>")])
        await s.commit()
        bounce = await deliver(
            s,
            parsed_mail(
                message_id="<dsn-3@mx.example.nl>",
                from_address="mailer-daemon@mx.example.nl",
                to=(outbox.verp_address("help@tinybots.nl", ack_id),),
                classification=Classification.BOUNCE,
                bounce=BounceReport(None, ("jan@example.nl",), permanent=True, status="5.1.1"),
            ),
            tmp_path,
        )
        stranger = await deliver(
            s,
            parsed_mail(
                message_id="<dsn-4@mx.example.nl>",
                from_address="mailer-daemon@mx.example.nl",
                to=(f"someone+bounce-{ack_id}@example.nl",),
                classification=Classification.BOUNCE,
                bounce=BounceReport(None, (), permanent=True, status="5.1.1"),
            ),
            tmp_path,
        )
    assert (bounce.reason, bounce.bounced_outbox_id, bounce.ticket_ref) == (
        "automatic_attached",
        ack_id,
        "TB-000001",
    )
    assert (stranger.reason, stranger.bounced_outbox_id) == ("automatic_unticketed", None)


async def test_delayed_delivery_report_keeps_the_mail_and_is_audited_on_the_ticket(
    database: Database, tmp_path: Path
) -> None:
    async with database.session() as s:
        first = await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        (ack_id,) = await outbox.enqueue(s, [ack_for(first, "<ack-1@tinybots.nl>")])
        await s.commit()
        delay = await deliver(
            s,
            parsed_mail(
                message_id="<dsn-2@mx.example.nl>",
                from_address="mailer-daemon@mx.example.nl",
                in_reply_to=("<ack-1@tinybots.nl>",),
                classification=Classification.BOUNCE,
                bounce=BounceReport(None, ("jan@example.nl",), permanent=False, status="4.4.1"),
            ),
            tmp_path,
        )
        customer = await s.get_one(Customer, first.customer_id)
        ack = await s.get_one(OutboxMail, ack_id)
        ticket = await s.get_one(Ticket, first.ticket_id)
        audited = (
            await s.execute(
                select(AuditEvent.entity, AuditEvent.entity_id, AuditEvent.details).where(
                    AuditEvent.action == "delivery_delayed"
                )
            )
        ).all()
    assert (delay.reason, delay.ticket_id, delay.bounced_outbox_id) == (
        "automatic_attached",
        first.ticket_id,
        None,
    )
    assert (ack.state, ack.last_error, ack.attempts) == ("pending", None, 0)
    assert (customer.bounced_hard, ticket.delivery_failed) == (False, False)
    assert audited == [
        ("ticket", first.ticket_id, {"outbox_id": ack_id, "kind": "ack_ticket", "status": "4.4.1"})
    ]


async def test_staff_mail_about_no_ticket_is_kept_unticketed(database: Database, tmp_path: Path) -> None:
    async with database.session() as s:
        staff = await deliver(
            s,
            parsed_mail(
                message_id="<staff-2@tinybots.nl>",
                from_address="help@tinybots.nl",
                subject="intern overleg",
                classification=Classification.STAFF,
            ),
            tmp_path,
        )
    assert (staff.reason, staff.ticket_id) == ("staff_unticketed", None)


async def test_automatic_mail_never_creates_or_changes_a_customer(database: Database, tmp_path: Path) -> None:
    """A bounce names the failed recipient, an auto-reply or bulk mail a machine: none of it is a person's word."""
    async with database.session() as s:
        first = await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        await outbox.enqueue(s, [ack_for(first, "<ack-1@tinybots.nl>")])
        await s.commit()
        before = (await s.execute(select(Customer.email, Customer.name, Customer.phone))).all()
        as_parsed = {
            Classification.BOUNCE: ParsedCustomer(
                name=Found("Mail Delivery System", "header"),
                email=Found("jan@example.nl", "body"),
                phone=Found("0612345678", "body"),
            ),
            Classification.AUTO_REPLY: ParsedCustomer(
                name=Found("Afwezigheidsassistent", "header"), email=Found("jan@example.nl", "header")
            ),
            Classification.BULK: ParsedCustomer(
                name=Found("Nieuwsbrief", "header"), email=Found("news@shop.example", "header")
            ),
        }
        outcomes = [
            await deliver(
                s,
                parsed_mail(
                    message_id=f"<auto-{n}@example.nl>",
                    from_address=str(customer.email.value if customer.email else ""),
                    in_reply_to=("<ack-1@tinybots.nl>",),
                    classification=classification,
                    customer=customer,
                    bounce=BounceReport("<ack-1@tinybots.nl>", ("jan@example.nl",), True, "5.1.1")
                    if classification == Classification.BOUNCE
                    else None,
                ),
                tmp_path,
            )
            for n, (classification, customer) in enumerate(as_parsed.items())
        ]
        after = (await s.execute(select(Customer.email, Customer.name, Customer.phone))).all()
        robot_ids = await s.scalar(select(func.count()).select_from(CustomerRobotId))
    assert [o.reason for o in outcomes] == [
        "automatic_attached",
        "automatic_attached",
        "automatic_unticketed",
    ]
    assert after == before == [("jan@example.nl", "Jan de Vries", None)]
    assert robot_ids == 0
