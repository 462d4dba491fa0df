"""Routing (stage 4 of the pipeline): a parsed mail becomes a message on a ticket, maybe a rights request.

Threading follows design §3.4, in this order (`THREADING_RULES`, the winner is `RouteOutcome.reason`):
1. In-Reply-To, then References (newest first), naming a Message-ID we stored: inbound, or one of our outbox mails;
2. the ticket ref in the subject, then in the body, for a ticket that exists;
3. otherwise a new ticket. A match on a ticket closed longer than the reopen window before the mail's receipt
   opens a new ticket linked to it (`previous_ticket_id`); a match within the window reopens the ticket.
A writer not yet on the ticket becomes a participant.

Automatic mail never opens a ticket: a bounce of one of our outbox mails (by the Message-ID it reports, or by the
VERP envelope sender help+bounce-<outbox id>@ it was sent back to) marks that mail failed (and its ticket
`delivery_failed`, the customer `bounced_hard` when permanent); auto-replies and bounces that refer to a ticket
are attached to it; everything else (bulk mail too) is kept without a ticket. Staff mail (a Bcc of a staff reply)
is attached as staff mail. Routing never commits: the pipeline commits ticket, message, rights request and
outbox rows together.

Writes are Core statements (INSERT ... RETURNING), not the ORM unit of work: the pipeline runs this once per mail
and a flush costs several times a statement (docs/performance.md "Ingest"). Rows that routing
updates (a ticket it threads to, a customer it knows) are loaded as ORM objects and flushed with the commit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import bindparam, insert, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from parsers import Classification, ParsedMessage
from storage import delivery_reports, tickets
from storage.blobs import store_attachments
from storage.customers import upsert_customer
from storage.models import Customer, Message, SpoolEntry, Ticket, table_of
from storage.outcome import RouteOutcome
from storage.rights_queue import TO_CONFIRM, effective_due_date, open_request

_MESSAGES = table_of(Message)
_INSERT_MESSAGE = insert(_MESSAGES).returning(_MESSAGES.c.id)  # built once, executed with values
_SPOOL_SHA256 = select(table_of(SpoolEntry).c.sha256).where(
    table_of(SpoolEntry).c.id == bindparam("spool_id")
)


@dataclass(frozen=True, slots=True)
class RoutingConfig:
    """What routing needs from the settings (built by `intake` from [helpdesk], [rights] and [database])."""

    files_dir: Path  # attachments and identity documents are written under it
    ticket_prefix: str = "TB"
    reopen_window_days: int = 90
    promised_days: int = 28
    identity_step: str = "id_copy"  # id_copy | registered_address
    own_addresses: tuple[str, ...] = ()
    help_address: str = (
        "help@tinybots.nl"  # VERP envelope senders help+bounce-<outbox id>@... are built on it
    )


@dataclass(frozen=True, slots=True)
class Routed:
    """What `route_sync` decided, and the writer's customer row as routing left it (compose reads it)."""

    outcome: RouteOutcome
    customer: Customer | None


@dataclass(frozen=True, slots=True)
class _Placement:
    """Where a message goes: its ticket (or none), why, and what routing created on the way."""

    reason: str
    ticket_id: int | None = None
    ticket_ref: str | None = None
    ticket_created: bool = False
    previous_ref: str | None = None
    participant_added: str | None = None
    customer_id: int | None = None
    customer: Customer | None = None  # the writer's row, for customer mail
    bounced_outbox_id: int | None = None


def _on(reason: str, ticket: Ticket | None, *, bounced_outbox_id: int | None = None) -> _Placement:
    """A placement on an existing ticket (or on none), its customer being the ticket's."""
    if ticket is None:
        return _Placement(reason, bounced_outbox_id=bounced_outbox_id)
    return _Placement(
        reason, ticket.id, ticket.ref, customer_id=ticket.customer_id, bounced_outbox_id=bounced_outbox_id
    )


async def route(
    session: AsyncSession,
    parsed: ParsedMessage,
    *,
    spool_id: int,
    received_at: datetime,
    config: RoutingConfig,
    now: datetime,
) -> RouteOutcome:
    """`route_sync` in an async session."""
    routed = await session.run_sync(
        route_sync, parsed, spool_id=spool_id, received_at=received_at, config=config, now=now
    )
    return routed.outcome


