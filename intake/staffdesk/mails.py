"""The mails of staff work: the agent's answer as the help desk's, and what staff are told (templates).

The relayed answer is a person's answer, not an automatic one: From the help desk's address (with the agent's
name), Reply-To the help desk, In-Reply-To/References of the customer's latest mail, and no Auto-Submitted,
X-Auto-Response-Suppress or Precedence, so the customer's mail program threads it and their reply comes back.
Its text is the agent's new text and signature only: the parser already cut the quoted notification off.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from email.headerregistry import Address
from email.utils import format_datetime

from intake.config import Settings
from intake.outbound.compose import strip_subject
from intake.outbound.message import (
    UnsafeHeader,
    address_of,
    check_header_value,
    header_text,
    is_message_id,
    new_message_id,
    references_for,
)
from intake.outbound.notify import excerpt
from intake.outbound.outbox_mail import new_mail, suppress
from intake.staff_config import StaffMember
from intake.staffdesk import tokens
from storage.models import Message, Ticket
from storage.outcome import NewOutboxMail

logger = logging.getLogger(__name__)

_NO_SUBJECT = {"nl": "(geen onderwerp)", "en": "(no subject)"}
_WITHHELD = {
    "nl": "(afgeschermd: verwerking beperkt, AVG art. 18)",
    "en": "(withheld: processing restricted, GDPR Art. 18)",
}


def staff_recipients(settings: Settings, assignee: str | None = None) -> tuple[str, ...]:
    """Who hears about a ticket: its assigned agent, else `[staff] notify`, else `[helpdesk] staff_notify`."""
    if assignee:
        return (assignee,)
    return settings.staff.notify or settings.helpdesk.staff_notify


def relayed_answer(
    settings: Settings,
    *,
    ticket: Ticket,
    member: StaffMember,
    body: str,
    recipient: str,
    parent: Message | None,
    attachments: list[dict[str, str]],
    now: datetime,
) -> NewOutboxMail:
    """One copy of the agent's answer to one person on the ticket (an unsafe one is kept suppressed)."""
    language = "en" if ticket.language == "en" else "nl"
    ref = ticket.ref or ""
    subject = f"Re: [{ref}] {strip_subject(ticket.subject, settings.helpdesk.ticket_prefix) or _NO_SUBJECT[language]}"
    sender = header_text(f"{member.display_name} ({settings.outbound.from_name})", limit=120)
    headers = {
        "From": str(Address(display_name=sender, addr_spec=settings.helpdesk.address)),
        "Reply-To": settings.helpdesk.address,
        "Date": format_datetime(now),
        "Content-Language": language,
    }
    if parent is not None and is_message_id(parent.message_id):
        headers["In-Reply-To"] = parent.message_id
        headers["References"] = references_for(parent.message_id, tuple(parent.references or ()))
    domain = settings.helpdesk.address.rpartition("@")[2]
    mail = NewOutboxMail(
        kind="staff_answer",
        recipient=recipient.lower(),
        subject=header_text(subject, limit=250),
        body=body.rstrip() + "\n",
        message_id=new_message_id(ref, "answer", domain),
        language=language,
        ticket_id=ticket.id,
        headers=headers,
        attachments=tuple(attachments),
    )
    try:
        address_of(mail.recipient)
        for name, value in (("Subject", mail.subject), ("Message-ID", mail.message_id), *headers.items()):
            check_header_value(name, value)
    except UnsafeHeader as exc:
        return suppress(mail, f"unsafe_header: {exc}")
    return mail


def answer_body(answer: str, signature: str) -> str:
    return f"{answer.strip()}\n\n{signature.strip()}" if signature.strip() else answer.strip()


