"""Classification: customer, staff, auto_reply, bounce, bulk, as the real senders write them; bounce reports."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from parsers import Classification, ParsedMessage, ParserConfig, parse_message
from parsers.classify import RULES

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
CONFIG = ParserConfig(own_addresses=("help@tinybots.nl",), relay_addresses=("website@tinybots.nl",))
ACK_ID = "<ack.000123.1@tinybots.nl>"


def _parse(raw: str) -> ParsedMessage:
    return parse_message(raw.replace("\n", "\r\n").encode(), config=CONFIG, now=NOW)


POSTFIX_DSN = f"""Return-Path: <>
From: MAILER-DAEMON@mx.example.nl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: help@tinybots.nl
Message-Id: <20261124101500.1@mx.example.nl>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jan@example.nl>: host mail.example.nl[192.0.2.5] said: 550 5.1.1 User unknown

--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.nl

Final-Recipient: rfc822; jan@example.nl
Original-Recipient: rfc822;jan@example.nl
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B1
Content-Type: message/rfc822

From: Helpdesk Tinybots <help@tinybots.nl>
To: jan@example.nl
Subject: [TB-000123] Uw vraag
Message-ID: {ACK_ID}
Auto-Submitted: auto-replied

Bedankt voor uw bericht.

--B1--
"""

DELAYED_DSN_WITH_HEADERS_ONLY = f"""From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: help@tinybots.nl
Subject: Delivery Status Notification (Delay)
Content-Type: multipart/report; report-type=delivery-status; boundary="G"

--G
Content-Type: text/plain; charset=UTF-8

Your message has not been delivered to piet@example.com yet. Gmail will retry for 46 more hours.

--G
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; piet@example.com
Action: delayed
Status: 4.4.1

--G
Content-Type: text/rfc822-headers

From: help@tinybots.nl
Message-ID: {ACK_ID}
Subject: [TB-000123] Uw vraag

--G--
"""

EXIM_OLD = f"""Return-path: <>
From: Mail Delivery System <Mailer-Daemon@mail.provider.nl>
To: help@tinybots.nl
Subject: Mail delivery failed: returning message to sender
X-Failed-Recipients: oma@provider.nl
Auto-Submitted: auto-replied

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  oma@provider.nl
    SMTP error from remote mail server after RCPT TO:<oma@provider.nl>:
    550 5.1.1 <oma@provider.nl>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

From: help@tinybots.nl
Message-ID: {ACK_ID}
Subject: [TB-000123] Uw vraag
"""

QMAIL = f"""From: MAILER-DAEMON@mail.example.org
To: help@tinybots.nl
Subject: failure notice

Hi. This is the qmail-send program at mail.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<kees@example.org>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Message-ID: {ACK_ID}
From: help@tinybots.nl
"""

YAHOO = """From: MAILER-DAEMON@yahoo.com
To: help@tinybots.nl
Subject: Failure Notice

Sorry, we were unable to deliver your message to the following address.

<truus@yahoo.com>:
554: delivery error: dd This user doesn't have a yahoo.com account (truus@yahoo.com) [0] - mta1.mail.ne1.yahoo.com
"""

MICROSOFT_NDR_WITHOUT_REPORT = """From: postmaster@outlook.com
To: help@tinybots.nl
Subject: Onbestelbaar: [TB-000123] Uw vraag
Content-Type: text/plain; charset=utf-8

Uw bericht kan niet worden bezorgd bij: anna@hotmail.com
Kan niet worden bezorgd: 550 5.5.0 Requested action not taken: mailbox unavailable
"""

NON_DAEMON_SENDER_BOUNCE_SUBJECT = """Return-Path: <>
From: "Mail Administrator" <admin@mail.example.com>
To: help@tinybots.nl
Subject: Returned mail: see transcript for details

