"""Privacy-rights detection on realistic mail text: several rights at once, flags, and everyday support mail."""

from __future__ import annotations

import pytest

from parsers.model import Flag, Right
from parsers.rights import detect_rights

DAUGHTER_ERASURE = """Geachte heer/mevrouw,

Mijn moeder, mevrouw Jansen, heeft tot vorige maand een robot van u gehad. Zij is inmiddels
verhuisd naar een verpleeghuis. Wij willen graag dat al haar gegevens bij u worden
verwijderd.
"""

# Everyday help-desk mail: none of these asks for a privacy right.
SUPPORT_MAIL = (
    "De robot reageert niet meer op spraak. Kunt u mij helpen?",
    "Ik heb de robot net ontvangen maar hij gaat niet aan.",
    "Kunt u de afspraak van morgen 10:00 uit de agenda verwijderen? Ik krijg het zelf niet voor elkaar.",
    "Mijn moeder hoort de herinneringen niet, kan het volume omhoog?",
    "Ik wil mijn abonnement opzeggen per 1 januari.",
    "Graag ontvang ik een nieuwe factuur met het juiste adres.",
    "Het wifi wachtwoord is veranderd, hoe stel ik de robot opnieuw in?",
    "Kunt u mij de handleiding sturen?",
    "Ik heb de gegevens van de wifi gewijzigd maar de robot maakt geen verbinding.",
    "Mijn dochter heeft een account aangemaakt, maar ik kan niet inloggen.",
    "Hoe kan ik de foto's van de kleinkinderen op de robot zetten?",
    "Graag zou ik een kopie van de offerte ontvangen.",
    "De robot geeft een foutmelding: E42. Wat betekent dat?",
    "Ik ben niet tevreden over de levering en wil een klacht indienen.",
    "Stuur de robot maar terug naar jullie.",
    "Mijn vader is overleden. Wat moeten we met de robot doen?",
    "The robot stopped working after the update. Can you help?",
    "Please send me the invoice for October.",
    "I changed my wifi password and now the robot is offline.",
    "Can you delete the appointment for tomorrow?",
    "Hoe verwijder ik mijn account in de app?",
    "Ik kan de robot niet meer gebruiken sinds de update.",
)


@pytest.mark.parametrize("text", SUPPORT_MAIL)
def test_everyday_support_mail_invokes_no_right(text: str) -> None:
    assert detect_rights(subject="Vraag over de robot", text=text) == ((), ())


def test_family_member_asking_erasure_for_mother_is_erasure_on_behalf() -> None:
    rights, flags = detect_rights(subject="Robot moeder", text=DAUGHTER_ERASURE)
    assert rights == (Right.ERASURE,)
    assert flags == (Flag.ON_BEHALF_OF,)


def test_access_then_erasure_in_one_sentence_gives_both_rights_in_vocabulary_order() -> None:
    text = "Stuur mij eerst een kopie van mijn gegevens en verwijder daarna alles."
    assert detect_rights(subject="", text=text)[0] == (Right.ACCESS, Right.ERASURE)


def test_subject_line_alone_can_carry_the_request() -> None:
    assert detect_rights(subject="Verzoek tot verwijdering persoonsgegevens", text="Zie onderwerp.")[0] == (
        Right.ERASURE,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hierbij mijn inzage verzoek.", Right.ACCESS),
        ("Ik wil dat u mijn persoons gegevens verwijdert.", Right.ERASURE),
        ("Met dit bericht maak ik gebruik van mijn recht op inzage (art. 15 AVG).", Right.ACCESS),
        ("Graag mijn e-mail adres en telefoonnummer wijzigen in uw systeem.", Right.RECTIFICATION),
        (
            "Hi, I no longer use the robot. Please remove all my data from your systems. Thanks, John",
            Right.ERASURE,
        ),
        ("Please unsubscribe me.", Right.CONSENT_WITHDRAWAL),
        ("Ik wil graag een kopie van alle gegevens die jullie over mijn vader hebben.", Right.ACCESS),
        ("Kunnen jullie mijn account en alle gegevens wissen? Ik gebruik de robot niet meer.", Right.ERASURE),
    ],
)
def test_realistic_variant_is_found(text: str, expected: Right) -> None:
    assert expected in detect_rights(subject="", text=text)[0]


