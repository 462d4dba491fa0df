"""Customer mails with privacy requests, and traps that look like one."""

FOOTER = """Privacy: Tinybots BV verwerkt uw persoonsgegevens zorgvuldig en volgens de AVG. U heeft recht op informatie,
inzage, rectificatie (correctie), verwijdering van uw gegevens (recht op vergetelheid), beperking van de verwerking,
overdraagbaarheid van gegevens en bezwaar, ook tegen geautomatiseerde besluitvorming. Gegeven toestemming kunt u altijd
intrekken. Meer informatie: www.tinybots.nl/privacy of privacy@tinybots.nl."""

REQUESTS = [
    dict(
        from_="Gerda Wolters <gerda.wolters@kpnmail.example>",
        subject="gegevens",
        body="""goedemiddag

ik heb de robot terug gestuurd en ik wil niet meer dat jullie mijn gegevens hebben. alles weg graag

gerda wolters
""",
        name="Gerda Wolters",
        rights=["erasure"],
        notes="Informal erasure without legal words.",
    ),
    dict(
        from_="Bert Hofman <bert.hofman@ziggo.example>",
        subject="vraag",
        body="""Beste mensen,

Wat weten jullie allemaal van mij? Ik wil dat graag op papier hebben, alles wat jullie van mij bewaren.

Bert Hofman
""",
        name="Bert Hofman",
        rights=["access"],
        notes="Informal access.",
    ),
    dict(
        from_="Mr. drs. C.A.M. van Rijn <c.vanrijn@vanrijn-advocatuur.example>",
        subject="Verzoek ex artikel 15 en 17 AVG",
        client="outlook",
        body="""Geachte heer, mevrouw,

Namens mijn cliënte, mevrouw J. Timmermans, wonende te Apeldoorn, verzoek ik u op grond van artikel 15 van de
Algemene Verordening Gegevensbescherming (AVG) haar inzage te verschaffen in alle persoonsgegevens die u van haar
verwerkt, en deze gegevens vervolgens op grond van artikel 17 AVG te wissen.

Ik verzoek u binnen de termijn van één maand te reageren. Een machtiging treft u bijgevoegd.

Hoogachtend,

Mr. drs. Coen van Rijn
Van Rijn Advocatuur
T 055 - 521 00 00
""",
        name="Coen van Rijn",
        phone="+31555210000",
        rights=["access", "erasure"],
        notes="Lawyer on behalf of a client, article numbers; titles dropped from the name.",
    ),
    dict(
        from_="Jürgen Becker <j.becker@posteo.example>",
        subject="Auskunft gemäß Art. 15 DSGVO",
        lang="de",
        body="""Sehr geehrte Damen und Herren,

hiermit bitte ich um Auskunft gemäß Art. 15 DSGVO über die zu meiner Person gespeicherten Daten, insbesondere die
Verarbeitungszwecke, die Empfänger und die geplante Speicherdauer. Bitte stellen Sie mir außerdem eine Kopie der
Daten zur Verfügung (Art. 15 Abs. 3 DSGVO).

Mit freundlichen Grüßen
Jürgen Becker
""",
        name="Jürgen Becker",
        rights=["access"],
        notes="German access letter; the listed sub-items are part of access.",
    ),
    dict(
        from_="Petra Neumann <petra.neumann@gmx.example>",
        subject="Löschung meiner Daten",
        lang="de",
        body="""Guten Tag,

wir haben den Vertrag für meinen Vater gekündigt. Ich bitte um Löschung meiner Daten und der Daten meines Vaters
(Kundennummer 88120). Bitte bestätigen Sie mir die Löschung schriftlich.

Freundliche Grüße
Petra Neumann
""",
        name="Petra Neumann",
        rights=["erasure"],
        notes="German erasure without article.",
    ),
    dict(
        from_="Amélie Laurent <amelie.laurent@laposte.example>",
        subject="Demande d'accès à mes données personnelles",
        lang="mixed",
        body="""Madame, Monsieur,

Conformément à l'article 15 du Règlement général sur la protection des données (RGPD), je vous prie de bien vouloir
me communiquer l'ensemble des données personnelles me concernant que vous détenez.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Amélie Laurent
""",
        name="Amélie Laurent",
        rights=["access"],
        notes="French access letter with RGPD article.",
    ),
    dict(
        from_="Luc Moreau <luc.moreau@free.example>",
        subject="Suppression de mes données",
        lang="mixed",
        body="""Bonjour,

En application de l'article 17 du RGPD, je vous demande l'effacement de toutes mes données personnelles.

Cordialement,
Luc Moreau
""",
        name="Luc Moreau",
        rights=["erasure"],
        notes="French erasure with RGPD article.",
    ),
    dict(
        from_="Hennie Smeenk <hennie.smeenk@home.example>",
        subject="toestemming",
        body="""Goedemorgen,

Ik had toestemming gegeven om de gesprekken met de robot op te nemen voor jullie onderzoek. Die trek ik in.
Ik wil dat niet meer.

Met vriendelijke groet,
Hennie Smeenk
""",
        name="Hennie Smeenk",
        rights=["consent_withdrawal"],
        notes="Consent withdrawal, informal.",
    ),
    dict(
        from_="Ada Roelofs <ada.roelofs@planet.example>",
        subject="enquetes",
        body="""Hallo,

Ik krijg elke maand een enquête van jullie. Stop daarmee, ik wil nooit meer enquêtes en ook niet dat mijn gegevens
daarvoor gebruikt worden.

Ada Roelofs
""",
        name="Ada Roelofs",
        rights=["objection"],
        notes="Objection to surveys (permanent).",
    ),
    dict(
        from_="Graham Taylor <graham.taylor@virgin.example>",
        subject="marketing emails",
        lang="en",
        body="""Hello,

Please stop using my personal data for marketing. I object to any further marketing, by email or post.

Regards,
Graham Taylor
""",
        name="Graham Taylor",
        rights=["objection"],
        notes="Objection to marketing in English.",
    ),
    dict(
        from_="Corrie Evers <corrie.evers@ziggo.example>",
        subject="overstappen",
        body="""Beste Tinybots,

Wij stappen over naar een andere leverancier van zorgrobots. Ik wil graag mijn gegevens meenemen naar die andere
leverancier: de herinneringen, de agenda en de instellingen. Kunnen jullie die in een bestand sturen dat zij kunnen
inlezen?

Groeten,
Corrie Evers
""",
        name="Corrie Evers",
        rights=["portability"],
        notes="Portability without the word.",
    ),
    dict(
        from_="Frits Veenstra <f.veenstra@hetnet.example>",
        subject="klacht en gegevens",
        body="""Geachte heer/mevrouw,

Ik heb een klacht ingediend omdat jullie mijn medicatielijst verkeerd hebben overgenomen. Zolang dat niet is
uitgezocht wil ik dat jullie mijn gegevens niet gebruiken. Zet het gebruik even stil tot het klopt.

Frits Veenstra
""",
        name="Frits Veenstra",
        rights=["restriction"],
        notes="Restriction while contested (temporary intent).",
    ),
    dict(
        from_="Marja Scholten <marja.scholten@kpnmail.example>",
        subject="overlijden vader - gegevens verwijderen",
        client="outlook",
        body="""Geachte mevrouw, meneer,

Mijn vader, de heer W. Scholten, is op 14 oktober overleden. Als enig erfgenaam verzoek ik u al zijn persoonsgegevens
en de opnames van zijn robot (robotnummer 47712) te verwijderen. Een kopie van de akte van overlijden stuur ik mee.

Met vriendelijke groet,
Marja Scholten
06 - 24 68 13 57
""",
        name="Marja Scholten",
        phone="+31624681357",
        robot="47712",
        rights=["erasure"],
        notes="Relative for a deceased client; father's name not the customer.",
    ),
    dict(
        from_="Ton Verschuren <ton.verschuren@example.nl>",
        subject="naam fout",
        body="""Hallo,

In de app en op de facturen staat mijn naam als Verschueren. Dat is fout, het is Verschuren. Willen jullie dat in
jullie administratie verbeteren?

Ton Verschuren
""",
        name="Ton Verschuren",
        rights=["rectification"],
        notes="Rectification of a misspelt name.",
    ),
    dict(
        from_="Nel Brink <nel.brink@ziggo.example>",
        subject="gesprekken",
        body="""Goedemiddag,

Hoe lang bewaren jullie de gesprekken die mijn man met de robot voert? En gaan die gegevens naar het buitenland,
naar Amerika bijvoorbeeld?

Nel Brink
""",
        name="Nel Brink",
        rights=["information"],
        notes="Questions about retention and transfers: information.",
    ),
    dict(
        from_="David Okafor <david.okafor@gmail.example>",
        subject="Subject Access Request",
        lang="en",
        client="gmail",
        body="""Dear Data Protection Officer,

I am making a subject access request under Article 15 GDPR. Please provide a copy of all personal data you hold
about me, including recordings, within one month.

Yours faithfully,
David Okafor
""",
        name="David Okafor",
        rights=["access"],
        notes="English SAR.",
    ),
    dict(
        from_="Hilde Vos <hilde.vos@home.example>",
        subject="beslissing robot",
        body="""Beste,

Jullie systeem heeft automatisch besloten dat mijn moeder geen nachtmodus meer krijgt omdat ze 'te onrustig' is.
Ik wil dat een mens daarnaar kijkt en niet alleen de computer. Ik maak gebruik van artikel 22 AVG.

Hilde Vos
""",
        name="Hilde Vos",
        rights=["automated_decision"],
        notes="Automated decision with article 22.",
    ),
    dict(
        from_="Stefan Krüger <s.krueger@web.example>",
        subject="Widerspruch",
        lang="de",
        body="""Sehr geehrte Damen und Herren,

ich widerspreche hiermit gemäß Art. 21 DSGVO der Nutzung meiner Daten für Werbung und Umfragen.

Mit freundlichen Grüßen
Stefan Krüger
""",
        name="Stefan Krüger",
        rights=["objection"],
        notes="German objection.",
    ),
    dict(
        from_="Ulrike Hahn <ulrike.hahn@t-online.example>",
        subject="Einwilligung",
        lang="de",
        body="""Hallo,

ich widerrufe meine Einwilligung zur Verarbeitung der Sprachaufnahmen meiner Mutter. Sie ist damit nicht mehr
einverstanden.

Viele Grüße
Ulrike Hahn
""",
        name="Ulrike Hahn",
        rights=["consent_withdrawal"],
        notes="German consent withdrawal on behalf of mother.",
    ),
    dict(
        from_="Sandra Prins <sandra.prins@outlook.example>",
        subject="gegevens moeder",
        client="outlook",
        body="""Goedemorgen,

Ik ben curator van mijn moeder, mevrouw Prins. Ik wil graag een overzicht van alle gegevens die jullie over haar
hebben vastgelegd, ook de gespreksverslagen. Het robotnummer is 38820.

Met vriendelijke groet,
Sandra Prins
""",
        name="Sandra Prins",
        robot="38820",
        rights=["access"],
        notes="Access on behalf of a ward.",
    ),
    dict(
        from_="HENDRIKA MOLENAAR <h.molenaar@planet.example>",
        subject="UIT DE COMPUTER",
        body="""GOEDENDAG
IK WIL DAT U MIJ UIT UW COMPUTER HAALT EN DAT U MIJ GEEN POST MEER STUURT
DE ROBOT IS AL TERUG
H MOLENAAR
""",
        name="Hendrika Molenaar",
        rights=["erasure"],
        notes="All caps, 'uit uw computer halen' = erasure. Name from From (full), ALL CAPS -> normal.",
    ),
    dict(
        from_="Kai Lehmann <kai.lehmann@mailbox.example>",
        subject="Konto",
        lang="de",
        body="""Hallo zusammen,

bitte löschen Sie mein Konto und alle meine Daten. Ich nutze die App nicht mehr.

Danke
Kai Lehmann
""",
        name="Kai Lehmann",
        rights=["erasure"],
        notes="German informal erasure.",
    ),
    dict(
        from_="Emily Watson <emily.watson@yahoo.example>",
        subject="Delete my account",
        lang="en",
        client="apple",
        body="""Hi, please delete my account and all the data you have on me. Thanks, Emily Watson

Sent from my iPhone
""",
        name="Emily Watson",
        rights=["erasure"],
        notes="Short English erasure from iPhone.",
    ),
    dict(
        from_="Rob Dijkstra <rob.dijkstra@uni.example>",
        subject="onderzoek",
        body="""Beste,

Ik heb gelezen dat jullie gegevens van gebruikers gebruiken voor wetenschappelijk onderzoek. Ik maak daar bezwaar
tegen: mijn gegevens mogen daar niet voor gebruikt worden.

Rob Dijkstra
""",
        name="Rob Dijkstra",
        rights=["objection"],
        notes="Objection to research use.",
    ),
    dict(
        from_="Giulia Romano <giulia.romano@libero.example>",
        subject="Richiesta di accesso ai dati",
        lang="mixed",
        body="""Gentili Signori,

ai sensi dell'art. 15 del Regolamento (UE) 2016/679 chiedo di ricevere copia dei dati personali che mi riguardano.

Distinti saluti
Giulia Romano
""",
        name="Giulia Romano",
        rights=["access"],
        notes="Italian access letter with article.",
    ),
    dict(
        from_="Bert Hofman <bert.hofman@ziggo.example>",
        subject="Re: vraag [TB-004700]",
        client="gmail",
        ticket="TB-004700",
        body="""Ik heb nog steeds niets ontvangen. Ik wil nog steeds alles zien wat jullie van mij bewaren.

Bert Hofman

Op vr 6 nov 2026 om 11:00 schreef Tinybots Helpdesk <help@tinybots.nl>:
> Beste heer Hofman,
> Wij hebben uw inzageverzoek ontvangen.
>
> """
        + "\n> ".join(FOOTER.split("\n"))
        + """
""",
        name="Bert Hofman",
        rights=["access"],
        notes="Follow-up restating the access request; quoted footer lists all rights.",
    ),
    dict(
        from_="Olivia Brown <olivia.brown@icloud.example>",
        subject="Where is my data stored?",
        lang="en",
        body="""Hello,

Which third parties do you share my data with, and in which country are the servers? I want to know before my
mother starts using the robot.

Olivia Brown
""",
        name="Olivia Brown",
        rights=["information"],
        notes="Information: recipients and transfers.",
    ),
    dict(
        from_="Lars Andersen <lars.andersen@online.example>",
        subject="complaint - please pause processing",
        lang="en",
        body="""Dear Tinybots,

I have filed a complaint about the wrong data in my profile. Please stop processing my data until the complaint
is resolved.

Best,
Lars Andersen
""",
        name="Lars Andersen",
        rights=["restriction"],
        notes="English restriction.",
    ),
    dict(
        from_="Wilma Kok <wilmakok@home.example>",
        subject="geen enquête meer",
        body="""hallo stop met die enquetes ik heb er geen zin in en ik wil ze nooit meer hebben
wilma kok
""",
        name="Wilma Kok",
        rights=["objection"],
        notes="'stop met de enquêtes' informal objection.",
    ),
    dict(
        from_="Johan Meerman <johan.meerman@ziggo.example>",
        subject="Inzage en correctie",
        client="outlook",
        body="""Geachte heer, mevrouw,

Ik wil graag inzage in mijn gegevens. Ik heb namelijk de indruk dat mijn geboortedatum verkeerd staat
(het moet 12-03-1944 zijn), wilt u die ook corrigeren?

Met vriendelijke groet,
J. Meerman
""",
        name="Johan Meerman",
        rights=["access", "rectification"],
        notes="Two rights; initials in sign-off, full name in From.",
    ),
]

