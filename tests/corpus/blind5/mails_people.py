"""Private writers: phone-typed and dictated mail, families abroad, elderly writers, reply chains, forwards."""

PEOPLE = [
    dict(
        from_="Henk Zwart <henkzwart1947@kpnmail.example>",
        subject="Robot",
        client="apple",
        body="""Robot doet raar. Bel me even. Gr Henk

Verzonden met de Telefoon-app""",
        name="Henk Zwart",
        notes="Very short phone mail; full name only in From; no number, no id.",
    ),
    dict(
        from_="gerda.brinkman@ziggo.example",
        subject="tessa doet het niet",
        body="""hallo ik spreek dit in want typen gaat niet zo goed meer de robot van mij doet het niet meer sinds
zaterdag hij zegt niks meer en het lampje is rood mijn robotnummer is 27731 en u kunt mij bellen op 0 5 2 4 5 1 2 2 3 4
of op mijn mobiel 06 28 11 90 47 met vriendelijke groet gerda brinkman

Verstuurd met spraakinvoer, excuses voor eventuele fouten""",
        name="Gerda Brinkman",
        phone="+31524512234",
        robot="27731",
        notes="Dictated, no punctuation, all lower-case name in the sign-off; first number dictated digit by "
        "digit with spaces (0524 landline).",
    ),
    dict(
        from_="Klaas Hiemstra <k.hiemstra@xs4all.example>",
        subject="robotnumer 33817",
        body="""Goedemiddag, de robot van mijn vrouw geeft geen medicijnherinnering meer sinds de zomertijd is omgezet.
Groet Klaas Hiemstra""",
        name="Klaas Hiemstra",
        robot="33817",
        notes="Misspelt label 'robotnumer' with the id in the subject only.",
    ),
    dict(
        from_="Margaret de Vries-Holt <margaret.holt@btinternet.example>",
        subject="My mother's Tessa robot - urgent",
        client="gmail",
        body="""Dear Tinybots team,

I live in Manchester and my mother, Mrs Joke de Vries, lives in Apeldoorn with a Tessa robot (robot ID: 45518).
Since Monday the robot keeps repeating the same reminder every five minutes and she is getting very upset.

Could someone please call me on +44 7911 123 456? My brother Frank is closer by (06 51 52 53 54) but he is on
holiday until the 14th. Her GP is Dr Mulder, 055 521 11 11, if you need anything medical - you won't though.

Many thanks,
Margaret de Vries-Holt
""",
        name="Margaret de Vries-Holt",
        phone="+447911123456",
        robot="45518",
        lang="en",
        notes="Daughter abroad writing English; UK mobile with spaces; brother's and GP's numbers are third parties.",
    ),
    dict(
        from_="Thomas Berger <thomas.berger@web.example>",
        subject="Roboter meiner Mutter (Tessa)",
        body="""Guten Tag,

meine Mutter wohnt in Venlo und hat seit Oktober einen Tessa-Roboter, Seriennummer 50871. Seit dem
Stromausfall am Wochenende spricht er nicht mehr. Ich wohne in Krefeld und kann erst nächste Woche hinfahren.

Bitte rufen Sie mich an: +49 (0) 2151 / 56 78 90, gerne auch mobil 0171 234 5678.

Mit freundlichen Grüßen
Thomas Berger""",
        name="Thomas Berger",
        phone="+492151567890",
        robot="50871",
        lang="de",
        notes="German son; German landline with (0) and a slash; second German mobile without +49 (would be "
        "misread as NL if taken).",
    ),
    dict(
        from_="Oma Riek <riekbakker@hetnet.example>",
        subject="de robot",
        body="""Beste mensen van de robot

Ik ben 84 jaar en ik heb sinds een half jaar de Tessa van u. Mijn dochter Anja heeft hem voor mij
aangevraagd want ik vergeet weleens wat, dat geef ik eerlijk toe. Nu is het zo dat hij 's morgens om 8 uur zegt
dat ik mijn pillen moet nemen maar dat doe ik altijd pas na het ontbijt om half 9, dat heeft dokter Smit ook gezegd.
Kan dat worden veranderd? Anja woont in Groningen (06 22 31 77 08) en heeft het druk met haar werk en de kleinkinderen
dus ik wil het zelf regelen. De zuster van de thuiszorg komt dinsdag en donderdag, zuster Ineke, die weet er ook
niet van. Mijn eigen nummer is 0594 51 23 45, ik ben meestal thuis behalve woensdagmiddag dan ga ik naar de
soos. Het nummer van de robot is 31190 staat onderop.

Hartelijke groeten
Riek Bakker-Wiersma""",
        name="Riek Bakker-Wiersma",
        phone="+31594512345",
        robot="31190",
        notes="Long rambling elderly mail; nickname display name ('Oma Riek'); daughter's number comes before the "
        "writer's own; GP, nurse and daughter named in the text; double surname in the sign-off.",
    ),
    dict(
        from_="Jan Willem Sterk <jw.sterk@planet.example>",
        subject="Re: [TB-259987] Tessa zegt niks",
        body="""Hij doet het weer! Het was de stekker van de wifi-versterker.

Groeten,
Jan Willem Sterk
tel 06.41.55.20.98

Op di 1 dec 2026 om 16:30 schreef Tinybots Helpdesk <help@tinybots.nl>:

> Beste heer Sterk,
>
> Kunt u controleren of de robot (robotnummer 22014) verbinding heeft met wifi?
>
> Met vriendelijke groet,
> Tinybots Helpdesk | 020 123 4567
""",
        name="Jan Willem Sterk",
        phone="+31641552098",
        ticket="TB-259987",
        notes="Top-posted reply above our ack; phone with dots; robot id only in the quote.",
    ),
    dict(
        from_="Annelies Koster <annelies.koster@telfort.example>",
        subject="Re: uw vraag",
        body="""Tinybots Helpdesk schreef op 2-12-2026 10:02:
> Wat is het robotnummer? Dat staat op de onderkant van de robot.

Serienummer: TS-30418

> En werkt de wifi in huis verder wel?

Ja, de tablet doet het gewoon.

> Met vriendelijke groet,
> Tinybots Helpdesk
> Ticket [TB-260002]

Annelies Koster
""",
        name="Annelies Koster",
        robot="TS-30418",
        ticket="TB-260002",
        notes="Inline answers between quoted lines; ticket ref only in the quoted help-desk text (counts for "
        "ticket_ref).",
    ),
    dict(
        from_="Wim <wimenriavandenberg@home.example>",
        subject="robotje",
        body="""Hallo, ons robotje (nr 19922) heeft een nieuwe stem? Die is veel sneller, mijn vrouw kan het niet volgen.
Kan de oude terug?
groeten wim van den berg""",
        name="Wim van den Berg",
        robot="19922",
        notes="First name only in From; lower-case sign-off with particles; 'ons robotje (nr 19922)'.",
    ),
    dict(
        from_="Ingrid Mertens <ingrid.mertens@telenet.example>",
        subject="Tessa van mijn moeder",
        body="""Goedendag,

Ik woon in Antwerpen, mijn moeder in Breda. Haar Tessa (Tessa-nummer 41873) staat sinds een week stil.
Kunnen jullie mij bellen op +32 (0)470 12 34 56? Overdag ben ik op het werk bereikbaar via 03 201 44 55.

Vriendelijke groeten,
Ingrid Mertens""",
        name="Ingrid Mertens",
        phone="+32470123456",
        robot="41873",
        notes="Belgian mobile with (0); second Belgian number without prefix would be misread as Dutch.",
    ),
    dict(
        from_="Piet Jansen <pjansen@onsmail.example>",
        subject="",
        client="b64",
        body="""Goedemorgen
Robot zegt 'ik heb geen internet'. Router is nieuw van Ziggo.
Serienr 30055
Piet Jansen
0229 - 21 33 09
Verzonden vanaf mijn Galaxy""",
        name="Piet Jansen",
        phone="+31229213309",
        robot="30055",
        notes="Empty subject; Samsung base64; label 'Serienr' without dot.",
    ),
    dict(
        from_="Karin <karin.smeets77@gmail.example>",
        subject="Fwd: Tessa",
        client="gmail",
        body="""Zie hieronder, mail van mijn broer. Ik ben de contactpersoon, bel mij maar: 06 40 30 20 10.
Karin Smeets

---------- Forwarded message ---------
Van: Roel Smeets <roel.smeets@hotmail.example>
Date: ma 30 nov. 2026 om 21:40
Subject: Tessa
To: Karin <karin.smeets77@gmail.example>

Karin, de Tessa van pap (robotnummer 35521) zegt de verkeerde dag. Kun jij Tinybots mailen? Ik zit in Spanje.
Roel
""",
        name="Karin Smeets",
        phone="+31640302010",
        notes="Gmail forward with mixed NL/EN header labels; brother's robot id is in the forwarded text only.",
    ),
    dict(
        from_="Birgit Hoffmann <birgit.hoffmann@gmx.example>",
        subject="WG: Tessa Roboter Vater",
        body="""Hallo,

anbei die Nachricht meines Bruders. Bitte melden Sie sich bei mir: +49 151 22334455.

Birgit Hoffmann

-----Ursprüngliche Nachricht-----
Von: Jörg Hoffmann <joerg.h@t-online.example>
Gesendet: Montag, 30. November 2026 18:12
An: Birgit Hoffmann <birgit.hoffmann@gmx.example>
Betreff: Tessa Roboter Vater

Birgit, der Roboter von Papa in Enschede (Roboter-ID 47002) ist kaputt. Ruf Tinybots an? Meine Nr 0170 9988776.
Jörg
""",
        name="Birgit Hoffmann",
        phone="+4915122334455",
        lang="de",
        notes="German Outlook forward ('Ursprüngliche Nachricht', 'WG:'); id and brother's number in forwarded text.",
    ),
    dict(
        from_="M. Oudejans <m.oudejans@zeelandnet.example>",
        subject="Vraag",
        body="""Geachte heer, mevrouw,

Mijn man heeft een Tessa. Hij hoort de robot slecht. Kan het geluid harder?
Zijn robotnummer: 28806 (zo staat het op de sticker).

Hoogachtend,
Marianne Oudejans""",
        name="Marianne Oudejans",
        robot="28806",
        notes="Initial in From, full name in the formal sign-off 'Hoogachtend'.",
    ),
    dict(
        from_='"SCHOLTEN, B.J." <bj.scholten@online.example>',
        subject="TESSA DOET HET NIET",
        body="""GOEDEMIDDAG,
DE TESSA VAN MIJN MOEDER DOET HET NIET. ROBOTNUMMER 30412.
BEL MIJ OP 06-24 68 13 57.
BERT SCHOLTEN""",
        name="Bert Scholten",
        phone="+31624681357",
        robot="30412",
        notes="ALL CAPS everything; initials-only display name; name from the caps sign-off in normal case.",
    ),
    dict(
        from_="Natasha Vermeulen <natasha.v@icloud.example>",
        subject="Re: Your Tessa order",
        client="apple",
        body="""Hi, sorry to mix languages, ik woon in Londen. Mam's robot (serial number TSB-2210-88) keeps saying
"update bezig" since yesterday. Can you have a look remotely? Call me at 0044 20 7946 0321 of via WhatsApp.

Thanks!
Natasha

Sent from my iPhone

> On 1 Dec 2026, at 09:15, Tinybots <help@tinybots.nl> wrote:
>
> Dear Natasha, your order is on its way. Kind regards, Tinybots
""",
        name="Natasha Vermeulen",
        phone="+442079460321",
        robot="TSB-2210-88",
        lang="mixed",
        notes="NL/EN code-switching; UK landline with 0044; serial with two dashes; first name only in sign-off.",
    ),
    dict(
        from_="fam.dekoning@kpnplanet.example",
        subject="robot vader",
        body="""Hallo

De robot van mijn vader (de heer J. de Koning) praat heel zacht. Wat kunnen we doen?

Met vriendelijke groet,
Sandra de Koning
06 1357 2468
Huisarts vader: dr. Peters, 0318 41 22 33""",
        name="Sandra de Koning",
        phone="+31613572468",
        notes="Family address without display name; daughter signs; GP's number after hers.",
    ),
    dict(
        from_="Joop Meijer <joop.meijer@home.example>",
        subject="Re: Re: [TB-260101]",
        body="""----- Oorspronkelijk bericht -----
Van: Tinybots Helpdesk <help@tinybots.nl>
Aan: Joop Meijer
Verzonden: 2 december 2026 11:40
Onderwerp: Re: [TB-260101]

> Heeft u de robot al opnieuw opgestart?

Ja dat heb ik gedaan maar hij blijft hangen op het blauwe scherm.

> Wat is uw telefoonnummer?

0162 - 45 78 90

Joop""",
        name="Joop Meijer",
        phone="+31162457890",
        ticket="TB-260101",
        notes="Bottom-posted answers under an old-style 'Oorspronkelijk bericht' header; phone given as a bare "
        "answer line.",
    ),
    dict(
        from_="Fatma Yilmaz <fatma.yilmaz@outlook.example>",
        subject="tessa anne",
        body="""Goedendag,
robot van mijn moeder werkt niet. robot no. 44871. ze woont Rotterdam. ik ben dochter.
mijn nummer 06 8 7 1 2 3 4 5 6
bedankt
Fatma Yilmaz""",
        name="Fatma Yilmaz",
        phone="+31687123456",
        robot="44871",
        notes="Short Turkish-Dutch mail; 'robot no.' label; phone with uneven spacing.",
        lang="mixed",
    ),
    dict(
        from_="Hans van Leeuwen <hans@vanleeuwen-fam.example>",
        subject="Tessa",
        client="outlook",
        body="""Beste heer/mevrouw,

Afgelopen week schreef ik u al over de robot van mijn schoonmoeder, mevrouw Hoogland. Ik heb nog geen antwoord.
Ter herinnering: het gaat om robot-id 36610. De foutmelding op het scherm is:

    Error 0x80072EE7: Connection to server failed (code 503)
    Please contact support@tinybots.nl

Ik ben bereikbaar op 030-2 34 56 78 (thuis) of 06-1000 2000 (werk).

Met vriendelijke groet,

Hans van Leeuwen
""",
        name="Hans van Leeuwen",
        phone="+31302345678",
        robot="36610",
        notes="Customer pasting an error message (looks automatic); error codes are not ids.",
    ),
    dict(
        from_="Tineke Post <tineke.post@solcon.example>",
        subject="Doorgestuurd: Uw Tessa is verzonden",
        body="""Deze kreeg ik vorige week. De robot is nog steeds niet bezorgd! Wat is er aan de hand?
Tineke Post, tel. 0511 45 67 89

-------- Doorgestuurd bericht --------
Onderwerp: Uw Tessa is verzonden
Datum: Tue, 24 Nov 2026 08:00:00 +0100
Van: Tinybots <noreply@tinybots.nl>
Aan: tineke.post@solcon.example

Beste Tineke Post,
Uw Tessa (serienummer 52911) is vandaag verzonden met PostNL. Track & trace: 3SXYZ1234567.
Vragen? Bel 020 123 4567.
""",
        name="Tineke Post",
        phone="+31511456789",
        notes="Thunderbird-style forward of our own shipping mail: serial only in the forwarded text.",
    ),
    dict(
        from_="ria.t@chello.example",
        subject="hulp",
        body="""Help de robot zegt de hele tijd mijn naam en verder niks. robotnr.32006 ik ben Ria ten Brink, mijn
zoon Mark helpt mij met de mail. Mark zijn nummer 06 55 66 77 88.""",
        name="Ria ten Brink",
        robot="32006",
        notes="Name only in 'ik ben ...' in the text; 'robotnr.' glued to the id; only the son's number.",
    ),
    dict(
        from_="Gijs Pronk <g.pronk@planet.example>",
        subject="Re: [TB-259870] Retour robot",
        body="""Beste Tinybots,

> Wilt u het robotnummer doorgeven van de robot die retour gaat?

Het robotnummer is 27013. De doos staat klaar.

> Kunt u het retourlabel printen?

Nee, ik heb geen printer. Kunnen jullie het label meebrengen? Mijn mobiel is 06-21 43 65 87.

Gijs Pronk
""",
        name="Gijs Pronk",
        phone="+31621436587",
        robot="27013",
        ticket="TB-259870",
        notes="Inline answers under '>' quoted questions; the quoted question also names the label.",
    ),
    dict(
        from_="Elly Kuipers <elly.kuipers@live.example>",
        subject="Vraag over rekening en robot",
        body="""Hallo,

Op de factuur (factuurnummer 2026-11873, klantnummer 448120) staat een ander bedrag dan afgesproken. Verder werkt
de robot goed hoor. Het robotnummer is 48812.

Groet, Elly Kuipers
Postcode 7411 AB, huisnummer 12""",
        name="Elly Kuipers",
        robot="48812",
        notes="Invoice and customer numbers before the robot id; postcode/house number are not ids.",
    ),
    dict(
        from_="Dirk Jan Hofstede <dj.hofstede@gmail.example>",
        subject="Re: Tessa installatie",
        client="gmail",
        body="""Prima, vrijdag is goed.

Dirk Jan

On Wed, Dec 2, 2026 at 3:12 PM Tinybots Helpdesk <help@tinybots.nl> wrote:
> Beste Dirk Jan, kan de installatie vrijdag? Uw robotnummer wordt 53310.
> Tinybots Helpdesk, 020 123 4567, [TB-260188]
""",
        name="Dirk Jan Hofstede",
        ticket="TB-260188",
        notes="One-line reply; two-word first name; everything else quoted (ticket only in the quote).",
    ),
    dict(
        from_="Louise Hendriks <louise.hendriks@orange.example>",
        subject="Tessa for my father in Zwolle",
        body="""Hello,

I am writing from Toulouse. My father Gerrit Hendriks has a Tessa (robot number 43309). He says the robot
wakes him at night. Could the night mode be checked? My number in France: +33 6 12 34 56 78.
His neighbour, Mrs Ten Hove, has a key: 038 421 09 87.

Best regards,
Louise""",
        name="Louise Hendriks",
        phone="+33612345678",
        robot="43309",
        lang="en",
        notes="French mobile; first name only in sign-off, full name in From; neighbour's number is a third party.",
    ),
    dict(
        from_="Bep en Kees Wolters <wolters.bk@hetnet.example>",
        subject="geen geluid",
        body="""Geachte,
Onze robot (8745) geeft geen geluid meer. We hebben hem al uit en aan gezet.
Kees Wolters
tel: 0546 - 87 65 43""",
        name="Kees Wolters",
        phone="+31546876543",
        robot="8745",
        notes="'Onze robot (8745)' label form; couple display name; the husband signs.",
    ),
    dict(
        from_="Johan Terpstra <johan.terpstra@home.example>",
        subject="Onderwerp: robot mam",
        client="qp",
        body="""Hoi,

Even kort: robot-ID van mam is 3O125 of 30125, ik weet niet of het een O of een nul is. Ze hoort niks meer.

groet, Johan (zoon van mevr. Terpstra)
+31 6 4455 6677""",
        name="Johan Terpstra",
        phone="+31644556677",
        robot="3O125",
        notes="Writer unsure between letter O and zero: the first labelled token counts, upper-cased as written.",
    ),
    dict(
        from_="Mw. A.M. Groeneveld <am.groeneveld@kpnmail.example>",
        subject="robot",
        body="""Geachte heer of mevrouw,

Mijn kleinzoon heeft dit voor mij getypt. De robot doet het goed maar ik wil graag dat hij mij 's avonds ook
herinnert aan mijn oogdruppels om 21.00 uur. Kan dat?

Met vriendelijke groeten,
Mevrouw Groeneveld
Tel. 0118 - 41 22 90""",
        name=None,
        phone="+31118412290",
        notes="Title and initials only in From, title + surname in the sign-off: no full name (policy: initials "
        "only, surname only). Time '21.00' is not a phone or id.",
    ),
    dict(
        from_="Evert Schouten <evert.schouten@ziggo.example>",
        subject="Re: [TB-260077] Robot geeft foutmelding",
        client="outlook",
        body="""Goedemiddag,

Zie mijn antwoorden hieronder in het rood.

Met vriendelijke groet,
Evert Schouten

Van: Tinybots Helpdesk <help@tinybots.nl>
Verzonden: donderdag 3 december 2026 08:55
Aan: Evert Schouten <evert.schouten@ziggo.example>
Onderwerp: [TB-260077] Robot geeft foutmelding

Beste heer Schouten,

1. Wat is het robotnummer? --> 41001
2. Op welk nummer kunnen we u bereiken? --> 06 - 70 80 90 10

Met vriendelijke groet,
Tinybots Helpdesk
""",
        name="Evert Schouten",
        ticket="TB-260077",
        notes="Answers typed 'in red' inside the quoted Outlook original (no '>' markers): the text view cannot "
        "tell them from the quote, so by policy (quoted text never supplies a value) phone and id are null.",
    ),
    dict(
        from_="Lies Brouwers <lies.brouwers@skynet.example>",
        subject="Tessa",
        body="""Dag,

Mijn vader (91) woont in Maastricht, ik in Hasselt. Zijn Tessa-nummer staat op de doos: 52210. De robot staat al twee dagen uit.

Mijn gsm: 0032 479 55 66 77
Vader zijn vaste lijn: 043 321 00 99

Groetjes,
Lies Brouwers""",
        name="Lies Brouwers",
        phone="+32479556677",
        robot="52210",
        notes="Belgian gsm with 0032; father's Dutch landline after it; 'Tessa-nummer' with words before the id.",
    ),
    dict(
        from_="Arjen Mulder <arjen@mulder-bouw.example>",
        subject="robot schoonvader",
        client="outlook",
        body="""Hoi,

Robotnummer schoonvader: 46120
Probleem: wekker gaat niet af
Bereikbaar: 06 – 1122 3344 (na 16u)

Arjen Mulder
Mulder Bouw B.V. | Industrieweg 4 | 8501 ZZ Joure | 0513 - 41 00 00 | KvK 01234567 | BTW NL001234567B01
""",
        name="Arjen Mulder",
        phone="+31611223344",
        robot="46120",
        notes="Writer's company signature with company phone after his mobile; KvK/BTW are not ids.",
    ),
    dict(
        from_="Corrie <corrie.blom@kpnmail.example>",
        subject="Re: [TB-259901] Nieuwe oplader",
        body="""ja graag
corrie blom""",
        name="Corrie Blom",
        ticket="TB-259901",
        notes="Two-word reply, lower-case name; ticket only in the subject; no quote.",
    ),
    dict(
        from_="Marco Visser <marco.visser@telfort.example>",
        subject="Tessa",
        body="""Hallo,

Mijn moeder (mevr. Visser) heeft twee robots gehad: de oude (robotnummer 10233) is vorig jaar retour gegaan,
de nieuwe heeft robotnummer 44018. De nieuwe geeft geen herinneringen.

Marco Visser
06 12 12 34 34""",
        name="Marco Visser",
        phone="+31612123434",
        robot="10233",
        notes="Two robots: policy takes the first labelled one even though it is the old one.",
    ),
    dict(
        from_="Ruth Goldberg <ruth.goldberg@bluewin.example>",
        subject="Tessa Papa / Robot-ID",
        body="""Grüezi

Mein Vater (Herr Abraham Goldberg, Amstelveen) hat eine Tessa, Roboter-ID: 39517. Könnten Sie die Uhrzeit
der Erinnerungen um eine Stunde verschieben? Ich wohne in Zürich: +41 79 123 45 67.

Freundliche Grüsse
Ruth Goldberg""",
        name="Ruth Goldberg",
        phone="+41791234567",
        robot="39517",
        lang="de",
        notes="Swiss German writer with a Swiss mobile.",
    ),
    dict(
        from_="A. de Haan <appie.dehaan@home.example>",
        subject="Verzoek",
        body="""Goede morgen

Graag een nieuwe voeding voor de robot, de oude is kapot gegaan bij het stofzuigen. Tessanr 30777.
Adres: Kerkstraat 44, 9101 AB Dokkum.
Bellen 06 24 24 24 11

m.v.g. A. de Haan""",
        name=None,
        phone="+31624242411",
        robot="30777",
        notes="Initial + surname in From and sign-off: no full name by policy. Short label 'Tessanr'.",
    ),
    dict(
        from_="Yasmina Bouzid <y.bouzid@hotmail.example>",
        subject="vraag",
        client="b64",
        body="""Salam/hallo,
de robot van mijn vader zegt alles in het nederlands maar hij spreekt beter arabisch, kan dat ook?
robotnummer 41515
Yasmina
Verzonden vanaf mijn Samsung Galaxy-smartphone.""",
        name="Yasmina Bouzid",
        robot="41515",
        notes="First name in sign-off, full name in From; Samsung footer.",
    ),
    dict(
        from_="Frank Dijkhuis <frank.dijkhuis@kpnmail.example>",
        subject="Re: [TB-260250] Adreswijziging",
        body="""Het nieuwe adres van mijn moeder is Lindelaan 3, 7731 CC Ommen. Haar nieuwe telefoonnummer is
0529 45 12 12. Mijn nummer blijft 06 33 22 11 00.

Frank

-----Original Message-----
From: Tinybots Helpdesk <help@tinybots.nl>
Sent: Wednesday, December 2, 2026 4:00 PM
Subject: [TB-260250] Adreswijziging

Wat is het nieuwe adres?
""",
        name="Frank Dijkhuis",
        phone="+31633221100",
        ticket="TB-260250",
        notes="Mother's new number first in the text (third party), writer's own second.",
    ),
    dict(
        from_="H.J. (Harm) Wessels <hj.wessels@online.example>",
        subject="Tessa",
        body="""Goedendag,

Onze Tessa (ID 42233) doet het prima maar mijn vrouw wil graag een andere stem. Kan dat?

Met vriendelijke groet,
Harm Wessels
Rijksstraatweg 120
7231 AG Warnsveld
0575 52 44 00""",
        name="Harm Wessels",
        phone="+31575524400",
        robot="42233",
        notes="Display name with initials and call name in brackets; 'Onze Tessa (ID 42233)'.",
    ),
    dict(
        from_="Linda Peters <linda.peters@gmail.example>",
        subject="Robot moeder - mijn nieuwe e-mailadres",
        body="""Beste,

Ik mail voortaan vanaf dit adres; het oude adres linda.peters1970@hetnet.example wordt opgeheven.
Mijn moeders robot heeft nummer 37001 - robotnummer 37001 bedoel ik.

Linda Peters
06 30 80 70 60""",
        name="Linda Peters",
        phone="+31630807060",
        robot="37001",
        rights=["rectification"],
        notes="Old address in the text is not used; 'heeft nummer 37001' then the labelled one (same id). "
        "Telling the desk the own address changed is rectification of contact details (corpus A g007, g037).",
    ),
    dict(
        from_="Rianne Kok <rianne@kokfamilie.example>",
        subject="Fw: foto robot",
        client="fwd",
        body="""Hoi, hierbij het bericht van mijn vader doorgestuurd. Hij krijgt het zelf niet voor elkaar.
Rianne Kok
06 41 41 41 42
""",
        fwd_from="Gerrit Kok <g.kok@kpnmail.example>",
        fwd_to="rianne@kokfamilie.example",
        fwd_subject="foto robot",
        fwd_body="""Rianne, robot doet niks meer. Serienummer 33100. Pa, 0297 56 12 12""",
        name="Rianne Kok",
        phone="+31641414142",
        notes="Forward as message/rfc822 attachment; father's serial and number in the attachment only.",
    ),
    dict(
        from_="Stefan Wouters <stefan.wouters@gmail.example>",
        subject="tessa",
        client="apple",
        body="""Kunnen jullie mij bellen? 0653427811

Stefan Wouters

Verstuurd vanaf mijn iPad""",
        name="Stefan Wouters",
        phone="+31653427811",
        notes="Phone written without any separator.",
    ),
    dict(
        from_="Greet Bosma <greet.bosma@ziggo.example>",
        subject="Tessa spreekt Fries?",
        body="""Goeie,

Us mem hat in Tessa (robotnûmer 38004) en se praat leaver Frysk. Kin de robot ek Frysk prate?

Groetnis,
Greet Bosma
058-2 12 34 56""",
        name="Greet Bosma",
        phone="+31582123456",
        robot="38004",
        lang="mixed",
        notes="Frisian label 'robotnûmer' with a circumflex.",
    ),
    dict(
        from_="Willem Brand <willem.brand@kpnmail.example>",
        subject="Robot 40991 geeft storing",
        body="""Goedemiddag,

Zie onderwerp. De storing begon na de update van afgelopen nacht. Ik ben bereikbaar op mijn werk
(tel. 020-5 67 89 01) en thuis 020 123 4568.

Groet,
Willem Brand""",
        name="Willem Brand",
        phone="+31205678901",
        robot="40991",
        notes="Robot id in subject ('Robot 40991'); a home number one digit off the help desk's.",
    ),
    dict(
        from_="Noor Hassan <noor.hassan@proton.example>",
        subject="question about Tessa for grandmother",
        body="""hi there

my grandma (oma) has tessa robot nr 45007, she lives in Den Haag. the robot is fine but can you add
a reminder for her insulin at 12:30? my uncle usually does this but he's abroad.
you can reach me at +31 (0) 6 1987 6543

cheers
noor""",
        name="Noor Hassan",
        phone="+31619876543",
        robot="45007",
        lang="en",
        notes="All lower-case English from a grandchild; first name only in sign-off, full name in From.",
    ),
]