def test_quoted_privacy_footer_is_ignored() -> None:
    text = (
        "Bedankt, het werkt weer!\n\n> U heeft recht op inzage, correctie en verwijdering van uw gegevens.\n"
    )
    assert detect_rights(subject="Re: [TB-000123] storing", text=text) == ((), ())


def test_negated_erasure_keeps_the_address_change() -> None:
    text = "Ik wil mijn gegevens niet laten verwijderen, maar wel mijn telefoonnummer wijzigen."
    assert detect_rights(subject="", text=text)[0] == (Right.RECTIFICATION,)


def test_threat_to_go_to_the_authority_is_flagged_and_negated_erasure_is_not_a_request() -> None:
    text = "Als u mijn gegevens niet verwijdert, stap ik naar de Autoriteit Persoonsgegevens."
    assert detect_rights(subject="", text=text) == ((), (Flag.COMPLAINT_AUTHORITY,))


def test_ap_abbreviation_counts_only_in_capitals() -> None:
    assert (
        Flag.COMPLAINT_AUTHORITY in detect_rights(subject="", text="Ik ga naar de AP als dit zo blijft.")[1]
    )
    assert detect_rights(subject="", text="Ik ga naar de ap-dienst met de klacht.")[1] == ()


def test_other_customers_name_in_a_mail_is_a_data_breach() -> None:
    text = "Ik kreeg vandaag een mail met de naam en het adres van een andere klant erin."
    assert detect_rights(subject="", text=text) == ((), (Flag.DATA_BREACH,))


def test_seeing_someone_elses_data_is_a_breach_not_an_access_request() -> None:
    text = "I can see someone else's data in the app, can you check?"
    assert detect_rights(subject="", text=text) == ((), (Flag.DATA_BREACH,))


def test_several_rights_and_flags_in_one_mail() -> None:
    text = (
        "Namens mijn vader: graag een kopie van zijn dossier.\n\n"
        "Daarna wil ik dat u al zijn gegevens verwijdert. Ik trek zijn toestemming voor de camera in.\n\n"
        "Gebeurt dit niet binnen vier weken, dan dien ik een klacht in bij de Autoriteit Persoonsgegevens."
    )
    rights, flags = detect_rights(subject="AVG-verzoek", text=text)
    assert rights == (Right.ACCESS, Right.ERASURE, Right.CONSENT_WITHDRAWAL)
    assert flags == (Flag.COMPLAINT_AUTHORITY, Flag.ON_BEHALF_OF)


def test_hard_wrapped_lines_are_read_as_one_sentence() -> None:
    text = "Ik wil graag dat u al mijn\npersoonsgegevens\nverwijdert uit uw systemen."
    assert detect_rights(subject="", text=text)[0] == (Right.ERASURE,)