def route_sync(
    session: Session,
    parsed: ParsedMessage,
    *,
    spool_id: int,
    received_at: datetime,
    config: RoutingConfig,
    now: datetime,
    spool_sha256: str | None = None,
) -> Routed:
    """Threads `parsed` (spool entry `spool_id`, received at `received_at`) and stores it; see the module doc.
    `spool_sha256`: the entry's, when the caller has it (attachment files are stored under it), else read.

    Called once per spool entry (the pipeline claims the entry first); a second call for the same entry fails
    on the unique `messages.spool_id`, so it can never store the mail twice.
    """
    if parsed.classification.is_automatic:
        placement = _place_automatic(session, parsed, config=config, now=now)
    elif parsed.classification == Classification.STAFF:
        placement = _place_staff(session, parsed, received_at=received_at)
    else:
        placement = _place_customer(session, parsed, received_at=received_at, config=config, now=now)
    message_row_id = _store_message(
        session,
        parsed,
        placement,
        spool_id=spool_id,
        received_at=received_at,
        config=config,
        spool_sha256=spool_sha256,
    )
    outcome = RouteOutcome(
        reason=placement.reason,
        message_row_id=message_row_id,
        ticket_id=placement.ticket_id,
        ticket_ref=placement.ticket_ref,
        ticket_created=placement.ticket_created,
        customer_id=placement.customer_id,
        previous_ticket_ref=placement.previous_ref,
        bounced_outbox_id=placement.bounced_outbox_id,
        participant_added=placement.participant_added,
    )
    if (parsed.rights or parsed.rights_possible) and parsed.classification == Classification.CUSTOMER:
        outcome = _queue_rights(session, parsed, outcome, received_at=received_at, config=config)
    return Routed(outcome, placement.customer)


# --- threading -------------------------------------------------------------------------------------------------


def _by_headers(session: Session, parsed: ParsedMessage) -> Ticket | None:
    answered = (*parsed.headers.in_reply_to, *reversed(parsed.headers.references))
    return tickets.find_by_message_ids(session, answered)


def _ref_in_subject(parsed: ParsedMessage) -> bool:
    return parsed.ticket_ref is not None and parsed.ticket_ref.upper() in parsed.subject.upper()


def _by_subject_ref(session: Session, parsed: ParsedMessage) -> Ticket | None:
    if parsed.ticket_ref is None or not _ref_in_subject(parsed):
        return None
    return tickets.find_by_ref(session, parsed.ticket_ref)


def _by_body_ref(session: Session, parsed: ParsedMessage) -> Ticket | None:
    if parsed.ticket_ref is None or _ref_in_subject(parsed):
        return None
    return tickets.find_by_ref(session, parsed.ticket_ref)


#: Design §3.4 in order; the name of the first rule that finds a ticket is the route reason.
THREADING_RULES: tuple[tuple[str, Callable[[Session, ParsedMessage], Ticket | None]], ...] = (
    ("in_reply_to", _by_headers),
    ("subject_ref", _by_subject_ref),
    ("body_ref", _by_body_ref),
)


def find_thread(session: Session, parsed: ParsedMessage) -> tuple[str, Ticket] | None:
    """The first threading rule that finds an existing ticket for the mail, and that ticket."""
    for reason, rule in THREADING_RULES:
        ticket = rule(session, parsed)
        if ticket is not None:
            return reason, ticket
    return None


# --- placement per classification ---------------------------------------------------------------------------


def _writer(parsed: ParsedMessage) -> tuple[str | None, str | None]:
    """The writer's address and name: the extracted customer's, else the From header's."""
    customer = parsed.customer
    email = customer.email.value if customer.email else parsed.headers.from_address
    name = customer.name.value if customer.name else parsed.headers.from_name
    return (email.lower() if email else None), name


def _place_customer(
    session: Session,
    parsed: ParsedMessage,
    *,
    received_at: datetime,
    config: RoutingConfig,
    now: datetime,
) -> _Placement:
    # Only a person's own mail may say who they are: automatic mail never reaches this (see `route_sync`).
    customer = upsert_customer(session, parsed.customer, now=now)
    customer_id = customer.id if customer else None
    email, name = _writer(parsed)
    found = find_thread(session, parsed)
    cutoff = received_at - timedelta(days=config.reopen_window_days)
    if found is not None and not tickets.is_closed_before(found[1], cutoff):
        reason, ticket = found
        tickets.record_activity(session, ticket, received_at, reopen=True)
        added = None
        if email and email not in config.own_addresses:
            is_new = tickets.add_participant(session, ticket.id, email, name, role="participant", now=now)
            added = email if is_new else None
        return _Placement(
            reason,
            ticket.id,
            ticket.ref,
            participant_added=added,
            customer_id=customer_id,
            customer=customer,
        )
    previous = found[1] if found is not None else None
    reason = "reopened_as_new" if previous is not None else "new_ticket"
    ticket_id, ref = tickets.create_ticket(
        session,
        prefix=config.ticket_prefix,
        subject=parsed.subject,
        language=parsed.language,
        customer_id=customer_id,
        created_at=received_at,
        previous=previous,
        reason=reason,
    )
    if email:
        tickets.add_first_participant(session, ticket_id, email, name, now=now)
    return _Placement(
        reason,
        ticket_id,
        ref,
        ticket_created=True,
        previous_ref=previous.ref if previous else None,
        customer_id=customer_id,
        customer=customer,
    )


