"""Automatic mail (out-of-office, read receipts, acknowledgements, notifications, newsletters, phishing,
bounces), the help desk's own mail, and human mail that looks automatic."""

AUTO = [
    dict(
        cls="auto_reply",
        from_="Joost Kramer <j.kramer@vvt-rivierenland.example>",
        subject="Automatisch antwoord: [TB-260114] Robot mw. Sital",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        client="outlook",
        body="""Goedendag,

Ik ben van 4 tot en met 18 december met verlof. Uw e-mail wordt niet doorgestuurd. Voor vragen over cliënten kunt
u bellen met het casemanagement-team: 0344 - 61 20 00, of mailen naar casemanagement@vvt-rivierenland.example.

Met vriendelijke groet,
Joost Kramer
""",
        ticket="TB-260114",
        notes="Exchange out-of-office with standard headers and our ticket in the subject.",
    ),
    dict(
        cls="auto_reply",
        from_="Margaret de Vries-Holt <margaret.holt@btinternet.example>",
        subject="Out of office - back 14 December",
        body="""Thank you for your email. I am away with very limited access to email until Monday 14 December.
For anything urgent regarding my mother, please call my brother Frank on +31 6 5152 5354.

Kind regards,
Margaret""",
        lang="en",
        notes="English out-of-office without any header; subject phrase 'Out of office - back ...'.",
    ),
    dict(
        cls="auto_reply",
        from_="Thomas Berger <thomas.berger@web.example>",
        subject="Abwesenheitsnotiz: Roboter meiner Mutter (Tessa)",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11.12.2026 nicht im Büro und habe keinen
Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Schulz,
Tel. +49 2151 56 78 00.

Mit freundlichen Grüßen
Thomas Berger""",
        lang="de",
        notes="German vacation notice with Auto-Submitted.",
    ),
    dict(
        cls="auto_reply",
        from_="Sophie Dubois <s.dubois@soins-liege.example>",
        subject="Réponse automatique : Robot Tessa pour ma patiente",
        body="""Bonjour,

Je suis absente du bureau jusqu'au 15 décembre inclus. Pour toute urgence, veuillez contacter le secrétariat
au +32 4 221 33 00.

Cordialement,
Sophie Dubois""",
        lang="mixed",
        notes="French out-of-office without headers; only the French subject prefix and the text show it.",
    ),
    dict(
        cls="auto_reply",
        from_="Ilse Wagenaar <ilse.wagenaar@zorggroep-noorderkwartier.example>",
        subject="RE: Installatie Tessa dhr. Bosman",
        body="""Dank voor uw bericht.

Ik ben op dinsdag en donderdag niet werkzaam. Uw e-mail wordt op mijn eerstvolgende werkdag gelezen. Bij spoed
kunt u contact opnemen met het zorgteam via 072 527 90 00.

Met vriendelijke groet,
Ilse Wagenaar
Zorgcoördinator wijkverpleging""",
        notes="'Not working today' autoresponder with a human-looking 'RE:' subject and no headers.",
    ),
    dict(
        cls="auto_reply",
        from_="Ans Hoogerwerf <ans.hoogerwerf@kpnmail.example>",
        subject="Afwezig: Uw Tessa-abonnement",
        headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied (vacation)"},
        body="""Ik ben tot 2 januari in Spanje en lees mijn mail niet elke dag. Groetjes, Ans""",
        notes="Zimbra-style vacation reply with X-Autoreply and a commented Auto-Submitted.",
    ),
    dict(
        cls="auto_reply",
        from_="Noor Hassan <noor.hassan@proton.example>",
        subject="Re: [TB-260190] question about Tessa for grandmother",
        headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<tb.260190@tinybots.nl>"},
        body="""Hi! I'm travelling through South America until January with patchy wifi. I'll reply when I can.
For my grandma's robot, please contact my uncle Samir: +31 6 4141 2020.
Noor""",
        lang="en",
        ticket="TB-260190",
        notes="Gmail vacation responder: 'Re:' subject, In-Reply-To, Auto-Submitted; uncle's number.",
    ),
    dict(
        cls="auto_reply",
        from_="Hanneke Brouwer <hanneke.brouwer@amaris-zorg.example>",
        subject="Gelezen: [TB-260301] Uitnodiging overleg",
        client="mdn",
        body="""Uw bericht

  Aan: Hanneke Brouwer
  Onderwerp: [TB-260301] Uitnodiging overleg
  Verzonden: woensdag 2 december 2026 14:20:11 (UTC+01:00) Amsterdam, Berlijn

is gelezen op woensdag 2 december 2026 14:31:40 (UTC+01:00) Amsterdam, Berlijn.""",
        disposition="""Reporting-UA: amaris-zorg.example; Microsoft Exchange Server
Final-Recipient: rfc822;hanneke.brouwer@amaris-zorg.example
Original-Message-ID: <tb.260301@tinybots.nl>
Disposition: automatic-action/MDN-sent-automatically; displayed""",
        ticket="TB-260301",
        notes="Read receipt (MDN, multipart/report disposition-notification), Dutch 'Gelezen:' subject.",
    ),
    dict(
        cls="auto_reply",
        from_="Louise Hendriks <louise.hendriks@orange.example>",
        subject="Read: Tessa for my father in Zwolle",
        body="""Your message

  To: Louise Hendriks
  Subject: Tessa for my father in Zwolle
  Sent: 02/12/2026 16:02

was read on 02/12/2026 18:47.""",
        lang="en",
        notes="Outlook read receipt as plain text only (no MDN part, no headers).",
    ),
    dict(
        cls="auto_reply",
        from_="Bas Heemskerk <b.heemskerk@zorgpartners-fr.example>",
        subject="Niet gelezen: Graag contact",
        body="""Uw bericht

  Aan: Bas Heemskerk
  Onderwerp: Graag contact
  Verzonden: donderdag 3 december 2026 09:00

is verwijderd zonder te zijn gelezen op vrijdag 4 december 2026 08:12.""",
        notes="'Not read' receipt (deleted unread), text only.",
    ),
    dict(
        cls="auto_reply",
        from_="Support ZorgSoft <support@zorgsoft-ecd.example>",
        subject="[ZorgSoft #44821] Ontvangen: Koppeling Tessa met ECD",
        headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
        body="""Beste aanvrager,

Wij hebben uw verzoek ontvangen en onder nummer #44821 geregistreerd. Een van onze medewerkers neemt binnen
2 werkdagen contact met u op. U kunt op deze e-mail reageren om informatie toe te voegen.

Met vriendelijke groet,
Servicedesk ZorgSoft
030 - 760 11 00

Dit is een automatisch gegenereerd bericht.""",
        notes="Another help desk's ticket acknowledgement with headers; its own reference only.",
    ),
    dict(
        cls="auto_reply",
        from_="Gemeente Zuidwaard <noreply@zuidwaard.example>",
        subject="Ontvangstbevestiging van uw e-mail (zaaknummer Z-2026-118273)",
        body="""Geachte heer/mevrouw,

Hartelijk dank voor uw e-mail aan de gemeente Zuidwaard. Uw bericht is geregistreerd onder zaaknummer
Z-2026-118273. U ontvangt binnen 10 werkdagen een reactie van de behandelend medewerker.

Heeft u vragen over de Wmo? Bel dan het Wmo-loket via 14 0789.

Met vriendelijke groet,
Team Klantcontact
Gemeente Zuidwaard

Dit bericht is automatisch verstuurd. U kunt hier niet op antwoorden.""",
        notes="Municipality acknowledgement without any header; case number and a 14-number.",
    ),
    dict(
        cls="bulk",
        from_="Mijn Zorgverzekeraar <no-reply@mijn.zorgverzekeraar-ag.example>",
        subject="Er staat een nieuw bericht voor u klaar",
        client="html",
        html="""<html><body style="font-family:Arial">
<table width="600"><tr><td><img src="https://static.zorgverzekeraar-ag.example/logo.png" alt="Zorgverzekeraar AG"></td></tr>
<tr><td><p>Beste relatie,</p>
<p>Er staat een nieuw bericht voor u klaar in Mijn Zorgverzekeraar over uw aanvraag <b>hulpmiddel Tessa</b>
(aanvraagnummer 2026-HM-551902).</p>
<p><a href="https://mijn.zorgverzekeraar-ag.example/berichten">Bekijk het bericht</a></p>
<p>Met vriendelijke groet,<br>Zorgverzekeraar AG</p>
<p style="font-size:10px;color:#888">Deze e-mail is automatisch verzonden. Reageren op deze e-mail is niet
mogelijk. Klantenservice: 071 - 365 20 00.</p></td></tr></table></body></html>
""",
        body="",
        notes="Insurer portal notification, HTML only, no headers; bulk (automated notification, not a reply).",
    ),
    dict(
        cls="bulk",
        from_="Sanne Oosterwijk (via SharePoint Online) <no-reply@sharepointonline.example>",
        subject="Sanne Oosterwijk heeft 'Overdracht Tessa mw Verhoef.docx' met u gedeeld",
        client="html",
        html="""<html><body>
<table role="presentation"><tr><td>
<p style="font-size:21px">Sanne Oosterwijk heeft een bestand met u gedeeld</p>
<p>Hier is het document dat je vroeg: robot 41207 overdracht.</p>
<p><a href="https://zorgcirkel.sharepoint.example/:w:/s/team/Eb12">Overdracht Tessa mw Verhoef.docx</a></p>
<p><a href="https://zorgcirkel.sharepoint.example/:w:/s/team/Eb12">Openen</a></p>
<p style="color:#666;font-size:11px">Microsoft respecteert uw privacy. Lees onze privacyverklaring.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>
""",
        body="",
        notes="SharePoint sharing notification: a person's name in From and subject, a short personal note with "
        "a robot id; still an automatic notification.",
    ),
    dict(
        cls="bulk",
        from_="Microsoft Teams <noreply@email.teams.example>",
        subject="U hebt berichten gemist in Overleg Tessa-cliënten",
        client="html",
        html="""<html><body><table><tr><td>
<p><b>Ruben Castelijn</b> heeft een bericht geplaatst in <b>Overleg Tessa-cliënten</b></p>
<p>"Kan iemand Tinybots bellen over de robot van dhr. Dekker? Mijn nummer 06 10 20 30 40"</p>
<p><a href="https://teams.example/l/message/19">Antwoorden in Teams</a></p>
<p style="font-size:10px">U ontvangt deze e-mail omdat u meldingen hebt ingeschakeld.
<a href="https://teams.example/settings">Meldingsinstellingen wijzigen</a></p>
</td></tr></table></body></html>
""",
        body="",
        notes="Teams missed-activity notification quoting a person with a phone number.",
    ),
    dict(
        cls="bulk",
        from_="Afspraken Zorggroep Oost <noreply@afspraken.zorggroep-oost.example>",
        subject="Uitnodiging: Installatie Tessa mw. Veenstra - do 10 dec 2026 10:00 - 11:00",
        client="ics",
        body="""U bent uitgenodigd voor de volgende afspraak.

Installatie Tessa mw. Veenstra
Wanneer: donderdag 10 december 2026 10:00 - 11:00 (CET)
Waar: Molenweg 8, Hengelo
Organisator: Nicole Brink

Accepteren | Misschien | Weigeren

Uitnodiging van het afsprakensysteem van Zorggroep Oost.""",
        ics="""BEGIN:VCALENDAR
PRODID:-//Zorggroep Oost//Afspraken 2.1//NL
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:20261210T090000Z-8812@afspraken.zorggroep-oost.example
DTSTAMP:20261203T120000Z
DTSTART:20261210T090000Z
DTEND:20261210T100000Z
SUMMARY:Installatie Tessa mw. Veenstra
LOCATION:Molenweg 8\\, Hengelo
ORGANIZER;CN=Nicole Brink:mailto:noreply@afspraken.zorggroep-oost.example
ATTENDEE;RSVP=TRUE:mailto:help@tinybots.nl
END:VEVENT
END:VCALENDAR""",
        notes="Calendar invitation from a booking system (text/calendar METHOD=REQUEST), no-reply sender.",
    ),
    dict(
        cls="bulk",
        from_="Zorgcirkel Nieuws <nieuws@zorgcirkel-aa.example>",
        subject="Nieuwsbrief december: techniek in de wijk",
        client="html",
        html="""<html><body><table width="640" align="center"><tr><td>
<h1>Nieuwsbrief december</h1>
<h2>Tessa helpt mevrouw Jansen de dag door</h2>
<p>Sinds mei heeft mevrouw Jansen (86) een Tessa. "Ik mis geen afspraak meer," vertelt ze.
Wilt u ook een Tessa voor uw cliënt? Neem contact op met wijkverpleegkundige Sanne Oosterwijk, 06 52 83 10 44.</p>
<h2>Webinar zorgtechnologie</h2>
<p>Op 17 december organiseren we een webinar. <a href="https://zorgcirkel.example/webinar">Meld u aan</a>.</p>
<hr><p style="font-size:11px">U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld.
<a href="https://zorgcirkel.example/afmelden?id=88123">Afmelden</a> | <a href="https://zorgcirkel.example/privacy">Privacy</a></p>
</td></tr></table></body></html>
""",
        body="",
        notes="Care organisation newsletter without List headers or Precedence; names and a phone inside.",
    ),
    dict(
        cls="bulk",
        from_="CareTech Expo <events@caretech-expo.example>",
        subject="Last chance: your free pass for CareTech Expo 2027",
        body="""Hi there,

Don't miss Europe's biggest care technology fair! Meet 300+ exhibitors, including social robots for elderly care.

>> Claim your free pass: https://caretech-expo.example/pass?c=TB22

Questions? Call our team on +44 20 7946 0000.

You are receiving this email because you visited our stand in 2025.
Unsubscribe: https://caretech-expo.example/unsub
CareTech Events Ltd, 1 Example Street, London""",
        lang="en",
        notes="English event marketing without List headers.",
    ),
    dict(
        cls="bulk",
        from_="IT Helpdesk <it-support@tinybots-nl.example>",
        subject="Action required: your mailbox help@tinybots.nl will be suspended",
        client="html",
        html="""<html><body>
<p>Dear user,</p>
<p>Your mailbox <b>help@tinybots.nl</b> has exceeded its storage limit (99.8%). Incoming messages will be rejected
within 24 hours.</p>
<p><a href="http://tinybots-nl.example.login-verify.example/owa">VERIFY YOUR ACCOUNT NOW</a></p>
<p>Failure to verify will result in permanent deletion of your data.</p>
<p>IT Service Desk<br>&copy; 2026 Microsoft</p>
</body></html>
""",
        body="",
        lang="en",
        notes="Phishing in English, look-alike domain, 'deletion of your data' words; bulk.",
    ),
    dict(
        cls="bounce",
        from_="Mail Delivery System <MAILER-DAEMON@mx1.tinybots.nl>",
        subject="Undelivered Mail Returned to Sender",
        client="report",
        body="""This is the mail system at host mx1.tinybots.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<margaret.holt@btinternet.example>: host mx.btinternet.example[192.0.2.25] said:
    550 5.1.1 <margaret.holt@btinternet.example>: Recipient address rejected: User unknown

--- original message (headers) ---
Subject: [TB-260140] My mother's Tessa robot - urgent
From: Tinybots Helpdesk <help@tinybots.nl>
""",
        status="""Reporting-MTA: dns; mx1.tinybots.nl

Final-Recipient: rfc822; margaret.holt@btinternet.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
        ticket="TB-260140",
        notes="Postfix DSN; ticket in the returned original headers.",
    ),
    dict(
        cls="bounce",
        from_="Microsoft Outlook <postmaster@zorgbalans.example>",
        subject="Onbestelbaar: [TB-260177] Robot mw. Lindhout",
        client="html",
        html="""<html><body>
<p><b><span style="color:#C00000">Uw bericht kan niet worden bezorgd bij p.vankesteren@zorgbalans.example.</span></b></p>
<p>Het postvak van de ontvanger is vol en kan momenteel geen berichten accepteren. Probeer het later opnieuw of neem
op een andere manier contact op met de ontvanger.</p>
<p><b>Diagnostische informatie voor beheerders:</b><br>Genererende server: AM0PR07MB.eurprd07.prod.outlook.example<br>
p.vankesteren@zorgbalans.example<br>Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'</p>
</body></html>
""",
        body="",
        ticket="TB-260177",
        notes="Exchange NDR as HTML only (no multipart/report), Dutch 'Onbestelbaar:' subject.",
    ),
    dict(
        cls="bounce",
        from_="Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
        subject="Delivery Status Notification (Delay)",
        client="report",
        body="""** Bericht nog niet afgeleverd **

Er is een tijdelijk probleem opgetreden bij de bezorging van je bericht aan dj.hofstede@gmail.example.
Gmail blijft het nog 46 uur proberen. Je ontvangt een melding als de bezorging definitief mislukt.

The response was:
421 4.7.0 Try again later, closing connection.""",
        status="""Reporting-MTA: dns; googlemail.example

Final-Recipient: rfc822; dj.hofstede@gmail.example
Action: delayed
Status: 4.7.0
Will-Retry-Until: Mon, 07 Dec 2026 10:00:00 +0000""",
        lang="mixed",
        notes="Gmail delay DSN, Dutch text.",
    ),
    dict(
        cls="bulk",
        from_="Thuiszorg Zonnehof <enquete@zonnehof.example>",
        subject="Hoe tevreden bent u over onze zorg? (2 minuten)",
        body="""Beste cliënt of mantelzorger,

Wij horen graag wat u van onze zorg vindt. Het invullen van de vragenlijst duurt ongeveer 2 minuten.

Start de vragenlijst: https://enquete.zonnehof.example/s/8812XK

Uw antwoorden worden anoniem verwerkt. Wilt u geen uitnodigingen meer ontvangen? Klik dan hier:
https://enquete.zonnehof.example/afmelden

Met vriendelijke groet,
Gerda Meulenbelt
Kwaliteitsfunctionaris Thuiszorg Zonnehof""",
        notes="Survey invitation without headers, signed by a person (who also appears as a customer elsewhere).",
    ),
    dict(
        cls="bulk",
        from_="Kenniscentrum Zorgtech <webinar@kenniscentrum-zorgtech.example>",
        subject="Uitnodiging webinar: de AVG en zorgrobots in de wijk",
        body="""Geachte relatie,

Graag nodigen wij u uit voor ons webinar over de AVG en zorgrobots op 14 januari 2027.
Onderwerpen: het recht op inzage, het recht op vergetelheid, bezwaar tegen verwerking en dataportabiliteit bij
zorgtechnologie. Spreker: mr. drs. K. Bloem, privacyjurist.

Aanmelden: https://kenniscentrum-zorgtech.example/webinar-avg

U ontvangt deze uitnodiging omdat u klant bent van een van onze partners. Afmelden kan via de link onderaan.""",
        notes="Webinar invitation naming GDPR rights; no List headers.",
    ),
    dict(
        cls="staff",
        from_="Tinybots Helpdesk <help@tinybots.nl>",
        subject="[TB-260320] Robot mw. Veenstra",
        to="Nicole Brink <hulpmiddelen@zorggroep-oost.example>",
        body="""Beste Nicole,

Dank voor uw overzicht. De update voor robotnummers 47310, 47322 en 47391 staat gepland voor vannacht.
Mocht u vragen hebben, bel ons dan op 020 123 4567.

Met vriendelijke groet,
Anouk
Tinybots Helpdesk""",
        ticket="TB-260320",
        notes="Help desk's own reply (BCC copy arriving at help@); ids and the customer's name are not a customer.",
    ),
    dict(
        cls="auto_reply",
        from_="Zorgteam Westwijk <zorgteam.westwijk@carinova-zorg.example>",
        subject="Automatisch antwoord: robot kamer 2.14",
        headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        body="""Dit team-postvak wordt tijdens de feestdagen niet gelezen. Bel voor dringende zorgvragen
de dienstdoende wijkverpleegkundige: 06 - 18 18 18 18.""",
        notes="Team mailbox autoresponder with Auto-Submitted and Precedence: bulk (auto_reply wins).",
    ),
    dict(
        cls="auto_reply",
        from_="l.jansen@thuiszorgstad.example",
        subject="Dit e-mailadres is niet meer in gebruik",
        body="""Dit e-mailadres is niet meer in gebruik. Uw bericht is niet gelezen en wordt niet doorgestuurd.
Stuur uw bericht opnieuw naar info@thuiszorgstad.example of bel 020 - 610 10 10.""",
        notes="'Address no longer used' autoresponder without headers.",
    ),
    dict(
        cls="auto_reply",
        from_="Huisartsenpraktijk De Brink <assistente@hapdebrink.example>",
        subject="RE: Gegevens patiënt",
        body="""Dit is een automatisch antwoord.

Wij hebben uw e-mail ontvangen. Wij beantwoorden e-mails binnen 3 werkdagen. Stel via e-mail geen medische
vragen met spoed: bel dan de praktijk op 0318 41 22 33 (spoedlijn keuze 1) of bij levensgevaar 112.

Huisartsenpraktijk De Brink""",
        notes="GP practice acknowledgement with a 'RE:' subject, no headers.",
    ),
    dict(
        cls="auto_reply",
        from_="Secretariaat Zorgbalans <secretariaat@zorgbalans.example>",
        subject="Uw bericht is doorgestuurd",
        headers={"X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply", "Auto-Submitted": "auto-replied"},
        body="""Uw bericht aan secretariaat@zorgbalans.example is automatisch doorgestuurd naar de betreffende
afdeling. U hoeft niets te doen.""",
        notes="Forwarding notice autoresponder with both headers.",
    ),
    dict(
        cls="bounce",
        from_="Mail Delivery Subsystem <MAILER-DAEMON@relay.kpnmail.example>",
        subject="Returned mail: see transcript for details",
        body="""The original message was received at Thu, 3 Dec 2026 10:11:02 +0100
from mx1.tinybots.nl [198.51.100.20]

   ----- The following addresses had permanent fatal errors -----
<henkzwart1947@kpnmail.example>
    (reason: 552 5.2.3 Message size exceeds fixed maximum message size)

   ----- Transcript of session follows -----
... while talking to mailstore.kpnmail.example.:
>>> DATA
<<< 552 5.2.3 Message size exceeds fixed maximum message size
554 5.0.0 Service unavailable

   ----- Original message headers -----
Subject: Re: [TB-260011] Robot
From: help@tinybots.nl""",
        ticket="TB-260011",
        notes="Sendmail-style bounce as plain text, no multipart/report.",
    ),
    dict(
        cls="bulk",
        from_="PostNL <noreply@notificatie.postnl.example>",
        subject="Je pakket van Tinybots komt morgen",
        body="""Hoi,

Goed nieuws: je pakket van Tinybots (3SXYZ1234567) wordt morgen tussen 10:15 en 12:45 bezorgd.
Niet thuis? Pas je bezorging aan via de app.

Groet,
PostNL

Dit is een automatisch bericht, je kunt hier niet op reageren.""",
        notes="Carrier's delivery notification; track & trace code is not an id.",
    ),
    dict(
        cls="auto_reply",
        from_="Erik Vos <e.vos@proteion-zorg.example>",
        subject="Automatic reply: Robot dhr. Peeters",
        headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
        body="""Hello,

Thanks for your message. I'm on parental leave until 1 March 2027 and won't be reading email. For questions about
clients in Horst, please contact Zorgteam Horst on 077 - 396 80 00; for anything about robots, my colleague Anja
Smeets (06 22 10 98 33) is your contact.

Best,
Erik""",
        lang="en",
        notes="English Exchange out-of-office that reads like a human note; colleague's number.",
    ),
    dict(
        cls="bulk",
        from_="Tinybots Nieuws <nieuws@tinybots.nl>",
        subject="Nieuw in december: Tessa leest het weer voor",
        headers={"List-Unsubscribe": "<https://tinybots.nl/afmelden?u=help>", "Precedence": "bulk"},
        body="""Beste Tessa-gebruiker,

Vanaf deze maand kan Tessa het weerbericht voorlezen. Zet het aan in de app onder Instellingen > Extra's.

Vragen? Mail help@tinybots.nl of bel 020 123 4567.

U heeft recht op inzage en verwijdering van uw gegevens; zie tinybots.nl/privacy.
Afmelden voor deze nieuwsbrief: https://tinybots.nl/afmelden""",
        notes="Tinybots' own newsletter received at help@ with List-Unsubscribe; rights words in the footer.",
    ),
    dict(
        from_="Hennie Lubbers <hennie.lubbers@kpnmail.example>",
        subject="Re: Automatisch antwoord: robot",
        body="""Ik krijg steeds alleen een automatisch antwoord terug! Ik wil gewoon iemand spreken.
De robot van mijn man (robotnummer 30881) doet het al een week niet.

Hennie Lubbers
06 - 11 99 88 77""",
        name="Hennie Lubbers",
        phone="+31611998877",
        robot="30881",
        notes="Human mail whose subject carries 'Automatisch antwoord' (reply to an auto-ack): customer.",
    ),
    dict(
        from_="Bram Sijbesma <bram.sijbesma@ziggo.example>",
        subject="Afwezig 2 weken - robot moeder",
        headers={"X-Auto-Response-Suppress": "All"},
        client="outlook",
        body="""Beste Tinybots,

Ik ben vanaf morgen twee weken afwezig (vakantie). Wilt u in die tijd bij problemen met de robot van mijn moeder
(Tessa ID 44120) mijn zus Anja bellen? Haar nummer is 06 23 45 67 89. Mijn eigen nummer is 0514 59 30 30.

Met vriendelijke groet,
Bram Sijbesma""",
        name="Bram Sijbesma",
        phone="+31514593030",
        robot="44120",
        notes="Human mail ABOUT being away, 'Afwezig' in the subject and X-Auto-Response-Suppress (Outlook "
        "always sets it): customer. Sister's number comes first.",
    ),
    dict(
        from_="Ton Verschuren <ton.verschuren@home.example>",
        subject="FW: Undelivered Mail Returned to Sender",
        body="""Beste,

Ik kreeg deze foutmelding toen ik mijn dochter mailde over de robot. Ligt dat aan jullie? Robotnummer 28020.

Ton Verschuren

-----Oorspronkelijk bericht-----
Van: Mail Delivery System <MAILER-DAEMON@mail.home.example>
Verzonden: donderdag 3 december 2026 17:02
Onderwerp: Undelivered Mail Returned to Sender

<sanne.verschuren@gmail.example>: 550 5.1.1 User unknown""",
        name="Ton Verschuren",
        robot="28020",
        notes="A person forwarding a bounce: customer.",
    ),
]
