"""Every trigger phrase of notes/gdpr-rights.md §1.2 is found as its class; every trap of §1.3 is not.

These tables are the specification of `parsers.rights.detect_rights`; realistic variants live in
tests/test_rights.py.
"""

from __future__ import annotations

import pytest

from parsers.model import Flag, Right
from parsers.rights import detect_rights, find_rights

POSITIVES: tuple[tuple[Right, str], ...] = (
    # information
    (Right.INFORMATION, "Wat doen jullie eigenlijk met de gegevens die de robot verzamelt?"),
    (Right.INFORMATION, "Met welke partijen deelt u mijn persoonsgegevens?"),
    (Right.INFORMATION, "Hoe lang bewaart u mijn gegevens als ik de robot niet meer gebruik?"),
    (Right.INFORMATION, "Waar worden de gegevens van mijn moeder opgeslagen? Blijft dat in Nederland?"),
    (Right.INFORMATION, "Luistert de robot mee? Worden de gesprekken met mijn man opgenomen?"),
    (Right.INFORMATION, "Op grond van welke grondslag verwerkt u mijn gegevens?"),
    (Right.INFORMATION, "Hoe komen jullie aan mijn adres? Ik heb me nooit bij jullie aangemeld."),
    (Right.INFORMATION, "Worden de camerabeelden van de robot naar de cloud gestuurd?"),
    (Right.INFORMATION, "Geeft u gegevens door aan de gemeente of de zorgverzekeraar?"),
    (Right.INFORMATION, "Worden mijn gegevens buiten de Europese Unie verwerkt?"),
    (Right.INFORMATION, "Ik wil graag uw privacyverklaring op papier ontvangen."),
    (Right.INFORMATION, "Wie is bij u de functionaris gegevensbescherming?"),
    (Right.INFORMATION, "Wie kan er bij jullie meekijken in wat de robot over mijn vader vastlegt?"),
    (Right.INFORMATION, "What do you do with the data the robot collects?"),
    (Right.INFORMATION, "Who do you share my personal data with, and how long do you keep it?"),
    (Right.INFORMATION, "Does the robot record audio or video of my mother?"),
    (Right.INFORMATION, "Where is my data stored, and is it transferred outside the EU?"),
    (Right.INFORMATION, "What is your legal basis for processing my data?"),
    # access
    (Right.ACCESS, "Ik wil graag weten welke gegevens jullie van mij hebben."),
    (Right.ACCESS, "Ik wil weten welke gegevens jullie van mijn moeder hebben."),
    (Right.ACCESS, "Graag een kopie van mijn gegevens."),
    (Right.ACCESS, "Ik wil nog steeds alles zien wat jullie van mij bewaren."),
    (Right.ACCESS, "Ai sensi dell'art. 15 del Regolamento (UE) 2016/679 chiedo copia dei miei dati."),
    (Right.ACCESS, "Hierbij doe ik een verzoek tot inzage op grond van artikel 15 AVG."),
    (Right.ACCESS, "Ik verzoek u mij inzage te geven in de persoonsgegevens die u van mij verwerkt."),
    (Right.ACCESS, "Kunt u mij laten weten wat er allemaal over mij is opgeslagen?"),
    (Right.ACCESS, "Wat weten jullie eigenlijk allemaal van mij?"),
    (Right.ACCESS, "Namens mijn vader (88) vraag ik inzage in zijn dossier bij u."),
    (Right.ACCESS, "Ik wil alles ontvangen wat u over mij heeft vastgelegd, ook de e-mails met de helpdesk."),
    (Right.ACCESS, "Mag ik mijn dossier bij u opvragen?"),
    (Right.ACCESS, "Stuur me aub een overzicht van mijn persoonsgegevens."),
    (
        Right.ACCESS,
        "Heeft de robot beelden of geluid van mijn moeder bewaard? Zo ja, dan willen wij die graag ontvangen.",
    ),
    (Right.ACCESS, "Bij deze vraag ik al mijn persoonlijke gegevens op die bij u bekend zijn."),
    (Right.ACCESS, "Inzageverzoek AVG"),
    (Right.ACCESS, "Verzoek inzage persoonsgegevens"),
    (Right.ACCESS, "I would like a copy of all personal data you hold about me."),
    (Right.ACCESS, "This is a subject access request under Article 15 GDPR."),
    (Right.ACCESS, "DSAR"),
    (Right.ACCESS, "What information do you have on my mother?"),
    (Right.ACCESS, "Please send me everything you have stored about me, including call recordings."),
    (Right.ACCESS, "Can I see the data the robot has collected about my father?"),
    # rectification
    (Right.RECTIFICATION, "Mijn geboortedatum staat verkeerd in uw systeem. Wilt u dat verbeteren?"),
    (Right.RECTIFICATION, "Mijn achternaam is fout gespeld, het is Jansen met een s."),
    (Right.RECTIFICATION, "Ik verzoek u om rectificatie van mijn persoonsgegevens (artikel 16 AVG)."),
    (Right.RECTIFICATION, "De gegevens die jullie van mij hebben kloppen niet, graag aanpassen."),
    (
        Right.RECTIFICATION,
        "U heeft nog het oude adres van mijn moeder; zij woont nu in zorgcentrum De Linde.",
    ),
    (
        Right.RECTIFICATION,
        "In het dossier staat dat mijn vader dementie heeft, maar dat klopt niet. Wilt u dit corrigeren?",
    ),
    (
        Right.RECTIFICATION,
        "Graag vul ik mijn gegevens aan: ik ben inmiddels eerste contactpersoon voor mijn moeder.",
    ),
    (Right.RECTIFICATION, "Mijn mailadres is veranderd, wil je het oude weghalen en het nieuwe gebruiken?"),
    (Right.RECTIFICATION, "Er staat een fout in mijn klantgegevens."),
    (Right.RECTIFICATION, "De contactpersoon klopt niet meer, mijn broer is overleden; zet mij er maar in."),
    (Right.RECTIFICATION, "Mijn telefoonnummer is gewijzigd: graag aanpassen in jullie systeem."),
    (Right.RECTIFICATION, "Correctie persoonsgegevens"),
    (Right.RECTIFICATION, "My date of birth is wrong in your records, please correct it."),
    (Right.RECTIFICATION, "Please rectify my personal data under Article 16 GDPR."),
    (Right.RECTIFICATION, "You still have my mother's old address on file."),
    (Right.RECTIFICATION, "The information you hold about me is inaccurate."),
    (Right.RECTIFICATION, "Please complete my record: I am now my father's legal representative."),
    # erasure
    (Right.ERASURE, "Ik wil niet meer dat jullie mijn gegevens hebben, alles weg graag."),
    (Right.ERASURE, "Verwijder al mijn gegevens."),
    (Right.ERASURE, "Zeg mijn account op en wis alles."),
    (Right.ERASURE, "Ik beroep mij op het recht om vergeten te worden."),
    (Right.ERASURE, "Hierbij verzoek ik u mijn persoonsgegevens te wissen op grond van artikel 17 AVG."),
    (Right.ERASURE, "Mijn moeder gebruikt de robot niet meer; wilt u al haar gegevens verwijderen?"),
    (Right.ERASURE, "Mijn vader is overleden. Graag zijn account en gegevens verwijderen."),
    (Right.ERASURE, "Ik wil uit jullie systeem."),
    (Right.ERASURE, "Wilt u mijn naam en adres uit uw bestand halen?"),
    (Right.ERASURE, "Wilt u de opnames die de robot van mijn moeder heeft gemaakt vernietigen?"),
    (Right.ERASURE, "Ik wil niet dat u nog iets van mij bewaart."),
    (Right.ERASURE, "Graag mijn klantprofiel en alle correspondentie met de helpdesk wissen."),
    (Right.ERASURE, "Gooi al mijn data maar weg."),
    (Right.ERASURE, "Ik wil vergeten worden."),
    (Right.ERASURE, "Verwijderd u alstublieft al mijn persoons gegevens."),
    (Right.ERASURE, "Please delete all my personal data."),
    (Right.ERASURE, "I want to exercise my right to be forgotten."),
    (Right.ERASURE, "Close my account and erase everything."),
    (Right.ERASURE, "Remove my mother's details from all your systems."),
    (Right.ERASURE, "Please wipe all recordings of my father."),
    # restriction
    (Right.RESTRICTION, "Ik verzoek om beperking van de verwerking van mijn persoonsgegevens."),
    (Right.RESTRICTION, "Gebruik mijn gegevens voorlopig niet meer, totdat duidelijk is of ze kloppen."),
    (Right.RESTRICTION, "Niet verwijderen, maar ook niet meer gebruiken graag."),
    (Right.RESTRICTION, "Zet het gebruik van de gegevens van mijn moeder stil zolang mijn klacht loopt."),
    (Right.RESTRICTION, "Kunnen jullie mijn gegevens bevriezen?"),
    (
        Right.RESTRICTION,
        "Bewaar mijn gegevens, maar verwerk ze verder niet; ik heb ze nodig voor een juridische procedure.",
    ),
    (Right.RESTRICTION, "Blokkeer de verwerking van mijn gegevens totdat over mijn bezwaar is beslist."),
    (Right.RESTRICTION, "Ik verzoek om beperking van de verwerking als bedoeld in artikel 18 AVG."),
    (Right.RESTRICTION, "Jullie mogen mijn gegevens niet meer gebruiken tot de fout is hersteld."),
    (Right.RESTRICTION, "Kunt u de gegevens van mijn vader 'op slot' zetten?"),
    (Right.RESTRICTION, "Kunt u stoppen met het gebruiken van mijn gegevens zonder alles weg te gooien?"),
    (Right.RESTRICTION, "Even niks meer doen met mijn gegevens aub."),
    (Right.RESTRICTION, "I request restriction of processing under Article 18 GDPR."),
    (Right.RESTRICTION, "Please stop using my data until the error is fixed, but don't delete it."),
    (Right.RESTRICTION, "Freeze my data while my complaint is being investigated."),
    (Right.RESTRICTION, "Keep my data but don't process it; I need it for a legal claim."),
    (Right.RESTRICTION, "Put my mother's data on hold."),
    # objection (an unsubscribe from a kind of mail too: docs/parsing-rights.md)
    (Right.OBJECTION, "Ik wil me afmelden voor de nieuwsbrief."),
    (Right.OBJECTION, "Unsubscribe me from your newsletter."),
    (Right.OBJECTION, "Uitschrijven graag, ik lees jullie nieuwsbrief nooit."),
    (Right.OBJECTION, "Ik maak bezwaar tegen het gebruik van mijn gegevens."),
    (Right.OBJECTION, "Ik maak bezwaar tegen de verwerking van mijn persoonsgegevens (artikel 21 AVG)."),
    (Right.OBJECTION, "Ik wil geen reclame en geen nieuwsbrieven meer van u ontvangen."),
    (
        Right.OBJECTION,
        "Wij gaan er niet mee akkoord dat u de gegevens van mijn moeder voor onderzoek gebruikt.",
    ),
    (Right.OBJECTION, "Stop met het analyseren van de gebruiksgegevens van mijn vader."),
    (Right.OBJECTION, "Ik teken bezwaar aan tegen profilering."),
    (Right.OBJECTION, "Ik verzet mij tegen het gebruik van mijn gegevens voor marketingdoeleinden."),
    (Right.OBJECTION, "Ik wil niet dat mijn gegevens worden gebruikt om jullie product te verbeteren."),
    (Right.OBJECTION, "Belt u mij alstublieft niet meer met aanbiedingen."),
    (Right.OBJECTION, "Haal me van jullie mailinglijst."),
    (Right.OBJECTION, "Ik heb bezwaar tegen het delen van mijn gegevens met de zorgverzekeraar."),
    (Right.OBJECTION, "Ik maak gebruik van mijn recht van verzet."),
    (Right.OBJECTION, "I object to the processing of my personal data."),
    (Right.OBJECTION, "Stop using my data for marketing."),
    (Right.OBJECTION, "I object to profiling."),
    # refusing profiling is the objection of Art. 21 ("including profiling"); Art. 22 needs a decision
    (Right.OBJECTION, "Ik wil niet geprofileerd worden."),
    (Right.OBJECTION, "Take me off your mailing list."),
    (Right.OBJECTION, "I don't want my father's usage data used for research or product improvement."),
    # portability
    (Right.PORTABILITY, "Ik wil mijn gegevens meenemen naar een andere aanbieder."),
    (Right.PORTABILITY, "Graag al mijn gegevens in een bestand, bijvoorbeeld Excel of CSV."),
    (Right.PORTABILITY, "Ik doe een beroep op mijn recht op dataportabiliteit."),
    (
        Right.PORTABILITY,
        "Kunt u de gegevens van mijn moeder rechtstreeks overdragen aan haar nieuwe zorgaanbieder?",
    ),
    (
        Right.PORTABILITY,
        "Ik verzoek om overdracht van mijn persoonsgegevens in een gestructureerde, gangbare en machineleesbare vorm (artikel 20 AVG).",
    ),
    (
        Right.PORTABILITY,
        "Wij stappen over naar een andere leverancier; kunt u de gebruiksgegevens van de robot exporteren?",
    ),
    (Right.PORTABILITY, "Kan ik een export van al mijn data krijgen?"),
    (
        Right.PORTABILITY,
        "Ik wil de gegevens die ik zelf heb ingevoerd terugkrijgen, zodat ik ze elders kan gebruiken.",
    ),
    (Right.PORTABILITY, "Verzoek om gegevensoverdraagbaarheid."),
    (Right.PORTABILITY, "Stuur de gegevens van mijn vader door naar zorgorganisatie X."),
    (
        Right.PORTABILITY,
        "Kunt u de agenda en de contactpersonen van mijn vader als bestand sturen, zodat we ze in het nieuwe systeem kunnen zetten?",
    ),
    (Right.PORTABILITY, "Dataportabiliteit"),
    (Right.PORTABILITY, "I'd like to export my data in a machine-readable format."),
    (Right.PORTABILITY, "Data portability request under Article 20 GDPR."),
    (Right.PORTABILITY, "Please transfer my mother's data directly to her new care provider."),
    (Right.PORTABILITY, "Can I get all my data as CSV or JSON?"),
    (Right.PORTABILITY, "I'm switching providers \u2014 please send my data to them."),
    # automated decision-making
    (Right.AUTOMATED_DECISION, "Ik wil niet dat een computer over mij beslist."),
    (Right.AUTOMATED_DECISION, "Ik wil dat een medewerker, een echt mens, naar deze beslissing kijkt."),
    (
        Right.AUTOMATED_DECISION,
        "Is dit besluit automatisch genomen? Dan verzoek ik om een menselijke beoordeling.",
    ),
    (Right.AUTOMATED_DECISION, "Ik maak bezwaar tegen geautomatiseerde besluitvorming."),
    (
        Right.AUTOMATED_DECISION,
        "Waarom heeft jullie systeem mijn aanvraag afgewezen? Hoe is die beslissing tot stand gekomen?",
    ),
    (
        Right.AUTOMATED_DECISION,
        "De robot heeft zelf besloten de alarmcentrale te bellen. Op basis waarvan? Ik wil dat een mens dit beoordeelt.",
    ),
    (
        Right.AUTOMATED_DECISION,
        "Het systeem heeft mijn moeder als 'hoog risico' aangemerkt zonder dat iemand met ons heeft gesproken.",
    ),
    (Right.AUTOMATED_DECISION, "Ik wil mijn standpunt kenbaar maken en het automatische besluit aanvechten."),
    (
        Right.AUTOMATED_DECISION,
        "Ik beroep mij op het recht om niet te worden onderworpen aan uitsluitend geautomatiseerde besluitvorming (artikel 22 AVG).",
    ),
    (Right.AUTOMATED_DECISION, "Graag uitleg over de onderliggende logica van het automatische besluit."),
    (
        Right.AUTOMATED_DECISION,
        "Mijn abonnement is automatisch stopgezet door jullie systeem; ik wil dat iemand dit handmatig bekijkt.",
    ),
    (Right.AUTOMATED_DECISION, "Was this decision made automatically? I want a human to review it."),
    (Right.AUTOMATED_DECISION, "I object to automated decision-making about me."),
    (Right.AUTOMATED_DECISION, "I want to contest the decision and give my point of view."),
    (Right.AUTOMATED_DECISION, "Please explain the logic behind the automated decision."),
    (Right.AUTOMATED_DECISION, "Your system flagged my father as high-risk without any human involvement."),
    # consent withdrawal
    (Right.CONSENT_WITHDRAWAL, "Ik trek mijn toestemming in."),
    (
        Right.CONSENT_WITHDRAWAL,
        "Ik trek mijn toestemming voor het maken van camerabeelden en geluidsopnames in.",
    ),
    (
        Right.CONSENT_WITHDRAWAL,
        "Mijn moeder wil niet langer dat de robot gesprekken opneemt; zij trekt haar toestemming in.",
    ),
    (
        Right.CONSENT_WITHDRAWAL,
        "Wij geven geen toestemming meer voor het delen van gegevens met de thuiszorg.",
    ),
    (
        Right.CONSENT_WITHDRAWAL,
        "Ik doe niet meer mee aan het onderzoek; gebruikt u mijn gegevens daar niet meer voor.",
    ),
    (Right.CONSENT_WITHDRAWAL, "Hierbij herroep ik de door mij gegeven toestemming (artikel 7 lid 3 AVG)."),
    (Right.CONSENT_WITHDRAWAL, "Ik heb destijds toestemming gegeven, maar daar kom ik op terug."),
    (Right.CONSENT_WITHDRAWAL, "Stop met het verzamelen van gezondheidsgegevens via de robot."),
    (Right.CONSENT_WITHDRAWAL, "Ik wil de toestemming voor het delen van mijn locatie intrekken."),
    (
        Right.CONSENT_WITHDRAWAL,
        "Mijn vader is niet meer wilsbekwaam; als zijn curator trek ik de toestemming voor de camera in.",
    ),
    (Right.CONSENT_WITHDRAWAL, "I withdraw my consent."),
    (Right.CONSENT_WITHDRAWAL, "I no longer consent to the robot recording audio."),
    (
        Right.CONSENT_WITHDRAWAL,
        "Please stop sharing my mother's data with the care provider \u2014 she withdraws her consent.",
    ),
    (Right.CONSENT_WITHDRAWAL, "Opt me out of the research programme."),
)

