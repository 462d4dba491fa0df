"""Stage 1 of the parser: raw bytes to the message's readable text and its attachments (mail-parser as the base).

mail-parser builds the message tree and decodes the headers; this module walks the tree once to choose the
body a reader sees: text/plain over HTML in an alternative, HTML-only mail through `html_text`, the text of a
forwarded message/rfc822 part kept as body text after a "Forwarded message" line, winmail.dat (TNEF) opened
with tnefparse, and the human-readable part of a delivery report (the report itself is read by `bounce.py`).
Every text part is decoded by `charsets.decode_bytes`, so a mislabelled charset gives a note, never garbage
or an exception. Damaged MIME never raises: what could not be read is described in `notes`.
"""

from __future__ import annotations

import dataclasses
import itertools
import mimetypes
import re
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32

from mailparser import MailParser
from tnefparse import TNEF

from parsers.charsets import decode_bytes, repair_header_text
from parsers.html_text import MAX_HTML_CHARS, html_to_text
from parsers.mime_library import LeanMailParser, charset, filename, lacks_param
from parsers.model import Attachment

#: Deeper nesting than this is not a letter but an attack on the parser (forward of a forward of ...).
MAX_DEPTH = 12
#: Parts the bounce reader handles; they are never body text.
_REPORT_PARTS = frozenset(
    {
        "message/delivery-status",
        "message/global-delivery-status",
        "text/rfc822-headers",
        "message/rfc822-headers",
        "message/disposition-notification",
        "message/feedback-report",
    }
)
_ORIGINAL_PARTS = frozenset({"message/rfc822", "message/global", "text/rfc822-headers"})
_ID_DOCUMENT_WORDS = re.compile(
    r"pas+poort|passport|id[-_ .]?kaart|identiteit|identity|rijbewijs|driv(?:er|ing)s?[-_ .]?licen[cs]e"
    r"|id[-_ .]?bewijs|legitimatie|verblijfs(?:document|vergunning)|residence[-_ .]?permit|personalausweis",
    re.IGNORECASE,
)
#: A bare "ID" token in the name of a scan or photo ("scan ID voorkant.jpg"), unless it names another id.
_ID_TOKEN = re.compile(r"(?<![a-z])(?<!robot[-_ ])(?<!order[-_ ])(?<!klant[-_ ])id(?![a-z])", re.IGNORECASE)
_SCAN_TYPES = ("image/", "application/pdf")
#: More multipart containers than this is no letter: the email package checks every line against the boundary
#: of every open container (O(lines x depth): 3,000 nested containers in 200 kB took over 5 s).
MAX_MULTIPARTS = 64
_MULTIPART_TYPE = re.compile(rb"^content-type:[ \t\r\n]*multipart/", re.IGNORECASE | re.MULTILINE)
#: What mail-parser is given at most (see `_fits_library`); larger mail is read with the email package alone.
MAX_LIBRARY_HEADER_BYTES = 64 * 1024
MAX_LIBRARY_PARTS = 500
_PART_TYPE = re.compile(rb"^content-type:", re.IGNORECASE | re.MULTILINE)
#: Parts read for body text and attachments; the rest are noted (a letter has a few, a hostile mail thousands).
MAX_PARTS = 1000


class _TooLargeForLibrary(Exception):
    """`raw` is read with the email package alone (see `_fits_library`)."""


@dataclass(frozen=True, slots=True)
class MimeContent:
    """The decoded message: its tree (for headers and reports), body text, attachments and what was odd."""

    message: Message
    mail: MailParser | None  # None when mail-parser could not build the message (headers read directly)
    body: str
    attachments: tuple[Attachment, ...]
    notes: tuple[str, ...]


@dataclass(slots=True)
class _Collected:
    texts: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parts: int = 0


def decode_mime(raw: bytes) -> MimeContent:
    """The message tree, body text and attachments of `raw`. Never raises."""
    raw, notes = _bounded(raw)
    opened = open_message(raw, library=not notes and _fits_library(raw))
    content = opened if isinstance(opened, MimeContent) else read_parts(*opened)
    return dataclasses.replace(content, notes=(*notes, *content.notes)) if notes else content


