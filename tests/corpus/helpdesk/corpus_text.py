"""Word lists, phrasings and the automatic mails of the help-desk corpus (used by make_corpus.py)."""

from __future__ import annotations

import random
from email import message_from_string
from email.message import Message
from email.mime.text import MIMEText
from email.utils import formataddr

FIRST_NAMES = [
    "Anneke",
    "Joke",
    "Truus",
    "Riet",
    "Marjolein",
    "Esther",
    "Ria",
    "Gert",
    "Henk",
    "Kees",
    "Jan",
    "Piet",
    "Willem",
    "Bert",
    "Gerrit",
    "Hennie",
    "Lenie",
    "Corrie",
    "Greet",
    "Wilma",
    "Ans",
    "Els",
    "Ineke",
    "Marian",
    "Monique",
    "Sandra",
    "Petra",
    "Ilse",
    "Lieke",
    "Sanne",
    "Femke",
    "Daan",
    "Bram",
    "Sem",
    "Lotte",
    "Noor",
    "Fleur",
    "Ruud",
    "Ton",
    "Theo",
    "Frans",
    "Johan",
    "Dirk",
    "Jeroen",
    "Marco",
    "Sander",
    "Erik",
    "Martin",
    "Hans",
    "Arjen",
    "Wim",
    "Sjoerd",
    "Wiebe",
    "Tjitske",
    "Baukje",
    "Fatima",
    "Nadia",
    "Yusuf",
    "Mehmet",
    "Dilek",
    "Ayse",
    "Samira",
    "Mohamed",
    "Priya",
    "Grace",
    "David",
    "Kevin",
    "Sarah",
    "James",
    "Sophie",
    "Olivia",
    "Margaret",
    "Thomas",
    "Emma",
    "Klaus",
    "Ingrid",
    "Jürgen",
    "Ursula",
    "Renée",
    "Zoë",
    "Henriëtte",
    "Chloé",
    "André",
    "José",
]
SURNAMES = tuple(
    (p.replace("_", " ") if p != "-" else "", s)
    for p, s in (
        pair.split(":")
        for pair in [
            "-:Jansen",
            "-:Bakker",
            "-:Visser",
            "-:Smit",
            "-:Meijer",
            "-:Mulder",
            "-:Bos",
            "-:Vos",
            "-:Peters",
            "-:Hendriks",
            "-:Dekker",
            "-:Brouwer",
            "-:Kramer",
            "-:Veldman",
            "-:Hofman",
            "-:Koster",
            "-:Postma",
            "-:Kooistra",
            "-:Zijlstra",
            "-:Wolters",
            "-:Claes",
            "-:Peeters",
            "-:Öztürk",
            "-:Amrani",
            "-:Haddad",
            "-:Mensah",
            "-:Okafor",
            "-:Campbell",
            "-:Brennan",
            "-:Whitfield",
            "-:Vogel",
            "-:Brinkmann",
            "-:Schneider",
            "-:Müller",
            "-:Hoekstra",
            "-:Timmermans",
            "-:Verbeek",
            "-:Aarts",
            "-:Claassen",
            "-:Rutten",
            "van:Dam",
            "van:Dijk",
            "de:Vries",
            "de:Graaf",
            "de:Boer",
            "de:Wit",
            "de:Haan",
            "de:Groot",
            "van_der:Linden",
            "van_der:Meulen",
            "van_den:Berg",
            "van_'t:Hof",
            "van:Leeuwen",
            "ten:Brink",
            "ter:Horst",
            "van:Rijn",
            "de:Bruijn",
            "in_'t:Veld",
            "op_de:Beek",
            "van_der:Heijden",
            "el:Idrissi",
        ]
    )
)
ORGS = (
    "Thuiszorg West",
    "Zorggroep Oost",
    "Wijkteam Noord",
    "Zorgcentrum De Linde",
    "Buurtzorg Team Zuid",
    "Zorggroep Rivierenland",
    "Cordaan Thuiszorg",
    "Careyn Wijkverpleging",
    "Pflegedienst Münster",
)
ROLES = (
    "Wijkverpleegkundige",
    "Coördinator zorgtechnologie",
    "Planner",
    "Zorgcoördinator",
    "District nurse",
    "Care coordinator",
    "Pflegefachkraft",
    "Verzorgende IG",
)
HELPDESK_SIGNATURE = (
    "Met vriendelijke groet,\nBas de Jong\nTinybots Helpdesk\nT 020 123 4567\nhelp@tinybots.nl\n"
    "Uw rechten onder de AVG: inzage, correctie en verwijdering, zie tinybots.nl/privacy"
)
#: (subject, problem text) per language.
PROBLEMS = (
    ("Tessa praat niet meer", "nl", "Sinds gisteren zegt Tessa helemaal niets meer. Het lampje brandt wel."),
    ("Herinnering twee keer", "nl", "De herinnering voor de medicijnen komt twee keer, kort na elkaar."),
    (
        "Robot geen wifi",
        "nl",
        "De robot heeft geen verbinding meer met de wifi sinds we een nieuwe router hebben.",
    ),
    ("Vraag over de app", "nl", "Hoe kan ik een tweede telefoon aan de app koppelen voor mijn broer?"),
    (
        "Stem te zacht",
        "nl",
        "Mijn moeder hoort Tessa slecht. Kan het volume hoger dan het maximum in de app?",
    ),
    (
        "Tessa reminders at the wrong time",
        "en",
        "Tessa gives the evening reminder an hour early since the clock change.",
    ),
    (
        "Robot not connecting",
        "en",
        "The robot keeps losing its connection at night and the app shows it offline.",
    ),
    ("Question about the voice", "en", "Can Tessa speak a bit slower? My father cannot follow her."),
    ("Tessa startet nicht", "de", "Tessa startet seit dem Stromausfall nicht mehr, das Licht blinkt rot."),
    ("Erinnerungen falsch", "de", "Die Erinnerungen kommen zur falschen Uhrzeit, eine Stunde zu spät."),
    ("Tessa zeit niks mear", "mixed", "Us Tessa seit sûnt juster neat mear. Het lampje knippert wel."),
    (
        "robot doet raar",
        "mixed",
        "De robot van mijn anne zegt de dingen in het Engels, can you change it back?",
    ),
)
AUTO_KINDS = (
    "ooo_plain_nl",
    "ooo_plain_en",
    "ooo_plain_de",
    "ooo_header",
    "ooo_subject",
    "ack_other_desk",
    "survey",
    "newsletter_plain",
    "newsletter_list",
    "phishing",
    "bounce",
    "ooo_plain_nl2",
    "ack_en",
    "survey_en",
    "phishing_nl",
)


