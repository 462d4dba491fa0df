"""Automatic mail without the standard markers, the help desk's own mail, and customers who look automatic."""

AUTO = [
    dict(
        cls="auto_reply",
        from_="Jolanda Smeets <j.smeets@wijkzorg-limburg.example>",
        subject="Niet aanwezig",
        body="""Dank voor uw bericht. Tot en met vrijdag 20 november ben ik niet op kantoor. Uw e-mail wordt na mijn
terugkomst behandeld. Voor dringende vragen over cliënten: bel mijn collega Rob Peeters, 06 - 48 27 19 30.

Groet,
Jolanda Smeets
""",
        notes="NL out-of-office, no headers, subject 'Niet aanwezig'; a colleague's mobile.",
    ),
    dict(
        cls="auto_reply",
        from_="Thomas Becker <t.becker@klinikum.example>",
        subject="Abwesend: Ihre Anfrage",
        lang="de",
        body="""Sehr geehrte Damen und Herren,

ich befinde mich bis zum 23.11.2026 im Urlaub. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen
erreichen Sie die Station unter +49 231 9530 100.

Mit freundlichen Grüßen
Thomas Becker
""",
        notes="German 'Abwesend:' subject, no headers.",
    ),
    dict(
        cls="auto_reply",
        from_="Rachel Green <rachel.green@nhs-partner.example>",
        subject="Out of Office: Tessa pilot",
        lang="en",
        body="""Hi,

Thanks for your message. I'm out of the office on annual leave, returning on Wednesday 25 November.
I will have no access to email. If your query is urgent, please contact my colleague on 0161 496 0000.

Best wishes,
Rachel
""",
        notes="EN 'Out of Office:' subject without headers.",
    ),
    dict(
        cls="auto_reply",
        from_="Zorggroep Almere Klantenservice <klantenservice@zorggroep-almere.example>",
        subject="Wij hebben uw e-mail ontvangen [ZA-2026-118304]",
        body="""Beste afzender,

Bedankt voor uw e-mail. Uw bericht is bij ons binnengekomen onder nummer ZA-2026-118304.
Wij streven ernaar binnen 5 werkdagen te reageren.

Let op: op deze e-mail kunt u niet reageren.

Met vriendelijke groet,
Klantenservice Zorggroep Almere
""",
        notes="Another organisation's acknowledgement with its own ref in the subject; no headers.",
    ),
    dict(
        cls="auto_reply",
        from_="IT Servicedesk <servicedesk@gemeente-zwolle.example>",
        subject="[Incident INC0048812] is aangemaakt",
        headers={"Precedence": "bulk"},
        body="""Er is een incident aangemaakt naar aanleiding van uw e-mail.

Incidentnummer: INC0048812
Status: Nieuw
Prioriteit: 4 - Laag

U ontvangt bericht zodra er een behandelaar is toegewezen. Reageer op dit bericht om informatie toe te voegen.
""",
        notes="ServiceNow-style acknowledgement with only Precedence: bulk.",
    ),
    dict(
        cls="auto_reply",
        from_="Peter Willems <peter.willems@xs4all.example>",
        subject="Re: Uw vraag over de Tessa [TB-005208]",
        ticket="TB-005208",
        body="""Ik ben met vakantie tot 1 december en heb geen toegang tot mijn e-mail. Bij dringende zaken kunt u mijn
vrouw bellen op 06-50 60 70 80.

Peter Willems
""",
        notes="Private vacation reply to the help desk's mail, 'Re:' subject with our ref, no headers; wife's phone.",
    ),
    dict(
        cls="auto_reply",
        from_="Mailbox niet in gebruik <k.dekker@thuiszorg-oost.example>",
        subject="Dit e-mailadres is niet meer in gebruik",
        body="""Dit e-mailadres wordt niet meer gelezen. Karin Dekker is niet meer werkzaam bij Thuiszorg Oost.
Stuur uw bericht naar info@thuiszorg-oost.example of bel 088 - 010 20 30.
""",
        notes="Unused-mailbox notice without headers.",
    ),
    dict(
        cls="auto_reply",
        from_="Support Domotica Partners <support@domoticapartners.example>",
        subject="Re: Tessa koppeling - Ticket #77231 ontvangen",
        lang="en",
        body="""Dear customer,

This is an automatic confirmation that we have received your request. Ticket #77231 has been created.
Our support team will respond within 2 business days.

Please do not change the subject line when replying.

Domotica Partners Support
""",
        notes="Another help desk's acknowledgement with its own ticket ref in a Re: subject.",
    ),
    dict(
        cls="auto_reply",
        from_="Monique Laan <m.laan@ggd-regio.example>",
        subject="Afwezigheidsbericht: Vraag over Tessa",
        body="""Beste,

Ik werk op maandag, dinsdag en donderdag. Uw bericht lees ik op mijn eerstvolgende werkdag.

Met vriendelijke groet,
Monique Laan
GGD Regio
""",
        notes="Part-time notice with 'Afwezigheidsbericht:' subject; no headers.",
    ),
    dict(
        cls="auto_reply",
        from_="Anne-Sophie Martin <as.martin@ehpad.example>",
        subject="Réponse automatique : Tessa",
        lang="mixed",
        body="""Bonjour, je suis absente jusqu'au 30 novembre. Hello, I am out of office until 30 November and will reply on
my return.
""",
        notes="French/English 'Réponse automatique' without headers.",
    ),
    dict(
        cls="auto_reply",
        from_="Frank de Lange <frank.delange@ziggo.example>",
        subject="Autoreply",
        body="""Bedankt voor je mail. Ik zit tot half december in het buitenland en lees mijn mail sporadisch.
""",
        notes="One-word 'Autoreply' subject, one line, no headers.",
    ),
    dict(
        cls="auto_reply",
        from_="Zilveren Kruis <noreply@zorgverzekeraar.example>",
        subject="Bevestiging van uw bericht",
        body="""Geachte heer/mevrouw,

Hartelijk dank voor uw bericht via ons contactformulier. Wij nemen binnen 3 werkdagen contact met u op.
Uw referentienummer: 8814-2026-330.

Dit bericht is automatisch verzonden, antwoorden op dit bericht worden niet gelezen.
""",
        notes="Insurer's acknowledgement from a noreply address, no headers.",
    ),
    dict(
        cls="auto_reply",
        from_="Sandra Meulenbelt <s.meulenbelt@zorgkompas.example>",
        subject="Automatisch antwoord: RE: Tessa cliënt [TB-005260]",
        ticket="TB-005260",
        headers={"X-Auto-Response-Suppress": "All"},
        body="""Ik ben vandaag afwezig. Morgen ben ik weer bereikbaar.
""",
        notes="'Automatisch antwoord: RE:' subject with our ref; X-Auto-Response-Suppress only.",
    ),
    dict(
        cls="auto_reply",
        from_="Kristina Novak <kristina.novak@care.example>",
        subject="Away until Monday",
        lang="en",
        body="""I'm away until Monday 23 November with no access to my mailbox. Messages will not be forwarded.
""",
        notes="'Away until' subject, no headers.",
    ),
    dict(
        cls="bulk",
        from_="Coolblue <nieuws@webwinkel-coolblue.example>",
        subject="Je bestelling is onderweg!",
        client="html",
        html="""<html><body><h2>Goed nieuws, je bestelling is onderweg</h2>
<p>Bestelnummer: 1048827731<br>Verwachte bezorging: woensdag 18 november tussen 14:00 en 17:00</p>
<p>Volg je pakket: <a href="https://track.example/3SABC1234567">3SABC1234567</a></p>
<p style="font-size:11px">Je ontvangt deze e-mail omdat je een bestelling hebt geplaatst. Vragen? Bel 010 798 89 99.</p>
</body></html>""",
        body="",
        notes="Webshop delivery notification (HTML-only, no list headers).",
    ),
    dict(
        cls="bulk",
        from_="Zorgpanel Nederland <uitnodiging@zorgpanel.example>",
        subject="Uitnodiging: uw mening over thuiszorgtechnologie",
        body="""Geachte deelnemer,

U bent geselecteerd voor ons onderzoek naar technologie in de thuiszorg. Het invullen kost ongeveer
10 minuten. Als dank maakt u kans op een cadeaubon van € 25.

Start de vragenlijst: https://zorgpanel.example/q/T2026-11

Geen uitnodigingen meer ontvangen? Meld u af via uw profiel.
""",
        notes="Survey invitation, no list headers.",
    ),
    dict(
        cls="bulk",
        from_="IT-afdeling <helpdesk@tinybots-mail.example>",
        subject="Actie vereist: uw mailbox is vol",
        body="""Beste gebruiker van help@tinybots.nl,

Uw mailbox heeft de limiet van 50 GB bereikt. Binnenkomende berichten worden geweigerd vanaf vandaag 23:59.
Upgrade uw opslag gratis via de onderstaande link en log in met uw huidige wachtwoord:

https://tinybots-mail.example/upgrade

IT-afdeling
""",
        notes="Phishing 'mailbox is vol' from a look-alike domain.",
    ),
    dict(
        cls="bulk",
        from_="Events Zorg & Innovatie <events@zorginnovatie.example>",
        subject="Uitnodiging: Zorgtech Congres 2027",
        client="calendar",
        body="""U bent uitgenodigd voor het Zorgtech Congres 2027 op donderdag 4 februari 2027 in de Jaarbeurs.

Accepteer de uitnodiging om de sessie in uw agenda te zetten. Aanmelden kan tot 20 januari.
Wilt u geen uitnodigingen meer? Afmelden
""",
        ics="""BEGIN:VCALENDAR
PRODID:-//Eventsysteem//NL
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:congres2027-88412@zorginnovatie.example
DTSTART:20270204T083000Z
DTEND:20270204T160000Z
SUMMARY:Zorgtech Congres 2027
ORGANIZER;CN=Events Zorg & Innovatie:mailto:events@zorginnovatie.example
ATTENDEE;RSVP=TRUE:mailto:help@tinybots.nl
END:VEVENT
END:VCALENDAR""",
        notes="Event system's calendar invitation (text/calendar METHOD:REQUEST), marketing.",
    ),
    dict(
        cls="bulk",
        from_="Bol <noreply@bol-winkel.example>",
        subject="Je pakket is bezorgd",
        body="""Hoi,

Je pakket met bestelnummer 2461558790 is vandaag om 11:42 bezorgd bij de buren (huisnummer 14).

Beoordeel je bestelling en help andere klanten: https://bol-winkel.example/review

Dit is een automatisch bericht, je kunt hier niet op reageren.
""",
        notes="Webshop delivered notification, no list headers.",
    ),
    dict(
        cls="bulk",
        from_="Thuiszorgwinkel <info@thuiszorgwinkel.example>",
        subject="Alleen deze week: 25% korting op rollators en douchestoelen",
        client="gmail",
        body="""Beste klant,

Deze week krijgt u 25% korting op alle rollators en douchestoelen. Gebruik de code WINTER25 bij het afrekenen.

Bekijk het aanbod: https://thuiszorgwinkel.example/aanbod

U ontvangt deze mail omdat u klant bent bij Thuiszorgwinkel. Uitschrijven? Klik hier.
""",
        notes="Marketing without list headers.",
    ),
    dict(
        cls="bulk",
        from_="DocuTeken <no-reply@docuteken.example>",
        subject="Herinnering: document wacht op uw handtekening",
        lang="nl",
        body="""Beste ontvanger,

Er staat nog een document voor u klaar om te ondertekenen: 'Overeenkomst levering'. Klik op de link om te
bekijken en te tekenen: https://docuteken.example/sign/Q8ZP

Dit document verloopt over 3 dagen.
""",
        notes="E-signature reminder from a no-reply platform (phishing-like notification), no headers.",
    ),
    dict(
        cls="bulk",
        from_="Customer Experience <cx@robotics-supplier.example>",
        subject="How did we do? Rate your support experience",
        lang="en",
        body="""Hello,

Your support case 00412877 was recently closed. Please rate our service:

How satisfied are you?  1  2  3  4  5

This survey takes less than a minute. To opt out of surveys, click here.
""",
        notes="A supplier's post-case survey invitation, no headers.",
    ),
    dict(
        cls="bulk",
        from_="Gesundheitsmesse <info@gesundheitsmesse.example>",
        subject="Jetzt anmelden: Fachtag Digitale Pflege",
        lang="de",
        body="""Sehr geehrte Damen und Herren,

am 15. März 2027 findet unser Fachtag Digitale Pflege statt. Sichern Sie sich jetzt Ihr Frühbucherticket!

Wenn Sie keine weiteren E-Mails erhalten möchten, können Sie sich hier abmelden.
""",
        notes="German event marketing without list headers.",
    ),
    dict(
        cls="bulk",
        from_="KPN <klantenservice@kpn-factuur.example>",
        subject="Uw factuur kon niet worden geïncasseerd",
        body="""Geachte klant,

Wij hebben uw maandelijkse factuur van € 54,50 niet kunnen afschrijven. Voorkom afsluiting van uw internet
en betaal binnen 24 uur via: https://kpn-factuur.example/betaal

Met vriendelijke groet,
KPN Klantenservice
""",
        notes="Phishing posing as a telecom invoice.",
    ),
    dict(
        cls="bounce",
        from_="Mail Delivery System <MAILER-DAEMON@mx1.tinybots.nl>",
        subject="Undelivered Mail Returned to Sender",
        client="report",
        ticket="TB-005144",
        body="""This is the mail system at host mx1.tinybots.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<h.mulder@oudprovider.example>: host mx.oudprovider.example[198.51.100.7] said:
    550 5.1.1 <h.mulder@oudprovider.example>: Recipient address rejected: User unknown

Subject of the original: Re: Tessa robot [TB-005144]
""",
        status="""Reporting-MTA: dns; mx1.tinybots.nl
Arrival-Date: Fri, 13 Nov 2026 10:12:01 +0100

Final-Recipient: rfc822; h.mulder@oudprovider.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
        notes="Postfix DSN naming our ticket in the returned subject.",
    ),
    dict(
        cls="staff",
        from_="Tinybots Helpdesk <help@tinybots.nl>",
        subject="Re: Tessa bij cliënt [TB-005299]",
        ticket="TB-005299",
        body="""Beste mevrouw Jansen,

Wij hebben de robot (Robot Id 41207) op afstand herstart. Mocht het probleem terugkomen, belt u ons dan op
020 123 4567.

Met vriendelijke groet,
Daan Vermeer
Tinybots Helpdesk
""",
        notes="The help desk's own mail: no customer fields.",
    ),
    dict(
        from_="Wendy Kuijpers <wendy.kuijpers@home.example>",
        subject="Re: Automatic reply: Tessa",
        lang="en",
        body="""> Automatic reply: Thank you, we have received your question and will answer within 3 working days.

That was two weeks ago and nobody has answered. My father's Tessa still isn't working.
Can someone please call me? 06 29 38 47 56.

Thanks,
Wendy Kuijpers
""",
        name="Wendy Kuijpers",
        phone="+31629384756",
        notes="A human answer to an acknowledgement: the body STARTS with the quoted 'Automatic reply' text: customer.",
    ),
    dict(
        from_="Gerard Pieters <gerard.pieters@kpnplanet.example>",
        subject="Re: Afwezig",
        body="""Beste mevrouw,

U was afwezig toen ik belde, vandaar deze mail. Ik ben terug van vakantie en de robot van mijn moeder staat
sinds mijn vertrek uit. Wat moet ik doen?

> Automatisch antwoord: ik ben afwezig tot 16 november.

Gerard Pieters
""",
        name="Gerard Pieters",
        notes="Human reply to an out-of-office; the quoted auto-reply and vacation words do not make it automatic.",
    ),
    dict(
        from_="Marleen Hoving <marleen.hoving@gmail.example>",
        subject="Ik ben er weer / robot",
        body="""Hallo,

Ik was drie weken op vakantie en kom terug en nu doet de robot van mijn vader het niet meer. Hij zegt dat hij
'niet bereikbaar' is. Kan iemand helpen?

Met vriendelijke groet,
Marleen Hoving
""",
        name="Marleen Hoving",
        notes="Human mail about a holiday and 'niet bereikbaar': customer.",
    ),
    dict(
        from_="Ilse Verhagen <ilse.verhagen@outlook.example>",
        subject="FW: Uw pakket is onderweg",
        client="outlook",
        body="""Hoi,

Ik kreeg dit bericht maar er zit geen robot in het pakket, alleen de oplader. Klopt dat?

Groet,
Ilse Verhagen

From: Tinybots Webshop <noreply@shop.tinybots.example>
Sent: Monday, November 9, 2026 7:01 AM
To: Ilse Verhagen <ilse.verhagen@outlook.example>
Subject: Uw pakket is onderweg

Uw bestelling 40021 is verzonden. Dit is een automatisch bericht. Afmelden voor updates kan hier.
""",
        name="Ilse Verhagen",
        notes="A customer forwarding a webshop notification (with 'automatisch bericht' and 'Afmelden' in the quote): customer.",
    ),
    dict(
        from_="Jacqueline Boer <jacqueline.boer@ziggo.example>",
        subject="Enquête",
        body="""Goedemiddag,

Ik kreeg een enquête van jullie over de Tessa, maar de link werkt niet. Ik wil hem graag invullen want ik
ben erg tevreden.

Met vriendelijke groet,
Jacqueline Boer
""",
        name="Jacqueline Boer",
        notes="Human mail about a survey ('Enquête' subject): customer.",
    ),
    dict(
        from_="Herman Schouten <h.schouten@online.example>",
        subject="Uw mailbox is vol?",
        body="""Goedemiddag,

Ik probeerde u te mailen maar kreeg een bericht dat uw mailbox vol is. Komt dit bericht wel aan?
Het gaat om de herinneringen van de robot van mijn vrouw.

Herman Schouten
06 31 72 64 95
""",
        name="Herman Schouten",
        phone="+31631726495",
        notes="Human mail with a phishing-like subject: customer.",
    ),
    dict(
        from_="Bas Timmer <bas.timmer@xs4all.example>",
        subject="Nieuwsbrief",
        body="""Hallo,

Ik ontvang jullie nieuwsbrief niet meer sinds ik verhuisd ben. Kunnen jullie mij opnieuw toevoegen?

Bas Timmer
""",
        name="Bas Timmer",
        notes="Human mail about a newsletter: customer.",
    ),
    dict(
        from_="Rianne Bos <rianne.bos@zorgvilla.example>",
        subject="Out of office van collega - robot dhr. Schuit",
        client="outlook",
        body="""Goedemorgen,

Mijn collega Ruud is met vakantie (out of office), dus ik neem het over. De robot van dhr. Schuit gaat elke
nacht om 02.00 uur aan. Kan dat worden uitgezet?

Met vriendelijke groet,

Rianne Bos
Zorgvilla Het Anker
T 0341 - 45 60 70
""",
        name="Rianne Bos",
        phone="+31341456070",
        notes="'Out of office' in a human subject: customer.",
    ),
    dict(
        from_="Fenna Smit <fenna.smit@online.example>",
        subject="Ontvangstbevestiging?",
        body="""Goedemiddag,

Ik heb vorige week een mail gestuurd maar geen ontvangstbevestiging gekregen. Hebben jullie hem ontvangen?
Het ging over de herinneringen van mijn oma.

Groet,
Fenna Smit
""",
        name="Fenna Smit",
        notes="Human asking about an acknowledgement: customer.",
    ),
]
