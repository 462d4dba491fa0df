"""Automatic mail without any automatic-mail header, told by its wording (a rule set of `parsers/classify.py`).

Many autoresponders, survey tools, newsletters and phishing kits send no Auto-Submitted, List-* or Precedence
header. What they cannot avoid is their stock wording, which a person writing to a help desk does not use:

- out-of-office: a first-person absence ("ik ben afwezig", "I am out of the office", "ich bin nicht im Büro")
  TOGETHER with a second stock part (a return date or "when I return", a referral for urgent matters, "thank you
  for your message" as the opening); and no question and no product words in the new text, because a customer
  may well write "I'll be away until the 3rd, please call after I return" in a mail about their robot;
- another help desk's acknowledgement: "this is an automated message" / "do not reply to this e-mail", or
  "we have received your request" with their own ticket number;
- a mailbox no longer in use: "dit e-mailadres is niet meer in gebruik", "this mailbox is no longer monitored";
- marketing: the unsubscribe footer ("klik hier om u af te melden", "you are receiving this e-mail because");
- survey invitations: "neem deel aan onze enquête", "take our short survey", "wie zufrieden sind Sie", with a link;
- phishing: "verify your account", "uw mailbox is vol", "uw bankpas verloopt", "betaal binnen 48 uur",
  "Ihr Konto wurde gesperrt", with a link or a button to click.

Only the writer's new text is read (a person forwarding or quoting such a mail stays a customer), only its first
`MAX_CHARS`, and a forward ("Fwd:", "Doorgestuurd:", "WG:") is never automatic by its wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsers.model import Classification

MAX_CHARS = 3000
#: An out-of-office notice is a few lines; a long new text is a letter that mentions an absence.
_MAX_OUT_OF_OFFICE_CHARS = 1200
#: Where an out-of-office notice states the absence: in its first lines, after at most a greeting.
_OPENING_CHARS = 250
#: A notice that only says when its writer is back is shorter still.
_MAX_RETURN_ONLY_CHARS = 600
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_I = re.IGNORECASE

_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|antw|antwoord|sv|vs|r|odp|ynt|ref|rif)\s*(?:\[\d+\])?\s*:", _I)
# The reader's message, as an acknowledgement or an out-of-office refers to it.
_YOUR_MESSAGE = re.compile(
    r"\b(?:uw|je|jouw|your|ihre|ihr|votre)\s+(?:e-?mail|mail|bericht|vraag|aanvraag|melding|verzoek|message|"
    r"request|enquiry|inquiry|question|anfrage|nachricht|schreiben)\b",
    _I,
)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw|doorgestuurd|wg|tr|rv|i)\s*:", _I)
# Between the person and the absence: a few words on the same sentence ("12. Mai": a date's dot does not end it).
_ABSENCE = re.compile(
    r"\b(?:ik ben|ben ik|zijn wij|wij zijn|we zijn)\b(?:[^.\n?]|(?<=\d)\.){0,60}?"
    r"\b(?:afwezig|niet aanwezig|niet op (?:kantoor|het werk)|met vakantie|op vakantie|met verlof|vrij)\b"
    r"|\bik ben er\b(?:[^.\n?]|(?<=\d)\.){0,30}?\bniet\b|\b(?:i am|i'm) (?:currently )?ooo\b"
    r"|\b(?:i am|i'm|i will be|i'll be|we are)\b(?:[^.\n?]|(?<=\d)\.){0,40}?\b(?:out of (?:the )?office|away from (?:the|my) "
    r"(?:office|desk)|on (?:annual |parental |sick |study )?leave|on (?:vacation|holiday)|out of office|"
    r"not in the office|away|unavailable)\b"
    r"|\b(?:ich bin|ich befinde mich|wir sind)\b(?:[^.\n?]|(?<=\d)\.){0,60}?\b(?:nicht im (?:büro|hause|haus)|abwesend|"
    r"im urlaub|außer haus|ausser haus|nicht erreichbar|in elternzeit)\b"
    # part-time notices, common in Dutch care: "Ik werk op maandag, dinsdag en donderdag."
    r"|\b(?:mijn werkdagen zijn|ik werk (?:niet )?op (?:maan|dins|woens|donder|vrij)dag|i work (?:on )?(?:mondays?|"
    r"tuesdays?|wednesdays?|thursdays?|fridays?)|meine arbeitstage sind|ich arbeite (?:nur )?(?:am|montags|dienstags|"
    r"mittwochs|donnerstags|freitags))",
    _I,
)
_RETURN = re.compile(
    r"\bweer (?:aanwezig|bereikbaar|op kantoor|beschikbaar|terug|aan het werk)\b|\b(?:na|bij) (?:mijn )?terugkomst\b"
    r"|\b(?:uw|je) (?:e-?mail|bericht|mail) wordt (?:niet )?(?:doorgestuurd|gelezen|beantwoord)\b"
    r"|\b(?:upon|on|after|when) (?:my|i) return\b|\bwhen i(?:'m| am) back\b|\bback (?:in the office|on)\b"
    r"|\bi (?:will|'ll) be back\b"
    r"|\blimited access to (?:my )?e-?mail\b|\b(?:will not|won't) be (?:read|forwarded)\b"
    r"|\bwieder (?:im büro|erreichbar|da|zurück)\b|\bnach meiner rückkehr\b|\bwird nicht weitergeleitet\b"
    r"|\b(?:op|on|am) (?:mijn|my|meinem) (?:eerstvolgende|volgende|next|nächsten) (?:werkdag|working day|arbeitstag)\b"
    # "... en lezen onze mail niet", "I am not checking my email", "ich lese meine E-Mails nicht"
    r"|\b(?:lees|lezen) (?:mijn|onze|de|geen) (?:e-?)?mail\b|\bnot (?:be )?(?:reading|checking) (?:my |our )?e-?mails?\b"
    r"|\b(?:lese|lesen) (?:meine|unsere|keine) e-?mails?\b",
    _I,
)
# A mailbox that is no longer read answers every mail with the same notice ("dit e-mailadres is niet meer in
# gebruik"); a person writes about "mijn oude adres", not "dit adres".
_UNUSED_MAILBOX = re.compile(
    r"\b(?:dit|deze) (?:e-?mail ?adres|e-?mailbox|mailbox|postvak)\b[^.\n]{0,20}?\bniet meer (?:in gebruik|gebruikt|"
    r"gelezen|actief)\b|\bthis (?:e-?mail address|mailbox) is no longer (?:in use|monitored|active|read)\b"
    r"|\b(?:diese e-?mail-?adresse|dieses postfach)\b[^.\n]{0,20}?\bnicht mehr (?:aktiv|genutzt|verwendet|gelesen)\b",
    _I,
)
_URGENT_REFERRAL = re.compile(
    r"\b(?:in|bij|voor) dringende (?:gevallen|zaken|vragen)\b|\b(?:for|in case of) (?:urgent|immediate) "
    r"(?:matters|issues|questions|assistance|enquiries|inquiries|requests)\b|\bif (?:it is|this is|your matter "
    r"is|the matter is) urgent\b|\bin dringenden (?:fällen|angelegenheiten)\b",
    _I,
)
_THANKS_OPENING = re.compile(
    r"^\W{0,5}(?:(?:hartelijk )?(?:bedankt|dank) voor (?:uw|je) (?:e-?mail|bericht|mail)|thank you for your "
    r"(?:e-?mail|message|mail)|thanks for your (?:e-?mail|message)|vielen dank für ihre (?:e-?mail|nachricht))",
    _I,
)
_PRODUCT_WORDS = re.compile(
    r"\b(?:robot\w*|tessa|herinnering\w*|reminders?|erinnerung\w*|app|wifi|wlan)\b", _I
)
_AUTOMATED_NOTICE = re.compile(
    r"\b(?:dit is een|this is an|dies ist eine)\s+(?:automatisch(?:e)?|automated|automatic|automatisch "
    r"generierte|automatische)\s+(?:gegenereerd(?:e)?\s+|generated\s+|erzeugte\s+|verzonden\s+|verstuurd\s+|sent\s+"
    r"|versandte\s+)?(?:bericht|e-?mail|message|"
    r"reply|response|antwort|antwoord|reactie|nachricht|mail|notification|ontvangstbevestiging)"
    r"|\bplease do not reply to this (?:e-?mail|message)\b|\b(?:antwoord|reageer) niet op (?:deze|dit) "
    r"(?:e-?mail|bericht|mail)\b|\bbitte antworten sie nicht auf diese\b"
    # the passive and "you cannot reply" forms: "Dit bericht is automatisch verzonden", "op deze e-mail kunt u
    # niet reageren", "replies to this address are not read"
    r"|\b(?:dit|deze) (?:bericht|e-?mail|mail) is automatisch (?:verzonden|verstuurd|gegenereerd|aangemaakt)\b"
    r"|\bthis (?:e-?mail|message) (?:was|is|has been) (?:automatically (?:generated|sent)|sent automatically|"
    r"generated automatically)\b|\bdiese (?:e-?mail|nachricht) wurde automatisch (?:erstellt|generiert|"
    r"versendet|verschickt)\b"
    r"|\b(?:op|via) (?:deze|dit) (?:e-?mail|bericht|mail) (?:kunt|kan) (?:u|je) niet (?:reageren|antwoorden)\b"
    r"|\b(?:u|je) (?:kunt|kan) (?:hier(?:op)? )?niet (?:op (?:deze|dit) (?:e-?mail|bericht|mail) )?(?:op )?"
    r"(?:reageren|antwoorden)\b"
    r"|\b(?:antwoorden|reacties) op (?:deze|dit) (?:e-?mail|bericht|mail) worden niet (?:gelezen|behandeld)\b"
    r"|\brepl(?:ies|y) to this (?:e-?mail|message|address|mailbox) (?:are|is|will) not (?:be )?(?:read|monitored)\b"
    r"|\bthis (?:mailbox|address|e-?mail address) is not monitored\b",
    _I,
)
_RECEIVED = re.compile(
    r"\b(?:we|wij) (?:hebben|have)\s+(?:uw|je|your)\s+(?:e-?mail|bericht|melding|vraag|aanvraag|request|"
    r"message|ticket|enquiry|inquiry)\b[^.\n]{0,30}?\b(?:ontvangen|received)\b"
    r"|\bwe(?:'ve| have) received your (?:request|message|e-?mail|enquiry|inquiry|ticket)\b"
    r"|\b(?:uw|je) (?:melding|vraag|aanvraag|bericht|e-?mail|mail)(?: aan [^.\n]{1,40}?)? is (?:bij ons )?"
    r"(?:in goede orde )?"
    r"(?:ontvangen|geregistreerd|binnengekomen|aangekomen)\b"
    # ticket systems: "Er is een incident aangemaakt naar aanleiding van uw e-mail", "A ticket has been created
    # for your request"
    r"|\b(?:incident|ticket|melding|case|call|zaak)\b[^.\n]{0,20}?\b(?:aangemaakt|geregistreerd|created|opened|"
    r"logged)\s+(?:naar aanleiding van|n\.?a\.?v\.?|for|in response to|based on) (?:uw|je|your)\b"
    r"|\byour (?:request|ticket|message|case|enquiry) has been (?:received|created|logged|registered)\b"
    r"|\bihre (?:anfrage|nachricht|e-?mail) (?:ist )?(?:bei uns )?eingegangen\b",
    _I,
)
_THEIR_TICKET = re.compile(
    r"\b(?:ticket|meldings?|referentie|case|zaak|aanvraag|vorgang|kenmerk|dossier|incident|reference|request)"
    r"\s?(?:nummer|number|id|nr\.?|no\.?)?\s?"
    r"(?:is\s)?[:#]?\s?#?[A-Z]{0,6}-?\d{3,}",
    _I,
)
_UNSUBSCRIBE_FOOTER = re.compile(
    r"\bklik hier om (?:je|u|zich) af te melden\b|\b(?:u|je) (?:kunt|kan) (?:zich|je) (?:hier )?(?:af ?melden|"
    r"uitschrijven)\b|\bwil(?:t)? (?:u|je) (?:deze|onze) (?:e-?mails?|nieuwsbrief|berichten|mailings?) niet "
    r"meer ontvangen\b|\b(?:u|je) ontvangt deze (?:e-?mail|nieuwsbrief|mail|uitnodiging|mailing) omdat\b"
    r"|\bafmelden kan (?:via|door|met|hier|altijd)\b|\bto unsubscribe,|\bto "
    r"unsubscribe from (?:this|these|our)\b|\bclick here to unsubscribe\b|\byou (?:are receiving|received) "
    r"this (?:e-?mail|message|newsletter)\b|\b(?:newsletter abbestellen|vom newsletter abmelden)\b"
    r"|\bzum abmelden (?:vom|von diesem|des) newsletter\b|\bwenn sie "
    r"(?:diesen newsletter|diese e-?mails?) nicht mehr erhalten\b|\bmanage your (?:e-?mail )?preferences\b"
    r"|\bview (?:this e-?mail|it) in your browser\b"
    # the reader addressed: "Meld u af via uw profiel", "Wilt u geen uitnodigingen meer?", "Geen mails meer
    # ontvangen?", "Wenn Sie keine weiteren E-Mails erhalten möchten", "you can unsubscribe at any time"
    r"|\bmeld (?:u|je) (?:hier |direct |eenvoudig )?af\b|\b(?:wilt u|wil je) geen (?:uitnodigingen|e-?mails|mails|"
    r"berichten|nieuwsbrie\w*|mailings?|aanbiedingen) meer\b|^[ \t]*geen (?:uitnodigingen|e-?mails|mails|berichten|"
    r"nieuwsbrie\w*|mailings?|aanbiedingen) meer (?:ontvangen)?\s*\?|\bkeine weiteren (?:e-?mails|nachrichten|"
    r"newsletter|einladungen)\b|\bkönnen sie sich (?:hier |jederzeit )?abmelden\b|\byou can unsubscribe\b"
    # a link at the end of a footer line: "Geen interesse meer? Afmelden"
    r"|[?.][ \t]*(?:afmelden|uitschrijven|unsubscribe|abmelden|abbestellen)[ \t]*$"
    r"|\bbekijk (?:deze e-?mail|de online versie|deze "
    r"nieuwsbrief) in (?:je|uw) browser\b"
    # a footer menu line: "Uitschrijven | Voorkeuren wijzigen", "Unsubscribe | Privacy policy"
    r"|^[ \t]*(?:uitschrijven|afmelden|unsubscribe|abmelden|abbestellen)[ \t]*[|\u2022·][^\n]{0,80}$",
    _I | re.MULTILINE,
)
_SURVEY = re.compile(
    r"\b(?:neem|doe) (?:deel|mee) aan (?:onze|de|ons|deze) (?:korte )?(?:enquête|enquete|vragenlijst|"
    r"onderzoek|klanttevredenheidsonderzoek)\b|\bvul (?:onze|de|deze) (?:korte )?(?:enquête|enquete|"
    r"vragenlijst) in\b|\b(?:take|complete|fill (?:in|out)) (?:our|a|this|the) (?:short |quick |brief )?"
    r"(?:survey|questionnaire)\b|\b(?:an|bei) (?:unserer|einer|dieser) (?:kurzen )?umfrage teil\b"
    r"|\bhoe tevreden (?:bent u|was u|ben je)\b|\bhow satisfied (?:are|were) you\b|\bwie zufrieden (?:sind|"
    r"waren) sie\b|\bhow likely are you to recommend\b|\bhoe waarschijnlijk is het dat (?:u|je)\b"
    r"|\bwij horen graag (?:uw|je) mening\b|\bwe(?:'d| would) love (?:to hear )?your feedback\b"
    r"|\bgeef (?:uw|je) mening\b|\bhow (?:was|did we do)\b[^.\n]{0,40}?\b(?:experience|visit|contact)\b"
    r"|\b(?:start|begin|open|naar) de (?:korte )?(?:vragenlijst|enquête|enquete)\b|\bstart (?:the|our) survey\b"
    r"|\b(?:u bent|je bent|you have been|you've been) (?:geselecteerd|uitgekozen|selected) (?:voor|om|for|to)\b"
    r"|\bbeoordeel (?:ons|onze (?:service|dienstverlening))\b|\brate (?:us|our service|your experience)\b",
    _I,
)
_PHISHING = re.compile(
    r"\b(?:verify|confirm|validate|update|restore|reactivate) your (?:account|mailbox|e-?mail account|"
    r"password|identity|login details|billing)\b|\b(?:your|uw|je) (?:account|mailbox|postvak|wachtwoord|"
    r"password|e-?mail account)\b[^.\n]{0,30}?\b(?:suspended|locked|blocked|expires?|expired|geblokkeerd|"
    r"opgeschort|verloopt|verlopen|gedeactiveerd|deactivated|vol|full)\b|\b(?:bevestig|verifieer) (?:uw|je) "
    r"(?:account|gegevens|identiteit|e-?mailadres|wachtwoord)\b|\bbestätigen sie ihr (?:konto|passwort)\b"
    r"|\bihr (?:konto|postfach) (?:wurde|wird) (?:gesperrt|deaktiviert|geschlossen)\b"
    r"|\b(?:uw|je) (?:account|e-?mailadres|mailbox) te (?:verifiëren|verifieren|bevestigen|herstellen|activeren)\b"
    r"|\b(?:unusual|suspicious) (?:sign-?in|login) activity\b|\bongebruikelijke (?:inlog)?activiteit\b"
    # bank cards: "uw bankpas verloopt", "Ihre Karte wird gesperrt"; "om blokkering te voorkomen"
    r"|\b(?:your|uw|je|ihre) (?:bank ?(?:pas|card|karte)|betaalpas|pinpas|creditcard|credit card|karte)\b[^.\n]{0,30}?"
    r"\b(?:verloopt|verlopen|geblokkeerd|expires?|expired|blocked|suspended|gesperrt|läuft ab)\b"
    r"|\bom (?:blokkering|afsluiting|opschorting) te voorkomen\b|\bto avoid (?:suspension|deactivation|being "
    r"(?:locked|blocked))\b|\bum eine sperrung\b"
    # a payment demanded within hours: the parcel and invoice scams
    r"|\b(?:betaal|pay|bezahlen sie|voldoe)\b[^.\n]{0,40}?\b(?:binnen|within|innerhalb(?: von)?) \d{1,2} "
    r"(?:uur|hours|stunden)\b"
    r"|\b(?:storage|opslag)(?:limiet| limit| quota)\b[^.\n]{0,30}?\b(?:reached|bereikt|exceeded|overschreden)\b"
    r"|\b(?:reached|exceeded|overschreden|bereikt)\b[^.\n]{0,20}?\b(?:storage|opslag|mailbox)[ -]?(?:limiet|limit|quota)\b"
    # "Uw mailbox heeft de limiet van 50 GB bereikt", "upgrade uw opslag", "log in met uw huidige wachtwoord"
    r"|\b(?:your|uw|je) (?:mailbox|postvak|e-?mail account|account)\b[^.\n]{0,30}?\b(?:limiet|limit|quota)\b"
    r"[^.\n]{0,20}?\b(?:reached|bereikt|exceeded|overschreden)\b|\bupgrade (?:your|uw|je) (?:storage|opslag|mailbox)\b"
    r"|\blog (?:in|aan) met (?:uw|je) (?:huidige )?(?:wachtwoord|inloggegevens|gegevens)\b"
    r"|\bsign in with your (?:current )?password\b",
    _I,
)
#: The phishing and absence patterns (all lowercase) for lowercased text: ~3x faster than IGNORECASE, and the same on
#: text of the characters below, each lowercasing to one character IGNORECASE treats alike (tests/test_automatic_
#: phishing_lowercase.py checks each): ASCII, Latin letters, general punctuation; not İ ı ſ (folded to i, s) nor other
#: scripts, which are left to IGNORECASE.
_PHISHING_LOWERCASE = re.compile(_PHISHING.pattern)
_ABSENCE_LOWERCASE = re.compile(_ABSENCE.pattern)
_NOT_LOWERCASE_SAFE = re.compile(r"[^\x00-\u012f\u0132-\u017e\u0180-\u024f\u2000-\u206f\u20ac]")
# An acknowledgement's promise of an answer: "binnen 5 werkdagen", "as soon as possible", "so schnell wie möglich".
_ANSWER_PROMISE = re.compile(
    r"\bbinnen (?:\w+ )?(?:\d+|één|twee|drie|vijf) (?:werk)?dagen\b|\bzo (?:spoedig|snel) mogelijk\b|\bas soon as "
    r"possible\b|\bwithin (?:\d+|one|two|three|five) (?:business |working )?days\b|\bso schnell wie möglich\b"
    r"|\binnerhalb von (?:\d+|zwei|drei|fünf) (?:werk)?tagen\b",
    _I,
)
_ACKNOWLEDGEMENT_STEMS = (
    "automat", "not reply", "niet op", "antworten sie nicht", "ontvangen", "received", "geregistreerd",
    "created", "logged", "registered", "eingegangen", "binnengekomen", "aangekomen", "aangemaakt", "opened",
    "reageren", "antwoorden", "not monitored", "not be read", "not read", "worden niet",
)  # fmt: skip
_UNUSED_MAILBOX_STEMS = ("niet meer", "no longer", "nicht mehr")
_ABSENCE_STEMS = (
    "afwezig", "aanwezig", "kantoor", "werk", "vakantie", "verlof", "vrij", "office", "away", "leave",
    "vacation", "holiday", "unavailable", "büro", "haus", "abwesend", "urlaub", "erreichbar", "elternzeit",
    "ben er", "ooo", "i work", "arbeit",
    # the return-only notices open with thanks: "Vielen Dank für Ihre Nachricht. Ich bin ab ... wieder im Büro."
    "dank", "thank",
)  # fmt: skip
_UNSUBSCRIBE_STEMS = (
    "af te melden", "afmelden", "af melden", "uitschrijven", "niet meer ontvangen", "ontvangt deze",
    "unsubscribe", "receiving this", "received this", "abbestellen", "abmelden", "nicht mehr erhalten",
    "preferences", "browser", "meld u", "meld je", "u geen", "je geen", "geen uitnodigingen", "keine weiteren",
)  # fmt: skip
# A web form or portal relaying a person's message says "Dit bericht is automatisch verstuurd" too; its fields
# ("Naam: ...", "Telefoon: ...", "Bericht: ...") show that a person wrote the text it carries.
# A portal's fields may carry a qualifier ("Telefoon melder:", "Naam cliënt:") and name the one who reports.
_FORM_FIELD = re.compile(
    r"^[ \t]*(?:naam|name|voornaam|achternaam|afzender|sender|e-?mail(?:adres| address)?|telefoon(?:nummer)?|"
    r"tel|phone|telefon|bericht|message|nachricht|vraag|question|organisatie|organisation|organization|melder"
    r"|toelichting|omschrijving|opmerkingen?|description|beschreibung)(?:[ \t]+[^\W\d_]{2,20})?"
    r"[ \t]*:[ \t]*\S",
    _I | re.MULTILINE,
)
# A read receipt sent as text (no message/disposition-notification part): "Your message ... was read on ...",
# "Uw bericht ... is verwijderd zonder te zijn gelezen op ...".
_READ_RECEIPT = re.compile(
    r"\b(?:was read on|is gelezen op|wurde am\b[^.\n]{0,60}?\bgelesen|a été lu le|was deleted without being read"
    r"|is verwijderd zonder (?:te zijn )?gelezen|wurde ungelesen gelöscht|a été supprimé sans avoir été lu)",
    _I,
)
# Every mail client titles its receipt: "Read:", "Gelezen:", "Niet gelezen:", "Gelesen:", "Lu :", "Return Receipt".
_READ_RECEIPT_SUBJECT = re.compile(
    r"^\s*(?:(?:not |niet |nicht |non )?(?:read|gelezen|gelesen|lu)\s*:|return receipt|leesbevestiging"
    r"|lesebestätigung|read receipt)",
    _I,
)
_READ_RECEIPT_STEMS = ("read on", "gelezen", "gelesen", "été lu", "without being read", "sans avoir été lu")
# Phishing without a link names what it wants from the reader: an account, a mailbox or a password. Most mail
# names none of them, and then the long pattern is not run.
_PHISHING_STEMS = ("account", "mailbox", "postvak", "password", "wachtwoord", "passwort", "konto", "verif")
#: Phishing without a link in the text (an HTML button loses its address): two of its stock phrases.
_PHISHING_PHRASES_WITHOUT_LINK = 2
_LINK_STEMS = ("http", "www.", "klik", "click", "klicken", "link")
# A link or a button to press: HTML-only mail loses the address and keeps "Klik ... op de onderstaande knop".
_LINK = re.compile(
    r"https?://|\bwww\.|\bklik\b|\bclick\b|\bklicken\b|\b(?:via|op) de (?:onderstaande )?link\b"
    r"|\b(?:the|this) link below\b",
    _I,
)


def automatic_by_wording(
    subject: str, text: str, *, quotes: bool = False, in_reply: bool = False
) -> tuple[Classification, str] | None:
    """The class and rule name when the new text is an automatic mail's stock wording, else None.

    `quotes`: the mail quotes an earlier one, as people's replies do and autoresponders do not.
    `in_reply`: the mail has In-Reply-To or References (it answers a mail).
    """
    if _FORWARD_SUBJECT.match(subject):
        return None
    text = text[:MAX_CHARS]
    # Every pattern below holds one of its group's stems; `in` on the lower-cased text is far cheaper than the
    # patterns' alternations, and most customer mail has none of the stems.
    lower = text.lower()
    if (
        _has(lower, _ACKNOWLEDGEMENT_STEMS)
        and (_AUTOMATED_NOTICE.search(text) or (_RECEIVED.search(text) and _acknowledges(text)))
        and not _relays_a_form(text)
    ):
        if answers_nothing(subject, text, in_reply=in_reply) and not _RECEIVED.search(text):
            # RFC 3834 §5: "auto-generated", not "auto-replied": a shipping notice saying "dit is een automatisch
            # bericht" answers no mail, like a newsletter.
            return Classification.BULK, "bulk:automated-notification"
        return Classification.AUTO_REPLY, "auto_reply:acknowledgement-wording"
    if (
        len(text) <= _MAX_OUT_OF_OFFICE_CHARS
        and _has(lower, _ABSENCE_STEMS)
        and _is_out_of_office(text, lower, quotes)
    ):
        return Classification.AUTO_REPLY, "auto_reply:out-of-office-wording"
    if (
        len(text) <= _MAX_RETURN_ONLY_CHARS
        and "?" not in text
        and _has(lower, _UNUSED_MAILBOX_STEMS)
        and _UNUSED_MAILBOX.search(text)
    ):
        return Classification.AUTO_REPLY, "auto_reply:unused-mailbox-wording"
    if _has(lower, _UNSUBSCRIBE_STEMS) and _UNSUBSCRIBE_FOOTER.search(text):
        return Classification.BULK, "bulk:unsubscribe-footer"
    if not _has(lower, _LINK_STEMS) or not _LINK.search(text):
        if (
            _has(lower, _PHISHING_STEMS)
            and len(set(_phishing(text, lower))) >= _PHISHING_PHRASES_WITHOUT_LINK
        ):
            return Classification.BULK, "bulk:phishing-wording"
        return None
    if _SURVEY.search(text):
        return Classification.BULK, "bulk:survey-invitation"
    if next(_phishing(text, lower), None) is not None:
        return Classification.BULK, "bulk:phishing-wording"
    return None


def _phishing(text: str, lower: str) -> Iterator[str]:
    """The phishing phrases of `text` (`lower` is `text.lower()`), lowercased, in order."""
    if _lowercase_safe(text):
        return (found.group() for found in _PHISHING_LOWERCASE.finditer(lower))
    return (found.group().lower() for found in _PHISHING.finditer(text))


def is_read_receipt(subject: str, body: str) -> bool:
    """A read receipt sent as text only: a short body whose stock sentence says the reader's message was read
    (or deleted unread). Its "To:/Subject:/Sent:" block reads like a quote header, so the whole body is read."""
    if not _READ_RECEIPT_SUBJECT.match(subject) or len(body.strip()) > _MAX_RETURN_ONLY_CHARS or "?" in body:
        return False
    return _has(body.lower(), _READ_RECEIPT_STEMS) and _READ_RECEIPT.search(body) is not None


def answers_nothing(subject: str, text: str, *, in_reply: bool) -> bool:
    """No sign that the mail answers one: no In-Reply-To/References, no reply prefix in the subject, no mention
    of the reader's message ("uw bericht", "your request"). Such automatic mail is a notification (RFC 3834
    "auto-generated"), not an auto-reply."""
    return not in_reply and not _REPLY_SUBJECT.match(subject) and not _YOUR_MESSAGE.search(text[:MAX_CHARS])


def _has(lower: str, stems: tuple[str, ...]) -> bool:
    return any(map(lower.__contains__, stems))  # map, not a generator: no Python frame per stem


def _relays_a_form(text: str) -> bool:
    """Two or more form fields: a relay of a person's message, whatever its automatic footer says."""
    fields = _FORM_FIELD.finditer(text)
    return next(fields, None) is not None and next(fields, None) is not None


