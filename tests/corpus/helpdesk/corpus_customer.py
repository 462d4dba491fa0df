"""Customer mails of the help-desk corpus: who writes, from which account, how they sign (used by make_corpus.py)."""

from __future__ import annotations

import random
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

from corpus_text import HELPDESK_SIGNATURE, ORGS, PROBLEMS, ROLES, robot_phrase, robot_trap

GREETINGS = {
    "nl": ["Beste helpdesk,", "Goedemorgen,", "Hallo,", "Geachte heer/mevrouw,", "Hoi,", "Goedemiddag,", ""],
    "en": ["Hi,", "Dear Tinybots team,", "Hello,", "Good morning,", ""],
    "de": ["Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo,"],
}
CLOSINGS = {
    "nl": [
        "Hgr,",
        "Gr.",
        "Vr.gr.",
        "Dank je wel en groetjes,",
        "MVG",
        "Met vriendelijke groet,",
        "Met vriendelijke groeten,",
        "Vriendelijke groet,",
        "Groetjes,",
        "Groet,",
        "Mvg,",
        "Mvg",
        "m.v.g.",
        "Hartelijke groet,",
        "Groeten,",
        "Alvast bedankt,",
        "Hartelijke groeten,",
    ],
    "en": [
        "Take care,",
        "Warm regards,",
        "Kind regards,",
        "Best regards,",
        "Regards,",
        "Many thanks,",
        "Best,",
        "Thanks,",
        "Yours sincerely,",
    ],
    "de": ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "Liebe Grüße"],
}
OWN_PHONE_TEXT = {
    "nl": [
        "U kunt mij bereiken op {p}.",
        "Mijn nummer is {p}.",
        "Bel me gerust: {p}",
        "Ik ben bereikbaar op {p}.",
    ],
    "en": ["You can reach me on {p}.", "My number is {p}.", "Please call me at {p}."],
    "de": ["Sie erreichen mich unter {p}.", "Meine Telefonnummer: {p}"],
}
THIRD_PHONE_TEXT = {
    "nl": [
        "Het nummer van de huisarts is {p}.",
        "De buurvrouw heeft een sleutel, tel. {p}.",
        "Mijn zus is bereikbaar op {p}.",
        "Mijn oude nummer {p} werkt niet meer.",
        "Mijn vader zelf: {p}.",
        "Cliënt: mevr. Jansen, tel. {p}.",
        "Zijn dochter heeft nummer {p}.",
    ],
    "en": ["My sister's number is {p}.", "The GP can be reached on {p}.", "Her neighbour has a key: {p}."],
    "de": ["Der Hausarzt ist unter {p} erreichbar.", "Die Nachbarin hat einen Schlüssel, Tel. {p}."],
}
PHONE_LABELS = [
    "Tel: ",
    "Tel. ",
    "T: ",
    "M: ",
    "Mob. ",
    "Mobiel: ",
    "Telefoon: ",
    "tel ",
    "",
    "M ",
    "Phone: ",
]
RELATIVE = {"nl": "de robot van mijn moeder", "en": "my mother's robot", "de": "der Roboter meiner Mutter"}
QUOTE_HEADERS = (
    "Op {day} om 10:12 schreef Tinybots Helpdesk <help@tinybots.nl>:",
    "On Tue, 5 Mar 2024 at 10:12, Tinybots Helpdesk <help@tinybots.nl> wrote:",
    "Op 5 mrt. 2024, om 10:12 heeft Tinybots Helpdesk <help@tinybots.nl> het volgende geschreven:",
    "Am 05.03.2024 um 10:12 schrieb Tinybots Helpdesk <help@tinybots.nl>:",
)
FOOTERS = (
    "",
    "",
    "",
    "Verstuurd vanaf mijn iPhone",
    "Verzonden vanaf mijn Samsung Galaxy",
    "Sent from my iPad",
    "Sent from Outlook for Android",
)