FLAGGED: tuple[tuple[Flag, str], ...] = (
    (
        Flag.COMPLAINT_AUTHORITY,
        "Als ik binnen vier weken niets hoor, dien ik een klacht in bij de Autoriteit Persoonsgegevens.",
    ),
    (Flag.COMPLAINT_AUTHORITY, "Ik heb een klacht ingediend bij de AP."),
    (Flag.COMPLAINT_AUTHORITY, "Dit is in strijd met de AVG; ik stap naar de privacywaakhond."),
    (Flag.COMPLAINT_AUTHORITY, "Ik heb het College bescherming persoonsgegevens ingeschakeld."),
    (Flag.COMPLAINT_AUTHORITY, "Ik overweeg juridische stappen wegens schending van de privacywet."),
    (
        Flag.COMPLAINT_AUTHORITY,
        "Ik wil een klacht indienen over de manier waarop u met mijn gegevens omgaat.",
    ),
    (Flag.COMPLAINT_AUTHORITY, "Ik heb nog steeds geen reactie op mijn inzageverzoek van 3 maart."),
    (Flag.COMPLAINT_AUTHORITY, "Ik ga dit melden bij de Autoriteit Persoonsgegevens."),
    (Flag.COMPLAINT_AUTHORITY, "Uw weigering ga ik voorleggen aan de toezichthouder."),
    (Flag.COMPLAINT_AUTHORITY, "Namens mijn moeder dien ik een privacyklacht in."),
    (Flag.COMPLAINT_AUTHORITY, "I will file a complaint with the Dutch Data Protection Authority."),
    (Flag.COMPLAINT_AUTHORITY, "I have reported you to the AP / the data protection authority."),
    (Flag.COMPLAINT_AUTHORITY, "This is a GDPR violation."),
    (Flag.COMPLAINT_AUTHORITY, "I still haven't received a response to my subject access request."),
    (Flag.COMPLAINT_AUTHORITY, "I want to complain about how you handle my personal data."),
    (Flag.COMPLAINT_AUTHORITY, "If you don't respond within a month I will escalate to the regulator."),
    (Flag.DATA_BREACH, "Ik kreeg een e-mail met de gegevens van een andere klant."),
    (Flag.DATA_BREACH, "Jullie hebben mijn gegevens naar iemand anders gestuurd."),
    (Flag.DATA_BREACH, "In de app zie ik de agenda van een andere meneer."),
    (Flag.DATA_BREACH, "Er is ingebroken in mijn account."),
    (Flag.DATA_BREACH, "Datalek"),
    (Flag.DATA_BREACH, "You sent me someone else's data."),
    (Flag.DATA_BREACH, "My account was accessed by someone else."),
    (Flag.ON_BEHALF_OF, "Namens mijn vader (88) vraag ik inzage in zijn dossier bij u."),
    (
        Flag.ON_BEHALF_OF,
        "Mijn vader is niet meer wilsbekwaam; als zijn curator trek ik de toestemming voor de camera in.",
    ),
    (Flag.ON_BEHALF_OF, "Mijn moeder gebruikt de robot niet meer; wilt u al haar gegevens verwijderen?"),
    (Flag.ON_BEHALF_OF, "Remove my mother's details from all your systems."),
    (Flag.ON_BEHALF_OF, "I am writing on behalf of my father, who has dementia: please delete his data."),
)

