"""The rights queue (design §3.6): a rights request per customer mail that invokes privacy rights.

A mail whose rights the parser found only possible (`rights_possible`) is queued as well, with status
`to_confirm` and the same deadlines (the clock runs from receipt whatever staff decide later); the privacy
officer confirms or dismisses it (storage/rights_lifecycle.py `confirm` / `dismiss`).

`open_request` stores it with its receipt (the server's receipt time, never the sender's Date header) and both
due dates from `storage.deadlines`; `list_requests` / `get_request` are the staff views (`intake rights`).
The lifecycle (extend, pause, close) lives in storage/rights_lifecycle.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from storage import deadlines
from storage.errors import NotFound
from storage.models import AuditEvent, Customer, RightsRequest, Ticket

#: The status of a request with only possible rights, until the privacy officer confirms or dismisses it.
TO_CONFIRM = "to_confirm"


@dataclass(frozen=True, slots=True)
class RightsRequestView:
    """A rights request as staff see it; `due_date` is the earlier of the promised and the legal due date."""

    id: int
    ticket_ref: str | None
    rights: tuple[str, ...]
    flags: tuple[str, ...]
    received_at: datetime
    receipt_date: date
    due_date: date
    promised_due_date: date
    legal_due_date: date
    extended_due_date: date | None
    target_due_date: date
    status: str
    identity_step: str
    outcome: str | None
    customer_restricted: bool = (
        False  # Art. 18: the requester's processing is restricted; staff views mark it
    )
    rights_possible: tuple[str, ...] = ()  # what the parser found only possible (status to_confirm)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ticket_ref": self.ticket_ref,
            "rights": list(self.rights),
            "rights_possible": list(self.rights_possible),
            "flags": list(self.flags),
            "received_at": self.received_at.isoformat(),
            "receipt_date": self.receipt_date.isoformat(),
            "due_date": self.due_date.isoformat(),
            "promised_due_date": self.promised_due_date.isoformat(),
            "legal_due_date": self.legal_due_date.isoformat(),
            "extended_due_date": self.extended_due_date.isoformat() if self.extended_due_date else None,
            "target_due_date": self.target_due_date.isoformat(),
            "status": self.status,
            "identity_step": self.identity_step,
            "outcome": self.outcome,
            "customer_restricted": self.customer_restricted,
        }


def open_request(
    session: Session,
    *,
    ticket_id: int | None,
    ticket_ref: str | None,
    message_row_id: int,
    customer_id: int | None,
    rights: tuple[str, ...],
    flags: tuple[str, ...],
    received_at: datetime,
    promised_days: int,
    identity_step: str,
    rights_possible: tuple[str, ...] = (),
) -> RightsRequest:
    """Queues a rights request with its deadlines and writes the audit event (rights and dates only).

    Without confirmed `rights` the request is `to_confirm`: a person decides, the deadline runs already."""
    receipt = deadlines.receipt_date(received_at)
    request = RightsRequest(
        ticket_id=ticket_id,
        message_id=message_row_id,
        customer_id=customer_id,
        rights=list(rights),
        rights_possible=list(rights_possible),
        flags=list(flags),
        received_at=received_at,
        receipt_date=receipt,
        promised_due_date=deadlines.promised_due_date(receipt, promised_days),
        legal_due_date=deadlines.legal_due_date(receipt),
        extension_months=0,
        paused_days=0,
        status="open" if rights else TO_CONFIRM,
        identity_step=identity_step,
    )
    session.add(request)
    session.flush()
    session.add(
        AuditEvent(
            at=received_at,
            actor="daemon",
            action="rights_request_created",
            entity="rights_request",
            entity_id=request.id,
            details={
                "ticket_ref": ticket_ref,
                "rights": list(rights),
                "rights_possible": list(rights_possible),
                "status": request.status,
                "receipt_date": receipt.isoformat(),
                "promised_due_date": request.promised_due_date.isoformat(),
                "legal_due_date": request.legal_due_date.isoformat(),
            },
        )
    )
    return request


def effective_due_date(request: RightsRequest) -> date:
    """The earlier of promised and legal; an extension replaces both with the extended due date."""
    if request.extended_due_date is not None:
        return request.extended_due_date
    return min(request.promised_due_date, request.legal_due_date)


def _view(request: RightsRequest, ticket_ref: str | None, restricted: bool | None) -> RightsRequestView:
    return RightsRequestView(
        id=request.id,
        ticket_ref=ticket_ref,
        rights=tuple(request.rights),
        flags=tuple(request.flags),
        received_at=request.received_at,
        receipt_date=request.receipt_date,
        due_date=effective_due_date(request),
        promised_due_date=request.promised_due_date,
        legal_due_date=request.legal_due_date,
        extended_due_date=request.extended_due_date,
        target_due_date=deadlines.last_working_day_on_or_before(
            min(request.promised_due_date, request.legal_due_date)
        ),
        status=request.status,
        identity_step=request.identity_step,
        outcome=request.outcome,
        customer_restricted=bool(restricted),
        rights_possible=tuple(request.rights_possible or ()),
    )


async def list_requests(
    session: AsyncSession, *, due_before: date | None = None, status: str | None = None
) -> list[RightsRequestView]:
    """Rights requests, those to confirm first, then earliest due; `due_before` keeps those due before it."""
    query = _with_ticket_and_customer()
    if status is not None:
        query = query.where(RightsRequest.status == status)
    views = [_view(*row) for row in (await session.execute(query)).all()]
    if due_before is not None:
        views = [v for v in views if v.due_date < due_before]
    return sorted(views, key=lambda v: (v.status != TO_CONFIRM, v.due_date, v.id))


async def get_request(session: AsyncSession, request_id: int) -> RightsRequestView:
    query = _with_ticket_and_customer().where(RightsRequest.id == request_id)
    row = (await session.execute(query)).first()
    if row is None:
        raise NotFound(f"rights request {request_id} does not exist")
    return _view(*row)


def _with_ticket_and_customer() -> Select[RightsRequest, str | None, bool | None]:
    """Requests with their ticket's ref and whether the requester (else the ticket's customer) is restricted."""
    customer_id = func.coalesce(RightsRequest.customer_id, Ticket.customer_id)
    return (
        select(RightsRequest, Ticket.ref, Customer.restricted)
        .outerjoin(Ticket, Ticket.id == RightsRequest.ticket_id)
        .outerjoin(Customer, Customer.id == customer_id)
    )
