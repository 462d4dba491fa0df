"""Customer mails about names, phones and robot ids (no rights)."""

PEOPLE = [
    dict(
        from_="Dhr. R.J. Smit <rj.smit@kpnmail.example>",
        subject="robot praat niet meer",
        body="""Goedemiddag,

Sinds gisteren zegt de robot van mijn vrouw niets meer. Het lampje brandt wel groen.
Het nummer van de robot (staat onderop) is 31877.

Met vriendelijke groet,
Rob Smit
""",
        name="Rob Smit",
        robot="31877",
        notes="Initials in From with title; full name in sign-off; id after 'Het nummer onderop is'.",
    ),
    dict(
        from_="TRUUS BAKKER <truusbakker@ziggo.example>",
        subject="HELP",
        body="""GOEDEMORGEN DE ROBOT DOET HET NIET MEER HIJ ZEGT NIKS MEER ALS IK WAT VRAAG MIJN KLEINZOON HEEFT HEM NOG AANGEZET MAAR NIKS U KUNT MIJ BELLEN OP 0513 612 448 DAT IS THUIS
GROETEN TRUUS BAKKER
""",
        name="Truus Bakker",
        phone="+31513612448",
        notes="All caps elderly writer, phone in the middle of the text.",
    ),
    dict(
        from_="oma.joke@hetnet.example",
        subject="",
        body="""ik krijg het ding niet meer aan na de stroomstoring gisteravond wat moet ik doen mijn zoon is op vakantie
het nummer van de robot is 4471 staat op de sticker

groetjes joke van der meer
""",
        name="Joke van der Meer",
        robot="4471",
        notes="No subject, no display name, no punctuation; name in lower case at the end.",
    ),
    dict(
        from_="Oma Els <els.dekker1941@gmail.example>",
        subject="Tessa zegt rare dingen",
        client="apple",
        body="""Hallo

Tessa zegt 's nachts om 3 uur dat ik mijn pillen moet nemen. Dat hoort om 8 uur. Kan dat worden veranderd?

Els Dekker
06 18 27 36 45

Verstuurd vanaf mijn iPhone
""",
        name="Els Dekker",
        phone="+31618273645",
        notes="Nickname display name 'Oma Els'; iPhone footer; times are not ids.",
    ),
    dict(
        from_="Marloes Verhoeven <marloes.verhoeven@outlook.example>",
        subject="Vraag over robot van mijn moeder",
        client="outlook",
        body="""Beste helpdesk,

Mijn moeder (mw. A. Verhoeven-Kuijpers, tel. 040-2123456) heeft sinds een maand een Tessa. Het robotnummer van haar Tessa is 52018.
De herinneringen voor haar koffie komen niet meer door. Wilt u mij bellen? Ik ben het best bereikbaar op 06-22334455.

Groet,
Marloes Verhoeven
""",
        name="Marloes Verhoeven",
        phone="+31622334455",
        robot="52018",
        notes="Daughter writes: mother's phone comes first (third party), the writer's own mobile later.",
    ),
    dict(
        from_="Familie de Jong <fam.dejong@home.example>",
        subject="robot nr 60312 geen geluid",
        body="""Goedendag,

De robot maakt geen geluid meer. Volume staat op maximaal.

Vriendelijke groeten,
Pieter de Jong
(zoon van mevr. de Jong)
""",
        name="Pieter de Jong",
        robot="60312",
        notes="Family display name; robot id in the subject.",
    ),
    dict(
        from_="Wijkverpleging Noord | Careyn <wijk.noord@careyn.example>",
        subject="Tessa client storing",
        client="outlook",
        body="""Goedemorgen,

Bij een van onze cliënten (Robot Id cliënt: 77120) valt de robot telkens uit. Wij hebben hem opnieuw opgestart zonder resultaat.
Kunt u contact opnemen?

Met vriendelijke groet,

Ingrid Hoekstra
Wijkverpleegkundige team Noord
Careyn Thuiszorg
T 088 123 99 00 (algemeen)
M 06 41 55 66 77
www.careyn.example

Dit bericht is uitsluitend bestemd voor de geadresseerde. Careyn is niet aansprakelijk voor schade.
""",
        name="Ingrid Hoekstra",
        phone="+31881239900",
        robot="77120",
        notes="Team mailbox; organisation number first in the signature (label policy: first number of the writer), mobile later.",
    ),
    dict(
        from_="Anouk Mertens <a.mertens@buurtzorg.example>",
        subject="robot mw. Pauwels",
        client="b64",
        body="""Hoi,

Bij mw. Pauwels (06 98765432 is van haar dochter) werkt de spraak niet. robot ID: TSR-1049-B

Kan iemand mij terugbellen op mijn werkmobiel 06 13 57 91 35?

Anouk Mertens
Buurtzorg Oosterhout

Verzonden vanaf mijn Samsung Galaxy-smartphone.
""",
        name="Anouk Mertens",
        phone="+31613579135",
        robot="TSR-1049-B",
        notes="Nurse: the client's daughter's number first (third party), the writer's own work mobile later; Samsung footer; base64.",
    ),
    dict(
        from_='"Bakker, Henk" <h.bakker@gemeente.example>',
        subject="Tessa van mijn vader",
        client="outlook",
        body="""Goedemiddag,

Mijn vader heeft een Tessa (serienummer TB2-88120). Hij is verhuisd naar een verzorgingshuis en de wifi daar is anders.
Hoe stel ik het nieuwe netwerk in?

Met vriendelijke groet,

Henk Bakker
""",
        name="Henk Bakker",
        robot="TB2-88120",
        notes="'Lastname, Firstname' display name; serial in parentheses.",
    ),
    dict(
        from_="Klaus Wagner <klaus.wagner@web.example>",
        subject="Roboter spricht nicht mehr",
        lang="de",
        body="""Sehr geehrte Damen und Herren,

der Roboter meiner Mutter (Seriennummer: 84412) spricht seit dem Update nicht mehr.
Sie erreichen mich unter +49 (0) 211 5566778.

Mit freundlichen Grüßen
Klaus Wagner
""",
        name="Klaus Wagner",
        phone="+492115566778",
        robot="84412",
        notes="German writer, German landline with (0).",
    ),
    dict(
        from_="Sarah Collins <sarah.collins@btinternet.example>",
        subject="Robot for my dad keeps restarting",
        lang="en",
        body="""Hi there,

My dad's robot keeps restarting every ten minutes. The serial number on the back is 93310.
I live in the UK, so please email rather than call. Dad's number in Utrecht is 030 234 5678 if you need him.

Thanks,
Sarah
""",
        name="Sarah Collins",
        robot="93310",
        notes="English daughter; the only phone is her father's (third party): phone null. Sign-off first name only; full name from From.",
    ),
    dict(
        from_="jan <jan1948@planet.example>",
        subject="Re: robot",
        body="""goedemiddag
ik heb de robot uit en aan gezet zoals u zei maar hij doet het nog steeds niet
robot nr 40055
mijn telefoon is 0345-612345
J.W. Verbeek
""",
        name=None,
        phone="+31345612345",
        robot="40055",
        notes="First name in From, initials in the sign-off: no full name anywhere (null). 'robot nr 40055': id after 'nr'.",
    ),
    dict(
        from_="Gerrit Zwart <g.zwart@kpnplanet.example>",
        subject="Storing",
        client="html",
        html="""<html><body><div>Geachte heer/mevrouw,</div><div><br></div>
<div>De Tessa van mijn moeder geeft een rood lampje. Foutcode E-41.</div>
<div>Ons robotnummer is&nbsp;20987.</div><div><br></div>
<div>Met vriendelijke groet,</div><div><br></div>
<div style="font-family:Calibri"><b>Gerrit Zwart</b><br>Tel:&nbsp;06&nbsp;51&nbsp;23&nbsp;45&nbsp;67<br>Fax: 0314 123456</div>
</body></html>""",
        body="",
        name="Gerrit Zwart",
        phone="+31651234567",
        robot="20987",
        notes="HTML-only with div signature and &nbsp; inside the phone; error code E-41 is not an id; fax is not the phone.",
    ),
    dict(
        from_="Linda Meijer <linda.meijer@gmail.example>",
        subject="Re: Uw vraag [TB-004512]",
        client="gmail",
        ticket="TB-004512",
        body="""Hallo,

Het werkt weer, dank u wel!

Groetjes Linda

Op di 3 nov 2026 om 10:12 schreef Tinybots Helpdesk <help@tinybots.nl>:

> Beste mevrouw Meijer,
>
> Kunt u de robot (Robot Id 50112) even uit- en aanzetten? Bel anders 020 123 4567.
>
> Met vriendelijke groet,
> Tinybots Helpdesk
""",
        name="Linda Meijer",
        notes="Gmail 'Op ... schreef' quote: the robot id and help desk phone are only in the quote.",
    ),
    dict(
        from_="Peter van Leeuwen <p.vanleeuwen@hotmail.example>",
        subject="RE: robot moeder",
        client="outlook",
        ticket="TB-004388",
        body="""Hoi,

Bedankt. Het serienummer is TS-2023-1177, ik had het fout doorgegeven.

Peter van Leeuwen
06-1234 5670

Van: Tinybots Helpdesk <help@tinybots.nl>
Verzonden: maandag 2 november 2026 14:03
Aan: Peter van Leeuwen <p.vanleeuwen@hotmail.example>
Onderwerp: robot moeder [TB-004388]

Beste heer Van Leeuwen,

Het robotnummer 55555 is bij ons niet bekend. Klopt dat nummer?

Tinybots Helpdesk | 020 123 4567
""",
        name="Peter van Leeuwen",
        phone="+31612345670",
        robot="TS-2023-1177",
        notes="Outlook quote header without '>' (Van:/Verzonden:/Aan:/Onderwerp:); the wrong id is in the quote.",
    ),
    dict(
        from_="Mehmet Yilmaz <m.yilmaz@gmail.example>",
        subject="robot annem",
        lang="mixed",
        body="""merhaba goedendag,

robot van mijn moeder werkt niet, ze hoort niks. id is 7781. ik ben mehmet zoon
bel mij 0684 123 456

Mehmet Yilmaz
""",
        name="Mehmet Yilmaz",
        phone="+31684123456",
        robot="7781",
        notes="Turkish-Dutch; 'id is 7781'.",
    ),
    dict(
        from_="Hanna Schulte <h.schulte@t-online.example>",
        subject="Frage zur Tessa",
        lang="de",
        body="""Hallo,

wir haben die Tessa für meine Oma gekauft (Roboter-ID 66190). Kann man die Stimme langsamer machen?
Mein Handy: +49 171 2345678

Viele Grüße
Hanna Schulte
""",
        name="Hanna Schulte",
        phone="+491712345678",
        robot="66190",
        notes="German mobile in international form.",
    ),
    dict(
        from_="Wim & Ria Kok <kok.wimria@ziggo.example>",
        subject="vraag",
        body="""Beste mensen,

Ik wil graag weten of de robot ook het nieuws kan voorlezen.

Groeten,
Ria Kok
""",
        name="Ria Kok",
        notes="Two people in the display name; Ria signs.",
    ),
    dict(
        from_="Tom Hendriks <tom@hendriks-ict.example>",
        subject="Tessa 40917 offline",
        client="outlook",
        body="""Goedemiddag,

Zie onderwerp. Ik beheer het netwerk voor mijn schoonmoeder, de robot is sinds zaterdag offline. Router is vervangen.

Met vriendelijke groet,

Tom Hendriks
Hendriks ICT | Dorpsstraat 14 | 5411 AB Zeeland
T: 0486 45 67 89 | KvK 12345678
""",
        name="Tom Hendriks",
        phone="+31486456789",
        robot="40917",
        notes="Product name followed by the id in the subject; KvK number, postcode and house number are distractors.",
    ),
    dict(
        from_="Annemiek <annemiek.zwaan@icloud.example>",
        subject="Herinnering werkt niet",
        client="apple",
        body="""Goedemorgen,

De herinnering voor het water drinken komt niet meer. Mijn vaders robot heeft nummer 3309.

Annemiek Zwaan
Sent from my iPhone
""",
        name="Annemiek Zwaan",
        robot="3309",
        notes="First name display name; 'robot heeft nummer 3309'.",
    ),
    dict(
        from_="Dirk Boer <dirk.boer@xs4all.example>",
        subject="Nieuwe robot aangesloten",
        body="""Hallo,

We hebben 2 robots, de nieuwe (robot ID 81200) en de oude die we terugsturen (robot ID 61003).
Kan de oude worden afgemeld?

Dirk Boer
Oude telefoon 010-4567890 werkt niet meer, nieuw: 010-7654321
""",
        name="Dirk Boer",
        phone="+31107654321",
        robot="81200",
        notes="Two labelled ids: the first. The old number announced as old is not the phone.",
    ),
    dict(
        from_="Yvonne de Vries <yvonne@devries-fam.example>",
        subject="Fwd: Bevestiging bestelling 2026-88123",
        client="fwd",
        body="""Hallo,

Hierbij de bevestiging. Ik heb de robot nog niet ontvangen, bestelnummer zie onder.

Yvonne de Vries
""",
        fwd_from="Tinybots Webshop <shop@tinybots.example>",
        fwd_subject="Bevestiging bestelling 2026-88123",
        fwd_body="Bedankt voor uw bestelling 2026-88123.\nRobot: Tessa\nKlantnummer: 445566\nBel ons op 020 123 4567.",
        name="Yvonne de Vries",
        notes="Forwarded message/rfc822 with order and customer numbers: no id, no phone.",
    ),
    dict(
        from_="Joop Visser <joopvisser@home.example>",
        subject="tessa",
        body="""geachte

de tessa van mij zegt steeds dat er geen internet is maar de computer doet het wel
mijn nummer is 06 - 20 30 40 50 en het tessanummer 5502

Joop Visser
Kerkstraat 12
8911 AB Leeuwarden
""",
        name="Joop Visser",
        phone="+31620304050",
        robot="5502",
        notes="Phone with spaced dashes; id after 'tessanummer'.",
    ),
    dict(
        from_="Service Desk Zorggroep Rivierenland <servicedesk@zgr.example>",
        subject="Melding 2026-11-0042: robot cliënt",
        client="outlook",
        body="""Beste Tinybots,

Namens de wijkverpleging melden wij het volgende: bij een cliënt in Tiel (robot: 70881) klinkt de stem vervormd.

Contactpersoon: Bas Koster, applicatiebeheerder
Telefoon: 0344 - 63 42 10

Met vriendelijke groet,
Servicedesk Zorggroep Rivierenland
""",
        name="Bas Koster",
        phone="+31344634210",
        robot="70881",
        notes="Service desk mailbox; the person is in the Contactpersoon line; its own melding number is not an id.",
    ),
    dict(
        from_="Charlotte Dubois <charlotte.dubois@orange.example>",
        subject="Tessa for my mother in Breda",
        lang="en",
        body="""Hello,

I am writing from Brussels on behalf of my mother. Her Tessa has ID number 30055 and stopped responding last night.
You can reach me on +32 470 12 34 56.

Kind regards,
Charlotte Dubois
""",
        name="Charlotte Dubois",
        phone="+32470123456",
        robot="30055",
        notes="Belgian mobile; 'ID number'.",
    ),
    dict(
        from_="Jacqueline Huisman <j.huisman@zonnehuis.example>",
        subject="robots afdeling De Linde",
        client="outlook",
        body="""Goedemorgen,

Op onze afdeling staan drie robots (robotnummers 11201, 11202 en 11203). De eerste reageert niet op spraak.

Met vriendelijke groet,

Jacqueline Huisman
Teamleider De Linde
Zonnehuis | Parklaan 3 | 3722 BT Bilthoven
Tel. 030 - 225 88 00 | Mob. 06 - 11 22 33 44
""",
        name="Jacqueline Huisman",
        phone="+31302258800",
        robot="11201",
        notes="Plural label with several ids (first); organisation phone first in the signature.",
    ),
    dict(
        from_="Ruud (iPad) <ruud.vermeulen@kpnmail.example>",
        subject="Vraag",
        client="apple",
        body="""Hoi, hoe kan ik de wekker op de robot uitzetten? Robot-id van mijn moeder: 64418

Ruud Vermeulen

Verstuurd vanaf mijn iPad
""",
        name="Ruud Vermeulen",
        robot="64418",
        notes="Device in the display name.",
    ),
    dict(
        from_="Fatima El Amrani <f.elamrani@hotmail.example>",
        subject="Geen verbinding",
        body="""Goedendag,

Onze Tessa heeft geen verbinding. De code op het scherm is 0x1F. Robotnr.: 0815

Groet,
Fatima El Amrani
Tel (06)47 11 22 33
""",
        name="Fatima El Amrani",
        phone="+31647112233",
        robot="0815",
        notes="Leading zero id; hex code distractor; phone (06)47...",
    ),
    dict(
        from_="Erik Jansen <erik.jansen@example.nl>",
        subject="Robot bij schoonvader",
        client="qp",
        body="""Beste,

De robot (het nummer staat op de doos: 22871) spreekt Engels in plaats van Nederlands. Software versie 3.4.12.

Erik Jansen
""",
        name="Erik Jansen",
        robot="22871",
        notes="Parenthetical between label and id; version number distractor; qp body.",
    ),
    dict(
        from_="Gemma O'Brien <gemma.obrien@eircom.example>",
        subject="Question about subscription",
        lang="en",
        body="""Dear Sir/Madam,

My aunt lives in Amersfoort and has one of your robots. Does the subscription renew automatically in January?
Invoice no. 2026-0412.

Best wishes,
Gemma O'Brien
Mobile: +353 87 123 4567
""",
        name="Gemma O'Brien",
        phone="+353871234567",
        notes="Irish mobile; invoice number is not an id.",
    ),
    dict(
        from_="B. de Graaf-Smits <bdegraaf@ziggo.example>",
        subject="afspraak monteur",
        body="""Goedemiddag,

Kan de monteur op donderdag 12 november komen? Ik ben dan thuis vanaf 10.00 uur.
Adres: Lindelaan 44, 2012 KL Haarlem.

Met vriendelijke groet,
Bea de Graaf-Smits
023-5123456
""",
        name="Bea de Graaf-Smits",
        phone="+31235123456",
        notes="Initial in From; hyphenated surname; dates/times/postcode distractors.",
    ),
    dict(
        from_="info@bloemisterij-kramer.example",
        subject="robot voor mijn moeder",
        body="""Goedemiddag,

Ik schrijf vanaf het zaakadres. Mijn moeder wil graag een Tessa. Wat kost die per maand?

Groet,
Karin Kramer
Bloemisterij Kramer
0172-123456
""",
        name="Karin Kramer",
        phone="+31172123456",
        notes="Business mailbox without display name; name in the signature.",
    ),
    dict(
        from_="Henk Mulder <henk.mulder@caiway.example>",
        subject="robot",
        body="""goede morgen ik ben henk mulder en de robot van mijn vrouw doet het niet meer het nummer is TS-4410 mijn telefoon nummer is 0546 87 65 43 graag bellen want mailen gaat moeilijk

groet henk
""",
        name="Henk Mulder",
        phone="+31546876543",
        robot="TS-4410",
        notes="One long sentence, id and phone in the middle.",
    ),
    dict(
        from_="Sophie Lambert <sophie.lambert@gmx.example>",
        subject="Robot Id 2F-9931",
        lang="en",
        body="""Hi,

The robot named in the subject won't charge. Tried another cable.

Sophie
""",
        name="Sophie Lambert",
        robot="2F-9931",
        notes="Id only in the subject.",
    ),
    dict(
        from_="Monique van Beek <monique@vanbeek.example>",
        subject="doorgestuurd: robot papa",
        client="outlook",
        body="""Hallo,

Zie hieronder de mail van mijn broer. Ik ben de contactpersoon, bel mij: 06-87654321.

Monique van Beek

-----Oorspronkelijk bericht-----
Van: Frank van Beek <frank@vanbeek.example>
Verzonden: zondag 1 november 2026 20:14
Aan: Monique van Beek <monique@vanbeek.example>
Onderwerp: robot papa

Moon, de robot van papa (nummer 70203) zegt niks meer. Kun jij Tinybots mailen? Mijn nummer is 06-11112222.
Frank
""",
        name="Monique van Beek",
        phone="+31687654321",
        notes="Inline forward: the brother's text (robot id, phone) is forwarded text: neither counts.",
    ),
    dict(
        from_="Noor Bos <noor.bos@student.example>",
        subject="robot oma",
        body="""hoi!

mijn oma heeft een tessa en die praat heel zacht. kan dat harder? haar robot heeft id 19002 (staat achterop)
thnx
noor bos
""",
        name="Noor Bos",
        robot="19002",
        notes="Young relative, lower case.",
    ),
    dict(
        from_="Maria Fernandes <maria.fernandes@sapo.example>",
        subject="Tessa",
        lang="en",
        body="""Good afternoon,

I take care of Mr. Van Dam in Zwolle (his number is 038 421 0000). Robot ID: 45120.
The robot speaks only at night. Please call me: 06 3344 5566.

Maria Fernandes
Home carer
""",
        name="Maria Fernandes",
        phone="+31633445566",
        robot="45120",
        notes="Carer: client's number first.",
    ),
    dict(
        from_="Astrid Postma <astrid.postma@gmail.example>",
        subject="Re: Re: robot",
        client="gmail",
        ticket="TB-004601",
        body="""Nog een vraag: kan mijn zus ook de app gebruiken?

Astrid

Op ma 2 nov. 2026 om 09:01 schreef Astrid Postma <astrid.postma@gmail.example>:
> Hoi, ik ben Astrid Postma, mijn tel is 06 55 44 33 22.
>
> Op zo 1 nov. 2026 om 18:44 schreef Tinybots Helpdesk <help@tinybots.nl>:
>> Beste mevrouw Postma, uw vraag is geregistreerd onder TB-004601.
""",
        name="Astrid Postma",
        notes="Phone and ticket only in quoted text; ticket_ref counts from quotes, phone does not.",
    ),
    dict(
        from_="Theo Kuipers <theo.kuipers@home.example>",
        subject="Robot",
        body="""Hallo,

De robot (nr 3 uit de bestelling) is kapot geleverd, de doos was nat. Ordernummer 778812.

Theo Kuipers
""",
        name="Theo Kuipers",
        notes="No id: 'nr 3' is a count, order number is not an id.",
    ),
    dict(
        from_="Rianne Dekkers <rianne.dekkers@kpnmail.example>",
        subject="Re: Tessa",
        client="html",
        html="""<html><body>
<div dir="ltr">Hallo,<br><br>Ik heb de robot opnieuw aangesloten. Robot Id:<br>8R-2210<br><br>Groet,<br>Rianne Dekkers<br>
<span style="color:#888">M: +31 (0)6 3456 7890</span></div>
<br><div class="gmail_quote"><div dir="ltr">Op wo 4 nov 2026 schreef Tinybots Helpdesk &lt;help@tinybots.nl&gt;:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
Wilt u het robotnummer doorgeven? U kunt ons bellen op 020 123 4567.</blockquote></div>
</body></html>""",
        body="",
        name="Rianne Dekkers",
        phone="+31634567890",
        robot="8R-2210",
        notes="HTML-only with Gmail blockquote; id on the line after the label.",
    ),
    dict(
        from_="Lotte Smeets <lotte.smeets@telenet.example>",
        subject="robot valt uit",
        body="""Dag,

De robot van mijn vader valt telkens uit.
Serienr. 66-0091
GSM +32 478 12 34 56

Groetjes
Lotte Smeets
""",
        name="Lotte Smeets",
        phone="+32478123456",
        robot="66-0091",
        notes="Flemish writer, Belgian mobile after 'GSM'.",
    ),
    dict(
        from_="Jelle Hoekstra <jelle@hoekstra.frl.example>",
        subject="Tessa heit",
        lang="mixed",
        body="""Goeie,

De Tessa fan myn heit docht it net mear. Robotnûmer: 58211.
Myn telefoan: 06 12 12 34 34

Groetnis,
Jelle Hoekstra
""",
        name="Jelle Hoekstra",
        phone="+31612123434",
        robot="58211",
        notes="Frisian label 'Robotnûmer'.",
    ),
    dict(
        from_="Wendy <wendy.achterberg@live.example>",
        subject="Vraag over de app",
        client="outlook",
        body="""Goedemorgen,

Waar vind ik in de app de herinneringen? Ik zie alleen de agenda.

Met vriendelijke groet,

Wendy Achterberg | Mantelzorger
Telefoon 0318 - 41 22 33
""",
        name="Wendy Achterberg",
        phone="+31318412233",
        notes="Name with role after a bar in the signature.",
    ),
    dict(
        from_="G.H. Lammers <gh.lammers@planet.example>",
        subject="Robot 2 werkt niet",
        body="""Geachte dames en heren,

Onze tweede robot doet het niet. Robot-ID: 33091.

Hoogachtend,
G.H. Lammers
""",
        name=None,
        robot="33091",
        notes="Only initials anywhere: name null. 'Robot 2' in the subject is a count.",
    ),
    dict(
        from_="Karel Pieters <karel.pieters@zonnet.example>",
        subject="Tessa nummer vergeten",
        body="""Beste,

Ik weet het robotnummer niet meer, waar kan ik het vinden? Tessa staat in de woonkamer.

Karel Pieters
Tel.nr. 0592 - 34 56 78
""",
        name="Karel Pieters",
        phone="+31592345678",
        notes="Label without id.",
    ),
    dict(
        from_="Daan Willems <daan.willems@proton.example>",
        subject="Terugbelverzoek",
        client="apple",
        body="""Graag terugbellen over de robot van mijn opa (ID 72001-A).
Bereikbaar na 17:00 op 06 87 65 43 21

Daan

Verstuurd vanaf mijn iPhone
""",
        name="Daan Willems",
        phone="+31687654321",
        robot="72001-A",
        notes="Label inside parentheses with the id.",
    ),
    dict(
        from_="Zorgportaal <noreply@zorgportaal.example>",
        subject="Nieuw bericht via het zorgportaal",
        headers={"Reply-To": "Esther Vos <esther.vos@thuiszorg-midden.example>"},
        email="esther.vos@thuiszorg-midden.example",
        body="""Er is een nieuw bericht verstuurd via het zorgportaal.

Afzender: Esther Vos (wijkverpleegkundige)
Organisatie: Thuiszorg Midden
Telefoon: 06-29887766
Bericht: De robot van cliënt met robotnummer 90210 moet een andere stem krijgen. Kan dat?

Dit bericht is automatisch verstuurd door het zorgportaal.
""",
        name="Esther Vos",
        phone="+31629887766",
        robot="90210",
        notes="No-reply portal relaying a nurse's request (customer); Reply-To carries the writer.",
    ),
    dict(
        from_="Website Tinybots <website@tinybots.nl>",
        subject="Contactformulier: storing",
        headers={"Reply-To": "a.degroot@example.nl"},
        email="a.degroot@example.nl",
        body="""Naam: Arjen de Groot
E-mail: a.degroot@example.nl
Telefoon: 0031 6 2233 4455
Robot Id: 63002
Vraag: De robot blijft hangen bij het opstarten.
""",
        name="Arjen de Groot",
        phone="+31622334455",
        robot="63002",
        notes="Contact form relay; 0031 prefix.",
    ),
    dict(
        from_="Ilse <ilse.brouwer@gmail.example>",
        subject="kort vraagje",
        client="gmail",
        body="""Hoi, kan de robot ook in het Fries praten? Mvg Ilse Brouwer, 06.28.44.19.03
""",
        name="Ilse Brouwer",
        phone="+31628441903",
        notes="One-line mail; dotted phone.",
    ),
]
