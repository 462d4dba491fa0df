"""Automatic mail (auto replies, bulk, phishing, bounces) and the help desk's own mail."""

AUTO = [
    dict(
        cls="auto_reply",
        from_="Marieke Dijkman <m.dijkman@thuiszorg-west.example>",
        subject="Afwezigheidsmelding",
        body="""Beste afzender,

Ik ben afwezig van 2 tot en met 16 november en lees mijn mail niet. Uw bericht wordt niet doorgestuurd.
Voor dringende zaken kunt u contact opnemen met mijn collega Femke via 06-12312312 of met het team via 088 - 400 50 00.

Met vriendelijke groet,
Marieke Dijkman
""",
        notes="NL out-of-office without any header; colleague's phone (trap).",
    ),
    dict(
        cls="auto_reply",
        from_="John Miller <john.miller@carehome.example>",
        subject="Re: Your question [TB-004620]",
        ticket="TB-004620",
        lang="en",
        body="""Thank you for your email. I am currently out of the office with limited access to email and will return on
Monday 16 November. For urgent matters please contact reception on +44 20 7946 0000.

Kind regards,
John Miller
""",
        notes="EN out-of-office in a 'Re:' subject, no header.",
    ),
    dict(
        cls="auto_reply",
        from_="Sabine Koch <s.koch@pflegedienst.example>",
        subject="Abwesenheitsnotiz",
        lang="de",
        body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.11. nicht im Büro und habe keinen Zugriff auf
meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Weber (Tel. 0221 123456).

Mit freundlichen Grüßen
Sabine Koch
""",
        notes="DE out-of-office without headers.",
    ),
    dict(
        cls="auto_reply",
        from_="Gemeente Voorbeeld <info@gemeente-voorbeeld.example>",
        subject="Ontvangstbevestiging: robot cliënt",
        body="""Geachte heer/mevrouw,

Hartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en geregistreerd onder zaaknummer
Z-2026-118822. U ontvangt binnen 10 werkdagen een reactie.

Dit is een automatisch gegenereerd bericht. U kunt hier niet op antwoorden.

Gemeente Voorbeeld
""",
        notes="Another organisation's acknowledgement without headers; its own case number.",
    ),
    dict(
        cls="auto_reply",
        from_="Support <support@zorgsoft.example>",
        subject="[#58812] We have received your request",
        lang="en",
        headers={"Precedence": "bulk"},
        body="""Hello,

Your request (58812) has been received and is being reviewed by our support staff.
To add additional comments, reply to this email.

This is an automated message from Zorgsoft Support.
""",
        notes="Help-desk acknowledgement with only Precedence: bulk.",
    ),
    dict(
        cls="auto_reply",
        from_="Kundenservice <service@versand.example>",
        subject="Ihre Anfrage ist bei uns eingegangen",
        lang="de",
        body="""Sehr geehrte Kundin, sehr geehrter Kunde,

vielen Dank für Ihre Anfrage. Diese ist bei uns eingegangen und wird schnellstmöglich bearbeitet.
Ihre Vorgangsnummer lautet 2026-441122.

Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.

Ihr Kundenservice
""",
        notes="German acknowledgement without headers.",
    ),
    dict(
        cls="auto_reply",
        from_="Femke de Ruiter <f.deruiter@wijkteam.example>",
        subject="Automatisch antwoord: robot mevrouw Kroon",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        body="""Ik ben op vrijdag niet werkzaam. Uw mail wordt maandag gelezen.
Bij spoed: 06-55443322 (Bas). Robot mevr. Kroon: robotnummer 20441.
""",
        notes="Exchange auto reply with headers; robot id and phone inside are not extracted.",
    ),
    dict(
        cls="auto_reply",
        from_="Jan Pool <jan.pool@ziggo.example>",
        subject="Vakantie",
        body="""Hallo, wij zijn met vakantie tot 30 november en lezen onze mail niet. Groeten Jan en Lies Pool
""",
        notes="Private vacation reply, no header, one line (Ziggo webmail).",
    ),
    dict(
        cls="auto_reply",
        from_="Anna Berg <anna.berg@hospital.example>",
        subject="Automatic reply: Tessa delivery",
        lang="en",
        headers={"X-Auto-Response-Suppress": "All"},
        body="""I'm on leave until 1 December. Your message will not be forwarded. For the ward please call 030 250 00 00.
""",
        notes="'Automatic reply:' subject with X-Auto-Response-Suppress only (no Auto-Submitted).",
    ),
    dict(
        cls="auto_reply",
        from_="Info Zorghuis <info@zorghuis.example>",
        subject="Deze mailbox wordt niet meer gebruikt",
        body="""Dit e-mailadres is niet meer in gebruik. Uw bericht is niet gelezen.
Mail voortaan naar secretariaat@zorghuis.example.
""",
        notes="Unused-mailbox notice without headers.",
    ),
    dict(
        cls="auto_reply",
        from_="Klantenservice Thuiszorg Plus <noreply@thuiszorgplus.example>",
        subject="Re: Tessa [TB-004777]",
        ticket="TB-004777",
        body="""Beste klant,

Bedankt voor uw bericht. Wij streven ernaar uw vraag binnen 3 werkdagen te beantwoorden.
Uw referentienummer: TZP-99812.

Met vriendelijke groet,
Klantenservice Thuiszorg Plus
Dit is een automatisch bericht.
""",
        notes="Acknowledgement in a Re: subject; its own reference.",
    ),
    dict(
        cls="bulk",
        from_="Zorgtech Nieuws <nieuws@zorgtech.example>",
        subject="Nieuwsbrief december: de nieuwste zorginnovaties",
        client="html",
        html="""<html><body><table width="600"><tr><td><h1>Nieuwsbrief december</h1>
<p>Beste lezer,</p><p>Deze maand: slimme medicijndispensers, een interview met een wijkverpleegkundige en onze
kerstaanbieding.</p><p><a href="https://zorgtech.example/lees">Lees verder</a></p>
<p style="font-size:10px">U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. <a href="https://zorgtech.example/afmelden">Afmelden</a>
| Bekijk in browser | Zorgtech BV, Postbus 100, 1000 AA Amsterdam</p></td></tr></table></body></html>""",
        body="",
        notes="HTML newsletter without list headers.",
    ),
    dict(
        cls="bulk",
        from_="Klantonderzoek <onderzoek@panelbureau.example>",
        subject="Hoe tevreden bent u? (2 minuten)",
        body="""Beste heer/mevrouw,

U heeft onlangs contact gehad met uw zorgverzekeraar. Wij horen graag hoe tevreden u bent.
Vul onze korte enquête in: https://panelbureau.example/s/88231

Deelname duurt ongeveer 2 minuten. Wilt u geen uitnodigingen meer ontvangen? Klik hier om u af te melden.
""",
        notes="Survey invitation without list headers.",
    ),
    dict(
        cls="bulk",
        from_="HealthTech Events <events@healthtech.example>",
        subject="Webinar: GDPR and care robots - register now",
        lang="en",
        client="gmail",
        body="""Join our free webinar on 10 December!

Topics: the right of access, the right to erasure and data portability for care technology; consent in home care.

Register here: https://healthtech.example/webinar

You are receiving this email because you subscribed. Unsubscribe | Manage preferences
""",
        notes="Webinar invitation listing rights.",
    ),
    dict(
        cls="bulk",
        from_="Microsoft 365 <security-noreply@m1crosoft-account.example>",
        subject="Uw mailbox is bijna vol",
        client="html",
        html="""<html><body><p>Beste gebruiker,</p><p>Uw mailbox heeft 98% van de opslag gebruikt. Klik binnen 24 uur op de
onderstaande knop om uw account te verifiëren, anders worden uw berichten verwijderd.</p>
<p><a href="http://verify-m1crosoft.example/login">Account verifiëren</a></p><p>Microsoft-accountteam</p></body></html>""",
        body="",
        notes="Phishing.",
    ),
    dict(
        cls="bulk",
        from_="PostNL <info@postnl-pakket.example>",
        subject="Uw pakket kon niet worden bezorgd",
        body="""Beste klant,

Uw pakket kon niet worden bezorgd wegens onvoldoende verzendkosten (€ 1,99).
Betaal binnen 48 uur via https://postnl-pakket.example/betalen om uw pakket te ontvangen.

Met vriendelijke groet,
PostNL Klantenservice
""",
        notes="Phishing posing as a parcel service.",
    ),
    dict(
        cls="bulk",
        from_="Pflege Aktuell <newsletter@pflege-aktuell.example>",
        subject="Pflege Aktuell – Ausgabe 11/2026",
        lang="de",
        body="""Liebe Leserinnen und Leser,

in dieser Ausgabe: Robotik in der häuslichen Pflege, neue Förderprogramme und Termine.

Zum Abmelden vom Newsletter klicken Sie hier.
Impressum: Pflege Aktuell GmbH, Köln
""",
        notes="German newsletter without list headers.",
    ),
    dict(
        cls="bulk",
        from_="Robotonderdelen.nl <aanbiedingen@robotonderdelen.example>",
        subject="Black Friday: 30% korting op alle accu's",
        headers={"List-Unsubscribe": "<mailto:unsub@robotonderdelen.example>"},
        body="""Alleen dit weekend: 30% korting op accu's en opladers!
Bekijk de aanbiedingen op robotonderdelen.example.

Afmelden voor deze mailing
""",
        notes="Marketing with List-Unsubscribe.",
    ),
    dict(
        cls="bulk",
        from_="Feedback Team <feedback@surveyhub.example>",
        subject="We'd love your feedback on your recent purchase",
        lang="en",
        body="""Hi there,

Thanks for your recent purchase. Could you spare 3 minutes to tell us about your experience?

Take the survey: https://surveyhub.example/r/xk21

If you no longer wish to receive these emails, unsubscribe here.
""",
        notes="English survey invitation, no headers.",
    ),
    dict(
        cls="bulk",
        from_="ING <service@ing-beveiliging.example>",
        subject="Actie vereist: uw bankpas verloopt",
        body="""Geachte klant,

Uw bankpas verloopt binnenkort. Om blokkering te voorkomen moet u uw gegevens vandaag bijwerken via de link:
https://ing-beveiliging.example/vernieuwen

Met vriendelijke groet,
ING Klantenservice
""",
        notes="Bank phishing.",
    ),
    dict(
        cls="bounce",
        from_="Mail Delivery System <MAILER-DAEMON@mx1.tinybots.nl>",
        subject="Undelivered Mail Returned to Sender",
        client="report",
        ticket="TB-004650",
        status="Reporting-MTA: dns; mx1.tinybots.nl\n\nFinal-Recipient: rfc822; oma.truus@oud.example\nAction: failed\nStatus: 5.1.1\n",
        body="""This is the mail system at host mx1.tinybots.nl.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<oma.truus@oud.example>: host mx.oud.example said: 550 5.1.1 User unknown

Subject of the returned message: Uw vraag [TB-004650]
""",
        notes="Postfix DSN.",
    ),
    dict(
        cls="bounce",
        from_="postmaster@outlook.example",
        subject="Onbestelbaar: Uw vraag over de robot",
        body="""Uw bericht kan niet worden bezorgd bij de volgende ontvangers:

j.devries@outlook.example
De postvak van de ontvanger is vol en kan op dit moment geen berichten accepteren.

Diagnostische gegevens voor beheerders:
Server genereren: outlook.example
Remote Server returned '552 5.2.2 Mailbox full'
""",
        notes="Exchange NDR in Dutch, plain text, no report.",
    ),
    dict(
        cls="bounce",
        from_="Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
        subject="Delivery Status Notification (Delay)",
        lang="en",
        body="""This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     hans@traag.example

Message will be retried for 2 more day(s)
""",
        notes="Gmail delay DSN.",
    ),
    dict(
        cls="staff",
        from_="Tinybots Helpdesk <help@tinybots.nl>",
        subject="Uw vraag [TB-004801]",
        ticket="TB-004801",
        to="Greet Smit <greet.smit@home.example>",
        body="""Beste mevrouw Smit,

Wij hebben uw vraag over robot 40012 ontvangen. U kunt ons bellen op 020 123 4567.

Met vriendelijke groet,
Sanne, Tinybots Helpdesk

"""
        + "Privacy: Tinybots BV verwerkt uw persoonsgegevens zorgvuldig en volgens de AVG.\n",
        notes="Help desk's own mail.",
    ),
    dict(
        cls="staff",
        from_="Tinybots Helpdesk <help@tinybots.nl>",
        subject="Fwd: inzageverzoek mevrouw Bos",
        to="privacy@tinybots.nl",
        body="""Hoi privacy-team,

Zie het verzoek hieronder, wil jij het oppakken? Ze wil inzage in al haar gegevens.

Groet, Sanne
""",
        notes="Staff forward internally mentioning an access request: staff, no rights.",
    ),
]
