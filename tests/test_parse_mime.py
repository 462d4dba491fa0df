"""MIME decoding rules of the parser: charsets, encoded words, HTML, TNEF, forwards, attachments, headers."""

from __future__ import annotations

import base64
import hashlib
import struct
from datetime import UTC, datetime

import pytest

from parsers import ParserConfig, parse_message
from parsers.mime import decode_mime, is_identity_document

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
CONFIG = ParserConfig(own_addresses=("help@tinybots.nl",), relay_addresses=("website@tinybots.nl",))

HEAD = (
    b"Received: from mx1.example.nl (mx1.example.nl [192.0.2.10]) by mail.tinybots.nl (Postfix) with ESMTPS;"
    b" Tue, 24 Nov 2026 10:15:02 +0100\r\n"
    b"From: Jan de Vries <jan@example.nl>\r\n"
    b"To: help@tinybots.nl\r\n"
    b"Subject: Vraag over mijn robot\r\n"
    b"Date: Tue, 24 Nov 2026 10:14:55 +0100\r\n"
    b"Message-ID: <CAF=1234@mail.example.nl>\r\n"
    b"MIME-Version: 1.0\r\n"
)


def _plain(body: bytes, charset: str, encoding: str = "8bit") -> bytes:
    return (
        HEAD
        + f"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n".encode()
        + body
    )


def _parse(raw: bytes):  # type: ignore[no-untyped-def]
    return parse_message(raw, config=CONFIG, now=NOW)


def test_outlook_iso_8859_1_label_reads_windows_1252_quotes_and_euro() -> None:
    body = "\u201cDe robot\u201d kost \u20ac 50 per maand, zei u.\r\n".encode("cp1252")
    parsed = _parse(_plain(body, "iso-8859-1"))
    assert "\u201cDe robot\u201d kost \u20ac 50" in parsed.text
    assert not any("charset" in note for note in parsed.notes)


def test_utf8_bytes_labelled_iso_8859_1_are_read_as_utf8_with_a_note() -> None:
    body = "Ik heb \u00e9\u00e9n vraag over het caf\u00e9.\r\n".encode()
    parsed = _parse(_plain(body, "iso-8859-1"))
    assert "\u00e9\u00e9n vraag over het caf\u00e9" in parsed.text
    assert "charset mislabelled: iso-8859-1 read as utf-8" in parsed.notes


def test_windows_1252_bytes_labelled_utf8_fall_back_without_replacement_characters() -> None:
    body = "Ik heb \u00e9\u00e9n vraag, groeten van J\u00fcrgen en Ma\u00ebl uit Rijswijk.\r\n".encode(
        "cp1252"
    )
    parsed = _parse(_plain(body, "utf-8"))
    assert "\u00e9\u00e9n vraag, groeten van J\u00fcrgen en Ma\u00ebl" in parsed.text
    assert "\ufffd" not in parsed.text
    assert any(note.startswith("charset fallback: utf-8 read as windows-1252") for note in parsed.notes)


def test_unknown_charset_label_still_gives_readable_text() -> None:
    parsed = _parse(_plain("Caf\u00e9 open?\r\n".encode(), "x-mac-unknown"))
    assert "Caf\u00e9 open?" in parsed.text


def test_quoted_printable_body_is_decoded() -> None:
    parsed = _parse(
        _plain(b"De robot zegt =E9=E9n keer per uur =\r\niets.\r\n", "iso-8859-1", "quoted-printable")
    )
    assert "De robot zegt \u00e9\u00e9n keer per uur iets." in parsed.text


def test_rfc2047_subject_and_display_name_are_decoded() -> None:
    raw = (
        b"From: =?utf-8?B?Sm9zw6kgdmFuIGRlciBCZXJn?= <Jose@Example.NL>\r\n"
        b"To: help@tinybots.nl\r\n"
        b"Subject: =?iso-8859-1?Q?Vraag_over_mijn_caf=E9?= =?utf-8?Q?_en_=E2=82=AC?=\r\n"
        b"Message-ID: <a1@example.nl>\r\n"
        b"Content-Type: text/plain; charset=us-ascii\r\n\r\nHallo\r\n"
    )
    parsed = _parse(raw)
    assert parsed.subject == "Vraag over mijn caf\u00e9 en \u20ac"
    assert parsed.headers.from_name == "Jos\u00e9 van der Berg"
    assert parsed.headers.from_address == "jose@example.nl"


