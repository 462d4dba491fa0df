"""The daemon's periodic staff job: pending tickets without a customer mail for `[staff] auto_close_days` close,
and an agent whose relayed answer the relay refused (no bounce will come for it) is told.

The clock is passed in (`now`), so tests close tickets "days later" without waiting. With
`notify_customer_on_auto_close` the customer gets a short note (never a restricted person, never an address
that bounced for good); by default nothing is sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.config import Settings
from storage import outbox, ticket_lifecycle
from storage.database import Database
from storage.models import AuditEvent, Customer, OutboxMail, Ticket
from storage.outcome import NewOutboxMail

logger = logging.getLogger(__name__)

#: How often the daemon looks for tickets to close: a day's granularity needs no more.
AUTO_CLOSE_SECONDS = 15 * 60


async def close_stale_tickets(db: Database, settings: Settings, *, now: datetime) -> int:
    """Closes the pending tickets that are due at `now`, in one transaction; returns how many."""
    days = settings.staff.auto_close_days

    def work(session: Session) -> int:
        closed = ticket_lifecycle.auto_close(session, now=now, days=days)
        notes: list[NewOutboxMail] = _refused_answers(session, settings=settings, now=now)
        if settings.staff.notify_customer_on_auto_close:
            for item in closed:
                notes += _note_to_customer(session, item, settings=settings, now=now)
        outbox.add_sync(session, notes, now=now)
        session.commit()
        return len(closed)

    if days <= 0 and not (settings.staff.addresses or settings.staff.domains):
        return 0
    count = await db.run_sync(work)
    if count:
        logger.info("tickets_auto_closed count=%d", count)
    return count


def _refused_answers(session: Session, *, settings: Settings, now: datetime) -> list[NewOutboxMail]:
    """Relayed answers the relay refused (a 5xx while sending: no bounce will come) that no agent was told of
    yet: each is reported like a bounce (intake/staffdesk/handle.py `answer_failed`), once."""
    told = select(AuditEvent.details["outbox_id"].as_integer()).where(
        AuditEvent.action == "staff_answer_bounced", AuditEvent.entity == "ticket"
    )
    refused = session.execute(
        select(OutboxMail.id, OutboxMail.last_error)
        .where(OutboxMail.kind == "staff_answer", OutboxMail.state == "failed", OutboxMail.id.not_in(told))
        .order_by(OutboxMail.id)
        .limit(100)
    ).all()
    if not refused:
        return []
    from intake.staffdesk.handle import answer_failed  # composing loads the parser: only when needed

    notes: list[NewOutboxMail] = []
    for outbox_id, error in refused:
        code = (error or "").split(" ", 1)[0]
        notes += answer_failed(session, outbox_id, status=code, settings=settings, now=now)
    return notes


def _note_to_customer(
    session: Session, item: ticket_lifecycle.AutoClosed, *, settings: Settings, now: datetime
) -> list[NewOutboxMail]:
    from intake.staffdesk import mails  # composing loads the parser: only when a note is really sent

    ticket = session.get(Ticket, item.ticket_id)
    customer = session.get(Customer, item.customer_id) if item.customer_id is not None else None
    if ticket is None or customer is None or not customer.email:
        return []
    if customer.restricted or customer.bounced_hard:
        return []
    return [mails.auto_closed(settings, ticket=ticket, recipient=customer.email, name=customer.name, now=now)]


async def run_auto_close(
    db: Database, settings: Settings, stop: asyncio.Event, *, clock: Callable[[], datetime]
) -> None:
    """The daemon's task: closes due tickets now and every AUTO_CLOSE_SECONDS until `stop`."""
    while not stop.is_set():
        try:
            await close_stale_tickets(db, settings, now=clock())
        except Exception:  # the one catch-all of this loop: log, try again next round
            logger.exception("auto_close_failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=AUTO_CLOSE_SECONDS)
