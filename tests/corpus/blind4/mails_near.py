"""Near misses: mails with rights words that request no right (label policy), and bulk mail about rights."""

STATEMENT_RIGHTS = """Uw privacyrechten

U heeft onder de algemene verordening persoonsgegevens de volgende rechten:

 • het recht op informatie over de verwerkingen;
 • het recht op inzage in zijn gegevens;
 • het recht op correctie van de gegevens als deze niet kloppen;
 • het recht op verwijdering van de gegevens en ‘het recht om vergeten te worden’;
 • het recht op beperking van de gegevensverwerking;
 • het recht op verzet tegen de gegevensverwerking;
 • het recht op overdracht van zijn gegevens (dataportabiliteit);
 • het recht om niet onderworpen te worden aan een geautomatiseerde besluitvorming.

U kunt een verzoek sturen naar help@tinybots.nl. Tinybots BV zal zo snel mogelijk, maar binnen vier weken, op uw verzoek reageren."""

HELPDESK_QUOTE = """Van: Tinybots Helpdesk <help@tinybots.nl>
Verzonden: maandag 30 november 2026 14:02
Aan: {to}
Onderwerp: {subject}

Beste {first},

{text}

Met vriendelijke groet,
Sanne de Wit
Tinybots Helpdesk | 020 123 4567
Privacy: Tinybots BV verwerkt uw persoonsgegevens volgens de AVG. U heeft recht op inzage, correctie, verwijdering
van uw gegevens, beperking van de verwerking, overdraagbaarheid en bezwaar. Gegeven toestemming kunt u altijd
intrekken. Meer informatie: www.tinybots.nl/privacy."""

