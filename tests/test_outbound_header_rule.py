"""The compose-time header rule is never weaker than building the complete mail (which the sender still does)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.outbound.message import UnsafeHeader, build_email, check_header_value
from intake.outbound.outbox_mail import new_mail
from tests.fixtures.outbound_data import NOW, parsed_mail, settings_for

#: Text with the characters that matter to a header: line breaks, controls, "=?", "?=", Unicode separators.
HEADER_TEXT = st.text(
    alphabet=st.sampled_from(
        ["a", "Z", " ", "=", "?", "_", "q", "b", "\r", "\n", "\x00", "\t", "\u2028", "é"]
    )
    | st.characters(),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(subject=HEADER_TEXT)
def test_a_subject_the_cheap_rule_accepts_builds_into_exactly_that_subject(subject: str) -> None:
    try:
        check_header_value("Subject", subject)
    except UnsafeHeader:
        return
    message = build_email(
        recipient="jan@example.nl", subject=subject, body="x", message_id="<a.b@tinybots.nl>", headers={}
    )
    assert len(message.get_all("Subject") or []) == 1


@pytest.mark.parametrize(
    "value",
    [
        "Hallo\r\nBcc: evil@attacker.example",
        "Hallo\x00",
        "=?utf-8?q?Hallo=0D=0ABcc:_evil@attacker.example?=",
        "=?UTF-8?B?SGFsbG8NCkJjYzogZXZpbEBhdHRhY2tlci5leGFtcGxl?=",
        "Hallo\u2028Bcc: evil@attacker.example",
    ],
)
def test_line_breaks_controls_and_encoded_words_are_refused_in_any_header(value: str) -> None:
    with pytest.raises(UnsafeHeader):
        check_header_value("Subject", value)
    with pytest.raises(UnsafeHeader):
        build_email(
            recipient="jan@example.nl",
            subject="x",
            body="x",
            message_id="<a.b@tinybots.nl>",
            headers={"In-Reply-To": value},
        )


def test_a_subject_with_an_undecodable_byte_keeps_the_mail_suppressed_at_compose_time() -> None:
    # The parser keeps undecodable header bytes as surrogates; no charset can send them.
    mail = new_mail(
        settings_for(),
        kind="ack_ticket",
        recipient="jan@example.nl",
        language="nl",
        values={"ticket_ref": "TB-000001", "subject": "Robot \udcff", "greeting": "Beste Jan,"}
        | {"help_address": "help@tinybots.nl"},
        ticket_ref="TB-000001",
        ticket_id=1,
        now=NOW,
        parent=parsed_mail(subject="Robot"),
    )
    assert mail.state == "suppressed" and (mail.suppressed_reason or "").startswith("unsafe_header")
    assert mail.headers["In-Reply-To"] and mail.headers["Auto-Submitted"] == "auto-replied"


def test_a_staff_address_that_is_not_one_address_keeps_the_mail_suppressed() -> None:
    mail = new_mail(
        settings_for(),
        kind="brake_alert",
        recipient="support@tinybots.nl, evil@attacker.example",
        language="nl",
        values={"limit": "60", "since": "2026-11-24 14:00 UTC"},
        ticket_ref=None,
        ticket_id=None,
        now=NOW,
    )
    assert mail.state == "suppressed" and (mail.suppressed_reason or "").startswith("unsafe_header")