def _bounded(raw: bytes) -> tuple[bytes, tuple[str, ...]]:
    """`raw` cut before its MAX_MULTIPARTS+1-th multipart container, with a note when it was cut."""
    if raw.lower().count(b"multipart/") <= MAX_MULTIPARTS:
        return raw, ()  # every container's Content-Type holds the word: too few to cut (a C-speed count)
    for count, found in enumerate(_MULTIPART_TYPE.finditer(raw), start=1):
        if count > MAX_MULTIPARTS:
            note = f"mime: more than {MAX_MULTIPARTS} multipart containers; the rest is not read (the raw mail is complete)"
            return raw[: found.start()], (note,)
    return raw, ()


def _fits_library(raw: bytes) -> bool:
    """True when mail-parser may read `raw`: it decodes every header and part up front, ~1 s for 200 kB of
    recipients or 7,000 parts (measured, issue 14); the email package reads such mail faster."""
    end = raw.find(b"\n\n")
    end_crlf = raw.find(b"\r\n\r\n")
    header_end = min((e for e in (end, end_crlf) if e >= 0), default=len(raw))
    if header_end > MAX_LIBRARY_HEADER_BYTES:
        return False
    if raw.lower().count(b"content-type:") <= MAX_LIBRARY_PARTS:
        return True  # every part's header holds the name: too few parts to refuse (a C-speed count)
    parts = _PART_TYPE.finditer(raw)
    return sum(1 for _ in itertools.islice(parts, MAX_LIBRARY_PARTS + 1)) <= MAX_LIBRARY_PARTS


def open_message(raw: bytes, *, library: bool = True) -> tuple[Message, MailParser] | MimeContent:
    """mail-parser's view of `raw`, or (when it refuses the bytes, or `library` is False) the email package's,
    or the content read without MIME structure."""
    try:
        if not library:
            raise _TooLargeForLibrary
        mail = LeanMailParser.from_bytes(raw)  # mail-parser without the work nothing here reads
    except Exception as exc:  # mail-parser refuses hostile nesting (MailParserRecursionError) and worse
        try:
            # mail-parser also trips over values the email package accepts (a NUL in a charset name):
            # the message tree is still readable without mail-parser's extras.
            message = BytesParser(policy=compat32).parsebytes(raw)
            _ = [part.get_content_type() for part in message.walk()]
        except Exception:
            return _headers_only(raw, f"mime: {type(exc).__name__}; body read without MIME structure")
        content = read_parts(message, None)
        if isinstance(exc, _TooLargeForLibrary):
            return content
        note = f"mime: mail-parser failed ({type(exc).__name__}); read with the email package"
        return dataclasses.replace(content, notes=(note, *content.notes))
    message = mail.message if mail.message is not None else Message()
    return message, mail


def read_parts(message: Message, mail: MailParser | None) -> MimeContent:
    """Body text and attachments of an opened message. Never raises."""
    found = _Collected()
    try:
        _collect(message, found, 0)
    except Exception as exc:  # a damaged part: keep what was read so far
        found.notes.append(f"mime: {type(exc).__name__} while reading parts; later parts skipped")
    if mail is not None and mail.defects_categories:
        found.notes.extend(f"mime defect: {name}" for name in sorted(mail.defects_categories))
    body = "\n\n".join(t for t in found.texts if t.strip())
    return MimeContent(message, mail, body, tuple(found.attachments), tuple(found.notes))


def _headers_only(raw: bytes, note: str) -> MimeContent:
    try:
        message = BytesParser(policy=compat32).parsebytes(raw, headersonly=True)
        payload = message.get_payload()
        body_bytes = payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else b""
    except Exception:
        message, body_bytes = Message(), raw
    text, charset_note = decode_bytes(body_bytes[:200_000], None)
    notes = (note,) if charset_note is None else (note, charset_note)
    return MimeContent(message, None, text, (), notes)


