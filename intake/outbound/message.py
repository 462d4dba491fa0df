"""Outbound message construction: one place that turns text from mail we received into safe headers.

Everything that reaches a header of a mail we send passes `one_line` (no control characters, no line
breaks) and `defuse_encoded_words`: Python's header registry DECODES RFC 2047 encoded words in a value it is
given, so a subject that literally reads "=?utf-8?q?x=0D=0ABcc:_y?=" would become a line break plus a forged
Bcc header when re-encoded (tested in tests/test_outbound_headers.py). `check_header_value` is the one rule
every header value must pass (no control character or line break, no RFC 2047 encoded word, nothing that
cannot be encoded); it is cheap, so
compose applies it to each mail's own values. `build_email` (the sender, before each send) applies the same rule,
then builds the mail, re-reads every header and refuses one whose headers differ from what was asked for.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

#: C0/C1 controls, DEL and the Unicode line/paragraph separators: never inside a header.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SPACES = re.compile(r"\s+")
#: An RFC 2047 encoded word as Python's header parser would decode it (liberal on purpose: any form is refused).
_ENCODED_WORD = re.compile(r"=\?[^?]*\?[bq]\?[^?]*\?=", re.I)
#: Lone surrogates (undecodable bytes kept by surrogateescape): no charset can encode them.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_MSG_ID = re.compile(r"^<[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+>$")
#: Subjects are cut here (RFC 5322 allows more, but nobody reads a longer one and it keeps rows small).
MAX_SUBJECT_CHARS = 200
#: How many of the customer's References we carry on (RFC 5322 §3.6.4 asks for the chain; relays cap length).
MAX_REFERENCES = 20


class UnsafeHeader(ValueError):
    """A header value that would not survive as one header line exactly as given."""


def one_line(text: str, *, limit: int = MAX_SUBJECT_CHARS) -> str:
    """The text as one line: control characters and line breaks become spaces, runs of space collapse."""
    flat = _SPACES.sub(" ", _CONTROL.sub(" ", text)).strip()
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def defuse_encoded_words(text: str) -> str:
    """Breaks literal "=?" so that no receiver (nor Python's own header parser) decodes it as RFC 2047."""
    return text.replace("=?", "= ?")


def header_text(text: str, *, limit: int = MAX_SUBJECT_CHARS) -> str:
    """Text from a received mail, made safe for a header of ours (subject, display name)."""
    return defuse_encoded_words(one_line(text, limit=limit))


def is_message_id(value: str) -> bool:
    return bool(_MSG_ID.match(value)) and len(value) <= 998


def new_message_id(ticket_ref: str | None, kind_tag: str, domain: str) -> str:
    """Our own Message-ID: `<TB-000123.ack.<random>@tinybots.nl>`; the ticket ref lets replies thread."""
    prefix = ticket_ref or "intake"
    return f"<{prefix}.{kind_tag}.{secrets.token_hex(8)}@{domain}>"


def references_for(message_id: str, references: tuple[str, ...]) -> str:
    """References of a reply: the parent's chain (capped, valid ids only) and then the parent itself."""
    chain = [r for r in references if is_message_id(r) and r != message_id][-(MAX_REFERENCES - 1) :]
    return " ".join([*chain, message_id])


def ascii_address(address: str) -> str:
    """The address with an internationalised domain in its ASCII (punycode) form, as SMTP and headers need it.

    A non-ASCII local part stays as it is (it needs SMTPUTF8 end to end) and is refused by `address_of`.
    """
    local, at, domain = address.rpartition("@")
    if not at or domain.isascii():
        return address
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        return address


def check_header_value(name: str, value: str) -> None:
    """Raises UnsafeHeader unless `value` is one header line that no receiver decodes into something else.

    Python's header registry decodes encoded words in what it is given, so one that decodes to CR/LF would
    become a forged header; ours never carry one (`header_text` defuses them), so any encoded word is refused.
    """
    if _CONTROL.search(value):
        raise UnsafeHeader(f"header {name} contains a control character or line break")
    if _ENCODED_WORD.search(value):
        raise UnsafeHeader(f"header {name} contains an RFC 2047 encoded word")
    if _SURROGATE.search(value):
        raise UnsafeHeader(f"header {name} contains an undecodable character")


def address_of(addr_spec: str) -> Address:
    """A bare address as a header object; raises UnsafeHeader for anything that is not exactly one address."""
    try:
        address = Address(addr_spec=addr_spec)
    except (ValueError, IndexError) as exc:
        raise UnsafeHeader(f"not a single e-mail address: {exc}") from None
    if address.addr_spec != addr_spec or not address.domain or not addr_spec.isascii():
        raise UnsafeHeader("not a single e-mail address in ASCII form")
    return address


def build_email(
    *, recipient: str, subject: str, body: str, message_id: str, headers: Mapping[str, str]
) -> EmailMessage:
    """The mail as it goes out (policy SMTP: CRLF, folded, encoded). Raises UnsafeHeader on anything forged."""
    wanted = {"To": recipient, "Subject": subject, "Message-ID": message_id, **headers}
    for name, value in wanted.items():
        check_header_value(name, value)
    msg = EmailMessage(policy=SMTP)
    try:
        msg["To"] = address_of(recipient)
        msg["Subject"] = subject
        msg["Message-ID"] = message_id
        for name, value in headers.items():
            msg[name] = value
    except (ValueError, TypeError) as exc:
        raise UnsafeHeader(str(exc)) from None
    for name, value in wanted.items():
        if _SPACES.sub(" ", str(msg[name])).strip() != _SPACES.sub(" ", value).strip():
            raise UnsafeHeader(f"header {name} would not be sent as given")
    msg.set_content(body, cte="quoted-printable")
    return msg
