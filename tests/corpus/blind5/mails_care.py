"""Care organisations: district nurses, coordinators, team mailboxes, Outlook HTML signatures, disclaimers."""

MSO_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
span.E-mailStijl17 {mso-style-type:personal-compose;}
@page WordSection1 {size:612.0pt 792.0pt;}
--></style></head>
<body lang="NL" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""
MSO_TAIL = "</div>\n</body>\n</html>\n"


def mso(*paragraphs: str) -> str:
    return "".join(f'<p class="MsoNormal">{p or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n' for p in paragraphs)


def sig_table(*rows: str, logo: str = "") -> str:
    cells = "".join(
        f'<tr><td style="padding:0cm"><p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">{r}'
        "</span><o:p></o:p></p></td></tr>\n"
        for r in rows
    )
    image = (
        f'<td rowspan="{len(rows)}" style="padding:0cm 10pt 0cm 0cm"><p class="MsoNormal"><img width="90" '
        f'height="40" src="cid:image001.png@01DB4A2C.5E1F0A30" alt="{logo}"></p></td>'
        if logo
        else ""
    )
    first, _, rest = cells.partition("</tr>\n")
    first = first.replace("<tr>", "<tr>" + image, 1)
    return (
        '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
        f"\n<tbody>\n{first}</tr>\n{rest}</tbody></table>\n"
    )


