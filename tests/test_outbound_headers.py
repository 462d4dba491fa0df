"""Hostile subjects, names and addresses can never add a header to a mail we send."""

from __future__ import annotations

import pickle
import random
from collections.abc import Callable
from email.headerregistry import Address, HeaderRegistry, UnstructuredHeader
from email.policy import SMTP, SMTPUTF8

import pytest
from aiosmtplib.email import flatten_message

from intake.outbound import message as message_module
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


#: Mails whose headers take the stdlib's every path: plain, RFC 2047 encoded, folded, addresses, a date.
STOCK_CASES = [
    ("jan@example.nl", "[TB-000001] Robot kapot", "Beste Jan,\n\nBedankt.\n"),
    ("piet@example.nl", "[TB-000002] Hé, de robot zegt “niets” meer", "Beste Piet,\n\nÉén regel é.\n"),
    ("kees@example.nl", "[TB-000003] " + "heel lang onderwerp " * 12, "x" * 300 + "\n"),
]
STOCK_HEADERS = {
    "From": "Helpdesk Tinybots <help@tinybots.nl>",
    "Reply-To": "help@tinybots.nl",
    "Auto-Submitted": "auto-replied",
    "X-Auto-Response-Suppress": "All",
    "Content-Language": "nl",
    "Precedence": "auto_reply",
    "Date": "Tue, 24 Nov 2026 14:00:00 +0000",
    "In-Reply-To": "<m1@example.nl>",
    "References": " ".join(f"<r{n}.{'x' * 30}@example.nl>" for n in range(5)) + " <m1@example.nl>",
}


def _flattened(recipient: str, subject: str, body: str) -> list[bytes]:
    msg = build_email(
        recipient=recipient,
        subject=subject,
        body=body,
        message_id=f"<{recipient.partition('@')[0]}.ack@tinybots.nl>",
        headers=STOCK_HEADERS,
    )
    # What the sender sends (8BITMIME or not), and SMTPUTF8: a kept fold must be the one of its own policy.
    return [
        flatten_message(msg),
        flatten_message(msg, cte_type="7bit"),
        flatten_message(msg, utf8=True),
        msg.as_bytes(policy=SMTPUTF8),
        msg.as_bytes(policy=SMTP),
    ]


@pytest.mark.parametrize(("recipient", "subject", "body"), STOCK_CASES)
def test_a_mail_is_byte_for_byte_what_the_stock_header_registry_makes(
    monkeypatch: pytest.MonkeyPatch, recipient: str, subject: str, body: str
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(message_module, "_POLICY", SMTP)
        stock = _flattened(recipient, subject, body)
    assert _flattened(recipient, subject, body) == stock
    assert (
        _flattened(recipient, subject, body) == stock
    )  # again: parsed headers and folds now come from the caches
    assert b"\r\nContent-Language: nl\r\n" in stock[0]


def test_the_header_factory_maps_names_as_the_stdlib_registry_does() -> None:
    factory = message_module._HeaderFactory()
    stock = HeaderRegistry()
    for name in ("To", "to", "Subject", "Date", "Message-ID", "Content-Type", "X-Whatever", "In-Reply-To"):
        made = factory[name]
        assert made is factory[name.upper()]  # one class per name, made once
        assert [c for c in made.__mro__ if c is not message_module._FoldsOnce][1:] == list(
            stock[name].__mro__
        )[1:]
        assert made.max_count == stock[name].max_count
    assert issubclass(factory["X-Whatever"], UnstructuredHeader)  # default_class for a name it does not know
    header = factory("Auto-Submitted", "auto-replied")
    assert factory("Auto-Submitted", "auto-replied") is header and str(header) == "auto-replied"
    factory.map_to_type("x-whatever", stock.registry["subject"])
    assert factory["X-Whatever"].max_count == 1  # a new mapping is used at once
    assert pickle.loads(pickle.dumps(factory)).registry == factory.registry


def test_a_content_header_survives_the_body_and_the_body_type_cannot_be_replaced() -> None:
    msg = build_email(
        recipient="jan@example.nl",
        subject="x",
        body="x",
        message_id="<a.b@tinybots.nl>",
        headers={"Content-Language": "en"},
    )
    assert msg["Content-Language"] == "en" and msg.get_content_type() == "text/plain"
    with pytest.raises(UnsafeHeader):
        build_email(
            recipient="jan@example.nl",
            subject="x",
            body="x",
            message_id="<a.b@tinybots.nl>",
            headers={"Content-Type": "text/html"},
        )


_ADDRESS_CHARS = "ab.Z9_%+-=?@\"() <>,;:[]\\\r\n\t\x00é!#$&'*/^`{|}~"


def _address_or_refusal(check: Callable[[str], object], address: str) -> tuple[str, ...]:
    try:
        made = check(address)
    except Exception as exc:  # UnsafeHeader, or what the parser raises beyond it (HeaderParseError)
        return ("raised", type(exc).__name__)
    assert isinstance(made, Address)
    return (made.username, made.domain, made.display_name, made.addr_spec, str(made))


def test_a_plain_address_is_taken_as_the_header_parser_takes_it() -> None:
    """`address_of` skips the parser for plain addresses: for every address it answers as the parser does."""
    rng = random.Random(20261206)
    tried = [
        "jan@example.nl",
        "Jan.de.Vries+ticket@sub-domain.example.co.uk",
        "a@localhost",
        "x_%-+@-b-.c",
        "a..b@example.nl",
        ".a@example.nl",
        "a.@example.nl",
        "a@b..c",
        "a@.b",
        "a@b.",
        "@example.nl",
        "a@",
        "a@@b",
        "=?utf-8?q?x?=@example.nl",
        '"a b"@example.nl',
        "a@[127.0.0.1]",
        "a(c)@example.nl",
        "jan@exämple.nl",
        "a@b c",
        *("".join(rng.choice(_ADDRESS_CHARS) for _ in range(rng.randint(1, 12))) for _ in range(3000)),
        *(
            f"{rng.choice(['a', 'a.b', 'a_b', 'a..b', '=?', 'a+'])}@{rng.choice(['b', 'b.c', 'b-c.d', 'b..c', '-'])}"
            for _ in range(300)
        ),
    ]
    for address in tried:
        expected = _address_or_refusal(message_module.parsed_address, address)
        assert _address_or_refusal(message_module.address_of, address) == expected, address
