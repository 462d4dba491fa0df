"""Privacy-rights detection on realistic mail text: several rights at once, flags, and everyday support mail."""

from __future__ import annotations

from pathlib import Path

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
        ("Please unsubscribe me from the newsletter.", Right.OBJECTION),
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
    ("objection", "Graag afmelden voor de nieuwsbrief."),
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


# Whole mails as people write them: formal letters, short English notes, family members.
WHOLE_MAIL_REQUESTS = (
    (
        "erasure",
        "Geachte heer/mevrouw,\n\nHierbij verzoek ik u, op grond van de Algemene Verordening Gegevensbescherming, om al mijn persoonsgegevens die u verwerkt te verwijderen.\n\nIk verzoek u mij binnen een maand na ontvangst schriftelijk te bevestigen dat u dit heeft gedaan.",
    ),
    (
        "access",
        "Dear Sir or Madam,\n\nI am writing to make a subject access request for all the personal data you hold about me.",
    ),
    ("erasure", "Hi there, can you please delete my account? I don't use the robot anymore. Thanks!"),
    ("erasure", "Wil je mijn account verwijderen? Ik heb de robot niet meer nodig."),
    ("access", "Ik zou graag willen weten welke persoonlijke informatie jullie over mij hebben opgeslagen."),
    (
        "erasure",
        "Mijn moeder is overleden. Wilt u haar account en alle gegevens die u van haar heeft verwijderen?",
    ),
    ("rectification", "Mijn achternaam is veranderd na mijn huwelijk, kunt u dit aanpassen?"),
    ("objection", "Ik heb bezwaar tegen het gebruik van de camerabeelden voor onderzoek."),
    (
        "consent_withdrawal",
        "Ik wil niet langer dat de robot foto's maakt, ik trek mijn toestemming daarvoor in.",
    ),
    ("information", "Ik vroeg me af of de robot ook gesprekken opneemt als hij uit staat?"),
    ("information", "Worden mijn gegevens ook aan derden verkocht?"),
    ("access", "Graag ontvang ik een kopie van alle e-mails en notities die over mij zijn vastgelegd."),
    ("portability", "Can you send my data to my new care provider in a format they can import?"),
    ("erasure", "Graag alles van mij verwijderen uit jullie systemen."),
)
REPLIES_AND_ORDINARY_QUESTIONS = (
    "Hoi, ik wil graag een nieuwe afspraak maken voor de installatie. Mijn gegevens zijn: Jan, 06-12345678.",
    "Bedankt voor het snelle antwoord! De robot doet het weer.",
    "Wij hebben uw gegevens ontvangen en nemen binnenkort contact op.",
    "Mijn moeder wil graag dat de robot haar herinnert aan haar medicijnen om 9 uur.",
    "Kunnen jullie de robot komen ophalen? Wij hebben hem niet meer nodig.",
    "Graag wil ik mijn adres doorgeven voor de levering: Dorpsstraat 1, Utrecht.",
    "Hierbij stuur ik u de gegevens van de robot: serienummer TS-12345.",
    "Is het mogelijk om de stem van de robot te veranderen?",
    "De app vraagt om toestemming voor de camera, moet ik dat accepteren?",
    "Wat is het telefoonnummer van de helpdesk?",
    "Ik heb een klacht over de monteur, hij was erg onbeleefd.",
    "Can you update me on the status of my repair?",
    "Please confirm you received my data form for the installation.",
)


@pytest.mark.parametrize(("expected", "text"), WHOLE_MAIL_REQUESTS)
def test_whole_mail_request_is_exactly_its_right(expected: str, text: str) -> None:
    assert detect_rights(subject="Vraag", text=text)[0] == (Right(expected),)


@pytest.mark.parametrize("text", REPLIES_AND_ORDINARY_QUESTIONS)
def test_reply_or_ordinary_question_invokes_nothing(text: str) -> None:
    assert detect_rights(subject="Vraag", text=text) == ((), ())


@pytest.mark.parametrize("language", ["nl", "en"])
def test_our_own_rights_acknowledgement_pasted_without_quote_marks_gives_nothing(language: str) -> None:
    template = (
        Path(__file__).parent.parent / "intake" / "templates" / language / "ack_rights.txt"
    ).read_text()
    body = template.split("\n", 1)[1].replace(
        "$rights", "inzage, verwijdering" if language == "nl" else "access"
    )
    assert detect_rights(subject="Re: [TB-000123] Privacy", text=body) == ((), ())


def test_a_replys_inherited_subject_is_not_a_new_request() -> None:
    assert detect_rights(
        subject="Re: [TB-000123] Inzageverzoek AVG", text="Hierbij de kopie van mijn paspoort."
    ) == (
        (),
        (),
    )
    assert detect_rights(subject="AW: Verwijder mijn gegevens", text="Dank u.") == ((), ())


