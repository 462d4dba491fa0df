"""Stage 5a of the parser: what a bounce says, from an RFC 3464 delivery report or from an MTA's own prose.

A standard report (multipart/report; report-type=delivery-status) names each recipient with its Action and
Status, and carries the original message (message/rfc822) or its headers (text/rfc822-headers), whose
Message-ID lets the help desk put the bounce on the ticket of the acknowledgement that failed. Older MTAs
(qmail, old Exim, Yahoo, Microsoft "Undeliverable") write prose instead; for them the recipients, status code
and original Message-ID are read from the text and from X-Failed-Recipients.
"""

from __future__ import annotations

import re
from email import message_from_string
from email.message import Message

from parsers.model import BounceReport

_STATUS = re.compile(r"(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])")
_SMTP_CODE = re.compile(r"(?<![\d.#-])([45][0-5]\d)(?:[ -]|$)", re.M)
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_ANGLE_ID = re.compile(r"<[^<>\s]{1,500}>")
_COPY_MARKERS = re.compile(
    r"^.*(?:copy of the (?:original )?message|original message (?:follows|headers)|below this line|"
    r"returned message|undelivered message|message headers follow|Original-Envelope|^Received:).*$",
    re.I | re.M,
)
#: An address in an MTA's prose: no "@" inside either part and each part bounded, so that a line of "a@a@a..."
#: or a base64 run is not backtracked at every "@" (the former "[^<>\s]+@[^<>\s]+" was O(n²) per line).
_PROSE_ADDRESS = r"[^<>\s@:()]{1,64}+@[^<>\s@:()]{1,255}+"
_RECIPIENT_LINES = (
    re.compile(rf"^[ \t]*+<({_PROSE_ADDRESS})>:", re.M),  # qmail: "<user@example.com>:"
    re.compile(rf"^[ \t]{{0,4}}+({_PROSE_ADDRESS})[ \t]*+$", re.M),  # Exim: the address alone on a line
    re.compile(rf"RCPT TO:[ \t]*+<({_PROSE_ADDRESS})>", re.I),
    re.compile(rf"^[ \t]*+({_PROSE_ADDRESS})[ \t]*+(?:\(|\n[ \t]+)", re.M),  # Microsoft: address, then reason
)
#: A delivery-status part names one block per recipient; more than this is no real report.
_MAX_STATUS_BLOCKS = 500
_MAX_STATUS_CHARS = 200_000
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_MESSAGE_ID_LINE = re.compile(r"^Message-ID:[ \t]*(<[^<>\s]+>)", re.I | re.M)
_DELAY_WORDS = re.compile(
    r"\bdelayed\b|will (?:be )?retr(?:y|ied)|not yet been delivered|still trying|warning: message|"
    r"\(Delay\)|vertraagd|verzögert",
    re.I,
)

#: What MTAs write at the top of a bounce that is not an RFC 3464 report (qmail, Exim, Yahoo, Microsoft,
#: Google, Dutch and German providers). Used by the classifier on the first part of the body.
BOUNCE_PHRASES = re.compile(
    r"this is the mail system at host|i'm afraid i wasn't able to deliver|"
    r"i'm sorry to have to inform you that your message could not|"
    r"message was created automatically by mail delivery software|"
    r"delivery to the following recipients? (?:failed|was unsuccessful|has been delayed)|"
    r"delivery has failed to these recipients|"
    r"your message (?:couldn't|could not|wasn't|was not|cannot|can't) (?:be )?delivered|"
    r"could not be delivered to (?:one or more|the following|all) recipients|"
    r"(?:unable|failed) to deliver (?:your |the |this )?(?:message|mail)|"
    r"the following address(?:es)? had (?:permanent fatal errors|delivery problems|transient)|"
    r"message (?:could not|cannot|can not) be delivered|smtp error from remote mail server|"
    r"permanent (?:fatal )?error|undeliverable (?:mail|message)|mail delivery (?:sub)?system|"
    r"returned mail: |non[- ]delivery (?:report|notification)|delivery status notification|"
    r"sorry, we were unable to deliver|message not delivered|this message is automatically generated|"
    r"the original message was received at|a message that you sent could not be delivered|"
    r"uw bericht (?:kan|kon) niet (?:worden )?(?:bezorgd|afgeleverd)|onbestelbaar|"
    r"ihre nachricht konnte nicht zugestellt werden|unzustellbar|user unknown|mailbox (?:unavailable|full)|"
    r"no such user|recipient address rejected|address rejected|host or domain name not found|"
    r"delivery (?:failure|failed|incomplete)|could not deliver mail|hop count exceeded|could not be delivered to\b|"
    r"mailbox (?:is )?(?:unavailable|full)|delivery has failed|invalid (?:user|recipient) address",
    re.I,
)


def report_type(message: Message) -> str:
    """The RFC 6522 report type: "delivery-status" (also for a bare delivery-status part), "feedback-report",
    "disposition-notification", ...; "" for a mail that is not a report."""
    if _find_part(message, ("message/delivery-status", "message/global-delivery-status")) is not None:
        return "delivery-status"
    if message.get_content_type() == "multipart/report":
        declared = message.get_param("report-type", "")
        return str(declared or "unknown").strip().lower()
    return ""