def test_raw_8bit_subject_is_decoded_instead_of_dropped() -> None:
    raw = HEAD.replace(b"Subject: Vraag over mijn robot", "Subject: Caf\u00e9 robot".encode()) + (
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nHallo\r\n"
    )
    assert _parse(raw).subject == "Caf\u00e9 robot"


def _multipart(parts: list[bytes], subtype: str = "mixed") -> bytes:
    boundary = b"==boundary42=="
    out = HEAD + b"Content-Type: multipart/" + subtype.encode() + b'; boundary="' + boundary + b'"\r\n\r\n'
    for part in parts:
        out += b"--" + boundary + b"\r\n" + part + b"\r\n"
    return out + b"--" + boundary + b"--\r\n"


def test_rfc2231_attachment_filename_is_decoded_and_flagged_as_identity_document() -> None:
    jpeg = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4
    attachment = (
        b"Content-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Disposition: attachment; filename*=utf-8''paspoort%20Jos%C3%A9.jpg\r\n\r\n"
        + base64.encodebytes(jpeg)
    )
    text = b"Content-Type: text/plain; charset=utf-8\r\n\r\nHierbij mijn paspoort.\r\n"
    parsed = _parse(_multipart([text, attachment]))
    (found,) = parsed.attachments
    assert (found.filename, found.content_type, found.size) == (
        "paspoort Jos\u00e9.jpg",
        "image/jpeg",
        len(jpeg),
    )
    assert found.payload == jpeg
    assert found.identity_document
    assert parsed.text == "Hierbij mijn paspoort."


@pytest.mark.parametrize(
    ("filename", "content_type", "expected"),
    [
        ("paspoort.jpg", "image/jpeg", True),
        ("Scan_ID-kaart_voorkant.pdf", "application/pdf", True),
        ("identiteitskaart moeder.png", "image/png", True),
        ("rijbewijs.jpeg", "image/jpeg", True),
        ("kopie ID.jpg", "image/jpeg", True),
        ("Passport scan.pdf", "application/pdf", True),
        ("robot id.jpg", "image/jpeg", False),
        ("factuur-2026-113.pdf", "application/pdf", False),
        ("screenshot.png", "image/png", False),
        ("idee.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", False),
    ],
)
def test_identity_document_is_recognised_by_file_name(
    filename: str, content_type: str, expected: bool
) -> None:
    assert is_identity_document(filename, content_type) is expected


def test_html_only_mail_becomes_clean_text_without_markup_styles_or_scripts() -> None:
    html = (
        b"<html><head><style>p { color: red; }</style><script>track()</script></head><body>"
        b"<p>Beste&nbsp;helpdesk,</p><div>Mijn robot <b>12345</b> zegt niets meer.<br>"
        b"Kunt u mij bellen?</div><p>Met vriendelijke groet,<br>Anna Jansen</p></body></html>"
    )
    raw = HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + html
    parsed = _parse(raw)
    assert parsed.text == "Beste helpdesk,\n\nMijn robot 12345 zegt niets meer.\nKunt u mij bellen?"
    assert parsed.signature == "Met vriendelijke groet,\nAnna Jansen"
    assert "color" not in parsed.text and "track" not in parsed.text


def test_alternative_prefers_the_plain_text_part() -> None:
    plain = b"Content-Type: text/plain; charset=utf-8\r\n\r\nDe robot is stuk.\r\n"
    html = b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>De <i>robot</i> is stuk.</p>\r\n"
    assert _parse(_multipart([plain, html], "alternative")).text == "De robot is stuk."


