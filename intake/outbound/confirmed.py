"""The rights acknowledgement for a possible request the privacy officer confirmed (`intake rights confirm`).

At receipt a possible request (status to_confirm) got the ordinary ticket acknowledgement, so that a journalist
or a device question is never told "your privacy request". Once confirmed, the writer gets the rights
acknowledgement with the deadline and the identity step, composed as at receipt: the stored mail is parsed
again from the spool (the parser is pure, so it says what it said then) and threaded under it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from intake.config import Settings
from intake.outbound.compose import acknowledgement
from parsers import parse_message
from storage import outbox
from storage.errors import NotFound
from storage.models import Customer, Message, RightsRequest, SpoolEntry, Ticket
from storage.outcome import NewOutboxMail, RouteOutcome
from storage.rights_queue import effective_due_date


def queue_rights_acknowledgement_sync(
    session: Session, request_id: int, *, settings: Settings, now: datetime
) -> list[NewOutboxMail]:
    """Queues (in the caller's transaction) the rights acknowledgement of a confirmed request; returns it
    (suppressed rows included, with their reason: a restricted person, a loop rule, a limit)."""
    request = session.get(RightsRequest, request_id)
    if request is None or request.message_id is None:
        raise NotFound(f"rights request {request_id} has no stored mail to acknowledge")
    message = session.get(Message, request.message_id)
    entry = session.get(SpoolEntry, message.spool_id) if message and message.spool_id is not None else None
    if message is None or entry is None or entry.raw is None:
        raise NotFound(
            f"rights request {request_id}: its mail's bytes are gone (purged); acknowledge by hand"
        )
    ticket = session.get(Ticket, request.ticket_id) if request.ticket_id is not None else None
    customer_id = request.customer_id or (ticket.customer_id if ticket else None)
    customer = session.get(Customer, customer_id) if customer_id is not None else None
    parsed = parse_message(entry.raw, config=settings.helpdesk.parser_config(), now=now)
    outcome = RouteOutcome(
        reason="rights_confirmed",
        message_row_id=message.id,
        ticket_id=ticket.id if ticket else None,
        ticket_ref=ticket.ref if ticket else None,
        ticket_created=False,
        customer_id=customer_id,
        rights_request_id=request.id,
        rights_due_date=effective_due_date(request),
        rights_legal_due_date=request.legal_due_date,
    )
    mails = acknowledgement(session, outcome, parsed, customer, settings=settings, now=now)
    outbox.add_sync(session, mails, now=now)
    return mails
