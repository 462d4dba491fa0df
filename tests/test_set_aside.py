"""A mail set aside as slow is known by the Message-ID its replies name, read from its header without parsing it."""

from __future__ import annotations

from intake.daemon.set_aside import HEADER_PEEK_BYTES, RawMail, message_ids_of


def mail(raw: bytes) -> RawMail:
    return RawMail(spool_id=1, sha256="ab12", raw=raw)


def test_the_message_id_of_the_header_and_the_one_the_parser_would_make_up() -> None:
    raw = b"From: a@example.nl\r\nMessage-ID: <m1@example.nl>\r\nSubject: x\r\n\r\nbody\r\n"
    assert message_ids_of(mail(raw)) == {"<m1@example.nl>", "<ab12@intake.invalid>"}


def test_a_folded_message_id_is_read_and_the_body_is_not() -> None:
    raw = b"Subject: x\nMessage-ID:\n <folded@example.nl>\n\nMessage-ID: <in-body@example.nl>\n"
    assert message_ids_of(mail(raw)) == {"<folded@example.nl>", "<ab12@intake.invalid>"}


def test_without_a_message_id_only_the_made_up_one() -> None:
    assert message_ids_of(mail(b"Subject: x\n\nMessage-ID: <in-body@example.nl>\n")) == {
        "<ab12@intake.invalid>"
    }


def test_only_the_first_bytes_are_read() -> None:
    raw = b"X-Long: " + b"a" * HEADER_PEEK_BYTES + b"\nMessage-ID: <late@example.nl>\n\nbody\n"
    assert message_ids_of(mail(raw)) == {"<ab12@intake.invalid>"}
