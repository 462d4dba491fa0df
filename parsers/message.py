"""parse_message: the parser pipeline, top to bottom. Raw bytes, `now` and a ParserConfig in, a ParsedMessage out.

1. MIME (`mime`): mail-parser's tree, body text (charset fallbacks, HTML to text, TNEF, forwards), attachments.
2. Headers (`headers`): addresses, ids, Date, receipt time, Return-Path, the automatic-mail signals.
3. BSN redaction (`bsn`): before anything else reads the text, so no later stage can leak one.
4. New text / quoted history / signature (`quotes`).
5. Extraction of the writer (`names`, `addresses`, `phones`, `robot_id`) from the new text and signature only;
   the classifier needs the writer's address to tell a web-form relay from a no-reply notification.
6. Classification (`classify`, `bounce`): customer, staff, auto_reply, bounce or bulk, with the rule's name.
7. Ticket ref (`ticket_ref`): subject, new text and quote (replies quoting our acknowledgement still thread),
   and for a bounce the returned original's headers.
8. Rights (`rights`): only for customer mail, only from the new text.
9. Language (`language`).

The function never raises: damaged input gives notes, and a failure in a stage still yields a ParsedMessage
(classified customer with reason "customer:unreadable", so a person's mail is never dropped as automatic).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from datetime import datetime, timedelta
from email.utils import getaddresses
from typing import TypeVar

from parsers.addresses import find_writer_email, is_relay_or_noreply
from parsers.bounce import read_bounce, report_type, returned_headers
from parsers.bsn import redact_bsn, redact_bsn_in_file_name
from parsers.calendar import calendar_method
from parsers.classify import MailFacts, classify
from parsers.headers import header_fields, read_headers
from parsers.language import detect_language
from parsers.mime import MimeContent, decode_mime
from parsers.model import (
    Attachment,
    Classification,
    Customer,
    Found,
    Headers,
    Language,
    ParsedMessage,
    ParserConfig,
    Redaction,
)
from parsers.names import find_name
from parsers.phones import find_phone
from parsers.quotes import ReplyParts, split_reply
from parsers.rights import RightsFinding, find_rights
from parsers.robot_id import find_robot_id
from parsers.ticket_ref import find_ticket_ref

#: The classifier reads the start of the body for an MTA's bounce prose; a letter's first screen is enough.
BODY_START_CHARS = 3000
#: Longer body text is cut for parsing: a pasted log of megabytes is not a letter, and every stage is linear.
MAX_TEXT_CHARS = 1_000_000
DEFAULT_LANGUAGE: Language = "nl"
T = TypeVar("T")
#: A Date this far ahead of the receiving clock is noted (the sender's clock is wrong, or the date is forged).
FUTURE_DATE_SLACK = timedelta(days=1)


def parse_message(raw: bytes, *, config: ParserConfig, now: datetime) -> ParsedMessage:
    """Everything the help desk needs from one mail. Never raises, for any bytes."""
    try:
        return _parse(raw, config, now)
    except Exception as exc:  # the contract: any bytes give a ParsedMessage; the raw mail stays in the spool
        return _unreadable(raw, exc)


def _parse(raw: bytes, config: ParserConfig, now: datetime) -> ParsedMessage:
    mime = decode_mime(raw)
    notes = list(mime.notes)
    fields = header_fields(mime.message)
    headers = _with_signals(read_headers(raw, mime.message, mime.mail), fields)
    headers, body, attachments, bsn_count = _redacted(headers, mime)
    if len(body) > MAX_TEXT_CHARS:
        body = body[:MAX_TEXT_CHARS]
        notes.append(f"body text cut at {MAX_TEXT_CHARS} characters for parsing (the raw mail is complete)")
    parts = split_reply(body)
    customer = _signers_mailbox(_customer(headers, parts, config, notes), fields.get("from", ()))
    writer_email = customer.email.value if customer.email else None
    report = _stage(notes, "report type", lambda: report_type(mime.message), "")
    classification, reason = classify(
        MailFacts(
            fields,
            headers,
            report,
            body[:BODY_START_CHARS],
            writer_email,
            config,
            new_text=f"{parts.text[:BODY_START_CHARS]}\n{parts.signature[:BODY_START_CHARS]}",
            quotes=bool(parts.quoted.strip()),
            calendar_method=_stage(notes, "calendar", lambda: calendar_method(mime.message), ""),
        )
    )
    is_bounce = classification is Classification.BOUNCE
    failed = fields.get("x-failed-recipients", ())
    rights = _rights(headers, parts, classification, notes)
    return ParsedMessage(
        headers=headers,
        language=_stage(
            notes,
            "language",
            lambda: detect_language(headers.subject, parts.text or parts.quoted),
            DEFAULT_LANGUAGE,
        ),
        classification=classification,
        classification_reason=reason,
        customer=customer,
        rights=rights.rights,
        flags=rights.flags,
        ticket_ref=_ticket_ref(mime, headers, parts, is_bounce, config, notes),
        redactions=(Redaction("bsn", bsn_count),) if bsn_count else (),
        text=parts.text,
        signature=parts.signature,
        quoted=parts.quoted,
        attachments=attachments,
        bounce=_stage(
            notes, "bounce", lambda: read_bounce(mime.message, body, failed) if is_bounce else None, None
        ),
        notes=_notes(notes, headers, parts, now),
        rights_possible=rights.possible,
    )


def _ticket_ref(
    mime: MimeContent,
    headers: Headers,
    parts: ReplyParts,
    is_bounce: bool,
    config: ParserConfig,
    notes: list[str],
) -> str | None:
    """From the subject, the new text or the quote; for a bounce also from the returned original's headers."""
    returned = _stage(
        notes, "returned headers", lambda: returned_headers(mime.message) if is_bounce else "", ""
    )
    body = f"{parts.text}\n{parts.quoted}\n{returned}"
    return _stage(
        notes,
        "ticket_ref",
        lambda: find_ticket_ref(subject=headers.subject, body=body, prefix=config.ticket_prefix),
        None,
    )


