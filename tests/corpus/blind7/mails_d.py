"""Automatic mail: out-of-office replies (Exchange, Gmail, Zimbra, headerless), other systems' acknowledgements,
read receipts, calendar replies and invitations, newsletters with List headers, portal notifications, bounces;
and the help desk's own copy. Customer fields stay null for all of them."""

from __future__ import annotations

from mails_d2 import AUTO_2

AUTO: list[dict] = [
    dict(
        frm="Marjolein Vos <m.vos@zorggroep-ijssel.example>",
        subj="Automatisch antwoord: [TB-004471] Uw vraag over Tessa",
        cls="auto_reply",
        mime="alt",
        style="outlook",
        headers={
            "Auto-Submitted": "auto-replied",
            "X-Auto-Response-Suppress": "All",
            "In-Reply-To": "<tb.004471.1@tinybots.nl>",
        },
        body="""Ik ben tot en met 18 december afwezig. Voor
dringende zaken over cliënten kunt u bellen met het teamnummer 0570 - 61 44 00. Uw mail wordt niet doorgestuurd.

Met vriendelijke groet,
Marjolein Vos
""",
        ref="TB-004471",
        notes="Exchange out-of-office in Dutch with a team number and a name.",
    ),
    dict(
        frm="David Cohen <david.cohen@gmail.example>",
        subj="Re: [TB-004502] Tessa update",
        cls="auto_reply",
        lang="en",
        headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<tb.004502.1@tinybots.nl>"},
        mime="alt",
        style="gmail",
        body="""Thanks for your email. I'm travelling until 3 January with limited
access to email. For anything about my mother's robot please call my brother on +31 6 4040 1212.

David
""",
        ref="TB-004502",
        notes="Gmail vacation responder: 'Re:' subject, only Auto-Submitted marks it.",
    ),
    dict(
        frm="Sabine Hartmann <s.hartmann@caritas-kleve.example>",
        subj="Abwesenheitsnotiz: Tessa Frau Jansen",
        cls="auto_reply",
        lang="de",
        mime="html",
        style="zimbra",
        headers={"Auto-Submitted": "auto-replied (zimbra; vacation)", "Precedence": "bulk"},
        body="""Vielen Dank für Ihre Nachricht. Ich bin bis zum 4. Januar nicht im Büro. In dringenden Fällen wenden
Sie sich bitte an meine Kollegin Frau Roth, Tel. 02821 7788 0.
""",
        notes="Zimbra vacation in German with Precedence: bulk beside Auto-Submitted.",
    ),
    dict(
        frm="Camille Girard <camille.girard@orange.example>",
        subj="Réponse automatique : Tessa de ma mère",
        cls="auto_reply",
        lang="fr",
        headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        body="""Bonjour,

Je suis absente jusqu'au 21 décembre. Je lirai votre message à mon retour.

Camille Girard
""",
        notes="French out-of-office with X-Autoreply.",
    ),
    dict(
        frm="Team Wijkzorg Oost <wijkzorg.oost@zorgsaam.example>",
        subj="Afwezig",
        cls="auto_reply",
        body="""Beste afzender,

Dit postvak wordt tussen Kerst en Oud en Nieuw niet gelezen. Voor spoed belt u de dienstdoende
wijkverpleegkundige via 0115 - 64 30 00.

Team Wijkzorg Oost
""",
        notes="Headerless out-of-office from a team mailbox, only the subject 'Afwezig'.",
    ),
    dict(
        frm="Servicedesk Zorgcentrum De Linde <support@delinde.example>",
        subj="[#DL-48213] Uw melding is ontvangen",
        cls="auto_reply",
        headers={"Auto-Submitted": "auto-generated", "X-Mailer": "Zendesk"},
        mime="alt",
        style="gmail",
        body="""Beste afzender,

Bedankt voor uw bericht. Uw melding is geregistreerd onder nummer #DL-48213. Een medewerker neemt binnen
twee werkdagen contact met u op. Reageer op deze e-mail om informatie toe te voegen.

Servicedesk De Linde
""",
        notes="Zendesk-style acknowledgement with another system's reference (no ticket ref).",
    ),
    dict(
        frm="Home Care Support <support@brightcare.example>",
        subj="Ticket Received - #10442 Robot delivery",
        cls="auto_reply",
        lang="en",
        headers={"X-Freshdesk-Ticket": "10442", "Auto-Submitted": "auto-replied"},
        mime="html",
        style="apple",
        body="""Dear Tinybots Helpdesk,

We would like to acknowledge that we have received your request and a ticket has been created with Ticket
ID 10442. A support representative will be reviewing your request and will send you a personal response.

To view the status of the ticket or add comments, please visit the portal.

Thank you for your patience.
""",
        notes="Freshdesk-style acknowledgement in HTML; its ticket id is no robot id.",
    ),
    dict(
        frm="Gemeente Hoogeveen <noreply@hoogeveen.example>",
        subj="Uw melding M2611-0345 is geregistreerd",
        cls="auto_reply",
        headers={"Precedence": "bulk", "X-Auto-Response-Suppress": "All"},
        body="""Geachte heer/mevrouw,

Uw e-mail aan het Wmo-loket is ontvangen en geregistreerd onder meldingsnummer M2611-0345 (TOPdesk). U
ontvangt binnen 5 werkdagen een reactie.

Dit is een automatisch verzonden bericht, u kunt hierop niet reageren.
""",
        notes="TOPdesk-style municipal acknowledgement without Auto-Submitted.",
    ),
    dict(
        frm="Monique Lambers <monique.lambers@kpnmail.example>",
        subj="Gelezen: [TB-004390] Tessa ophalen",
        cls="auto_reply",
        mime="raw",
        raw="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn1"

--mdn1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Uw bericht

  Aan: help@tinybots.nl
  Onderwerp: [TB-004390] Tessa ophalen
  Verzonden op: 2-12-2026 09:41

is gelezen op 2-12-2026 11:02.

--mdn1
Content-Type: message/disposition-notification

Reporting-UA: kpnmail.example; Zimbra 9.0
Final-Recipient: rfc822;monique.lambers@kpnmail.example
Original-Message-ID: <tb.004390.3@tinybots.nl>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn1--
""",
        ref="TB-004390",
        notes="Read receipt (MDN multipart/report) in Dutch; auto_reply as earlier sets decide.",
    ),
    dict(
        frm="Erik Bouma <erik.bouma@zorgplus.example>",
        subj="Geaccepteerd: Installatie Tessa mw. Kok",
        cls="auto_reply",
        mime="calendar",
        method="REPLY",
        style="outlook",
        body="""Erik Bouma heeft uw
uitnodiging geaccepteerd.
""",
        ics="""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Erik Bouma:mailto:erik.bouma@zorgplus.example
ORGANIZER;CN=Tinybots Helpdesk:mailto:help@tinybots.nl
SUMMARY:Installatie Tessa mw. Kok
DTSTART:20261210T100000Z
DTEND:20261210T110000Z
UID:tb-install-2026-1210-kok@tinybots.nl
DTSTAMP:20261202T081500Z
END:VEVENT
END:VCALENDAR
""",
        notes="Calendar REPLY (accepted) without text of the writer: an automatic response to our invitation, "
        "labelled auto_reply like a read receipt.",
    ),
    dict(
        frm="Planning Thuiszorg West <noreply@planning.thuiszorgwest.example>",
        subj="Uitnodiging: Overleg zorgtechnologie team 3",
        cls="bulk",
        mime="calendar",
        method="REQUEST",
        style="outlook",
        body="""U bent uitgenodigd voor: Overleg zorgtechnologie team 3
Wanneer: do 17 december 2026 14:00-15:00
Waar: Teams
""",
        ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Planning Thuiszorg West//NL
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Planning:mailto:noreply@planning.thuiszorgwest.example
ATTENDEE;RSVP=TRUE:mailto:help@tinybots.nl
SUMMARY:Overleg zorgtechnologie team 3
DTSTART:20261217T130000Z
DTEND:20261217T140000Z
UID:ptw-8812-3@planning.thuiszorgwest.example
DTSTAMP:20261201T120000Z
END:VEVENT
END:VCALENDAR
""",
        notes="A planning system's calendar invitation: bulk (earlier sets' decision for system notifications).",
    ),
    dict(
        frm="Zorgtechnologie Vandaag <nieuws@zorgtech-vandaag.example>",
        subj="Nieuwsbrief december: robots in de wijk",
        cls="bulk",
        mime="alt",
        style="apple",
        headers={
            "List-Unsubscribe": "<https://zorgtech-vandaag.example/u/7781ab>, "
            "<mailto:unsubscribe-7781ab@zorgtech-vandaag.example>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": "<nieuws.zorgtech-vandaag.example>",
            "Precedence": "bulk",
        },
        body="""Nieuwsbrief december

- Drie gemeenten starten met zorgrobots in de wijk
- Interview: een wijkverpleegkundige over Tessa
- Webinar 14 januari: de AVG en zorgtechnologie

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. U heeft het recht uw gegevens in te zien of te laten
verwijderen; afmelden kan via de link onderaan.
""",
        notes="Newsletter with List-Unsubscribe (one-click) and rights words in the footer.",
    ),
    dict(
        frm="Accushop <service@accushop.example>",
        subj="Vergeet de reservebatterij niet! 15% korting",
        cls="bulk",
        mime="html",
        style="gmail",
        headers={"List-Unsubscribe": "<mailto:out@accushop.example>"},
        body="""Beste klant,

Uw bestelling 88123 van vorig jaar bevatte een oplader voor een zorgrobot. Bestel nu een reservebatterij
met 15% korting met code WINTER15.

Afmelden? Klik hier.
""",
        notes="Webshop marketing with an order number.",
    ),
    dict(
        frm="ZorgPortaal <no-reply@zorgportaal.example>",
        subj="Er staat een nieuw bericht voor u klaar",
        cls="bulk",
        body="""Beste gebruiker,

Er staat een nieuw bericht voor u klaar in ZorgPortaal. Log in om het bericht te lezen.

Dit bericht is automatisch verzonden.
""",
        notes="Care portal notification without any relayed text: bulk.",
    ),
]
AUTO += AUTO_2
