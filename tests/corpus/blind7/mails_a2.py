"""Writers, second part (see mails_a.py)."""

from __future__ import annotations

from words import b

WRITERS_2: list[dict] = [
    dict(
        frm="Bram Hoekman <bram.hoekman@planet.example>",
        subj="storing Tessa",
        body="""Hallo,

Bel bij voorkeur mijn dochter Lotte (06-55443322), zij weet er meer van. Anders mij: 0228-512345.
Tessanummer 38006.

Bram Hoekman
""",
        name="Bram Hoekman",
        phone="+31228512345",
        robot="38006",
        notes="The daughter's number comes first; the writer's own landline second.",
    ),
    dict(
        frm="Ans van Rijn <ansvanrijn@live.example>",
        subj="nergens bereikbaar",
        mime="html",
        style="outlook",
        body="""Hallo,

Ik heb vanochtend drie keer 020 123 4567 gebeld maar er nam niemand op. De robot van mijn zus (robot nr.
70214) praat niet meer. Mijn nummer: 06 7766 5544.

Ans van Rijn
""",
        name="Ans van Rijn",
        phone="+31677665544",
        robot="70214",
        notes="The help desk's own number comes first in the text.",
    ),
    dict(
        frm="Wilma Scholten <w.scholten@kpnplanet.example>",
        subj="Bestelling 100234 / robot-id",
        body="""Goedemiddag,

Mijn bestelnummer is 100234, besteld op 12-03-2026 en betaald van NL12 ABCD 0123 4567 89. Afleveradres
Lindelaan 5, 3511 AB Utrecht. Nu blijkt de lader niet te passen op de robot. De robot-id: 33108.

Met vriendelijke groet,
Wilma Scholten
""",
        name="Wilma Scholten",
        phone=None,
        robot="33108",
        notes="Order number, date, IBAN fragment and postcode before the labelled robot id.",
    ),
    dict(
        frm="Sandra Visscher <sandra.visscher@outlook.example>",
        subj="FW: bericht van de thuiszorg",
        fwd=dict(
            frm="Planning Thuiszorg Zuid <planning@thuiszorgzuid.example>",
            to="sandra.visscher@outlook.example",
            subj="Tessa mw. Visscher",
            body="""Beste Sandra,

De robot van je moeder (Robot ID: 60022) gaf vanochtend een foutmelding. Kun je contact opnemen met
Tinybots? Ons nummer is 076-5123400.

Groet, planning""",
        ),
        body="""Hallo,

Zie het doorgestuurde bericht van de thuiszorg. Wat moet ik doen?

Sandra Visscher
""",
        name="Sandra Visscher",
        phone=None,
        robot=None,
        notes="Robot id and a phone only inside the forwarded message/rfc822: no value from there.",
    ),
    dict(
        frm="Carla Mulder <carla.mulder@gmail.example>",
        subj="Re: [TB-000871] Tessa laadt niet op",
        mime="alt",
        style="gmail",
        headers={"In-Reply-To": "<tb.000871.2@tinybots.nl>"},
        body="""Hoi,

Ik heb het gedaan zoals u schreef maar hij laadt nog steeds niet.

Groet, Carla Mulder

Op vr 27 nov 2026 om 14:02 schreef Tinybots Helpdesk <help@tinybots.nl>:
> Beste mevrouw Mulder,
>
> Wilt u de robot (robotnummer 41230) 30 seconden van de stroom halen?
>
> Met vriendelijke groet,
> Helpdesk Tinybots | 020 123 4567
""",
        name="Carla Mulder",
        phone=None,
        robot=None,
        ref="TB-000871",
        notes="Robot id only in the quoted help-desk reply; ticket ref in the subject.",
    ),
    dict(
        frm="Kees Brouwer <kees.brouwer@hetnet.example>",
        subj="Retourformulier robotnr 22904",
        att=[("application/pdf", "retourformulier_tessa.pdf", None)],
        body="""Zie bijlage.
Groet, Kees Brouwer
""",
        name="Kees Brouwer",
        phone=None,
        robot="22904",
        notes="One line and a PDF; the robot id only in the subject.",
    ),
    dict(
        frm="Marieke Smits <marieke.smits@icloud.example>",
        subj="Lampje",
        att=[("image/jpeg", "IMG_4411.jpeg", None)],
        body="""Dit lampje knippert rood sinds vanochtend

Verstuurd vanaf mijn iPhone
""",
        name="Marieke Smits",
        phone=None,
        robot=None,
        notes="Only a photo and one line from an iPhone.",
    ),
    dict(
        frm="Noor Benali <n.benali@revalidatie-oost.example>",
        subj="Tessa bij ontslag cliënt",
        mime="related",
        style="outlook",
        html="""<html><body><p class="MsoNormal">Beste helpdesk,</p>
<p class="MsoNormal">Een cliënt gaat volgende week met ontslag naar huis. Zijn Tessa-nummer is 70455. Kan de
robot al voor 14 december op zijn thuisadres worden ingesteld?</p>
<p class="MsoNormal">Met vriendelijke groet,</p>
<table border="0" cellpadding="0"><tr><td><img src="cid:image001.png@01DB1234.5678ABCD" alt="Revalidatie Oost">
</td><td><b>Noor Benali</b><br>Ergotherapeut<br>Revalidatiecentrum Oost<br>T&nbsp;+31&nbsp;(0)88&nbsp;123&nbsp;45
&nbsp;67<br>Werkdagen: ma, di, do</td></tr></table></body></html>
""",
        body="""Beste helpdesk,

Een cliënt gaat volgende week met ontslag naar huis. Zijn Tessa-nummer is 70455. Kan de robot al voor 14
december op zijn thuisadres worden ingesteld?

Met vriendelijke groet,

Noor Benali
Ergotherapeut
Revalidatiecentrum Oost
T +31 (0)88 123 45 67
""",
        name="Noor Benali",
        phone="+31881234567",
        robot="70455",
        notes="Occupational therapist; HTML table signature with &nbsp; in the number and a logo image.",
    ),
    dict(
        frm="Rik Tromp <rik.tromp@freedom.example>",
        subj="robot van pa",
        mime="alt",
        style="gmail",
        text="""Hallo,

De Tessa van mijn vader (Tessa ID 80317) staat na de stroomstoring in het Engels.

Rik
""",
        body="""Hallo,

De Tessa van mijn vader (Tessa ID 80317) staat na de stroomstoring in het Engels.

Rik
--
Rik Tromp
06-2468 1357
""",
        name="Rik Tromp",
        phone="+31624681357",
        robot="80317",
        notes="Text and HTML parts differ: the signature with the phone is only in the HTML part.",
    ),
    dict(
        frm="GERRIT TER BRAAK <g.terbraak@yahoo.example>",
        subj="WIFI",
        mime="html",
        style="yahoo",
        body="""GOEDEMIDDAG

WIJ HEBBEN EEN NIEUW WIFI KASTJE VAN ZIGGO. HOE KRIJG IK DE ROBOT WEER AAN HET NET. ROBOTNUMMER 29981.

G. TER BRAAK
0546 - 87 65 43
""",
        name="Gerrit ter Braak",
        phone="+31546876543",
        robot="29981",
        notes="ALL CAPS display name and body (Yahoo HTML-only); the particle goes lower case.",
    ),
    dict(
        frm=f"{b('Renée Verbruggen-Claes', 'iso-8859-1')} <renee.vc@skynet.example>",
        subj="Problème avec le robot de ma mère",
        cs="iso-8859-1",
        cte="b64",
        lang="fr",
        body="""Bonjour,

Le robot de ma mère à Maastricht ne parle plus depuis la coupure de courant. Numéro de série : 57120.
Vous pouvez me joindre au +32 2 512 34 56 (bureau) ou par mail.

Bien à vous,
Renée Verbruggen-Claes
""",
        name="Renée Verbruggen-Claes",
        phone="+3225123456",
        robot="57120",
        notes="RFC 2047 B iso-8859-1 display name, base64 iso-8859-1 body; Belgian landline; 'Numéro de série'.",
    ),
    dict(
        frm="Tobias Keller <t.keller@web.example>",
        subj="Roboter-ID 66210 - Lautstärke",
        lang="de",
        mime="alt",
        style="ox",
        body="""Hallo,

mein Vater wohnt in Venlo und hat eine Tessa. Die Lautstärke lässt sich in der App nicht mehr ändern.
Können Sie das aus der Ferne einstellen?

Viele Grüße
Tobias Keller
Tel. 0049 2821 44 55 66
""",
        name="Tobias Keller",
        phone="+492821445566",
        robot="66210",
        notes="web.de-style HTML alternative; robot id only in the subject ('Roboter-ID'); 0049 number.",
    ),
    dict(
        frm="Fatma Demir <fatma.demir@hotmail.example>",
        subj="Tessa van mijn schoonmoeder",
        att=[
            (
                "text/vcard",
                "Fatma Demir.vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Demir;Fatma;;;\r\n"
                "FN:Fatma Demir\r\nTEL;TYPE=CELL:+31 6 3344 5566\r\nEMAIL:fatma.demir@hotmail.example\r\n"
                "END:VCARD\r\n",
            )
        ],
        plain_core=True,
        mime="alt",
        body="""Hallo,

Mijn schoonmoeder spreekt weinig Nederlands. Kan Tessa ook Turks spreken? Haar robotnummer is 35590.
Bel me gerust: 06 3344 5566.

Fatma Demir
""",
        name="Fatma Demir",
        phone="+31633445566",
        robot="35590",
        notes="vCard attachment repeating the signature's number.",
    ),
]