TRAPS = [
    dict(
        from_="Annie Scholte <annie.scholte@kpnmail.example>",
        subject="vraag over privacy",
        body="""Goedemiddag,

Mijn kleindochter zegt dat ik recht heb op inzage in mijn gegevens. Hoe werkt dat eigenlijk bij jullie, en kost
dat iets?

Annie Scholte
""",
        name="Annie Scholte",
        notes="Asks ABOUT the right (how it works): not a request (possible at most).",
    ),
    dict(
        from_="Mark de Boer <m.deboer@dagblad.example>",
        subject="Persvraag: privacy zorgrobots",
        client="outlook",
        body="""Goedemiddag,

Ik ben journalist bij het Dagblad en schrijf over zorgrobots. Hoeveel inzage- en verwijderverzoeken krijgen jullie
per jaar? En hoe lang bewaren jullie de gesprekken van ouderen?

Met vriendelijke groet,
Mark de Boer
Redactie Dagblad | 020 - 555 12 34
""",
        name="Mark de Boer",
        phone="+31205551234",
        notes="Press question, not a rights request.",
    ),
    dict(
        from_="FG Zorggroep Oost <fg@zorggroep-oost.example>",
        subject="Verwerkersovereenkomst Tessa",
        client="outlook",
        body="""Geachte heer/mevrouw,

Als functionaris gegevensbescherming van Zorggroep Oost vraag ik u om een verwerkersovereenkomst voor het gebruik van
Tessa bij onze cliënten. Graag ontvangen wij daarbij een beschrijving van de beveiligingsmaatregelen en van de wijze
waarop u verzoeken om inzage, correctie en verwijdering van betrokkenen afhandelt.

Met vriendelijke groet,

Mr. Els Haverkamp
Functionaris Gegevensbescherming
Zorggroep Oost | 074 - 240 00 00
""",
        name="Els Haverkamp",
        phone="+31742400000",
        notes="Care organisation's DPO asking for a processing agreement.",
    ),
    dict(
        from_="Jaap Mol <jaap.mol@ziggo.example>",
        subject="nieuwe router",
        body="""Hallo,

We hebben een nieuwe router. Hoe kan ik de oude wifi-gegevens wissen uit de robot en de nieuwe invoeren?
Robotnr 55021

Jaap Mol
""",
        name="Jaap Mol",
        robot="55021",
        notes="Deleting wifi details is a device setting, not erasure.",
    ),
    dict(
        from_="Tineke Groen <tineke.groen@home.example>",
        subject="herinnering",
        body="""Beste,

Kunt u de herinnering van dinsdag verwijderen? Die is dubbel. En de naam van de huisarts is verkeerd gespeld in de
herinnering, graag aanpassen.

Tineke Groen
""",
        name="Tineke Groen",
        notes="Deleting/correcting a reminder is not erasure/rectification.",
    ),
    dict(
        from_="Kees Verbruggen <kees.verbruggen@planet.example>",
        subject="Re: robot geeft storing [TB-004555]",
        client="outlook",
        ticket="TB-004555",
        body="""Hij doet het weer, bedankt!

Kees Verbruggen

Van: Tinybots Helpdesk <help@tinybots.nl>
Verzonden: woensdag 4 november 2026 09:30
Aan: Kees Verbruggen
Onderwerp: robot geeft storing [TB-004555]

Beste heer Verbruggen,

Wilt u de robot herstarten?

Tinybots Helpdesk
"""
        + FOOTER
        + "\n",
        name="Kees Verbruggen",
        notes="Our privacy footer quoted in an Outlook quote without '>'.",
    ),
    dict(
        from_="Lisa van Dongen <l.vandongen@student.hu.example>",
        subject="afstudeeronderzoek AVG",
        body="""Beste Tinybots,

Voor mijn afstudeeronderzoek onderzoek ik hoe bedrijven omgaan met het recht op vergetelheid en het recht op
dataportabiliteit. Zou ik iemand mogen interviewen?

Met vriendelijke groet,
Lisa van Dongen
""",
        name="Lisa van Dongen",
        notes="Student question about rights.",
    ),
    dict(
        from_="Harm Jonker <harm.jonker@kpnmail.example>",
        subject="bezwaar prijsverhoging",
        body="""Geachte heer/mevrouw,

Ik maak bezwaar tegen de prijsverhoging per 1 januari. Dat is niet afgesproken. Ook is er dubbel afgeschreven.

Harm Jonker
""",
        name="Harm Jonker",
        notes="'bezwaar' against a price rise is not objection.",
    ),
    dict(
        from_="Ingrid Maas <ingrid.maas@gmail.example>",
        subject="Copy of invoice",
        lang="en",
        body="""Hi, could you send me a copy of the invoice for October? I need it for the insurance.
Ingrid Maas
""",
        name="Ingrid Maas",
        notes="Copy of an invoice is not access.",
    ),
    dict(
        from_="Gert Pronk <gert.pronk@home.example>",
        subject="abonnement opzeggen",
        body="""Beste,

Mijn moeder is vorige week overleden. Ik wil het abonnement opzeggen en de robot terugsturen. Robot Id 10077.

Gert Pronk
06-31 41 59 26
""",
        name="Gert Pronk",
        phone="+31631415926",
        robot="10077",
        notes="Cancelling after death, no data request.",
    ),
    dict(
        from_="Heinz Fischer <heinz.fischer@web.example>",
        subject="WLAN",
        lang="de",
        body="""Guten Tag,

wie kann ich die gespeicherten WLAN-Daten auf dem Roboter löschen? Wir haben einen neuen Router.

Gruß
Heinz Fischer
""",
        name="Heinz Fischer",
        notes="German wifi-data deletion: device setting.",
    ),
    dict(
        from_="Lies Bosman <lies.bosman@ziggo.example>",
        subject="app voor mijn dochter",
        body="""Hallo,

Mijn dochter wil ook toegang tot de app om de agenda van mijn robot te zien. Hoe regel ik dat?

Lies Bosman
""",
        name="Lies Bosman",
        notes="Access to the app is not the right of access.",
    ),
    dict(
        from_="Piet Ramaker <piet.ramaker@planet.example>",
        subject="welke rechten",
        body="""Geachte heer/mevrouw,

Kunt u mij uitleggen welke rechten ik heb op grond van de AVG? Bijvoorbeeld inzage, correctie of verwijdering?
Ik wil dat eerst weten voordat ik een robot neem.

P. Ramaker
""",
        name="Piet Ramaker",
        notes="Asks about rights, enumerates them; nothing requested.",
    ),
    dict(
        from_="Dorien Wassink <d.wassink@kpnmail.example>",
        subject="oud-medewerker uit de app",
        body="""Hoi,

Kunnen jullie mijn oud-collega Anja uit de app van mevrouw Terpstra halen? Ze werkt hier niet meer.

Dorien Wassink
""",
        name="Dorien Wassink",
        notes="Removing another person from the app.",
    ),
]
