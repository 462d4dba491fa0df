"""Tickets: finding the ticket a mail belongs to, opening one, and its participants (used by routing).

Threading lookups of design §3.4: by the Message-IDs a mail answers (inbound messages and our own outbox mails,
which carry the ticket's id), and by ticket ref. Functions take a session and never commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEvent, OutboxMail, Participant, Ticket
from storage.models import Message as MessageRow


def format_ref(prefix: str, ticket_id: int) -> str:
    """ "TB-000123": the prefix and the ticket's id, six digits at least."""
    return f"{prefix}-{ticket_id:06d}"


async def find_by_message_ids(session: AsyncSession, message_ids: Sequence[str]) -> Ticket | None:
    """The ticket of the first of `message_ids` (in the given order of preference) that we stored.

    A Message-ID can name an inbound message or one of our outbox mails; when a Message-ID was reused on
    several tickets, the newest message wins.
    """
    if not message_ids:
        return None
    ids = list(dict.fromkeys(message_ids))
    inbound = await session.execute(
        select(MessageRow.message_id, MessageRow.ticket_id)
        .where(MessageRow.message_id.in_(ids), MessageRow.ticket_id.is_not(None))
        .order_by(MessageRow.id)
    )
    outbound = await session.execute(
        select(OutboxMail.message_id, OutboxMail.ticket_id).where(
            OutboxMail.message_id.in_(ids), OutboxMail.ticket_id.is_not(None)
        )
    )
    ticket_of: dict[str, int] = {}
    for message_id, ticket_id in (*outbound.all(), *inbound.all()):
        if ticket_id is not None:
            ticket_of[message_id] = ticket_id  # later rows (newer inbound messages) overwrite earlier ones
    for message_id in ids:
        if message_id in ticket_of:
            return await session.get(Ticket, ticket_of[message_id])
    return None


async def find_by_ref(session: AsyncSession, ref: str) -> Ticket | None:
    return (await session.execute(select(Ticket).where(Ticket.ref == ref.upper()))).scalar_one_or_none()


async def create_ticket(
    session: AsyncSession,
    *,
    prefix: str,
    subject: str,
    language: str,
    customer_id: int | None,
    created_at: datetime,
    previous: Ticket | None = None,
    reason: str,
) -> Ticket:
    """Opens a ticket, gives it its ref and writes the audit event (no personal data in it)."""
    ticket = Ticket(
        status="open",
        subject=subject,
        language=language,
        customer_id=customer_id,
        created_at=created_at,
        last_activity_at=created_at,
        previous_ticket_id=previous.id if previous else None,
        delivery_failed=False,
    )
    session.add(ticket)
    await session.flush()
    ticket.ref = format_ref(prefix, ticket.id)
    details: dict[str, str] = {"ref": ticket.ref, "reason": reason}
    if previous is not None and previous.ref is not None:
        details["previous_ref"] = previous.ref
    session.add(
        AuditEvent(
            at=created_at,
            actor="daemon",
            action="ticket_created",
            entity="ticket",
            entity_id=ticket.id,
            details=details,
        )
    )
    return ticket


async def add_participant(
    session: AsyncSession, ticket: Ticket, email: str, name: str | None, *, role: str, now: datetime
) -> bool:
    """Records `email` as a participant of the ticket; False when it already was one."""
    email = email.lower()
    query = select(Participant.id).where(Participant.ticket_id == ticket.id, Participant.email == email)
    if (await session.execute(query)).first() is not None:
        return False
    session.add(Participant(ticket_id=ticket.id, email=email, name=name, role=role, added_at=now))
    return True


def add_first_participant(
    session: AsyncSession, ticket: Ticket, email: str, name: str | None, *, now: datetime
) -> None:
    """Records the writer of a new ticket as its customer participant (a new ticket has nobody yet)."""
    session.add(
        Participant(ticket_id=ticket.id, email=email.lower(), name=name, role="customer", added_at=now)
    )


def is_closed_before(ticket: Ticket, cutoff: datetime) -> bool:
    """True when the ticket is closed and was closed before `cutoff` (the reopen window has passed)."""
    return ticket.status == "closed" and ticket.closed_at is not None and ticket.closed_at < cutoff