def _place_staff(session: Session, parsed: ParsedMessage, *, received_at: datetime) -> _Placement:
    found = find_thread(session, parsed)
    if found is None:
        return _Placement("staff_unticketed")
    ticket = found[1]
    tickets.record_activity(session, ticket, received_at, reopen=False)
    return _on("staff_attached", ticket)


def _place_automatic(
    session: Session, parsed: ParsedMessage, *, config: RoutingConfig, now: datetime
) -> _Placement:
    """Automatic mail never opens a ticket and never creates or changes a customer: the address in a bounce
    is the failed recipient's, in an auto-reply or bulk mail a machine's (parsed.customer is not used)."""
    reported = (
        delivery_reports.reported_mail(session, parsed, help_address=config.help_address)
        if parsed.classification == Classification.BOUNCE
        else None
    )
    if reported is not None:
        failed = delivery_reports.record(session, parsed, reported, now=now)
        ticket = session.get(Ticket, reported.ticket_id) if reported.ticket_id is not None else None
        reason = "automatic_attached" if ticket is not None else "automatic_unticketed"
        return _on(reason, ticket, bounced_outbox_id=reported.id if failed else None)
    if parsed.classification == Classification.BULK:
        return _Placement("automatic_unticketed")
    found = find_thread(session, parsed)
    if found is None:
        return _Placement("automatic_unticketed")
    return _on("automatic_attached", found[1])


# --- storing --------------------------------------------------------------------------------------------------


def _store_message(
    session: Session,
    parsed: ParsedMessage,
    placement: _Placement,
    *,
    spool_id: int,
    received_at: datetime,
    config: RoutingConfig,
    spool_sha256: str | None,
) -> int:
    """Inserts the message row (and its attachments' rows and files); returns its id."""
    headers = parsed.headers
    message = {
        "ticket_id": placement.ticket_id,
        "spool_id": spool_id,
        "message_id": headers.message_id,
        "direction": "out" if parsed.classification == Classification.STAFF else "in",
        "classification": parsed.classification.value,
        "from_address": headers.from_address,
        "from_name": headers.from_name,
        "to_addresses": [*headers.to, *headers.cc],
        "subject": headers.subject,
        "received_at": received_at,
        "text": parsed.text,
        "quoted": parsed.quoted,
        "signature": parsed.signature,
        "language": parsed.language,
        "rights": [r.value for r in parsed.rights],
        "rights_possible": [r.value for r in parsed.rights_possible],
        "flags": [f.value for f in parsed.flags],
        "in_reply_to": list(headers.in_reply_to),
        "references": list(headers.references),
        "redaction_count": sum(r.count for r in parsed.redactions),
        "route_reason": placement.reason,
        "created_at": received_at,
    }
    message_row_id: int = session.execute(_INSERT_MESSAGE, message).scalar_one()
    if parsed.attachments:
        sha256 = spool_sha256 or session.execute(_SPOOL_SHA256, {"spool_id": spool_id}).scalar_one()
        rows = store_attachments(config.files_dir, sha256, parsed.attachments)
        for row in rows:
            row.message_id = message_row_id
        session.add_all(rows)
    return message_row_id


def _queue_rights(
    session: Session,
    parsed: ParsedMessage,
    outcome: RouteOutcome,
    *,
    received_at: datetime,
    config: RoutingConfig,
) -> RouteOutcome:
    assert outcome.message_row_id is not None  # a routed message always has its row
    request = open_request(
        session,
        ticket_id=outcome.ticket_id,
        ticket_ref=outcome.ticket_ref,
        message_row_id=outcome.message_row_id,
        customer_id=outcome.customer_id,
        rights=tuple(r.value for r in parsed.rights),
        rights_possible=tuple(r.value for r in parsed.rights_possible),
        flags=tuple(f.value for f in parsed.flags),
        received_at=received_at,
        promised_days=config.promised_days,
        identity_step=config.identity_step,
    )
    return replace(
        outcome,
        rights_request_id=request.id,
        rights_due_date=effective_due_date(request),
        rights_legal_due_date=request.legal_due_date,
        rights_to_confirm=request.status == TO_CONFIRM,
    )


async def duplicate_outcome(session: AsyncSession, spool_id: int) -> RouteOutcome | None:
    """`duplicate_outcome_sync` in an async session."""
    return await session.run_sync(duplicate_outcome_sync, spool_id)


def duplicate_outcome_sync(session: Session, spool_id: int) -> RouteOutcome | None:
    """The outcome of an earlier routing of this spool entry (exactly once), or None when there was none."""
    query = (
        select(Message, Ticket)
        .outerjoin(Ticket, Ticket.id == Message.ticket_id)
        .where(Message.spool_id == spool_id)
    )
    row = session.execute(query).first()
    if row is None:
        return None
    message, ticket = row
    return RouteOutcome(
        reason="duplicate",
        message_row_id=message.id,
        ticket_id=ticket.id if ticket else None,
        ticket_ref=ticket.ref if ticket else None,
        ticket_created=False,
        customer_id=ticket.customer_id if ticket else None,
    )
