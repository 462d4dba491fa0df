"""One outbox row from a template: the fixed headers of everything we send, and the safety check.

`new_mail` renders a kind's template, sets the headers RFC 3834 asks of automatic mail, and checks it: a mail
that would not go out exactly as composed is kept suppressed. The headers that are the same for every mail of a
kind (From, Reply-To, Auto-Submitted, ...) are built into a complete mail with `message.build_email` once per
process; the values that differ per mail (recipient, subject, Message-ID, Date, In-Reply-To, References) pass
`message.check_header_value`, the same rule `build_email` applies first. The sender builds and checks the
complete mail again before it sends it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from email.headerregistry import Address
from email.utils import format_datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from intake.config import Settings
from intake.outbound.message import (
    UnsafeHeader,
    address_of,
    build_email,
    check_header_value,
    header_text,
    is_message_id,
    new_message_id,
    one_line,
    references_for,
)
from intake.outbound.templates import render
from storage.outcome import NewOutboxMail

if TYPE_CHECKING:
    from parsers import ParsedMessage  # an annotation only: the sender imports this module, not the parser

#: The word in our Message-IDs that says what a mail is: <TB-000123.ack.<random>@tinybots.nl>.
KIND_TAG = {
    "ack_ticket": "ack",
    "ack_rights": "rights",
    "staff_new_ticket": "staff",
    "privacy_new_request": "privacy",
    "privacy_to_confirm": "privacy",
    "privacy_flag": "privacy",
    "privacy_digest": "digest",
    "brake_alert": "brake",
    "staff_answer": "answer",
    "staff_error": "error",
    "staff_forged_warning": "warning",
    "staff_customer_update": "staff",
    "staff_answer_bounced": "bounced",
    "ticket_auto_closed": "closed",
}
UNKNOWN = {"nl": "(onbekend)", "en": "(unknown)"}


def fixed_headers(settings: Settings, *, kind: str, language: str) -> dict[str, str]:
    """The headers every mail of `kind` in `language` carries, whoever it goes to (RFC 3834 §3.1.7 and §5;
    Precedence: see docs/outbound.md)."""
    headers = {
        "From": _from_header(settings.outbound.from_name, settings.helpdesk.address),
        "Reply-To": settings.helpdesk.address,
        "Auto-Submitted": "auto-replied" if kind.startswith("ack_") else "auto-generated",
        "X-Auto-Response-Suppress": "All",
        "Content-Language": language,
    }
    if kind.startswith("ack_"):
        # Not in RFC 3834, but osTicket, FreeScout and Exchange rules read it: their desks will not answer ours.
        headers["Precedence"] = "auto_reply"
    return headers


@lru_cache(maxsize=16)
def _from_header(from_name: str, address: str) -> str:
    return str(Address(display_name=header_text(from_name, limit=80), addr_spec=address))


def _own_headers(*, now: datetime, parent: ParsedMessage | None) -> dict[str, str]:
    """The headers that differ from one mail to the next (besides To, Subject and Message-ID)."""
    headers = {"Date": format_datetime(now)}
    if parent is not None and is_message_id(parent.message_id):
        headers["In-Reply-To"] = parent.message_id
        headers["References"] = references_for(parent.message_id, parent.headers.references)
    return headers


def new_mail(
    settings: Settings,
    *,
    kind: str,
    recipient: str,
    language: str,
    values: dict[str, str],
    ticket_ref: str | None,
    ticket_id: int | None,
    now: datetime,
    parent: ParsedMessage | None = None,
    rights_request_id: int | None = None,
    message_id: str | None = None,
) -> NewOutboxMail:
    """Renders `kind` and checks it builds as a safe mail; an unsafe one is kept suppressed, never sent."""
    rendered = render(kind, language, values, templates_dir=settings.outbound.templates_dir)
    fixed = fixed_headers(settings, kind=kind, language=language)
    own = _own_headers(now=now, parent=parent)
    domain = settings.helpdesk.address.rpartition("@")[2]
    mail = NewOutboxMail(
        kind=kind,
        recipient=recipient.lower(),
        subject=one_line(rendered.subject, limit=250),
        body=rendered.body,
        message_id=message_id or new_message_id(ticket_ref, KIND_TAG.get(kind, "mail"), domain),
        language=language,
        ticket_id=ticket_id,
        rights_request_id=rights_request_id,
        headers=fixed | own,
    )
    try:
        _check_fixed_headers(tuple(fixed.items()))
        address_of(mail.recipient)
        for name, value in (("Subject", mail.subject), ("Message-ID", mail.message_id), *own.items()):
            check_header_value(name, value)
    except UnsafeHeader as exc:
        return suppress(mail, f"unsafe_header: {exc}")
    return mail


@lru_cache(maxsize=64)
def _check_fixed_headers(headers: tuple[tuple[str, str], ...]) -> None:
    """Builds one complete mail with these headers (raises UnsafeHeader); a passing set is not built again."""
    build_email(
        recipient="check@example.org",
        subject="check",
        body="check",
        message_id="<check@example.org>",
        headers=dict(headers),
    )


def suppress(mail: NewOutboxMail, reason: str, *, state: str = "suppressed") -> NewOutboxMail:
    """The same mail, kept but not sent: `reason` names the rule (shown by `intake outbox list`)."""
    return replace(mail, state=state, suppressed_reason=reason)