def robot_phrase(rng: random.Random, rid: str, lang: str) -> tuple[str, str]:
    """(where, text): a sentence or subject giving the robot id as people write it."""
    nl = [
        f"Robot Id: {rid}",
        f"robot-id {rid}",
        f"Het robotnummer is {rid}.",
        f"Robotnr. {rid}",
        f"serienummer: {rid}",
        f"Tessa nr {rid}",
        f"Tessa-nummer: {rid}",
        f"Het gaat om ons robot ({rid}).",
        f"Robot-id van mijn moeder: {rid}",
        f"Robot Id cliënt: {rid}",
        f"Het serienummer dat onder op de robot staat is {rid}.",
        f"(robotnummer {rid})",
        f"Robot-ID's: {rid} en 4{rid[-3:]}1",
        f"ID robot: {rid}",
        f"Robot nr. {rid}",
        f"Robotnummer {rid}",
    ]
    en = [
        f"Robot ID: {rid}",
        f"Serial number: {rid}",
        f"S/N {rid}",
        f"The robot number is {rid}.",
        f"Tessa number {rid}",
        f"robot no. {rid}",
        f"(Robot ID {rid})",
        f"my mum's robot ({rid})",
    ]
    de = [f"Seriennummer: {rid}", f"Roboter-ID: {rid}", f"Die Roboter-ID meiner Mutter ist {rid}."]
    frisian = [f"Us robotnûmer is {rid}.", f"Tessa-nûmer: {rid}", f"Searjenûmer {rid}"]
    options = {"nl": nl, "en": en, "de": de, "mixed": nl + frisian}[lang]
    if rng.random() < 0.12:
        return "subject", rng.choice([f"Robot {rid}", f"Tessa {rid}"])
    if rng.random() < 0.1:
        return "signature", f"Robot: {rid}"
    return "text", rng.choice(options)


def robot_trap(rng: random.Random) -> str:
    """A sentence near the robot with a number that is not its id."""
    return rng.choice(
        [
            f"Ons ordernummer is 2024-{rng.randrange(10000, 99999)}.",
            "Het robotnummer weet ik niet uit mijn hoofd.",
            f"De robot staat op kamer {rng.randrange(100, 400)}.",
            "De robot geeft foutmelding E-17.",
            f"De robot staat bij mijn moeder, postcode {rng.randrange(1000, 9999)} AB.",
            "We hebben de robot sinds 2022.",
            f"Factuurnummer F{rng.randrange(100000, 999999)} is al betaald.",
            "De app heeft versie 2.4.1.",
            "Tessa zegt het om 17:30 uur.",
            f"Klantnummer: {rng.randrange(100000, 999999)}",
        ]
    )


