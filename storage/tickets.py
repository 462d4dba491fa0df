"""Tickets: finding the ticket a mail belongs to, opening one, and its participants (used by routing).

Threading lookups of design §3.4: by the Message-IDs a mail answers (inbound messages and our own outbox mails,
which carry the ticket's id), and by ticket ref. Functions take a session and never commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Row, bindparam, insert, inspect, literal, select, text, union_all, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from storage.database import insert_unless_exists
from storage.models import AuditEvent, OutboxMail, Participant, Ticket, table_of
from storage.models import Message as MessageRow


def format_ref(prefix: str, ticket_id: int) -> str:
    """ "TB-000123": the prefix and the ticket's id, six digits at least."""
    return f"{prefix}-{ticket_id:06d}"


def find_by_message_ids(session: Session, message_ids: Sequence[str]) -> Ticket | None:
    """The ticket of the first of `message_ids` (in the given order of preference) that we stored.

    A Message-ID can name an inbound message or one of our outbox mails; when a Message-ID was reused on
    several tickets, the newest message wins. One query over both tables (each on its Message-ID index).
    """
    if not message_ids:
        return None
    ids = list(dict.fromkeys(message_ids))
    ticket_of: dict[str, int] = {}
    if session.autoflush:  # the ORM select this was flushed pending changes first; a Core one does not
        session.flush()
    rows: Sequence[Row[str, int | None, int]] = session.execute(_TICKETS_OF_MESSAGE_IDS, {"ids": ids}).all()
    for message_id, ticket_id, _newest in rows:
        if ticket_id is not None:
            ticket_of[message_id] = ticket_id  # later rows (newer inbound messages) overwrite earlier ones
    for message_id in ids:
        if message_id in ticket_of:
            return session.get(Ticket, ticket_of[message_id])
    return None


def find_by_ref(session: Session, ref: str) -> Ticket | None:
    return session.execute(_TICKET_BY_REF, {"ref": ref.upper()}).scalar_one_or_none()


def record_activity(session: Session, ticket: Ticket, at: datetime, *, reopen: bool) -> None:
    """Records activity on the ticket; a customer's mail reopens a closed or pending ticket (audited).

    What changed is written with one Core UPDATE and the loaded row kept in step, so no unit-of-work flush is
    needed for it; a row with unflushed changes of its own gets these as well, for the unit of work to write.
    """
    changes: dict[str, object] = {}
    if at > ticket.last_activity_at:
        changes["last_activity_at"] = at
    if reopen and ticket.status != "open":
        changes |= {"status": "open", "closed_at": None, "status_changed_at": at}
        details = {"ref": ticket.ref, "before": ticket.status, "after": "open", "reason": "customer_mail"}
        event = {"at": at, "actor": "daemon", "action": "ticket_status", "entity": "ticket"}
        session.execute(_INSERT_AUDIT, {**event, "entity_id": ticket.id, "details": details})
    if not changes:
        return
    if inspect(ticket).modified:
        for field, value in changes.items():
            setattr(ticket, field, value)
        return
    session.execute(_UPDATE_TICKET, {**changes, "ticket_id": ticket.id})
    for field, value in changes.items():
        set_committed_value(ticket, field, value)


def create_ticket(
    session: Session,
    *,
    prefix: str,
    subject: str,
    language: str,
    customer_id: int | None,
    created_at: datetime,
    previous: Ticket | None = None,
    reason: str,
) -> tuple[int, str]:
    """Opens a ticket, gives it its ref and writes the audit event (no personal data in it); (id, ref)."""
    ticket = {
        "status": "open",
        "subject": subject,
        "language": language,
        "customer_id": customer_id,
        "created_at": created_at,
        "last_activity_at": created_at,
        "previous_ticket_id": previous.id if previous else None,
        "delivery_failed": False,
    }
    ticket_id: int = session.execute(_INSERT_TICKET, ticket).scalar_one()
    ref = format_ref(prefix, ticket_id)
    session.execute(_SET_REF, {"ticket_id": ticket_id, "new_ref": ref})
    details: dict[str, str] = {"ref": ref, "reason": reason}
    if previous is not None and previous.ref is not None:
        details["previous_ref"] = previous.ref
    event = {
        "at": created_at,
        "actor": "daemon",
        "action": "ticket_created",
        "entity": "ticket",
        "entity_id": ticket_id,
        "details": details,
    }
    session.execute(_INSERT_AUDIT, event)
    return ticket_id, ref


def add_participant(
    session: Session, ticket_id: int, email: str, name: str | None, *, role: str, now: datetime
) -> bool:
    """Records `email` as a participant of the ticket; False when it already was one."""
    participant = {
        "ticket_id": ticket_id,
        "email": email.lower(),
        "name": name,
        "role": role,
        "added_at": now,
    }
    added = session.execute(
        insert_unless_exists(session, _PARTICIPANTS, _PARTICIPANTS.c.id), participant
    ).first()
    return added is not None


def add_first_participant(
    session: Session, ticket_id: int, email: str, name: str | None, *, now: datetime
) -> None:
    """Records the writer of a new ticket as its customer participant (a new ticket has nobody yet)."""
    participant = {
        "ticket_id": ticket_id,
        "email": email.lower(),
        "name": name,
        "role": "customer",
        "added_at": now,
    }
    session.execute(_INSERT_PARTICIPANT, participant)


def is_closed_before(ticket: Ticket, cutoff: datetime) -> bool:
    """True when the ticket is closed and was closed before `cutoff` (the reopen window has passed)."""
    return ticket.status == "closed" and ticket.closed_at is not None and ticket.closed_at < cutoff


# Built once: executed with a dict of values per call (no per-call statement construction).
_TICKETS = table_of(Ticket)
_PARTICIPANTS = table_of(Participant)
_INSERT_TICKET = insert(_TICKETS).returning(_TICKETS.c.id)
_SET_REF = update(_TICKETS).where(_TICKETS.c.id == bindparam("ticket_id")).values(ref=bindparam("new_ref"))
_INSERT_PARTICIPANT = insert(_PARTICIPANTS)
_INSERT_AUDIT = insert(table_of(AuditEvent))
_TICKET_BY_REF = select(Ticket).where(Ticket.ref == bindparam("ref"))


# Built once: the IN list is one expanding bind parameter, so the statement is not rebuilt for each mail.
# Core columns, not the ORM's: an ORM select costs an ORM compile state and result handling per execution.
_OUTBOX = table_of(OutboxMail).c
_MESSAGES = table_of(MessageRow).c
_TICKETS_OF_MESSAGE_IDS = union_all(
    select(_OUTBOX.message_id, _OUTBOX.ticket_id, literal(0).label("newest")).where(
        _OUTBOX.message_id.in_(bindparam("ids", expanding=True)), _OUTBOX.ticket_id.is_not(None)
    ),
    select(_MESSAGES.message_id, _MESSAGES.ticket_id, _MESSAGES.id).where(
        _MESSAGES.message_id.in_(bindparam("ids", expanding=True)), _MESSAGES.ticket_id.is_not(None)
    ),
).order_by(text("newest"))
#: The columns set are those of the parameters (what `record_activity` changes).
_UPDATE_TICKET = update(_TICKETS).where(_TICKETS.c.id == bindparam("ticket_id"))
