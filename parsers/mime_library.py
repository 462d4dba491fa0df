"""mail-parser, reduced to what the parser reads of it: the message tree, the decoded address headers, Date, and
the defect categories (which become "mime defect: ..." notes).

mail-parser's own `parse()` also copies every text part and re-encodes every attachment as base64, builds two
dictionaries of every header (`mail`, `mail_partial`) and formats a debug message per step. The parser uses
none of that: `mime.py` walks the tree itself. `LeanMailParser.parse` is mail-parser 4.8's `parse()` with
that work left out and every check that yields a defect (or raises) kept, in the same order, so the notes and
the fallback ("mail-parser failed ...") are the same; tests/test_parse_mime_library.py compares the two on
every corpus mail. `_reset` keeps mail-parser's address, Date and Received checks (its own functions), but
parses an address header value it has seen before only once and builds no Received hop list; only the address
headers are indexed, so `_header_value` (all the parser reads) serves those and nothing else.
Why not the email package alone: mail-parser's address, date and trace-header diagnostics are what the notes
report, and the display names it decodes are what `headers.py` reads; rewriting them is not a speed fix.
Measured (bench/parse.py's mix, CPU time, same process): MailParser.from_bytes 0.50 ms per mail, this ~0.3 ms
(the email package's own parse: 0.12 ms).
"""

from __future__ import annotations

import base64
import contextlib
import email
import re
from email.message import Message
from functools import lru_cache
from typing import Any

from mailparser import MailParser
from mailparser.const import ADDRESSES_HEADERS, EPILOGUE_DEFECTS
from mailparser.core import log as library_log
from mailparser.dates import date_diagnostics, parse_mail_date
from mailparser.exceptions import MailParserReceivedParsingError
from mailparser.utils import (
    _safe_attachment_filename,
    as_string_safe,
    decode_header_part,
    find_between,
    get_addresses,
    mime_header_view,
    parse_received,
    ported_string,
    raw_payload,
)

_SURROGATE = re.compile(r"[\ud800-\udfff]")
#: The part headers `mime_header_view` reads; when all are plain ASCII the view is the part itself.
_VIEW_HEADERS = frozenset({"content-type", "content-disposition", "content-id", "content-transfer-encoding"})


