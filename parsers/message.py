"""parse_message: the parser pipeline, top to bottom. Raw bytes, `now` and a ParserConfig in, a ParsedMessage out.

1. MIME (`mime`): mail-parser's tree, body text (charset fallbacks, HTML to text, TNEF, forwards), attachments.
2. Headers (`headers`): addresses, ids, Date, receipt time, Return-Path, the automatic-mail signals.
3. BSN redaction (`bsn`): before anything else reads the text, so no later stage can leak one.
4. New text / quoted history / signature (`quotes`).
5. Classification (`classify`, `bounce`): customer, staff, auto_reply, bounce or bulk, with the rule's name.
6. Extraction (`names`, `addresses`, `phones`, `robot_id`, `ticket_ref`) from the new text and signature only
   (the ticket ref also from the quoted text, so replies quoting our acknowledgement still thread).
7. Rights (`rights`): only for customer mail, only from the new text.
8. Language (`language`).

The function never raises: damaged input gives notes, and a failure in a stage still yields a ParsedMessage
(classified customer with reason "customer:unreadable", so a person's mail is never dropped as automatic).
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import datetime, timedelta

from parsers.addresses import find_writer_email, is_relay_or_noreply
from parsers.bounce import is_delivery_report, read_bounce
from parsers.bsn import redact_bsn
from parsers.classify import MailFacts, classify
from parsers.headers import header_fields, read_headers
from parsers.language import detect_language
from parsers.mime import MimeContent, decode_mime
from parsers.model import (
    Attachment,
    Classification,
    Customer,
    Headers,
    ParsedMessage,
    ParserConfig,
    Redaction,
)
from parsers.names import find_name
from parsers.phones import find_phone
from parsers.quotes import ReplyParts, split_reply
from parsers.robot_id import find_robot_id
from parsers.ticket_ref import find_ticket_ref

#: The classifier reads the start of the body for an MTA's bounce prose; a letter's first screen is enough.
BODY_START_CHARS = 3000
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
    fields = header_fields(mime.message)
    headers = _with_signals(read_headers(raw, mime.message, mime.mail), fields)
    headers, body, attachments, bsn_count = _redacted(headers, mime)
    parts = split_reply(body)
    facts = MailFacts(fields, headers, is_delivery_report(mime.message), body[:BODY_START_CHARS], config)
    classification, reason = classify(facts)
    customer = _customer(headers, parts, config)
    ticket_ref = find_ticket_ref(
        subject=headers.subject, body=f"{parts.text}\n{parts.quoted}", prefix=config.ticket_prefix
    )
    from parsers.rights import detect_rights  # TEMPORARY until parsers/rights.py lands

    rights, flags = (
        detect_rights(subject=headers.subject, text=parts.text)
        if classification is Classification.CUSTOMER
        else ((), ())
    )
    bounce = (
        read_bounce(mime.message, body, fields.get("x-failed-recipients", ()))
        if classification is Classification.BOUNCE
        else None
    )
    return ParsedMessage(
        headers=headers,
        language=detect_language(headers.subject, parts.text or parts.quoted),
        classification=classification,
        classification_reason=reason,
        customer=customer,
        rights=tuple(sorted(set(rights))),
        flags=tuple(sorted(set(flags))),
        ticket_ref=ticket_ref,
        redactions=(Redaction("bsn", bsn_count),) if bsn_count else (),
        text=parts.text,
        signature=parts.signature,
        quoted=parts.quoted,
        attachments=attachments,
        bounce=bounce,
        notes=_notes(mime, headers, parts, now),
    )


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
        filename, in_filename = redact_bsn(attachment.filename)
        count += in_filename
        attachments.append(dataclasses.replace(attachment, filename=filename) if in_filename else attachment)
    headers = dataclasses.replace(headers, subject=subject, **names)
    return headers, body, tuple(attachments), count


def _customer(headers: Headers, parts: ReplyParts, config: ParserConfig) -> Customer:
    """The writer: for a web-form relay or no-reply sender, the person named in Reply-To or the body."""
    relayed = is_relay_or_noreply(headers.from_address, config)
    display_name = headers.reply_to_name if relayed else headers.from_name
    address = (headers.reply_to[0] if headers.reply_to else None) if relayed else headers.from_address
    return Customer(
        name=find_name(display_name=display_name, address=address, text=parts.text, signature=parts.signature),
        email=find_writer_email(headers, text=parts.text, signature=parts.signature, config=config),
        phone=find_phone(parts.text, parts.signature, config=config),
        robot_id=find_robot_id(
            subject=headers.subject, text=parts.text, signature=parts.signature, config=config
        ),
    )


def _notes(mime: MimeContent, headers: Headers, parts: ReplyParts, now: datetime) -> tuple[str, ...]:
    notes = list(mime.notes)
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
        language="nl",
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
