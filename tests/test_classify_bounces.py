"""Bounces as dozens of MTAs write them (RFC 3464 reports and older prose), and what their report says."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from parsers import Classification, ParsedMessage, ParserConfig, parse_message

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
    ids=[
        "postfix-dsn",
        "gmail-delay-dsn",
        "exim-old",
        "qmail",
        "yahoo",
        "microsoft-onbestelbaar",
        "sendmail-admin",
    ],
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


ARF_FEEDBACK = """From: abuse@isp.example.net
To: help@tinybots.nl
Subject: Email Feedback Report for IP 192.0.2.1
Content-Type: multipart/report; report-type=feedback-report; boundary="F"

--F
Content-Type: text/plain

This is an email abuse report for an email message received from IP 192.0.2.1.

--F
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: SomeGenerator/1.0
Version: 1

--F--
"""

READ_RECEIPT = """From: Anna de Boer <anna@example.nl>
To: help@tinybots.nl
Subject: Gelezen: [TB-000123] Uw vraag
Content-Type: multipart/report; report-type=disposition-notification; boundary="D"

--D
Content-Type: text/plain

Uw bericht is gelezen op 24-11-2026 10:30.

--D
Content-Type: message/disposition-notification

Final-Recipient: rfc822; anna@example.nl
Disposition: manual-action/MDN-sent-manually; displayed

--D--
"""


@pytest.mark.parametrize(
    ("raw", "verdict", "reason"),
    [
        (ARF_FEEDBACK, Classification.BOUNCE, "bounce:feedback-report"),
        (READ_RECEIPT, Classification.AUTO_REPLY, "auto_reply:report"),
    ],
    ids=["arf-feedback-report", "read-receipt"],
)
def test_other_reports_are_automatic(raw: str, verdict: Classification, reason: str) -> None:
    parsed = _parse(raw)
    assert (parsed.classification, parsed.classification_reason) == (verdict, reason)


def test_post_master_spelled_with_underscore_is_a_daemon() -> None:
    raw = "From: post_master@sms.example.com\nTo: help@tinybots.nl\nSubject: Re:Test\n\nError: Invalid user address\n"
    assert _parse(raw).classification_reason == "bounce:mailer-daemon"


def test_no_reply_sender_writing_bounce_prose_is_a_bounce() -> None:
    raw = (
        "From: no-reply@mail.provider.example\nReply-To: no-reply@app.provider.example\nTo: help@tinybots.nl\n"
        "Subject: Mail error\n\nYour mail sent on: Tue, 24 Nov 2026\n     Could not be delivered to: "
        "<oma@provider.example>\n     As their mailbox is full.\n"
    )
    assert _parse(raw).classification_reason == "bounce:machine-sender-prose"


@pytest.mark.parametrize("raw", [QMAIL, EXIM_OLD], ids=["qmail", "exim-old"])
def test_the_returned_copy_below_the_bounce_text_is_quoted_not_text(raw: str) -> None:
    parsed = _parse(raw)
    assert ACK_ID not in parsed.text
    assert ACK_ID in parsed.quoted
