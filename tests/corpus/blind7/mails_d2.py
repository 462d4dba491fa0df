"""Automatic mail, second part (see mails_d.py): bounces, the help desk's copy, a survey, and two customer mails that look automatic."""

from __future__ import annotations

from words import q

ORIG = """From: Tinybots Helpdesk <help@tinybots.nl>
To: {to}
Subject: {subj}
Date: Tue, 01 Dec 2026 10:04:11 +0100
Message-ID: <tb.{mid}@tinybots.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{body}"""

AUTO_2: list[dict] = [
    dict(
        frm="Mail Delivery System <MAILER-DAEMON@mx.tinybots.nl>",
        subj="Undelivered Mail Returned to Sender",
        cls="bounce",
        to="help@tinybots.nl",
        headers={"Auto-Submitted": "auto-replied"},
        mime="raw",
        raw="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn1"

--dsn1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.tinybots.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<h.jansen@thuisnet.example>: host mx.thuisnet.example[192.0.2.25] said: 550
    5.1.1 User unknown (in reply to RCPT TO command)

--dsn1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.tinybots.nl
Arrival-Date: Wed,  2 Dec 2026 09:00:01 +0100

Final-Recipient: rfc822; h.jansen@thuisnet.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn1
Content-Description: Undelivered Message
Content-Type: message/rfc822

"""
        + ORIG.format(
            to="h.jansen@thuisnet.example",
            subj="[TB-004512] Uw robot 31190",
            mid="004512.2",
            body="Beste heer Jansen,\n\nUw robot 31190 krijgt morgen een update.\n\nHelpdesk Tinybots\n",
        )
        + "\n--dsn1--\n",
        ref="TB-004512",
        notes="Postfix DSN; the ticket ref and a robot id only in the returned original.",
    ),
    dict(
        frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@zorgplus.example>",
        subj="Onbestelbaar: Uw vraag over Tessa",
        cls="bounce",
        to="help@tinybots.nl",
        mime="raw",
        raw="""
Content-Type: multipart/report; report-type=delivery-status; boundary="ndr1"

--ndr1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><p><b><font color=3D"#000066">Uw bericht heeft deze ontvangers ni=
et bereikt:</font></b></p><p>a.smit@zorgplus.example</p><p>Het e-mailadres =
bestaat niet.</p></body></html>

--ndr1
Content-Type: message/delivery-status

Reporting-MTA: dns;EX02.zorgplus.example

Final-recipient: RFC822; a.smit@zorgplus.example
Action: failed
Status: 5.1.10
Diagnostic-code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound

--ndr1
Content-Type: text/rfc822-headers

From: Tinybots Helpdesk <help@tinybots.nl>
To: a.smit@zorgplus.example
Subject: Uw vraag over Tessa
Message-ID: <tb.004533.1@tinybots.nl>

--ndr1--
""",
        notes="Exchange NDR in Dutch, HTML notification and text/rfc822-headers; no ticket ref.",
    ),
    dict(
        frm="Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
        subj="Delivery Status Notification (Delay)",
        cls="bounce",
        lang="en",
        to="help@tinybots.nl",
        mime="raw",
        raw="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dly1"

--dly1
Content-Type: text/plain; charset=UTF-8

** Message delayed **

There was a temporary problem delivering your message to p.dijkstra@kabelnet.example. Gmail will retry for
45 more hours. You'll be notified if the delivery fails permanently.

--dly1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.example

Final-Recipient: rfc822; p.dijkstra@kabelnet.example
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sat, 05 Dec 2026 11:00:00 -0800

--dly1
Content-Type: message/rfc822

"""
        + ORIG.format(
            to="p.dijkstra@kabelnet.example",
            subj="Re: [TB-004560] afspraak monteur",
            mid="004560.3",
            body="Beste heer Dijkstra,\n\nDe monteur komt donderdag.\n\nHelpdesk Tinybots, 020 123 4567\n",
        )
        + "\n--dly1--\n",
        ref="TB-004560",
        notes="Delay DSN with the returned original carrying the ref.",
    ),
    dict(
        frm="Mail Delivery System <MAILER-DAEMON@mout.gmx.example>",
        subj="Mail delivery failed: returning message to sender",
        cls="bounce",
        lang="en",
        to="help@tinybots.nl",
        headers={"Auto-Submitted": "auto-replied", "X-Failed-Recipients": "k.schulz@gmx.example"},
        body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  k.schulz@gmx.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Tinybots Helpdesk <help@tinybots.nl>
To: k.schulz@gmx.example
Subject: [TB-004577] Roboter Ihrer Mutter
Date: Thu, 03 Dec 2026 08:30:00 +0100

Sehr geehrte Frau Schulz,

die Seriennummer 67012 wurde registriert.
""",
        cte="7bit",
        ref="TB-004577",
        notes="Exim-style plain bounce without MIME report; the ref in the Subject of the copied original.",
    ),
    dict(
        frm="Tinybots Helpdesk <help@tinybots.nl>",
        subj="[TB-004601] Nieuwe lader onderweg",
        cls="staff",
        to="Joke Mertens <joke.mertens@ziggo.example>",
        headers={"Cc": "help@tinybots.nl"},
        body="""Beste
mevrouw Mertens,

De nieuwe lader voor uw robot (robotnummer 28817) is vandaag verstuurd. U kunt ons bellen op 020 123 4567.

Met vriendelijke groet,
Helpdesk Tinybots
""",
        ref="TB-004601",
        notes="The help desk's own mail (a Cc copy) with a robot id: staff, all null.",
    ),
    dict(
        frm=f"{q('Tevredenheidsonderzoek Tinybots')} <survey@enquete-service.example>",
        subj="Hoe tevreden bent u over de helpdesk? (2 minuten)",
        cls="bulk",
        mime="html",
        style="apple",
        headers={"List-Unsubscribe": "<https://enquete-service.example/stop/91aa>"},
        body="""Beste klant,

U had onlangs contact met de helpdesk van Tinybots. Wilt u ons vertellen hoe dat ging? Het kost twee
minuten.

Start de vragenlijst

Wilt u geen uitnodigingen meer ontvangen? Meld u af.
""",
        notes="Survey invitation from a survey service with List-Unsubscribe.",
    ),
    dict(
        frm="Wendy Timmer <wendy.timmer@ziggo.example>",
        subj="FW: Automatisch antwoord: [TB-004620] robot",
        body="""Hallo,

Ik kreeg dit terug van mijn broer, hij is op vakantie. Kunt u mij bellen in plaats van hem? 06 8811 2233.

Wendy Timmer

-----Oorspronkelijk bericht-----
Van: Rob Timmer <rob.timmer@ziggo.example>
Verzonden: woensdag 2 december 2026 16:10
Aan: Wendy Timmer <wendy.timmer@ziggo.example>
Onderwerp: Automatisch antwoord: [TB-004620] robot

Ik ben tot 4 januari op vakantie en lees mijn mail niet.
""",
        name="Wendy Timmer",
        phone="+31688112233",
        ref="TB-004620",
        notes="A human forwarding an out-of-office: customer.",
    ),
    dict(
        frm="ZorgPortaal <no-reply@zorgportaal.example>",
        subj="Bericht van wijkverpleegkundige via ZorgPortaal",
        headers={"Reply-To": "Linda Schouten <l.schouten@buurtzorgnoord.example>"},
        body="""Dit bericht is via
ZorgPortaal namens een zorgverlener verstuurd.

Afzender: Linda Schouten
Organisatie: Buurtzorg Noord, team Assen-Oost
Telefoon: 0592 - 33 12 40

Bericht:
Bij mijn cliënt mevr. Kamphuis (robot-id 84410) staat de robot sinds de verhuizing uit. Kunnen jullie de
dochter bellen om een nieuwe installatie te plannen? Dochter: 06 7070 8080.
""",
        name="Linda Schouten",
        email="l.schouten@buurtzorgnoord.example",
        phone="+31592331240",
        robot="84410",
        notes="Care portal no-reply relay with Reply-To: customer; the daughter's number is a third party.",
    ),
]