# §1.3: (phrase, the class it only looks like). Rows 31 and 32 are "ambiguous" in the notes: no request is
# read from them, a person reads the mail anyway.
TRAPS: tuple[tuple[str, Right | Flag], ...] = (
    ("Ik heb geen idee welke gegevens jullie hebben.", Right.ERASURE),
    ("I have filed a complaint about the wrong data in my profile.", Right.AUTOMATED_DECISION),
    ("Ik wil graag zien of de robot het weer doet.", Right.ACCESS),
    ("Kunt u de herinnering voor mijn medicijnen verwijderen?", Right.ERASURE),
    ("Hoe verwijder ik een afspraak uit de agenda van de robot?", Right.ERASURE),
    ("Wis de agenda van vandaag.", Right.ERASURE),
    ("Graag correctie van het tijdstip van de wekker.", Right.RECTIFICATION),
    ("De robot noemt de verkeerde datum, kunt u dat corrigeren?", Right.RECTIFICATION),
    ("De factuur klopt niet, graag corrigeren.", Right.RECTIFICATION),
    ("Ik heb bezwaar tegen de prijsverhoging.", Right.OBJECTION),
    ("Ik maak bezwaar tegen het besluit van de gemeente over de robot.", Right.OBJECTION),
    ("Ik wil graag inzage in de agenda van de robot.", Right.ACCESS),
    ("Kunt u mij een kopie van de factuur sturen?", Right.ACCESS),
    ("Mag ik een kopie van de handleiding?", Right.ACCESS),
    ("Beperk het aantal meldingen van de robot.", Right.RESTRICTION),
    ("Blokkeer mijn account, mijn tablet is gestolen.", Right.RESTRICTION),
    ("Kan de robot worden overgedragen aan mijn zus?", Right.PORTABILITY),
    ("Kunt u alles overzetten naar de nieuwe robot?", Right.PORTABILITY),
    ("Exporteer de factuur als PDF.", Right.PORTABILITY),
    ("Welke informatie heb ik nodig om de robot te installeren?", Right.INFORMATION),
    ("Hoeveel opslag heeft de robot?", Right.INFORMATION),
    ("De robot besliste zelf om het licht uit te doen.", Right.AUTOMATED_DECISION),
    ("De automatische incasso is mislukt.", Right.AUTOMATED_DECISION),
    ("Ik wil me afmelden voor de cursus.", Right.CONSENT_WITHDRAWAL),
    ("Ik wil me afmelden voor het webinar.", Right.CONSENT_WITHDRAWAL),
    ("Ik wil me afmelden voor de cursus.", Right.OBJECTION),
    ("Ik wil de robot van mijn vader afmelden.", Right.OBJECTION),
    ("Ik geef geen toestemming voor de prijsverhoging.", Right.CONSENT_WITHDRAWAL),
    ("Ik zeg mijn abonnement op.", Right.ERASURE),
    ("Ik dien een klacht in bij de Geschillencommissie.", Flag.COMPLAINT_AUTHORITY),
    ("Ik dien een klacht in bij de Consumentenbond.", Flag.COMPLAINT_AUTHORITY),
    ("Klacht over de levering.", Flag.COMPLAINT_AUTHORITY),
    ("Als ik opzeg, worden mijn gegevens dan verwijderd?", Right.ERASURE),
    ("Ik wil níet dat jullie mijn gegevens verwijderen, alleen mijn adres aanpassen.", Right.ERASURE),
    ("> U heeft recht op inzage, correctie en verwijdering van uw gegevens.", Right.ACCESS),
    ("> U heeft recht op inzage, correctie en verwijdering van uw gegevens.", Right.ERASURE),
    ("U heeft recht op inzage, correctie en verwijdering van uw gegevens.", Right.RECTIFICATION),
    ("Remove the reminder", Right.ERASURE),
    ("Please delete the alarm.", Right.ERASURE),
    ("Cancel my order.", Right.ERASURE),
    ("I object to the late fee.", Right.OBJECTION),
    ("Kunt u de foto's op de robot verwijderen?", Right.ERASURE),
    ("U heeft mijn naam verkeerd gespeld in uw mail.", Right.RECTIFICATION),
    ("De robot lekt water.", Flag.DATA_BREACH),
    ("Er is lekkage onder de robot.", Flag.DATA_BREACH),
)


