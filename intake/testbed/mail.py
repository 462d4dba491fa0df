"""Realistic help-desk mail for the demo, the benchmarks and the tests: deterministic, about 2 KB each."""

from __future__ import annotations

_FIRST = (
    "Jan",
    "Annelies",
    "Pieter",
    "Sanne",
    "Kees",
    "Fatima",
    "Henk",
    "Marieke",
    "Joost",
    "Ingrid",
    "Ahmed",
)
_LAST = (
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "de Boer",
    "Mulder",
    "Bos",
    "Peters",
)
_PROBLEMS = (
    "Mijn robot reageert niet meer op de knop. Ik heb hem al opnieuw opgestart maar dat hielp niet.",
    "De robot geeft geen herinneringen meer voor de medicijnen van mijn moeder sinds gisteren.",
    "Het scherm van de robot blijft zwart en het lampje knippert oranje. Wat kan ik doen?",
    "Sinds de update spreekt de robot erg zacht. Kan het volume hoger worden gezet?",
)


_DISCLAIMER = (
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt u\r\n"
    "verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren.\r\n"
    "Aan dit bericht kunnen geen rechten worden ontleend."
)


def realistic_mail(n: int, *, reply_to: int | None = None) -> bytes:
    """Mail number `n` from its own writer (about 3 KB, multipart/alternative, Received chain, signature).

    With `reply_to`, it is that writer's follow-up on the thread started by mail `reply_to` (In-Reply-To and
    References name it), which threads onto the same ticket. Deterministic: the same `n` gives the same bytes.
    """
    writer = reply_to if reply_to is not None else n
    first, last = _FIRST[writer % len(_FIRST)], _LAST[writer // len(_FIRST) % len(_LAST)]
    address = f"klant{writer}@example.nl"
    problem = _PROBLEMS[n % len(_PROBLEMS)]
    robot = 10000 + writer
    subject = f"Re: Robot {robot} doet het niet" if reply_to is not None else f"Robot {robot} doet het niet"
    thread = ""
    quoted = ""
    if reply_to is not None:
        thread = f"In-Reply-To: <m{reply_to}@example.nl>\r\nReferences: <m{reply_to}@example.nl>\r\n"
        earlier = _PROBLEMS[reply_to % len(_PROBLEMS)]
        quoted = f"\r\nOp 23 nov. 2026 om 09:12 schreef {first} {last} <{address}>:\r\n> {earlier}\r\n"
    text = (
        f"Beste helpdesk,\r\n\r\n{problem}\r\nHet gaat om robot nr. {robot}.\r\n\r\n"
        f"Met vriendelijke groet,\r\n{first} {last}\r\n06-{12345678 + writer % 8000000}\r\n{quoted}\r\n"
        f"{_DISCLAIMER}\r\n"
    )
    html = (
        "<html><body>" + "".join(f"<p>{line}</p>" for line in text.split("\r\n") if line) + "</body></html>"
    )
    boundary = f"=_b{n:08d}"
    return (
        f"Return-Path: <{address}>\r\n"
        f"Received: from mail.example.nl (mail.example.nl [192.0.2.{n % 250 + 1}])\r\n"
        f"\tby mx.tinybots.test with ESMTPS id Q{n:08X} for <help@tinybots.test>;\r\n"
        f"\tTue, 24 Nov 2026 10:{n // 60 % 60:02d}:{n % 60:02d} +0100\r\n"
        f"Received: from [10.0.0.{n % 200 + 2}] by mail.example.nl with ESMTPSA;\r\n"
        f"\tTue, 24 Nov 2026 10:{n // 60 % 60:02d}:{n % 60:02d} +0100\r\n"
        f'From: "{first} {last}" <{address}>\r\nTo: Tinybots Helpdesk <help@tinybots.test>\r\n'
        f"Subject: {subject}\r\nDate: Tue, 24 Nov 2026 10:{n // 60 % 60:02d}:{n % 60:02d} +0100\r\n"
        f"Message-ID: <m{n}@example.nl>\r\n{thread}MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--{boundary}--\r\n"
    ).encode()


def realistic_backlog(count: int, *, reply_every: int = 4) -> list[bytes]:
    """`count` mails: every `reply_every`-th is a follow-up on an earlier thread, the rest start new threads."""
    starters: list[int] = []
    mails: list[bytes] = []
    for n in range(count):
        if reply_every and n % reply_every == reply_every - 1 and starters:
            mails.append(realistic_mail(n, reply_to=starters[n % len(starters)]))
        else:
            starters.append(n)
            mails.append(realistic_mail(n))
    return mails
