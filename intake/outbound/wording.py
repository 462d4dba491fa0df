"""The fixed words our mails use in Dutch and English: dates in words, rights, the identity step.

why not babel: the mails need 7 day names and 12 month names in two languages; a 30 MB locale database for
19 words per language would be the larger risk. The identity-step text quotes Tinybots' privacy statement
(shared/privacy-statement-nl.txt, "Ieder verzoek daartoe ..."), so what we promise in mail is what it says.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

Language = Literal["nl", "en"]
IdentityStep = Literal["id_copy", "registered_address"]

_DAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

_RIGHTS = {
    "information": (
        "informatie over de verwerking van uw gegevens",
        "information about how we process your data",
    ),
    "access": ("inzage in uw gegevens", "access to your data"),
    "rectification": ("correctie van uw gegevens", "correction of your data"),
    "erasure": ("verwijdering van uw gegevens", "erasure of your data"),
    "restriction": ("beperking van de verwerking", "restriction of processing"),
    "objection": ("verzet tegen de verwerking", "objection to processing"),
    "portability": (
        "overdracht van uw gegevens (dataportabiliteit)",
        "a copy of your data to take elsewhere (portability)",
    ),
    "automated_decision": (
        "niet onderworpen worden aan geautomatiseerde besluitvorming",
        "not being subject to an automated decision",
    ),
    "consent_withdrawal": ("intrekking van uw toestemming", "withdrawal of your consent"),
}

_IDENTITY_STEP = {
    ("id_copy", "nl"): (
        "Zoals onze privacyverklaring vermeldt, dient ieder verzoek te worden vergezeld van een kopie van een "
        "geldig identiteitsbewijs, waarop u uw handtekening heeft gezet en onder vermelding van het adres "
        "waarop er met u contact kan worden opgenomen. Voor de kopie van uw identiteitsbewijs kunt u het beste "
        "uw foto en burgerservicenummer onleesbaar maken. Heeft u die kopie nog niet meegestuurd, beantwoord "
        "dan deze e-mail met de kopie als bijlage."
    ),
    ("id_copy", "en"): (
        "As our privacy statement says, every request must be accompanied by a copy of a valid identity "
        "document on which you have put your signature, stating the address at which we can contact you. "
        "In the copy of your identity document, please make your photo and citizen service number (BSN) "
        "unreadable. If you have not sent that copy yet, please reply to this e-mail with the copy attached."
    ),
    ("registered_address", "nl"): (
        "Wij stellen uw identiteit vast via het e-mailadres waarmee u bij ons bekend bent: wij reageren "
        "alleen naar dat adres. U hoeft daarvoor geen kopie van een identiteitsbewijs te sturen."
    ),
    ("registered_address", "en"): (
        "We verify your identity through the e-mail address you are registered with: we will reply only to "
        "that address. You do not need to send a copy of an identity document."
    ),
}

_ID_COPY_RECEIVED = {
    "nl": "Wij hebben een bijlage ontvangen die op een identiteitsbewijs lijkt; wij controleren die.",
    "en": "We received an attachment that looks like an identity document; we will check it.",
}


def date_in_words(day: date, language: Language) -> str:
    """ "woensdag 23 december 2026" / "Wednesday 23 December 2026"."""
    return f"{_DAYS[language][day.weekday()]} {day.day} {_MONTHS[language][day.month - 1]} {day.year}"


def rights_in_words(rights: tuple[str, ...], language: Language) -> str:
    """The rights as a sentence fragment: "inzage in uw gegevens en verwijdering van uw gegevens"."""
    index = 0 if language == "nl" else 1
    words = [_RIGHTS[r][index] if r in _RIGHTS else r for r in rights]
    if not words:
        return "uw privacyrechten" if language == "nl" else "your privacy rights"
    if len(words) == 1:
        return words[0]
    joiner = " en " if language == "nl" else " and "
    return ", ".join(words[:-1]) + joiner + words[-1]


def identity_step_text(step: IdentityStep, language: Language, *, id_copy_received: bool) -> str:
    text = _IDENTITY_STEP[(step, language)]
    if step == "id_copy" and id_copy_received:
        return f"{text}\n\n{_ID_COPY_RECEIVED[language]}"
    return text
