"""Hostile subjects, names and addresses can never add a header to a mail we send."""

from __future__ import annotations

import pytest

from intake.outbound.compose import compose_for_route
from intake.outbound.message import UnsafeHeader, build_email, header_text
from intake.outbound.sender import drain_outbox
from intake.outbound.verp import outbox_id_from_verp, verp_address
from storage import outbox
from storage.database import Database
from tests.fixtures.outbound_data import NOW, new_ticket, outcome_for, parsed_mail, settings_for
from tests.fixtures.smtp import SmtpSink

HOSTILE_SUBJECTS = [
    "Hallo\r\nBcc: evil@attacker.example",
    "Hallo\nBcc: evil@attacker.example",
    "Hallo\rBcc: evil@attacker.example",
    "=?utf-8?q?Hallo=0D=0ABcc:_evil@attacker.example?=",
    "=?utf-8?b?SGFsbG8NCkJjYzogZXZpbEBhdHRhY2tlci5leGFtcGxl?=",
    "Hallo\u2028Bcc: evil@attacker.example",
    "Hallo\x00\x0bBcc: evil@attacker.example",
]


@pytest.mark.parametrize("subject", HOSTILE_SUBJECTS)
async def test_hostile_subject_and_name_reach_the_relay_as_one_header_each(
    database: Database, smtp_sink: SmtpSink, subject: str
) -> None:
    settings = settings_for(smtp_sink)
    parsed = parsed_mail(subject=subject, from_name="Jan\r\nBcc: evil@attacker.example")
    async with database.session() as s:
        ticket, customer = await new_ticket(s, name="Jan\r\nX-Evil: 1")
        mails = await compose_for_route(s, outcome_for(ticket, customer), parsed, settings=settings, now=NOW)
        assert {m.state for m in mails} == {"pending"}
        await outbox.enqueue(s, mails, now=NOW)
        await s.commit()
    assert await drain_outbox(database, settings, now=NOW) == 2
    for delivery in smtp_sink.deliveries:
        message = delivery.message
        assert message["Bcc"] is None and message["X-Evil"] is None
        assert len(message.get_all("To") or []) == 1 and len(message.get_all("Subject") or []) == 1
        assert "\n" not in str(message["Subject"]) and "\r" not in str(message["Subject"])
        assert delivery.rcpt_tos in (("jan@example.nl",), ("support@tinybots.nl",))
        assert b"\nBcc:" not in delivery.data and b"\nX-Evil:" not in delivery.data


def test_literal_encoded_words_are_defused_before_they_reach_a_header() -> None:
    assert header_text("=?utf-8?q?a=0D=0AB?=") == "= ?utf-8?q?a=0D=0AB?="
    assert header_text("Re:\r\n  robot\tkapot ") == "Re: robot kapot"


@pytest.mark.parametrize(
    "recipient",
    ["jan@example.nl\r\nBcc: x@y.nl", "jan@example.nl, piet@example.nl", "Jan <jan@example.nl>", ""],
)
def test_a_recipient_that_is_not_exactly_one_address_is_refused(recipient: str) -> None:
    with pytest.raises(UnsafeHeader):
        build_email(recipient=recipient, subject="x", body="x", message_id="<a.b@tinybots.nl>", headers={})


def test_a_header_value_the_email_library_would_rewrite_is_refused() -> None:
    with pytest.raises(UnsafeHeader):
        build_email(
            recipient="jan@example.nl",
            subject="=?utf-8?q?x=0D=0ABcc:_y@z.nl?=",
            body="x",
            message_id="<a.b@tinybots.nl>",
            headers={},
        )


def test_verp_address_round_trips_and_ignores_strangers() -> None:
    address = verp_address("help@tinybots.nl", 17)
    assert address == "help+bounce-17@tinybots.nl"
    assert outbox_id_from_verp(f"<{address.upper()}>", help_address="help@tinybots.nl") == 17
    assert outbox_id_from_verp("help+bounce-17@attacker.example", help_address="help@tinybots.nl") is None
    assert outbox_id_from_verp("jan+bounce-3@example.nl") == 3
    assert outbox_id_from_verp("help@tinybots.nl") is None
    assert outbox_id_from_verp("help+bounce-0@tinybots.nl") is None
