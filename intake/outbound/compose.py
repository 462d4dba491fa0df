"""Stage 5 of the pipeline: what routing decided -> the mails to send (outbox rows, same transaction).

Per routed message: an acknowledgement to the writer when a ticket is opened or a rights request made (the
rights acknowledgement, with its deadline and identity step, stands in for the plain one: one mail, not two;
a request the parser found only possible gets the plain one until the privacy officer confirms it, see
intake/outbound/confirmed.py),
a notification to staff per new ticket, and one to the privacy officer per rights request or privacy signal.
Whether the writer may be answered at all is `loop_guard`'s decision; a "no" is kept as a suppressed row.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from intake.config import Settings
from intake.outbound import loop_guard, wording
from intake.outbound.message import header_text, one_line
from intake.outbound.notify import brake_alerts, privacy_notifications, staff_notification
from intake.outbound.outbox_mail import UNKNOWN, new_mail, suppress
from parsers import Classification, Flag, ParsedMessage
from storage.models import Customer
from storage.outcome import NewOutboxMail, RouteOutcome

#: Reply and forward prefixes (en, nl, de, nordic, fr) and bracketed tags, stacked at the start of a subject.
_PREFIXES = re.compile(
    r"^\s*(?:(?:re|fw|fwd|aw|wg|antw|sv|vs|tr|doorst)\s*(?:\[\d+\])?\s*:|\[[^\]]{0,40}\])\s*", re.I
)
_PRIVACY_FLAGS = (Flag.COMPLAINT_AUTHORITY, Flag.DATA_BREACH)
_NO_SUBJECT = {"nl": "(geen onderwerp)", "en": "(no subject)"}


async def compose_for_route(
    session: AsyncSession, outcome: RouteOutcome, parsed: ParsedMessage, *, settings: Settings, now: datetime
) -> list[NewOutboxMail]:
    """The outbox rows this routed message asks for (suppressed ones included, with their reason)."""
    return await session.run_sync(
        compose_for_route_sync, outcome, parsed, customer=None, settings=settings, now=now
    )


def compose_for_route_sync(
    session: Session,
    outcome: RouteOutcome,
    parsed: ParsedMessage,
    *,
    customer: Customer | None,
    settings: Settings,
    now: datetime,
) -> list[NewOutboxMail]:
    """`compose_for_route` in a synchronous session (the pipeline's unit of work). `customer` is the row of
    `outcome.customer_id` when the caller has it at hand (routing does), else None: it is then loaded."""
    if outcome.reason == "duplicate" or outcome.ticket_ref is None:
        return []
    if customer is None or customer.id != outcome.customer_id:
        customer = session.get(Customer, outcome.customer_id) if outcome.customer_id is not None else None
    mails: list[NewOutboxMail] = []
    if outcome.ticket_created or (outcome.rights_request_id is not None and not outcome.rights_to_confirm):
        mails += acknowledgement(session, outcome, parsed, customer, settings=settings, now=now)
    if outcome.ticket_created:
        mails += [
            staff_notification(outcome, parsed, customer, to, settings=settings, now=now)
            for to in settings.helpdesk.staff_notify
        ]
    # A signal counts only in a person's own words: an auto-reply that mentions "datalek" is no report.
    flagged = parsed.classification == Classification.CUSTOMER and any(
        f in _PRIVACY_FLAGS for f in parsed.flags
    )
    if outcome.rights_request_id is not None or flagged:
        mails += privacy_notifications(outcome, parsed, customer, settings=settings, now=now)
    return mails


def strip_subject(subject: str, ticket_prefix: str) -> str:
    """The writer's subject without stacked Re:/Fwd:/[tags] or our own ticket tag, safe for a header."""
    text = header_text(subject)
    text = re.sub(rf"\[?\b{re.escape(ticket_prefix)}-\d{{6}}\b\]?", " ", text)
    previous = None
    while previous != text:
        previous, text = text, _PREFIXES.sub("", text, count=1)
    return one_line(text)


def mail_language(parsed: ParsedMessage) -> wording.Language:
    return "en" if parsed.language == "en" else "nl"


def acknowledgement(
    session: Session,
    outcome: RouteOutcome,
    parsed: ParsedMessage,
    customer: Customer | None,
    *,
    settings: Settings,
    now: datetime,
) -> list[NewOutboxMail]:
    confirmed = outcome.rights_request_id is not None and not outcome.rights_to_confirm
    kind = "ack_rights" if confirmed else "ack_ticket"
    decision = loop_guard.decide_ack_sync(
        session,
        parsed,
        kind=kind,
        ticket_id=outcome.ticket_id,
        customer=customer,
        helpdesk=settings.helpdesk,
        limits=settings.outbound,
        now=now,
    )
    language = mail_language(parsed)
    values = _ack_values(outcome, parsed, settings=settings, language=language)
    mail = new_mail(
        settings,
        kind=kind,
        recipient=decision.recipient,
        language=language,
        values=values,
        ticket_ref=outcome.ticket_ref,
        ticket_id=outcome.ticket_id,
        now=now,
        parent=parsed,
        rights_request_id=outcome.rights_request_id if confirmed else None,
    )
    if decision.state != "pending":
        mail = suppress(mail, decision.reason or "loop_rule", state=decision.state)
    mails = [mail]
    if decision.alert_staff:
        mails += brake_alerts(settings, now=now)
    return mails


def _ack_values(
    outcome: RouteOutcome, parsed: ParsedMessage, *, settings: Settings, language: wording.Language
) -> dict[str, str]:
    name = header_text(parsed.customer.name.value, limit=100) if parsed.customer.name else ""
    greeting = {
        "nl": f"Beste {name}," if name else "Beste klant,",
        "en": f"Dear {name}," if name else "Dear customer,",
    }
    subject = strip_subject(parsed.subject, settings.helpdesk.ticket_prefix) or _NO_SUBJECT[language]
    values = {
        "ticket_ref": outcome.ticket_ref or "",
        "subject": subject,
        "greeting": greeting[language],
        "help_address": settings.helpdesk.address,
    }
    if outcome.rights_request_id is not None:
        due = outcome.rights_due_date
        values["rights"] = wording.rights_in_words(tuple(r.value for r in parsed.rights), language)
        values["due_date"] = wording.date_in_words(due, language) if due else UNKNOWN[language]
        values["identity_step"] = wording.identity_step_text(
            settings.rights.identity_step,
            language,
            id_copy_received=any(a.identity_document for a in parsed.attachments),
        )
    return values
