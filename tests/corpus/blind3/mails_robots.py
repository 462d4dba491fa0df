"""Customer mails with robot ids, traps that are not ids, and privacy mentioned in passing (no right requested)."""

ROBOTS = [
    dict(
        from_="Harriët Vonk <harriet.vonk@kpnmail.example>",
        subject="Robot mama",
        body="""Goedemorgen,

Het nummer van mijn moeders robot is 38814. Sinds gisteren hoort ze een zoemend geluid.

Met vriendelijke groet,
Harriët Vonk
""",
        name="Harriët Vonk",
        robot="38814",
        notes="'Het nummer van mijn moeders robot is' (label, words, then the id).",
    ),
    dict(
        from_="Johan Brink <johan.brink@home.example>",
        subject="Tessa 40917 doet het niet",
        body="""Goedenavond,

Zie onderwerp. Hij gaat niet meer aan.

Johan Brink
""",
        name="Johan Brink",
        robot="40917",
        notes="Product name plus id in the subject only.",
    ),
    dict(
        from_="Marian Goossens <marian.goossens@zorgplus.example>",
        subject="Twee robots bij één cliënt?",
        client="outlook",
        body="""Goedemiddag,

Bij een cliënt staan nu twee robots (robotnummers 51230 en 51231), omdat zijn vrouw er ook een heeft.
Kunnen die elkaar storen?

Met vriendelijke groet,

Marian Goossens
Casemanager dementie
""",
        name="Marian Goossens",
        robot="51230",
        notes="Plural label with two ids: the first.",
    ),
    dict(
        from_="Stefan Krüger <stefan.krueger@web.example>",
        subject="Roboter startet nicht",
        lang="de",
        body="""Hallo,

der Roboter meines Vaters startet nicht mehr. Die Seriennummer auf dem Aufkleber lautet TS-2024-0518.
Bestellnummer war 100248.

Grüße
Stefan Krüger
""",
        name="Stefan Krüger",
        robot="TS-2024-0518",
        notes="'Seriennummer auf dem Aufkleber lautet' (words between label and id); order number after.",
    ),
    dict(
        from_="Carolien Hendrix <c.hendrix@thuiszorg-west.example>",
        subject="Probleem robot",
        client="outlook",
        body="""Goedemorgen,

De robot van mevrouw Pauw heeft een vastgelopen scherm. Kunt u op afstand kijken?

Met vriendelijke groet,

Carolien Hendrix
Wijkverpleegkundige
Robot: 62277
Cliëntnummer: 100334
""",
        name="Carolien Hendrix",
        robot="62277",
        notes="'Robot: N' in the signature block; client number after.",
    ),
    dict(
        from_="Bert Mulders <bert.mulders@planet.example>",
        subject="robot gaat uit",
        body="""Hallo,

Onze Tessa (nr. 27715) gaat om 22.00 uur uit en om 07.00 uur weer aan. Dat was vroeger niet zo.

Bert Mulders
""",
        name="Bert Mulders",
        robot="27715",
        notes="Label in parentheses after the product name ('Tessa (nr. 27715)'); times are not ids.",
    ),
    dict(
        from_="Jelle de Boer <jelle.deboer@hetnet.example>",
        subject="Tessa fan heit",
        lang="mixed",
        body="""Goeie,

De Tessa fan myn heit (robotnûmer 33190) praat net mear. Wat moatte wy dwaan?

Groetnis,
Jelle de Boer
""",
        name="Jelle de Boer",
        robot="33190",
        notes="Frisian label 'robotnûmer'.",
    ),
    dict(
        from_="Gemma Wuyts <gemma.wuyts@telenet.example>",
        subject="Serienummer",
        body="""Dag,

U vroeg naar het serienummer. Het staat op de onderkant: TSB-2291. Het klantnummer is 55012.

Groetjes,
Gemma Wuyts
""",
        name="Gemma Wuyts",
        robot="TSB-2291",
        notes="Serial after 'Het staat op de onderkant:'; customer number after.",
    ),
    dict(
        from_="Ronald Evers <ronald.evers@gmail.example>",
        subject="Factuur",
        body="""Goedemiddag,

Op factuur 2026-11-0381 staat een bedrag van € 89,00 voor installatie. Dat was toch gratis?
Mijn klantnummer is 440871, postcode 6512 AK, huisnummer 33.

Ronald Evers
""",
        name="Ronald Evers",
        notes="Trap: invoice, customer number, postcode, house number; no robot id.",
    ),
    dict(
        from_="Mieke Claassen <mieke.claassen@home.example>",
        subject="Foutcode",
        body="""Goedemorgen,

Tessa geeft foutcode E-1042 en daarna 'update 5.1.0 mislukt'. Het gebeurde op 14-11-2026 om 09:32.
Mijn robotnummer weet ik niet uit mijn hoofd.

Mieke Claassen
""",
        name="Mieke Claassen",
        notes="Trap: error code, version, date, time; label word without an id: null.",
    ),
    dict(
        from_="Lars Visser <lars.visser@online.example>",
        subject="Robot ID",
        client="android",
        body="""Hoi, hier het robot ID waar jullie om vroegen: 48-A-2210
Groet Lars Visser
""",
        name="Lars Visser",
        robot="48-A-2210",
        notes="Id with letters and dashes after 'waar jullie om vroegen:'.",
    ),
    dict(
        from_="Caroline Peeters <caroline.peeters@zorgcentrum.example>",
        subject="Tessa-nummers bewoners",
        client="outlook",
        body="""Goedemiddag,

Hierbij de Tessa-nummers van onze bewoners die een update nodig hebben:
- kamer 12: 70031
- kamer 14: 70032
- kamer 21: 70045

Met vriendelijke groet,

Caroline Peeters
Teamleider
""",
        name="Caroline Peeters",
        robot="70031",
        notes="Plural label then a list with room numbers before the ids: the first id (not the room number).",
    ),
    dict(
        from_="Dennis Maas <dennis.maas@mail.example>",
        subject="Storing",
        body="""Goedemiddag,

Mijn robot doet het niet. Ik heb 2 robots: een in de woonkamer en een boven. Het gaat om de robot boven.
Bestelling 77412 van 3 oktober.

Dennis Maas
Tel 0413 - 24 68 10
""",
        name="Dennis Maas",
        phone="+31413246810",
        notes="Trap: count and order number, no robot id.",
    ),
    dict(
        from_="Iris Kamphuis <iris.kamphuis@zorg-en-welzijn.example>",
        subject="Robot Id vraag",
        body="""Goedemorgen,

Robot-id van de cliënt in de Lindelaan: 2045. Die van zijn vrouw weet ik niet.
Kunt u nagaan of de update is geïnstalleerd?

Iris Kamphuis
""",
        name="Iris Kamphuis",
        robot="2045",
        notes="'Robot-id van de cliënt in de Lindelaan:' then a 4-digit id.",
    ),
    dict(
        from_="Theo Brouwer <theo.brouwer@caiway.example>",
        subject="Tessa ID 81192 - nieuwe wifi",
        body="""Beste,

We hebben een nieuwe router. Hoe stel ik de Tessa opnieuw in?

Theo Brouwer
""",
        name="Theo Brouwer",
        robot="81192",
        notes="'Tessa ID' in the subject with a dash after the id.",
    ),
    dict(
        from_="Emma Lewis <emma.lewis@btinternet.example>",
        subject="Tessa serial number",
        lang="en",
        body="""Hi,

Mum's Tessa has the serial number TBR-7731-X on the base. It has stopped announcing her appointments.
Order ref 2026-UK-0041 if that helps.

Thanks,
Emma Lewis
""",
        name="Emma Lewis",
        robot="TBR-7731-X",
        notes="'serial number ... on the base' phrase; order ref as a distractor.",
    ),
    dict(
        from_="Paul Verbruggen <paul.verbruggen@gmail.example>",
        subject="Re: robotnummer [TB-005280]",
        ticket="TB-005280",
        client="gmail",
        body="""Het robotnummer is 0917.

Paul Verbruggen

Op do 12 nov 2026 om 11:00 schreef Tinybots Helpdesk <help@tinybots.nl>:
> Beste heer Verbruggen, wilt u het robotnummer doorgeven? Het staat op de sticker (bijv. 12345).
""",
        name="Paul Verbruggen",
        robot="0917",
        notes="Leading zero kept; the example number is only in the quote.",
    ),
    dict(
        from_="Nora Akkermans <nora.akkermans@ziggo.example>",
        subject="Vraag over privacy en de robot",
        body="""Goedemiddag,

Mijn moeder krijgt binnenkort een Tessa (robotnr. 59120). Ik las op jullie site de privacyverklaring; fijn
dat alles netjes geregeld is. Mijn vraag is eigenlijk praktisch: moet de robot altijd aan het stopcontact?

Groet,
Nora Akkermans
""",
        name="Nora Akkermans",
        robot="59120",
        notes="Privacy mentioned in passing (read the statement, no request): no right.",
    ),
    dict(
        from_="Frits van Essen <frits.vanessen@home.example>",
        subject="camera?",
        body="""Goedendag,

Mijn vader wil in verband met zijn privacy geen camera in huis; op jullie site zag ik dat de Tessa er geen heeft,
dus dat is goed. Past de robot op een vensterbank van 20 cm diep?

Frits van Essen
06-53 11 90 27
""",
        name="Frits van Essen",
        phone="+31653119027",
        notes="Privacy mentioned as settled; a product question: no right.",
    ),
    dict(
        from_="Anita Hoekstra <anita.hoekstra@zorgnet.example>",
        subject="Toestemmingsformulier",
        client="outlook",
        body="""Goedemorgen,

In het toestemmingsformulier voor de Tessa van dhr. Kingma (robot id 64003) staat dat de gegevens
volgens de AVG worden verwerkt. Moet de cliënt zelf tekenen of mag zijn dochter dat doen als wettelijk
vertegenwoordiger?

Met vriendelijke groet,
Anita Hoekstra
Wijkverpleegkundige
""",
        name="Anita Hoekstra",
        robot="64003",
        notes="AVG and consent form mentioned as a practical question about who signs: no right.",
    ),
    dict(
        from_="Rob Jansen <rob.jansen@kpnmail.example>",
        subject="Gegevens in de app",
        body="""Hallo,

In de app staat de verjaardag van mijn moeder verkeerd ingevuld, maar dat kan ik zelf aanpassen zie ik net.
Verder een vraag: kan de robot ook zondag een andere begroeting geven?

Robot nr. 30877

Rob Jansen
""",
        name="Rob Jansen",
        robot="30877",
        notes="Wrong data he can fix himself (no request); 'Robot nr.' on its own line.",
    ),
    dict(
        from_="Yvonne Teunissen <yvonne.teunissen@online.example>",
        subject="Opzeggen",
        body="""Beste mensen,

Mijn vader is helaas overleden. Ik wil het abonnement van zijn Tessa (Tessa-nummer 22918) opzeggen.
Wanneer kan de robot worden opgehaald?

Met vriendelijke groet,
Yvonne Teunissen
""",
        name="Yvonne Teunissen",
        robot="22918",
        notes="Cancelling after a death is not erasure.",
    ),
    dict(
        from_="Marco Bergsma <marco.bergsma@hotmail.example>",
        subject="Privacy instelling spraakopnames",
        body="""Hallo,

Waar in de app kan ik de privacy-instellingen vinden? Ik wil zelf de spraakopnames aanzetten zodat mijn
moeder berichtjes kan inspreken. Robotnummer: 45102.

Marco Bergsma
""",
        name="Marco Bergsma",
        robot="45102",
        notes="Privacy settings in the app (how-to question): no right.",
    ),
    dict(
        from_="Els Wijnen <els.wijnen@gmail.example>",
        subject="Nieuwsbrief afmelden",
        body="""Hallo,

Ik krijg jullie nieuwsbrief dubbel, op twee adressen. Eén keer is genoeg, mag het op dit adres blijven?
De robot zelf bevalt prima!

Groet,
Els Wijnen
""",
        name="Els Wijnen",
        notes="A duplicate newsletter: she wants it once, not stopped; no right.",
    ),
    dict(
        from_="Hugo Dijkstra <hugo.dijkstra@xs4all.example>",
        subject="AVG-verklaring voor thuiszorg",
        client="outlook",
        body="""Goedemiddag,

Onze thuiszorgorganisatie vraagt om een verklaring dat de Tessa aan de AVG voldoet, voordat de
verpleegkundigen herinneringen mogen instellen. Hebben jullie zo'n document?

Met vriendelijke groet,
Hugo Dijkstra
""",
        name="Hugo Dijkstra",
        notes="Asking for a compliance document (like a DPA request): no right.",
    ),
    dict(
        from_="Lieke van Dongen <lieke.vandongen@gmail.example>",
        subject="Tessa S/N 9F4C-1180 geeft geen geluid",
        client="iphone",
        body="""Zie onderwerp, al geprobeerd te herstarten.

Groetjes Lieke van Dongen
Verstuurd vanaf mijn iPhone
""",
        name="Lieke van Dongen",
        robot="9F4C-1180",
        notes="'S/N' with a hex-like id in the subject.",
    ),
    dict(
        from_="Gertjan Bosma <gertjan.bosma@online.example>",
        subject="Herinnering medicijnen",
        body="""Hallo,

Ik wil de medicijnherinnering van 08:00 naar 08:30 zetten. Het gaat om de robot met nummer 52301.
Mijn moeder woont op nummer 52 in de Molenstraat.

Gertjan Bosma
""",
        name="Gertjan Bosma",
        robot="52301",
        notes="'de robot met nummer' then the id; a house number 'nummer 52' later is a trap.",
    ),
    dict(
        from_="Sylvia Ramdin <sylvia.ramdin@hotmail.example>",
        subject="Robot",
        body="""Goedemiddag,

De robot van mijn moeder werkt niet. Ze woont op Javastraat 118, 2585 AP Den Haag.
Haar geboortedatum is 12-03-1941 als u dat nodig heeft. IBAN voor de terugbetaling: NL20 INGB 0001 2345 67.

Sylvia Ramdin
06 24 18 36 90
""",
        name="Sylvia Ramdin",
        phone="+31624183690",
        notes="Trap: house number, postcode, birth date, IBAN parts; no robot id.",
    ),
    dict(
        from_="Arnold Ketelaar <a.ketelaar@zorgwijk.example>",
        subject="Storing",
        body="""Goedemorgen,

Robotnummers: 31207, 31208 (beide bij cliënten in Hengelo). Bij allebei valt het geluid weg.

Arnold Ketelaar
""",
        name="Arnold Ketelaar",
        robot="31207",
        notes="Plural label with a colon and two ids: the first.",
    ),
    dict(
        from_="Monika Weber <monika.weber@gmx.example>",
        subject="Roboter-ID 55S-210",
        lang="de",
        body="""Guten Tag,

wie besprochen hier die Roboter-ID meiner Tante. Der Roboter zeigt immer noch Fehler 404.

Viele Grüße
Monika Weber
""",
        name="Monika Weber",
        robot="55S-210",
        notes="German 'Roboter-ID' in the subject; error 404 in the body is not an id.",
    ),
    dict(
        from_="Wouter Kramer <wouter.kramer@mail.example>",
        subject="Tessa van mijn oma",
        client="html",
        html="""<html><body><div>Hallo,</div><div>&nbsp;</div><div>De Tessa van mijn oma (robot&nbsp;ID:&nbsp;<b>66012</b>) doet het
niet.</div><div>&nbsp;</div><div>Wouter Kramer</div></body></html>""",
        body="",
        name="Wouter Kramer",
        robot="66012",
        notes="HTML-only; the id in bold after '&nbsp;ID:&nbsp;' inside parentheses.",
    ),
    dict(
        from_="Petra Schoemaker <petra.schoemaker@ziggo.example>",
        subject="Update",
        body="""Hoi,

Versie 4.8.2 staat erop. Robotnummer 4. De vierde robot die we hebben gehad, haha. Nee serieus: het nummer
op de sticker is weggesleten.

Petra Schoemaker
""",
        name="Petra Schoemaker",
        notes="Trap: 'Robotnummer 4' is a count joke (1 digit, below the 3-character id shape); no id.",
    ),
    dict(
        from_="Dirk-Jan Vos <dirkjan.vos@home.example>",
        subject="Vraag over robot",
        body="""Beste,

Onze robot (serienr. TS-2023-0044) is vanochtend om 7 uur opnieuw opgestart en sindsdien stil.
Klantnummer: K-88213.

Dirk-Jan Vos
""",
        name="Dirk-Jan Vos",
        robot="TS-2023-0044",
        notes="'serienr.' inside parentheses; customer number K-88213 later.",
    ),
    dict(
        from_="Femke Jansen <femke.jansen@kpnmail.example>",
        subject="Tessa werkt niet",
        client="outlook",
        body="""Goedemiddag,

De Tessa werkt niet. Ik heb het volgende geprobeerd: stekker eruit, 30 seconden gewacht, stekker erin.

Met vriendelijke groet,

Femke Jansen
Mantelzorger van mw. H. Jansen
Robot ID: 27304
""",
        name="Femke Jansen",
        robot="27304",
        notes="'Robot ID:' under the signature with the client's initials above.",
    ),
    dict(
        from_="Herbert Sluiter <herbert.sluiter@online.example>",
        subject="robot",
        body="""goedemiddag ik bel al de hele dag maar krijg niemand tel 0599 61 22 43 robot is nummer 18830 groet herbert sluiter
""",
        name="Herbert Sluiter",
        phone="+31599612243",
        robot="18830",
        notes="One run-on line: phone, 'robot is nummer', name in lower case.",
    ),
    dict(
        from_="Sarah de Wit <sarah.dewit@icloud.example>",
        subject="Herinneringen",
        client="apple",
        body="""Goedemorgen,

De herinneringen van Tessa (ID 71-B-503) komen 5 minuten te laat. Is de klok verkeerd?

Hartelijke groet,
Sarah de Wit
""",
        name="Sarah de Wit",
        robot="71-B-503",
        notes="'Tessa (ID ...)' form.",
    ),
    dict(
        from_="Toon Aerts <toon.aerts@skynet.example>",
        subject="robot",
        body="""Goedendag,

Het gaat over de robot in de Kerkstraat 204 in Lommel, postcode 3920. Hij doet het niet meer sinds 12/11.

Toon Aerts
+32 11 54 32 10
""",
        name="Toon Aerts",
        phone="+3211543210",
        notes="Trap: Belgian house number, postcode and date; no id. Belgian landline.",
    ),
    dict(
        from_="Lisanne Groen <lisanne.groen@zorgteam.example>",
        subject="Melding Tessa",
        client="android",
        body="""Hoi,

Nog een melding vanuit het team: robot van mevr. Dekker, het ID is TS-2022-1503, geeft geen herinneringen.

Gr. Lisanne Groen
""",
        name="Lisanne Groen",
        robot="TS-2022-1503",
        notes="'robot van mevr. Dekker, het ID is' (label words then 'het ID is').",
    ),
    dict(
        from_="Maria Jansen-Hol <maria.jansenhol@gmail.example>",
        subject="Fwd: Uw robot is verzonden",
        client="fwd",
        body="""Hallo,

Hieronder de verzendbevestiging. Onze eigen robot heeft robotnummer 60455 (staat op de doos).
De robot is nog niet aangekomen.

Maria Jansen-Hol
""",
        fwd_from="Tinybots <noreply@tinybots.example>",
        fwd_subject="Uw robot is verzonden",
        fwd_body="Uw robot met serienummer 60999 is verzonden. Track & trace: 3SXYZ99887766. Klantnummer 120044.",
        name="Maria Jansen-Hol",
        robot="60455",
        notes="The id in the new text; a different serial in the forwarded message/rfc822.",
    ),
    dict(
        from_="Klaas Hiemstra <klaas.hiemstra@hetnet.example>",
        subject="Geen verbinding",
        client="latin1",
        body="""Goedendag,

Tessa zegt: 'Geen verbinding met de server.' Ik heb een glasvezelaansluiting.
Het robot-ID van mijn moeder:   22070

Met vriendelijke groet,
Klaas Hiemstra
""",
        name="Klaas Hiemstra",
        robot="22070",
        notes="'Het robot-ID van mijn moeder:' with extra spaces; iso-8859-1 QP.",
    ),
    dict(
        from_="Hanneke Post <hanneke.post@online.example>",
        subject="Robot opnieuw koppelen",
        body="""Goedemiddag,

Mijn wifi-wachtwoord is veranderd. De robot (robot nr 7742) moet opnieuw worden gekoppeld.
Het wachtwoord stuur ik in verband met de privacy niet per mail mee, ik kom er zelf wel uit als u uitlegt hoe.

Hanneke Post
""",
        name="Hanneke Post",
        robot="7742",
        notes="Privacy assumption as an aside, not a request: no right.",
    ),
    dict(
        from_="Joost Meulenberg <joost.meulenberg@ziggo.example>",
        subject="vraag",
        body="""Hallo,

Mijn vader heeft geen e-mail, daarom mail ik. Zijn Tessanummer: TS2021-775. Hij wil graag dat de robot
ook op zaterdag 'goedemorgen' zegt.

Hij was eerst bang dat de robot meeluistert, maar na het lezen van de folder is hij gerust.

Joost Meulenberg
""",
        name="Joost Meulenberg",
        robot="TS2021-775",
        notes="'Tessanummer:' label; a settled privacy worry is not a rights request.",
    ),
    dict(
        from_="Ria Bouma <ria.bouma@planet.example>",
        subject="Gegevens",
        body="""Goedemiddag,

Ik las in de krant dat er veel gegevens lekken bij bedrijven. Ik vertrouw erop dat dat bij jullie goed zit.
Onze robot werkt verder prima. Robotnummer 15520.

Groeten,
Ria Bouma
""",
        name="Ria Bouma",
        robot="15520",
        notes="A worry about data leaks, no request: no right.",
    ),
    dict(
        from_="Vincent Lambers <vincent.lambers@mail.example>",
        subject="Nieuwe gebruiker toevoegen",
        body="""Hallo,

Hoe voeg ik mijn broer toe als mantelzorger in de app? Robot ID = 88031. Hij heeft de app al geïnstalleerd.

Vincent Lambers
""",
        name="Vincent Lambers",
        robot="88031",
        notes="'Robot ID =' with an equals sign; adding a user (no right).",
    ),
    dict(
        from_="Bianca Hoogeveen <bianca.hoogeveen@kpnmail.example>",
        subject="Re: Tessa [TB-005333]",
        ticket="TB-005333",
        client="outlook",
        body="""Goedemorgen,

Ons robotnummer is 37701, niet 37710 zoals in uw mail staat.

Met vriendelijke groet,
Bianca Hoogeveen

Van: Tinybots Helpdesk <help@tinybots.nl>
Verzonden: vrijdag 13 november 2026 15:22
Aan: Bianca Hoogeveen
Onderwerp: Tessa [TB-005333]

Beste mevrouw Hoogeveen, wij hebben robot 37710 op afstand herstart. Is het probleem opgelost?
""",
        name="Bianca Hoogeveen",
        robot="37701",
        notes="The correct id in the new text, the wrong one in the quote and in the new text after 'niet' (first labelled wins).",
    ),
]