NEAR = [
    dict(
        from_="Gerrit Zandstra <gerrit.zandstra@kpnmail.example>",
        subject="vraag over privacy",
        body="""Goedemiddag,

Welke rechten heb ik eigenlijk onder de AVG als ik de robot neem? Kan ik later mijn gegevens laten verwijderen als
ik ermee stop, of blijft alles bij jullie staan?

Gerrit Zandstra
""",
        name="Gerrit Zandstra",
        rights=[],
        notes="Asks ABOUT rights (could I later have it deleted?): no request (possible at most).",
    ),
    dict(
        from_="Pauline Fraser <pauline.fraser@gmail.example>",
        subject="Tessa too quiet",
        lang="en",
        body="""Hello,

I read your privacy statement and it says I have the right to access, rectification, erasure, restriction and
portability of my data. That's reassuring, thank you.

My actual question: Tessa speaks too softly since the update. My mum can hardly hear her. Robot number 40218.

Pauline Fraser
""",
        name="Pauline Fraser",
        robot="40218",
        rights=[],
        notes="Lists rights from the privacy statement to say she is reassured; the request is about volume.",
    ),
    dict(
        from_="Functionaris Gegevensbescherming <fg@zorggroep-hoven.example>",
        subject="Verwerkersovereenkomst en vragenlijst informatiebeveiliging",
        client="outlook",
        body="""Geachte heer, mevrouw,

Zorggroep Hoven overweegt Tessa in te zetten bij 40 cliënten. Als functionaris gegevensbescherming vraag ik u
daarom om:

1. een concept-verwerkersovereenkomst;
2. het ingevulde vragenlijst informatiebeveiliging (bijlage), waaronder: hoe handelt u verzoeken om inzage,
   rectificatie en verwijdering (artikel 15-17 AVG) af, en binnen welke termijn;
3. uw DPIA of een samenvatting daarvan;
4. een overzicht van subverwerkers en doorgiften buiten de EER.

Met vriendelijke groet,

mr. Dirk-Jan Hovenkamp
Functionaris Gegevensbescherming
Zorggroep Hoven
""",
        name="Dirk-Jan Hovenkamp",
        rights=[],
        notes="DPO of a care organisation: DPA and procurement questionnaire (policy: not a right). Asks about "
        "transfers for the organisation, not about his own data.",
    ),
    dict(
        from_="Procurement Team <procurement@carehomes-north.example>",
        subject="Supplier due diligence - data protection",
        lang="en",
        body="""Dear Tinybots,

As part of our supplier due diligence please complete the attached questionnaire. In particular describe:

- your process for data subject access requests (Art. 15 GDPR) and erasure requests (Art. 17);
- how you handle objections and requests for restriction;
- retention periods for voice recordings;
- whether personal data is transferred outside the EEA.

Please return it by 18 December.

Kind regards,
Rachel Sutton
Procurement Lead, Care Homes North
""",
        name="Rachel Sutton",
        rights=[],
        notes="Procurement questionnaire: asks how requests are handled and about retention/transfers in general.",
    ),
    dict(
        from_="Maarten Blom <m.blom@dagblad-oost.example>",
        subject="Vragen voor artikel zorgrobots en privacy",
        body="""Goedendag,

Ik schrijf voor Dagblad Oost een artikel over zorgrobots en privacy. Hoeveel inzageverzoeken en verzoeken om
verwijdering krijgt Tinybots per jaar? Hoe lang bewaart u de spraakopnames van gebruikers, en worden die buiten de
EU opgeslagen? Ik zou graag vóór vrijdag een reactie ontvangen.

Met vriendelijke groet,
Maarten Blom
Redacteur Dagblad Oost
""",
        name="Maarten Blom",
        rights=[],
        notes="Journalist (press questions): not a right, although retention and transfers are asked.",
    ),
    dict(
        from_="Emma Lindqvist <e.lindqvist@student.uni.example>",
        subject="Thesis: GDPR rights and care robots",
        lang="en",
        body="""Dear Sir/Madam,

I'm a master's student writing my thesis on how companies handle GDPR data subject rights. Could you tell me how
Tinybots processes an access request or a request for erasure, and how long it takes on average? A short
interview would also be great.

Best regards,
Emma Lindqvist
""",
        name="Emma Lindqvist",
        rights=[],
        notes="Student asking how requests are handled: not a request.",
    ),
    dict(
        from_="Karin Mol <karin.mol@ziggo.example>",
        subject="Re: gegevens voor de aanmelding",
        body="""Hallo Sanne,

Hierbij de gegevens van mijn moeder zoals gevraagd:

Naam: Johanna Mol-de Boer
Geboortedatum: 14-06-1938
Adres: Spoorstraat 4, 3811 MN Amersfoort
Huisarts: dokter Verbeek

Laat maar weten als er nog iets ontbreekt.

Karin Mol
""",
        name="Karin Mol",
        rights=[],
        notes="A parent's registration details sent on request: data given, nothing requested.",
    ),
    dict(
        from_="Harry Timmer <harry.timmer@kpnmail.example>",
        subject="nieuwe router",
        body="""Hallo,

We hebben een nieuwe router. Hoe kan ik de wifi-gegevens wissen in de robot, zodat ik de nieuwe kan invoeren?
Robotnummer 31559.

Harry Timmer
""",
        name="Harry Timmer",
        robot="31559",
        rights=[],
        notes="Wiping wifi details is a device setting.",
    ),
    dict(
        from_="Bea Kroon <bea.kroon@home.example>",
        subject="robot naar tante",
        body="""Goedemorgen,

Mijn moeder gaat naar het verpleeghuis, de robot gaat naar mijn tante. Kunnen jullie de robot resetten en alle
instellingen wissen, zodat we opnieuw kunnen beginnen met haar schema?

Bea Kroon
""",
        name="Bea Kroon",
        rights=[],
        notes="Reset the robot and wipe the settings: device administration, not erasure of personal data.",
    ),
    dict(
        from_="Tom Ashworth <tom.ashworth@gmail.example>",
        subject="old schedule",
        lang="en",
        body="""Hi there,

Could you delete the old schedule from Mum's Tessa? Her day care moved from Tuesday to Thursday and the robot still
reminds her on Tuesdays.

Cheers,
Tom Ashworth
""",
        name="Tom Ashworth",
        rights=[],
        notes="Deleting an old schedule (reminders): not erasure.",
    ),
    dict(
        from_="Gisela Brenner <gisela.brenner@web.example>",
        subject="Alte Erinnerungen",
        lang="de",
        body="""Guten Tag,

wie kann ich die alten Erinnerungen auf dem Roboter löschen? Es sind noch die Termine vom Sommer drauf.

Gisela Brenner
""",
        name="Gisela Brenner",
        rights=[],
        notes="Deleting old reminders (German): not erasure.",
    ),
    dict(
        from_="Dini Oosterhuis <dini.oosterhuis@planet.example>",
        subject="privacy opnames",
        body="""Beste Tinybots,

Ik las dit op jullie website:

"""
        + STATEMENT_RIGHTS
        + """

Geldt dat ook voor de spraakopnames die de robot van mijn man maakt? Ik vraag het me gewoon af, verder zijn we heel
tevreden.

Dini Oosterhuis
""",
        name="Dini Oosterhuis",
        rights=[],
        notes="Tinybots' own privacy statement pasted; only asks whether it applies: no request (possible at most).",
    ),
    dict(
        from_="Jos Brugman <jos.brugman@hetnet.example>",
        subject="RE: Monteur donderdag",
        client="outlook",
        body="""Prima, donderdag om 10 uur is goed. Dank je wel.

Jos Brugman

"""
        + HELPDESK_QUOTE.format(
            to="jos.brugman@hetnet.example",
            subject="Monteur donderdag",
            first="Jos",
            text="De monteur komt donderdag tussen 10 en 12 uur de luidspreker vervangen.",
        ),
        name="Jos Brugman",
        rights=[],
        notes="Short reply above an Outlook quote (no '>') whose help desk footer lists every right.",
    ),
    dict(
        from_="Marga Evers <marga.evers@ziggo.example>",
        subject="klacht over monteur",
        body="""Geachte heer/mevrouw,

Ik wil een klacht indienen over jullie monteur. Hij vroeg aan de buren of mijn moeder dement is en noemde daarbij
haar naam en adres. Dat mag toch helemaal niet volgens de AVG? Ik vind dit schandalig en wil dat u dit met hem
bespreekt.

Marga Evers
""",
        name="Marga Evers",
        rights=[],
        notes="Complaint mentioning the AVG; no data-subject request.",
    ),
    dict(
        from_="Wouter Kamp <wouter.kamp@kpnmail.example>",
        subject="Fwd: Besluit Wmo-voorziening",
        client="fwd",
        body="""Hallo,

Hierbij de brief van de gemeente over de vergoeding van de robot voor mijn vader. Kunnen jullie zien of de robot
nu geleverd kan worden?

Wouter Kamp
""",
        fwd_from="Gemeente Zuidhorn <wmo@zuidhorn-gemeente.example>",
        fwd_subject="Besluit Wmo-voorziening",
        fwd_body="""Geachte heer Kamp,

Wij hebben besloten de aangevraagde voorziening (zorgrobot) toe te kennen.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken. U heeft recht op inzage in uw
dossier; een verzoek daartoe kunt u richten aan de functionaris gegevensbescherming van de gemeente. Wij verwerken
uw persoonsgegevens volgens de AVG.

Met vriendelijke groet,
Team Wmo
""",
        name="Wouter Kamp",
        rights=[],
        notes="Forwarded municipality letter (message/rfc822) with 'bezwaar maken' and 'recht op inzage': not his "
        "request to Tinybots.",
    ),
    dict(
        from_="Jannie Brouwers <jannie.brouwers@kpnmail.example>",
        subject="incassokosten",
        body="""Geachte heer/mevrouw,

Ik maak bezwaar tegen de incassokosten van € 15 op mijn laatste factuur. Ik heb op tijd betaald, zie bijlage.

Jannie Brouwers
""",
        name="Jannie Brouwers",
        rights=[],
        notes="'bezwaar' against collection costs: not objection.",
    ),
    dict(
        from_="Fred Lammers <fred.lammers@online.example>",
        subject="moeder overleden",
        body="""Goedemiddag,

Mijn moeder is vorige week overleden. Willen jullie het abonnement stopzetten en de robot komen ophalen?

Met vriendelijke groet,
Fred Lammers
""",
        name="Fred Lammers",
        rights=[],
        notes="Cancelling a subscription after a death (policy: not a right).",
    ),
    dict(
        from_="Ingrid Post <ingrid.post@gmail.example>",
        subject="app toegang broer",
        body="""Hoi,

Kunnen jullie mijn broer uit de app verwijderen? Hij hoeft geen toegang meer tot de agenda van pa.

Ingrid Post
""",
        name="Ingrid Post",
        rights=[],
        notes="Removing another person from the app (policy: not a right).",
    ),
    dict(
        from_="Herman Tol <herman.tol@zeelandnet.example>",
        subject="factuur oktober",
        body="""Goedemorgen,

Mag ik een kopie van de factuur van oktober? Ik heb hem nodig voor de belasting.

Herman Tol
""",
        name="Herman Tol",
        rights=[],
        notes="Copy of an invoice (policy: not access).",
    ),
    dict(
        from_="Anita Boer <anita.boer@live.example>",
        subject="adapter kapot",
        body="""Hallo,

De adapter van de robot is kapot gegaan, na vijf maanden. Ik heb toch recht op een nieuwe, het valt onder de
garantie. Robotnummer 28830.

Anita Boer
""",
        name="Anita Boer",
        robot="28830",
        rights=[],
        notes="Warranty 'recht op' (policy: not a right).",
    ),
    dict(
        from_="Rinus Peeters <rinus.peeters@telenet.example>",
        subject="afspraak donderdag",
        body="""Dag,

Wil je de afspraak bij de tandarts van donderdag uit de robot verwijderen? Die gaat niet door.

Rinus Peeters
""",
        name="Rinus Peeters",
        rights=[],
        notes="Deleting an appointment reminder: not erasure.",
    ),
    dict(
        from_="Brenda Cole <brenda.cole@gmail.example>",
        subject="Reminder text",
        lang="en",
        body="""Hi,

Could you correct the reminder text on my gran's robot? It says "take your pils" instead of "pills". She finds it
funny but still.

Brenda Cole
""",
        name="Brenda Cole",
        rights=[],
        notes="Correcting a reminder's text: not rectification.",
    ),
    dict(
        from_="AVG Academie <events@avg-academie.example>",
        subject="Webinar: de AVG-rechten van uw cliënten in de praktijk",
        cls="bulk",
        headers={"List-Unsubscribe": "<mailto:unsubscribe@avg-academie.example>", "Precedence": "bulk"},
        body="""Webinar 15 januari 2027, 14:00-15:30

Cliënten hebben recht op inzage, correctie, verwijdering en bezwaar. Hoe gaat u om met een inzageverzoek van een
familielid? Wat doet u als iemand zijn toestemming intrekt? In dit webinar behandelen we het allemaal.

Aanmelden: www.avg-academie.example/webinar

Wilt u geen uitnodigingen meer ontvangen? Meld u hier af.
""",
        rights=[],
        notes="Webinar invitation naming rights: bulk, no rights.",
    ),
    dict(
        from_="Seniorenbond Nieuws <nieuwsbrief@seniorenbond.example>",
        subject="Nieuwsbrief december: uw privacy en slimme apparaten",
        cls="bulk",
        headers={
            "List-Unsubscribe": "<https://seniorenbond.example/afmelden>",
            "List-Id": "<nieuws.seniorenbond.example>",
        },
        client="html",
        body="""Nieuwsbrief december

Uw privacy en slimme apparaten
Wist u dat u altijd mag vragen welke gegevens een bedrijf van u heeft? Stuur dan een brief: "Ik verzoek u mij
inzage te geven in mijn persoonsgegevens (artikel 15 AVG)." Wilt u dat gegevens verdwijnen, vraag dan om
verwijdering.

Afmelden voor deze nieuwsbrief
""",
        rights=[],
        notes="Newsletter quoting a request sentence as an example: bulk, no rights.",
    ),
    dict(
        from_="mr. L.J. Verschoor <verschoor@verschoor-advocaten.example>",
        subject="Betwiste factuur mevrouw Hazelaar",
        body="""Geachte heer, mevrouw,

Namens mevrouw Hazelaar betwist ik de factuur van 12 november voor de reparatie van de robot. Cliënte heeft de
robot niet laten vallen; het defect valt onder de garantie. Ik verzoek u de factuur te crediteren.

Dit alles onverminderd het recht van cliënte om inzage te vragen in haar dossier en zonder enige erkenning van
aansprakelijkheid.

Hoogachtend,
mr. Lennart Verschoor
""",
        name="Lennart Verschoor",
        rights=[],
        notes="Reserved right ('onverminderd het recht ... om inzage te vragen') is not requested; invoice dispute.",
    ),
    dict(
        from_="Nina Jacobs <nina.jacobs@hotmail.example>",
        subject="inloggen",
        lang="en",
        body="""Hello,

I can't access my account any more, I forgot my password and the reset mail never arrives. Can you help me get
access to the app again?

Nina Jacobs
""",
        name="Nina Jacobs",
        rights=[],
        notes="Access to the app account: not the right of access.",
    ),
    dict(
        from_="Petra Albers <petra.albers@gmx.example>",
        subject="Zugang für meine Tochter",
        lang="de",
        body="""Guten Tag,

ich möchte, dass meine Tochter auch Zugang zur App bekommt, damit sie die Termine ihrer Oma sehen kann. Wie geht
das?

Petra Albers
""",
        name="Petra Albers",
        rights=[],
        notes="App access for a relative (German): not a right.",
    ),
    dict(
        from_="Locatiemanager De Horst <locatie.dehorst@zorgcentrum-horst.example>",
        subject="AVG en bewoners",
        body="""Goedemiddag,

Wij willen Tessa inzetten bij drie bewoners. Hoe moeten wij onze bewoners en hun familie informeren over de AVG?
Heeft u een voorbeeldtekst of een folder die wij bij onze huisregels kunnen voegen? Ons eigen privacyreglement
hebben we al.

Met vriendelijke groet,
Ilse Bakker
Locatiemanager Zorgcentrum De Horst
""",
        name="Ilse Bakker",
        rights=[],
        notes="A care home asks for template text for its residents: the organisation's own compliance question.",
    ),
    dict(
        from_="Kees Hoogland <kees.hoogland@kpnmail.example>",
        subject="robot export agenda",
        body="""Hallo,

Kan ik de lijst met herinneringen van de robot ergens exporteren? Ik wil hem uitprinten en op de koelkast hangen.

Kees Hoogland
""",
        name="Kees Hoogland",
        rights=[],
        notes="Exporting the reminders for printing: the app's agenda, not access/portability (policy).",
    ),
    dict(
        from_="Lies Vermaat <lies.vermaat@hetnet.example>",
        subject="robot stoppen 's nachts",
        body="""Goedemorgen,

Kunnen jullie de robot 's nachts laten stoppen met praten? Mijn man schrikt wakker van de herinneringen om 6 uur.
Robot Id: 50127.

Lies Vermaat
""",
        name="Lies Vermaat",
        robot="50127",
        rights=[],
        notes="'stoppen' about the robot's behaviour, no data.",
    ),
    dict(
        from_="Ben Harteveld <ben.harteveld@ziggo.example>",
        subject="toestemmingsformulier",
        body="""Hallo,

Hierbij het ondertekende toestemmingsformulier voor de spraakopnames. Mijn vader gaat akkoord.

Ben Harteveld
""",
        name="Ben Harteveld",
        rights=[],
        notes="Giving consent, not withdrawing it.",
    ),
    dict(
        from_="Charlotte Meyer <charlotte.meyer@arcor.example>",
        subject="Frage zur Datenschutzerklärung",
        lang="de",
        body="""Guten Tag,

ich habe Ihre Datenschutzerklärung gelesen. Dort steht, dass ich ein Recht auf Auskunft, Berichtigung, Löschung
und Widerspruch habe. Gilt das auch für meine Mutter, die den Roboter benutzt, oder nur für den Vertragspartner?

Mit freundlichen Grüßen
Charlotte Meyer
""",
        name="Charlotte Meyer",
        rights=[],
        notes="Question about whom the rights apply to: no request (possible at most).",
    ),
    dict(
        from_="Mathilde Girard <mathilde.girard@free.example>",
        subject="Question avant de rendre le robot",
        lang="mixed",
        body="""Bonjour,

Mon père rend le robot la semaine prochaine. Faut-il effacer les données wifi avant de le renvoyer, ou est-ce que
vous le faites ?

Merci,
Mathilde Girard
""",
        name="Mathilde Girard",
        rights=[],
        notes="French: wiping wifi data before returning the robot is a device question.",
    ),
    dict(
        from_="Luca Bianchi <luca.bianchi@libero.example>",
        subject="Annullare ordine",
        lang="mixed",
        body="""Buongiorno,

vorrei annullare l'ordine del robot per mia madre e cancellare l'appuntamento per l'installazione del 12 dicembre.

Grazie,
Luca Bianchi
""",
        name="Luca Bianchi",
        rights=[],
        notes="Italian: cancelling an order and an appointment ('cancellare' is not erasure).",
    ),
    dict(
        from_="Wendy Schouten <wendy.schouten@gmail.example>",
        subject="nieuwe telefoon",
        body="""Hoi,

Ik krijg een nieuwe telefoon. Hoe zorg ik dat de gegevens in de app niet verloren gaan bij de overstap? Ik wil de
agenda van mijn moeder niet kwijt.

Wendy Schouten
""",
        name="Wendy Schouten",
        rights=[],
        notes="Moving the app to a new phone: not portability.",
    ),
    dict(
        from_="Ton Verbeek <ton.verbeek@kpnmail.example>",
        subject="Re: Uw verzoek",
        body="""Dag Sanne,

Hierbij de kopie van de beschikking van de kantonrechter waarin staat dat ik mentor ben van mijn moeder, zoals
gevraagd voor mijn verzoek van vorige week.

Ton Verbeek
""",
        name="Ton Verbeek",
        rights=[],
        notes="Follow-up that only sends the requested document (policy: requests nothing new).",
    ),
]