def _bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        total = sum((9 - i) * d for i, d in enumerate(digits))
        last = total % 11
        if last < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(last)


class Draft:
    """A customer mail being written: its lines, signature lines, labels and notes."""

    def __init__(self, rng: random.Random, person_class, robot_id) -> None:
        self.rng = rng
        self.person_class = person_class
        self.writer = person_class(rng)
        self.subject, self.lang, self.problem = rng.choice(PROBLEMS)
        self.words = "nl" if self.lang == "mixed" else self.lang
        self.style = rng.choice(STYLES)
        self.notes = [f"display style {self.style}"]
        self.display, self.address, self.sign_name, self.extra_sign = _account(
            rng, self.writer, self.style, self.words
        )
        self.rid = robot_id(rng) if rng.random() < 0.65 else None
        self.lines = [rng.choice(GREETINGS[self.words]), ""]
        self.signature_extra: list[str] = []
        self.phone: str | None = None
        self.bsn: str | None = None

    def say(self, options: dict[str, str], note: str | None = None) -> None:
        self.lines.append(options[self.words])
        if note:
            self.notes.append(note)


def compose_customer(rng: random.Random, number: int, person_class, robot_id) -> tuple[Message, dict]:
    draft = Draft(rng, person_class, robot_id)
    _opening(draft)
    _robot(draft)
    _asides(draft)
    body = _ending(draft)
    return _envelope(draft, body)


def _opening(draft: Draft) -> None:
    intro = {"nl": "Het gaat om {r}.", "en": "This is about {r}.", "de": "Es geht um {r}."}[draft.words]
    if draft.style == "relative_account":
        draft.say(
            {
                "nl": "Ik schrijf vanaf het account van mijn moeder.",
                "en": "I'm using my mum's email.",
                "de": "Ich schreibe vom Konto meiner Mutter.",
            }
        )
    if draft.style in ("relative_account", "family_writer") or draft.rng.random() < 0.3:
        draft.lines.append(intro.format(r=RELATIVE[draft.words]))
    draft.lines.append(draft.problem)


def _robot(draft: Draft) -> None:
    rng = draft.rng
    if draft.rid:
        where, phrase = robot_phrase(rng, draft.rid, draft.words)
        if where == "subject":
            subject = draft.subject
            draft.subject = rng.choice(
                [f"{phrase}: {subject.lower()}", f"{subject} ({phrase})", f"{phrase} - {subject}"]
            )
        elif where == "signature":
            draft.signature_extra.append(phrase)
        else:
            draft.lines.append(phrase)
        draft.notes.append(f"robot id {where}")
    if rng.random() < 0.3:
        draft.lines.append(robot_trap(rng))
        draft.notes.append("a number near the robot that is not its id")


def _asides(draft: Draft) -> None:
    """Third parties' phones, an absence, a BSN, the writer's own phone, a fax, an automatic message."""
    rng, words = draft.rng, draft.words
    if rng.random() < 0.25:
        third, _ = draft.person_class(rng).phone
        draft.lines.append(rng.choice(THIRD_PHONE_TEXT[words]).format(p=third))
        draft.notes.append("third party's phone")
    if rng.random() < 0.05:
        draft.say(
            {
                "nl": "Ik ben volgende week met vakantie, kunt u voor die tijd bellen?",
                "en": "I am out of office next week, could you call before then?",
                "de": "Ich bin nächste Woche im Urlaub, können Sie vorher anrufen?",
            },
            "mentions an absence: still a customer",
        )
    if rng.random() < 0.05:
        draft.bsn = _bsn(rng)
        draft.lines.append(f"BSN van mijn moeder: {draft.bsn}" if words == "nl" else f"BSN: {draft.bsn}")
    if rng.random() < 0.6:
        written, draft.phone = draft.writer.phone
        if rng.random() < 0.5:
            draft.lines.append(rng.choice(OWN_PHONE_TEXT[words]).format(p=written))
        else:
            draft.signature_extra.insert(0, rng.choice(PHONE_LABELS) + written)
    if rng.random() < 0.1:
        draft.signature_extra.append(f"Fax: {draft.person_class(rng).phone[0]}")
    if rng.random() < 0.08:
        draft.say(
            {
                "nl": "Ik kreeg een automatisch bericht van jullie, maar nog geen antwoord. Wat nu?",
                "en": "I got an automated message from you but no answer yet. What now?",
                "de": "Ich habe nur eine automatische Antwort bekommen. Was nun?",
            },
            "mentions an automatic message: still a customer",
        )


