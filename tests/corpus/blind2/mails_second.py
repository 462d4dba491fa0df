"""Second blind set: written after the fixes, before measuring them, to see whether they generalise."""

SECOND = [
    dict(
        from_="Ans Timmer <ans.timmer@kpnmail.example>",
        subject="tessa doet raar",
        body="""Hallo,

De Tessa van mijn schoonmoeder (nummer 61120) herhaalt alles twee keer.
Mijn telefoon is 06 19 28 37 46.

Ans Timmer
""",
        name="Ans Timmer",
        phone="+31619283746",
        robot="61120",
        notes="Owner phrase then a bracket with 'nummer'.",
    ),
    dict(
        from_="Cor Wessels <cor.wessels@ziggo.example>",
        subject="robot",
        body="""Beste,

Het serienummer van onze robot is TS-2024-0315, hij staat in de gang. Hij reageert niet op de knop.

Cor Wessels
""",
        name="Cor Wessels",
        robot="TS-2024-0315",
        notes="'serienummer van onze robot is'.",
    ),
    dict(
        from_="Yara Hendrix <yara.hendrix@gmail.example>",
        subject="Robot of my grandmother",
        lang="en",
        client="gmail",
        body="""Hi,

The robot of my grandmother (ID 45-881) stopped talking. Her neighbour Mrs. B. Smit (tel. 0575 512 345) checked the plug.
Please call me on 06 21 82 93 04.

Thanks, Yara Hendrix
""",
        name="Yara Hendrix",
        phone="+31621829304",
        robot="45-881",
        notes="English owner phrase; neighbour's phone after an initial.",
    ),
    dict(
        from_="Gijs Lubbers <gijs.lubbers@home.example>",
        subject="nieuw nummer",
        body="""Goedemiddag,

Ons telefoonnummer is veranderd. Oud: 0544-351234, nieuw: 0544-359876. Graag aanpassen.

Gijs Lubbers
""",
        name="Gijs Lubbers",
        phone="+31544359876",
        rights=["rectification"],
        notes="Old/new number; asks to update his number (rectification of own data).",
    ),
    dict(
        cls="auto_reply",
        from_="Sandra Bleeker <s.bleeker@zorgcentrum.example>",
        subject="Afwezig",
        body="""Ik ben tot maandag 23 november afwezig en lees mijn mail niet. Voor vragen over cliënten kunt u bellen met de afdeling, 0570 123 456.
""",
        notes="NL out-of-office without headers, one line.",
    ),
    dict(
        cls="auto_reply",
        from_="Peter Hall <p.hall@council.example>",
        subject="Away",
        lang="en",
        body="""I am away from the office until 30 November and will not be checking my email. Your message will not be forwarded.
""",
        notes="EN OOO without headers.",
    ),
    dict(
        cls="auto_reply",
        from_="secretariaat@huisartsen-oost.example",
        subject="Re: robot mevrouw Bos",
        body="""Dit e-mailadres wordt niet meer gelezen. Stuur uw bericht naar info@huisartsen-oost.example.
""",
        notes="Unused mailbox notice.",
    ),
    dict(
        cls="bulk",
        from_="Rabobank <klantenservice@rabo-veilig.example>",
        subject="Belangrijk: uw betaalpas",
        body="""Geachte klant,

Uw betaalpas is geblokkeerd wegens verdachte activiteit. Klik op de onderstaande link om uw pas te deblokkeren.

Rabobank
""",
        notes="Bank phishing.",
    ),
    dict(
        cls="bulk",
        from_="DHL Express <noreply@dhl-zending.example>",
        subject="Uw zending staat klaar",
        body="""Uw zending is tegengehouden bij de douane. Betaal de invoerrechten (€ 2,95) binnen 24 uur via https://dhl-zending.example/pay.
""",
        notes="Parcel phishing from a noreply sender.",
    ),
    dict(
        cls="bulk",
        from_="Seniorenwijzer <redactie@seniorenwijzer.example>",
        subject="Seniorenwijzer november",
        body="""Beste lezer,

In deze editie: valpreventie, de nieuwste hulpmiddelen en een puzzel.

U kunt zich hier afmelden voor de nieuwsbrief.
""",
        notes="Newsletter without headers.",
    ),
    dict(
        cls="bulk",
        from_="Klanttevredenheid <survey@zorgverzekeraar.example>",
        subject="Uw mening telt",
        lang="de",
        body="""Sehr geehrte Damen und Herren,

wie zufrieden sind Sie mit unserem Service? Nehmen Sie an unserer kurzen Umfrage teil: https://umfrage.example/x1

Vielen Dank!
""",
        notes="German survey.",
    ),
    dict(
        from_="Rinus de Wit <rinus.dewit@planet.example>",
        subject="weg met mijn gegevens",
        body="""Ik wil niet dat jullie nog langer mijn gegevens hebben nu de robot weg is.
Rinus de Wit
""",
        name="Rinus de Wit",
        rights=["erasure"],
        notes="Informal erasure variant.",
    ),
    dict(
        from_="Agnieszka Nowak <a.nowak@wp.example>",
        subject="Wniosek o dostęp do danych",
        lang="mixed",
        body="""Szanowni Państwo,

na podstawie art. 15 Rozporządzenia (UE) 2016/679 proszę o przekazanie kopii moich danych osobowych.

Z poważaniem
Agnieszka Nowak
""",
        name="Agnieszka Nowak",
        rights=["access"],
        notes="Polish access with the regulation number.",
    ),
    dict(
        from_="Jos Kampen <jos.kampen@ziggo.example>",
        subject="privacy",
        body="""Goedendag,

Ik las in de krant dat ik recht heb op verwijdering van mijn gegevens. Hoe gaat dat bij jullie?

Jos Kampen
""",
        name="Jos Kampen",
        notes="Reported right plus how-to: not a confirmed request (possible at most).",
    ),
    dict(
        from_="Femke Dijk <femke.dijk@outlook.example>",
        subject="Re: app",
        client="outlook",
        body="""Hoi,

In mijn profiel in de app staat nog mijn oude e-mailadres. Hoe pas ik dat aan?

Femke Dijk
""",
        name="Femke Dijk",
        notes="Profile in the app: not automated decision; a how-to.",
    ),
    dict(
        from_="Harry Stam <harry.stam@home.example>",
        subject="gegevens bekijken",
        body="""Goedemiddag, ik wil graag zien welke gegevens jullie over mij bewaren. Harry Stam, 06-44556677
""",
        name="Harry Stam",
        phone="+31644556677",
        rights=["access"],
        notes="Access with 'zien'.",
    ),
    dict(
        from_="Dhr. K.L. Brink <kl.brink@hetnet.example>",
        subject="storing",
        body="""Geachte,

De robot (nr. 30112) piept de hele nacht.

Met vriendelijke groet,
Klaas Brink
""",
        name="Klaas Brink",
        robot="30112",
        notes="Initials in From; product word with nr. in brackets.",
    ),
    dict(
        from_="Wendela Groot <w.groot@buurtzorg.example>",
        subject="cliënt mw. Veen",
        client="b64",
        body="""Hoi,

Bij mw. J. Veen (dochter: 06-10203040) werkt de robot niet. Robot Id: 52231. Ik ben bereikbaar op 06-50607080.

Wendela Groot
Wijkverpleegkundige

Verzonden vanaf mijn Samsung Galaxy-smartphone.
""",
        name="Wendela Groot",
        phone="+31650607080",
        robot="52231",
        notes="Daughter's number in brackets; own number later.",
    ),
    dict(
        from_="Marcel Roos <marcel.roos@xs4all.example>",
        subject="Tessa 88014",
        body="""Hallo, zie onderwerp: de robot van mijn moeder start niet meer op na de update van gisteren.
Marcel Roos
""",
        name="Marcel Roos",
        robot="88014",
        notes="Product word + id in the subject.",
    ),
    dict(
        from_="Ingeborg Maier <i.maier@gmx.example>",
        subject="Datenlöschung",
        lang="de",
        body="""Sehr geehrte Damen und Herren,

gemäß Art. 17 DSGVO fordere ich Sie auf, sämtliche mich betreffenden personenbezogenen Daten unverzüglich zu löschen.

Mit freundlichen Grüßen
Ingeborg Maier
""",
        name="Ingeborg Maier",
        rights=["erasure"],
        notes="German erasure with article.",
    ),
    dict(
        from_="Pauline Vermeer <pauline.vermeer@kpnmail.example>",
        subject="herinneringen",
        body="""Kunt u alle herinneringen van vorige week wissen? Ze zijn verouderd. Robotnummer 40510.
Pauline Vermeer
""",
        name="Pauline Vermeer",
        robot="40510",
        notes="Deleting reminders: not erasure.",
    ),
    dict(
        from_="Ton Bakker <ton.bakker@gmail.example>",
        subject="reclame",
        body="""Ik wil geen reclame meer van jullie ontvangen en ook niet dat jullie mijn adres daarvoor gebruiken.
Ton Bakker
""",
        name="Ton Bakker",
        rights=["objection"],
        notes="Objection to marketing.",
    ),
    dict(
        from_="Lucy Wong <lucy.wong@hotmail.example>",
        subject="Data request",
        lang="en",
        body="""Hello, I would like a copy of all personal data you hold about my late father, Mr. Wong. I am the executor of his estate.
Lucy Wong
""",
        name="Lucy Wong",
        rights=["access"],
        notes="Access for a deceased parent's estate.",
    ),
    dict(
        from_="Hans Koster <hans.koster@planet.example>",
        subject="bezwaar",
        body="""Ik maak bezwaar tegen de rekening van oktober, daar staat twee keer de huur op.
Hans Koster
""",
        name="Hans Koster",
        notes="'bezwaar' against an invoice.",
    ),
]
