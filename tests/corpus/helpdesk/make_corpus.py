"""Deterministic generator of the help-desk development corpus (standard library only).

    python3 make_corpus.py            # (re)writes gNNN/001.eml and labels.json in this folder
    python3 make_corpus.py --check    # rebuilds in memory and fails if a file differs

Realistic mail as help@tinybots.nl receives it: elderly customers, family, district nurses and care
organisations writing from Gmail, Outlook, Apple Mail, Android, webmail and the website contact form, in Dutch,
English, German and mixed; replies quoting the help desk with each client's quote header; out-of-office replies,
other help desks' acknowledgements, survey invitations, newsletters and phishing with and without automatic-mail
headers; bounces; the help desk's own mail. Labels follow corpus A's schema and LABEL POLICY
(../shared/corpus/README.md) exactly, plus "split": "dev" or "held_out" (a seeded hash of the file name, about
35 % held out). Tune the parser only on "dev". All people, numbers and organisations are fictional; domains are
reserved example domains.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

from corpus_text import (
    AUTO_KINDS,
    FIRST_NAMES,
    HELPDESK_SIGNATURE,
    PROBLEMS,
    SURNAMES,
    auto_mail,
)

HERE = Path(__file__).resolve().parent
SEED = 20261206
HELD_OUT_SHARE = 0.35
CUSTOMERS = 380
AUTOMATIC = 110
STAFF = 25
TZ = timezone(timedelta(hours=1))


def main() -> None:
    files = build()
    if "--check" in sys.argv:
        differing = [name for name, data in files.items() if (HERE / name).read_bytes() != data]
        if differing:
            sys.exit(f"{len(differing)} files differ, e.g. {differing[0]}; fix: run make_corpus.py")
        print(f"{len(files)} files as generated")
        return
    for name, data in files.items():
        path = HERE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    print(f"wrote {len(files) - 1} mails and labels.json")


def build() -> dict[str, bytes]:
    rng = random.Random(SEED)
    kinds = ["customer"] * CUSTOMERS + ["automatic"] * AUTOMATIC + ["staff"] * STAFF
    rng.shuffle(kinds)
    files: dict[str, bytes] = {}
    labels = []
    for number, kind in enumerate(kinds, start=1):
        file = f"g{number:03d}/001.eml"
        when = datetime(2024, 1, 8, 8, 0, tzinfo=TZ) + timedelta(minutes=rng.randrange(0, 60 * 24 * 300))
        if kind == "customer":
            message, label = customer_mail(rng, number)
        elif kind == "automatic":
            message, label = automatic_mail(rng, number)
        else:
            message, label = staff_mail(rng, number)
        label["subject"] = message["Subject"]
        message["Date"] = format_datetime(when)
        message["Message-ID"] = f"<{hashlib.sha1(f'{SEED}{number}'.encode()).hexdigest()[:20]}@mail.example>"
        files[file] = to_bytes(message, crlf=number % 3 == 0)
        labels.append(finish_label(file, label))
    files["labels.json"] = (json.dumps(labels, ensure_ascii=False, indent=1) + "\n").encode()
    return files


def finish_label(file: str, label: dict) -> dict:
    digest = hashlib.sha256(f"{SEED}:{file}".encode()).digest()
    automatic = label["classification"] != "customer"
    customer = {k: None for k in ("name", "email", "phone", "robot_id")} if automatic else label["customer"]
    return {
        "file": file,
        "classification": label["classification"],
        "customer": customer,
        "rights": [],
        "ticket_ref": label.get("ticket_ref") or _subject_ref(label),
        "thread": {"group": file.split("/")[0], "in_reply_to_file": None},
        "bsn_present": label.get("bsn_present"),
        "lang": label["lang"],
        "notes": label["notes"],
        "split": "held_out" if digest[0] < HELD_OUT_SHARE * 256 else "dev",
    }


def _subject_ref(label: dict) -> str | None:
    """The label policy: a TB- reference in the subject counts for every class."""
    subject = label.get("subject", "")
    start = subject.find("[TB-")
    return subject[start + 1 : start + 10] if start >= 0 else None


def to_bytes(message: Message, *, crlf: bool) -> bytes:
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78).flatten(message)
    data = out.getvalue().replace(b"\r\n", b"\n")
    return data.replace(b"\n", b"\r\n") if crlf else data


# ---------------------------------------------------------------------------------------------- people


class Person:
    def __init__(self, rng: random.Random) -> None:
        self.first = rng.choice(FIRST_NAMES)
        self.particle, self.last = rng.choice(SURNAMES)
        if rng.random() < 0.08:
            self.last = f"{self.last}-{rng.choice(SURNAMES)[1]}"
        self.full = " ".join(w for w in (self.first, self.particle, self.last) if w)
        domain = rng.choice(
            [
                "ziggo.example",
                "kpnmail.example",
                "gmail.example",
                "hotmail.example",
                "home.example",
                "icloud.example",
                "outlook.example",
                "web.example",
            ]
        )
        local = rng.choice(
            [
                f"{self.first}.{self.particle}{self.last}",
                f"{self.first[0]}{self.last}",
                f"{self.first}{rng.randrange(40, 99)}",
                f"{self.first}.{self.last}",
            ]
        )
        ascii_local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
        self.email = f"{ascii_local.lower().replace(' ', '').replace('-', '')}@{domain}".replace("'", "")
        self.phone = rng.choice([mobile, landline, mobile, foreign])(rng)

    def surname(self) -> str:
        return " ".join(w for w in (self.particle, self.last) if w)


def mobile(rng: random.Random) -> tuple[str, str]:
    digits = f"6{rng.choice('12345')}{rng.randrange(10**6, 10**7):07d}"[:9]
    d = digits
    written = rng.choice(
        [
            f"0{d[:1]}-{d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
            f"(0{d[:1]}) {d[1:5]} {d[5:]}",
            f"+31 (0){d[:1]} {d[1:5]} {d[5:]}",
            f"0031 {d[:1]} {d[1:]}",
            f"0031-{d[:1]}-{d[1:]}",
            f"0{d[:1]}.{d[1:]}",
            f"0{d}",
            f"0{d[:1]} {d[1:]}",
            f"+31{d}",
            f"0{d[:1]}-{d[1:]}",
            f"0{d[:1]} - {d[1:5]} {d[5:]}",
        ]
    )
    return written, f"+31{d}"


def landline(rng: random.Random) -> tuple[str, str]:
    area = rng.choice(["10", "30", "40", "50", "70", "418", "546", "591", "118", "88", "344", "314", "72"])
    rest = f"{rng.randrange(2, 10)}{rng.randrange(10**5, 10**6):06d}"[: 9 - len(area)]
    written = rng.choice(
        [
            f"0{area}-{rest}",
            f"0{area} {rest[:3]} {rest[3:]}",
            f"0{area} - {rest}",
            f"+31 {area} {rest}",
            f"(0{area}) {rest}",
        ]
    )
    return written, f"+31{area}{rest}"


def foreign(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        rest = f"{rng.randrange(70, 80)}{rng.randrange(10**5, 10**6):06d}"
        return f"+32 4{rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}", f"+324{rest}"
    rest = f"{rng.randrange(300000, 999999)}"
    return f"+49 (0) 251 {rest}", f"+49251{rest}"


def robot_id(rng: random.Random) -> str:
    return rng.choice(
        [
            str(rng.randrange(10000, 80000)),
            str(rng.randrange(1000, 9999)),
            f"TS-{rng.randrange(2019, 2025)}-{rng.randrange(1, 2000):04d}",
            f"00{rng.randrange(10, 99)}",
        ]
    )


# ---------------------------------------------------------------------------------------------- customers


def customer_mail(rng: random.Random, number: int) -> tuple[Message, dict]:
    from corpus_customer import compose_customer

    return compose_customer(rng, number, Person, robot_id)


def automatic_mail(rng: random.Random, number: int) -> tuple[Message, dict]:
    kind = AUTO_KINDS[number % len(AUTO_KINDS)]
    return auto_mail(rng, kind, Person(rng))


def staff_mail(rng: random.Random, number: int) -> tuple[Message, dict]:
    person = Person(rng)
    ref = f"TB-{rng.randrange(100, 999):06d}"
    body = (
        f"Beste {person.first},\n\nBedankt voor uw bericht over de robot (robotnummer {robot_id(rng)}). "
        f"Wij hebben de herinneringen opnieuw ingesteld. Bel ons gerust als het nog niet werkt.\n\n"
        f"{HELPDESK_SIGNATURE}"
    )
    message = MIMEText(body, "plain", "utf-8")
    message["From"] = "Tinybots Helpdesk <help@tinybots.nl>"
    message["To"] = formataddr((person.full, person.email), "utf-8")
    message["Subject"] = f"[{ref}] {rng.choice(PROBLEMS)[0]}"
    return message, {
        "classification": "staff",
        "ticket_ref": ref,
        "lang": "nl",
        "notes": "the help desk's own reply: no customer",
    }


if __name__ == "__main__":
    main()