class LeanMailParser(MailParser):  # type: ignore[misc]  # mail-parser has no type hints
    """MailParser whose `parse()` finds the same defects and failures, without building what is not read."""

    # mail-parser's state, set in `_reset` (its properties read it)
    _attachments: list[Any]
    _text_plain: list[str]
    _text_html: list[str]
    _text_not_managed: list[str]
    _mail: dict[str, Any]
    _mail_partial: dict[str, Any]
    _received: list[Any]
    _received_header_defects: list[dict[str, Any]]
    _address_header_defects: list[dict[str, Any]]

    def _reset(self) -> None:
        """mail-parser's `_reset` with the same results and defects; an address header value already seen
        (To: help@..., a regular sender) is not parsed again, and Received headers are only checked."""
        self._attachments, self._text_plain, self._text_html, self._text_not_managed = [], [], [], []
        self._defects, self._defects_categories, self._has_defects = [], set(), False
        self._mail, self._mail_partial, self._received = {}, {}, []
        self._header_index = self._build_header_index()
        self._read_address_headers()
        self._date, self._timezone, self._date_header_defects = None, 0, []
        occurrences: dict[str, int] = {}
        for name, raw in self.message.raw_items() if self.message else []:
            header = name.lower()
            if header not in {"date", "resent-date"}:
                continue
            occurrence = occurrences.get(header, 0)
            occurrences[header] = occurrence + 1
            result = parse_mail_date(raw)
            if header == "date" and occurrence == 0:
                self._date, self._timezone = result.value, result.timezone
            self._date_header_defects.extend(date_diagnostics(result, raw, header, occurrence))
        self._received_header_defects = []
        receiveds = (
            [v for n, v in self.message.raw_items() if n.lower() == "received"] if self.message else []
        )
        _check_receiveds(receiveds, self._received_header_defects, self._date_header_defects)
        for found, category, key in (
            (self._received_header_defects, "ReceivedHeaderDefect", "received-headers"),
            (self._date_header_defects, "DateHeaderDefect", "date-headers"),
        ):
            if found:
                self._has_defects = True
                self._defects_categories.add(category)
                self._defects.append(
                    {key: [f"{category}: {d['header']}[{d['occurrence']}]: {d['reason']}" for d in found]}
                )

    def _build_header_index(self) -> dict[str, list[Any]]:
        """The address headers by lowercased name, as mail-parser's index holds them (read through the policy,
        as `Message.items()` does); the other headers are not indexed: nothing here reads them through it."""
        index: dict[str, list[Any]] = {}
        if self.message:
            fetch = self.message.policy.header_fetch_parse
            for name, value in self.message.raw_items():
                if name.lower() in ADDRESSES_HEADERS:
                    index.setdefault(name.lower(), []).append(fetch(name, value))
        return index

    def _read_address_headers(self) -> None:
        self._address_header_defects, self._address_headers = [], {}
        for header in sorted(ADDRESSES_HEADERS):
            for occurrence, value in enumerate(self._header_index.get(header, [])):
                addresses, diagnostics = _addresses(value)
                if occurrence == 0:
                    self._address_headers[header] = addresses
                self._address_header_defects.extend(
                    {**defect, "header": header, "occurrence": occurrence} for defect in diagnostics
                )
        if self._address_header_defects:
            self._has_defects = True
            self._defects_categories.add("AddressHeaderDefect")
            found = self._address_header_defects
            self._defects.append(
                {
                    "address-headers": [
                        f"AddressHeaderDefect: {d['header']}[{d['occurrence']}]: {d['reason']}" for d in found
                    ]
                }
            )

    def parse(self) -> LeanMailParser:
        self._reset()
        if self.message is None:
            return self
        parts = self._walk()
        if self.defects_categories & EPILOGUE_DEFECTS:
            # as mail-parser: raises AttributeError when the message has no epilogue (the caller notes it)
            epilogue = find_between(
                self.message.epilogue,
                "{}".format("--" + self.message.get_boundary()),
                "{}".format("--" + self.message.get_boundary() + "--"),
            )
            if epilogue is not None:
                try:
                    parts.append((email.message_from_string(epilogue), True))
                except Exception:
                    library_log.error("Failed to get epilogue part. Check raw mail.")
        for index, (part, inside_attachment) in enumerate(parts):
            self._check_part(index, part, inside_attachment)
        return self

    def _walk(self) -> list[tuple[Message, bool]]:
        parts: list[tuple[Message, bool]] = []
        attachment_descendants: set[int] = set()
        for part in self.message.walk():
            if part.defects:  # mail-parser's step does nothing without them; the content type is read for it
                self._append_defects(part, part.get_content_type())
            inside_attachment = id(part) in attachment_descendants
            parts.append((part, inside_attachment))
            if part.is_multipart():
                disposition = part.get_content_disposition()
                blocks_inline = disposition not in (None, "inline") or (
                    disposition != "inline" and bool(part.get_filename())
                )
                if inside_attachment or blocks_inline:
                    attachment_descendants.update(id(child) for child in part.get_payload())
        return parts

    def _check_part(self, index: int, part: Message, inside_attachment: bool) -> None:
        """mail-parser's per-part step, keeping what can add a defect or raise."""
        metadata, metadata_defects = _header_view(part)
        name = decode_header_part(filename(metadata), defects=metadata_defects)
        if metadata_defects:
            self._has_defects = True
            self._defects_categories.add("MimeHeaderDefect")
            self._defects.append(
                {"mime-headers": [f"MimeHeaderDefect: part {index}, {detail}" for detail in metadata_defects]}
            )
        content_disposition = ported_string(metadata.get_content_disposition()).lower()
        if part.is_multipart() and content_disposition != "attachment":
            return
        declared = charset(metadata, "utf-8")
        content_id = ported_string(metadata.get("content-id"))
        content_subtype = ported_string(metadata.get_content_subtype())
        is_inline_body = (
            not inside_attachment
            and not part.is_multipart()
            and content_disposition == "inline"
            and part.get_content_type() in ("text/plain", "text/html")
        )
        attachment_name = (
            name
            or (content_id if content_id and content_subtype not in ("html", "plain") else "")
            or ("attachment.rtf" if content_subtype in "rtf" else "")  # sic: mail-parser's `in ("rtf")`
            or ("attachment.txt" if content_disposition == "attachment" else "")
        )
        is_attachment = bool(attachment_name)
        if is_attachment:
            _attachment_checks(part, metadata, attachment_name)
        if not is_attachment or is_inline_body:
            has_text = self._has_body_text(part, declared, index)
            if has_text and part.get_content_subtype() not in ("html", "plain"):
                library_log.warning(f"Email content {part.get_content_subtype()!r} not handled")

    def _has_body_text(self, part: Message, declared: Any, index: int) -> bool:
        """Whether mail-parser's `_decode_body_payload` gives text, with its CharsetDecodeDefect when the charset
        fails; the text itself (decoded again, NFC-normalised) is left to `mime.py`, which reads every part."""
        transfer_encoding = ported_string(part.get("Content-Transfer-Encoding", "")).strip().lower()
        raw_text = getattr(part, "_payload", None)  # as mail-parser reads it: the payload before decoding
        if transfer_encoding in ("", "7bit", "8bit") and isinstance(raw_text, str) and _is_unicode(raw_text):
            return bool(raw_text)
        payload: Any = part.get_payload(decode=True)
        if not payload:
            return False
        try:
            text = payload.decode(declared)
            text.encode("utf-8")
        except (LookupError, UnicodeError):
            return bool(self._decode_body_payload(part, declared, index))  # records the defect
        return bool(text)


