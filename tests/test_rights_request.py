"""The two steps of rights detection as a specification: (1) does the writer ask, about their own data or of
someone they represent; (2) which rights, legal anchors in any language as strong evidence; and the triage
level for what a person must decide."""

from __future__ import annotations

import pytest

from parsers.model import Right
from parsers.rights import find_rights

A, E, OBJ, C, RS = Right.ACCESS, Right.ERASURE, Right.OBJECTION, Right.CONSENT_WITHDRAWAL, Right.RESTRICTION

REQUESTS = [
    ("Auskunftsersuchen", "Hiermit bitte ich um Auskunft nach Art. 15 DSGVO.", (A,)),
    ("", "Ich will, dass meine Daten gelöscht werden.", (E,)),
    ("", "Ich widerspreche der Nutzung meiner Daten für Werbung.", (OBJ,)),
    ("", "Je vous demande l'effacement de mes données conformément à l'article 17 du RGPD.", (E,)),
    ("", "Chiedo l'accesso ai miei dati personali ai sensi dell'articolo 15 GDPR.", (A,)),
    ("", "Proszę o usunięcie moich danych osobowych (art. 17 RODO).", (E,)),
    ("", "Haal mij uit de computer.", (E,)),
    ("", "Ik trek mijn toestemming in.", (C,)),
    ("", "Stop met de enquêtes.", (OBJ,)),
    ("", "Namens mijn moeder, van wie ik curator ben, verzoek ik inzage in haar dossier.", (A,)),
    ("", "Mijn vader is overleden; als executeur vraag ik u zijn gegevens te verwijderen.", (E,)),
    ("", "Bitte schränken Sie die Verarbeitung meiner Daten ein, bis das geklärt ist.", (RS,)),
]
NOT_REQUESTS = [
    "Welke rechten heb ik, zoals inzage, correctie en verwijdering?",
    "I'm a journalist: how do you handle access and erasure requests?",
    "Voor mijn scriptie: hoeveel inzageverzoeken krijgen jullie?",
    "Our DPO needs your processing agreement and how you handle access, rectification and erasure requests.",
    "Op verzoek van de thuiszorg stuur ik u de gegevens van mijn moeder.",
    "Hoe kan ik de wifi-gegevens wissen?",
    "Wie kann ich die WLAN-Daten auf dem Roboter löschen?",
    "U heeft het recht om uw gegevens in te zien of te laten verwijderen.",
    "Sie haben das Recht auf Auskunft und Löschung Ihrer Daten.",
    "This request is without prejudice to my right to object.",
    "Falls Sie Profiling verwenden, teilen Sie mir das mit.",
    "If you use profiling, please tell me.",
    "Verwijder de gegevens van onze oud-collega uit de app.",
]


@pytest.mark.parametrize(("subject", "text", "expected"), REQUESTS, ids=[t[:40] for _, t, _ in REQUESTS])
def test_a_request_is_confirmed_with_its_rights(subject: str, text: str, expected: tuple[Right, ...]) -> None:
    assert find_rights(subject=subject, text=text).rights == expected


@pytest.mark.parametrize("text", NOT_REQUESTS, ids=[t[:40] for t in NOT_REQUESTS])
def test_talk_about_rights_is_no_request(text: str) -> None:
    assert find_rights(subject="", text=text).rights == ()


def test_an_article_cited_without_asking_is_possible_only() -> None:
    found = find_rights(subject="", text="Mijn moeder is verhuisd. Dit in verband met artikel 17 AVG.")
    assert (found.rights, found.possible) == ((), (E,))


def test_a_cited_article_in_a_request_is_confirmed_and_others_in_the_letter_are_not_added() -> None:
    letter = (
        "Ich beantrage die Löschung meiner Daten gemäß Art. 17 Abs. 1 DSGVO. "
        "Sie können keinen Ausnahmetatbestand nach Art. 17 Abs. 3 DSGVO geltend machen. "
        "Sollte ich eine Einwilligung erteilt haben, widerrufe ich diese hiermit."
    )
    found = find_rights(subject="", text=letter)
    assert (found.rights, found.possible) == ((E,), ())


def test_an_access_request_covers_its_list_of_processing_questions() -> None:
    letter = (
        "Ik verzoek om inzage op grond van artikel 15 AVG in de volgende gegevens: 1. het doel; "
        "2. het bestaan van geautomatiseerde besluitvorming, zoals vermeld in artikel 22 AVG."
    )
    found = find_rights(subject="", text=letter)
    assert (found.rights, found.possible) == ((A,), ())


def test_a_journalists_question_about_their_own_data_is_possible() -> None:
    text = "Ik ben journalist. Verwijder trouwens mijn gegevens uit jullie nieuwsbrief-bestand."
    found = find_rights(subject="", text=text)
    assert (found.rights, found.possible) == ((), (E,))


def test_a_contact_forms_field_labels_are_no_object_of_the_question_below_them() -> None:
    form = (
        "Naam: Anna Jansen\nE-mailadres: anna@example.nl\nTelefoonnummer: 06 12345678\n"
        "Bericht:\nDe robot praat ineens Engels, can you change it back?"
    )
    assert find_rights(subject="Contactformulier", text=form).rights == ()


def test_a_request_typed_below_a_contact_forms_fields_is_still_found() -> None:
    form = "Naam: Anna Jansen\nE-mailadres: anna@example.nl\nBericht:\nWilt u al mijn gegevens verwijderen?"
    assert find_rights(subject="Contactformulier", text=form).rights == (E,)