@pytest.mark.parametrize(("expected", "phrase"), POSITIVES, ids=[p[:50] for _, p in POSITIVES])
def test_trigger_phrase_is_found_as_its_right(expected: Right, phrase: str) -> None:
    rights, _ = detect_rights(subject="", text=phrase)
    assert expected in rights


@pytest.mark.parametrize(("expected", "phrase"), FLAGGED, ids=[p[:50] for _, p in FLAGGED])
def test_flag_phrase_raises_its_flag(expected: Flag, phrase: str) -> None:
    _, flags = detect_rights(subject="", text=phrase)
    assert expected in flags


@pytest.mark.parametrize(("phrase", "looks_like"), TRAPS, ids=[f"{p[:40]}-{c}" for p, c in TRAPS])
def test_false_positive_trap_is_not_that_class(phrase: str, looks_like: Right | Flag) -> None:
    rights, flags = detect_rights(subject="", text=phrase)
    assert looks_like not in (*rights, *flags)


def test_hypothetical_retention_question_is_information() -> None:
    rights, _ = detect_rights(subject="", text="Als ik opzeg, worden mijn gegevens dan verwijderd?")
    assert rights == (Right.INFORMATION,)


def test_negated_erasure_with_address_change_is_rectification() -> None:
    text = "Ik wil níet dat jullie mijn gegevens verwijderen, alleen mijn adres aanpassen."
    assert detect_rights(subject="", text=text)[0] == (Right.RECTIFICATION,)


def test_a_reported_right_followed_by_how_it_works_is_possible_not_confirmed() -> None:
    text = "Mijn kleindochter zegt dat ik recht heb op inzage in mijn gegevens. Hoe werkt dat eigenlijk bij jullie?"
    finding = find_rights(subject="vraag over privacy", text=text)
    assert (finding.rights, finding.possible) == ((), (Right.ACCESS,))


def test_a_reported_right_with_a_request_in_the_same_sentence_is_confirmed() -> None:
    text = "Mijn zoon zegt dat ik recht heb op inzage, dus ik wil graag een kopie van mijn gegevens."
    assert find_rights(subject="", text=text).rights == (Right.ACCESS,)


def test_a_right_read_in_the_paper_then_how_does_it_go_is_possible_not_confirmed() -> None:
    text = "Ik las in de krant dat ik recht heb op verwijdering van mijn gegevens. Hoe gaat dat bij jullie?"
    finding = find_rights(subject="privacy", text=text)
    assert (finding.rights, finding.possible) == ((), (Right.ERASURE,))