def _addresses(value: object) -> tuple[list[tuple[str, str]], list[dict[str, Any]]]:
    """mail-parser's (display name, address) pairs of one header value, and its diagnostics."""
    if isinstance(value, str):
        addresses, diagnostics = _addresses_of_text(value)
        return list(addresses), list(diagnostics)
    found: list[dict[str, Any]] = []
    return get_addresses(value, defects=found, decode_names=True), found


@lru_cache(maxsize=1024)
def _addresses_of_text(value: str) -> tuple[tuple[tuple[str, str], ...], tuple[dict[str, Any], ...]]:
    found: list[dict[str, Any]] = []
    return tuple(get_addresses(value, defects=found, decode_names=True)), tuple(found)


def _check_receiveds(receiveds: list[str], defects: list[dict[str, Any]], date_defects: list[Any]) -> None:
    """The defects mail-parser's `receiveds_parsing` reports (same order of checks), without its hop list."""
    for index, received in enumerate(receiveds):
        diagnostics: list[dict[str, Any]] = []
        raw_evidence = received.encode("utf-8", "backslashreplace").decode("utf-8")
        try:
            value = received.encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            value = received
        date = None
        try:
            clauses = parse_received(value, defects=diagnostics)
        except MailParserReceivedParsingError as error:
            recovered = False
            if not str(error).startswith("Unable to match any clauses"):
                diagnostics.append({"reason": str(error), "recovered": False})
        else:
            recovered = True
            if "date" in clauses:
                date = clauses["date"].encode("utf-8", "backslashreplace").decode("utf-8")
        if _SURROGATE.search(value):
            diagnostics.append({"reason": "invalid-utf8", "recovered": recovered})
        for defect in diagnostics:
            defect.update(raw=raw_evidence, header="received", occurrence=index)
            defects.append(defect)
        if date is not None:
            date_defects.extend(date_diagnostics(parse_mail_date(date), received, "received", index))


def _is_unicode(text: str) -> bool:
    """No lone surrogates (the email package keeps undecodable bytes as surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def lacks_param(part: Message, name: str, header: str = "content-type") -> bool:
    """True when `part.get_param(name, header=header)` is certainly absent: the header does not hold the name at
    all. The email package parses every parameter of the header on each call; most parts have few."""
    value = part.get(header)
    return value is None or (isinstance(value, str) and name not in value.lower())


def filename(part: Message) -> str | None:
    """`part.get_filename()`, None at once when neither header names a file."""
    if lacks_param(part, "name", "content-disposition") and lacks_param(part, "name"):
        return None
    return part.get_filename()


def charset(part: Message, default: str | None = None) -> str | None:
    """`part.get_content_charset(default)`, the default at once when the Content-Type names no charset."""
    return default if lacks_param(part, "charset") else part.get_content_charset(default)


def _header_view(part: Message) -> tuple[Message, list[str]]:
    """`mime_header_view(part)`; for ASCII headers (nearly all) the part itself, which reads the same."""
    for name, value in part.raw_items():
        if name.lower() in _VIEW_HEADERS and not (isinstance(value, str) and value.isascii()):
            view, defects = mime_header_view(part)
            return view, defects
    return part, []


def _attachment_checks(part: Message, metadata: Message, name: str) -> None:
    """The steps of mail-parser's attachment branch that can raise (their results are not used)."""
    transfer_encoding = ported_string(metadata.get("content-transfer-encoding", "")).strip().lower()
    payload: Any
    if part.is_multipart():
        payload = "".join([as_string_safe(m) for m in part.get_payload(decode=False)])
    elif transfer_encoding == "base64":
        payload = raw_payload(part)
        if not isinstance(payload, str):
            payload = base64.b64encode(payload).decode("ascii")
    else:
        decoded: Any = part.get_payload(decode=True)
        payload = base64.b64encode(decoded).decode("ascii")
    del payload
    with contextlib.suppress(ValueError):
        _safe_attachment_filename(name)