def _collect(part: Message, found: _Collected, depth: int) -> None:
    if depth > MAX_DEPTH:
        found.notes.append("mime: nesting too deep; inner parts skipped")
        return
    found.parts += 1
    if found.parts > MAX_PARTS:
        if found.parts == MAX_PARTS + 1:
            found.notes.append(
                f"mime: more than {MAX_PARTS} parts; the rest is not read (the raw mail is complete)"
            )
        return
    ctype = part.get_content_type()
    if ctype in _REPORT_PARTS:
        return
    if ctype in ("message/rfc822", "message/global"):
        _forwarded(part, found, depth)
        return
    if not part.is_multipart():  # get_payload() of a leaf decodes with its charset and can raise
        _leaf(part, found)
        return
    children = [child for child in part.get_payload() if isinstance(child, Message)]
    if ctype == "multipart/alternative":
        _alternative(children, found, depth)
    elif ctype == "multipart/report":
        # The returned original belongs to the bounce reader, not to the body.
        for child in children:
            if child.get_content_type() not in _ORIGINAL_PARTS:
                _collect(child, found, depth + 1)
    else:
        for child in children:
            _collect(child, found, depth + 1)


def _alternative(children: list[Message], found: _Collected, depth: int) -> None:
    """One of the alternatives: the plain text when it says something, else the richest one."""
    for child in children:
        if child.get_content_type() == "text/plain" and not child.is_multipart():
            text = _decode_text_part(child, found)
            if text.strip():
                found.texts.append(text)
                return
    if children:
        _collect(children[-1], found, depth + 1)


def _leaf(part: Message, found: _Collected) -> None:
    ctype = part.get_content_type()
    disposition = part.get_content_disposition()
    filename = _filename(part)
    is_body_text = ctype in ("text/plain", "text/html") and disposition != "attachment"
    if is_body_text and (not filename or disposition == "inline"):
        text = _decode_text_part(part, found)
        if ctype == "text/html" and len(text) > MAX_HTML_CHARS:
            found.notes.append(
                f"html part cut at {MAX_HTML_CHARS} characters for reading (the raw mail is complete)"
            )
        found.texts.append(html_to_text(text) if ctype == "text/html" else text)
        return
    data = _payload_bytes(part)
    is_tnef = ctype == "application/ms-tnef" or filename.lower() == "winmail.dat"
    if is_tnef and _tnef(data, found):
        return
    found.attachments.append(_attachment(filename or _fallback_name(part, ctype), ctype, data))


def _decode_text_part(part: Message, found: _Collected) -> str:
    text, note = decode_bytes(_payload_bytes(part), charset(part))
    if note:
        found.notes.append(note)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if lacks_param(part, "format"):
        return text
    if part.get_content_type() == "text/plain" and str(part.get_param("format", "")).lower() == "flowed":
        return unflow(text, delete_space=str(part.get_param("delsp", "")).lower() == "yes")
    return text


_QUOTE_PREFIX = re.compile(r"^>+")


# why not a library: the email package does not decode format=flowed, and the rule is a dozen lines.
def unflow(text: str, *, delete_space: bool) -> str:
    """RFC 3676 format=flowed text (Apple Mail, Thunderbird) with its soft line breaks joined again.

    A line ending in a space continues on the next line of the same quote depth; "-- " stays a line.
    """
    lines: list[str] = []
    # (quote depth, pieces so far) of a flowed line waiting for its end; pieces are joined once at its end
    # (adding each line to a growing string was O(n²) on a long flowed paragraph)
    carry: tuple[int, list[str]] | None = None
    for raw_line in text.split("\n"):
        marker = _QUOTE_PREFIX.match(raw_line)
        depth = len(marker.group(0)) if marker else 0
        content = raw_line[depth:]
        content = content[1:] if content.startswith(" ") else content  # space-stuffing
        joined = carry is not None and carry[0] == depth
        if carry is not None and not joined:
            lines.append(_requoted(carry[0], "".join(carry[1])))
        pieces = carry[1] if carry is not None and joined else []
        carry = None
        if content.endswith(" ") and (content != "-- " or any(pieces)):  # "-- " alone is a signature line
            pieces.append(content[:-1] if delete_space else content)
            carry = (depth, pieces)
        elif joined:
            pieces.append(content)
            lines.append(_requoted(depth, "".join(pieces)))
        else:
            lines.append(raw_line)
    if carry is not None:
        lines.append(_requoted(carry[0], "".join(carry[1])))
    return "\n".join(lines)