def _ending(draft: Draft) -> str:
    rng, writer, sign_name = draft.rng, draft.writer, draft.sign_name
    closing = rng.choice(CLOSINGS[draft.words])
    sign_lines = [*draft.extra_sign, *draft.signature_extra]
    layout = rng.random()
    if layout < 0.15 and sign_name == writer.full:  # the name on the closing's own line: "Groetjes, Joke"
        ending = f"\n\n{closing.rstrip(',')}, {sign_name}\n"
    elif layout < 0.3:  # a "-- " signature delimiter after the closing
        ending = f"\n\n{closing}\n{writer.first}\n\n-- \n{writer.full}\n"
    elif layout < 0.4 and sign_name == writer.full:  # first name, then the full signature block
        ending = f"\n\n{closing}\n{writer.first}\n\n{writer.full}\n"
    elif layout < 0.45 and sign_name == writer.full:  # typed all lower-case, as some older writers do
        ending = f"\n\n{closing}\n{sign_name.lower()}\n"
    else:
        ending = f"\n\n{closing}\n{sign_name}\n"
    if draft.style in ("team", "org_suffix") and rng.random() < 0.5:
        sign_lines.append(
            "Disclaimer: dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, "
            "verwijder het dan. Zorggroep, Postbus 12, 7400 AA Deventer, tel. 0570 - 123 456."
        )
    body = "\n".join(draft.lines) + ending + "".join(f"{line}\n" for line in sign_lines)
    footer = rng.choice(FOOTERS)
    return body + f"\n{footer}\n" if footer else body


def _envelope(draft: Draft, body: str) -> tuple[Message, dict]:
    rng, writer = draft.rng, draft.writer
    ref = None
    if rng.random() < 0.4:
        ref = f"TB-{rng.randrange(100, 999):06d}"
        draft.subject = f"Re: [{ref}] {draft.subject}"
        body += "\n" + _quote(rng, writer, ref)
        draft.notes.append("reply quoting the help desk (its phone, agent and a robot id never count)")
    if draft.style == "form":
        body, draft.phone = _form_body(rng, writer, draft.rid, draft.problem, draft.words)
    elif draft.style == "portal":
        body, draft.phone = _portal_body(rng, writer, draft.rid, draft.problem)
    elif draft.style == "forward":
        draft.subject = f"Fwd: {draft.subject}"
        body += (
            "\n---------- Doorgestuurd bericht ---------\nVan: Zorgwinkel <nieuws@zorgwinkel.example>\n"
            "Onderwerp: Nieuw in ons assortiment\n\nBeste klant,\n\nNu 15% korting. Klik hier om u af te melden.\n"
        )
        draft.notes.append("a person forwarding a newsletter: customer")
    message = _message(rng, body, bsn_file=draft.bsn if draft.bsn and rng.random() < 0.5 else None)
    if draft.style == "portal":
        message["From"] = "Zorgportaal Zorggroep Oost <noreply@zorgportaal.example>"
    elif draft.style == "form":
        message["From"] = "Tinybots website <website@tinybots.nl>"
        message["Reply-To"] = formataddr((writer.full, writer.email), "utf-8")
    else:
        message["From"] = (
            formataddr((draft.display, draft.address), "utf-8") if draft.display else draft.address
        )
    message["To"] = "help@tinybots.nl"
    message["Subject"] = draft.subject
    customer = {
        "name": writer.full,
        "email": writer.email.lower(),
        "phone": draft.phone,
        "robot_id": draft.rid,
    }
    return message, {
        "classification": "customer",
        "customer": customer,
        "ticket_ref": ref,
        "bsn_present": draft.bsn,
        "lang": draft.lang,
        "notes": "; ".join(draft.notes),
    }


