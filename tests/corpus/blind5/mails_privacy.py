"""Privacy content: real requests (often by family members) and traps that only look like one."""

PRIVACY = [
    dict(
        from_="Gerard Hofland <gerard.hofland@kpnmail.example>",
        subject="Gegevens van mijn moeder",
        body="""Geachte heer/mevrouw,

Mijn moeder, mevrouw W. Hofland-Dekker, gebruikt sinds 2025 een Tessa (robotnummer 30342). Ik heb een
volmacht van haar. Graag ontvang ik een kopie van alle persoonsgegevens die Tinybots van haar heeft vastgelegd,
inclusief de logboeken van de robot.

Met vriendelijke groet,
Gerard Hofland
Tel. 06-30 42 11 98""",
        name="Gerard Hofland",
        phone="+31630421198",
        robot="30342",
        rights=["access"],
        notes="Son with power of attorney asks a copy of his mother's data: access on behalf of someone else.",
    ),
    dict(
        from_="Kirsten Albers <kirsten.albers@gmail.example>",
        subject="Robot retour en gegevens wissen",
        client="gmail",
        body="""Hallo,

Mijn vader is op 20 november overleden. De robot (serienummer 41166) hebben we gisteren ingepakt voor retour.
Wilt u het abonnement stopzetten en ook al zijn gegevens, spraakopnames en de agenda definitief verwijderen?
Wij willen niet dat er nog iets van hem bewaard blijft.

Met vriendelijke groet,
Kirsten Albers (dochter)
06 51 00 22 33""",
        name="Kirsten Albers",
        phone="+31651002233",
        robot="41166",
        rights=["erasure"],
        notes="Cancelling after a death is not a right, but the explicit request to delete all his data is erasure.",
    ),
    dict(
        from_="Paul Westra <paul.westra@outlook.example>",
        subject="Brief voor mijn moeder?",
        body="""Goedemiddag,

Mijn moeder is ervan overtuigd dat de robot haar afluistert. Ik heb haar uitgelegd dat dat niet zo is, maar
misschien kunt u haar een korte brief sturen waarin dat staat? Dan gelooft ze het eerder. Haar adres heeft u.
Robotnummer 36001.

Groet,
Paul Westra""",
        name="Paul Westra",
        robot="36001",
        rights=[],
        notes="Trap: about whether the robot records, but he asks for a reassurance letter, no rights request.",
    ),
    dict(
        from_="Monique Harms <monique.harms@ziggo.example>",
        subject="Klacht over de wijkverpleging",
        body="""Geachte Tinybots,

Ik wil een klacht indienen. De wijkverpleegkundige van mijn vader heeft zonder te vragen in de app van de
robot gekeken en daarna met de buren over zijn medicijnen gepraat. Dat vind ik een schending van zijn privacy.
Ik weet dat jullie daar niets aan kunnen doen, maar kunt u mij vertellen hoe ik de toegang van de thuiszorg tot de
app kan intrekken? Robotnummer 33009.

Met vriendelijke groet,
Monique Harms""",
        name="Monique Harms",
        robot="33009",
        rights=[],
        notes="Trap: privacy complaint about a nurse; removing another person's app access is not a right.",
    ),
    dict(
        from_="Henk-Jan Smits <hj.smits@xs4all.example>",
        subject="Vraag n.a.v. uw privacyverklaring",
        body="""Goedendag,

In uw privacyverklaring staat: "U heeft het recht om uw persoonsgegevens in te zien, te laten corrigeren of te
verwijderen. Ook heeft u het recht om bezwaar te maken tegen de verwerking." Prima, daar gaat mijn vraag niet over.

Mijn vraag: de batterij van de robot van mijn tante (robot ID 29981) gaat maar een uur mee. Is dat normaal?

Met vriendelijke groet,
Henk-Jan Smits
0575 - 51 88 10""",
        name="Henk-Jan Smits",
        phone="+31575518810",
        robot="29981",
        rights=[],
        notes="Trap: quotes the privacy statement's rights, asks about the battery.",
    ),
    dict(
        from_="Sarah Klein <sarah.klein@posteo.example>",
        subject="Auskunft über gespeicherte Daten meines Vaters",
        body="""Sehr geehrte Damen und Herren,

als Betreuerin meines Vaters, Herrn Dieter Klein (Roboter-ID 50012), bitte ich gemäß Art. 15 DSGVO um Auskunft
über alle zu seiner Person gespeicherten Daten sowie um eine Kopie dieser Daten.

Mit freundlichen Grüßen
Sarah Klein
Tel. +49 40 3344 5566""",
        name="Sarah Klein",
        phone="+494033445566",
        robot="50012",
        rights=["access"],
        lang="de",
        notes="German access request by a legal guardian.",
    ),
    dict(
        from_="David Cohen <david.cohen@mail.example>",
        subject="Please delete my mother's account",
        body="""Hello,

My mother (Mrs Esther Cohen, Amstelveen) stopped using Tessa last month. Please close her account and erase all
personal data you hold about her and about me as her contact person. Please confirm in writing when done.

Regards,
David Cohen""",
        name="David Cohen",
        rights=["erasure"],
        lang="en",
        notes="English erasure request for mother and himself.",
    ),
    dict(
        from_="Wendy Bosch <wendy.bosch@kpnmail.example>",
        subject="Geen onderzoek met gegevens van mijn vader",
        body="""Beste Tinybots,

Ik las in de nieuwsbrief dat u gebruiksgegevens van robots inzet voor onderzoek met de universiteit. Ik wil niet
dat de gegevens van mijn vader (robotnummer 27700) daarvoor ooit gebruikt worden. Graag bevestiging.

Wendy Bosch
06 50 70 12 12""",
        name="Wendy Bosch",
        phone="+31650701212",
        robot="27700",
        rights=["objection"],
        notes="Permanent 'never use for research' = objection.",
    ),
    dict(
        from_="Frits Boer <frits.boer@hetnet.example>",
        subject="Prijsverhoging",
        body="""Geachte heer/mevrouw,

Hierbij maak ik bezwaar tegen de prijsverhoging per 1 januari. In het contract staat dat ik recht heb op een
vaste prijs gedurende het eerste jaar. Robotnummer 31515.

Frits Boer""",
        name="Frits Boer",
        robot="31515",
        rights=[],
        notes="Trap: 'bezwaar' against a price rise and a contractual 'recht op'.",
    ),
    dict(
        from_="Jolanda van Rijn <jolanda.vanrijn@telfort.example>",
        subject="Re: [TB-260222] verkeerde naam",
        body="""Beste Anouk,

In de app en op de robot staat mijn moeder nog steeds als 'Johanna van Rhijn' met h. Het moet 'Johanna van Rijn'
zijn, zonder h, en haar geboortedatum klopt ook niet (het is 12-03-1938). Wilt u dat in uw administratie
aanpassen?

Groet, Jolanda van Rijn

Op 2 dec. 2026 om 10:00 schreef Tinybots Helpdesk <help@tinybots.nl>:
> Beste mevrouw Van Rijn, wij hebben de naam aangepast. U heeft recht op inzage en correctie van uw gegevens,
> zie tinybots.nl/privacy. Met vriendelijke groet, Anouk
""",
        name="Jolanda van Rijn",
        ticket="TB-260222",
        rights=["rectification"],
        notes="Correction of the mother's name and date of birth = rectification (restated request in a reply); "
        "the quoted footer's rights words do not count.",
    ),
    dict(
        from_="Ahmed Benali <a.benali@hotmail.example>",
        subject="toestemming intrekken",
        body="""Hallo,

Bij de installatie heb ik toestemming gegeven dat Tinybots de gebruiksgegevens van mijn vader deelt met de
thuiszorg. Die toestemming trek ik hierbij in. De thuiszorg hoeft niet meer te zien wanneer hij zijn pillen neemt.

Ahmed Benali
06-12 00 34 56""",
        name="Ahmed Benali",
        phone="+31612003456",
        rights=["consent_withdrawal"],
        notes="Withdrawal of consent for sharing with the care organisation.",
    ),
    dict(
        from_="Truus Overbeek <truus.overbeek@kpnmail.example>",
        subject="herinnering verwijderen",
        body="""Goedemorgen, kunt u de herinnering 'naar de kapper' van dinsdag verwijderen? Mijn moeder gaat niet meer.
En de naam van de kapper klopt ook niet, kunt u die verbeteren?
Truus Overbeek, robotnr 40808""",
        name="Truus Overbeek",
        robot="40808",
        rights=[],
        notes="Trap: deleting and correcting a reminder is not a rights request.",
    ),
    dict(
        from_="Lisa van der Meulen <lisa.vdmeulen@gmail.example>",
        subject="Welke gegevens slaat Tessa op?",
        body="""Hoi,

Voordat we een Tessa nemen voor mijn opa wil ik graag weten welke gegevens de robot verzamelt, waar die worden
opgeslagen (binnen de EU?), hoe lang jullie ze bewaren en met wie ze gedeeld worden.

Alvast bedankt,
Lisa van der Meulen""",
        name="Lisa van der Meulen",
        rights=["information"],
        notes="Questions about what is collected, where, retention and recipients = information.",
    ),
    dict(
        from_="Rob Tuinman <rob.tuinman@ziggo.example>",
        subject="Stop met mailen",
        body="""Ik ontvang steeds tevredenheidsonderzoeken en reclame van jullie. Ik wil nooit meer enquêtes of
aanbiedingen ontvangen en wil niet dat mijn gegevens daarvoor nog worden gebruikt.

R. Tuinman""",
        name="Rob Tuinman",
        rights=["objection"],
        notes="Permanent objection to surveys/marketing; initial + surname sign-off, full name in From.",
    ),
    dict(
        from_="Marianne Roelofs <m.roelofs@zorgbalans.example>",
        subject="Verwerkersovereenkomst Tessa",
        client="outlook",
        body="""Goedemiddag,

Voor onze aanbesteding hulpmiddelen 2027 ontvangen wij graag uw verwerkersovereenkomst en uw laatste
ISO 27001-certificaat. Graag uiterlijk 15 januari.

Met vriendelijke groet,

Marianne Roelofs
Inkoper zorg | Zorgbalans
T 023 - 891 20 00""",
        name="Marianne Roelofs",
        phone="+31238912000",
        rights=[],
        notes="Trap: procurement request for a DPA and a certificate (not a right).",
    ),
    dict(
        from_="Jeroen Pauwels <jeroen.pauwels@telenet.example>",
        subject="Stop gebruik gegevens tot het duidelijk is",
        body="""Goedendag,

Ik ben de bewindvoerder van mevrouw De Smet (robot-id 48001). Ik twijfel of zij destijds zelf toestemming kon
geven voor het gebruik van de robot. Tot dat is uitgezocht wil ik dat u haar gegevens niet verder gebruikt,
alleen bewaart.

Met vriendelijke groet,
Jeroen Pauwels
+32 9 233 44 55""",
        name="Jeroen Pauwels",
        phone="+3292334455",
        robot="48001",
        rights=["restriction"],
        notes="'Stop until it is sorted out' = restriction, by an administrator; Belgian landline.",
    ),
]
