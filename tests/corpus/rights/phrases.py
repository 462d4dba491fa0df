"""The request sentences and the traps of the generated rights corpus, by kind: (text, rights) pairs.

Written from how people write to a help desk (notes/gdpr-rights.md §1.2, the public request letters, the label
policy of corpus A), in NL, EN, DE fully and FR/IT/ES/PL by legal anchors and core verbs. `{rel}` is replaced by
a relative ("mijn moeder", "my father", ...) in the writer's language.
"""

from __future__ import annotations

Phrase = tuple[str, tuple[str, ...]]
A, INFO, R, E = "access", "information", "rectification", "erasure"
RS, OBJ, P, AD, C = "restriction", "objection", "portability", "automated_decision", "consent_withdrawal"

POSITIVE: dict[str, list[Phrase]] = {
    "nl": [
        ("Ik wil graag weten welke gegevens jullie van mij hebben.", (A,)),
        ("Hierbij doe ik een verzoek tot inzage op grond van artikel 15 AVG.", (A,)),
        ("Kunt u mij een kopie sturen van alles wat u over mij heeft vastgelegd?", (A,)),
        ("Namens {rel} vraag ik inzage in het dossier dat u van haar bijhoudt.", (A,)),
        ("Stuur me aub een overzicht van mijn persoonsgegevens.", (A,)),
        ("Mijn geboortedatum staat verkeerd in uw systeem, wilt u dat verbeteren?", (R,)),
        ("U heeft nog het oude adres van {rel}, zij woont nu in De Linde. Graag aanpassen.", (R,)),
        ("Ik verzoek u om rectificatie van mijn gegevens (art. 16 AVG).", (R,)),
        ("Verwijder al mijn gegevens.", (E,)),
        ("Haal mij uit de computer, ik wil niet meer bij jullie geregistreerd staan.", (E,)),
        ("{rel} is vorige maand overleden. Wilt u zijn account en alle gegevens verwijderen?", (E,)),
        ("Ik beroep mij op het recht om vergeten te worden.", (E,)),
        ("Als curator van mijn broer verzoek ik u al zijn gegevens te wissen.", (E,)),
        ("Gooi al mijn data maar weg, ik heb de robot teruggestuurd.", (E,)),
        ("Gebruik mijn gegevens voorlopig niet meer, totdat duidelijk is of ze kloppen.", (RS,)),
        ("Ik verzoek om beperking van de verwerking als bedoeld in artikel 18 AVG.", (RS,)),
        ("Ik maak bezwaar tegen het gebruik van mijn gegevens voor marketing.", (OBJ,)),
        ("Stop met de enquêtes, ik wil die niet meer ontvangen.", (OBJ,)),
        ("Ik wil geen reclame en geen nieuwsbrieven meer van u.", (OBJ,)),
        ("Ik wil mijn gegevens meenemen naar een andere aanbieder, in een bestand dat ik kan inlezen.", (P,)),
        ("Ik doe een beroep op mijn recht op dataportabiliteit.", (P,)),
        ("Ik trek mijn toestemming in voor het gebruik van de opnames.", (C,)),
        ("Wij trekken de toestemming voor het onderzoek met {rel} in.", (C,)),
        (
            "Het systeem heeft {rel} automatisch als inactief aangemerkt. Ik wil dat een mens naar dat besluit kijkt.",
            (AD,),
        ),
        ("Hoe lang bewaren jullie de gegevens van {rel} als we stoppen met de robot?", (INFO,)),
        ("Met welke partijen deelt u mijn persoonsgegevens?", (INFO,)),
        ("Worden mijn gegevens buiten de Europese Unie opgeslagen?", (INFO,)),
        ("Luistert de robot mee? Worden de gesprekken van {rel} opgenomen?", (INFO,)),
        ("Ik vraag inzage in mijn gegevens en wil daarna dat alles verwijderd wordt.", (A, E)),
    ],
    "en": [
        ("I would like a copy of all personal data you hold about me.", (A,)),
        ("This is a subject access request under Article 15 GDPR.", (A,)),
        ("Please send me everything you have stored about me, including call recordings.", (A,)),
        ("Can I see the data the robot has collected about {rel}?", (A,)),
        ("My date of birth is wrong in your records, please correct it.", (R,)),
        ("You still have {rel}'s old address on file, please update it to the new one.", (R,)),
        ("Please delete all my personal data.", (E,)),
        ("I want to exercise my right to be forgotten.", (E,)),
        (
            "{rel} passed away in March. As executor of the estate I ask you to erase his account and data.",
            (E,),
        ),
        ("Close my account and erase everything you have on me.", (E,)),
        ("Please stop using my data until the error is fixed, but don't delete it.", (RS,)),
        ("I object to the use of my data for marketing.", (OBJ,)),
        ("Stop sending me the surveys, I no longer want them.", (OBJ,)),
        ("Please take me off your mailing list.", (OBJ,)),
        ("Please export my data in a machine-readable format so I can move it to another provider.", (P,)),
        ("I withdraw my consent for the recordings.", (C,)),
        ("I no longer consent to my data being used for your research.", (C,)),
        (
            "Your system automatically flagged {rel} as inactive; I want a human to review that decision.",
            (AD,),
        ),
        ("Where is my data stored, and is it transferred outside the EU?", (INFO,)),
        ("How long do you keep the recordings of {rel}?", (INFO,)),
        ("Who do you share my personal data with?", (INFO,)),
        ("As {rel}'s guardian I request access to the data you hold on her.", (A,)),
    ],
    "de": [
        (
            "Hiermit bitte ich um Auskunft nach Art. 15 DSGVO über alle zu meiner Person gespeicherten Daten.",
            (A,),
        ),
        ("Bitte schicken Sie mir eine Kopie meiner Daten.", (A,)),
        ("Ich möchte wissen, welche Daten Sie über mich gespeichert haben.", (A,)),
        ("Ich will, dass meine Daten gelöscht werden.", (E,)),
        ("Bitte löschen Sie alle Daten meiner Mutter, sie nutzt den Roboter nicht mehr.", (E,)),
        ("Ich verlange die Löschung meiner personenbezogenen Daten gemäß Art. 17 DSGVO.", (E,)),
        ("Meine Adresse ist falsch gespeichert, bitte berichtigen Sie das.", (R,)),
        ("Ich widerspreche hiermit der Nutzung meiner Daten für Werbezwecke.", (OBJ,)),
        ("Ich widerrufe meine Einwilligung zur Verarbeitung der Aufnahmen.", (C,)),
        ("Bitte schränken Sie die Verarbeitung meiner Daten ein, bis die Sache geklärt ist.", (RS,)),
        (
            "Ich möchte meine Daten in einem maschinenlesbaren Format erhalten, um sie zu einem anderen Anbieter mitzunehmen.",
            (P,),
        ),
        ("Wie lange speichern Sie die Daten meines Vaters?", (INFO,)),
        ("Werden meine Daten in ein Land außerhalb der EU übermittelt?", (INFO,)),
    ],
    "fr": [
        ("Conformément à l'article 15 du RGPD, je vous demande l'accès à mes données personnelles.", (A,)),
        ("Je vous demande de supprimer toutes mes données personnelles (article 17 RGPD).", (E,)),
        ("Merci d'effacer mes données.", (E,)),
        ("Je m'oppose au traitement de mes données à des fins de prospection.", (OBJ,)),
        ("Je retire mon consentement à l'utilisation de mes données.", (C,)),
        ("Je vous prie de rectifier mon adresse, elle est erronée.", (R,)),
    ],
    "it": [
        ("Ai sensi dell'articolo 15 GDPR chiedo l'accesso ai miei dati personali.", (A,)),
        ("Chiedo la cancellazione dei miei dati personali ai sensi dell'art. 17 GDPR.", (E,)),
    ],
    "es": [
        ("Solicito el acceso a mis datos personales conforme al artículo 15 del RGPD.", (A,)),
        ("Solicito la supresión de mis datos personales según el artículo 17 RGPD.", (E,)),
    ],
    "pl": [
        ("Na podstawie art. 15 RODO proszę o dostęp do moich danych osobowych.", (A,)),
        ("Proszę o usunięcie moich danych osobowych zgodnie z art. 17 RODO.", (E,)),
    ],
}