The original message was received at Tue, 24 Nov 2026 10:12:00 +0100
----- The following addresses had permanent fatal errors -----
<wim@example.com>
"""


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (POSTFIX_DSN, "bounce:delivery-report"),
        (DELAYED_DSN_WITH_HEADERS_ONLY, "bounce:delivery-report"),
        (EXIM_OLD, "bounce:x-failed-recipients"),
        (QMAIL, "bounce:mailer-daemon"),
        (YAHOO, "bounce:mailer-daemon"),
        (MICROSOFT_NDR_WITHOUT_REPORT, "bounce:mailer-daemon"),
        (NON_DAEMON_SENDER_BOUNCE_SUBJECT, "bounce:subject"),
    ],
    ids=["postfix-dsn", "gmail-delay-dsn", "exim-old", "qmail", "yahoo", "microsoft-onbestelbaar", "sendmail-admin"],
)
def test_bounces_from_many_mtas_are_bounces(raw: str, reason: str) -> None:
    parsed = _parse(raw)
    assert (parsed.classification, parsed.classification_reason) == (Classification.BOUNCE, reason)
    assert parsed.rights == ()


def test_delivery_report_names_original_message_recipient_and_permanent_status() -> None:
    report = _parse(POSTFIX_DSN).bounce
    assert report is not None
    assert (report.original_message_id, report.failed_recipients, report.permanent, report.status) == (
        ACK_ID,
        ("jan@example.nl",),
        True,
        "5.1.1",
    )


def test_delayed_report_is_not_permanent_and_reads_id_from_rfc822_headers() -> None:
    report = _parse(DELAYED_DSN_WITH_HEADERS_ONLY).bounce
    assert report is not None
    assert (report.original_message_id, report.failed_recipients, report.permanent, report.status) == (
        ACK_ID,
        ("piet@example.com",),
        False,
        "4.4.1",
    )


@pytest.mark.parametrize(
    ("raw", "recipients", "status"),
    [(EXIM_OLD, ("oma@provider.nl",), "5.1.1"), (QMAIL, ("kees@example.org",), "5.1.1")],
    ids=["exim-old", "qmail"],
)
def test_prose_bounce_report_names_recipient_status_and_original(
    raw: str, recipients: tuple[str, ...], status: str
) -> None:
    report = _parse(raw).bounce
    assert report is not None
    assert (report.failed_recipients, report.status, report.permanent) == (recipients, status, True)
    assert report.original_message_id == ACK_ID


def _mail(headers: str, subject: str, body: str = "Ik ben tot en met 30 november afwezig.") -> str:
    return (
        f"From: Anna de Boer <anna@example.nl>\nTo: help@tinybots.nl\nSubject: {subject}\n"
        f"Message-ID: <m1@example.nl>\n{headers}Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    )


@pytest.mark.parametrize(
    ("headers", "subject", "reason"),
    [
        (
            "Auto-Submitted: auto-generated\nX-MS-Exchange-Inbox-Rules-Loop: anna@example.nl\n"
            "X-Auto-Response-Suppress: All\n",
            "Automatisch antwoord: [TB-000123] Uw vraag",
            "auto_reply:exchange-inbox-rule",
        ),
        ("Auto-Submitted: auto-replied\n", "Re: [TB-000123] Uw vraag", "auto_reply:auto-submitted-replied"),
        ("Auto-Submitted: auto-replied (zimbra; vacation)\n", "Afwezig", "auto_reply:auto-submitted-replied"),
        ("X-Autoreply: yes\n", "Re: Uw vraag", "auto_reply:x-autoreply"),
        ("X-Autorespond: Re: Uw vraag\n", "Re: Uw vraag", "auto_reply:x-autoreply"),
        ("Precedence: auto_reply\n", "Re: Uw vraag", "auto_reply:precedence"),
        ("", "Automatisch antwoord: Uw vraag", "auto_reply:subject"),
        ("", "Afwezig: Uw vraag", "auto_reply:subject"),
        ("", "Out of Office: [TB-000123] Your question", "auto_reply:subject"),
        ("", "Automatic reply: Your question", "auto_reply:subject"),
        ("", "Abwesenheitsnotiz: Ihre Frage", "auto_reply:subject"),
        ("Precedence: bulk\n", "Autoreply: Uw vraag", "auto_reply:subject"),
        ("X-Autogenerated: Reply\n", "Uw vraag", "auto_reply:x-autogenerated"),
        ("Auto-Submitted: auto-generated\n", "Uw bestelling", "auto_reply:auto-submitted"),
        ("X-Auto-Response-Suppress: OOF, AutoReply\n", "Melding", "auto_reply:x-auto-response-suppress"),
    ],
)
def test_autoresponders_are_auto_replies(headers: str, subject: str, reason: str) -> None:
    parsed = _parse(_mail(headers, subject))
    assert (parsed.classification, parsed.classification_reason) == (Classification.AUTO_REPLY, reason)


def test_null_return_path_without_other_signals_is_automatic() -> None:
    parsed = _parse(_mail("Return-Path: <>\n", "Uw vraag"))
    assert (parsed.classification, parsed.classification_reason) == (
        Classification.AUTO_REPLY,
        "auto_reply:null-sender",
    )


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ("List-Id: Zorgrobots <zorgrobots.lists.example.org>\n", "bulk:list-id"),
        ("List-Unsubscribe: <https://news.example.nl/u/1>\n", "bulk:list-unsubscribe"),
        ("Precedence: bulk\n", "bulk:precedence"),
        ("Precedence: list\n", "bulk:precedence"),
    ],
)
def test_lists_and_newsletters_are_bulk(headers: str, reason: str) -> None:
    parsed = _parse(_mail(headers, "Nieuwsbrief november", "Lees het laatste nieuws."))
    assert (parsed.classification, parsed.classification_reason) == (Classification.BULK, reason)


def test_mail_from_our_own_address_is_staff() -> None:
    raw = _mail("", "Re: [TB-000123]").replace("Anna de Boer <anna@example.nl>", "Helpdesk <Help@TinyBots.nl>")
    parsed = _parse(raw)
    assert (parsed.classification, parsed.classification_reason) == (Classification.STAFF, "staff:own-address")


def test_auto_submitted_no_is_a_person() -> None:
    parsed = _parse(_mail("Auto-Submitted: no\n", "Vraag over de robot", "De robot is stuk."))
    assert (parsed.classification, parsed.classification_reason) == (Classification.CUSTOMER, "customer:default")


def test_a_person_forwarding_an_autoresponse_stays_customer() -> None:
    body = (
        "Kijk, dit kreeg ik terug. Wat moet ik nu doen?\n\n"
        "---------- Forwarded message ---------\nFrom: Tinybots <help@tinybots.nl>\n"
        "Subject: Automatisch antwoord: robot\n\nIk ben afwezig tot maandag. Out of office.\n"
    )
    parsed = _parse(_mail("", "Fwd: Automatisch antwoord: robot", body))
    assert parsed.classification is Classification.CUSTOMER


def test_a_person_writing_out_of_office_in_the_body_stays_customer() -> None:
    body = "Mijn dochter zet de robot op out of office als ze weg is. Kan dat ook automatisch?"
    parsed = _parse(_mail("", "Vraag over afwezigheid", body))
    assert parsed.classification is Classification.CUSTOMER


def test_a_person_who_pastes_an_undeliverable_notice_stays_customer() -> None:
    body = "Ik kreeg dit: Your message couldn't be delivered. Klopt het adres van de helpdesk wel?"
    parsed = _parse(_mail("", "Mail komt niet aan", body))
    assert parsed.classification is Classification.CUSTOMER


def test_web_form_relay_marked_automatic_is_a_customer() -> None:
    raw = (
        "From: Tinybots website <website@tinybots.nl>\nReply-To: jan@example.nl\nTo: help@tinybots.nl\n"
        "Subject: Contactformulier\nAuto-Submitted: auto-generated\nPrecedence: bulk\n\n"
        "Naam: Jan de Vries\nBericht: robot start niet\n"
    )
    parsed = _parse(raw)
    assert (parsed.classification, parsed.classification_reason) == (
        Classification.CUSTOMER,
        "customer:relay-address",
    )
    assert parsed.customer.email is not None and parsed.customer.email.value == "jan@example.nl"


def test_no_reply_sender_with_a_person_in_reply_to_is_a_customer() -> None:
    raw = (
        "From: Formulier <no-reply@zorgsite.example.nl>\nReply-To: Truus Bakker <truus@example.nl>\n"
        "To: help@tinybots.nl\nSubject: Nieuw bericht via het formulier\nX-Mailer: WPForms\n\n"
        "De robot van mijn moeder geeft geen geluid.\n"
    )
    parsed = _parse(raw)
    assert (parsed.classification, parsed.classification_reason) == (
        Classification.CUSTOMER,
        "customer:no-reply-relay",
    )


def test_rule_names_are_unique_so_a_reason_names_one_rule() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(name.split(":", 1)[0] == rule.verdict.value for name, rule in zip(names, RULES, strict=True))