def _rights(
    headers: Headers, parts: ReplyParts, classification: Classification, notes: list[str]
) -> RightsFinding:
    """Confirmed and possible rights and flags, each sorted and unique; only a person writes a rights request,
    only in the new text."""
    if classification is not Classification.CUSTOMER:
        return RightsFinding()
    found = _stage(
        notes, "rights", lambda: find_rights(subject=headers.subject, text=parts.text), RightsFinding()
    )
    return RightsFinding(
        tuple(sorted(set(found.rights))), tuple(sorted(set(found.possible))), tuple(sorted(set(found.flags)))
    )


def _stage(notes: list[str], name: str, run: Callable[[], T], fallback: T) -> T:
    """One extraction step; its failure costs that one value (and leaves a note), not the whole mail."""
    try:
        return run()
    except Exception as exc:  # an extractor's bug must not cost a customer's mail its text and classification
        notes.append(f"stage failed: {name} ({type(exc).__name__})")
        return fallback


def _with_signals(headers: Headers, fields: dict[str, tuple[str, ...]]) -> Headers:
    def first(name: str) -> str | None:
        values = fields.get(name)
        return values[0].strip().lower() if values else None

    return dataclasses.replace(
        headers,
        auto_submitted=first("auto-submitted"),
        precedence=first("precedence") or first("x-precedence"),
        list_id=first("list-id"),
    )