def _requoted(depth: int, content: str) -> str:
    return ">" * depth + " " + content if depth else content


def _payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # broken transfer encoding the email package could not undo
        return b""
    return data if isinstance(data, bytes) else b""


def _forwarded(part: Message, found: _Collected, depth: int) -> None:
    """A forwarded message's own words stay readable: a "Forwarded message" block, then its text."""
    payload = part.get_payload() if part.is_multipart() else None
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        return
    lines = ["---------- Forwarded message ---------"]
    for name in ("From", "Date", "Subject", "To"):
        value = inner.get(name)
        if value is not None:
            lines.append(f"{name}: {decode_words(str(value))}")
    inner_found = _Collected(parts=found.parts)
    _collect(inner, inner_found, depth + 1)
    found.parts = inner_found.parts
    found.texts.append("\n".join(lines) + "\n\n" + "\n\n".join(inner_found.texts))
    found.attachments.extend(inner_found.attachments)
    found.notes.extend(inner_found.notes)


def _tnef(data: bytes, found: _Collected) -> bool:
    """Opens winmail.dat: its body becomes text when the mail has none, its files become attachments."""
    try:
        tnef = TNEF(data, do_checksum=False)
    except Exception:
        found.notes.append("tnef: winmail.dat could not be read; kept as an attachment")
        return False
    if not any(t.strip() for t in found.texts):
        text = _tnef_text(tnef)
        if text:
            found.texts.append(text)
    for item in tnef.attachments:
        try:
            name = item.long_filename() or item.name
        except Exception:
            name = item.name if isinstance(item.name, str) else ""
        item_data = item.data if isinstance(item.data, bytes) else b""
        guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
        found.attachments.append(_attachment(name or "attachment.bin", guessed, item_data))
    found.notes.append(f"tnef: winmail.dat opened ({len(tnef.attachments)} attachments)")
    return True


def _tnef_text(tnef: TNEF) -> str:
    body, html = tnef.body, tnef.htmlbody
    if body:
        return body if isinstance(body, str) else decode_bytes(body, tnef.codepage)[0]
    if html:
        return html_to_text(html if isinstance(html, str) else decode_bytes(html, tnef.codepage)[0])
    return ""


def _attachment(filename: str, content_type: str, data: bytes) -> Attachment:
    return Attachment(
        filename=filename,
        content_type=content_type,
        size=len(data),
        payload=data,
        identity_document=is_identity_document(filename, content_type),
    )


def is_identity_document(filename: str, content_type: str) -> bool:
    """True when the file name says it is a copy of a passport, ID card, driving licence or the like."""
    stem = filename.rsplit(".", 1)[0]
    if _ID_DOCUMENT_WORDS.search(stem):
        return True
    return content_type.startswith(_SCAN_TYPES) and _ID_TOKEN.search(stem) is not None


def _filename(part: Message) -> str:
    try:
        name = filename(part)  # RFC 2231 parameters are joined and decoded by the email package
    except Exception:
        return ""
    if not name:
        return ""
    name = decode_words(str(name))
    return re.split(r"[\\/]", name)[-1].strip().strip("\x00")


def _fallback_name(part: Message, ctype: str) -> str:
    extension = mimetypes.guess_extension(ctype) or ".bin"
    content_id = str(part.get("Content-ID", "")).strip("<> ")
    stem = re.sub(r"[^\w.-]+", "_", content_id.split("@")[0])[:60] if content_id else "attachment"
    return f"{stem}{extension}"


#: A header value is read to this length: the email package's decode_header pops its parts from the front of
#: a list (O(n²) in the number of encoded words); no subject or name is longer.
MAX_HEADER_CHARS = 16 * 1024


def decode_words(value: str) -> str:
    """A header value with RFC 2047 encoded words decoded (also where senders put them in parameters)."""
    value = repair_header_text(value[:MAX_HEADER_CHARS])
    if "=?" not in value:
        return " ".join(value.split())
    try:
        decoded = str(make_header(decode_header(value)))
    except Exception:  # an unknown charset or a broken encoded word: keep the text as it came
        return " ".join(value.split())
    return " ".join(repair_header_text(decoded).split())