# More everyday mail, written to look like what the help desk receives: no right and no flag in any of them.
MORE_SUPPORT_MAIL = (
    "Mijn moeder krijgt geen herinneringen meer sinds de update.",
    "Kunt u de robot opnieuw instellen? Alle gegevens van de wifi zijn veranderd.",
    "Ik heb een nieuwe router, moet ik iets aanpassen aan de robot?",
    "De robot spreekt de verkeerde naam uit, hij zegt Mien in plaats van Mientje.",
    "Kunt u de naam die de robot gebruikt voor mijn moeder aanpassen?",
    "Hoe kan ik mijn wachtwoord wijzigen?",
    "Ik heb mijn account niet meer nodig, hoe zeg ik het abonnement op?",
    "Kan ik de robot ook gebruiken als mijn moeder naar een verpleeghuis gaat?",
    "Wij willen de robot terugsturen. Waar moet ik hem naartoe sturen?",
    "De factuur staat op het verkeerde adres, kunt u die opnieuw sturen?",
    "Graag wil ik een kopie van de factuur van september ontvangen.",
    "Is het mogelijk om de spraakberichten van mijn dochter te verwijderen uit de app?",
    "Ik wil graag een overzicht van alle afspraken van volgende week.",
    "De robot heeft alle afspraken gewist na de stroomstoring!",
    "Ik krijg steeds een melding dat mijn account is geblokkeerd.",
    "We hebben een nieuwe robot gekregen, kunt u alles overzetten?",
    "Kunt u mij vertellen wanneer de monteur komt?",
    "Wie kan ik bellen als de robot niet werkt?",
    "Mijn vader is vorige week overleden. Hoe kunnen we de robot retourneren?",
    "Kunt u het abonnement op naam van mijn broer zetten?",
    "Ik wil het contract overzetten naar mijn zus.",
    "Het systeem zegt dat de betaling is afgewezen.",
    "Uw systeem heeft mijn bestelling automatisch geannuleerd.",
    "The robot keeps forgetting the reminders I set.",
    "Could you send me a copy of the user manual?",
    "Please change the delivery address for my order to Dorpsstraat 1.",
    "My mother's robot is not working, can someone call me?",
    "I would like to cancel my subscription.",
    "How do I delete an appointment from the calendar?",
    "We moved to a new address, where do we send the robot?",
    "Mijn gegevens: Jan de Vries, Dorpsstraat 1, 1234 AB Utrecht.",
    "Hierbij mijn gegevens voor de installatie afspraak.",
    "Ik stuur u mijn gegevens zodat u contact kunt opnemen.",
    "Mijn naam is Jan en ik heb een vraag over de robot.",
    "Graag een nieuwe afspraak voor de installatie, mijn adres is Dorpsstraat 1.",
    "Kunt u mij een offerte sturen voor een tweede robot?",
    "Ik heb toestemming van mijn moeder om namens haar te mailen over de storing.",
    "Vorige week heb ik gebeld over de storing, maar ik heb nog steeds geen reactie gekregen.",
    "De robot herkent mijn stem niet meer, moet ik opnieuw opnemen?",
    "Ik heb de opnames van de kleinkinderen op de robot gezet, maar hij speelt ze niet af.",
    "Mijn moeder wil graag haar verjaardag in de agenda, 12 mei.",
    "Wilt u de gegevens van de nieuwe robot naar mij mailen? Serienummer en zo.",
)

REALISTIC_REQUESTS = (
    ("erasure", "Ik wil graag dat jullie al mijn gegevens wissen nu ik de robot heb teruggestuurd."),
    ("erasure", "Kunnen jullie ervoor zorgen dat mijn gegevens uit jullie database worden verwijderd?"),
    ("erasure", "Ik wil mijn account laten opheffen en al mijn data verwijderd hebben."),
    ("erasure", "Please remove my personal information from your database."),
    ("erasure", "I'd like you to delete my account and all data associated with it."),
    ("access", "Ik wil graag inzage in mijn persoonsgegevens."),
    ("access", "Kunt u mij een overzicht sturen van alle gegevens die u van mij bewaart?"),
    ("access", "Could you tell me what personal data you have about me?"),
    ("access", "Under the GDPR I request access to my personal data."),
    ("rectification", "Mijn adres klopt niet meer in jullie systeem, ik woon nu op de Kerkstraat 5."),
    ("rectification", "Wilt u mijn telefoonnummer in uw administratie aanpassen naar 06-98765432?"),
    ("rectification", "Please update my email address in your records."),
    ("objection", "Ik wil niet dat mijn gegevens voor marketing worden gebruikt."),
    ("objection", "Ik wil geen mails meer met aanbiedingen ontvangen."),
    (
        "consent_withdrawal",
        "Ik trek hierbij mijn toestemming voor het delen van de gegevens met de thuiszorg in.",
    ),
    ("consent_withdrawal", "Graag afmelden voor de nieuwsbrief."),
    ("portability", "Kunt u mijn gegevens exporteren zodat ik ze kan meenemen naar een andere leverancier?"),
    (
        "restriction",
        "Wilt u de verwerking van mijn gegevens tijdelijk stopzetten tot mijn klacht is behandeld?",
    ),
    ("information", "Welke gegevens verzamelt de robot eigenlijk over mijn moeder?"),
    ("information", "Worden de gesprekken die mijn vader met de robot voert ergens opgeslagen?"),
    ("information", "Met wie delen jullie de gegevens van de robot?"),
)


@pytest.mark.parametrize("text", MORE_SUPPORT_MAIL)
def test_more_everyday_mail_invokes_no_right_and_no_flag(text: str) -> None:
    assert detect_rights(subject="Vraag", text=text) == ((), ())


@pytest.mark.parametrize(("expected", "text"), REALISTIC_REQUESTS)
def test_realistic_request_is_exactly_its_right(expected: str, text: str) -> None:
    assert detect_rights(subject="Vraag", text=text)[0] == (Right(expected),)