STYLES = (
    "full",
    "full",
    "full",
    "surname_first",
    "caps",
    "initials",
    "title",
    "first_only",
    "surname_only",
    "nickname",
    "family",
    "device",
    "org_suffix",
    "team",
    "bare",
    "relative_account",
    "spouse",
    "form",
    "family_writer",
    "portal",
    "forward",
)


def _account(rng: random.Random, writer, style: str, words: str) -> tuple[str | None, str, str, list[str]]:
    """(display name, address, the name signed after the closing, more signature lines)."""
    full, first, surname = writer.full, writer.first, writer.surname()
    if style in ("relative_account", "spouse"):
        return _other_persons_account(rng, writer, style)
    if style in ("org_suffix", "team"):
        return _organisation_account(rng, writer, style)
    simple = {
        "surname_first": lambda: (
            f"{writer.last}, {first} {writer.particle}".strip()
            if writer.particle
            else f"{writer.last}, {first}",
            first if rng.random() < 0.5 else full,
        ),
        "caps": lambda: (full.upper(), rng.choice([first, full])),
        "initials": lambda: (f"{first[0]}. {surname}", full),
        "title": lambda: (rng.choice([f"Dhr. {first[0]}. {surname}", f"Mevr. {full}", f"Dr. {full}"]), full),
        "first_only": lambda: (first, full),
        "surname_only": lambda: (surname, first),
        "nickname": lambda: (f"{rng.choice(['Oma', 'Opa'])} {first}", full),
        "family": lambda: (rng.choice([f"Familie {writer.last}", f"Fam. {surname}"]), full),
        "device": lambda: (f"{first} ({rng.choice(['iPad', 'iPhone', 'mobiel'])})", full),
        "bare": lambda: (None, full),
    }
    display, sign = simple[style]() if style in simple else (full, full)
    return display, writer.email, sign, []


def _other_persons_account(rng: random.Random, writer, style: str) -> tuple[str | None, str, str, list[str]]:
    """A daughter writing from her mother's account, or a spouse from the shared one: the writer signs."""
    other = writer.__class__(rng)
    if style == "spouse":
        other.particle, other.last = writer.particle, writer.last
    display = None if other.first == writer.first else f"{other.first} {other.surname()}"
    return display, writer.email, writer.full, []


def _organisation_account(rng: random.Random, writer, style: str) -> tuple[str | None, str, str, list[str]]:
    if style == "org_suffix":
        display = f"{writer.full} | {rng.choice(ORGS)}"
        return display, writer.email, writer.first, [writer.full, rng.choice(ROLES), rng.choice(ORGS)]
    org = rng.choice(ORGS)
    writer.email = f"team{rng.randrange(1, 9)}@zorg.example"
    return org, writer.email, writer.full, [rng.choice(ROLES), org]


def _form_body(
    rng: random.Random, writer, rid: str | None, problem: str, words: str
) -> tuple[str, str | None]:
    """The website contact form as it relays a message: labelled fields, then the message."""
    written, phone = writer.phone
    has_phone = rng.random() < 0.7
    labels = {
        "nl": ("Naam", "E-mailadres", "Telefoonnummer", "Robot Id (optioneel)", "Bericht"),
        "en": ("Name", "Email", "Phone", "Robot ID (optional)", "Message"),
        "de": ("Name", "E-Mail", "Telefon", "Roboter-ID (optional)", "Nachricht"),
    }[words]
    lines = [
        "Via het contactformulier op tinybots.nl is het volgende bericht verstuurd:",
        "",
        f"{labels[0]}: {writer.full}",
        f"{labels[1]}: {writer.email}",
        f"{labels[2]}: {written if has_phone else ''}",
        f"{labels[3]}: {rid or ''}",
        f"{labels[4]}:",
        problem,
    ]
    return "\n".join(lines) + "\n", phone if has_phone else None


