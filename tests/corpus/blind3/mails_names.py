"""Customer mails about who is writing: display names, sign-offs and signatures (no rights)."""

NAMES = [
    dict(
        from_="Dhr. R.J. Smit <r.j.smit@kabelnet.example>",
        subject="Tessa blijft piepen",
        body="""Goedenavond,

Sinds vanmiddag piept de Tessa van mijn moeder elke paar minuten. Uitzetten helpt niet, na het aanzetten
begint het weer. Wat kan ik doen?

m.vr.gr.
Roelof Smit
""",
        name="Roelof Smit",
        notes="Title and initials in From; 'm.vr.gr.' sign-off with the full name.",
    ),
    dict(
        from_='"Smit, R." <rsmit1952@planet.example>',
        subject="Geluid te zacht",
        client="outlook",
        body="""Beste meneer, mevrouw,

Mijn vrouw hoort de robot slecht. Kan het geluid harder dan de stand die nu is ingesteld?

Met vriendelijke groeten,

Rinus Smit
Beukenlaan 7
3941 CD Doorn
""",
        name="Rinus Smit",
        notes="'Last, I.' display name (initial only); full name in the sign-off; address lines are not a name.",
    ),
    dict(
        from_="Oma Ans <ans.kuipers44@hetnet.example>",
        subject="de robot",
        body="""hallo daar

mijn kleindochter heeft de robot ingesteld maar nu zegt hij elke ochtend goedemorgen om 5 uur dat is te vroeg
kan dat later

groetjes van ans kuipers
""",
        name="Ans Kuipers",
        notes="Nickname display name; lower-case name after 'groetjes van'.",
    ),
    dict(
        from_="Fam. de Vries <devries.thuis@zeelandnet.example>",
        subject="Vraag over abonnement",
        body="""Goedemorgen,

Wij willen graag weten wat het abonnement per maand kost als we de robot na een jaar willen houden.

Vriendelijke groet,
Jaap de Vries
""",
        name="Jaap de Vries",
        notes="'Fam.' abbreviation display name; the signer is the customer.",
    ),
    dict(
        from_="Thuiszorg Noord - Team 4 <team4@thuiszorg-noord.example>",
        subject="Tessa bij cliënt gaat steeds uit",
        client="outlook",
        body="""Goedemiddag,

Bij een cliënt van ons team gaat de Tessa sinds het weekend om de paar uur uit. De stekker zit goed in het
stopcontact.

Hartelijke groet,

Femke Zandstra
Verzorgende IG | Team 4
Thuiszorg Noord
""",
        name="Femke Zandstra",
        notes="Team mailbox with a dash and a number in the display name; the person signs with her role.",
    ),
    dict(
        from_="info <info@bakkerij-mulder.example>",
        subject="robot van mijn vader",
        body="""Hallo Tinybots,

Ik mail even vanaf het adres van de zaak. De robot van mijn vader spreekt opeens Engels. Hoe zet ik dat terug?

Groet, Sjoerd Mulder
""",
        name="Sjoerd Mulder",
        notes="Display name 'info' (role mailbox); name on the same line as 'Groet,'.",
    ),
    dict(
        from_="Henk Veldkamp <henk.veldkamp@caiway.example>",
        subject="Tessa herinnering koffie",
        body="""Goedendag,

Mijn man heeft dit mailadres, maar ik schrijf u namens ons beiden. De herinnering voor de koffie om tien uur
komt twee keer achter elkaar. Kan dat één keer worden?

Met vriendelijke groet,
Gerda Veldkamp-Bos
""",
        name="Gerda Veldkamp-Bos",
        notes="Shared mailbox: the husband's name in From, the wife writes and signs with a double surname.",
    ),
    dict(
        from_="Dr. Annemarie Holtkamp <a.holtkamp@huisartsen-oost.example>",
        subject="Tessa voor een patiënt",
        client="outlook",
        body="""Geachte collega's,

Een van mijn patiënten gebruikt een Tessa. Kunnen huisartsen meekijken met de herinneringen die zijn
ingesteld, of loopt dat altijd via de familie?

Met collegiale groet,

Dr. A. Holtkamp
Huisarts
""",
        name="Annemarie Holtkamp",
        notes="Title 'Dr.' before a full name in From; sign-off has only the initial. Name = 'First Last' without the title.",
    ),
    dict(
        from_="MARGA TEN BRINK <margatenbrink@ziggo.example>",
        subject="WIFI",
        body="""GOEDEMIDDAG

IK HEB EEN NIEUW WIFI KASTJE GEKREGEN VAN ZIGGO EN NU DOET DE ROBOT HET NIET MEER.
KOMT ER IEMAND LANGS?

MARGA TEN BRINK
""",
        name="Marga ten Brink",
        notes="ALL CAPS display name and text with a particle ('ten' lower-case in the label).",
    ),
    dict(
        from_="Wolfgang Richter <w.richter@gmx.example>",
        subject="Tessa - Spracheinstellung",
        lang="de",
        body="""Guten Tag,

meine Schwiegermutter wohnt in Venlo und hat eine Tessa. Sie spricht Deutsch und Niederländisch. Kann man
die Sprache der Robotin auf Deutsch umstellen?

Mit freundlichen Grüßen

Wolfgang Richter
""",
        name="Wolfgang Richter",
        notes="German writer, standard German closing.",
    ),
    dict(
        from_="Fiona <fiona.mcallister@mailbox.example>",
        subject="Quick question re reminders",
        lang="en",
        body="""Hi,

Can Tessa remind my gran to drink water every two hours, or is there a limit to the number of reminders?

Cheers,
Fiona McAllister
""",
        name="Fiona McAllister",
        notes="First-name-only display name; English 'Cheers,' sign-off gives the full name.",
    ),
    dict(
        from_="Ingrid en Paul Hermsen <hermsen.ip@home.example>",
        subject="Tessa verhuizen",
        body="""Hallo,

Onze moeder gaat verhuizen naar een aanleunwoning. Kunnen wij de Tessa zelf meenemen en opnieuw aansluiten?

Groeten,
Paul Hermsen
""",
        name="Paul Hermsen",
        notes="Two people in the display name; Paul signs.",
    ),
    dict(
        from_="Marijke Oosterhuis <marijke.oosterhuis@kpnmail.example>",
        subject="Robot zegt niks",
        client="iphone",
        body="""Hoi,

De robot van mijn schoonvader zegt sinds gisteren helemaal niets meer. Lampje is blauw.

Marijke

Verstuurd vanaf mijn iPhone
""",
        name="Marijke Oosterhuis",
        notes="First-name sign-off followed by the iPhone footer; full name from From.",
    ),
    dict(
        from_="ir. B.W. van Aalst <bw.vanaalst@tudelft-alumni.example>",
        subject="Tessa en netwerkinstellingen",
        client="outlook",
        body="""Geachte heer/mevrouw,

Welke poorten moet ik openzetten in de firewall van mijn vader zodat de Tessa verbinding maakt? Hij heeft
een eigen router met strikte instellingen.

Hoogachtend,

ir. Bart van Aalst
""",
        name="Bart van Aalst",
        notes="'ir.' title with initials in From; 'Hoogachtend,' and the full name with title in the sign-off.",
    ),
    dict(
        from_="Mevr. drs. C. Lambregts <c.lambregts@zeelandnet.example>",
        subject="Kosten",
        body="""Goedemorgen,

Ik had een vraag over de factuur van november: er staat een bedrag op van € 39,95 maar ik had € 29,95 verwacht.

Met vriendelijke groet,
Corine Lambregts
""",
        name="Corine Lambregts",
        notes="Two titles and an initial in From; the full name in the sign-off.",
    ),
    dict(
        from_="Prof. Hendrik Wiersma <h.wiersma@umcg-extern.example>",
        subject="Research question",
        lang="en",
        body="""Dear Tinybots team,

I supervise a master's student who would like to interview informal carers about Tessa. Would your company
be open to a short conversation?

Kind regards,
Hendrik Wiersma
""",
        name="Hendrik Wiersma",
        notes="'Prof.' title in From; sign-off has the plain full name.",
    ),
    dict(
        from_="Gerrit <gerrit.hoekman@online.example>",
        subject="herinnering",
        body="""Goedemiddag,

Kan de robot ook zeggen dat het vuilnis buiten moet op dinsdagavond?

Groetjes,
Gerrit Hoekman
Verzonden vanaf mijn Galaxy
""",
        name="Gerrit Hoekman",
        notes="First name in From; full name after 'Groetjes,' with a Galaxy footer below.",
    ),
    dict(
        from_="Sanne Brouwer | Zorgcentrum De Linde <s.brouwer@delinde.example>",
        subject="Aanvraag tweede robot",
        client="outlook",
        body="""Goedemorgen,

Wij willen voor een tweede bewoner een Tessa aanvragen. Wat is de levertijd op dit moment?

Met vriendelijke groet,

Sanne Brouwer
Coördinator welzijn
Zorgcentrum De Linde
""",
        name="Sanne Brouwer",
        notes="Organisation after a pipe in the display name (cut).",
    ),
    dict(
        from_="l.de.groot@telfort.example",
        subject="Robot moeder",
        body="""Beste,

Ik ben de dochter van mevrouw De Groot uit Gouda. Mijn moeder vindt de stem van Tessa te snel. Kan dat
langzamer?

Groetjes Liesbeth de Groot
""",
        name="Liesbeth de Groot",
        notes="Bare address in From; name on the 'Groetjes' line; the mother is named only by surname.",
    ),
    dict(
        from_="Willemijn Dekkers <willemijn.dekkers@gmail.example>",
        subject="Re: robot oma",
        client="gmail",
        body="""Dank jullie wel voor de snelle hulp, hij doet het weer!

Liefs,
Willemijn

Op wo 11 nov 2026 om 09:41 schreef Mirjam van Loon <mirjam.vanloon@gmail.example>:

> Hoi Willemijn, stuur jij even een mailtje naar Tinybots? Groetjes, Mirjam van Loon, 06 28 55 11 02
""",
        name="Willemijn Dekkers",
        notes="Quoted sister (Gmail 'Op ... schreef') with her full name and phone: neither is the writer's.",
    ),
    dict(
        from_="Anton van Rijswijk <anton.vanrijswijk@outlook.example>",
        subject="RE: Tessa installatie [TB-005102]",
        ticket="TB-005102",
        client="outlook",
        body="""Goedemiddag,

De installatie is gelukt. Dank voor de uitleg.

Met vriendelijke groet,
Anton van Rijswijk

________________________________
Van: Tinybots Helpdesk <help@tinybots.nl>
Verzonden: dinsdag 10 november 2026 11:20
Aan: Anton van Rijswijk <anton.vanrijswijk@outlook.example>
Onderwerp: Tessa installatie [TB-005102]

Beste heer Van Rijswijk,

U kunt de robot opnieuw koppelen via de app. Lukt het niet, bel ons dan op 020 123 4567.

Met vriendelijke groet,
Sophie Meijer
Tinybots Helpdesk
""",
        name="Anton van Rijswijk",
        notes="Outlook reply with an underscore separator; the agent's name is in the quote.",
    ),
    dict(
        from_="Klaus-Peter Hoffmann <kp.hoffmann@t-online.example>",
        subject="AW: Rückfrage Tessa [TB-005177]",
        ticket="TB-005177",
        client="outlook",
        lang="de",
        body="""Hallo zusammen,

vielen Dank, das Update hat funktioniert.

Beste Grüße
Klaus-Peter Hoffmann

Von: Tinybots Helpdesk <help@tinybots.nl>
Gesendet: Mittwoch, 11. November 2026 08:55
An: Klaus-Peter Hoffmann <kp.hoffmann@t-online.example>
Betreff: Rückfrage Tessa [TB-005177]

Sehr geehrter Herr Hoffmann,
bitte installieren Sie das Update 4.3.1. Bei Fragen: +31 20 123 4567.
""",
        name="Klaus-Peter Hoffmann",
        notes="German Outlook reply (Von:/Gesendet:/An:/Betreff:); hyphenated first name; version number in quote.",
    ),
    dict(
        from_="Pieternella Kok <nel.kok@ziggo.example>",
        subject="Nog een vraag",
        body="""Dag allemaal,

Kan de Tessa ook een liedje zingen op een verjaardag? Mijn moeder wordt 90.

Een hartelijke groet,
Nel Kok
""",
        name="Pieternella Kok",
        notes="Full formal name in From; the sign-off uses the short first name: From is the writer's full name.",
    ),
    dict(
        from_="Joyce Amankwah <joyce.amankwah@icloud.example>",
        subject="Tessa app login",
        client="apple",
        lang="en",
        body="""Hello,

I can't log in to the Tessa app any more. It says my password is wrong but I reset it twice.

Best,
Joyce

Joyce Amankwah
Sent from my iPad
""",
        name="Joyce Amankwah",
        notes="'Best,' + first name, then a signature line with the full name, iPad footer.",
    ),
    dict(
        from_="Bureau Zorg & Welzijn Gemeente Ede <zorgloket@ede-gemeente.example>",
        subject="Vraag vanuit het zorgloket",
        client="outlook",
        body="""Beste medewerker van Tinybots,

Via ons zorgloket kwam een vraag binnen van een inwoner die een Tessa overweegt. Wordt de robot vergoed uit
de Wmo in andere gemeenten?

Met vriendelijke groet,

namens het zorgloket,
Yasmina El Idrissi
consulent Wmo
""",
        name="Yasmina El Idrissi",
        notes="Municipal desk mailbox; 'namens het zorgloket,' line before the name; two-word surname.",
    ),
    dict(
        from_="Tineke <tineke@familie-brands.example>",
        subject="Tessa",
        client="html",
        html="""<html><body><div dir="ltr"><div>Hallo,</div><div><br></div><div>Is het mogelijk om de robot een
andere naam te geven? Mijn vader noemt haar liever Saar.</div><div><br></div><div>Met hartelijke groet,</div>
<div><b>Tineke Brands</b></div><div><span style="color:#888">mantelzorger</span></div></div></body></html>""",
        body="",
        name="Tineke Brands",
        notes="HTML-only; the name in a bold div.",
    ),
    dict(
        from_="Johannes van der Weerd <j.vanderweerd@home.example>",
        subject="robot",
        body="""Goedemorgen,

Ik schrijf namens mijn buurvrouw, mevrouw Anna Prins, die zelf geen computer heeft. Haar Tessa praat niet
meer sinds de stroomstoring.

Vriendelijke groeten,
Johannes van der Weerd
(buurman)
""",
        name="Johannes van der Weerd",
        notes="The neighbour writes; the client Anna Prins is named in the text and is not the customer.",
    ),
    dict(
        from_="R. Hofstra <rhofstra@freeler.example>",
        subject="Geen geluid",
        body="""Goede morgen,

Tessa zegt niets meer. Ik heb de knop al 10 seconden ingedrukt gehouden.

Met een vriendelijke groet van
Roel Hofstra
""",
        name="Roel Hofstra",
        notes="Initial-only From; sign-off 'Met een vriendelijke groet van' with the name on the next line.",
    ),
    dict(
        from_="Beatrix Vermeulen <b.vermeulen@home.example>",
        subject="Afmelden",
        body="""Geachte heer, mevrouw,

Mijn moeder is naar het verpleeghuis gegaan. Hoe kan ik de robot terugsturen?

Met vriendelijke groet,
Trix Vermeulen
""",
        name="Beatrix Vermeulen",
        notes="Formal first name in From, short first name in the sign-off: From wins as the full name.",
    ),
    dict(
        from_="Samira Benali <samira.benali@hotmail.example>",
        subject="Robot oma",
        client="android",
        body="""Hoi hoi,

De robot van mijn oma doet het niet meer na de verhuizing. Wifi wachtwoord is nieuw.

Gr Samira Benali

Verzonden vanaf mijn Samsung Galaxy smartphone.
""",
        name="Samira Benali",
        notes="'Gr' abbreviation on the name line; Samsung footer; base64 alternative.",
    ),
    dict(
        from_="Kees en Annie Prins <prinsenzo@zonnet.example>",
        subject="Tessa vraagje",
        body="""Hallo,

Wij hebben een vraagje: kan Tessa ook aan de zonnebrandcrème herinneren in de zomer? Ha ha.

Groeten van Annie
(Anna Prins-Wolters)
""",
        name="Anna Prins-Wolters",
        notes="Couple in From; Annie signs and gives her full name in brackets.",
    ),
    dict(
        from_="Doris Achterberg <doris.achterberg@kpnplanet.example>",
        subject="Fwd: Automatisch antwoord: afspraak installatie",
        body="""Goedemiddag,

Ik kreeg onderstaand bericht terug van de monteur die de Tessa zou komen installeren. Weet u wie ik nu moet
bellen? De afspraak is donderdag.

Doris Achterberg

---------- Doorgestuurd bericht ---------
Van: Erik Verbunt <e.verbunt@installatieservice.example>
Datum: ma 9 nov 2026 om 14:02
Onderwerp: Automatisch antwoord: afspraak installatie
Aan: Doris Achterberg <doris.achterberg@kpnplanet.example>

Ik ben tot en met 13 november afwezig. Voor spoed kunt u bellen met 085 - 303 20 10.
""",
        name="Doris Achterberg",
        notes="Customer forwarding an out-of-office inline: customer; the phone is in the forwarded part.",
    ),
    dict(
        from_="Hr. Ewald Janssen <ewald.janssen@skynet.example>",
        subject="Tessa in Maasmechelen",
        lang="nl",
        body="""Goeiedag,

Ik woon in België, net over de grens. Kan ik hier ook een Tessa krijgen of is het enkel voor Nederland?

Met vriendelijke groeten
Ewald Janssen
""",
        name="Ewald Janssen",
        notes="Flemish 'Hr.' title before a full name; Flemish greeting.",
    ),
    dict(
        from_="Lotte <lotte.vandenheuvel@gmail.example>",
        subject="Re: Tessa afmelden [TB-005230]",
        ticket="TB-005230",
        client="gmail",
        body="""Ik heb het formulier ingevuld, zie bijlage.

Lotte van den Heuvel

On Thu, Nov 12, 2026 at 3:15 PM Tinybots Helpdesk <help@tinybots.nl> wrote:
> Beste Lotte,
> Wilt u het opzegformulier invullen? Met vriendelijke groet, Tinybots
""",
        name="Lotte van den Heuvel",
        notes="First-name display name; full name line without a closing word; English Gmail quote header on a Dutch mail.",
    ),
    dict(
        from_='"JANSEN, P.J." <pj.jansen@kpnplanet.example>',
        subject="Tessa",
        client="outlook",
        body="""Geachte mevrouw, heer,

De robot van mijn schoonmoeder is omgevallen en de kap is gebarsten. Valt dat onder de garantie?

Met vriendelijke groet,

P.J. (Piet) Jansen
""",
        name="Piet Jansen",
        notes="ALL-CAPS 'LAST, I.I.' display name; the sign-off gives initials with the call name in brackets.",
    ),
    dict(
        from_="Riet van Oosten <riet.vanoosten@hetnet.example>",
        subject="Robot van mama",
        body="""Hallo,

Ik gebruik even de mail van mijn moeder. Haar robot zegt steeds 'ik begrijp het niet'. Is er iets kapot?

Groetjes,
Esther Kloosterman (dochter)
""",
        name="Esther Kloosterman",
        notes="The daughter writes from her mother's account and signs with another surname and a role in brackets.",
    ),
    dict(
        from_="Mark Evans <m.evans@gp-practice.example>",
        subject="Tessa for a patient",
        lang="en",
        client="outlook",
        body="""Hello,

One of my elderly patients in Nijmegen would benefit from medication reminders. How does a referral work?

Regards,

Dr Mark Evans MRCGP
General Practitioner
""",
        name="Mark Evans",
        notes="English GP; title and post-nominal letters around the name in the signature.",
    ),
    dict(
        from_="noreply@zorgportaal.example",
        subject="Nieuw bericht via Zorgportaal",
        body="""U heeft een nieuw bericht ontvangen via Zorgportaal.

Afzender: Mw. L. (Lianne) Verschuren
Organisatie: Thuiszorg De Kempen
E-mail: l.verschuren@dekempen.example
Telefoon: 040 - 206 77 88

Bericht:
Bij een cliënt geeft de Tessa geen herinneringen meer. Wilt u contact opnemen?
""",
        name="Lianne Verschuren",
        email="l.verschuren@dekempen.example",
        phone="+31402067788",
        notes="No-reply portal relay without Reply-To; the writer's fields in the body (title, initial and call name).",
    ),
]
