"""Snapshots of the rows a subject search found, for listing (`intake subject find`) and export (Art. 15/20).

The snapshots are frozen dataclasses holding plain values, so callers can use them after the session closed.
Raw spool bytes and attachment files are not loaded here: the export reads them itself, one at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from storage.models import (
    Attachment,
    Customer,
    Message,
    OutboxMail,
    RightsRequest,
    SpoolEntry,
    Ticket,
)
from storage.subjects.find import SubjectFindings


@dataclass(frozen=True, slots=True)
class RobotIdRecord:
    robot_id: str
    source: str
    first_seen_at: datetime


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    id: int
    email: str | None
    email_source: str | None
    name: str | None
    name_source: str | None
    phone: str | None
    phone_source: str | None
    robot_ids: tuple[RobotIdRecord, ...]
    restricted: bool
    restricted_at: datetime | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class AttachmentRecord:
    id: int
    message_id: int
    filename: str
    content_type: str
    size: int
    sha256: str
    path: str | None  # relative to the files directory; None once purged
    identity_document: bool
    purged_at: datetime | None


@dataclass(frozen=True, slots=True)
class MessageRecord:
    id: int
    ticket_id: int | None
    message_id: str
    direction: str
    classification: str
    from_address: str | None
    from_name: str | None
    to_addresses: tuple[str, ...]
    subject: str
    received_at: datetime
    text: str
    signature: str
    quoted: str
    language: str
    rights: tuple[str, ...]
    attachments: tuple[AttachmentRecord, ...]


@dataclass(frozen=True, slots=True)
class TicketRecord:
    id: int
    ref: str | None
    status: str
    subject: str
    language: str
    created_at: datetime
    last_activity_at: datetime
    closed_at: datetime | None
    owned: bool  # the person is the ticket's customer (not only a participant or named in it)
    customer_restricted: bool


@dataclass(frozen=True, slots=True)
class RightsRequestRecord:
    id: int
    ticket_id: int | None
    rights: tuple[str, ...]
    status: str
    received_at: datetime
    receipt_date: date
    promised_due_date: date
    legal_due_date: date
    extended_due_date: date | None
    identity_verified_at: datetime | None
    outcome: str | None
    closed_at: datetime | None


@dataclass(frozen=True, slots=True)
class OutboxRecord:
    id: int
    kind: str
    ticket_id: int | None
    recipient: str
    subject: str
    body: str
    state: str
    created_at: datetime
    sent_at: datetime | None


@dataclass(frozen=True, slots=True)
class SpoolRecord:
    id: int
    sha256: str
    state: str
    received_at: datetime
    size: int
    has_raw: bool
    linked_to_message: bool


@dataclass(frozen=True, slots=True)
class SubjectRecords:
    customers: tuple[CustomerRecord, ...]
    tickets: tuple[TicketRecord, ...]
    messages: tuple[MessageRecord, ...]
    rights_requests: tuple[RightsRequestRecord, ...]
    outbox: tuple[OutboxRecord, ...]
    spool: tuple[SpoolRecord, ...]

    def ticket_ref(self, ticket_id: int | None) -> str | None:
        return next((t.ref for t in self.tickets if t.id == ticket_id), None)

    def attachments(self) -> tuple[AttachmentRecord, ...]:
        return tuple(a for m in self.messages for a in m.attachments)


def _strings(values: Sequence[Any]) -> tuple[str, ...]:
    return tuple(str(v) for v in values)


def _customer(c: Customer) -> CustomerRecord:
    return CustomerRecord(
        id=c.id,
        email=c.email,
        email_source=c.email_source,
        name=c.name,
        name_source=c.name_source,
        phone=c.phone,
        phone_source=c.phone_source,
        robot_ids=tuple(RobotIdRecord(r.robot_id, r.source, r.first_seen_at) for r in c.robot_ids),
        restricted=bool(c.restricted),
        restricted_at=c.restricted_at,
        created_at=c.created_at,
        updated_at=c.updated_at,
    )


def _attachment(a: Attachment) -> AttachmentRecord:
    return AttachmentRecord(
        id=a.id,
        message_id=a.message_id,
        filename=a.filename,
        content_type=a.content_type,
        size=a.size,
        sha256=a.sha256,
        path=a.path,
        identity_document=bool(a.identity_document),
        purged_at=a.purged_at,
    )


def _message(m: Message) -> MessageRecord:
    return MessageRecord(
        id=m.id,
        ticket_id=m.ticket_id,
        message_id=m.message_id,
        direction=m.direction,
        classification=m.classification,
        from_address=m.from_address,
        from_name=m.from_name,
        to_addresses=_strings(m.to_addresses or ()),
        subject=m.subject,
        received_at=m.received_at,
        text=m.text,
        signature=m.signature,
        quoted=m.quoted,
        language=m.language,
        rights=_strings(m.rights or ()),
        attachments=tuple(_attachment(a) for a in m.attachments),
    )


def _ticket(t: Ticket, owned: bool) -> TicketRecord:
    return TicketRecord(
        id=t.id,
        ref=t.ref,
        status=t.status,
        subject=t.subject,
        language=t.language,
        created_at=t.created_at,
        last_activity_at=t.last_activity_at,
        closed_at=t.closed_at,
        owned=owned,
        customer_restricted=bool(t.customer and t.customer.restricted),
    )


def _rights_request(r: RightsRequest) -> RightsRequestRecord:
    return RightsRequestRecord(
        id=r.id,
        ticket_id=r.ticket_id,
        rights=_strings(r.rights or ()),
        status=r.status,
        received_at=r.received_at,
        receipt_date=r.receipt_date,
        promised_due_date=r.promised_due_date,
        legal_due_date=r.legal_due_date,
        extended_due_date=r.extended_due_date,
        identity_verified_at=r.identity_verified_at,
        outcome=r.outcome,
        closed_at=r.closed_at,
    )


def _outbox(o: OutboxMail) -> OutboxRecord:
    return OutboxRecord(
        id=o.id,
        kind=o.kind,
        ticket_id=o.ticket_id,
        recipient=o.recipient,
        subject=o.subject,
        body=o.body,
        state=o.state,
        created_at=o.created_at,
        sent_at=o.sent_at,
    )


async def load(session: AsyncSession, findings: SubjectFindings) -> SubjectRecords:
    """Snapshots of every row in `findings`, each kind in id order."""
    customers = await session.scalars(
        select(Customer)
        .options(selectinload(Customer.robot_ids))
        .where(Customer.id.in_(findings.customer_ids))
        .order_by(Customer.id)
    )
    ticket_ids = (*findings.owned_ticket_ids, *findings.other_ticket_ids)
    tickets = await session.scalars(
        select(Ticket)
        .options(selectinload(Ticket.customer))
        .where(Ticket.id.in_(ticket_ids))
        .order_by(Ticket.id)
    )
    messages = await session.scalars(
        select(Message)
        .options(selectinload(Message.attachments))
        .where(Message.id.in_(findings.message_ids))
        .order_by(Message.received_at, Message.id)
    )
    rights = await session.scalars(
        select(RightsRequest)
        .where(RightsRequest.id.in_(findings.rights_request_ids))
        .order_by(RightsRequest.id)
    )
    outbox = await session.scalars(
        select(OutboxMail).where(OutboxMail.id.in_(findings.outbox_ids)).order_by(OutboxMail.id)
    )
    owned = set(findings.owned_ticket_ids)
    return SubjectRecords(
        customers=tuple(_customer(c) for c in customers.all()),
        tickets=tuple(_ticket(t, t.id in owned) for t in tickets.all()),
        messages=tuple(_message(m) for m in messages.all()),
        rights_requests=tuple(_rights_request(r) for r in rights.all()),
        outbox=tuple(_outbox(o) for o in outbox.all()),
        spool=await _spool(session, findings.spool_ids),
    )


async def _spool(session: AsyncSession, spool_ids: tuple[int, ...]) -> tuple[SpoolRecord, ...]:
    linked = set(
        (await session.scalars(select(Message.spool_id).where(Message.spool_id.in_(spool_ids)))).all()
    )
    rows = await session.execute(
        select(
            SpoolEntry.id,
            SpoolEntry.sha256,
            SpoolEntry.state,
            SpoolEntry.received_at,
            SpoolEntry.size,
            SpoolEntry.raw.is_not(None),
        )
        .where(SpoolEntry.id.in_(spool_ids))
        .order_by(SpoolEntry.id)
    )
    return tuple(
        SpoolRecord(int(i), sha, state, at, int(size), bool(has_raw), int(i) in linked)
        for i, sha, state, at, size, has_raw in rows.all()
    )


async def spool_raw(session: AsyncSession, spool_id: int) -> bytes | None:
    """The raw bytes of one spool row (None once purged): read one at a time, they can be large."""
    raw = await session.scalar(select(SpoolEntry.raw).where(SpoolEntry.id == spool_id))
    return bytes(raw) if raw is not None else None