def with_token(mail: NewOutboxMail, settings: Settings) -> NewOutboxMail:
    """A notification that staff may answer, carrying the ticket's token (`[staff] auth` "token"/"both")."""
    ref = mail.message_id[1:].split(".", 1)[0]
    if (
        not settings.staff.uses_token
        or mail.ticket_id is None
        or not ref.startswith(settings.helpdesk.ticket_prefix)
    ):
        return mail
    try:
        secret = settings.staff.token_secret()
    except ValueError as exc:  # the notification still goes out; answers to it are then not proven
        logger.warning("staff_token_unavailable error=%s", exc)
        return mail
    domain = settings.helpdesk.address.rpartition("@")[2]
    tag = mail.message_id[1:].split(".", 2)[1]
    headers = {**mail.headers, "Reply-To": tokens.reply_to_address(settings.helpdesk.address, ref, secret)}
    return replace(mail, headers=headers, message_id=tokens.message_id(ref, tag, domain, secret))


def error_to_agent(
    settings: Settings, *, member: StaffMember, ticket: Ticket | None, problems: list[str], now: datetime
) -> NewOutboxMail:
    language = settings.outbound.staff_language
    values = {
        "ticket_ref": (ticket.ref if ticket else None) or "-",
        "problem_short": header_text(problems[0], limit=80),
        "problems": "\n".join(f"- {p}" for p in problems),
    }
    return new_mail(
        settings,
        kind="staff_error",
        recipient=member.address,
        language=language,
        values=values,
        ticket_ref=ticket.ref if ticket else None,
        ticket_id=ticket.id if ticket else None,
        now=now,
    )


def forged_warnings(
    settings: Settings, *, ticket: Ticket | None, claimed_from: str, reason: str, now: datetime
) -> list[NewOutboxMail]:
    values = {
        "ticket_ref": (ticket.ref if ticket else None) or "-",
        "claimed_from": header_text(claimed_from, limit=120),
        "reason": reason,
    }
    return [
        new_mail(
            settings,
            kind="staff_forged_warning",
            recipient=to,
            language=settings.outbound.staff_language,
            values=values,
            ticket_ref=ticket.ref if ticket else None,
            ticket_id=ticket.id if ticket else None,
            now=now,
        )
        for to in staff_recipients(settings)
    ]


def customer_updates(
    settings: Settings, *, ticket: Ticket, text: str, subject: str, restricted: bool, now: datetime
) -> list[NewOutboxMail]:
    """The customer's new text to the assigned agent (else the staff list), answerable by mail."""
    language = settings.outbound.staff_language
    values = {
        "ticket_ref": ticket.ref or "",
        "excerpt": _WITHHELD[language] if restricted else (excerpt(text, lines=40) or "-"),
        "subject": _WITHHELD[language] if restricted else header_text(subject or ticket.subject, limit=150),
    }
    mails = []
    for to in staff_recipients(settings, ticket.assignee):
        mail = new_mail(
            settings,
            kind="staff_customer_update",
            recipient=to,
            language=language,
            values=values,
            ticket_ref=ticket.ref,
            ticket_id=ticket.id,
            now=now,
        )
        mails.append(with_token(mail, settings))
    return mails


def answer_bounced(
    settings: Settings, *, ticket: Ticket, agent: str, status: str, now: datetime
) -> NewOutboxMail:
    return new_mail(
        settings,
        kind="staff_answer_bounced",
        recipient=agent,
        language=settings.outbound.staff_language,
        values={"ticket_ref": ticket.ref or "", "status": status or "-"},
        ticket_ref=ticket.ref,
        ticket_id=ticket.id,
        now=now,
    )


def auto_closed(
    settings: Settings, *, ticket: Ticket, recipient: str, name: str | None, now: datetime
) -> NewOutboxMail:
    language = "en" if ticket.language == "en" else "nl"
    greeting = {"nl": "Beste klant,", "en": "Dear customer,"}
    if name:
        greeting = {
            "nl": f"Beste {header_text(name, limit=100)},",
            "en": f"Dear {header_text(name, limit=100)},",
        }
    values = {
        "ticket_ref": ticket.ref or "",
        "subject": strip_subject(ticket.subject, settings.helpdesk.ticket_prefix) or _NO_SUBJECT[language],
        "greeting": greeting[language],
        "help_address": settings.helpdesk.address,
    }
    return new_mail(
        settings,
        kind="ticket_auto_closed",
        recipient=recipient,
        language=language,
        values=values,
        ticket_ref=ticket.ref,
        ticket_id=ticket.id,
        now=now,
    )
