"""A display name with encoded control characters keeps the sender's address, and loses the control characters.

An encoded word can carry a CR/LF (or a NUL, a bell) that, decoded before the header is split, turns the rest
of the name into a header of its own ("Bcc: ...") or a group; the sender's address was lost and the writer got
no acknowledgement (issue 14, section 6). RFC 2047 words hold only display text, so the header is split first.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from parsers import Classification, ParserConfig, parse_message
from storage.database import Database
from storage.models import OutboxMail
from tests.test_ingest import ingest, mail, settings_for

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
CONFIG = ParserConfig(own_addresses=("help@tinybots.nl",))


def _mail(from_header: bytes) -> bytes:
    return (
        b"From: " + from_header + b"\r\nTo: help@tinybots.nl\r\nSubject: robot\r\n"
        b"Message-ID: <names@example.nl>\r\nDate: Tue, 24 Nov 2026 10:14:55 +0100\r\n\r\n"
        b"Hallo,\r\n\r\nMijn robot doet het niet meer.\r\n"
    )


@pytest.mark.parametrize(
    ("from_header", "name"),
    [
        (b"=?utf-8?q?Evil=0D=0ABcc:_x@y.nl?= <a@example.nl>", "Evil Bcc: x@y.nl"),
        (b"=?utf-8?b?RXZpbA0KQmNjOiB4QHkubmw=?= <a@example.nl>", "Evil Bcc: x@y.nl"),
        (b'"=?utf-8?q?Evil=0D=0ABcc:_x@y.nl?=" <a@example.nl>', "Evil Bcc: x@y.nl"),
        (b"=?utf-8?q?Jan=00_de=07_Vries=C2=85?= <a@example.nl>", "Jan de Vries"),
        (b"=?utf-8?q?Jan=E2=80=A8Jansen?= <a@example.nl>", "Jan Jansen"),
    ],
    ids=[
        "q-encoded-crlf-and-colon",
        "b-encoded-crlf",
        "quoted-encoded-crlf",
        "nul-bell-nel",
        "line-separator",
    ],
)
def test_the_sender_address_is_kept_and_control_characters_leave_the_name(
    from_header: bytes, name: str
) -> None:
    parsed = parse_message(_mail(from_header), config=CONFIG, now=NOW)

    assert parsed.headers.from_address == "a@example.nl"
    assert parsed.headers.from_name == name
    assert parsed.customer.email is not None and parsed.customer.email.value == "a@example.nl"
    assert parsed.classification is Classification.CUSTOMER  # a person's mail: acknowledged
    assert not any(ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0 for char in parsed.headers.from_name or "")


def test_encoded_names_of_several_recipients_are_decoded_after_the_split() -> None:
    mail = _mail(b"Jan <jan@example.nl>").replace(
        b"To: help@tinybots.nl",
        b"To: =?utf-8?q?Helpdesk=2C_Tinybots?= <help@tinybots.nl>, =?utf-8?q?Vri=C3=ABs?= <v@example.nl>",
    )
    parsed = parse_message(mail, config=CONFIG, now=NOW)

    assert parsed.headers.to == ("help@tinybots.nl", "v@example.nl")


def test_a_name_without_encoded_words_is_read_as_before() -> None:
    parsed = parse_message(_mail(b'"de Vries, Jan" <jan@example.nl>'), config=CONFIG, now=NOW)

    assert (parsed.headers.from_address, parsed.headers.from_name) == ("jan@example.nl", "de Vries, Jan")


async def test_the_writer_of_such_a_mail_gets_the_acknowledgement(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    raw = mail("<crlf-name@example.nl>", sender="=?utf-8?q?Evil=0D=0ABcc:_x@y.nl?= <a@example.nl>")
    result = await ingest(database, raw, settings_for(migrated_db_url, tmp_path))

    assert result.state == "done"
    async with database.session() as session:
        acknowledgements = (
            await session.execute(select(OutboxMail.recipient).where(OutboxMail.kind == "ack_ticket"))
        ).scalars()
        assert list(acknowledgements) == ["a@example.nl"]
