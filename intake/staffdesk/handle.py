"""The pipeline's hook for staff work by mail, run after routing in the same transaction (docs/staff.md).

- A configured staff member's mail on a ticket: proven (Authentication-Results of our server, or the ticket's
  token, as `[staff] auth` says)? Then its commands are carried out and its answer is relayed to the people on
  the ticket; an unknown or refused command gets an error mail to the agent and nothing else happens. Not
  proven: kept on the ticket as a suspicious message ("staff_unverified"), staff warned once per ticket.
- A customer's later mail on a ticket: its new text to the assigned agent, else the staff list.
- A bounce of a relayed answer: recorded on the ticket, the agent told.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from intake.config import Settings
from intake.staff_config import StaffMember
from intake.staffdesk import mails, tokens
from intake.staffdesk.identity import StaffDirectory, results_verdict
from intake.staffdesk.work import StaffWork, carry_out
from parsers import Classification, ParsedMessage
from storage import ticket_lifecycle
from storage.models import AuditEvent, Customer, Message, OutboxMail, Ticket
from storage.outcome import NewOutboxMail, RouteOutcome

logger = logging.getLogger(__name__)

#: Routing reasons of a customer mail that threaded onto an existing ticket.
_FOLLOW_UPS = ("in_reply_to", "subject_ref", "body_ref")
#: Notifications staff (or the privacy officer) may answer by mail: they carry the ticket's token.
_ANSWERABLE = frozenset({"staff_new_ticket", "privacy_new_request", "privacy_flag"})
#: Header bytes read for Authentication-Results at most: they sit at the top, and a mail's head is small.
MAX_HEADER_BYTES = 256 * 1024

RawLoader = Callable[[], bytes | None]


def after_route_sync(
    session: Session,
    parsed: ParsedMessage,
    outcome: RouteOutcome,
    *,
    composed: list[NewOutboxMail],
    raw: RawLoader,
    settings: Settings,
    now: datetime,
) -> list[NewOutboxMail]:
    """`composed` (the mails compose asked for; notifications get the ticket's token when `[staff] auth` uses
    one) and the rows staff work asks for. Routing has stored the message. Nothing changes without staff."""
    if not (settings.staff.addresses or settings.staff.domains) or outcome.reason == "duplicate":
        return composed
    mails_out = [mails.with_token(m, settings) if m.kind in _ANSWERABLE else m for m in composed]
    return mails_out + _staff_work(session, parsed, outcome, raw=raw, settings=settings, now=now)


def _staff_work(
    session: Session,
    parsed: ParsedMessage,
    outcome: RouteOutcome,
    *,
    raw: RawLoader,
    settings: Settings,
    now: datetime,
) -> list[NewOutboxMail]:
    directory = StaffDirectory.of(settings)
    if outcome.bounced_outbox_id is not None:
        return _answer_bounced(session, parsed, outcome.bounced_outbox_id, settings=settings, now=now)
    if parsed.classification == Classification.STAFF:
        member = directory.member(parsed.headers.from_address)
        if member is None:  # the help desk's own address (a Bcc): attached by routing, nothing to do
            return []
        return _staff_mail(session, parsed, outcome, member, directory, raw=raw, settings=settings, now=now)
    if parsed.classification == Classification.CUSTOMER and outcome.reason in _FOLLOW_UPS:
        return _customer_follow_up(session, parsed, outcome, settings=settings, now=now)
    return []


def header_values(raw: bytes | None, name: str) -> list[str]:
    """Every value of header `name` in the raw mail, top first (the head only is read)."""
    if not raw:
        return []
    head = raw[:MAX_HEADER_BYTES]
    message = BytesHeaderParser(policy=compat32).parsebytes(head)
    return [str(v) for v in message.get_all(name, [])]


def authentication_problem(
    parsed: ParsedMessage, ticket: Ticket | None, *, raw: RawLoader, settings: Settings
) -> str | None:
    """None when the mail is proven to come from its staff From; else why not (no personal data)."""
    staff = settings.staff
    problems: list[str] = []
    if staff.auth in ("authentication-results", "both"):
        verdict = results_verdict(
            header_values(raw(), "Authentication-Results"),
            authserv_id=staff.authserv_id,
            from_address=parsed.headers.from_address or "",
        )
        if verdict is not None:
            problems.append(verdict)
    if staff.auth in ("token", "both"):
        problems += _token_problem(parsed, ticket, settings=settings)
    return ", ".join(problems) or None


def _token_problem(parsed: ParsedMessage, ticket: Ticket | None, *, settings: Settings) -> list[str]:
    if ticket is None or ticket.ref is None:
        return ["no_ticket_token"]
    try:
        secret = settings.staff.token_secret()
    except ValueError:
        return ["token_secret_unavailable"]
    head = parsed.headers
    proven = tokens.proves(
        ticket.ref,
        secret,
        addresses=(*head.to, *head.cc),
        message_ids=(*head.in_reply_to, *head.references),
    )
    return [] if proven else ["no_valid_ticket_token"]


def _set_message(session: Session, outcome: RouteOutcome, **values: object) -> None:
    if outcome.message_row_id is not None:
        session.execute(update(Message).where(Message.id == outcome.message_row_id).values(**values))


def _staff_mail(
    session: Session,
    parsed: ParsedMessage,
    outcome: RouteOutcome,
    member: StaffMember,
    directory: StaffDirectory,
    *,
    raw: RawLoader,
    settings: Settings,
    now: datetime,
) -> list[NewOutboxMail]:
    ticket = session.get(Ticket, outcome.ticket_id) if outcome.ticket_id is not None else None
    problem = authentication_problem(parsed, ticket, raw=raw, settings=settings)
    if problem is not None:
        return _unverified(session, outcome, ticket, member, problem, settings=settings, now=now)
    _set_message(session, outcome, from_name=member.display_name)
    work = StaffWork(parsed, outcome, ticket, member, directory)
    return carry_out(session, work, settings=settings, now=now)


def _unverified(
    session: Session,
    outcome: RouteOutcome,
    ticket: Ticket | None,
    member: StaffMember,
    problem: str,
    *,
    settings: Settings,
    now: datetime,
) -> list[NewOutboxMail]:
    """Kept as a suspicious message; staff warned once per ticket (or once a day for mail on no ticket)."""
    _set_message(session, outcome, route_reason="staff_unverified", direction="in")
    entity, entity_id = ("ticket", ticket.id) if ticket is not None else ("message", outcome.message_row_id)
    session.add(
        AuditEvent(
            at=now,
            actor="daemon",
            action="staff_mail_unverified",
            entity=entity,
            entity_id=entity_id,
            details={"message_id": outcome.message_row_id, "reason": problem, "claimed_role": member.role},
        )
    )
    logger.warning("staff_mail_unverified message=%s reason=%s", outcome.message_row_id, problem)
    warned = exists().where(
        OutboxMail.kind == "staff_forged_warning",
        OutboxMail.ticket_id == ticket.id if ticket is not None else OutboxMail.ticket_id.is_(None),
    )
    if ticket is None:
        warned = warned.where(OutboxMail.created_at > now - timedelta(days=1))
    if session.execute(select(warned)).scalar():
        return []
    return mails.forged_warnings(
        settings, ticket=ticket, claimed_from=member.address, reason=problem, now=now
    )


def _customer_follow_up(
    session: Session, parsed: ParsedMessage, outcome: RouteOutcome, *, settings: Settings, now: datetime
) -> list[NewOutboxMail]:
    ticket = session.get(Ticket, outcome.ticket_id) if outcome.ticket_id is not None else None
    if ticket is None:
        return []
    customer = session.get(Customer, ticket.customer_id) if ticket.customer_id is not None else None
    return mails.customer_updates(
        settings,
        ticket=ticket,
        text=parsed.text,
        subject=parsed.subject,
        restricted=bool(customer and customer.restricted),
        now=now,
    )


def _answer_bounced(
    session: Session, parsed: ParsedMessage, outbox_id: int, *, settings: Settings, now: datetime
) -> list[NewOutboxMail]:
    """A relayed answer bounced: the ticket shows it, and the agent who wrote it is told."""
    status = parsed.bounce.status if parsed.bounce is not None and parsed.bounce.status else ""
    return answer_failed(session, outbox_id, status=status, settings=settings, now=now)


def answer_failed(
    session: Session, outbox_id: int, *, status: str, settings: Settings, now: datetime
) -> list[NewOutboxMail]:
    """A relayed answer did not reach the customer (a bounce, or the relay refused it): the ticket shows it,
    the audit log records it (once), and the agent who wrote it is told."""
    row = session.get(OutboxMail, outbox_id)
    if row is None or row.kind != "staff_answer" or row.ticket_id is None:
        return []
    ticket = session.get(Ticket, row.ticket_id)
    if ticket is None:
        return []
    ticket.delivery_failed = True
    agent = session.execute(
        select(AuditEvent.actor)
        .where(
            AuditEvent.entity == "ticket",
            AuditEvent.entity_id == ticket.id,
            AuditEvent.action == "staff_answer",
        )
        .where(AuditEvent.details["outbox_id"].as_integer() == outbox_id)
    ).scalar()
    ticket_lifecycle.audit(
        session, ticket, "staff_answer_bounced", actor="daemon", now=now, outbox_id=outbox_id, status=status
    )
    recipients = (agent,) if agent else mails.staff_recipients(settings, ticket.assignee)
    return [
        mails.answer_bounced(settings, ticket=ticket, agent=to, status=status, now=now) for to in recipients
    ]
