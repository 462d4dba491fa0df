"""Customer mails with several phone numbers: whose number is the writer's."""

PHONES = [
    dict(
        from_="Miranda Koopman <miranda.koopman@home.example>",
        subject="Tessa van mijn vader",
        body="""Goedemiddag,

De Tessa van mijn vader (hij is te bereiken op 0318-512 604) reageert niet op de knop. Zijn huisarts
(0318 55 44 33) vroeg of de medicijnherinnering nog werkt; dat weet ik dus niet.

Wilt u mij bellen? Mijn nummer is 06-21 43 65 87.

Groet,
Miranda Koopman
""",
        name="Miranda Koopman",
        phone="+31621436587",
        notes="The father's and the GP's numbers come first (third parties); 'Mijn nummer is' gives the writer's.",
    ),
    dict(
        from_="Harm Wessels <harm.wessels@kpnmail.example>",
        subject="bel me even",
        body="""Hallo,

de robot staat al 2 dagen op rood. bel me op 0548 36 29 17, ik ben de hele dag thuis.

Harm Wessels
""",
        name="Harm Wessels",
        phone="+31548362917",
        notes="'bel me op' with a spaced landline.",
    ),
    dict(
        from_="Nicole Verbeek <nicole.verbeek@zorgpunt.example>",
        subject="Storing robot cliënt",
        client="outlook",
        body="""Goedemorgen,

De robot bij mevrouw Schipper doet het niet. Mevrouw zelf is bereikbaar op 0575-513344, haar buurvrouw
(sleutelhouder) op 06 12 98 76 54.

Met vriendelijke groet,

Nicole Verbeek
Wijkverpleegkundige
Zorgpunt Zutphen
M: +31 6 41 22 87 03
T: 0575 - 58 00 00
F: 0575 - 58 00 01
""",
        name="Nicole Verbeek",
        phone="+31641228703",
        notes="Client's and neighbour's numbers first; the signature starts with M:, then T: and F:.",
    ),
    dict(
        from_="Ben Hartman <ben.hartman@online.example>",
        subject="Nieuw telefoonnummer",
        body="""Beste mensen,

Mijn telefoonnummer is veranderd. Mijn nieuwe nummer is 0031 6 55 77 88 12. Het oude nummer (038-4217766)
is opgezegd.

Groeten,
Ben Hartman
""",
        name="Ben Hartman",
        rights=["rectification"],
        phone="+31655778812",
        notes="0031 form with spaces; the old number comes after the new one. A changed number told to us = rectification (corpus A g007).",
    ),
    dict(
        from_="Evelien Bosman <evelien.bosman@ziggo.example>",
        subject="Robot doet raar",
        client="iphone",
        body="""Hoi,

De robot zegt 's nachts hardop de tijd. Kan dat uit?

Groetjes,
Evelien Bosman
06.38.27.46.19

Verstuurd vanaf mijn iPhone
""",
        name="Evelien Bosman",
        phone="+31638274619",
        notes="Dotted mobile under the name, before the iPhone footer.",
    ),
    dict(
        from_="Jürgen Schäfer <j.schaefer@web.example>",
        subject="Tessa meiner Mutter",
        lang="de",
        body="""Guten Tag,

meine Mutter wohnt in Kerkrade (Tel. 045 5412233), ich selbst wohne in Aachen.
Bitte rufen Sie mich zurück: +49 241 4471 230.

Freundliche Grüße
Jürgen Schäfer
""",
        name="Jürgen Schäfer",
        phone="+492414471230",
        notes="German writer: the mother's Dutch landline first (third party), his German number after 'rufen Sie mich zurück'.",
    ),
    dict(
        from_="Veerle Claes <veerle.claes@telenet.example>",
        subject="Vraag over Tessa",
        body="""Dag,

Mijn grootvader in Lommel wil graag een Tessa. Werkt die ook met een Belgische internetaansluiting?

U kan mij bereiken op +32 478 12 34 56.

Vriendelijke groeten,
Veerle Claes
""",
        name="Veerle Claes",
        phone="+32478123456",
        notes="Belgian mobile with spaces.",
    ),
    dict(
        from_="Arjen Postma <arjen.postma@hotmail.example>",
        subject="Terugbelverzoek",
        body="""Goedemiddag,

Ik heb gisteren gebeld maar niemand teruggehoord. Ik ben bereikbaar onder (058) 212 34 56, na 17.00 uur
op mijn mobiel 06 - 87 65 43 21.

Arjen Postma
""",
        name="Arjen Postma",
        phone="+31582123456",
        notes="Landline in brackets first (the writer's own), mobile second; the time 17.00 is not a number.",
    ),
    dict(
        from_="Lisa Hoogland <lisa.hoogland@gmail.example>",
        subject="Re: Terugbellen [TB-005311]",
        ticket="TB-005311",
        client="gmail",
        body="""Hallo,

Morgen na 14.00 uur is prima. Bel dan 06 44 33 22 11, dat is mijn werktelefoon.

Lisa

Op vr 13 nov 2026 om 10:02 schreef Tinybots Helpdesk <help@tinybots.nl>:
> Beste Lisa, wanneer kunnen we u bellen? Ons nummer: 020 123 4567.
> Uw eerder opgegeven nummer 06 11 22 33 44 lijkt niet te kloppen.
""",
        name="Lisa Hoogland",
        phone="+31644332211",
        notes="Number in the new text; a different number and the help desk's in the quote.",
    ),
    dict(
        from_="Website Tinybots <website@tinybots.nl>",
        subject="Contactformulier: vraag over Tessa",
        headers={"Reply-To": "Cor Mooij <cor.mooij@xs4all.example>"},
        body="""Er is een nieuw bericht verstuurd via het contactformulier op tinybots.nl.

Naam: Cor Mooij
E-mailadres: cor.mooij@xs4all.example
Telefoon: 0229-271 930
Onderwerp: Informatie
Bericht:
Ik wil graag informatie over de Tessa voor mijn moeder. Kunt u mij bellen?

--
Dit bericht is automatisch verstuurd door de website.
""",
        name="Cor Mooij",
        email="cor.mooij@xs4all.example",
        phone="+31229271930",
        notes="Contact-form relay with Reply-To: form fields; the 'automatisch verstuurd' footer is the relay's.",
    ),
    dict(
        from_="Geert Dijkhuis <geert.dijkhuis@kpnplanet.example>",
        subject="Robot",
        body="""Goedemorgen,

Mijn zus (06-19283746) heeft de robot bij mijn moeder neergezet maar hij wil niet opstarten.
Zelf ben ik te bereiken via 0521 - 38 17 40.

Geert Dijkhuis
""",
        name="Geert Dijkhuis",
        phone="+31521381740",
        notes="The sister's mobile comes first (third party); 'Zelf ben ik te bereiken via' gives the writer's.",
    ),
    dict(
        from_="Carla Wouters <carla.wouters@home.example>",
        subject="Tessa geeft foutmelding",
        client="outlook",
        body="""Beste helpdesk,

Sinds de update (versie 4.2.7) zegt Tessa 'geen verbinding, code 503'. Ik heb de router al herstart om
08.15 uur en om 12.30 uur.

Met vriendelijke groet,

Carla Wouters
Tel. 072 - 561 22 09
""",
        name="Carla Wouters",
        phone="+31725612209",
        notes="Version, error code and times as distractors; 'Tel.' in the signature.",
    ),
    dict(
        from_="Hans de Ruiter <hans.deruiter@online.example>",
        subject="Fwd: gesprek Tessa",
        client="fwd",
        body="""Zie het bericht hieronder van de wijkverpleging. Wie kan mij hierover bellen? 06 23 45 61 78

Hans de Ruiter
""",
        fwd_from="Wijkteam Zuid <wijkteam.zuid@zorg.example>",
        fwd_subject="gesprek Tessa",
        fwd_body="Beste heer De Ruiter,\nWe willen de Tessa van uw moeder bespreken. Bel ons op 088 - 123 45 67.\nMet vriendelijke groet,\nIris Bakker, wijkverpleegkundige",
        name="Hans de Ruiter",
        phone="+31623456178",
        notes="Forward as message/rfc822: the nurse's name and number are in the forwarded part only.",
    ),
    dict(
        from_="Anja Kramer <anja.kramer@caiway.example>",
        subject="vraag",
        body="""Hallo,

Ik ben de mantelzorger van mijn tante, mevrouw Kramer (tel. 0251-653 892). Haar robot zegt de herinneringen
in het Engels. Mij kunt u bellen op 0251 - 22 11 09.

Anja Kramer
""",
        name="Anja Kramer",
        phone="+31251221109",
        notes="Aunt's number first; 'Mij kunt u bellen op' gives the writer's.",
    ),
    dict(
        from_="Sophie Laurent <sophie.laurent@proximus.example>",
        subject="Demande d'information / informatieverzoek",
        lang="mixed",
        body="""Bonjour / Goedendag,

Mijn vader woont in Maastricht en ik in Luik. Ik zou graag meer weten over Tessa.
Mon numéro / mijn nummer: 0032 4 76 55 44 33

Merci, dank u,
Sophie Laurent
""",
        name="Sophie Laurent",
        phone="+32476554433",
        notes="French-Dutch; Belgian number in 0032 form.",
    ),
    dict(
        from_="Wim Otten <w.otten@zonnet.example>",
        subject="Herinneringen",
        body="""Beste,

Mijn telefoonnummer is +31 (0)30 - 276 41 88, mijn vrouw heeft 06 55 12 87 43 maar zij is slechthorend.
Wilt u mij bellen over de herinneringen?

W. Otten
Wim Otten
""",
        name="Wim Otten",
        phone="+31302764188",
        notes="+31 (0) with a dash; the wife's mobile after; initials line then full name line.",
    ),
    dict(
        from_="Marja de Bruin <marja.debruin@home.example>",
        subject="Tessa doet het weer niet",
        client="html",
        html="""<html><body><p>Goedemiddag,</p><p>Tessa is weer offline. Kunt u mij terugbellen?</p>
<p>Met vriendelijke groet,<br><br>Marja de Bruin<br>tel:&nbsp;06&#8209;34&#8209;56&#8209;12&#8209;90<br>
<a href="tel:+31634561290">bel mij</a></p></body></html>""",
        body="",
        name="Marja de Bruin",
        phone="+31634561290",
        notes="HTML-only; non-breaking hyphens (&#8209;) in the phone and a tel: link.",
    ),
    dict(
        from_="Erik Lammers <erik.lammers@gmail.example>",
        subject="Vraag",
        body="""Hallo,

Hoe lang gaat de accu mee als de stroom uitvalt?

Erik Lammers
Mob 06 1357 2468 | Privé 053 - 432 19 87
""",
        name="Erik Lammers",
        phone="+31613572468",
        notes="'Mob' and 'Privé' labels on one line separated by a pipe; the first is the label.",
    ),
    dict(
        from_="Truus van Wijk <truusvanwijk@planet.example>",
        subject="robot",
        body="""goedemiddag

mijn oude nummer 0165-551234 klopt niet meer ik heb nu 0165-789012

groeten truus van wijk
""",
        name="Truus van Wijk",
        rights=["rectification"],
        phone="+31165789012",
        notes="The old number, announced as no longer correct, comes first; the current number is the writer's. Rectification of contact details (corpus A g007).",
    ),
    dict(
        from_="Maarten Jacobs <m.jacobs@bedrijf.example>",
        subject="Tessa bij mijn moeder",
        client="outlook",
        body="""Goedemorgen,

Mijn moeder heeft een Tessa. Graag een terugbelverzoek over de mogelijkheden voor een tweede gebruiker.

Met vriendelijke groet / Kind regards,

Maarten Jacobs
Senior Accountmanager

Bedrijf BV | Stationsplein 4 | 3511 ED Utrecht
T +31 (0)30 - 799 88 00 | M +31 (0)6 - 24 68 13 57
KvK 30123456 | BTW NL001234567B01 | IBAN NL91 ABNA 0417 1643 00
""",
        name="Maarten Jacobs",
        phone="+31307998800",
        notes="Company signature: T (company landline) first, then M; KvK/BTW/IBAN digits are not phones.",
    ),
    dict(
        from_="Dieuwke Hoekstra <dieuwke.hoekstra@hetnet.example>",
        subject="Myn mem har in Tessa",
        lang="mixed",
        body="""Goeie,

Myn mem har in Tessa en dy docht it net mear. Kinne jo my efkes belje? Myn nûmer is 0513 - 41 29 37.

Groetnis,
Dieuwke Hoekstra
""",
        name="Dieuwke Hoekstra",
        phone="+31513412937",
        notes="Frisian writer; 'Myn nûmer is'.",
    ),
    dict(
        from_="Greetje Smits <greetje.smits@kpnmail.example>",
        subject="Robot",
        body="""Geachte,

Ik heb geen telefoon meer thuis, alleen mijn mobiel. De robot van mijn man doet het niet.
Bel naar mijn dochter Karin: 06 87 12 34 56.

Greetje Smits
""",
        name="Greetje Smits",
        notes="The only number is the daughter's (third party): phone null.",
    ),
    dict(
        from_="Rutger Vos <rutger.vos@gmail.example>",
        subject="Tessa offline",
        client="android",
        body="""Hallo,

Tessa is offline sinds 9 november. Router is oké. Bel me gerust: 06 4287 1903.

Rutger

Verzonden met Gmail voor Android
""",
        name="Rutger Vos",
        phone="+31642871903",
        notes="Date '9 november' before the phone; Android base64.",
    ),
    dict(
        from_="Karin Wolff <karin.wolff@mail.example>",
        subject="Tessa",
        client="latin1",
        lang="de",
        body="""Hallo,

ich bin die Tochter von Frau Wolff in Enschede. Ihre Nummer: 053 4 31 22 11. Meine Handynummer: +49 151 23456789.
Könnten Sie mich anrufen?

Gruß
Karin Wolff
""",
        name="Karin Wolff",
        phone="+4915123456789",
        notes="German mobile (+49 151) after the mother's Dutch landline; iso-8859-1.",
    ),
    dict(
        from_="Gijs Nijenhuis <gijs@nijenhuis-bouw.example>",
        subject="Vraag over levering",
        body="""Goedemiddag,

Wanneer wordt de robot bezorgd? Ordernummer 2026-45821. Het afleveradres is Hoofdstraat 112, 7631 AB Ootmarsum.

Met vriendelijke groet,

Gijs Nijenhuis
Nijenhuis Bouw B.V.
Telefoon: 0541 - 29 17 00
Fax: 0541 - 29 17 09
""",
        name="Gijs Nijenhuis",
        phone="+31541291700",
        notes="Order number, house number and postcode before the Telefoon line; fax after.",
    ),
    dict(
        from_="Dorien Meijering <d.meijering@hotmail.example>",
        subject="Re: Afspraak installatie",
        body="""Dat is goed. Als er iets is, ik ben op 06-1470 2583 te bereiken.

Dorien

-----Oorspronkelijk bericht-----
Van: Tinybots Helpdesk <help@tinybots.nl>
Verzonden: do 12-11-2026 16:02
Aan: Dorien Meijering
Onderwerp: Afspraak installatie

Beste Dorien, de monteur komt op 18 november tussen 9 en 12 uur. Heeft u vragen: 020 123 4567.
""",
        name="Dorien Meijering",
        phone="+31614702583",
        notes="Old Outlook '-----Oorspronkelijk bericht-----' quote; the phone is in the short new text.",
    ),
    dict(
        from_="Ahmed Bouzid <ahmed.bouzid@live.example>",
        subject="Tessa moeder",
        body="""Salaam, goedendag,

Mijn moeder spreekt alleen Arabisch en een beetje Nederlands. Kan de robot ook Arabisch?

Telefoon: +31-6-3322-1100

Ahmed Bouzid
""",
        name="Ahmed Bouzid",
        phone="+31633221100",
        notes="+31-6-... with dashes in odd places.",
    ),
    dict(
        from_="Ellen Scholten <ellen.scholten@zorgkantoor.example>",
        subject="RE: terugbelverzoek",
        client="outlook",
        body="""Hallo,

Het nummer dat u had is van mijn oude afdeling. Mijn directe nummer is 088 - 902 71 45.

Ellen Scholten

From: Tinybots Helpdesk <help@tinybots.nl>
Sent: Thursday, November 12, 2026 9:14 AM
To: Ellen Scholten <ellen.scholten@zorgkantoor.example>
Subject: terugbelverzoek

Dear Ms Scholten, we tried to call you on 088 - 902 70 00 but got no answer.
""",
        name="Ellen Scholten",
        rights=["rectification"],
        phone="+31889027145",
        notes="English Outlook quote header on a Dutch reply; the old number only in the quote. Correcting the number we have = rectification (corpus A g037).",
    ),
    dict(
        from_="Koen Smulders <koen.smulders@online.example>",
        subject="Telefoonnummer helpdesk?",
        body="""Hallo,

Ik heb 020 123 4567 gebeld maar kreeg een bandje. Is dat het goede nummer? Ik bel anders morgen nog eens.

Koen Smulders
""",
        name="Koen Smulders",
        notes="The only number is the help desk's own: phone null.",
    ),
    dict(
        from_="Andrea Fuchs <andrea.fuchs@posteo.example>",
        subject="Tessa Lieferung",
        lang="de",
        body="""Guten Tag,

wann wird die Tessa geliefert? Sie erreichen mich tagsüber unter 0049 (0)2821 713 904.

Mit freundlichen Grüßen
Andrea Fuchs
""",
        name="Andrea Fuchs",
        phone="+492821713904",
        notes="German number written 0049 (0)... .",
    ),
    dict(
        from_="Bram Lucassen <bram.lucassen@mail.example>",
        subject="Installatie",
        client="iphone",
        body="""Hoi, kan de monteur bellen voordat hij komt?

Bram Lucassen

Verstuurd vanaf mijn iPhone
Tel. 06 - 15 26 37 48
""",
        name="Bram Lucassen",
        phone="+31615263748",
        notes="Phone AFTER the iPhone footer.",
    ),
    dict(
        from_="Wilma Reinders <wilma.reinders@zorgdomein.example>",
        subject="Robot mevrouw Pel",
        body="""Goedemiddag,

Mevrouw Pel (tel. 0546-87 65 43) heeft een nieuwe robot nodig. De oude is gevallen.

Wilma Reinders
Wijkverpleegkundige
088 - 567 12 30
""",
        name="Wilma Reinders",
        phone="+31885671230",
        notes="Client's number in the text; the nurse's number unlabelled under her signature.",
    ),
    dict(
        from_="Jeroen Bakker <jeroen.bakker@gmail.example>",
        subject="Re: Vraag [TB-005350]",
        ticket="TB-005350",
        client="gmail",
        body="""Prima, bel maar op +31 6 2233 4455. Mijn moeder (06 98 76 54 32... nee, 06 48 76 54 32) kan ook.

Jeroen

Op za 14 nov 2026 12:00 schreef Tinybots Helpdesk <help@tinybots.nl>:
> Op welk nummer kunnen we u bereiken?
""",
        name="Jeroen Bakker",
        phone="+31622334455",
        notes="The writer's number first, then his mother's with a self-correction.",
    ),
]
