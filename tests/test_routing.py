"""Threading and the rights queue (design §3.4, §3.6), on SQLite and PostgreSQL, with real databases."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from parsers import Attachment, Classification, Customer, Found, ParsedMessage, Right
from storage import outbox, spool
from storage.database import Database
from storage.models import Attachment as AttachmentRow
from storage.models import AuditEvent, CustomerRobotId, Message, Participant, RightsRequest, Ticket
from storage.models import Customer as CustomerRow
from storage.outcome import NewOutboxMail, RouteOutcome
from storage.rights_queue import list_requests
from storage.routing import RoutingConfig, duplicate_outcome, route
from storage.ticket_views import list_tickets, show_ticket
from tests.routing_mail import parsed_mail

RECEIVED = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)


def config(tmp_path: Path) -> RoutingConfig:
    return RoutingConfig(files_dir=tmp_path / "files", own_addresses=("help@tinybots.nl",))


async def deliver(
    session: AsyncSession, parsed: ParsedMessage, tmp_path: Path, *, received_at: datetime = RECEIVED
) -> RouteOutcome:
    """Spools a stand-in for the raw bytes and routes the parsed mail, as the pipeline does."""
    spooled = await spool.spool_message(
        session,
        parsed.message_id.encode() + received_at.isoformat().encode(),
        mailbox="INBOX",
        uidvalidity=1,
        uid=abs(hash(parsed.message_id)) % 10**9,
        received_at=received_at,
    )
    outcome = await route(
        session,
        parsed,
        spool_id=spooled.spool_id,
        received_at=received_at,
        config=config(tmp_path),
        now=received_at,
    )
    await session.commit()
    return outcome


async def test_first_mail_opens_a_ticket_with_its_writer_as_customer(
    database: Database, tmp_path: Path
) -> None:
    async with database.session() as s:
        outcome = await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        ticket = await s.get_one(Ticket, outcome.ticket_id)
        customer = await s.get_one(CustomerRow, outcome.customer_id)
        participants = (await s.execute(select(Participant.email, Participant.role))).all()
        audit = (await s.execute(select(AuditEvent.action, AuditEvent.details))).all()
    assert (outcome.reason, outcome.ticket_created, outcome.ticket_ref) == ("new_ticket", True, "TB-000001")
    assert (ticket.status, ticket.subject, ticket.customer_id) == (
        "open",
        "Mijn robot doet het niet",
        customer.id,
    )
    assert (customer.email, customer.name, customer.name_source) == (
        "jan@example.nl",
        "Jan de Vries",
        "header",
    )
    assert participants == [("jan@example.nl", "customer")]
    assert audit == [("ticket_created", {"ref": "TB-000001", "reason": "new_ticket"})]


async def test_reply_with_in_reply_to_threads_onto_the_ticket(database: Database, tmp_path: Path) -> None:
    async with database.session() as s:
        first = await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        reply = await deliver(
            s,
            parsed_mail(message_id="<m2@example.nl>", in_reply_to=("<m1@example.nl>",), subject="Re: robot"),
            tmp_path,
            received_at=RECEIVED + timedelta(hours=2),
        )
        ticket = await s.get_one(Ticket, first.ticket_id)
    assert (reply.reason, reply.ticket_id, reply.ticket_created) == ("in_reply_to", first.ticket_id, False)
    assert ticket.last_activity_at == RECEIVED + timedelta(hours=2)


async def test_reply_to_our_acknowledgement_threads_by_the_outbox_message_id(
    database: Database, tmp_path: Path
) -> None:
    async with database.session() as s:
        first = await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        await outbox.enqueue(s, [ack_for(first, "<ack-1@tinybots.nl>")], now=RECEIVED)
        await s.commit()
        reply = await deliver(
            s, parsed_mail(message_id="<m2@example.nl>", references=("<ack-1@tinybots.nl>",)), tmp_path
        )
    assert (reply.reason, reply.ticket_ref) == ("in_reply_to", "TB-000001")


async def test_reply_without_headers_threads_by_subject_tag(database: Database, tmp_path: Path) -> None:
    async with database.session() as s:
        await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        reply = await deliver(
            s,
            parsed_mail(
                message_id="<m2@example.nl>", subject="Re: [TB-000001] robot", ticket_ref="TB-000001"
            ),
            tmp_path,
        )
    assert (reply.reason, reply.ticket_ref) == ("subject_ref", "TB-000001")


async def test_ticket_ref_in_the_body_threads_when_the_subject_has_none(
    database: Database, tmp_path: Path
) -> None:
    async with database.session() as s:
        await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        reply = await deliver(
            s,
            parsed_mail(message_id="<m2@example.nl>", subject="nog een vraag", ticket_ref="TB-000001"),
            tmp_path,
        )
    assert (reply.reason, reply.ticket_ref) == ("body_ref", "TB-000001")


async def test_ref_of_a_ticket_that_does_not_exist_opens_a_new_ticket(
    database: Database, tmp_path: Path
) -> None:
    async with database.session() as s:
        outcome = await deliver(
            s,
            parsed_mail(message_id="<m1@example.nl>", subject="[TB-000777] hallo", ticket_ref="TB-000777"),
            tmp_path,
        )
    assert (outcome.reason, outcome.ticket_ref) == ("new_ticket", "TB-000001")


async def test_another_sender_on_the_thread_becomes_a_participant(database: Database, tmp_path: Path) -> None:
    async with database.session() as s:
        first = await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        daughter = await deliver(
            s,
            parsed_mail(
                message_id="<m2@example.nl>",
                in_reply_to=("<m1@example.nl>",),
                from_address="anneke@example.nl",
                from_name="Anneke van der Berg",
            ),
            tmp_path,
        )
        again = await deliver(
            s,
            parsed_mail(
                message_id="<m3@example.nl>",
                in_reply_to=("<m2@example.nl>",),
                from_address="anneke@example.nl",
            ),
            tmp_path,
        )
        ticket = await s.get_one(Ticket, first.ticket_id)
        roles = (await s.execute(select(Participant.email, Participant.role).order_by(Participant.id))).all()
    assert (daughter.reason, daughter.participant_added) == ("in_reply_to", "anneke@example.nl")
    assert again.participant_added is None
    assert ticket.customer_id == first.customer_id  # the ticket stays the first writer's
    assert roles == [("jan@example.nl", "customer"), ("anneke@example.nl", "participant")]


async def test_reply_to_a_ticket_closed_long_ago_opens_a_new_linked_ticket(
    database: Database, tmp_path: Path
) -> None:
    async with database.session() as s:
        first = await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        old = await s.get_one(Ticket, first.ticket_id)
        old.status, old.closed_at = "closed", RECEIVED + timedelta(days=1)
        await s.commit()
        late = await deliver(
            s,
            parsed_mail(message_id="<m2@example.nl>", in_reply_to=("<m1@example.nl>",)),
            tmp_path,
            received_at=RECEIVED + timedelta(days=92),
        )
        new = await s.get_one(Ticket, late.ticket_id)
    assert (late.reason, late.ticket_created, late.previous_ticket_ref) == (
        "reopened_as_new",
        True,
        "TB-000001",
    )
    assert (new.ref, new.previous_ticket_id, new.status) == ("TB-000002", first.ticket_id, "open")


async def test_reply_to_a_recently_closed_ticket_reopens_it(database: Database, tmp_path: Path) -> None:
    async with database.session() as s:
        first = await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        ticket = await s.get_one(Ticket, first.ticket_id)
        ticket.status, ticket.closed_at = "closed", RECEIVED + timedelta(days=1)
        await s.commit()
        reply = await deliver(
            s,
            parsed_mail(message_id="<m2@example.nl>", in_reply_to=("<m1@example.nl>",)),
            tmp_path,
            received_at=RECEIVED + timedelta(days=30),
        )
        reopened = await s.get_one(Ticket, first.ticket_id)
    assert (reply.reason, reply.ticket_id, reply.ticket_created) == ("in_reply_to", first.ticket_id, False)
    assert (reopened.status, reopened.closed_at) == ("open", None)


async def test_staff_bcc_is_attached_as_staff_mail_without_a_ticket_or_participant(
    database: Database, tmp_path: Path
) -> None:
    async with database.session() as s:
        first = await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        staff = await deliver(
            s,
            parsed_mail(
                message_id="<staff-1@tinybots.nl>",
                from_address="help@tinybots.nl",
                from_name="Tinybots",
                subject="Re: [TB-000001] Mijn robot doet het niet",
                ticket_ref="TB-000001",
                in_reply_to=("<m1@example.nl>",),
                classification=Classification.STAFF,
            ),
            tmp_path,
        )
        row = await s.get_one(Message, staff.message_row_id)
        tickets = await s.scalar(select(func.count()).select_from(Ticket))
        participants = await s.scalar(select(func.count()).select_from(Participant))
    assert (staff.reason, staff.ticket_id, staff.ticket_created) == ("staff_attached", first.ticket_id, False)
    assert (row.direction, row.classification) == ("out", "staff")
    assert (tickets, participants) == (1, 1)


async def test_rights_request_is_queued_with_receipt_and_both_due_dates(
    database: Database, tmp_path: Path
) -> None:
    received = datetime(2026, 3, 5, 15, 0, tzinfo=UTC)  # the test-vector receipt Thu 5 March 2026
    async with database.session() as s:
        outcome = await deliver(
            s,
            parsed_mail(
                message_id="<r1@example.nl>",
                rights=(Right.ACCESS, Right.ERASURE),
                text="verwijder mijn gegevens",
            ),
            tmp_path,
            received_at=received,
        )
        request = await s.get_one(RightsRequest, outcome.rights_request_id)
        actions = (await s.execute(select(AuditEvent.action).order_by(AuditEvent.id))).scalars().all()
    assert (request.rights, request.status, request.identity_step) == (
        ["access", "erasure"],
        "open",
        "id_copy",
    )
    assert (request.received_at, request.receipt_date) == (received, date(2026, 3, 5))
    assert (request.promised_due_date, request.legal_due_date) == (date(2026, 4, 2), date(2026, 4, 7))
    assert (outcome.rights_due_date, outcome.rights_legal_due_date) == (date(2026, 4, 2), date(2026, 4, 7))
    assert (request.ticket_id, request.customer_id) == (outcome.ticket_id, outcome.customer_id)
    assert actions == ["ticket_created", "rights_request_created"]


async def test_a_header_name_is_not_replaced_by_a_body_name_but_robot_ids_add_up(
    database: Database, tmp_path: Path
) -> None:
    later = Customer(
        name=Found("Jan", "body"),
        email=Found("jan@example.nl", "header"),
        phone=Found("+31612345678", "signature"),
        robot_id=Found("10234", "body"),
    )
    async with database.session() as s:
        first = await deliver(s, parsed_mail(message_id="<m1@example.nl>"), tmp_path)
        await deliver(s, parsed_mail(message_id="<m2@example.nl>", customer=later), tmp_path)
        customer = await s.get_one(CustomerRow, first.customer_id)
        robots = (await s.execute(select(CustomerRobotId.robot_id, CustomerRobotId.source))).all()
    assert (customer.name, customer.name_source) == ("Jan de Vries", "header")
    assert (customer.phone, customer.phone_source) == ("+31612345678", "signature")
    assert robots == [("10234", "body")]


async def test_attachments_are_private_files_and_identity_documents_are_kept_apart(
    database: Database, tmp_path: Path
) -> None:
    files = (
        Attachment("foto.jpg", "image/jpeg", 5, b"photo"),
        Attachment("paspoort.jpg", "image/jpeg", 8, b"passport", identity_document=True),
    )
    async with database.session() as s:
        await deliver(s, parsed_mail(message_id="<m1@example.nl>", attachments=files), tmp_path)
        rows = (await s.execute(select(AttachmentRow).order_by(AttachmentRow.id))).scalars().all()
    photo, passport = (tmp_path / "files" / row.path for row in rows if row.path)
    assert photo.read_bytes() == b"photo" and passport.read_bytes() == b"passport"
    assert photo.parts[-4] == "attachments" and passport.parts[-4] == "identity"
    assert [r.identity_document for r in rows] == [False, True]
    assert stat.S_IMODE(passport.stat().st_mode) == 0o600
    assert stat.S_IMODE(passport.parent.stat().st_mode) == 0o700
    assert all("paspoort" not in part for part in passport.parts)  # no personal file names on disk


async def test_routing_the_same_spool_entry_twice_cannot_store_it_twice(
    database: Database, tmp_path: Path
) -> None:
    parsed = parsed_mail(message_id="<m1@example.nl>")
    async with database.session() as s:
        first = await deliver(s, parsed, tmp_path)
        with pytest.raises(IntegrityError):
            await deliver(s, parsed, tmp_path)
        await s.rollback()
        messages = await s.scalar(select(func.count()).select_from(Message))
        spool_id = (await s.get_one(Message, first.message_row_id)).spool_id
        assert spool_id is not None
        earlier = await duplicate_outcome(s, spool_id)
    assert messages == 1
    assert earlier is not None
    assert (earlier.reason, earlier.ticket_ref, earlier.message_row_id) == (
        "duplicate",
        "TB-000001",
        first.message_row_id,
    )


def ack_for(outcome: RouteOutcome, message_id: str) -> NewOutboxMail:
    return NewOutboxMail(
        kind="ack_ticket",
        recipient="jan@example.nl",
        subject=f"[{outcome.ticket_ref}] ontvangen",
        body="Bedankt",
        message_id=message_id,
        language="nl",
        ticket_id=outcome.ticket_id,
    )


async def test_ticket_views_show_the_latest_robot_id_and_the_messages_in_order(
    database: Database, tmp_path: Path
) -> None:
    def with_robot(robot: str) -> Customer:
        return Customer(email=Found("jan@example.nl", "header"), robot_id=Found(robot, "body"))

    async with database.session() as s:
        await deliver(s, parsed_mail(message_id="<m1@example.nl>", customer=with_robot("10234")), tmp_path)
        await deliver(
            s,
            parsed_mail(
                message_id="<m2@example.nl>", in_reply_to=("<m1@example.nl>",), customer=with_robot("TS-777")
            ),
            tmp_path,
            received_at=RECEIVED + timedelta(hours=1),
        )
        listed = await list_tickets(s)
        shown = await show_ticket(s, "tb-000001")
    assert [(t.ref, t.customer.robot_id, t.message_ids) for t in listed] == [
        ("TB-000001", "TS-777", ("<m1@example.nl>", "<m2@example.nl>"))
    ]
    assert shown.to_json(detail=True)["participants"] == ["jan@example.nl"]
    assert [m["route_reason"] for m in shown.to_json(detail=True)["messages"]] == [
        "new_ticket",
        "in_reply_to",
    ]


async def test_rights_list_is_earliest_due_first_and_filters_by_due_date(
    database: Database, tmp_path: Path
) -> None:
    async with database.session() as s:
        late = await deliver(
            s,
            parsed_mail(message_id="<r1@example.nl>", rights=(Right.ACCESS,)),
            tmp_path,
            received_at=datetime(2026, 3, 20, 9, 0, tzinfo=UTC),
        )
        early = await deliver(
            s,
            parsed_mail(
                message_id="<r2@example.nl>", rights=(Right.ERASURE,), from_address="piet@example.nl"
            ),
            tmp_path,
            received_at=datetime(2026, 3, 5, 9, 0, tzinfo=UTC),
        )
        everything = await list_requests(s)
        before_april = await list_requests(s, due_before=date(2026, 4, 3))
    assert [(v.id, v.due_date) for v in everything] == [
        (early.rights_request_id, date(2026, 4, 2)),
        (late.rights_request_id, date(2026, 4, 17)),
    ]
    assert [v.id for v in before_april] == [early.rights_request_id]
    assert everything[0].to_json()["legal_due_date"] == "2026-04-07"