def _portal_body(rng: random.Random, writer, rid: str | None, problem: str) -> tuple[str, str | None]:
    """A care organisation's no-reply portal relaying a nurse's request: the contact person is the writer."""
    written, phone = writer.phone
    lines = [
        "Dit bericht is verstuurd via het Zorgportaal van Zorggroep Oost.",
        "Reageren op dit bericht is niet mogelijk; neem contact op met de contactpersoon hieronder.",
        "",
        "Melding: Storing zorgtechnologie",
        f"Cliëntnummer (intern): 2024-{rng.randrange(100000, 999999)}",
        f"Robotnummer: {rid or 'onbekend'}",
        f"Omschrijving: {problem}",
        "",
        f"Contactpersoon: {writer.full}",
        f"E-mail: {writer.email}",
        f"Telefoon: {written}",
    ]
    return "\n".join(lines) + "\n", phone


def _quote(rng: random.Random, writer, ref: str) -> str:
    staff = (
        f"Beste {writer.first},\n\nBedankt voor uw bericht. Kunt u het robotnummer van Tessa doorgeven? In "
        f"ons systeem staat robotnummer {rng.randrange(80000, 99999)} bij een andere klant.\n\n"
        f"Referentie: {ref}\n\n{HELPDESK_SIGNATURE}"
    )
    style = rng.randrange(3)
    if style == 0:
        header = rng.choice(QUOTE_HEADERS).format(day="di 5 mrt 2024")
        return header + "\n\n" + "\n".join(f"> {line}" if line else ">" for line in staff.splitlines()) + "\n"
    if style == 1:
        return (
            "________________________________\nVan: Tinybots Helpdesk <help@tinybots.nl>\nVerzonden: dinsdag "
            f"5 maart 2024 10:12\nAan: {writer.email}\nOnderwerp: [{ref}] Uw vraag\n\n{staff}\n"
        )
    return (
        "-----Original Message-----\nFrom: Tinybots Helpdesk <help@tinybots.nl>\nSent: Tuesday, March 5, 2024 "
        f"10:12 AM\nTo: {writer.email}\nSubject: [{ref}] Your question\n\n{staff}\n"
    )


def _message(rng: random.Random, body: str, *, bsn_file: str | None) -> Message:
    kind = rng.random()
    html = (
        "<html><body>"
        + "".join(f"<div>{line or '<br>'}</div>" for line in body.splitlines())
        + "</body></html>"
    )
    if kind < 0.6:
        text: Message = MIMEText(body, "plain", "utf-8")
    elif kind < 0.9:
        text = MIMEMultipart("alternative", boundary=f"=_alt_{rng.randrange(16**12):012x}")
        text.attach(MIMEText(body, "plain", "utf-8"))
        text.attach(MIMEText(html, "html", "utf-8"))
    else:
        text = MIMEText(html, "html", "utf-8")
    if bsn_file is None and rng.random() > 0.1:
        return text
    outer = MIMEMultipart("mixed", boundary=f"=_mix_{rng.randrange(16**12):012x}")
    outer.attach(text)
    name = f"paspoort_{bsn_file}.jpg" if bsn_file else f"IMG_{rng.randrange(1000, 9999)}.jpg"
    photo = MIMEApplication(b"\xff\xd8\xff\xe0 fictional jpeg", "jpeg")
    photo.replace_header("Content-Type", "image/jpeg")
    photo.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(photo)
    return outer
