"""Stage 2 of the parser: the addressing and threading headers, decoded and normalised into `Headers`.

Addresses and display names come from mail-parser (RFC 2047 words decoded, groups and comments handled);
Message-ID, In-Reply-To, References, Date, the newest Received time and Return-Path are read here because
their rules are ours: a missing Message-ID is made from the content hash so that the same bytes always get
the same id, an unreadable Date is None (never "now"), and the receipt time is the topmost Received header's.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from mailparser import MailParser

from parsers.mime import MAX_HEADER_CHARS, decode_words
from parsers.model import Headers

_MSG_ID = re.compile(r"<([^<>\s]{1,500})>")
_BARE_ID = re.compile(r"^[^<>\s@]{1,300}@[^<>\s@]{1,200}$")
_ANGLE_ADDRESS = re.compile(r"<([^<>]*)>")
#: An RFC 2047 encoded word, bounded (75 characters by the RFC; senders write longer ones).
_ENCODED_WORD = re.compile(r"=\?[^?\s]{1,75}\?[bBqQ]\?[^?\s]{0,2000}\?=")
_ENCODED_WORD_STAND_IN = (
    "\ue000"  # a private-use character: no header holds it, no address parser splits at it
)
_STAND_IN = re.compile(f"{_ENCODED_WORD_STAND_IN}(\\d+){_ENCODED_WORD_STAND_IN}")
#: C0 and C1 control characters, DEL and the Unicode line and paragraph separators, to a space.
_CONTROL_TO_SPACE = {code: " " for code in (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029)}


def header_fields(message: Message) -> dict[str, tuple[str, ...]]:
    """Every header by lowercased name, values decoded to readable text (for the classifier's rules)."""
    fields: dict[str, list[str]] = {}
    for name, value in message.raw_items():
        text = str(value)
        if "=?" in text or not text.isascii():  # most headers are plain ASCII: decoding them is wasted time
            text = decode_words(text)
        fields.setdefault(str(name).strip().lower(), []).append(text)
    return {name: tuple(values) for name, values in fields.items()}


def read_headers(raw: bytes, message: Message, mail: MailParser | None) -> Headers:
    """The `Headers` of a message. Never raises; what is missing or invalid becomes None or empty."""
    from_name, from_address = _first_address(message, mail, "from")
    reply_to = _addresses(message, mail, "reply-to")
    return Headers(
        message_id=_message_id(message, raw),
        subject=_one_line(raw_header(message, "subject")),
        from_address=from_address,
        from_name=from_name,
        reply_to=tuple(address for _, address in reply_to),
        to=tuple(address for _, address in _addresses(message, mail, "to")),
        cc=tuple(address for _, address in _addresses(message, mail, "cc")),
        in_reply_to=_ids(message.get_all("In-Reply-To") or []),
        references=_ids(message.get_all("References") or []),
        date=_date(message, mail),
        received_at=_received_at(message),
        return_path=_return_path(message),
        reply_to_name=reply_to[0][0] if reply_to and reply_to[0][0] else None,
    )


def raw_header(message: Message, name: str) -> str | None:
    """The first header of that name as sent (8-bit bytes kept as surrogates for `decode_words` to repair).

    `Message.get` of the compat32 policy turns raw 8-bit bytes into U+FFFD; the raw value loses nothing.
    """
    for key, value in message.raw_items():
        if key.lower() == name:
            return str(value)
    return None


def _one_line(value: object) -> str:
    return "" if value is None else decode_words(str(value))


def _addresses(message: Message, mail: MailParser | None, name: str) -> list[tuple[str, str]]:
    """(display name, lowercased address) pairs; only entries that hold an address with an @."""
    raw_values = [str(v)[:MAX_HEADER_CHARS] for v in message.get_all(name) or []]
    found: list[tuple[str, str]] | None
    if any("=?" in value for value in raw_values):
        found = _split_before_decoding(raw_values)
    else:
        try:
            found = mail._header_value(name) if mail is not None else None  # mail-parser's decoded view
        except Exception:
            found = None
        if found is None:
            found = getaddresses([decode_words(value) for value in raw_values])
    pairs: list[tuple[str, str]] = []
    for display, address in found:
        address = str(address).strip().strip("<>").lower()
        if "@" in address and " " not in address and _ENCODED_WORD_STAND_IN not in address:
            pairs.append((_clean_name(str(display), address), address))
    return pairs


def _split_before_decoding(values: list[str]) -> list[tuple[str, str]]:
    """Addresses split from the header as sent, encoded words decoded afterwards, in the display names only.

    RFC 2047 words never hold an address or the header's structure (section 5), but decoded they can: a name
    "=?utf-8?q?Evil=0D=0ABcc:_x@y.nl?=" decoded first reads as a group and an address, and the sender's
    address was lost (issue 14). Each encoded word stands in as a neutral token while the header is split.
    """
    words: list[str] = []

    def stand_in(found: re.Match[str]) -> str:
        words.append(found.group(0))
        return f"{_ENCODED_WORD_STAND_IN}{len(words) - 1}{_ENCODED_WORD_STAND_IN}"

    protected = [_ENCODED_WORD.sub(stand_in, value) for value in values]
    pairs: list[tuple[str, str]] = []
    for display, address in getaddresses(protected):
        restored = _STAND_IN.sub(lambda found: words[int(found.group(1))], display)
        pairs.append((decode_words(restored), address))
    return pairs


def _clean_name(display: str, address: str) -> str:
    """The display name on one line, without control characters (a CR/LF, NUL or bell in a name is no name)."""
    display = " ".join(decode_words(display).translate(_CONTROL_TO_SPACE).split()).strip("\"' ")
    return "" if display.lower() == address else display


def _first_address(message: Message, mail: MailParser | None, name: str) -> tuple[str | None, str | None]:
    pairs = _addresses(message, mail, name)
    if pairs:
        display, address = pairs[0]
        return display or None, address
    value = message.get(name)
    if value is None:
        return None, None
    # No address at all ("From: Mail Delivery System"): keep the words as a name for the classifier.
    text = " ".join(decode_words(str(value)).translate(_CONTROL_TO_SPACE).split())
    return (text or None), None


def _message_id(message: Message, raw: bytes) -> str:
    value = message.get("Message-ID")
    if value is not None:
        text = repr_safe(str(value))
        found = _MSG_ID.search(text)
        if found:
            return f"<{found.group(1)}>"
        if _BARE_ID.match(text.strip()):
            return f"<{text.strip()}>"
    return f"<{hashlib.sha256(raw).hexdigest()}@intake.invalid>"


def repr_safe(value: str) -> str:
    return value.encode("ascii", "replace").decode("ascii")


def _ids(values: Sequence[object]) -> tuple[str, ...]:
    ids: list[str] = []
    for value in values:
        for found in _MSG_ID.finditer(repr_safe(str(value))):
            ident = f"<{found.group(1)}>"
            if ident not in ids:
                ids.append(ident)
    return tuple(ids)


def _date(message: Message, mail: MailParser | None) -> datetime | None:
    if mail is not None:
        value = mail.date
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value.astimezone(UTC)
        return None
    return _parse_date(message.get("Date"))


def _parse_date(value: object) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = parsedate_to_datetime(repr_safe(str(value)).strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:  # RFC 5322 "-0000": the time is UTC, the zone unknown
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def _received_at(message: Message) -> datetime | None:
    """The topmost Received header's time: the last server that handled the mail, i.e. our own."""
    for value in message.get_all("Received") or []:
        text = repr_safe(str(value))
        if ";" in text:
            parsed = _parse_date(text.rsplit(";", 1)[1])
            if parsed is not None:
                return parsed
    return None


def _return_path(message: Message) -> str | None:
    value = message.get("Return-Path")
    if value is None:
        return None
    text = repr_safe(str(value)).strip()
    found = _ANGLE_ADDRESS.search(text)
    address = found.group(1) if found else text
    return address.strip().lower()
