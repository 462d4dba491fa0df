"""Read-only views of tickets and unticketed automatic mail for staff commands (`intake tickets`, `intake automatic`).

Each view is a frozen dataclass with `to_json()`: the stable keys of issue 3 (a ticket: ref, status, subject,
customer {name, email, phone, robot_id}, created_at, last_activity_at, message_ids in order) plus more; the
customer's `restricted` (Art. 18) is in every view, so that every listing can mark it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from storage.errors import NotFound
from storage.models import Customer, CustomerRobotId, Message, OutboxMail, Participant, RightsRequest, Ticket
from storage.pages import count_rows, limited


@dataclass(frozen=True, slots=True)
class CustomerView:
    name: str | None
    email: str | None
    phone: str | None
    robot_id: str | None
    restricted: bool = False  # Art. 18: processing restricted; staff views mark it

    def to_json(self) -> dict[str, str | bool | None]:
        return {
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "robot_id": self.robot_id,
            "restricted": self.restricted,
        }


NO_CUSTOMER = CustomerView(None, None, None, None)


@dataclass(frozen=True, slots=True)
class MessageView:
    id: int
    message_id: str
    direction: str
    classification: str
    from_address: str | None
    subject: str
    received_at: datetime
    route_reason: str
    text: str
    attachments: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "message_id": self.message_id,
            "direction": self.direction,
            "classification": self.classification,
            "from": self.from_address,
            "subject": self.subject,
            "received_at": self.received_at.isoformat(),
            "route_reason": self.route_reason,
            "text": self.text,
            "attachments": list(self.attachments),
        }


@dataclass(frozen=True, slots=True)
class TicketView:
    ref: str
    status: str
    subject: str
    customer: CustomerView
    created_at: datetime
    last_activity_at: datetime
    message_ids: tuple[str, ...]
    previous_ticket_ref: str | None
    delivery_failed: bool
    participants: tuple[str, ...] = ()
    rights_request_ids: tuple[int, ...] = ()
    messages: tuple[MessageView, ...] = ()
    outbox: tuple[dict[str, Any], ...] = ()

    def to_json(self, *, detail: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "ref": self.ref,
            "status": self.status,
            "subject": self.subject,
            "customer": self.customer.to_json(),
            "created_at": self.created_at.isoformat(),
            "last_activity_at": self.last_activity_at.isoformat(),
            "message_ids": list(self.message_ids),
            "previous_ticket_ref": self.previous_ticket_ref,
            "delivery_failed": self.delivery_failed,
        }
        if detail:
            out["participants"] = list(self.participants)
            out["rights_request_ids"] = list(self.rights_request_ids)
            out["messages"] = [m.to_json() for m in self.messages]
            out["outbox"] = list(self.outbox)
        return out


def _customer_view(customer: Customer | None, robot_ids: dict[int, str]) -> CustomerView:
    if customer is None:
        return NO_CUSTOMER
    return CustomerView(
        customer.name, customer.email, customer.phone, robot_ids.get(customer.id), customer.restricted
    )


async def _latest_robot_ids(session: AsyncSession, customer_ids: set[int]) -> dict[int, str]:
    """The most recently seen robot id of each customer (one query for a whole listing)."""
    if not customer_ids:
        return {}
    query = (
        select(CustomerRobotId.customer_id, CustomerRobotId.robot_id)
        .where(CustomerRobotId.customer_id.in_(customer_ids))
        .order_by(CustomerRobotId.id)
    )
    return dict((await session.execute(query)).all())  # later rows overwrite earlier ones


async def _message_ids(session: AsyncSession, ticket_ids: list[int]) -> dict[int, list[str]]:
    query = (
        select(Message.ticket_id, Message.message_id)
        .where(Message.ticket_id.in_(ticket_ids))
        .order_by(Message.received_at, Message.id)
    )
    out: dict[int, list[str]] = defaultdict(list)
    for ticket_id, message_id in (await session.execute(query)).all():
        if ticket_id is not None:
            out[ticket_id].append(message_id)
    return out


async def _refs(session: AsyncSession, ticket_ids: set[int]) -> dict[int, str | None]:
    if not ticket_ids:
        return {}
    rows = await session.execute(select(Ticket.id, Ticket.ref).where(Ticket.id.in_(ticket_ids)))
    return dict(rows.all())


def _tickets_query(status: str | None) -> Select[Ticket, Customer]:
    query = (
        select(Ticket, Customer)
        .outerjoin(Customer, Customer.id == Ticket.customer_id)
        .order_by(Ticket.last_activity_at.desc(), Ticket.id.desc())
    )
    return query if status is None else query.where(Ticket.status == status)


async def count_tickets(session: AsyncSession, *, status: str | None = None) -> int:
    """How many tickets `list_tickets` would list without a limit."""
    return await count_rows(session, _tickets_query(status))


async def list_tickets(
    session: AsyncSession, *, status: str | None = None, limit: int | None = 500
) -> list[TicketView]:
    """Tickets with the most recent activity first, optionally of one status; at most `limit` (None: all)."""
    rows = (await session.execute(limited(_tickets_query(status), limit))).all()
    message_ids = await _message_ids(session, [t.id for t, _ in rows])
    robot_ids = await _latest_robot_ids(session, {c.id for _, c in rows if c is not None})
    previous = await _refs(session, {t.previous_ticket_id for t, _ in rows if t.previous_ticket_id})
    return [
        TicketView(
            ref=ticket.ref or "",
            status=ticket.status,
            subject=ticket.subject,
            customer=_customer_view(customer, robot_ids),
            created_at=ticket.created_at,
            last_activity_at=ticket.last_activity_at,
            message_ids=tuple(message_ids.get(ticket.id, ())),
            previous_ticket_ref=previous.get(ticket.previous_ticket_id)
            if ticket.previous_ticket_id
            else None,
            delivery_failed=ticket.delivery_failed,
        )
        for ticket, customer in rows
    ]


async def show_ticket(session: AsyncSession, ref: str) -> TicketView:
    """One ticket with its messages, participants, rights requests and outbound mail; NotFound if unknown."""
    ticket = (await session.execute(select(Ticket).where(Ticket.ref == ref.upper()))).scalar_one_or_none()
    if ticket is None:
        raise NotFound(f"no ticket {ref}")
    customer = await session.get(Customer, ticket.customer_id) if ticket.customer_id else None
    messages = await _messages(session, ticket.id)
    participants = await session.execute(
        select(Participant.email).where(Participant.ticket_id == ticket.id).order_by(Participant.id)
    )
    rights = await session.execute(
        select(RightsRequest.id).where(RightsRequest.ticket_id == ticket.id).order_by(RightsRequest.id)
    )
    mails = await session.execute(
        select(OutboxMail.id, OutboxMail.kind, OutboxMail.state, OutboxMail.message_id)
        .where(OutboxMail.ticket_id == ticket.id)
        .order_by(OutboxMail.id)
    )
    previous = await _refs(session, {ticket.previous_ticket_id} if ticket.previous_ticket_id else set())
    return TicketView(
        ref=ticket.ref or "",
        status=ticket.status,
        subject=ticket.subject,
        customer=_customer_view(
            customer, await _latest_robot_ids(session, {customer.id} if customer else set())
        ),
        created_at=ticket.created_at,
        last_activity_at=ticket.last_activity_at,
        message_ids=tuple(m.message_id for m in messages),
        previous_ticket_ref=next(iter(previous.values()), None),
        delivery_failed=ticket.delivery_failed,
        participants=tuple(participants.scalars()),
        rights_request_ids=tuple(rights.scalars()),
        messages=tuple(messages),
        outbox=tuple(
            {"id": i, "kind": kind, "state": state, "message_id": mid} for i, kind, state, mid in mails.all()
        ),
    )


def _messages_query(ticket_id: int | None) -> Select[Message]:
    query = select(Message).where(
        Message.ticket_id == ticket_id if ticket_id is not None else Message.ticket_id.is_(None)
    )
    if ticket_id is None:
        query = query.where(Message.classification.in_(("auto_reply", "bounce", "bulk")))
    return query.order_by(Message.received_at, Message.id)


async def _messages(
    session: AsyncSession, ticket_id: int | None, limit: int | None = None
) -> list[MessageView]:
    query = limited(_messages_query(ticket_id), limit).options(selectinload(Message.attachments))
    rows = (await session.execute(query)).scalars().all()
    return [
        MessageView(
            id=m.id,
            message_id=m.message_id,
            direction=m.direction,
            classification=m.classification,
            from_address=m.from_address,
            subject=m.subject,
            received_at=m.received_at,
            route_reason=m.route_reason,
            text=m.text,
            attachments=tuple(a.filename for a in m.attachments),
        )
        for m in rows
    ]


async def unticketed_automatic(session: AsyncSession, *, limit: int | None = None) -> list[MessageView]:
    """Automatic mail (auto-replies, bounces, bulk) that refers to no ticket, oldest first; at most `limit`."""
    return await _messages(session, None, limit)


async def count_unticketed_automatic(session: AsyncSession) -> int:
    return await count_rows(session, _messages_query(None))