def test_a_forwarded_request_keeps_its_subject() -> None:
    assert detect_rights(subject="Fwd: Inzageverzoek AVG", text="Zie hieronder.")[0] == (Right.ACCESS,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik wil niet dat de robot mijn moeder filmt.", (Right.CONSENT_WITHDRAWAL,)),
        ("Ik wil niet dat de robot nog opnames maakt.", (Right.CONSENT_WITHDRAWAL,)),
        ("I would like access to my personal data.", (Right.ACCESS,)),
        ("Can my daughter get access to my account?", ()),
        ("I cannot access my account.", ()),
        ("De robot neemt niet op.", ()),
    ],
)
def test_the_robot_recording_a_person_versus_account_and_device_questions(
    text: str, expected: tuple[Right, ...]
) -> None:
    assert detect_rights(subject="", text=text)[0] == expected


# English and Dutch phrasings that appear nowhere in the research notes.
OTHER_PHRASINGS = (
    ("erasure", "Please erase all the information you have about my late husband."),
    ("erasure", "I want all my data removed from your systems."),
    ("erasure", "Can you get rid of my personal details please?"),
    ("erasure", "Kunnen jullie al mijn gegevens uit jullie bestanden halen?"),
    ("erasure", "Ik wil dat al mijn gegevens worden gewist."),
    ("erasure", "Verwijder mij uit jullie klantenbestand."),
    ("access", "Can you send me a copy of my data?"),
    ("access", "I'd like to know what information you store about me."),
    ("access", "Ik wil graag inzien wat jullie over mij hebben opgeslagen."),
    ("access", "Graag ontvang ik een overzicht van mijn persoonsgegevens."),
    ("rectification", "My name is spelled incorrectly in your system, it should be Smyth."),
    ("rectification", "Mijn e-mailadres is gewijzigd in piet@example.nl, wilt u dit aanpassen?"),
    ("rectification", "Please correct my date of birth, it is 12 March 1941."),
    ("restriction", "Please restrict the processing of my personal data."),
    ("restriction", "Ik wil dat u mijn gegevens voorlopig niet meer gebruikt."),
    ("objection", "I don't want my data used for research."),
    ("objection", "Ik maak bezwaar tegen het delen van mijn gegevens met derden."),
    ("objection", "Please stop sending me marketing emails."),
    ("portability", "Please provide my data in a machine-readable format."),
    ("portability", "Kunt u mijn gegevens naar mijn nieuwe zorgaanbieder sturen?"),
    ("consent_withdrawal", "I withdraw my consent for the camera recordings."),
    ("objection", "Ik wil me uitschrijven voor de nieuwsbrief."),
    ("consent_withdrawal", "Mijn moeder trekt haar toestemming voor het gebruik van de camera in."),
    ("information", "Who has access to the recordings the robot makes?"),
    ("information", "How long do you keep my data after I cancel?"),
    ("information", "Is mijn data veilig bij jullie? Waar worden de gegevens opgeslagen?"),
    ("automated_decision", "Was my application rejected by a computer? I want a person to look at it."),
)
LOOKALIKES = (
    "I forgot my password, can you reset it?",
    "Can you remove the robot from my account? It's broken.",
    "Please delete my old robot from the app, I have a new one.",
    "The robot isn't recording my voice messages anymore.",
    "Can you correct the time on the robot? It's an hour behind.",
    "I object! The robot arrived damaged.",
    "Could you send me the data sheet of the robot?",
    "Can I export the calendar to Google?",
    "Where can I find the privacy settings in the app?",
    "Ik wil de robot graag opzeggen en terugsturen.",
    "Kunnen jullie de robot resetten? Alle gegevens mogen eraf, het is voor een nieuwe bewoner.",
    "Mijn gegevens staan al bij jullie in het systeem, ik ben klant sinds 2021.",
    "Wilt u mijn nieuwe telefoonnummer gebruiken om mij te bellen: 06-11223344.",
)


@pytest.mark.parametrize(("expected", "text"), OTHER_PHRASINGS)
def test_other_phrasing_is_exactly_its_right(expected: str, text: str) -> None:
    assert detect_rights(subject="Question", text=text)[0] == (Right(expected),)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_invokes_nothing(text: str) -> None:
    assert detect_rights(subject="Question", text=text) == ((), ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kunt u mijn adres gebruiken voor de levering?", ()),
        ("Kunt u mij vertellen hoe lang u mijn gegevens bewaart?", (Right.INFORMATION,)),
        ("Wat gebeurt er met de gegevens van mijn moeder als zij overlijdt?", (Right.INFORMATION,)),
        ("Worden mijn gegevens gebruikt voor reclame?", (Right.INFORMATION,)),
        ("Could you tell me who you share my data with?", (Right.INFORMATION,)),
    ],
)
def test_a_polite_request_to_act_is_not_an_information_question(
    text: str, expected: tuple[Right, ...]
) -> None:
    assert detect_rights(subject="", text=text)[0] == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Request for deletion of my data", Right.ERASURE),
        ("GDPR erasure request", Right.ERASURE),
        ("Verwijderverzoek", Right.ERASURE),
        ("Rectificatieverzoek", Right.RECTIFICATION),
        ("Data access request", Right.ACCESS),
        ("Objection to the processing of my data", Right.OBJECTION),
    ],
)
def test_request_named_by_a_noun_in_the_subject(subject: str, expected: Right) -> None:
    assert detect_rights(subject=subject, text="Zie onderwerp.")[0] == (expected,)
