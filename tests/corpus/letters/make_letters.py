"""Public request letters pasted into mails: rebuilds every .eml and labels.json here, deterministically.

Two sources (licences and attribution in README.md): datenanfragen.de templates (CC0) and the access and
erasure letters of good-lly/gdpr-documents (MIT).

    python3 make_letters.py

The letters are the default templates of datenanfragen.de (github.com/datenanfragen/data, folder templates/,
CC0 1.0; copied unchanged into templates/, see README.md). Each template is rendered the way the site renders it
when a person fills in the form: the optional blocks a person ticks ([data_portability>...], [include_objection>
...]) are kept in one variant and dropped in the other, [erase_all> is chosen over [erase_some>, the company
list ([runs>...]) is dropped, and the placeholders get fictional values. The mail is a plain text/plain message
from a fictional person (reserved example domains) to help@tinybots.nl, as a person pastes a letter.

Labels follow the corpus label policy: the rights the letter requests. A clause that withdraws consent only "if
I have given consent" is conditional and not labelled; the access letter's questions about purposes,
recipients and retention are part of the access request (Art. 15(1)), not a separate `information` request.
"""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("nl", "en", "de", "fr", "it", "es")
SUBJECTS = {
    "nl": "Verzoek",
    "en": "Request",
    "de": "Anfrage",
    "fr": "Demande",
    "it": "Richiesta",
    "es": "Solicitud",
    "pl": "Wniosek",
}
PEOPLE = ("Marleen de Vries", "Thomas Becker", "Claire Martin", "Giulia Rossi", "Lucia Garcia", "Peter Smith")
ID_DATA = "{name}\nParklaan 12\n2011 KT Haarlem\n{email}"
FILLED = {
    "rectification_data": "Postcode: 2011 KT (not 2011 KS)\n",
    "erasure_data": "e-mail address, telephone number\n",
    "objection_reason": "",
}
#: (template kind, variant, the optional blocks kept, labels)
VARIANTS = (
    ("access", "default", (), ["access"]),
    ("access", "portability", ("data_portability",), ["access", "portability"]),
    ("erasure", "default", ("erase_all",), ["erasure"]),
    ("erasure", "objection", ("erase_all", "include_objection"), ["erasure", "objection", "restriction"]),
    ("objection", "default", (), ["objection"]),
    ("rectification", "default", ("has_fields",), ["rectification"]),
)
BLOCK = re.compile(r"\[([a-z_]+)>((?:[^\[\]]|\[[^\[\]]*\])*)\]")


def render(template: str, kept: tuple[str, ...], name: str, email: str) -> str:
    """The letter as the site prints it for these choices; `has_fields` (identification data) is always kept."""
    keep = {*kept, "has_fields"}
    text = BLOCK.sub(lambda m: m.group(2) if m.group(1) in keep else "", template)
    text = re.sub(r"</?italic>", "", text)
    values = {"id_data": ID_DATA.format(name=name, email=email), "runs_list": "", **FILLED}
    text = re.sub(r"\{([a-z_]+)\}", lambda m: values.get(m.group(1), ""), text)
    return f"{text.rstrip()}\n{name}\n"


#: good-lly/gdpr-documents (MIT, LICENSE-gdpr-documents): access and erasure letters, as Markdown.
GOODLLY_LANGUAGES = ("nl", "en", "de", "fr", "it", "es", "pl")
#: Its erasure letter also objects ("In addition, I am objecting ... according to Article 21 GDPR").
GOODLLY_RIGHTS = {"access": ["access"], "erase": ["erasure", "objection"]}


def plain(markdown: str) -> str:
    """The letter as a person pastes it from the rendered page: no ** markers, no escapes."""
    text = html.unescape(re.sub(r"\\(.)", r"\1", markdown.replace("**", "")))
    return text.replace("\u200b", "")


def build_goodlly(start: datetime, number: int) -> list[dict[str, object]]:
    labels: list[dict[str, object]] = []
    for language in GOODLLY_LANGUAGES:
        for kind, rights in GOODLLY_RIGHTS.items():
            letter = plain((HERE / "templates" / f"goodlly-{language}-{kind}.md").read_text(encoding="utf-8"))
            name = PEOPLE[number % len(PEOPLE)]
            email = f"{name.split()[0].lower()}.{number}@mail.example"
            mail = EmailMessage()
            mail["From"] = f"{name} <{email}>"
            mail["To"] = "help@tinybots.nl"
            mail["Subject"] = SUBJECTS[language]
            mail["Date"] = format_datetime(start + timedelta(hours=number))
            mail["Message-ID"] = f"<letter-{number:03d}@mail.example>"
            mail.set_content(f"{letter.rstrip()}\n{name}\n")
            file = f"goodlly-{language}-{kind}.eml"
            (HERE / file).write_bytes(bytes(mail))
            labels.append(
                {
                    "file": file,
                    "classification": "customer",
                    "rights": sorted(rights),
                    "lang": language,
                    "source": f"good-lly/gdpr-documents docs/*/gdpr_{kind}_{language}.md",
                }
            )
            number += 1
    return labels


def build() -> list[dict[str, object]]:
    labels: list[dict[str, object]] = []
    start = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    number = 0
    for language in LANGUAGES:
        for kind, variant, kept, rights in VARIANTS:
            template = (HERE / "templates" / f"{language}-{kind}.txt").read_text(encoding="utf-8")
            name = PEOPLE[number % len(PEOPLE)]
            email = f"{name.split()[0].lower()}.{number}@mail.example"
            mail = EmailMessage()
            mail["From"] = f"{name} <{email}>"
            mail["To"] = "help@tinybots.nl"
            mail["Subject"] = SUBJECTS[language]
            mail["Date"] = format_datetime(start + timedelta(hours=number))
            mail["Message-ID"] = f"<letter-{number:03d}@mail.example>"
            letter = render(template, kept, name, email)
            mail.set_content(letter)
            if "restriction" in rights and "18" not in letter:
                rights = [
                    right for right in rights if right != "restriction"
                ]  # this language's paragraph has none
            file = f"{language}-{kind}-{variant}.eml"
            (HERE / file).write_bytes(bytes(mail))
            labels.append(
                {
                    "file": file,
                    "classification": "customer",
                    "rights": sorted(rights),
                    "lang": language,
                    "source": f"datenanfragen/data templates/{language}/{kind}-default.txt",
                }
            )
            number += 1
    labels += build_goodlly(start, number)
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return labels


if __name__ == "__main__":
    print(f"{len(build())} letters")