def _acknowledges(text: str) -> bool:
    """ "We have received your message" is a machine's when it gives its own ticket number or a promised
    answer time in a short text without a question ("we received your invoice, but why ...?" is a person)."""
    if _THEIR_TICKET.search(text):
        return True
    return (
        len(text) <= _MAX_OUT_OF_OFFICE_CHARS and "?" not in text and _ANSWER_PROMISE.search(text) is not None
    )


def _lowercase_safe(text: str) -> bool:
    return text.isascii() or _NOT_LOWERCASE_SAFE.search(text) is None


def _is_out_of_office(text: str, lower: str, quotes: bool) -> bool:
    if len(text) > _MAX_OUT_OF_OFFICE_CHARS:
        return False
    absence = _ABSENCE_LOWERCASE.search(lower) if _lowercase_safe(text) else _ABSENCE.search(text)
    if not absence:
        # "Vielen Dank für Ihre Nachricht. Ich bin ab dem 12.08. wieder im Büro.": thanks, then the return only.
        # A person's reply quotes: "Thanks for your message, I'll be back on Monday" then answers a question.
        return (
            not quotes
            and len(text) <= _MAX_RETURN_ONLY_CHARS
            and "?" not in text
            and _THANKS_OPENING.search(text) is not None
            and _RETURN.search(text) is not None
            and not _PRODUCT_WORDS.search(text)
        )
    stock_parts = sum(bool(pattern.search(text)) for pattern in (_RETURN, _URGENT_REFERRAL, _THANKS_OPENING))
    if _PRODUCT_WORDS.search(text):
        # A care coordinator's notice may name our product ("voor vragen over de Tessa's: ..."), but then it
        # opens with the absence and has two stock parts; a customer's letter opens with their question.
        return _opens_with(text, absence.start()) and stock_parts >= 2 and "?" not in text
    # A question is a person's, unless the notice has all of its stock parts ("Vragen? Bel ...").
    return stock_parts >= (3 if "?" in text else 1)


def _opens_with(text: str, position: int) -> bool:
    """Whether the sentence at `position` is the text's first (a greeting line such as "Beste afzender," aside)."""
    lines = text[:position].lstrip().split("\n")
    if lines and lines[0].rstrip().endswith(","):
        lines = lines[1:]
    return position < _OPENING_CHARS and _SENTENCE_END.search("\n".join(lines)) is None
