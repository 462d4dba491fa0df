"""The reduced mail-parser (parsers/mime_library.py) reads every mail exactly as mail-parser itself does.

What the parser takes from mail-parser: the defect categories (notes), the decoded address headers, Date and
whether it fails at all. Compared on every mail of samples/ and tests/corpus/, the hostile shapes, and mail
made to hit each defect mail-parser reports.
"""

from __future__ import annotations

import logging
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mailparser import MailParser

from parsers.mime_library import LeanMailParser, charset, filename, lacks_param
from tests import hostile_mail

logging.getLogger("mailparser").addHandler(logging.NullHandler())
ROOT = Path(__file__).resolve().parent.parent
HEAD = b"From: Jan <jan@example.nl>\r\nTo: help@tinybots.nl\r\nSubject: robot\r\nDate: Tue, 24 Nov 2026 10:14:55 +0100\r\n"
CRAFTED = {
    "content type in 8-bit": HEAD + b"Content-Type: text/plain; charset=\xff\xfe\r\n\r\nhallo\r\n",
    "file name in 8-bit": HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: '
    b"text/plain\r\n\r\nzie bijlage\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: "
    b'attachment; filename="pasp\xe9\xff.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\nAAAA\r\n--b--\r\n',
    "undecodable charset": HEAD + b"Content-Type: text/plain; charset=utf-16\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\n=00=D8=41\r\n",
    "unknown charset": HEAD + b"Content-Type: text/plain; charset=x-nonsense\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\naMOpbGxv\r\n",
    "no start boundary, no epilogue": HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\nhallo\r\n',
    "no start boundary": HEAD
    + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\nhallo\r\n--b--\r\n--b\r\n'
    b"Content-Type: text/plain\r\n\r\nepiloog\r\n--b--\r\n",
    "content id, rtf, no type": HEAD + b'Content-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
    b"Content-Type: image/png\r\nContent-ID: <x@y>\r\n\r\nAAAA\r\n--b\r\nContent-Type: text/rtf\r\n\r\n{\\rtf}\r\n"
    b"--b\r\nContent-Type: text\r\n\r\nwat\r\n--b\r\nContent-Disposition: attachment\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\na=3Db\r\n--b--\r\n",
    "attached multipart": HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
    b'Content-Type: multipart/alternative; boundary="c"\r\nContent-Disposition: attachment\r\n\r\n--c\r\n'
    b"Content-Type: text/plain; charset=utf-16\r\n\r\n\xc3\xa9\r\n--c--\r\n--b--\r\n",
    "bad dates and addresses": b'From: <<jan@@example>>, "x" <y@z.nl\r\nTo: ;;;\r\nCc: =?utf-8?q?=E9?= <a@b.nl>\r\n'
    b"Date: Mon, 31 Feb 2026 25:61:00 +9999\r\nReceived: nonsense\r\nReceived: from a by b; Fri, 1 Jan 1999\r\n"
    b"\r\nhallo\r\n",
}


def _mails() -> list[tuple[str, bytes]]:
    paths = sorted(ROOT.glob("samples/*.eml")) + sorted(ROOT.glob("tests/corpus/*/**/*.eml"))
    mails = [(str(path.relative_to(ROOT)), path.read_bytes()) for path in paths]
    shapes = [hostile_mail.deep_multipart, hostile_mail.many_mime_parts, hostile_mail.encoded_words]
    mails += [(f"{shape.__name__}/{size}", shape(size)) for shape in shapes for size in (2_000, 20_000)]
    return mails + sorted(CRAFTED.items())


def _reading(parser: type[MailParser], raw: bytes) -> dict[str, Any]:
    try:
        mail = parser.from_bytes(raw)
    except Exception as exc:
        return {"fails": type(exc).__name__}
    return {
        "defects": sorted(mail.defects_categories),
        "addresses": {name: mail._header_value(name) for name in ("from", "reply-to", "to", "cc")},
        "date": mail.date,
        "header defects": sorted(
            repr(sorted(defect.items()))
            for defect in (
                *mail.address_header_defects,
                *mail.date_header_defects,
                *mail.received_header_defects,
            )
        ),
    }


def test_the_crafted_mail_hits_the_defects_it_is_made_for() -> None:
    found = {
        category for raw in CRAFTED.values() for category in _reading(MailParser, raw).get("defects", ())
    }
    expected = {"MimeHeaderDefect", "CharsetDecodeDefect", "StartBoundaryNotFoundDefect", "DateHeaderDefect"}
    assert expected <= found


def test_every_mail_reads_the_same_as_with_mail_parser() -> None:
    differing = [name for name, raw in _mails() if _reading(LeanMailParser, raw) != _reading(MailParser, raw)]
    assert differing == []


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted_mail_reads_the_same(name: str) -> None:
    assert _reading(LeanMailParser, CRAFTED[name]) == _reading(MailParser, CRAFTED[name])


_PARAM_TEXT = st.lists(
    st.sampled_from([*"; =\"'*%0aAN", "name", "NAME", "file", "charset", "utf-8", "text/plain", "\u00e9"]),
    max_size=20,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(content_type=st.none() | _PARAM_TEXT, disposition=st.none() | _PARAM_TEXT)
def test_the_quick_parameter_reads_agree_with_the_email_package(
    content_type: str | None, disposition: str | None
) -> None:
    part = Message()
    if content_type is not None:
        part["Content-Type"] = content_type
    if disposition is not None:
        part["Content-Disposition"] = disposition
    assert filename(part) == part.get_filename()
    assert charset(part, "utf-8") == part.get_content_charset("utf-8")
    assert lacks_param(part, "format") <= (part.get_param("format") is None)