CARE = [
    dict(
        from_="Wijkteam Oost-Zuid <wijkteam.oostzuid@zorgcirkel-aa.example>",
        subject="Tessa mevr. Verhoef reageert niet op spraak",
        client="related",
        html=MSO_HEAD
        + mso(
            "Goedemorgen,",
            "",
            "Bij onze cliënte mevrouw Verhoef (robotnummer 41207) reageert Tessa sinds gisteren niet meer als zij "
            "iets vraagt. De herinneringen komen wel door. Mevrouw heeft zelf geen e-mail; wilt u contact "
            "opnemen met mij of met haar zoon Peter (06&nbsp;41&nbsp;22&nbsp;90&nbsp;17)?",
            "",
            "Met vriendelijke groet,",
            "",
        )
        + sig_table(
            "<b>Sanne Oosterwijk</b>",
            "Wijkverpleegkundige | Wijkteam Oost-Zuid",
            "T 0413&nbsp;-&nbsp;24&nbsp;58&nbsp;10&nbsp;&nbsp;|&nbsp;&nbsp;M 06&nbsp;-&nbsp;52&nbsp;83&nbsp;10&nbsp;44",
            "Werkdagen: ma, di, do",
            logo="Zorgcirkel Aa en Hunze - samen zorgen",
        )
        + MSO_TAIL,
        body="",
        name="Sanne Oosterwijk",
        phone="+31413245810",
        robot="41207",
        notes="Team mailbox, personal signature in an HTML table with a logo (alt text); client's son's number "
        "comes first in the text (third party). The writer's first number is the T line.",
    ),
    dict(
        from_="Marloes Tjin-A-Kwie | Buurtzorg Heuvelrug <m.tjinakwie@buurtzorgheuvel.example>",
        subject="Vraag over 3 robots in ons team",
        client="outlook",
        body="""Hallo Tinybots,

Ik ben zorgcoördinator en schrijf voor drie cliënten tegelijk, dat scheelt jullie en mij tijd:

1. Dhr. Baldewsingh, robotnr 30991: volume staat te zacht, kan dat op afstand omhoog?
2. Mw. de Groot-Vos, robotnr 31004: wil de ochtendvraag een uur later.
3. Mw. Hakkert, robotnr 30577: robot is naar haar dochter verhuisd (adres volgt).

Bellen mag op 0343 75 11 20 (teamtelefoon, vraag naar mij).

Groet,
Marloes Tjin-A-Kwie
Zorgcoördinator
Buurtzorg Heuvelrug
""",
        name="Marloes Tjin-A-Kwie",
        phone="+31343751120",
        robot="30991",
        notes="Coordinator for three clients: the first labelled robot id counts. Display name with '| "
        "organisation' is cut; hyphenated surname kept. Team phone given by the writer as hers to call.",
    ),
    dict(
        from_="Planning Thuiszorg De Linde <planning@delinde-thuiszorg.example>",
        subject="Robot dhr. Kersten terughalen",
        body="""Goedemiddag,

Namens wijkverpleegkundige Els Bouwmeester: de heer Kersten is per 1 december opgenomen in het verpleeghuis.
De robot (serienummer TB5-22817) kan opgehaald worden bij zijn dochter, mevrouw Kersten, tel. 06-19 28 37 46.

Met vriendelijke groet,

Team Planning
Thuiszorg De Linde
088 - 120 44 00
""",
        name=None,
        phone="+31881204400",
        robot="TB5-22817",
        notes="Team mailbox writing 'Namens' a nurse and signing with the team: no personal name of the writer "
        "(the nurse named is not the writer). Daughter's mobile is a third party; the team number is the "
        "writer's own.",
    ),
    dict(
        from_='"Kramer, Joost" <j.kramer@vvt-rivierenland.example>',
        subject="RE: [TB-260114] Robot mw. Sital",
        client="outlook",
        body="""Dag Tessa-helpdesk,

Dank voor het snelle antwoord. Ik ben vanmiddag bij mevrouw geweest en de robot doet het weer na opnieuw opstarten.
Jullie mogen het ticket sluiten.

Met vriendelijke groet,

Joost Kramer
Casemanager dementie
VVT Rivierenland | Locatie Tiel
Mobiel: +31 (0)6 2418 7755

****************************************************************************************
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht ontvangt,
wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren. VVT Rivierenland aanvaardt
geen aansprakelijkheid voor schade voortvloeiend uit het gebruik van e-mail. Dit bericht is automatisch
gescand op virussen. KvK 41012345.
****************************************************************************************

Van: Tinybots Helpdesk <help@tinybots.nl>
Verzonden: dinsdag 1 december 2026 09:12
Aan: Kramer, Joost <j.kramer@vvt-rivierenland.example>
Onderwerp: [TB-260114] Robot mw. Sital

Beste Joost,

Wilt u de robot (robotnummer 28814) even uit en weer aan zetten? Bel ons gerust op 020 123 4567.

Met vriendelijke groet,
Anouk
Tinybots Helpdesk
""",
        name="Joost Kramer",
        phone="+31624187755",
        robot=None,
        ticket="TB-260114",
        notes="'Last, First' display name; disclaimer with 'automatisch gescand' and a KvK number; the robot id "
        "is only in the quoted help-desk text (Outlook header without '>').",
    ),
    dict(
        from_="Ilse Wagenaar <ilse.wagenaar@zorggroep-noorderkwartier.example>",
        subject="Nieuwe cliënt: installatie Tessa",
        client="html",
        html=MSO_HEAD
        + mso(
            "Beste medewerker,",
            "",
            "Voor onze nieuwe cliënt, de heer A. Bosman (Dorpsstraat 12, Hoorn), willen wij graag een Tessa. "
            "Kunt u laten weten wanneer de installatie kan plaatsvinden? Zijn dochter Yvonne is contactpersoon: "
            "yvonne.bosman@ziggo.example, 06-30 11 48 92.",
            "",
            "Met vriendelijke groet,",
            "<b><span style='color:#00594F'>Ilse Wagenaar</span></b>",
            "<span style='font-size:9.0pt'>Zorgcoördinator wijkverpleging</span>",
            "<span style='font-size:9.0pt'>Zorggroep Noorderkwartier</span>",
            "<span style='font-size:9.0pt'>T:&nbsp;072&nbsp;527&nbsp;90&nbsp;00&nbsp;&nbsp;&nbsp; "
            "M:&nbsp;06&nbsp;1234&nbsp;8765</span>",
            "<span style='font-size:9.0pt'>Ik werk op maandag, woensdag en vrijdag.</span>",
            "",
            "<span style='font-size:7.5pt;color:gray'>De informatie in dit bericht is vertrouwelijk en "
            "uitsluitend bestemd voor de geadresseerde.</span>",
        )
        + MSO_TAIL,
        body="",
        name="Ilse Wagenaar",
        phone="+31725279000",
        robot=None,
        notes="HTML-only Outlook; daughter's number in the text is a third party; writer's first own number is "
        "the central T: line in the signature (first number of the writer).",
    ),
    dict(
        from_="zorgteam.westwijk@carinova-zorg.example",
        subject="robot kamer 2.14",
        body="""Hoi,

De robot van mw. Ramdin (Tessa nr 40066) zegt steeds 'geen verbinding'. Wifi in het gebouw werkt verder prima.
Graag even contact.

Gr. Femke Nijhuis, EVV'er
Zorgteam Westwijk
0570-68 44 10
""",
        name="Femke Nijhuis",
        phone="+31570684410",
        robot="40066",
        notes="From is a bare team address; the name only in the 'Gr.' sign-off line followed by a role. "
        "'kamer 2.14' in the subject is not a robot id.",
    ),
    dict(
        from_="Ruben Castelijn <r.castelijn@wijkverpleging-maas.example>",
        subject="Terugbelverzoek",
        client="outlook",
        body="""Goedemorgen,

Wilt u mij terugbellen over de robot van de heer Dekker? Serienr: 3340-A
Ik ben bereikbaar tussen 13 en 15 uur.

Met vriendelijke groet,

Ruben Castelijn
Wijkverpleegkundige
T +31 (0)10 - 455 12 90
www.wijkverpleging-maas.example

[cid:image001.png@01DB4A2C.5E1F0A30]
Volg ons op LinkedIn

Let op: deze e-mail kan vertrouwelijke informatie bevatten. Bent u niet de beoogde ontvanger, verwijder dan dit bericht.
""",
        name="Ruben Castelijn",
        phone="+31104551290",
        robot="3340-A",
        notes="Typo-ish short label 'Serienr:' with an id containing a dash; +31 (0)10 format with dashes.",
    ),
    dict(
        from_="Thuiszorg Zonnehof - Team Noord <noreply@zonnehof-portaal.example>",
        headers={"Reply-To": "Gerda Meulenbelt <g.meulenbelt@zonnehof.example>"},
        subject="Melding via ECD-portaal: storing hulpmiddel",
        body="""Er is een melding gemaakt via het cliëntportaal.

Soort melding: Storing hulpmiddel
Hulpmiddel: Tessa (Tinybots)
Robot-ID: 51120
Cliënt: mevr. J. Oudshoorn
Melder: Gerda Meulenbelt
Telefoon melder: 06 11 20 33 81
Toelichting: Robot zegt steeds dezelfde herinnering twee keer achter elkaar. Graag uitzoeken.

Dit bericht is verstuurd vanuit het ECD-portaal van Thuiszorg Zonnehof. U kunt niet antwoorden op dit adres;
gebruik het adres van de melder.
""",
        name="Gerda Meulenbelt",
        email="g.meulenbelt@zonnehof.example",
        phone="+31611203381",
        robot="51120",
        notes="Care organisation's no-reply portal relaying a nurse's report = customer (policy); email from "
        "Reply-To; looks automatic ('U kunt niet antwoorden').",
    ),
    dict(
        from_="Petra van Kesteren <p.vankesteren@zorgbalans.example>",
        subject="Doorst: robot mw. Lindhout",
        client="outlook",
        body="""Hallo,

Zie het bericht hieronder van de dochter van mw. Lindhout. Kunnen jullie haar helpen? Ik ben haar wijkverpleegkundige.
Mij bereik je op 023 - 891 20 40.

Petra van Kesteren

________________________________
Van: Marjan Lindhout <marjan.lindhout@hetnet.example>
Verzonden: maandag 30 november 2026 19:02
Aan: Petra van Kesteren
Onderwerp: robot mw. Lindhout

Hoi Petra, de robot van mama (robotnummer 44390) spreekt ineens Engels. Kun jij dat aan Tinybots doorgeven?
Groetjes Marjan, 06 48 20 11 93
""",
        name="Petra van Kesteren",
        phone="+31238912040",
        robot=None,
        notes="Nurse forwards a relative's mail inline with her note on top: the robot id and the daughter's "
        "phone are only in the forwarded text.",
    ),
    dict(
        from_="A. el Amrani <a.elamrani@thuiszorgstad.example>",
        subject="Tessa",
        body="""Goedendag,

Mijn collega heeft vorige week gebeld over de Tessa van dhr. Vlietstra. Hij is helaas overleden. Hoe gaat het
nu verder met het ophalen? De familie is bereikbaar via de zoon, dhr. R. Vlietstra, 0031 6 5566 7788.

Vriendelijke groet,
Aziza el Amrani
Thuiszorg Stad, afdeling hulpmiddelen
""",
        name="Aziza el Amrani",
        phone=None,
        robot=None,
        notes="Initial in From; full name only in the sign-off; particle 'el' lower-case. Only a third party's "
        "number (the son's).",
    ),
    dict(
        from_="Hanneke Brouwer <hanneke.brouwer@amaris-zorg.example>",
        subject="RE: Uitnodiging overleg",
        client="outlook",
        body="""Prima, donderdag om 10.00 uur past ons. Ik neem de robot van mw. Zijlstra mee (robot-id: 29073) zodat
we hem samen kunnen bekijken.

Groet, Hanneke

Hanneke Brouwer | Teamleider wijkzorg | Amaris Zorggroep
☎ 035-6 88 77 00 | ✉ hanneke.brouwer@amaris-zorg.example

Van: Tinybots Helpdesk [mailto:help@tinybots.nl]
Verzonden: woensdag 2 december 2026 14:20
Aan: Hanneke Brouwer
Onderwerp: Uitnodiging overleg

Beste Hanneke, zullen we donderdag om 10.00 uur overleggen? Groet, Tinybots
""",
        name="Hanneke Brouwer",
        phone="+31356887700",
        robot="29073",
        notes="Signature on one line with '|' separators and phone/mail symbols; number split as 035-6 88 77 00.",
    ),
    dict(
        from_="Klantcontact Zorgkantoor Midden <info@zorgkantoor-midden.example>",
        subject="Vraag over Tessa van een cliënt",
        body="""Geachte heer/mevrouw,

Een cliënt heeft bij ons gevraagd of de Tessa-robot vergoed wordt vanuit de Wlz. Kunt u ons informeren of er
een vergoedingsregeling is en met welke zorgverzekeraars u afspraken heeft?

Met vriendelijke groet,

namens Zorgkantoor Midden,
W. Hoekstra
Adviseur klantcontact
""",
        name=None,
        phone=None,
        robot=None,
        notes="Organisation mailbox; signed 'namens' the organisation with initial + surname only: no full "
        "name (policy: initials only).",
    ),
    dict(
        from_="Dewi Kartosen <dewi.kartosen@gmail.example>",
        subject="Robot oma",
        client="html",
        html="""<html><body><div dir="ltr">Hoi,<div><br></div><div>De robot van mijn oma doet het niet meer.
Robotnummer&nbsp;38812 staat op de sticker onderop.</div><div><br></div><div>Ik ben student verpleegkunde en help
haar. Bel gerust: 06&nbsp;-&nbsp;33&nbsp;44&nbsp;12&nbsp;09</div><div><br></div>
<div>Dewi</div></div></body></html>
""",
        body="",
        name="Dewi Kartosen",
        phone="+31633441209",
        robot="38812",
        notes="Gmail HTML-only; label and id joined by &nbsp;, phone split by &nbsp; and dashes; first name only "
        "in the sign-off, full name only in From.",
    ),
    dict(
        from_="Bas Heemskerk <b.heemskerk@zorgpartners-fr.example>",
        subject="Graag contact",
        client="outlook",
        body="""Goedemorgen,

Graag contact over de robot van mevrouw Dijkstra, ik weet het robotnummer niet uit mijn hoofd.

Met vriendelijke groet / With kind regards,

Bas Heemskerk
Zorgcoördinator | ZorgPartners Friesland
Postbus 1234 | 8900 AA Leeuwarden
T: 058 - 299 10 10

Disclaimer: Aan dit bericht kunnen geen rechten worden ontleend. Dit bericht is uitsluitend bestemd voor de
geadresseerde. Heeft u dit bericht per abuis ontvangen, dan verzoeken wij u de afzender te informeren en het bericht
te verwijderen. ZorgPartners Friesland verwerkt persoonsgegevens volgens de AVG; zie onze privacyverklaring.
""",
        name="Bas Heemskerk",
        phone="+31582991010",
        robot=None,
        rights=[],
        notes="Label word with no id; postbus and postcode in the signature are not ids; disclaimer with "
        "'rechten' and AVG words is not a request.",
    ),
    dict(
        from_="Yvonne Maas <y.maas@thuiszorgwest.example>",
        subject="Fwd: Doorgestuurd bericht: robot meneer Otten",
        body="""Ter info, kunnen jullie hier iets mee? Meneer Otten is mijn cliënt.
Yvonne Maas, wijkverpleegkundige, 06-87 65 43 21

---------- Doorgestuurd bericht ----------
Van: Gert Otten <gert.otten@kpnmail.example>
Datum: ma 30 nov 2026 om 20:14
Onderwerp: robot meneer Otten
Aan: Yvonne Maas <y.maas@thuiszorgwest.example>

Yvonne, de robot van vader (robotnummer 36120) piept de hele nacht. Mijn nummer is 06-19 19 19 20.
Gert
""",
        name="Yvonne Maas",
        phone="+31687654321",
        robot=None,
        notes="Gmail-style 'Doorgestuurd bericht' block: the son's id and phone are in forwarded text.",
    ),
    dict(
        from_="Coördinator Hulpmiddelen <hulpmiddelen@zorggroep-oost.example>",
        subject="Overzicht robots (3 cliënten)",
        client="html",
        html=MSO_HEAD
        + mso(
            "Beste Tinybots,",
            "",
            "Hieronder de robots waarvoor wij graag een update van de software willen:",
            "",
        )
        + """<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Cliënt</b></p></td><td><p class="MsoNormal"><b>Robot ID</b></p></td></tr>
<tr><td><p class="MsoNormal">Mw. Veenstra</p></td><td><p class="MsoNormal">47310</p></td></tr>
<tr><td><p class="MsoNormal">Dhr. Kok</p></td><td><p class="MsoNormal">47322</p></td></tr>
<tr><td><p class="MsoNormal">Mw. Aydin</p></td><td><p class="MsoNormal">47391</p></td></tr>
</table>
"""
        + mso(
            "",
            "Met vriendelijke groet,",
            "",
            "Nicole Brink",
            "Coördinator hulpmiddelen",
            "Zorggroep Oost",
            "053&nbsp;480&nbsp;22&nbsp;00",
        )
        + MSO_TAIL,
        body="",
        name="Nicole Brink",
        phone="+31534802200",
        robot="47310",
        notes="Robot ids in an HTML table under a 'Robot ID' column header (first id counts); team mailbox with "
        "a personal sign-off.",
    ),
    dict(
        from_="Lotte Verbeek <lotte.verbeek@evean-zorg.example>",
        subject="robot",
        body="""Is de robot van mw. Brandsma (ID robot 52003) al onderweg? Ze vraagt er elke dag naar.

Lotte Verbeek
Wijkverpleegkundige
06 – 4100 2299

Verzonden vanaf mijn iPhone""",
        name="Lotte Verbeek",
        phone="+31641002299",
        robot="52003",
        notes="'ID robot' label order; en dash in the phone number.",
    ),
    dict(
        from_="Erik Vos namens Zorgteam Horst <zorgteam.horst@proteion-zorg.example>",
        subject="Robot dhr. Peeters",
        client="outlook",
        body="""Beste,

De robot van dhr. Peeters (robotnummer: 39901) gaat telkens uit. De stekker zit goed. Wij zijn bereikbaar op
077 - 396 80 00 en na 17.00 uur op de dienstlijn 06 - 22 10 98 33.

Namens het zorgteam,
Erik Vos
""",
        name="Erik Vos",
        phone="+31773968000",
        robot="39901",
        notes="'X namens Team' display name (Exchange send-on-behalf): the writer is Erik Vos.",
    ),
    dict(
        from_="Sophie Dubois <s.dubois@soins-liege.example>",
        subject="Robot Tessa pour ma patiente",
        body="""Bonjour,

Je suis infirmière à domicile à Liège. Ma patiente, Mme Lambrecht, a un robot Tessa (numéro de série 60214)
qui ne parle plus. Pouvez-vous me rappeler au +32 4 221 33 10 ?

Merci d'avance,
Sophie Dubois
""",
        name="Sophie Dubois",
        phone="+3242213310",
        robot="60214",
        lang="mixed",
        notes="French-writing Belgian nurse; 'numéro de série' label; Belgian landline +32 4.",
    ),
    dict(
        from_="Zorgteam Noordoost <zorgteam.noordoost@vitalis-wijkzorg.example>",
        subject="Re: [TB-260321] geluid",
        body="""Het geluid is nu goed, bedankt!
Groet, team Noordoost

Op 3 dec. 2026 om 11:05 schreef Tinybots Helpdesk <help@tinybots.nl>:
> Beste zorgteam,
> We hebben het volume van robot 40177 op afstand verhoogd.
> Met vriendelijke groet, Tinybots Helpdesk, 020 123 4567
""",
        name=None,
        phone=None,
        robot=None,
        ticket="TB-260321",
        notes="Team mailbox, team sign-off: no person's name; everything else is in the quote.",
    ),
]

