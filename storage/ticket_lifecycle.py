"""A ticket's life after it is opened (design §3.7): open -> pending (staff answered) -> closed.

A customer mail reopens a pending ticket, and a closed one within the reopen window (routing, via
`tickets.record_activity`); an automatic mail never does. Pending tickets close by themselves `auto_close_days`
after they became pending (`auto_close`, a periodic job of the daemon, the clock passed in). Every change here
writes one audit event naming who made it (an agent's address, the OS user for the CLI, "daemon") and when.
Functions take a synchronous session and never commit (the pipeline and the CLI own the transaction).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.errors import Conflict, NotFound
from storage.models import AuditEvent, Customer, Message, Participant, Ticket

STATUSES = ("open", "pending", "closed")


@dataclass(frozen=True, slots=True)
class AutoClosed:
    """A ticket the auto-close job closed (what the daemon needs to tell the customer, when configured)."""

    ticket_id: int
    ref: str
    language: str
    customer_id: int | None


def audit(
    session: Session, ticket: Ticket, action: str, *, actor: str, now: datetime, **details: Any
) -> None:
    """One audit event about the ticket (details: no customer data, ever)."""
    session.add(
        AuditEvent(
            at=now,
            actor=actor[:64],
            action=action,
            entity="ticket",
            entity_id=ticket.id,
            details={"ref": ticket.ref, **details},
        )
    )


def find(session: Session, ref: str) -> Ticket:
    ticket = session.execute(select(Ticket).where(Ticket.ref == ref.strip().upper())).scalar_one_or_none()
    if ticket is None:
        raise NotFound(f"ticket {ref!r} does not exist; see `intake tickets list`")
    return ticket


def set_status(
    session: Session, ticket: Ticket, status: str, *, actor: str, now: datetime, reason: str
) -> bool:
    """Moves the ticket to `status`; False (and nothing written) when it already is there."""
    if status not in STATUSES:
        raise Conflict(f"a ticket's status is one of {', '.join(STATUSES)}, not {status!r}")
    before = ticket.status
    if before == status:
        return False
    ticket.status = status
    ticket.status_changed_at = now
    ticket.closed_at = now if status == "closed" else None
    audit(session, ticket, "ticket_status", actor=actor, now=now, before=before, after=status, reason=reason)
    return True


def assign(session: Session, ticket: Ticket, assignee: str | None, *, actor: str, now: datetime) -> None:
    before = ticket.assignee
    ticket.assignee = assignee.lower() if assignee else None
    audit(session, ticket, "ticket_assigned", actor=actor, now=now, before=before, after=ticket.assignee)


def recipients(session: Session, ticket: Ticket, *, never: frozenset[str]) -> list[str]:
    """Whom an answer on the ticket goes to: its customer and the participants who wrote in, nobody else.

    `never` holds the staff and help-desk addresses (they are no recipients of an answer). Left out too: an
    address whose mail bounced for good, and a person whose processing is restricted (Art. 18: no mail that
    carries their data; staff reach them another way).
    """
    rows = session.execute(
        select(Participant.email)
        .outerjoin(Customer, Customer.email == Participant.email)
        .where(
            Participant.ticket_id == ticket.id,
            Participant.role.in_(("customer", "participant")),
            func.coalesce(Customer.bounced_hard, False).is_(False),
            func.coalesce(Customer.restricted, False).is_(False),
        )
        .order_by(Participant.id)
    ).scalars()
    return [email for email in dict.fromkeys(rows) if email not in never]


def latest_customer_message(session: Session, ticket: Ticket) -> Message | None:
    """The customer's newest mail on the ticket: an answer threads onto it."""
    return session.execute(
        select(Message)
        .where(
            Message.ticket_id == ticket.id, Message.direction == "in", Message.classification == "customer"
        )
        .order_by(Message.received_at.desc(), Message.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def auto_close(session: Session, *, now: datetime, days: int, limit: int = 500) -> list[AutoClosed]:
    """Closes pending tickets that became pending `days` or more before `now` (no customer mail since: a
    customer mail reopens the ticket). Bounded per call; the daemon calls it again on its next round."""
    if days <= 0:
        return []
    cutoff = now - timedelta(days=days)
    became_pending = func.coalesce(Ticket.status_changed_at, Ticket.last_activity_at)
    due = session.execute(
        select(Ticket)
        .where(Ticket.status == "pending", became_pending <= cutoff)
        .order_by(Ticket.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).scalars()
    closed: list[AutoClosed] = []
    for ticket in due:
        set_status(
            session, ticket, "closed", actor="daemon", now=now, reason=f"no customer mail for {days} days"
        )
        closed.append(AutoClosed(ticket.id, ticket.ref or "", ticket.language, ticket.customer_id))
    return closed


def count_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(select(Ticket.status, func.count()).group_by(Ticket.status)).all()
    counts = dict.fromkeys(STATUSES, 0)
    counts.update({status: int(n) for status, n in rows})
    return counts


def add_staff_message(
    session: Session,
    ticket: Ticket,
    *,
    message_id: str,
    address: str,
    name: str,
    text: str,
    reason: str,
    now: datetime,
) -> int:
    """A staff answer or note written on the command line, kept on the ticket as mail by staff is."""
    row = Message(
        ticket_id=ticket.id,
        message_id=message_id,
        direction="out",
        classification="staff",
        from_address=address,
        from_name=name,
        to_addresses=[],
        subject=ticket.subject,
        received_at=now,
        text=text,
        route_reason=reason,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row.id
