"""The demo's staff scene: agent Jan Visser answers the live mail's notification from his mail program, the
customer receives the answer from help@ and replies, and the reply threads back onto the same ticket.

In production the help desk's receiving server writes the Authentication-Results header that proves Jan's mail
(`[staff] authserv_id`); the demo has no such server in front of Dovecot, so it writes the header as
mx.tinybots.nl would, and then sends a forged copy without it to show that nothing happens.
"""

from __future__ import annotations

import email
import email.policy
import time
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from rich.console import Console

from intake.testbed.servers import MailAccount, ReceivedMail, SmtpSink

AGENT = "jan.visser@tinybots.nl"
AUTHSERV = "mx.tinybots.nl"
CUSTOMER = "klant424242@example.nl"
STAFF_CONFIG = {"addresses": [{"address": AGENT, "name": "Jan Visser"}], "authserv_id": AUTHSERV}
WAIT_SECONDS = 30.0


def _message(mail: ReceivedMail) -> EmailMessage:
    parsed = email.message_from_bytes(mail.data, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _wait(sink: SmtpSink, seen: int, wanted: str) -> EmailMessage | None:
    """The first mail to `wanted` accepted after the first `seen` ones, or None after WAIT_SECONDS."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        for mail in sink.received[seen:]:
            if wanted in mail.rcpt_tos:
                return _message(mail)
        time.sleep(0.1)
    return None


def _answer(notification: EmailMessage, *, proven: bool) -> bytes:
    mail = EmailMessage()
    if proven:
        mail["Authentication-Results"] = f"{AUTHSERV}; dkim=pass header.d=tinybots.nl; dmarc=pass"
    mail["From"] = f"Jan Visser <{AGENT}>"
    mail["To"] = "help@tinybots.nl"
    mail["Subject"] = f"Re: {notification['Subject']}"
    mail["Message-ID"] = make_msgid(domain="tinybots.nl")
    mail["Date"] = format_datetime(email.utils.localtime())
    mail["In-Reply-To"] = mail["References"] = str(notification["Message-ID"])
    text = (
        "Zet de robot tien seconden uit en weer aan; dan is het opgelost."
        if proven
        else "Klik hier: x.example"
    )
    quoted = "\n".join(f"> {line}" for line in notification.get_content().splitlines())
    mail.set_content(
        f"{text}\n\nMet vriendelijke groet,\nJan Visser\n\nOp maandag schreef de helpdesk:\n{quoted}\n"
    )
    return mail.as_bytes()


def _customer_reply(answer: EmailMessage) -> bytes:
    mail = EmailMessage()
    mail["From"] = f"Klant <{CUSTOMER}>"
    mail["To"] = "help@tinybots.nl"
    mail["Subject"] = f"Re: {answer['Subject']}"
    mail["Message-ID"] = "<demo-thanks@example.nl>"
    mail["Date"] = format_datetime(email.utils.localtime())
    mail["In-Reply-To"] = mail["References"] = str(answer["Message-ID"])
    mail.set_content("Het werkt weer, dank u wel!\n")
    return mail.as_bytes()


def staff_answers_by_mail(
    console: Console,
    account: MailAccount,
    sink: SmtpSink,
    url: str,
    wait_for_message: Callable[[str, str], tuple[str, str] | None],
) -> None:
    """The scene; `wait_for_message(url, message_id)` gives a stored mail's (ticket ref, routing rule)."""
    notification = next(
        (_message(m) for m in sink.received if "support@tinybots.nl" in m.rcpt_tos and b"424242" in m.data),
        None,
    )
    if notification is None:
        console.print("[yellow]Staff scene skipped: no notification of the live mail arrived.[/]")
        return
    seen = len(sink.received)
    started = time.monotonic()
    account.append([_answer(notification, proven=False)])
    account.append([_answer(notification, proven=True)])
    answer = _wait(sink, seen, CUSTOMER)
    if answer is None:
        console.print("[yellow]Staff scene: the agent's answer did not reach the customer in time.[/]")
        return
    took = time.monotonic() - started
    forged_to_customer = sum(b"x.example" in m.data for m in sink.received if CUSTOMER in m.rcpt_tos)
    console.print(
        f"[bold green]Staff:[/] Jan Visser answered the notification from his mail program; [bold]{took:.2f} s[/] "
        f"after the APPEND the customer had it "
        f"from [bold]{answer['From']}[/], subject [bold]{answer['Subject']}[/], In-Reply-To {answer['In-Reply-To']} (their latest mail), "
        f"no Auto-Submitted; only his new text: {answer.get_content().splitlines()[0]!r}. "
        f"A forged copy without proof reached the customer {forged_to_customer} times (staff were warned)."
    )
    account.append([_customer_reply(answer)])
    threaded = wait_for_message(url, "<demo-thanks@example.nl>")
    if threaded is not None:
        console.print(
            f"[bold green]Staff:[/] the customer's reply to the answer threaded back onto [bold]{threaded[0]}[/] "
            f"(rule {threaded[1]}), reopened it, and its new text went to staff."
        )