NEGATIVE: dict[str, list[str]] = {
    "nl": [
        "Welke rechten heb ik eigenlijk, zoals inzage en verwijdering?",
        "Ik ben journalist en schrijf een artikel over zorgrobots. Hoe gaan jullie om met verzoeken om inzage of verwijdering?",
        "Voor mijn scriptie onderzoek ik hoe bedrijven omgaan met de AVG. Hoeveel inzageverzoeken krijgen jullie per jaar?",
        "Als functionaris gegevensbescherming van Zorggroep Oost vraag ik uw verwerkersovereenkomst en een beschrijving van hoe u verzoeken om inzage, correctie en verwijdering afhandelt.",
        "Op verzoek van de thuiszorg stuur ik u hierbij de gegevens van {rel}: naam, geboortedatum en adres.",
        "Hoe kan ik de wifi-gegevens wissen op de robot? We hebben een nieuwe router.",
        "Ik wil de robot terugzetten naar de fabrieksinstellingen en alles wissen voordat we hem terugsturen.",
        "Kunt u de herinnering van dinsdag verwijderen? Die klopt niet meer.",
        "Ik maak bezwaar tegen de prijsverhoging van het abonnement.",
        "Mag ik een kopie van de laatste factuur?",
        "De robot zegt steeds dat er geen verbinding is. Wat kan ik doen?",
        "Ik behoud mij het recht voor om bezwaar te maken tegen de verwerking.",
        "Kunt u de oud-collega Sabine uit de app van mevrouw Jansen verwijderen? Zij werkt hier niet meer.",
        "De agenda van {rel} is leeg sinds de update. Kunt u kijken wat er mis is?",
        "Het volume van de robot is te zacht, hoe zet ik dat harder?",
        "Mijn moeder krijgt de herinneringen twee keer. Kunt u dat aanpassen?",
    ],
    "en": [
        "Could you explain what rights I have under the GDPR, such as access, erasure and portability?",
        "I'm a journalist writing about care robots. How do you handle GDPR requests, and how many did you get last year?",
        "I'm a student writing my thesis on privacy in elderly care. Could you tell me how you handle data subject requests?",
        "Our DPO needs your data processing agreement and a description of how you handle access, rectification and erasure requests.",
        "As requested, here are my mother's details for the registration: name, date of birth and address.",
        "How do I reset the wifi settings on the robot and erase the old network?",
        "Please delete the reminder for Tuesday, it is wrong.",
        "Can I get a copy of the invoice for October?",
        "The robot keeps restarting since yesterday. Can you help?",
        "This request is without prejudice to my right to object and to lodge a complaint.",
        "If you use profiling, please let me know.",
        "The app asks for my password every day, how do I stop that?",
    ],
    "de": [
        "Wie kann ich die WLAN-Daten auf dem Roboter löschen? Wir haben einen neuen Router.",
        "Ich bin Journalistin und schreibe über Pflegeroboter. Wie gehen Sie mit Auskunftsanfragen um?",
        "Der Roboter spricht seit dem Update sehr leise. Was kann ich tun?",
        "Können Sie die Erinnerung für Montag löschen? Der Termin fällt aus.",
        "Ich behalte mir vor, Widerspruch gegen die Verarbeitung einzulegen.",
    ],
}

