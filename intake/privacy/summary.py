"""The short, human-readable summary that goes with an export in the cover letter (Art. 15(1) a-h).

Dutch by default (the privacy statement's language), English on request. It counts what the export holds
and repeats the processing facts the privacy statement promises; the JSON file carries the data itself.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

Language = Literal["nl", "en"]

TEXTS: dict[Language, dict[str, str]] = {
    "nl": {
        "title": "Overzicht van uw gegevens bij de helpdesk van Tinybots BV",
        "date": "Datum",
        "found": "Wij hebben de volgende gegevens over u gevonden:",
        "customers": "Klantgegevens (naam, e-mailadres, telefoonnummer, robot-id)",
        "tickets": "Helpdesktickets",
        "messages": "E-mailberichten",
        "attachments": "Bijlagen",
        "rights_requests": "Privacyverzoeken",
        "mail_sent": "E-mails die wij u stuurden",
        "unprocessed": "Nog niet verwerkte e-mails",
        "period": "Berichten van {first} tot en met {last}.",
        "facts": (
            "Doel: uw vragen en problemen met uw robot oplossen en de relatie met u onderhouden.\n"
            "Grondslag: uw toestemming, gegeven door contact met ons op te nemen (AVG art. 6 lid 1 sub a).\n"
            "Bron: uzelf, via e-mail aan de helpdesk.\n"
            "Bewaartermijn: tickets 3 jaar na de laatste activiteit; een kopie van een identiteitsbewijs "
            "alleen tot uw identiteit is vastgesteld.\n"
            "Geautomatiseerde besluitvorming: die is er niet; medewerkers beoordelen elk bericht.\n"
            "U kunt ons vragen uw gegevens te corrigeren, te verwijderen of het gebruik ervan te beperken. "
            "Bent u het niet met ons eens, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens."
        ),
        "file": "Het bijgevoegde bestand {file} (JSON, schema {schema}) bevat al deze gegevens in "
        "machineleesbare vorm.",
    },
    "en": {
        "title": "Summary of your data at the Tinybots BV help desk",
        "date": "Date",
        "found": "We found the following data about you:",
        "customers": "Customer records (name, email address, phone number, robot id)",
        "tickets": "Help desk tickets",
        "messages": "Email messages",
        "attachments": "Attachments",
        "rights_requests": "Privacy requests",
        "mail_sent": "Emails we sent you",
        "unprocessed": "Emails not yet processed",
        "period": "Messages from {first} up to and including {last}.",
        "facts": (
            "Purpose: solving your questions and problems with your robot, and keeping in touch with you.\n"
            "Legal basis: your consent, given by contacting us (GDPR Art. 6(1)(a)).\n"
            "Source: yourself, by email to the help desk.\n"
            "Retention: tickets 3 years after their last activity; a copy of an identity document only "
            "until your identity is established.\n"
            "Automated decision-making: there is none; staff read every message.\n"
            "You can ask us to correct or erase your data, or to restrict its use. If you disagree with us, "
            "you can complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)."
        ),
        "file": "The attached file {file} (JSON, schema {schema}) holds all of this data in machine-readable form.",
    },
}


def summary(document: dict[str, Any], *, file_name: str, language: Language, now: datetime) -> str:
    """The cover-letter summary of an export document (as built by `intake.privacy.export`)."""
    t = TEXTS[language]
    messages = document["messages"]
    counts = (
        ("customers", len(document["customers"])),
        ("tickets", len(document["tickets"])),
        ("messages", len(messages)),
        ("attachments", sum(len(m["attachments"]) for m in messages)),
        ("rights_requests", len(document["rights_requests"])),
        ("mail_sent", len(document["mail_sent_to_subject"])),
        ("unprocessed", len(document["unprocessed_mail"])),
    )
    lines = [t["title"], f"{t['date']}: {now:%Y-%m-%d}", "", t["found"]]
    lines += [f"- {t[key]}: {count}" for key, count in counts]
    refs = [ticket["ref"] for ticket in document["tickets"] if ticket["ref"]]
    if refs:
        lines.append(f"  ({', '.join(refs)})")
    if messages:
        dates = sorted(m["received_at"][:10] for m in messages)
        lines.append(t["period"].format(first=dates[0], last=dates[-1]))
    lines += ["", t["facts"], "", t["file"].format(file=file_name, schema=document["schema"])]
    return "\n".join(lines) + "\n"