CARE += [
    dict(
        from_="Karin de Bruin <karin.debruin@buurtzorg-rijn.example>",
        subject="Tessa bij mevr. Lankhorst",
        client="related",
        html=MSO_HEAD
        + mso(
            "Hoi,",
            "",
            "Mevrouw Lankhorst vraagt of Tessa ook kan helpen met drinken (elk uur een herinnering). Haar "
            "robotnummer is 45590. Haar zoon heeft de app, hij heet Dennis.",
            "",
            "Hartelijke groet,",
            "Karin",
            "",
            '<img width="200" height="60" src="cid:image001.png@01DB4A2C.5E1F0A30" '
            'alt="Buurtzorg Rijn - zorg dichtbij">',
            "<span style='font-size:9.0pt'>Wijkverpleegkundige | 06&nbsp;45&nbsp;90&nbsp;12&nbsp;34 | "
            "bereikbaar ma t/m do</span>",
        )
        + MSO_TAIL,
        body="",
        name="Karin de Bruin",
        phone="+31645901234",
        robot="45590",
        notes="Logo image with alt text between the first-name sign-off and the role/phone line.",
    ),
    dict(
        from_="Wilma Stegeman <w.stegeman@zorggroep-salland.example>",
        subject="Re: robots nieuwe cliënten",
        client="outlook",
        body="""Hallo,

Zoals gevraagd in jullie mail met kenmerk [TB-260410]: de robotnummers zijn 50101 (mw. Poppe) en 50117 (dhr. Lubbers).
Beide cliënten zijn akkoord met de installatie op 14 december.

Wilma Stegeman
Zorgcoördinator
Zorggroep Salland
M 06 - 2929 1188
""",
        name="Wilma Stegeman",
        phone="+31629291188",
        robot="50101",
        ticket="TB-260410",
        notes="Ticket ref only in the body (no subject tag, no quote); two ids after one plural label.",
    ),
    dict(
        from_="Wijkverpleging Zuid <wv.zuid@zorgaandemaas.example>",
        subject="Robot dhr. Pinas",
        client="html",
        html="""<html><body><p>Goedemiddag,<br><br>Namens de heer Pinas: zijn Tessa (robotnr: 44002) praat sinds
gisteren in een andere stem. Hij schrikt ervan. Kunt u dit terugzetten?<br><br>Met vriendelijke groet,<br><br>
Mirjam Kalloe<br>Wijkverpleegkundige Zuid<br>Tel: 010&nbsp;-&nbsp;290&nbsp;33&nbsp;00</p>
<p style="font-size:8pt;color:#777">This e-mail and any attachments are confidential and may be legally
privileged. If you are not the intended recipient, please notify the sender and delete this e-mail. Zorg aan de
Maas is registered under number 24123456.</p></body></html>
""",
        body="",
        name="Mirjam Kalloe",
        phone="+31102903300",
        robot="44002",
        notes="Team mailbox, 'Namens de heer Pinas' (client named, not the writer), English disclaimer.",
    ),
    dict(
        from_="Care Abroad Services <office@careabroad-services.example>",
        subject="Tessa robot for our client Mr. van Dalen",
        body="""Dear Sir/Madam,

We are a home-care agency for Dutch expats on the Costa Blanca. Our client Mr. van Dalen brought his Tessa
(serial no. 39120) from the Netherlands. Does the robot work on a Spanish mobile internet router?

Kind regards,

Elena Martínez
Care coordinator
Care Abroad Services S.L.
Tel. +34 965 12 34 56""",
        name="Elena Martínez",
        phone="+34965123456",
        robot="39120",
        lang="en",
        notes="Agency mailbox; coordinator signs; Spanish landline; 'serial no.' label.",
    ),
    dict(
        from_="Team Zuid <team.zuid@thuiszorg-vechtdal.example>",
        subject="robot mw Kuiper",
        body="""Goedemorgen,

Mw. Kuiper heeft haar robot per ongeluk op de grond laten vallen. Het scherm is gebarsten. Robot nummer 37719.
Wat zijn de mogelijkheden?

Met vriendelijke groet, namens team Zuid,
Mieke Hol
0523 - 62 10 10""",
        name="Mieke Hol",
        phone="+31523621010",
        robot="37719",
        notes="'namens team Zuid' on the same line as the greeting; personal name under it; label 'Robot nummer'.",
    ),
    dict(
        from_="Tim Hartman <t.hartman@wijkzorg-ede.example>",
        subject="tessa dhr. Arslan",
        body="""robot-nr: 46011. dhr Arslan zegt dat robot niet meer praat sinds stroomstoring. graag bellen 0612345099

Tim Hartman, wijkverpleegkundige

Verzonden vanuit Outlook voor Android""",
        name="Tim Hartman",
        phone="+31612345099",
        robot="46011",
        notes="Short nurse mail from Outlook for Android; id at the very start; phone without spaces.",
    ),
    dict(
        from_="L. Koopmans <l.koopmans@ergo-praktijk.example>",
        subject="Advies Tessa voor cliënt",
        client="outlook",
        body="""Geachte heer/mevrouw,

Als ergotherapeut adviseer ik een cliënt met beginnende dementie over hulpmiddelen. Is het mogelijk om een Tessa
twee weken op proef te gebruiken? Graag ontvang ik informatie over de kosten.

Met vriendelijke groet,

drs. Lianne Koopmans
Ergotherapeut
Ergotherapiepraktijk De Hoeve
T 0318 - 69 88 77 | M 06 - 14 25 36 47""",
        name="Lianne Koopmans",
        phone="+31318698877",
        notes="Initial-only display name; title 'drs.' before the full name in the signature.",
    ),
    dict(
        from_="Anton Veldhuis <a.veldhuis@zorgkring-twente.example>",
        subject="Re: [TB-260433] Robot terug naar magazijn",
        client="outlook",
        body="""Goedemorgen,

Akkoord, de koerier mag de robot donderdag ophalen bij de cliënt. Zijn dochter is thuis: 06 - 90 00 11 22.

Met vriendelijke groet,
Anton Veldhuis
Casemanager dementie

Van: Tinybots Helpdesk <help@tinybots.nl>
Verzonden: vrijdag 4 december 2026 09:30
Aan: Anton Veldhuis <a.veldhuis@zorgkring-twente.example>
Onderwerp: [TB-260433] Robot terug naar magazijn

Beste heer Veldhuis, kan de koerier robot 30067 donderdag ophalen? Met vriendelijke groet, Tinybots Helpdesk
""",
        name="Anton Veldhuis",
        phone=None,
        ticket="TB-260433",
        notes="Only a third party's phone (the client's daughter) in the new text; id only in the quote.",
    ),
]