RELATIVES = {
    "nl": ("mijn moeder", "mijn vader", "mijn oma", "mijn schoonmoeder"),
    "en": ("my mother", "my father", "my grandmother", "my aunt"),
    "de": ("meine Mutter", "mein Vater"),
}

#: Our own privacy footer, as writers paste or leave it under their text (not quoted with ">").
FOOTERS = {
    "nl": "U heeft het recht om uw gegevens in te zien, te laten corrigeren of te laten verwijderen. "
    "Zie onze privacyverklaring op tinybots.nl/privacy.",
    "en": "You have the right to access, correct or erase your data. See tinybots.nl/privacy.",
    "de": "Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten.",
}

#: Written after the rules were tuned and measured once, never tuned on: the blind check (split "blind").
BLIND_POSITIVE: dict[str, list[Phrase]] = {
    "nl": [
        ("Ik wil een afschrift van alles wat jullie over mij hebben opgeslagen, ook de gesprekken.", (A,)),
        ("Wilt u het dossier van {rel} naar mij sturen? Ik ben haar bewindvoerder.", (A,)),
        ("Mijn naam is verkeerd geschreven in jullie administratie, het moet Dijkstra zijn.", (R,)),
        ("Kunnen jullie alles van {rel} wissen? Ze is in maart overleden.", (E,)),
        ("Ik wil niet meer in uw bestand staan, haal mijn gegevens eruit.", (E,)),
        ("Zet het gebruik van mijn gegevens stil zolang mijn klacht loopt.", (RS,)),
        ("Ik wil niet dat mijn gegevens gebruikt worden voor reclame.", (OBJ,)),
        ("Ik geef geen toestemming meer voor het delen van de opnames met de thuiszorg.", (C,)),
        ("Aan wie geven jullie de gegevens van {rel} door?", (INFO,)),
        ("Worden de gesprekken van {rel} bewaard, en hoe lang?", (INFO,)),
        (
            "Graag ontvang ik mijn gegevens in een bestand dat ik kan meenemen naar een andere leverancier.",
            (P,),
        ),
    ],
    "en": [
        ("Please give me a copy of everything you have on file about me.", (A,)),
        ("My email address on your records is out of date, please change it to the new one.", (R,)),
        ("I'd like you to remove all my personal details from your systems.", (E,)),
        ("I no longer want my data to be used for your product research, please stop.", (OBJ,)),
        ("I withdraw the consent I gave for the voice recordings.", (C,)),
        ("Is any of my data sent to servers outside Europe?", (INFO,)),
    ],
    "de": [
        ("Bitte teilen Sie mir mit, welche Daten Sie über meine Mutter gespeichert haben.", (A,)),
        ("Löschen Sie bitte mein Konto und alle meine Daten.", (E,)),
        ("Ich widerspreche der Verwendung meiner Daten für Umfragen.", (OBJ,)),
    ],
    "fr": [("Je souhaite la suppression de mes données personnelles.", (E,))],
}
BLIND_NEGATIVE: dict[str, list[str]] = {
    "nl": [
        "Kunt u de oude wifi-gegevens van de robot verwijderen? We hebben een nieuw netwerk.",
        "Ik heb bezwaar tegen de verzendkosten op de laatste factuur.",
        "Hierbij de gegevens van mijn vader voor de aanmelding: geboren 12-03-1939, Dorpsstraat 4.",
        "Wij zijn een zorgorganisatie en willen graag weten hoe u omgaat met verzoeken om inzage van cliënten.",
        "Kunt u de afspraak van donderdag uit de agenda van mijn moeder halen?",
        "Hoe zet ik de robot terug naar de fabrieksinstellingen?",
    ],
    "en": [
        "I'm researching care technology for my master's thesis: which data subject rights do people use most?",
        "Please remove my brother from the app, he no longer helps with mum's care.",
        "The robot keeps saying my mother's name wrong, can that be corrected?",
        "I reserve the right to withdraw my consent at a later date.",
    ],
    "de": ["Wie kann ich die Erinnerungen auf dem Roboter löschen?"],
}