PEOPLE += [
    dict(
        from_="Peter Janssens <peter.janssens@icloud.example>",
        subject="robot mother",
        client="apple",
        body="""hi this is peter janssens my mothers robot in eindhoven is not talking anymore the robot number is
44091 please call me back on plus 31 6 1122 3390 thank you

Sent from my iPhone""",
        name="Peter Janssens",
        phone="+31611223390",
        robot="44091",
        lang="en",
        notes="Dictated English without punctuation or capitals; 'plus 31' in words.",
    ),
    dict(
        from_="Tilly Aarts <tilly.aarts@kpnmail.example>",
        subject="nog een vraag",
        body="""Beste,

Ik heb nog een vraag over mijn melding TB-260366. Moet ik de robot zelf terugsturen of komt iemand hem halen?

Vriendelijke groet,
Tilly Aarts""",
        name="Tilly Aarts",
        ticket="TB-260366",
        notes="Ticket ref written in the body without brackets; new mail, no quote.",
    ),
    dict(
        from_="Sven Lindqvist <sven.lindqvist@outlook.example>",
        subject="Tessa - mijn schoonmoeder",
        body="""Hej / hallo,

My Dutch is not so good, excuse me. Mijn schoonmoeder mevrouw Bergsma heeft Tessa, robot id is TES-8821.
The robot says "geen wifi" but wifi is working. Can you help? I live in Stockholm: +46 70 123 45 67.

Met vriendelijke groet / Best regards
Sven Lindqvist

Get Outlook for iOS""",
        name="Sven Lindqvist",
        phone="+46701234567",
        robot="TES-8821",
        lang="mixed",
        notes="Swedish son-in-law, mixed NL/EN; Swedish mobile; 'Get Outlook for iOS' footer.",
    ),
    dict(
        from_="Johanna Brouwer-Kamp <jo.brouwerkamp@hetnet.example>",
        subject="Tessa",
        body="""Geachte mensen,

Ik schrijf u omdat mijn robot vaak zegt dat ik moet drinken terwijl ik net gedronken heb. Mijn dochter Els
(06 38 38 12 12) zegt dat u dat kunt aanpassen. Mijn schoonzoon heeft het ook al geprobeerd via zijn telefoon
maar die heeft een ander soort telefoon. Ik ben op maandag en vrijdag naar de dagbesteding, de bus haalt mij om
9 uur op. Thuis ben ik te bereiken op 0341 25 88 00. De dokter, dokter Van Wijk, vindt het ook goed dat het minder
vaak gebeurt. Dank u wel voor de moeite.""",
        name="Johanna Brouwer-Kamp",
        phone="+31341258800",
        notes="Long elderly mail without any sign-off: name only in From; daughter's number comes first.",
    ),
    dict(
        from_="Katrin Vogel <katrin.vogel@freenet.example>",
        subject="WG: Tessa Oma",
        body="""Hallo zusammen,

meine Schwester hat mir das unten geschickt. Ich kümmere mich darum, bitte antworten Sie mir. Telefon: 0049 (0)211 876 54 32.

Katrin Vogel

---------- Weitergeleitete Nachricht ----------
Von: Anke Vogel <anke.vogel@gmx.example>
Datum: Mo., 30. Nov. 2026 um 19:10 Uhr
Betreff: Tessa Oma
An: Katrin Vogel <katrin.vogel@freenet.example>

Katrin, Omas Roboter (Seriennummer 47734) in Nijmegen spricht nicht mehr. Kannst du Tinybots schreiben? Anke
""",
        name="Katrin Vogel",
        phone="+492118765432",
        lang="de",
        notes="German Gmail forward; 0049 (0) format; serial in the forwarded text only.",
    ),
]
