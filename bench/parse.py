"""Parser throughput: parse N realistic messages on one core, print messages/s and the time share per stage.

    .venv/bin/python bench/parse.py [--count 10000] [--seed 7]

The messages are generated from templates of what help@tinybots.nl receives (Gmail, Outlook, Apple Mail and
Android replies in Dutch and English, HTML-only mail, web-form relays, attachments, out-of-office replies,
delivery reports, newsletters) with varied names, numbers and lengths, plus every samples/*.eml.
The stage shares come from a second pass that calls the stages one by one, in parse_message's order.
Rates are given in CPU time of this one process (other programs on the shared machine do not lower them) and in
wall-clock time (which they do).
"""

from __future__ import annotations

import argparse
import base64
import logging
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from mailparser import MailParser

from parsers import ParserConfig, parse_message
from parsers.addresses import find_writer_email
from parsers.bounce import read_bounce, report_type
from parsers.bsn import redact_bsn
from parsers.classify import MailFacts, classify
from parsers.headers import header_fields, read_headers
from parsers.language import detect_language
from parsers.mime import MimeContent, open_message, read_parts
from parsers.names import find_name
from parsers.phones import find_phone
from parsers.quotes import split_reply
from parsers.rights import detect_rights
from parsers.robot_id import find_robot_id
from parsers.ticket_ref import find_ticket_ref

logging.getLogger("mailparser").addHandler(logging.NullHandler())  # its per-part warnings are not figures
CONFIG = ParserConfig(
    own_addresses=("help@tinybots.nl",),
    own_phones=("+31201234567",),
    relay_addresses=("website@tinybots.nl",),
)
FIRST = [
    "Jan",
    "Anneke",
    "Piet",
    "Truus",
    "Kees",
    "Fatima",
    "Mohamed",
    "Sanne",
    "John",
    "Emma",
    "Willem",
    "Lotte",
]
LAST = [
    "de Vries",
    "van der Berg",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "El Amrani",
    "Dekker",
    "Smith",
    "de Boer",
]
SENTENCES = [
    "De robot zegt sinds gisteren niets meer.",
    "Mijn moeder hoort de herinnering voor haar medicijnen niet meer.",
    "Kunt u mij terugbellen op {phone}?",
    "Het robotnummer is {robot}.",
    "Ik wil graag weten welke gegevens u van mij heeft.",
    "Wilt u al mijn gegevens verwijderen?",
    "The robot does not start after the update.",
    "Please call me back on {phone}.",
    "My robot id is {robot} and it keeps restarting.",
    "Het lampje knippert rood en de app geeft een foutmelding.",
    "We hebben de robot al uit en aan gezet, zonder resultaat.",
    "Hoe kan ik het volume van de stem lager zetten?",
]