OOO_NL = (
    "Beste afzender,\n\nIk ben van {d1} tot en met {d2} afwezig en lees mijn e-mail niet. Vanaf {d3} ben ik weer "
    "aanwezig.\nIn dringende gevallen kunt u contact opnemen met mijn collega via 030 - 234 56 78.\n\n"
    "Met vriendelijke groet,\n{name}",
    "Dank voor uw bericht. Ik ben tot {d2} met vakantie. Uw e-mail wordt niet doorgestuurd.\n\n{name}",
    "Hallo,\n\nIk ben momenteel niet op kantoor. Na mijn terugkomst op {d3} beantwoord ik uw mail.\n\nGroet,\n{name}",
)
OOO_PRODUCT = (
    "Beste afzender,\n\nIk ben tot en met {d2} met verlof. Vanaf {d3} ben ik weer aanwezig.\nVoor vragen over de "
    "Tessa-robots in de wijk kunt u in dringende gevallen terecht bij het wijkteam, 088 - 512 34 90.\n\n{name}",
)
OOO_PART_TIME = (
    "Goedemiddag,\n\nIk werk op maandag, dinsdag en donderdag. Uw e-mail wordt op mijn eerstvolgende werkdag "
    "beantwoord.\n\nMet vriendelijke groet,\n{name}",
    "Beste,\n\nMijn werkdagen zijn dinsdag t/m donderdag. Ik lees uw bericht op mijn eerstvolgende werkdag.\n\n{name}",
)
OOO_EN = (
    "Thank you for your email. I am out of the office until {d2} with limited access to email.\nFor urgent "
    "matters please contact our front desk.\n\nKind regards,\n{name}",
    "Hi,\n\nI'm currently on annual leave and will be back on {d3}. I will reply when I return.\n\n{name}",
)
OOO_DE = (
    "Vielen Dank für Ihre Nachricht. Ich bin bis zum {d2} nicht im Büro und ab dem {d3} wieder erreichbar.\n"
    "In dringenden Fällen wenden Sie sich bitte an meine Kollegin.\n\nMit freundlichen Grüßen\n{name}",
    "Guten Tag,\n\nich befinde mich bis {d2} im Urlaub. Ihre E-Mail wird nicht weitergeleitet.\n\n{name}",
)


def _plain(body: str, sender: str, subject: str) -> Message:
    message = MIMEText(body, "plain", "utf-8")
    message["From"] = sender
    message["To"] = "help@tinybots.nl"
    message["Subject"] = subject
    return message


def auto_mail(rng: random.Random, kind: str, person) -> tuple[Message, dict]:
    ref = f"TB-{rng.randrange(100, 999):06d}"
    dates = {
        "d1": f"{rng.randrange(1, 10)} augustus",
        "d2": f"{rng.randrange(11, 28)}.08.",
        "d3": "1 september",
    }
    sender = formataddr((person.full, person.email), "utf-8")
    label = {"classification": "auto_reply", "lang": "nl", "ticket_ref": None}
    if kind.startswith("ooo"):
        message = _out_of_office(rng, kind, sender, person.full, ref, dates, label)
    elif kind.startswith("ack"):
        message = _acknowledgement(rng, kind, ref, label)
    elif kind == "bounce":
        message = _bounce(ref)
        label.update(classification="bounce", ticket_ref=ref, notes="delivery status notification")
    else:
        message = _bulk(rng, kind, label)
    return message, label


def _out_of_office(rng, kind: str, sender: str, name: str, ref: str, dates: dict, label: dict) -> Message:
    reply_subject = f"Re: [{ref}] Uw vraag over Tessa"
    if kind == "ooo_plain_en":
        label.update(lang="en", notes="out-of-office without headers (EN)")
        return _plain(
            rng.choice(OOO_EN).format(name=name, **dates),
            sender,
            rng.choice([f"Re: [{ref}] Your question", "Away", "Re: Your Tessa order"]),
        )
    if kind == "ooo_plain_de":
        label.update(lang="de", notes="out-of-office without headers (DE)")
        return _plain(
            rng.choice(OOO_DE).format(name=name, **dates),
            sender,
            rng.choice([f"AW: [{ref}] Ihre Frage", "Abwesend", "Re: Tessa"]),
        )
    body = rng.choice(OOO_NL + OOO_PART_TIME + OOO_PRODUCT).format(name=name, **dates)
    subject = {"ooo_subject": f"Automatisch antwoord: [{ref}] Uw vraag", "ooo_header": "Afwezig"}.get(
        kind, rng.choice([reply_subject, "Afwezig", "Re: Uw vraag over Tessa"])
    )
    message = _plain(body, sender, subject)
    if kind == "ooo_header":
        message["Auto-Submitted"] = "auto-replied"
    label.update(notes=f"out-of-office ({kind}); no customer")
    return message