def _redacted(headers: Headers, mime: MimeContent) -> tuple[Headers, str, tuple[Attachment, ...], int]:
    """Headers, body and attachment names with every BSN removed, and how many were removed."""
    subject, count = redact_bsn(headers.subject)
    body, in_body = redact_bsn(mime.body)
    count += in_body
    names: dict[str, str | None] = {}
    for field in ("from_name", "reply_to_name"):
        value = getattr(headers, field)
        if value:
            value, in_name = redact_bsn(value)
            count += in_name
        names[field] = value
    attachments: list[Attachment] = []
    for attachment in mime.attachments:
        filename, in_filename = redact_bsn_in_file_name(attachment.filename)
        count += in_filename
        attachments.append(dataclasses.replace(attachment, filename=filename) if in_filename else attachment)
    headers = dataclasses.replace(
        headers, subject=subject, from_name=names["from_name"], reply_to_name=names["reply_to_name"]
    )
    return headers, body, tuple(attachments), count


def _customer(headers: Headers, parts: ReplyParts, config: ParserConfig, notes: list[str]) -> Customer:
    """The writer: for a web-form relay or no-reply sender, the person named in Reply-To or the body."""
    relayed = is_relay_or_noreply(headers.from_address, config)
    display_name = headers.reply_to_name if relayed else headers.from_name
    address = (headers.reply_to[0] if headers.reply_to else None) if relayed else headers.from_address
    text, signature, subject = parts.text, parts.signature, headers.subject
    return Customer(
        name=_stage(
            notes,
            "name",
            lambda: find_name(display_name=display_name, address=address, text=text, signature=signature),
            None,
        ),
        email=_stage(
            notes,
            "email",
            lambda: find_writer_email(headers, text=text, signature=signature, config=config),
            None,
        ),
        phone=_stage(notes, "phone", lambda: find_phone(text, signature, config=config), None),
        robot_id=_stage(
            notes,
            "robot_id",
            lambda: find_robot_id(subject=subject, text=text, signature=signature, config=config),
            None,
        ),
    )


def _signers_mailbox(customer: Customer, from_fields: tuple[str, ...]) -> Customer:
    """With two mailboxes in From (RFC 5322 3.6.2, a couple's shared letter), the address of the one who signs."""
    if not customer.name or not customer.email or customer.email.source != "header":
        return customer
    if sum(field.count("@") for field in from_fields) < 2:
        return customer  # one mailbox at most (each address has its own "@"): no need to split the field
    mailboxes = [
        (name, address.lower()) for name, address in getaddresses(list(from_fields)) if "@" in address
    ]
    if len(mailboxes) < 2:
        return customer
    first = customer.name.value.split()[0].lower()
    for display, address in mailboxes:
        if display.lower().split()[:1] == [first] or address.split("@")[0].startswith(first):
            return dataclasses.replace(customer, email=Found(address, "header"))
    return customer


def _notes(notes: list[str], headers: Headers, parts: ReplyParts, now: datetime) -> tuple[str, ...]:
    if headers.message_id.endswith("@intake.invalid>"):
        notes.append("message-id missing: made from the content hash")
    if headers.date is None:
        notes.append("date missing or invalid")
    elif headers.date > now + FUTURE_DATE_SLACK:
        notes.append("date in the future")
    if parts.forward_only:
        notes.append("forward without own text: the forwarded message is read as the new text")
    return tuple(dict.fromkeys(notes))


def _unreadable(raw: bytes, exc: Exception) -> ParsedMessage:
    headers = Headers(
        message_id=f"<{hashlib.sha256(raw).hexdigest()}@intake.invalid>",
        subject="",
        from_address=None,
        from_name=None,
        reply_to=(),
        to=(),
        cc=(),
        in_reply_to=(),
        references=(),
        date=None,
        received_at=None,
        return_path=None,
    )
    return ParsedMessage(
        headers=headers,
        language=DEFAULT_LANGUAGE,
        classification=Classification.CUSTOMER,
        classification_reason="customer:unreadable",
        customer=Customer(),
        rights=(),
        flags=(),
        ticket_ref=None,
        redactions=(),
        text="",
        signature="",
        quoted="",
        attachments=(),
        bounce=None,
        notes=(f"parser error: {type(exc).__name__}",),
    )
