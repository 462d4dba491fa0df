"""Generated rights corpus: rebuilds every .eml and labels.json in this folder, byte for byte.

    python3 make_rights_corpus.py

Standard library only, deterministic (a fixed seed). Every sentence of phrases.py is put into several mail
frames: a short informal note, a formal letter with a subject, a reply above a quoted help-desk mail whose
footer lists the rights, a mail with a signature and robot id, a note with our privacy footer pasted under it.
Negatives (enumerations, press, students, DPOs, device resets, reserved rights, registration details sent on
request, ordinary support mail) get the same frames. Each sentence (with all its frames) goes to `dev` or
`held-out` by a seeded hash (30% held out; no sentence is on both sides): tune rules on dev only; the test asserts the targets on held-out too.
"""

from __future__ import annotations

import hashlib
import json
import random
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from phrases import BLIND_NEGATIVE, BLIND_POSITIVE, FOOTERS, NEGATIVE, POSITIVE, RELATIVES

HERE = Path(__file__).resolve().parent
SEED = 20261206
HELD_OUT_SHARE = 3  # of 10
NAMES = (
    "Anneke van Dam",
    "Kees Jansen",
    "Fatima El Amrani",
    "John Miller",
    "Sabine Krüger",
    "Ria de Boer",
    "Henk Visser",
    "Emma Clarke",
    "Jürgen Vogel",
    "Marie Dubois",
    "Lotte Smit",
    "Willem Bakker",
)
GREETING = {
    "nl": ("Beste Tinybots,", "Geachte heer/mevrouw,", "Hallo,", "Goedemorgen,"),
    "en": ("Dear Tinybots,", "Hello,", "Hi there,", "Dear Sir or Madam,"),
    "de": ("Sehr geehrte Damen und Herren,", "Hallo,", "Guten Tag,"),
}
CONTEXT = {
    "nl": ("Wij hebben sinds vorig jaar een Tessa.", "Mijn moeder gebruikt de robot al twee jaar.", ""),
    "en": ("We have had a Tessa since last year.", "My father has been using the robot for a while.", ""),
    "de": ("Meine Mutter nutzt seit einem Jahr einen Tessa-Roboter.", ""),
}
CLOSING = {
    "nl": ("Met vriendelijke groet,", "Groetjes,", "Alvast bedankt,"),
    "en": ("Kind regards,", "Thanks,", "Best wishes,"),
    "de": ("Mit freundlichen Grüßen,", "Viele Grüße,"),
}
SUBJECTS = {
    "nl": ("Vraag", "Tessa", "mijn gegevens", "robot", "Verzoek"),
    "en": ("Question", "Tessa", "my data", "Request", "robot"),
    "de": ("Anfrage", "Tessa", "Meine Daten", "Frage"),
}
QUOTE_HEAD = {
    "nl": "Op 3 nov. 2026 om 10:12 schreef Tinybots Helpdesk <help@tinybots.nl>:",
    "en": "On 3 Nov 2026, at 10:12, Tinybots Helpdesk <help@tinybots.nl> wrote:",
    "de": "Am 03.11.2026 um 10:12 schrieb Tinybots Helpdesk <help@tinybots.nl>:",
}
QUOTED_BODY = {
    "nl": "Dank voor uw bericht. Wij nemen binnen twee werkdagen contact met u op.",
    "en": "Thank you for your message. We will get back to you within two working days.",
    "de": "Vielen Dank für Ihre Nachricht. Wir melden uns innerhalb von zwei Werktagen.",
}
FRAMES = ("informal", "formal", "reply", "signature", "footer")


def base_language(language: str) -> str:
    return language if language in GREETING else "en"


def body(rng: random.Random, language: str, sentence: str, frame: str, name: str) -> str:
    lang = base_language(language)
    lines: list[str] = []
    if frame != "informal":
        lines += [rng.choice(GREETING[lang]), ""]
    context = rng.choice(CONTEXT[lang]) if language in CONTEXT else ""
    lines.append(f"{context} {sentence}".strip())
    lines += ["", rng.choice(CLOSING[lang]), name]
    if frame == "signature":
        lines += [f"Tel. 06-{rng.randint(10000000, 99999999)}", f"Robot Id: {rng.randint(10000, 99999)}"]
    if frame == "footer":
        lines += ["", FOOTERS[lang]]
    if frame == "reply":
        lines += ["", QUOTE_HEAD[lang], f"> {QUOTED_BODY[lang]}", ">", f"> {FOOTERS[lang]}"]
    return "\n".join(lines) + "\n"


def mail(rng: random.Random, number: int, language: str, sentence: str, frame: str) -> bytes:
    name = NAMES[number % len(NAMES)]
    lang = base_language(language)
    message = EmailMessage()
    address = f"{name.split()[0].lower()}.{number}@mail.example"
    message["From"] = f"{name} <{address}>"
    message["To"] = "help@tinybots.nl"
    subject = rng.choice(SUBJECTS[lang])
    message["Subject"] = f"Re: [TB-{100000 + number:06d}] {subject}" if frame == "reply" else subject
    message["Date"] = format_datetime(datetime(2026, 11, 2, 8, tzinfo=UTC) + timedelta(minutes=37 * number))
    message["Message-ID"] = f"<rights-{number:04d}@mail.example>"
    message.set_content(body(rng, language, sentence, frame, name))
    return bytes(message)


def with_relative(rng: random.Random, language: str, text: str) -> str:
    relative = rng.choice(RELATIVES.get(language, RELATIVES["en"]))
    text = text.replace("{rel}", relative)
    return text[0].upper() + text[1:]


def split_of(sentence: str) -> str:
    """By the sentence, not the file: every frame of one sentence is on the same side (no leak into held-out)."""
    digest = hashlib.sha256(f"{SEED}:{sentence}".encode()).digest()
    return "held-out" if digest[0] % 10 < HELD_OUT_SHARE else "dev"


def cases() -> list[tuple[str, str, tuple[str, ...], str, bool]]:
    """(language, sentence with a relative, rights, kind, blind) for every phrase, in a fixed order."""
    rng = random.Random(SEED)
    found = []
    for blind, positive, negative in ((False, POSITIVE, NEGATIVE), (True, BLIND_POSITIVE, BLIND_NEGATIVE)):
        for language, phrases in positive.items():
            for text, rights in phrases:
                found.append((language, with_relative(rng, language, text), rights, "request", blind))
        for language, texts in negative.items():
            for text in texts:
                found.append((language, with_relative(rng, language, text), (), "trap", blind))
    return found


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    labels: list[dict[str, object]] = []
    number = 0
    for language, sentence, rights, kind, blind in cases():
        frames = FRAMES if language in GREETING else ("informal", "formal")
        for frame in frames:
            file = f"{language}-{number:04d}-{kind}-{frame}.eml"
            (HERE / file).write_bytes(mail(rng, number, language, sentence, frame))
            labels.append(
                {
                    "file": file,
                    "classification": "customer",
                    "rights": sorted(rights),
                    "lang": language,
                    "kind": kind,
                    "frame": frame,
                    "split": "blind" if blind else split_of(sentence),
                }
            )
            number += 1
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return labels


if __name__ == "__main__":
    built = build()
    held_out = sum(label["split"] == "held-out" for label in built)
    print(f"{len(built)} mails, {held_out} held out")