def _acknowledgement(rng: random.Random, kind: str, ref: str, label: dict) -> Message:
    number = rng.randrange(10000, 99999)
    body = (
        "Dit is een automatisch gegenereerd bericht.\n\nUw melding is ontvangen onder nummer "
        f"ZG-{number}. Wij nemen binnen 3 werkdagen contact met u op.\n\nServicedesk Zorggroep"
    )
    if kind == "ack_en":
        body = (
            f"Hello,\n\nWe have received your request and created ticket #{number}. Please do not "
            "reply to this email.\n\nSupport team"
        )
    subject = f"[#ZG-{number}] Re: [{ref}] Uw vraag over Tessa"
    message = _plain(body, "Servicedesk <servicedesk@zorggroep.example>", subject)
    if rng.random() < 0.4:
        message["Precedence"] = "bulk"
    label.update(notes="another help desk's acknowledgement", ticket_ref=ref)
    return message


def _bulk(rng: random.Random, kind: str, label: dict) -> Message:
    """Survey invitations, newsletters and phishing, most without any list header."""
    if kind in ("survey", "survey_en"):
        body = (
            "Geachte heer, mevrouw,\n\nHoe tevreden bent u over ons contact? Vul de korte enquête in via "
            f"https://enquete.example.com/s/{rng.randrange(1000, 9999)}. Het kost 2 minuten.\n\nKlantenservice"
        )
        if kind == "survey_en":
            body = (
                "Dear customer,\n\nHow satisfied were you with our service? Please take our short survey: "
                f"https://survey.example.com/{rng.randrange(1000, 9999)}\n\nThe Care Shop team"
            )
        if rng.random() < 0.3:
            body = f"Beste klant,\n\nWij horen graag uw mening over ons contact: https://review.example.com/{rng.randrange(99)}"
        message = _plain(body, "Klantenservice <service@winkel.example>", "Uw mening telt")
        label.update(classification="bulk", notes="survey invitation without list headers")
    elif kind in ("newsletter_plain", "newsletter_list"):
        body = (
            "Beste klant,\n\nNieuw: de slimme medicijndoos met alarm, nu met 15% korting.\nBekijk het aanbod "
            "op www.zorgwinkel.example\n\nWilt u deze e-mail niet meer ontvangen? Klik hier om u af te melden."
        )
        if rng.random() < 0.5:
            body = body.rsplit("\n\n", 1)[0] + "\n\nUitschrijven | Voorkeuren wijzigen | Privacy"
        message = _plain(body, "Zorgwinkel <nieuws@zorgwinkel.example>", "Nieuw in ons assortiment")
        if kind == "newsletter_list":
            message["List-Unsubscribe"] = "<https://zorgwinkel.example/afmelden>"
        label.update(classification="bulk", notes="marketing newsletter")
    elif kind in ("phishing", "phishing_nl"):
        body = (
            "Dear user,\n\nYour mailbox is full and will be blocked today. Verify your account here: "
            "http://mail-verify.example.net/login\n\nIT Service Desk"
        )
        if kind == "phishing_nl":
            body = (
                "Beste gebruiker,\n\nUw account wordt geblokkeerd. Bevestig uw gegevens binnen 24 uur via "
                "https://inlog-check.example.net\n\nHelpdesk"
            )
        message = _plain(body, "IT Service <it-service@webmail-update.example>", "Action required")
        label.update(classification="bulk", notes="phishing")
    return message


def _bounce(ref: str) -> Message:
    raw = (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example>\nTo: help@tinybots.nl\n"
        f"Subject: Undelivered Mail Returned to Sender [{ref}]\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"\n\n'
        "--dsn\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mx.example.\n\n"
        "I'm sorry to have to inform you that your message could not be delivered.\n\n"
        "--dsn\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
        "Final-Recipient: rfc822; oud@example.nl\nAction: failed\nStatus: 5.1.1\n\n--dsn--\n"
    )
    return message_from_string(raw)