def read_bounce(message: Message, body: str, failed_header: tuple[str, ...]) -> BounceReport | None:
    """The report of a bounce, or None when neither a delivery report nor the prose names anything."""
    status_part = _find_part(message, ("message/delivery-status", "message/global-delivery-status"))
    recipients, statuses, actions = (
        _read_status_part(status_part) if status_part is not None else ([], [], [])
    )
    for value in failed_header:
        recipients.extend(a.lower() for a in _ADDRESS.findall(value))
    head, copy = _split_at_copy(body)
    if not recipients:
        recipients = _recipients_from_text(head)
    if not statuses:
        statuses = _STATUS.findall(head) or [f"{c[0]}.0.0" for c in _SMTP_CODE.findall(head)[:1]]
    original_id = _original_message_id(message) or _first_message_id(copy)
    if not (recipients or statuses or original_id):
        return None
    permanent = _is_permanent(actions, statuses, head)
    return BounceReport(
        original_message_id=original_id,
        failed_recipients=tuple(dict.fromkeys(recipients)),
        permanent=permanent,
        status=statuses[0] if statuses else None,
    )


def returned_headers(message: Message) -> str:
    """The returned original's Subject and Message-ID lines (where our ticket ref is), or "" when absent."""
    original = _find_part(message, ("message/rfc822", "message/global"))
    if original is not None and original.is_multipart():
        payload = original.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(inner, Message):
            return "\n".join(f"{name}: {inner.get(name, '')}" for name in ("Subject", "Message-ID"))
    headers_part = _find_part(message, ("text/rfc822-headers", "message/rfc822-headers"))
    if headers_part is not None:
        payload = headers_part.get_payload(decode=True)
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return ""


def _find_part(message: Message, types: tuple[str, ...], depth: int = 0) -> Message | None:
    if message.get_content_type() in types:
        return message
    if depth > 4 or not message.is_multipart():
        return None
    payload = message.get_payload()  # a list for a multipart: nothing is decoded, nothing can fail
    if not isinstance(payload, list):
        return None
    if message.get_content_type() in ("message/rfc822", "message/global"):
        return None  # the returned original may itself be a report; it is not this mail's report
    for child in payload:
        if isinstance(child, Message):
            found = _find_part(child, types, depth + 1)
            if found is not None:
                return found
    return None


def _status_blocks(part: Message) -> list[Message]:
    if part.is_multipart():
        return [block for block in part.get_payload() if isinstance(block, Message)]
    raw = part.get_payload(decode=True)
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""
    chunks = _BLANK_LINE.split(text.replace("\r\n", "\n")[:_MAX_STATUS_CHARS])
    return [message_from_string(chunk) for chunk in chunks[:_MAX_STATUS_BLOCKS] if chunk]


def _read_status_part(part: Message) -> tuple[list[str], list[str], list[str]]:
    recipients: list[str] = []
    statuses: list[str] = []
    actions: list[str] = []
    for block in _status_blocks(part):
        recipient = block.get("Final-Recipient") or block.get("Original-Recipient")
        if recipient is not None:
            found = _ADDRESS.search(str(recipient).split(";", 1)[-1])
            if found:
                recipients.append(found.group(0).lower())
        action = str(block.get("Action", "")).strip().lower()
        if action:
            actions.append(action)
        status = _STATUS.search(str(block.get("Status", "")))
        if status:
            statuses.append(status.group(1))
    return recipients, statuses, actions


def _split_at_copy(body: str) -> tuple[str, str]:
    found = _COPY_MARKERS.search(body)
    return (body[: found.start()], body[found.start() :]) if found else (body, "")


def _recipients_from_text(text: str) -> list[str]:
    for pattern in _RECIPIENT_LINES:
        found = [a.strip("<>.,;").lower() for a in pattern.findall(text)]
        found = [a for a in found if _ADDRESS.fullmatch(a)]
        if found:
            return found
    return []


def _original_message_id(message: Message) -> str | None:
    original = _find_part(message, ("message/rfc822", "message/global"))
    if original is not None and original.is_multipart():
        payload = original.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(inner, Message):
            found = _ANGLE_ID.search(str(inner.get("Message-ID", "")))
            if found:
                return found.group(0)
    headers_part = _find_part(message, ("text/rfc822-headers", "message/rfc822-headers"))
    if headers_part is not None:
        payload = headers_part.get_payload(decode=True)
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
        return _first_message_id(text)
    return None


def _first_message_id(text: str) -> str | None:
    found = _MESSAGE_ID_LINE.search(text)
    return found.group(1) if found else None


def _is_permanent(actions: list[str], statuses: list[str], text: str) -> bool:
    if actions:
        return "failed" in actions
    if statuses:
        return statuses[0].startswith("5")
    return _DELAY_WORDS.search(text) is None