def _tnef_object(level: int, name: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BHHI", level, name, 0x0001, len(data)) + data + struct.pack("<H", checksum)


def _winmail_dat(body: bytes, filename: bytes, content: bytes) -> bytes:
    return (
        struct.pack("<IH", 0x223E9F78, 0x0001)
        + _tnef_object(1, 0x800C, body)  # attBody
        + _tnef_object(2, 0x9002, bytes(14))  # attAttachRendData: a new attachment starts
        + _tnef_object(2, 0x8010, filename + b"\x00")  # attAttachTitle
        + _tnef_object(2, 0x800F, content)  # attAttachData
    )


def test_winmail_dat_gives_its_body_and_attachments() -> None:
    pdf = b"%PDF-1.4 robot handleiding" + bytes(300)
    tnef = _winmail_dat(b"Goedemiddag, zie de bijlage. Robot 4411 werkt niet.", b"rijbewijs.pdf", pdf)
    part = (
        b'Content-Type: application/ms-tnef; name="winmail.dat"\r\nContent-Transfer-Encoding: base64\r\n'
        b'Content-Disposition: attachment; filename="winmail.dat"\r\n\r\n' + base64.encodebytes(tnef)
    )
    parsed = _parse(_multipart([part]))
    assert parsed.text == "Goedemiddag, zie de bijlage. Robot 4411 werkt niet."
    (found,) = parsed.attachments
    assert (found.filename, found.content_type, found.payload) == ("rijbewijs.pdf", "application/pdf", pdf)
    assert found.identity_document
    assert "tnef: winmail.dat opened (1 attachments)" in parsed.notes


def test_broken_winmail_dat_is_kept_as_an_attachment() -> None:
    part = (
        b"Content-Type: application/ms-tnef\r\nContent-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="winmail.dat"\r\n\r\n' + base64.encodebytes(b"not tnef")
    )
    parsed = _parse(_multipart([b"Content-Type: text/plain\r\n\r\nZie bijlage\r\n", part]))
    assert [a.filename for a in parsed.attachments] == ["winmail.dat"]
    assert "tnef: winmail.dat could not be read; kept as an attachment" in parsed.notes


def test_forwarded_message_rfc822_keeps_its_text_as_body_text() -> None:
    inner = (
        b"From: Truus de Vries <truus@example.nl>\r\nTo: jan@example.nl\r\nSubject: robot\r\n"
        b"Date: Mon, 23 Nov 2026 09:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Ik wil dat de robot 's avonds stil is.\r\n"
    )
    outer_text = (
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nZie het bericht van mijn moeder hieronder.\r\n"
    )
    forward = b"Content-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n" + inner
    parsed = _parse(_multipart([outer_text, forward]))
    assert parsed.text == "Zie het bericht van mijn moeder hieronder."
    assert "From: Truus de Vries <truus@example.nl>" in parsed.quoted
    assert "Ik wil dat de robot 's avonds stil is." in parsed.quoted


def test_forward_as_attachment_without_own_words_reads_the_forwarded_text() -> None:
    inner = b"From: truus@example.nl\r\nSubject: robot\r\n\r\nDe robot praat 's nachts.\r\n"
    forward = b"Content-Type: message/rfc822\r\n\r\n" + inner
    parsed = _parse(_multipart([forward]))
    assert parsed.text == "De robot praat 's nachts."
    assert "forward without own text: the forwarded message is read as the new text" in parsed.notes


def test_missing_message_id_is_made_from_the_sha256_of_the_bytes() -> None:
    raw = b"From: jan@example.nl\r\nSubject: hoi\r\n\r\nHallo\r\n"
    parsed = _parse(raw)
    assert parsed.message_id == f"<{hashlib.sha256(raw).hexdigest()}@intake.invalid>"
    assert "message-id missing: made from the content hash" in parsed.notes


def test_invalid_date_gives_none_and_a_note() -> None:
    raw = HEAD.replace(b"Date: Tue, 24 Nov 2026 10:14:55 +0100", b"Date: gisteren rond de middag") + (
        b"Content-Type: text/plain\r\n\r\nHallo\r\n"
    )
    parsed = _parse(raw)
    assert parsed.headers.date is None
    assert "date missing or invalid" in parsed.notes


def test_receipt_time_is_the_newest_received_header_and_date_is_utc() -> None:
    raw = (
        b"Received: from relay.tinybots.nl by mail.tinybots.nl; Tue, 24 Nov 2026 10:20:00 +0100\r\n"
        b"Received: from mx1.example.nl by relay.tinybots.nl; Tue, 24 Nov 2026 10:16:00 +0100\r\n"
        + HEAD[HEAD.index(b"From:") :]
    ) + b"Content-Type: text/plain\r\n\r\nHallo\r\n"
    headers = _parse(raw).headers
    assert headers.received_at == datetime(2026, 11, 24, 9, 20, tzinfo=UTC)
    assert headers.date == datetime(2026, 11, 24, 9, 14, 55, tzinfo=UTC)


def test_threading_headers_and_null_return_path_are_read() -> None:
    raw = (
        b"Return-Path: <>\r\nIn-Reply-To: <ack-1@tinybots.nl>\r\n"
        b"References: <m0@example.nl>\r\n <ack-1@tinybots.nl>\r\n" + HEAD + b"\r\nHallo\r\n"
    )
    headers = _parse(raw).headers
    assert headers.return_path == ""
    assert headers.in_reply_to == ("<ack-1@tinybots.nl>",)
    assert headers.references == ("<m0@example.nl>", "<ack-1@tinybots.nl>")


def test_inline_signature_logo_is_an_attachment_not_text() -> None:
    logo = b"Content-Type: image/png\r\nContent-ID: <logo@firma>\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    logo += base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    related = _multipart([b"Content-Type: text/html\r\n\r\n<p>Robot stuk</p>", logo], "related")
    mime = decode_mime(related)
    assert mime.body == "Robot stuk"
    assert [(a.filename, a.content_type, a.size) for a in mime.attachments] == [("logo.png", "image/png", 48)]


def test_megabytes_of_pasted_log_are_cut_for_parsing_with_a_note() -> None:
    line = b"2026-11-24 10:00:01 robot status ok temperature 21.5\r\n"
    parsed = _parse(_plain(line * 25_000, "utf-8"))
    assert len(parsed.text) + len(parsed.signature) + len(parsed.quoted) <= 1_000_000
    assert "body text cut at 1000000 characters for parsing (the raw mail is complete)" in parsed.notes


def test_charset_label_with_a_nul_byte_still_gives_the_text() -> None:
    parsed = _parse(_plain("De robot is stuk, caf\u00e9.\r\n".encode(), "utf\x008"))
    assert parsed.text == "De robot is stuk, caf\u00e9."


def test_format_flowed_soft_line_breaks_are_joined_again() -> None:
    body = (
        b"Mijn naam is Willem \r\nDekker, bel mij op 06 1234 \r\n5678.\r\n\r\n"
        b"Op 23 nov. 2026 om 10:12 heeft Tinybots Helpdesk <help@tinybots.nl> het \r\nvolgende geschreven:\r\n"
        b"> Wat is uw \r\n> robotnummer?\r\n"
    )
    raw = HEAD + b"Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n" + body
    parsed = _parse(raw)
    assert parsed.text == "Mijn naam is Willem Dekker, bel mij op 06 1234 5678."
    assert parsed.quoted.endswith("> Wat is uw robotnummer?")


def test_html_only_gmail_reply_marks_the_blockquote_as_quoted() -> None:
    html = (
        b'<div dir="ltr">De robot doet het weer niet.<div><br></div><div>Groet, Jan</div></div><br>'
        b'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Op di 24 nov 2026 om 10:12 schreef '
        b'Tinybots Helpdesk &lt;<a href="mailto:help@tinybots.nl">help@tinybots.nl</a>&gt;:<br></div>'
        b'<blockquote class="gmail_quote"><div>Beste Jan,</div><div>U heeft recht op inzage.</div>'
        b"<blockquote><div>Nog ouder bericht</div></blockquote></blockquote></div>"
    )
    parsed = _parse(HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + html)
    assert (parsed.text, parsed.signature) == ("De robot doet het weer niet.", "Groet, Jan")
    assert parsed.quoted.endswith("> Beste Jan,\n> U heeft recht op inzage.\n>> Nog ouder bericht")


def test_html_only_apple_mail_reply_with_the_header_inside_the_blockquote() -> None:
    html = (
        b'<html><body><div>Het robotnummer is 30152.</div><div><br><blockquote type="cite">'
        b"<div>Op 23 nov. 2026 om 16:40 heeft Tinybots Helpdesk &lt;help@tinybots.nl&gt; het volgende "
        b"geschreven:</div><br><div>Welk robotnummer heeft u?</div></blockquote></div></body></html>"
    )
    parsed = _parse(HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + html)
    assert parsed.text == "Het robotnummer is 30152."
    assert "> Welk robotnummer heeft u?" in parsed.quoted
