"""Mail to our own people: staff per new ticket, the privacy officer per rights request or privacy signal,
and staff when the acknowledgement brake engages.

For a restricted person (Art. 18) these mails carry the ticket ref and the request's facts, never who they are
or what they wrote. Quoted text is the parser's BSN-redacted text; nothing else of the mail is copied.
"""

from __future__ import annotations

from datetime import date, datetime

from intake.config import Settings
from intake.outbound import loop_guard, wording
from intake.outbound.message import header_text, one_line
from intake.outbound.outbox_mail import UNKNOWN, new_mail, suppress
from parsers import ParsedMessage
from parsers.bsn import redact_bsn
from storage.models import Customer
from storage.outcome import NewOutboxMail, RouteOutcome

#: How much of the writer's text a staff notification quotes.
EXCERPT_LINES = 8
_WITHHELD = {
    "nl": "(afgeschermd: verwerking beperkt, AVG art. 18)",
    "en": "(withheld: processing restricted, GDPR Art. 18)",
}
_NONE = {"nl": "geen", "en": "none"}


def _customer_values(parsed: ParsedMessage, customer: Customer | None, language: str) -> dict[str, str]:
    """Who wrote, for staff: never for a restricted person (Art. 18), and never more than the parser kept."""
    if customer is not None and customer.restricted:
        withheld = _WITHHELD[language]
        return dict.fromkeys(
            ("customer_name", "customer_email", "customer_phone", "robot_id", "excerpt", "subject"), withheld
        )
    found = parsed.customer
    unknown = UNKNOWN[language]

    def pick(value: object | None, fallback: str | None) -> str:
        text = getattr(value, "value", None) or fallback
        return header_text(_no_bsn(str(text)), limit=200) if text else unknown

    return {
        "customer_name": pick(found.name, customer.name if customer else None),
        "customer_email": pick(found.email, customer.email if customer else None),
        "customer_phone": pick(found.phone, customer.phone if customer else None),
        "robot_id": pick(found.robot_id, None),
        "excerpt": excerpt(parsed.text) or unknown,
        "subject": header_text(_no_bsn(parsed.subject)) or unknown,
    }


def _no_bsn(text: str) -> str:
    # The parser already redacted BSNs (design §3.2); mail to staff leaves the house, so check once more.
    return redact_bsn(text)[0]


def excerpt(text: str, *, lines: int = EXCERPT_LINES) -> str:
    """The first non-empty lines of the (already BSN-redacted) new text, each cut to one short line."""
    kept = [one_line(_no_bsn(line), limit=200) for line in text.splitlines() if line.strip()][:lines]
    return "\n".join(f"  {line}" for line in kept)


def staff_notification(
    outcome: RouteOutcome,
    parsed: ParsedMessage,
    customer: Customer | None,
    recipient: str,
    *,
    settings: Settings,
    now: datetime,
) -> NewOutboxMail:
    language = settings.outbound.staff_language
    values = _customer_values(parsed, customer, language)
    previous = outcome.previous_ticket_ref
    values |= {
        "ticket_ref": outcome.ticket_ref or "",
        "language": parsed.language,
        "rights": ", ".join(r.value for r in parsed.rights) or _NONE[language],
        "previous_ticket": (
            f"Vervolg op gesloten ticket {previous}.\n"
            if language == "nl"
            else f"Follows up closed ticket {previous}.\n"
        )
        if previous
        else "",
    }
    mail = new_mail(
        settings,
        kind="staff_new_ticket",
        recipient=recipient,
        language=language,
        values=values,
        ticket_ref=outcome.ticket_ref,
        ticket_id=outcome.ticket_id,
        now=now,
    )
    return _unless_loop_address(mail, settings)


def privacy_notifications(
    outcome: RouteOutcome,
    parsed: ParsedMessage,
    customer: Customer | None,
    *,
    settings: Settings,
    now: datetime,
) -> list[NewOutboxMail]:
    """One mail per privacy-officer address about a new rights request, or a privacy signal without one."""
    helpdesk = settings.helpdesk
    language = settings.outbound.staff_language
    kind = "privacy_flag" if outcome.rights_request_id is None else "privacy_new_request"
    if outcome.rights_to_confirm:
        kind = "privacy_to_confirm"  # possible rights only: the officer confirms or dismisses, now
    values = _privacy_values(outcome, parsed, customer, settings=settings, language=language)

    def mail_to(recipient: str) -> NewOutboxMail:
        return new_mail(
            settings,
            kind=kind,
            recipient=recipient,
            language=language,
            values=values,
            ticket_ref=outcome.ticket_ref,
            ticket_id=outcome.ticket_id,
            now=now,
            rights_request_id=outcome.rights_request_id,
        )

    recipients = (helpdesk.privacy_officer,) if helpdesk.privacy_officer else helpdesk.staff_notify
    if not recipients:
        # Nobody to tell is a configuration gap; the row shows it to whoever lists the outbox.
        return [suppress(mail_to(helpdesk.address), "no_privacy_officer_configured")]
    return [_unless_loop_address(mail_to(to), settings) for to in recipients]


def _privacy_values(
    outcome: RouteOutcome,
    parsed: ParsedMessage,
    customer: Customer | None,
    *,
    settings: Settings,
    language: wording.Language,
) -> dict[str, str]:
    values = _customer_values(parsed, customer, language)
    values |= {
        "ticket_ref": outcome.ticket_ref or "",
        "flags": ", ".join(f.value for f in parsed.flags) or _NONE[language],
    }
    if outcome.rights_request_id is not None:
        values |= {
            "request_id": str(outcome.rights_request_id),
            "request_ref": f"#{outcome.rights_request_id}",
            "rights": ", ".join(r.value for r in parsed.rights) or _NONE[language],
            "rights_possible": ", ".join(r.value for r in parsed.rights_possible) or _NONE[language],
            "due_date": _day(outcome.rights_due_date, language),
            "legal_due_date": _day(outcome.rights_legal_due_date, language),
            "identity_step": settings.rights.identity_step,
        }
    return values


def _unless_loop_address(mail: NewOutboxMail, settings: Settings) -> NewOutboxMail:
    # A notification to the mailbox we read would come back in as mail: never send it there.
    if mail.state == "pending" and loop_guard.is_intake_mailbox(mail.recipient, settings.helpdesk):
        return suppress(mail, "own_address")
    return mail


def _day(day: date | None, language: wording.Language) -> str:
    return wording.date_in_words(day, language) if day else UNKNOWN[language]


def brake_alerts(settings: Settings, *, now: datetime) -> list[NewOutboxMail]:
    """One alert per staff address (or the privacy officer when no staff list is set) that the brake engaged."""
    recipients = settings.helpdesk.staff_notify or (
        (settings.helpdesk.privacy_officer,) if settings.helpdesk.privacy_officer else ()
    )
    values = {"limit": str(settings.outbound.acks_per_minute), "since": now.strftime("%Y-%m-%d %H:%M UTC")}
    language = settings.outbound.staff_language
    return [
        new_mail(
            settings,
            kind="brake_alert",
            recipient=to,
            language=language,
            values=values,
            ticket_ref=None,
            ticket_id=None,
            now=now,
        )
        for to in recipients
    ]
