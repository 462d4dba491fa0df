"""Malformed, truncated and random MIME never makes the parser raise, and always gives a classification."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import Classification, ParsedMessage, ParserConfig, parse_message

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
CONFIG = ParserConfig(own_addresses=("help@tinybots.nl",), relay_addresses=("website@tinybots.nl",))
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SEED_MAIL = (
    b"Received: from mx by mail.tinybots.nl; Tue, 24 Nov 2026 10:15:02 +0100\r\n"
    b"From: =?utf-8?q?Jan_de_Vri=C3=ABs?= <jan@example.nl>\r\nTo: help@tinybots.nl\r\n"
    b"Subject: =?iso-8859-1?q?Robot_caf=E9?= [TB-000123]\r\nDate: Tue, 24 Nov 2026 10:14:55 +0100\r\n"
    b"Message-ID: <seed@example.nl>\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="X"\r\n\r\n'
    b"--X\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"Verwijder mijn gegevens. BSN 111222333. Bel 06-12345678.=0D=0A\r\n"
    b"Op di 24 nov 2026 om 10:12 schreef Helpdesk <help@tinybots.nl>:\r\n> oud\r\n"
    b"--X\r\nContent-Type: image/jpeg; name*=utf-8''paspoort%20.jpg\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    + base64.encodebytes(b"\xff\xd8" + bytes(64))
    + b"--X\r\nContent-Type: message/rfc822\r\n\r\nFrom: a@b.nl\r\nSubject: fwd\r\n\r\ninner\r\n"
    b"--X--\r\n"
)


def _assert_sound(parsed: ParsedMessage) -> None:
    assert isinstance(parsed.classification, Classification)
    assert parsed.classification_reason
    assert parsed.message_id.startswith("<") and parsed.message_id.endswith(">")
    assert parsed.language in ("nl", "en")
    # The CLI's JSON must be buildable and valid UTF-8 for every result (no lone surrogates anywhere).
    json.dumps(parsed.to_json("fuzz.eml"), ensure_ascii=False).encode("utf-8")
    for attachment in parsed.attachments:
        attachment.filename.encode("utf-8")
    for note in parsed.notes:
        note.encode("utf-8")


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes_never_raise(raw: bytes) -> None:
    _assert_sound(parse_message(raw, config=CONFIG, now=NOW))


@FUZZ
@given(st.integers(min_value=0, max_value=len(SEED_MAIL)))
def test_truncated_mail_never_raises(cut: int) -> None:
    _assert_sound(parse_message(SEED_MAIL[:cut], config=CONFIG, now=NOW))


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(SEED_MAIL) - 1), st.integers(0, 255)), max_size=30))
def test_corrupted_bytes_never_raise(flips: list[tuple[int, int]]) -> None:
    raw = bytearray(SEED_MAIL)
    for position, value in flips:
        raw[position] = value
    _assert_sound(parse_message(bytes(raw), config=CONFIG, now=NOW))


_TEXT = st.text(st.characters(codec="utf-8"), max_size=200)
_TOKEN = st.sampled_from(
    [
        "text/plain",
        "text/html",
        "multipart/mixed",
        "multipart/alternative",
        "multipart/report; report-type=delivery-status",
        "message/rfc822",
        "message/delivery-status",
        "text/rfc822-headers",
        "application/ms-tnef",
        "image/jpeg",
        "",
    ]
)
_CHARSET = st.sampled_from(["utf-8", "iso-8859-1", "windows-1252", "x-bogus", "utf-7", "iso-2022-jp", ""])
_ENCODING = st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "bogus"])


@st.composite
def _mime_part(draw: st.DrawFn, depth: int = 0) -> bytes:
    ctype = draw(_TOKEN)
    charset = draw(_CHARSET)
    encoding = draw(_ENCODING)
    header = f"Content-Type: {ctype}; charset={charset}; boundary=b{depth}\r\nContent-Transfer-Encoding: {encoding}\r\n"
    if draw(st.booleans()):
        header += f"Content-Disposition: {draw(st.sampled_from(['attachment', 'inline', '']))}; filename*=utf-8''{draw(_TEXT)[:20]}\r\n"
    if ctype.startswith("multipart") and depth < 3:
        children = draw(st.lists(_mime_part(depth + 1), max_size=3))
        body = b"".join(f"--b{depth}\r\n".encode() + child + b"\r\n" for child in children)
        body += f"--b{depth}{draw(st.sampled_from(['--', '', '-']))}\r\n".encode()
    else:
        body = draw(_TEXT).encode(draw(st.sampled_from(["utf-8", "cp1252", "latin-1"])), "replace")
        body += draw(st.binary(max_size=40))
    return header.encode("utf-8", "replace") + b"\r\n" + body


@FUZZ
@given(_mime_part(), st.lists(st.tuples(_TEXT, _TEXT), max_size=6))
def test_random_mime_structures_never_raise(body: bytes, extra_headers: list[tuple[str, str]]) -> None:
    headers = b"".join(
        f"{name.replace(':', '')[:30] or 'X'}: {value}\r\n".encode("utf-8", "replace")
        for name, value in extra_headers
    )
    raw = b"From: jan@example.nl\r\nSubject: test\r\n" + headers + body
    _assert_sound(parse_message(raw, config=CONFIG, now=NOW))


def test_hostile_nesting_is_parsed_with_a_note() -> None:
    depth = 3000
    raw = b"From: a@b.nl\r\n" + b"".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode() for i in range(depth)
    )
    parsed = parse_message(raw, config=CONFIG, now=NOW)
    _assert_sound(parsed)
    assert any(note.startswith("mime:") for note in parsed.notes)