def _person(rng: random.Random) -> tuple[str, str, str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    address = f"{first.lower()}.{last.replace(' ', '').lower()}{rng.randint(1, 99)}@example.nl"
    phone = rng.choice(["06-{0}", "+31 6 {0}", "0{1} 123 45 67"]).format(
        rng.randint(10000000, 99999999), rng.randint(10, 99)
    )
    return first, last, address, phone


def _paragraphs(rng: random.Random, phone: str) -> str:
    robot = str(rng.randint(10000, 99999))
    chosen = rng.sample(SENTENCES, rng.randint(2, 6))
    return "\n\n".join(s.format(phone=phone, robot=robot) for s in chosen)


def _headers(rng: random.Random, name: str, address: str, subject: str, extra: str = "") -> str:
    day = rng.randint(1, 28)
    return (
        f"Received: from mx{rng.randint(1, 9)}.example.nl (mx.example.nl [192.0.2.{rng.randint(1, 250)}]) by "
        f"mail.tinybots.nl with ESMTPS id {rng.getrandbits(40):x}; Mon, {day} Nov 2026 10:{rng.randint(10, 59)}:00 +0100\n"
        f"From: {name} <{address}>\nTo: help@tinybots.nl\nSubject: {subject}\n"
        f"Date: Mon, {day} Nov 2026 10:{rng.randint(10, 59)}:00 +0100\n"
        f"Message-ID: <{rng.getrandbits(64):x}@example.nl>\nMIME-Version: 1.0\n{extra}"
    )


def _gmail_reply(rng: random.Random) -> str:
    first, last, address, phone = _person(rng)
    body = f"Hoi,\n\n{_paragraphs(rng, phone)}\n\nGroet,\n{first}\n\nOp ma 23 nov 2026 om 16:40 schreef Tinybots Helpdesk <\nhelp@tinybots.nl>:\n\n> Beste {first},\n> Wij hebben uw vraag ontvangen.\n"
    ref = f"[TB-{rng.randint(1, 999999):06d}] " if rng.random() < 0.5 else ""
    return (
        _headers(
            rng, f"{first} {last}", address, f"Re: {ref}Uw vraag", "Content-Type: text/plain; charset=UTF-8\n"
        )
        + "\n"
        + body
    )


def _outlook_html(rng: random.Random) -> str:
    first, last, address, phone = _person(rng)
    text = "".join(f"<p>{p}</p>" for p in _paragraphs(rng, phone).split("\n\n"))
    html = (
        f"<html><head><style>p{{margin:0}}</style></head><body>{text}<p>Met vriendelijke groet,<br>{first} {last}<br>{phone}</p>"
        "<div style='border-top:solid #E1E1E1 1.0pt'><p><b>Van:</b> Tinybots Helpdesk &lt;help@tinybots.nl&gt;<br>"
        "<b>Verzonden:</b> maandag 23 november 2026 16:40<br><b>Aan:</b> klant<br><b>Onderwerp:</b> Uw vraag</p></div>"
        "<p>Beste klant, u heeft recht op inzage.</p></body></html>"
    )
    plain = html.replace("<p>", "").replace("</p>", "\n").replace("<br>", "\n")
    boundary = f"_000_{rng.getrandbits(48):x}_"
    return (
        _headers(
            rng,
            f"{last.split()[-1]}, {first}",
            address,
            "RE: robot",
            f'Content-Type: multipart/alternative; boundary="{boundary}"\n',
        )
        + f"\n--{boundary}\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n{plain}\n"
        + f"--{boundary}\nContent-Type: text/html; charset=iso-8859-1\n\n{html}\n--{boundary}--\n"
    )


def _html_only(rng: random.Random) -> str:
    first, last, address, phone = _person(rng)
    html = (
        "<html><body>"
        + "".join(f"<div>{p}</div>" for p in _paragraphs(rng, phone).split("\n\n"))
        + f"<div>Mvg {first}</div></body></html>"
    )
    return (
        _headers(rng, f"{first} {last}", address, "Vraag", "Content-Type: text/html; charset=utf-8\n")
        + "\n"
        + html
        + "\n"
    )


def _with_attachment(rng: random.Random) -> str:
    first, last, address, phone = _person(rng)
    name = rng.choice(["paspoort.jpg", "screenshot.png", "foto robot.jpg", "ID-kaart.pdf"])
    data = base64.encodebytes(rng.randbytes(rng.randint(2000, 20000))).decode()
    return (
        _headers(
            rng,
            f"{first} {last}",
            address,
            "Inzageverzoek",
            'Content-Type: multipart/mixed; boundary="MIX"\n',
        )
        + f"\n--MIX\nContent-Type: text/plain; charset=utf-8\n\n{_paragraphs(rng, phone)}\n\nMet vriendelijke groet,\n{first} {last}\n"
        + f'--MIX\nContent-Type: image/jpeg; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
        + f"Content-Transfer-Encoding: base64\n\n{data}--MIX--\n"
    )


def _webform(rng: random.Random) -> str:
    first, last, address, phone = _person(rng)
    body = f"Naam: {first} {last}\nE-mail: {address}\nTelefoon: {phone}\nRobotnummer: {rng.randint(10000, 99999)}\n\nBericht:\n{_paragraphs(rng, phone)}\n"
    return (
        _headers(
            rng,
            "Tinybots website",
            "website@tinybots.nl",
            "Contactformulier",
            f"Reply-To: {address}\nContent-Type: text/plain; charset=utf-8\n",
        )
        + "\n"
        + body
    )


def _auto_reply(rng: random.Random) -> str:
    first, last, address, _ = _person(rng)
    extra = rng.choice(
        [
            "Auto-Submitted: auto-replied\n",
            "X-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: x\n",
            "",
        ]
    )
    subject = rng.choice(
        ["Automatisch antwoord: [TB-000123] Uw vraag", "Out of Office: Your question", "Afwezig"]
    )
    return (
        _headers(rng, f"{first} {last}", address, subject, extra + "Content-Type: text/plain\n")
        + "\nIk ben afwezig tot en met vrijdag.\n"
    )


def _bounce(rng: random.Random) -> str:
    _, _, address, _ = _person(rng)
    return (
        _headers(
            rng,
            "Mail Delivery System",
            "MAILER-DAEMON@mx.example.nl",
            "Undelivered Mail Returned to Sender",
            'Content-Type: multipart/report; report-type=delivery-status; boundary="R"\n',
        )
        + f"\n--R\nContent-Type: text/plain\n\nThis is the mail system at host mx.example.nl.\n\n<{address}>: 550 5.1.1 User unknown\n"
        + f"--R\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.nl\n\nFinal-Recipient: rfc822; {address}\nAction: failed\nStatus: 5.1.1\n\n"
        + "--R\nContent-Type: text/rfc822-headers\n\nMessage-ID: <ack.1@tinybots.nl>\nFrom: help@tinybots.nl\n\n--R--\n"
    )


def _newsletter(rng: random.Random) -> str:
    return (
        _headers(
            rng,
            "Zorgnieuws",
            "nieuws@zorg.example.nl",
            "Nieuwsbrief november",
            "List-Unsubscribe: <https://zorg.example.nl/u>\nContent-Type: text/plain\n",
        )
        + "\n"
        + "Het laatste nieuws over zorgtechnologie.\n" * rng.randint(5, 30)
    )


TEMPLATES: tuple[tuple[Callable[[random.Random], str], int], ...] = (
    (_gmail_reply, 25), (_outlook_html, 20), (_html_only, 10), (_with_attachment, 10),
    (_webform, 10), (_auto_reply, 10), (_bounce, 8), (_newsletter, 7),
)  # fmt: skip


def generate(count: int, seed: int) -> list[bytes]:
    """`count` messages: samples/*.eml first, then generated ones in the template mix above."""
    rng = random.Random(seed)
    samples = [p.read_bytes() for p in sorted(Path(__file__).resolve().parent.parent.glob("samples/*.eml"))]
    makers = [maker for maker, weight in TEMPLATES for _ in range(weight)]
    generated = [
        rng.choice(makers)(rng).replace("\n", "\r\n").encode("utf-8")
        for _ in range(max(0, count - len(samples)))
    ]
    return (samples + generated)[:count]


def _stages(raw: bytes, now: datetime, clock: Callable[[], float], spent: dict[str, float]) -> None:
    """parse_message's stages in its order, each timed (the same calls, without the pipeline's glue)."""
    t0 = clock()
    opened = open_message(raw)
    t1 = clock()
    mime = opened if isinstance(opened, MimeContent) else read_parts(*opened)
    fields = header_fields(mime.message)
    headers = read_headers(raw, mime.message, mime.mail)
    t2 = clock()
    subject, _ = redact_bsn(headers.subject)
    body, _ = redact_bsn(mime.body)
    parts = split_reply(body)
    t3 = clock()
    find_name(
        display_name=headers.from_name,
        address=headers.from_address,
        text=parts.text,
        signature=parts.signature,
    )
    writer = find_writer_email(headers, text=parts.text, signature=parts.signature, config=CONFIG)
    find_phone(parts.text, parts.signature, config=CONFIG)
    find_robot_id(subject=subject, text=parts.text, signature=parts.signature, config=CONFIG)
    find_ticket_ref(subject=subject, body=parts.text + parts.quoted, prefix=CONFIG.ticket_prefix)
    t4 = clock()
    writer_email = writer.value if writer else None
    facts = MailFacts(fields, headers, report_type(mime.message), body[:3000], writer_email, CONFIG)
    verdict, _ = classify(facts)
    if verdict.value == "bounce":
        read_bounce(mime.message, body, fields.get("x-failed-recipients", ()))
    t5 = clock()
    if verdict.value == "customer":
        detect_rights(subject=subject, text=parts.text)
    detect_language(subject, parts.text)
    t6 = clock()
    for stage, spent_here in (("MIME (mail-parser)", t1 - t0), ("text (parts, charsets, HTML, headers)", t2 - t1),
                              ("quotes (BSN redaction, split)", t3 - t2), ("extraction (writer, ticket ref)", t4 - t3),
                              ("classification (and bounce report)", t5 - t4),
                              ("rights and language", t6 - t5)):  # fmt: skip
        spent[stage] = spent.get(stage, 0.0) + spent_here


def _large_messages() -> list[tuple[str, bytes]]:
    """A mail with a 30 MB attachment and one with a 4.6 MB pasted log: single-message cost, not throughput."""
    head = "From: Jan <jan@example.nl>\r\nTo: help@tinybots.nl\r\nSubject: groot\r\n"
    attachment = base64.encodebytes(bytes(30_000_000)).replace(b"\n", b"\r\n")
    with_attachment = (
        (
            head
            + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
            "zie bijlage\r\n--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
            'Content-Disposition: attachment; filename="logboek.pdf"\r\n\r\n'
        ).encode()
        + attachment
        + b"--b--\r\n"
    )
    line = (
        "2026-11-24 10:00:01 robot 30152 status ok temperature 21.5 call 0612345678 user jan@example.nl\r\n"
    )
    pasted_log = (head + "Content-Type: text/plain\r\n\r\n" + line * 50_000).encode()
    return [("30 MB attachment", with_attachment), ("4.6 MB pasted log", pasted_log)]


def _rate(messages: list[bytes], parse: Callable[[bytes], object]) -> tuple[float, float]:
    """(messages per CPU second, messages per wall-clock second) for parsing every message once."""
    cpu, wall = time.process_time(), time.perf_counter()
    for raw in messages:
        parse(raw)
    return len(messages) / (time.process_time() - cpu), len(messages) / (time.perf_counter() - wall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    messages = generate(args.count, args.seed)
    now = datetime.now(UTC)
    base_cpu, base_wall = _rate(messages, MailParser.from_bytes)
    full_cpu, full_wall = _rate(messages, lambda raw: parse_message(raw, config=CONFIG, now=now))
    spent: dict[str, float] = {}
    for raw in messages:
        _stages(raw, now, time.process_time, spent)
    total = sum(spent.values())
    size = sum(len(m) for m in messages) / len(messages)
    print(
        f"messages: {len(messages)} (mean {size / 1024:.1f} KiB), one process, Python {sys.version.split()[0]}"
    )
    print(f"mail-parser alone: {base_cpu:.0f} messages/s of CPU time ({base_wall:.0f}/s wall clock)")
    print(f"parse_message:     {full_cpu:.0f} messages/s of CPU time ({full_wall:.0f}/s wall clock)")
    print("share of CPU time per stage:")
    for stage, seconds in spent.items():
        print(f"  {stage:<40} {100 * seconds / total:5.1f} %")
    for name, raw in _large_messages():
        cpu = time.process_time()
        parse_message(raw, config=CONFIG, now=now)
        print(
            f"one mail with a {name} ({len(raw) / 2**20:.1f} MiB): {time.process_time() - cpu:.2f} s of CPU time"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
