"""Delivery reports (DSNs) about our own outbox mails, for routing: which mail a report is about, and what it
changes.

A failure marks the mail failed (its ticket `delivery_failed`, the address `bounced_hard` when permanent, see
`outbox.mark_failed`). A delay (BounceReport.permanent False: 4.x.x, "Action: delayed") says only that the
relay is still trying: the mail stays as it is (marking it failed would stop a delivery that may still succeed)
and the ticket's audit log records the report. Neither ever creates or changes a customer from what the report
itself says (its addresses are the failed recipient's or a machine's).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from parsers import ParsedMessage
from storage import outbox
from storage.models import AuditEvent, OutboxMail, table_of

_INSERT_AUDIT = insert(table_of(AuditEvent))


def reported_mail(session: Session, parsed: ParsedMessage, *, help_address: str) -> OutboxMail | None:
    """The outbox mail a delivery report is about: by the Message-ID it reports (or answers), else by the VERP
    envelope sender it was addressed to (help+bounce-<outbox id>@..., storage/outbox.py)."""
    report = parsed.bounce
    candidates = (
        *((report.original_message_id,) if report and report.original_message_id else ()),
        *parsed.headers.in_reply_to,
    )
    for message_id in candidates:
        row = outbox.find_by_message_id_sync(session, message_id)
        if row is not None:
            return row
    for address in (*parsed.headers.to, *parsed.headers.cc):
        outbox_id = outbox.outbox_id_from_verp(address, help_address=help_address)
        if outbox_id is not None:
            return session.get(OutboxMail, outbox_id)
    return None


def record(session: Session, parsed: ParsedMessage, mail: OutboxMail, *, now: datetime) -> bool:
    """Applies the report to `mail` (module doc); True when it marked the mail failed, False for a delay."""
    report = parsed.bounce
    status = (report.status if report else None) or "unknown"
    if report is not None and not report.permanent:
        event = {
            "at": now,
            "actor": "daemon",
            "action": "delivery_delayed",
            "entity": "ticket" if mail.ticket_id is not None else "outbox",
            "entity_id": mail.ticket_id if mail.ticket_id is not None else mail.id,
            "details": {"outbox_id": mail.id, "kind": mail.kind, "status": status[:16]},
        }
        session.execute(_INSERT_AUDIT, event)
        return False
    permanent = report is not None and report.permanent
    outbox.mark_failed_sync(session, mail.id, now=now, error=f"bounced: {status}", hard_bounce=permanent)
    return True
