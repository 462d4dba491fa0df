"""Writers of many kinds (grandchild, mantelzorger, practice assistant, caretaker, volunteer, administrator, family
abroad), in many clients and encodings. Customer mail without privacy requests."""

from __future__ import annotations

from mails_a2 import WRITERS_2
from words import q

WRITERS: list[dict] = [
    dict(
        frm="Sem Verhoeven <semverhoeven03@gmail.example>",
        subj="tessa van oma zegt niks meer",
        mime="alt",
        style="gmail",
        body="""Hallo,

Ik mail namens mijn oma, mevrouw Verhoeven-Lub, zij heeft zelf geen mail. Haar Tessa nr 31207 zegt sinds
zaterdag niks meer, het lampje brandt wel blauw. Oma's vaste nummer is 0475-331208 maar ze hoort de telefoon
vaak niet, dus bel liever mij: 06 19 28 37 46.

Groetjes,
Sem Verhoeven
(kleinzoon)
""",
        name="Sem Verhoeven",
        phone="+31619283746",
        robot="31207",
        notes="Grandchild for grandma; grandma's landline comes first and is a third party.",
    ),
    dict(
        frm="Yvonne Jansen-de Boer <yvonnejdb@hotmail.example>",
        subj="Vraag over de robot van mijn buurman",
        mime="html",
        style="outlook",
        cs="windows-1252",
        cte="qp",
        body="""Goedemiddag,

Als mantelzorger van mijn buurman (87) help ik hem met de \u201cTessa\u201d die hij via de gemeente heeft
gekregen. Hij vraagt of hij de eigen bijdrage van \u20ac 12,50 per maand ook per kwartaal kan betalen.
De robot staat op robotnummer TS-40118 volgens de sticker onderop.

U kunt mij bellen (bereikbaar na 18u) op 06-2233 4455.

Vriendelijke groet,
Yvonne Jansen-de Boer
""",
        name="Yvonne Jansen-de Boer",
        phone="+31622334455",
        robot="TS-40118",
        notes="Outlook.com HTML-only, windows-1252 QP with curly quotes and euro sign; double-barrelled name.",
    ),
    dict(
        frm="Huisartsenpraktijk De Brink <assistentes@hapdebrink.example>",
        subj="Tessa mw. Hulshof",
        mime="related",
        style="outlook",
        body="""Geachte heer/mevrouw,

Mevrouw Hulshof (tel. 0573-441122) gaf aan dat haar Tessa de medicijnherinnering van 08:00 niet meer geeft.
Robotnummer cliënt: 22871. Haar dochter regelt de app, maar is op vakantie. Kunt u kijken of er iets
mis is aan jullie kant?

Met vriendelijke groet,

Doktersassistente
Marloes Verbeek
Huisartsenpraktijk De Brink
T 0573 - 45 21 90 (ma-vr 8.00-17.00)
""",
        name="Marloes Verbeek",
        phone="+31573452190",
        robot="22871",
        notes="Practice mailbox; name after the job title; the client's number comes first (third party); "
        "Outlook signature logo as multipart/related.",
    ),
    dict(
        frm="Ferhat Yilmaz | Woonstichting Het Anker <f.yilmaz@hetanker.example>",
        subj="Stopcontact bij robot bewoner Ankerplein 12",
        mime="html",
        style="ox",
        body="""Beste Tinybots,

Bij een bewoner op Ankerplein 12 (postcode 8017 KP) moet ik de groep van de woonkamer een uur uitzetten
voor werkzaamheden op 14-12. Kan de robot daar tegen of moet ik iets doen? Op de sticker staat serienummer
TB-2026-0117.

Mvg,
F. Yilmaz
huismeester Het Anker
Mobiel dienst: 06 48 59 60 71
""",
        name="Ferhat Yilmaz",
        phone="+31648596071",
        robot="TB-2026-0117",
        notes="Housing-corporation caretaker, Ziggo webmail HTML-only; organisation cut from the display name; "
        "serial starting with TB- is no ticket ref; postcode, house number and date traps.",
    ),
    dict(
        frm="Gerda Wassink <gerda.wassink@yahoo.example>",
        subj="bezoek bij mevrouw Oldenkamp",
        mime="alt",
        style="yahoo",
        body="""Hallo,

Ik ben vrijwilliger bij Stichting Samen Thuis en kom wekelijks bij mevrouw Oldenkamp. Zij vroeg me om te
mailen omdat de robot haar 's avonds twee keer aan dezelfde afspraak herinnert. Het robotnummer weet ik
niet, ik zit nu niet bij haar.

Ik ben alleen via WhatsApp bereikbaar: +31 6 1357 2468

Groet, Gerda Wassink
""",
        name="Gerda Wassink",
        phone="+31613572468",
        robot=None,
        notes="Volunteer via Yahoo; WhatsApp-only number still is her number; 'robotnummer weet ik niet'.",
    ),
    dict(
        frm="Bewindvoering Ter Horst <info@bewindterhorst.example>",
        subj="Factuur 2026-04417 cliënt dhr. Lamers",
        mime="alt",
        style="outlook",
        body="""Geachte heer, mevrouw,

Als bewindvoerder van de heer J. Lamers ontving ik uw factuur 2026-04417 van 18 november. Het bedrag wijkt
af van de afspraak met de gemeente. Wilt u de factuur opnieuw bekijken? Het gaat om de robot met robot-id
55012, geleverd op Dorpsstraat 7.

Met vriendelijke groet,

mr. Anne-Claire ter Horst
Bewindvoerder
Bewindvoering Ter Horst
085 - 303 22 10
""",
        name="Anne-Claire ter Horst",
        phone="+31853032210",
        robot="55012",
        notes="Administrator's office mailbox; title 'mr.' before the name; invoice number and date traps.",
    ),
    dict(
        frm="Lieve De Smedt <lieve.desmedt@telenet.example>",
        subj="Tessa van mijn tante in Sluis",
        body="""Dag Tinybots,

Ik ben de mentor van mijn tante in Sluis. Haar Tessa-nummer: 60391. Sinds de verhuis naar haar nieuwe
studio krijgt de robot geen verbinding meer met de wifi. Kunnen jullie mij eens opbellen? Mijn GSM is
+32 476 12 34 56, overdag ben ik op het werk.

Vriendelijke groeten,
Lieve De Smedt
""",
        name="Lieve De Smedt",
        phone="+32476123456",
        robot="60391",
        notes="Flemish mentor; Belgian GSM with +32; Flemish capitalised 'De' is part of the surname.",
    ),
    dict(
        frm=f"{q('Jörg Müller', 'iso-8859-1')} <joerg.mueller@gmx.example>",
        subj="Tessa meiner Mutter",
        cs="iso-8859-1",
        cte="qp",
        lang="de",
        body="""Sehr geehrte Damen und Herren,

der Roboter meiner Mutter in Enschede (Seriennummer: 44120) spricht seit dem Update nur noch sehr leise.
Die Nummer meiner Mutter: 053-4312876. Mich erreichen Sie unter +49 (0)231 9876543.

Mit freundlichen Grüßen
Jörg Müller
""",
        name="Jörg Müller",
        phone="+492319876543",
        robot="44120",
        notes="German son, GMX, iso-8859-1 QP body, RFC 2047 Q iso-8859-1 display name; mother's number first.",
    ),
    dict(
        frm="Claire Whitfield <claire.whitfield@icloud.example>",
        subj="Dad's Tessa keeps rebooting",
        mime="alt",
        style="apple",
        lang="en",
        body="""Hi there,

I live in Leeds but look after my father's Tessa remotely. His Tessa ID: 51874. Since Monday it reboots
every hour or so. He is in Zwolle, so you'd need a Dutch number to call: mine is 06-1122 3344 (my
husband's is 06 9988 7766 if I don't pick up).

Many thanks,
Claire
--
Claire Whitfield
""",
        name="Claire Whitfield",
        phone="+31611223344",
        robot="51874",
        notes="English writer with Dutch phone formats; husband's number second; Apple Mail alternative.",
    ),
    dict(
        frm='"Vries, Pieter de" <p.devries@gemeente-oldambt.example>',
        subj="Robot 27731 piept elke nacht",
        mime="alt",
        style="outlook",
        body="""Goedemorgen,

Zoals in het onderwerp: de robot van mijn moeder piept elke nacht rond drie uur. Zij woont zelfstandig in
Winschoten. Ik werk bij de gemeente, maar dit mail ik als zoon.

Met vriendelijke groet,

Pieter de Vries
050 - 314 15 92
""",
        name="Pieter de Vries",
        phone="+31503141592",
        robot="27731",
        notes="'Surname, First particle' display name; robot id in the subject ('Robot 27731').",
    ),
    dict(
        frm="Henk Bosman <hbosman@kpnmail.example>",
        subj="Tessa geeft verkeerde tijd",
        mime="html",
        style="zimbra",
        body="""Beste mensen,

Sinds de wintertijd zegt onze Tessa alles een uur te vroeg. Robotnr. 10923.
Wij zijn de hele dag thuis, tel. 0318 - 61 22 33.

Hartelijke groet,
Henk en Ria Bosman
""",
        name="Henk Bosman",
        phone="+31318612233",
        robot="10923",
        notes="A couple signing together; the From display name is the writer's full name (KPN webmail HTML).",
    ),
    dict(
        frm="jeroen.vandermeulen@xs4all.example",
        subj="robot",
        body="""hoi

mijn robot (48120) hangt al een dag op het opstartscherm. stekker eruit en erin geprobeerd.

Jeroen
""",
        name=None,
        phone=None,
        robot="48120",
        notes="No display name; the full name only in the address and a first-name sign-off: no name.",
    ),
    dict(
        frm="Thea Kuipers <thea.kuipers@ziggo.example>",
        subj="terugbellen aub",
        body="""Goedendag,

Wilt u mij terugbellen over de robot van mijn man, nummer weet ik niet uit mijn hoofd. Mijn nummer is 06 12
34 56 78, ik ben de hele middag thuis.

Thea Kuipers

Verzonden vanaf mijn Galaxy
""",
        name="Thea Kuipers",
        phone="+31612345678",
        robot=None,
        notes="Phone number wrapped over two lines; no robot id ('nummer weet ik niet').",
    ),
]
WRITERS += WRITERS_2
