"""Ordinary customer mail without any privacy request (the base rate for possible requests), and two automatic
mails."""

PEOPLE = [
    dict(
        from_="Gerda Hulshof <gerda.hulshof@kpnmail.example>",
        subject="robot praat niet meer",
        body="""Goedemorgen,

Sinds gisteren zegt de robot niets meer. Het lampje brandt wel. Robotnummer 41203.

Gerda Hulshof
""",
        name="Gerda Hulshof",
        robot="41203",
        notes="Plain fault report.",
    ),
    dict(
        from_="Piet Landman <piet.landman@ziggo.example>",
        subject="herinnering medicijnen",
        body="""Hallo,

Hoe stel ik een extra herinnering in voor de medicijnen van mijn vrouw om 20:00? In de app zie ik alleen de
ochtend.

Groet,
Piet Landman
""",
        name="Piet Landman",
        notes="How-to question about reminders.",
    ),
    dict(
        from_="Sarah Mitchell <sarah.mitchell@gmail.example>",
        subject="Delivery date",
        lang="en",
        body="""Hi,

When will the robot for my mother be delivered? We ordered it on 20 November.

Thanks,
Sarah Mitchell
""",
        name="Sarah Mitchell",
        notes="Delivery question.",
    ),
    dict(
        from_="Ans Wolters <ans.wolters@home.example>",
        subject="factuur dubbel",
        body="""Goedendag,

Ik heb deze maand twee keer betaald voor het abonnement. Kunt u het teveel betaalde terugstorten?

Ans Wolters
06-41 88 20 17
""",
        name="Ans Wolters",
        phone="+31641882017",
        notes="Double charge; own mobile in the signature.",
    ),
    dict(
        from_="Rudi Claes <rudi.claes@telenet.example>",
        subject="volume",
        body="""Dag,

De robot staat te hard. Kan het volume lager zonder de app? Mijn schoonvader heeft geen smartphone.

Rudi Claes
""",
        name="Rudi Claes",
        notes="Volume question.",
    ),
    dict(
        from_="Wijkverpleging Noord <wijk.noord@thuiszorg-stad.example>",
        subject="Installatie bij cliënt",
        client="outlook",
        body="""Goedemiddag,

Kunnen jullie de robot van onze cliënt mevrouw Dekker opnieuw installeren? Ze is verhuisd naar een aanleunwoning.
Tessa-nummer 33871.

Met vriendelijke groet,
Saskia Hendriksen
Wijkverpleegkundige Thuiszorg Stad
""",
        name="Saskia Hendriksen",
        robot="33871",
        notes="Nurse asks for reinstallation; 'verhuisd' is the client's, not a rectification request.",
    ),
    dict(
        from_="Jürgen Maas <juergen.maas@web.example>",
        subject="WLAN Verbindung",
        lang="de",
        body="""Guten Tag,

der Roboter verliert jeden Abend die WLAN-Verbindung. Was kann ich tun? Seriennummer TS-20917.

Mit freundlichen Grüßen
Jürgen Maas
""",
        name="Jürgen Maas",
        robot="TS-20917",
        notes="German wifi fault.",
    ),
    dict(
        from_="Mieke van Os <mieke.vanos@planet.example>",
        subject="opzeggen",
        body="""Beste mensen,

Wij willen het abonnement per 1 januari opzeggen, mijn vader gaat naar een verpleeghuis. Hoe gaat dat met het
terugsturen van de robot?

Mieke van Os
""",
        name="Mieke van Os",
        notes="Cancellation, no data request.",
    ),
    dict(
        from_="Hugo Dekkers <hugo.dekkers@gmail.example>",
        subject="Dank!",
        body="""Hallo,

Ik wilde even laten weten dat mijn moeder heel blij is met Tessa. Ze praat er de hele dag tegen.

Hugo Dekkers
""",
        name="Hugo Dekkers",
        notes="Thank-you mail.",
    ),
    dict(
        from_="Elaine Porter <elaine.porter@yahoo.example>",
        subject="Robot keeps repeating",
        lang="en",
        body="""Hello,

Tessa repeats the same reminder three times in a row. Robot ID 44910. Could you have a look?

Elaine Porter
""",
        name="Elaine Porter",
        robot="44910",
        notes="English fault report.",
    ),
    dict(
        from_="Riet Hoogendoorn <riet.hoogendoorn@online.example>",
        subject="oplader",
        body="""Goedemiddag,

Kan ik een tweede oplader bestellen? Wat kost die?

Riet Hoogendoorn
""",
        name="Riet Hoogendoorn",
        notes="Order question.",
    ),
    dict(
        from_="Frits Ekelmans <frits.ekelmans@hetnet.example>",
        subject="app werkt niet",
        body="""Hallo,

De app start niet meer na de update van vandaag. Ik heb een iPhone 12.

Frits Ekelmans
""",
        name="Frits Ekelmans",
        notes="App fault.",
    ),
    dict(
        from_="Thomas Berger <thomas.berger@gmx.example>",
        subject="Rechnung",
        lang="de",
        body="""Hallo,

können Sie mir die Rechnung für November noch einmal schicken? Ich finde sie nicht mehr.

Thomas Berger
""",
        name="Thomas Berger",
        notes="Copy of an invoice (German).",
    ),
    dict(
        from_="Jacqueline Vos <jacqueline.vos@kpnmail.example>",
        subject="demo",
        body="""Goedemorgen,

Ik werk als casemanager dementie en wil graag een demonstratie van Tessa voor ons team plannen. Kan dat in januari?

Met vriendelijke groet,
Jacqueline Vos
Casemanager Dementie
""",
        name="Jacqueline Vos",
        notes="Demo request.",
    ),
    dict(
        from_="Arie Molenaar <arie.molenaar@zeelandnet.example>",
        subject="stem",
        body="""Hallo,

Kan de stem van de robot ook een mannenstem worden? Mijn vader verstaat een lagere stem beter.

Arie Molenaar
""",
        name="Arie Molenaar",
        notes="Settings question.",
    ),
    dict(
        from_="Sophie Laurent <sophie.laurent@orange.example>",
        subject="Robot en français ?",
        lang="mixed",
        body="""Bonjour,

Est-ce que Tessa peut parler français ? Ma grand-mère habite à Maastricht mais parle surtout français.

Merci,
Sophie Laurent
""",
        name="Sophie Laurent",
        notes="French language question.",
    ),
    dict(
        from_="Dirk Hamers <dirk.hamers@ziggo.example>",
        subject="Re: [TB-004633] robot piept",
        ticket="TB-004633",
        body="""Het piepen is gestopt na het herstarten. Bedankt voor de hulp!

Dirk Hamers
""",
        name="Dirk Hamers",
        notes="Short thanks in a ticket.",
    ),
    dict(
        from_="Margreet Bakker <margreet.bakker@live.example>",
        subject="vakantie",
        body="""Hallo,

Mijn moeder gaat drie weken naar mijn zus. Kan de robot mee, of moeten we iets aanpassen aan de wifi daar?

Margreet Bakker
""",
        name="Margreet Bakker",
        notes="Travel question.",
    ),
    dict(
        from_="Kevin O'Brien <kevin.obrien@eircom.example>",
        subject="Price for a second robot",
        lang="en",
        body="""Hi,

What would a second robot cost for my father-in-law? Is there a discount for a second subscription?

Kevin O'Brien
""",
        name="Kevin O'Brien",
        notes="Sales question, apostrophe in the name.",
    ),
    dict(
        from_="Hennie Groot <hennie.groot@kpnmail.example>",
        subject="robot valt uit",
        client="b64",
        body="""hallo

de robot valt steeds uit als de stofzuiger aan staat. robot nr 29044. wat moet ik doen

hennie groot
""",
        name="Hennie Groot",
        robot="29044",
        notes="Fault report, base64 body.",
    ),
    dict(
        from_="Annemiek Prins <annemiek.prins@kpnmail.example>",
        subject="Automatisch antwoord: Uw bestelling",
        cls="auto_reply",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Ik ben tot en met 4 januari afwezig en lees mijn mail niet. Voor dringende zaken kunt u mijn collega
bellen.
""",
        notes="Out-of-office with Auto-Submitted.",
    ),
    dict(
        from_="Zorgportaal Zuid <noreply@zorgportaal-zuid.example>",
        subject="Bevestiging ontvangst",
        cls="auto_reply",
        headers={"Auto-Submitted": "auto-generated", "X-Autoreply": "yes"},
        body="""Uw bericht is ontvangen. Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.
Uw gegevens worden verwerkt volgens de AVG. U heeft recht op inzage en correctie.
""",
        notes="Acknowledgement auto-reply with rights words: no rights for non-customer classes.",
    ),
]
