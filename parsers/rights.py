"""Privacy rights and privacy flags in a mail's subject and new text, Dutch and English (extraction step).

The one place for the rights vocabulary (notes/gdpr-rights.md §1). A right is found when a request cue (verb
or noun: "verwijder", "inzage", "bezwaar", "export") is used on a personal-data object ("mijn gegevens",
"dossier", "opnames", "alles wat u van mij heeft") in the same sentence, or when a legal anchor names it
("artikel 17 AVG", "recht op inzage", "inzageverzoek"). The same cue on a robot feature (herinnering, agenda,
wekker) or a commercial object (factuur, abonnement) is not a right. A negation before the cue in its clause
("ik wil níet dat u mijn gegevens verwijdert"), a how-to question ("hoe verwijder ik ..."), a hypothetical
question ("als ik opzeg, worden mijn gegevens dan verwijderd?") and a statement of rights ("u heeft recht op
inzage") cancel a cue. Questions about the processing itself are `information`.

# why not a trained classifier: there is no labelled Dutch corpus of help-desk mail, a missed request has a
# legal deadline, and staff must be able to read why a mail was routed. Ordered rules are data here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from parsers.model import Flag, Right


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# ---- objects ------------------------------------------------------------------------------------------------
_DATA = (
    r"(?<!inlog)(?<!login)(?<!wifi)(?<!wachtwoord)\w*gegevens\b|\bdata\b|\bdossier\w*|\bpersonal (?:data|details"
    r"|information)|\bdetails\b|\brecords?\b|\bon file\b|\bopname\w*|\bbeelden\b|\bcamerabeelden|\bgeluid\w*"
    r"|\brecordings?\b|\baudio\b|\bvideo\w*|\bgesprekken\b|\blog(?:bestanden|s)\b|\bcorrespondentie\b"
    r"|\binformati(?:e|on) (?:over|about|on|you hold|you have|die u|die jullie)\b|\bcontactpersonen\b"
)
_PERSON_ATTRIBUTE = (
    r"\b(?:achter|voor)naam\b|\b(?:mijn|haar|zijn|uw|my|her|his|your) (?:\w+ )?(?:naam|name)\b|\bgeboortedatum"
    r"|\b(?:woon|e?mail|post)?adres\b|\btelefoonnummer|\bcontactpersoon\b|\bdate of birth\b|\b(?:e?mail )?address\b"
    r"|\bphone number\b|\bbirthday\b"
)
_SCOPE = r"\balles\b|\beverything\b|\biets van mij|\b(?:over|van|about|on) (?:mij|me)\b|\b(?:u|jullie|you)\b[^.?!]{0,20}\b(?:over|van|about|on) (?:haar|hem|her|him)\b"
_ACCOUNT = r"\b(?:klant)?profiel\b|\baccount\b|\bprofile\b"
_OBJ_ERASE = _rx("|".join((_DATA, _PERSON_ATTRIBUTE, _SCOPE, _ACCOUNT)))
_OBJ_ACCESS = _rx("|".join((_DATA, _SCOPE, _ACCOUNT)))
_OBJ_RECTIFY = _rx("|".join((_DATA, _PERSON_ATTRIBUTE)))
_OBJ_DATA = _rx(_DATA)
_OBJ_PROCESSING = _rx(
    _DATA + r"|\bverwerking\b|\bprocessing\b|\bprofil\w*|\bgeprofileerd|\bmarketing\w*|\breclame\b"
    r"|\bonderzoek\b|\bresearch\b|\bgebruik van\b|\bdelen van\b|\bsharing\b"
)
# A robot feature or a commercial object next to the cue: the mail is about the product, not about data.
_BLOCKING = _rx(
    r"\bherinnering\w*|\bafspra\w*|\bagenda\w*|\bwekker|\balarm\w*|\btijdstip|\bmelding\w*|\bnotificati\w*"
    r"|\bvolume\b|\bstem\b|\bhandleiding|\bdatum\b|\breminder|\bappointment|\bcalendar|\bschedule\b"
    r"|\bnotification|\bmanual\b|\bapp\b|\bupdate\b|\bwifi\b|\bfactu\w*|\brekening\b|\bprijs\w*|\bbestelling"
    r"|\border\b|\blevering|\babonnement|\bgarantie|\bretour|\bincasso|\binvoice|\bbill\b|\bprice|\bfee\b"
    r"|\bsubscription|\bdelivery|\brefund|\bcursus|\bwebinar|\bgemeente|\bbesluit van|\brobot\b|\btablet\b"
    r"|\bapparaat|\bdevice\b|\baantal\b|\bwachtwoord|\bpassword"
)

# ---- sentence properties ------------------------------------------------------------------------------------
_NEGATION = _rx(r"\b(?:niet|geen|nooit|not|don't|doesn't|never|no)\b")
_REQUEST = _rx(
    r"\b(?:graag|wil|wilt|willen|wens\w*|verzoek\w*|vraag|kunt|kan|kunnen|zou|zoudt|mag|please|would|could"
    r"|can|want|like|request\w*|ask\w*|aub|alstublieft|alsjeblieft|eis\w*)\b"
)
_POLITE_QUESTION = _rx(
    r"^\W*(?:kunt|kan|kunnen|wilt|wil|willen|zou|zoudt|zouden|mag|can|could|would|will|may|please)\b"
    r"|\b(?:graag|alstublieft|aub|please|a\.u\.b)\b"
)
_HYPOTHETICAL = _rx(r"\b(?:als|indien|wanneer|zodra|stel dat|mocht|if|when|once|in case|suppose)\b")
_HOW_TO = _rx(
    r"\b(?:hoe|waar)\b (?:\w+ ){0,2}(?:ik|we|wij)\b|\bhow (?:do|can|should|would) (?:i|we)\b|\bhow to\b"
    r"|\bwhere can i\b|\bis (?:het|er) mogelijk\b"
)
_RIGHTS_STATEMENT = _rx(
    r"\b(?:u heeft|u hebt|je hebt|jij hebt|you have|heeft u|you've got) (?:\w+ ){0,2}(?:recht|right)"
    r"|\b(?:uw|je|your) rechten\b|\byour rights\b|\b(?:u kunt|je kunt|you can|you may) (?:\w+ ){0,6}"
    r"(?:verzoek|request|klacht|complaint|beroep)"
)
_ANAPHOR = _rx(r"\b(?:die|deze|ze|dat|dit|it|them|those|this|that)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]| - |\s(?:maar|but|dus|so|en|and|want|omdat|because|daarom|then)\s")
_QUOTED_LINE = re.compile(r"^\s*>.*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class _Rule:
    """A request cue and what must (or must not) surround it in its sentence."""

    right: Right
    cue: re.Pattern[str]
    objects: re.Pattern[str] | None = None  # None: the cue names its object itself
    negatable: bool = True  # a negation before the cue in its clause cancels it
    questions: bool = False  # also a request when asked as a plain question ("wat weten jullie van mij?")
    needs_request: bool = False  # a weak verb ("sturen", "see") counts only in a request or an imperative
    requires: re.Pattern[str] | None = None  # must also occur in the sentence
    excludes: re.Pattern[str] | None = None  # must not occur in the sentence


_KEEP_OR_TEMPORARY = _rx(
    r"\b(?:voorlopig|tijdelijk|even|totdat|tot|zolang|until|while|pending|for now|temporarily|bewaar\w*|keep"
    r"|niet verwijder\w*|don't delete|without deleting|juridische|legal claim)\b|\bzonder\b.{0,40}\bweg"
)
_STOP_USING = (
    r"\b(?:niet meer|niks meer|niets meer|niet langer|no longer|stop\w*(?: met)?|don't|niet)\b[^.?!]{0,40}?"
    r"\b(?:gebruik\w*|verwerk\w*|doen met|analy\w*|use|used|using|process\w*)\b"
    r"|\b(?:gebruik\w*|verwerk\w*)\b[^.?!]{0,40}?\b(?:niet meer|niet langer|verder niet|niet)\b"
)
_OWN_INABILITY = _rx(r"\bik (?:kan|kon)\b|\b(?:i|we) (?:can't|cannot|can no longer)\b|\blukt\b|\bunable\b")
_TOESTEMMING = _rx(r"\btoestemming\b|\bconsent\b|\binstemming\b")
_DECISION = _rx(
    r"\bbesluit\w*|\bbeslis\w*|\bbesloten\b|\bafgewezen\b|\bafwijzing|\bstopgezet|\baangemerkt|\bgeblokkeerd"
    r"|\bdecision|\bdecided\b|\brejected\b|\brefused\b|\bflagged\b|\bsuspended\b|\brisico|\brisk\b"
)
_EVENT = _rx(r"\b(?:cursus|webinar|workshop|training|evenement|event|bijeenkomst|lezing|course)\b")

_RULES: tuple[_Rule, ...] = (
    # access
    _Rule(Right.ACCESS, _rx(r"\binzage\w*|\binzien\b|\bkopie\b|\bafschrift|\boverzicht\b|\bopvra\w*"
                            r"|\bvraag\b[^.?!]{0,60}\bop\b|\bcopy\b|\baccess\b"), _OBJ_ACCESS, questions=True),
    _Rule(Right.ACCESS, _rx(r"\b(?:toe ?)?(?:stuur\w*|sturen)\b|\bontvangen\b|\bkrijgen\b|\bsend\b|\breceive\b"
                            r"|\bsee\b|\bview\b|\bprovide\b|\bgive me\b"), _OBJ_ACCESS, needs_request=True),
    _Rule(Right.ACCESS, _rx(r"\bweten (?:welke|wat)\b|\bwat (?:weten|weet) (?:jullie|u)\b"
                            r"|\bwhat (?:\w+ ){0,2}do you (?:have|hold|store|keep|know)\b"
                            r"|\bwelke (?:\w+ )?gegevens\b[^.?!]{0,40}\b(?:hebben|heeft|hebt|bewaar\w*|verwerk\w*"
                            r"|opgeslagen|vastgelegd|bekend)\b"
                            r"|\bwat (?:er )?(?:allemaal )?(?:over|van) (?:mij|me|haar|hem)\b"), _OBJ_ACCESS,
          questions=True),
    _Rule(Right.ACCESS, _rx(r"\binzageverzoek|\b(?:data )?subject access request|\bd?sar\b|\bright of access"
                            r"|\brecht op inzage")),
    # rectification
    _Rule(Right.RECTIFICATION, _rx(r"\bcorrig\w*|\bcorrectie|\bverbeter\w*|\baanpass\w*|\bpas\b[^.?!]{0,40}\baan\b"
                                   r"|\bwijzig\w*|\bgewijzigd|\bveranderd|\bverander\w*|\bklopt\b[^.?!]{0,20}\bniet"
                                   r"|\bkloppen\b[^.?!]{0,20}\bniet|\bonjuist|\bverkeerd\w*|\bfout\w*|\brectific\w*"
                                   r"|\brectify|\bcorrect\b|\bcorrection|\bwrong\b|\binaccurate|\bincorrect"
                                   r"|\bout of date|\boutdated|\bupdate\b|\bchange\b|\bchanged\b|\baanvul\w*"
                                   r"|\bvul\w*\b[^.?!]{0,40}\baan\b|\bcomplete (?:my|her|his)\b"
                                   r"|\boude (?:\w+)?(?:adres|nummer|naam)\b|\bold (?:\w+ )?(?:address|number|name)\b"),
          _OBJ_RECTIFY),
    _Rule(Right.RECTIFICATION, _rx(r"\brecht op (?:rectificatie|correctie|verbetering)|\bright to rectification")),
    # erasure
    _Rule(Right.ERASURE, _rx(r"\bverwijder(?:en|t)?\b|\bverwijderd(?= (?:u|jullie|je)\b)|\bverwijdering\b|\bwis\b"
                             r"|\bwissen\b|\bwissing|\bweg ?(?:te )?(?:gooien|halen|doen)\b|\bgooi\w*\b[^.?!]{0,40}"
                             r"\bweg\b|\bhaal\w*\b[^.?!]{0,40}\b(?:weg|uit)\b|\bvernietig\w*|\bdelete\b"
                             r"|\berase\b|\bremove\b|\bwipe\b|\bdestroy\b|\bpurge\b|\bschrappen\b"), _OBJ_ERASE),
    _Rule(Right.ERASURE, _rx(r"\b(?:verwijderd|gewist|vernietigd|weggehaald|deleted|erased|removed|wiped)\b"),
          _OBJ_ERASE, requires=_rx(r"\b(?:wil|willen|wens|graag|verzoek|eis|want|like|please|request)\w*\b")),
    _Rule(Right.ERASURE, _rx(r"\b(?:niet|geen|nooit|no longer|don't|nothing)\b[^.?!]{0,30}\b(?:bewaar\w*|opslaan"
                             r"|keep|store|retain)\b"), _OBJ_ERASE, negatable=False),
    _Rule(Right.ERASURE, _rx(r"\buit (?:jullie|uw|je|al uw|al jullie) \w*(?:systeem|systemen|bestand|database"
                             r"|administratie|registratie)|\bvergeten (?:te )?worden|\bforgotten\b"
                             r"|\bright to erasure|\brecht op (?:verwijdering|gegevenswissing|vergetelheid)")),
    # restriction
    _Rule(Right.RESTRICTION, _rx(r"\bbeperk\w*|\brestrict\w*|\bbevriez\w*|\bbevroren|\bfreeze\b|\bfrozen\b"
                                 r"|\bop slot\b|\bon hold\b|\bblokkeer\w*\b[^.?!]{0,40}\bverwerking|\bstil ?(?:zetten"
                                 r"|leggen|gezet)\b|\bzet\b[^.?!]{0,50}\bstil\b|\bopschort\w*|\bsuspend\w*"),
          _rx(_DATA + r"|\bverwerking\b|\bprocessing\b")),
    _Rule(Right.RESTRICTION, _rx(_STOP_USING), _OBJ_DATA, negatable=False, requires=_KEEP_OR_TEMPORARY,
          excludes=_OWN_INABILITY),
    _Rule(Right.RESTRICTION, _rx(_STOP_USING), None, negatable=False,
          requires=_rx(r"\bniet verwijder\w*|\bdon't delete|\bwithout deleting|\bzonder\b.{0,40}\bweg"
                       r"|\bbewaar\w*\b.{0,40}\bmaar\b|\bkeep\b.{0,40}\bbut\b")),
    # objection
    _Rule(Right.OBJECTION, _rx(r"\bbezwaar\b|\bverzet\b|\bobject(?:s|ing)?\b|\bniet (?:mee )?akkoord|\bdisagree"),
          _OBJ_PROCESSING),
    _Rule(Right.OBJECTION, _rx(_STOP_USING), _OBJ_DATA, negatable=False, excludes=_rx(
        _KEEP_OR_TEMPORARY.pattern + "|" + _OWN_INABILITY.pattern)),
    _Rule(Right.OBJECTION, _rx(r"\b(?:niet meer|geen|stop\w*|no more|don't)\b[^.?!]{0,40}\b(?:reclame|nieuwsbrie\w*"
                               r"|aanbieding\w*|marketing|promoti\w*|advertis\w*|mailings?)\b"
                               r"|\b(?:haal|verwijder|schrap|take|remove)\w*\b[^.?!]{0,30}\b(?:mailinglijst"
                               r"|verzendlijst|mailing ?list|marketing list)"
                               r"|\brecht (?:van|op) (?:verzet|bezwaar)|\bright to object"), negatable=False),
    # portability
    _Rule(Right.PORTABILITY, _rx(r"\b(?:data)?portabiliteit|\b\w*overdraagbaarheid|\bportability|\bmachine ?leesba\w*"
                                 r"|\bmachine[- ]readable")),
    _Rule(Right.PORTABILITY, _rx(r"\boverdra\w*|\boverdracht\b|\bmeenemen\b|\bneem\w*\b[^.?!]{0,30}\bmee\b"
                                 r"|\bexporte\w*|\bexport\b|\btransfer\w*|\bdoorsturen|\bstuur\w*\b[^.?!]{0,60}\bdoor\b"
                                 r"|\b(?:in|als) (?:een )?(?:\w+ )?(?:bestand|file)\b|\b(?:csv|json|xml|excel"
                                 r"|spreadsheet)\b|\b(?:andere|nieuwe) \w*(?:aanbieder|leverancier|systeem)\b|\belders\b"
                                 r"|\b(?:other|new) (?:care )?provider|\bswitching providers"), _OBJ_DATA),
    # automated decision-making
    _Rule(Right.AUTOMATED_DECISION, _rx(r"\bgeautomatiseerde? (?:besluit|beslis)\w*|\bautomated decision"
                                        r"|\bautomatic decision|\bprofil\w*|\bgeprofileerd|\bonderliggende logica"
                                        r"|\blogic (?:behind|involved)"), negatable=False, questions=True),
    _Rule(Right.AUTOMATED_DECISION, _rx(r"\b(?:systeem|computer|algoritme|automatisch\w*|geautomatiseerd\w*"
                                        r"|system|algorithm|automatic\w*)\b"), _DECISION, negatable=False,
          questions=True),
    _Rule(Right.AUTOMATED_DECISION, _rx(r"\bmenselijke\b|\b(?:echt )?mens\b|\bmedewerker\b[^.?!]{0,40}\bkijk\w*"
                                        r"|\bhandmatig|\bmanually\b|\bhuman\b|\baanvecht\w*|\bcontest\b"),
          _DECISION, negatable=False, questions=True),
    # consent withdrawal
    _Rule(Right.CONSENT_WITHDRAWAL, _rx(r"\btrek\w*\b|\bintrek\w*|\bingetrokken|\bherroep\w*|\bwithdraw\w*"
                                        r"|\brevok\w*|\bgeen (?:\w+ )?(?:toestemming|consent) meer|\bno longer consent"
                                        r"|\bkom\w*\b[^.?!]{0,30}\bop terug\b|\bniet langer\b"),
          _TOESTEMMING, negatable=False),
    _Rule(Right.CONSENT_WITHDRAWAL, _rx(r"\bafmeld\w*|\bmeld\w* (?:me|mij|ons) (?:\w+ ){0,4}af\b|\buitschrijv\w*"
                                        r"|\bschrijf\w* (?:me|mij|ons) (?:\w+ ){0,4}uit\b|\bunsubscrib\w*"
                                        r"|\bopt(?:[- ]?(?:me|us))?[- ]out\b"), negatable=False, excludes=_EVENT),
    _Rule(Right.CONSENT_WITHDRAWAL, _rx(r"\b(?:niet langer|niet meer|stop\w*(?: met)?|no longer|don't)\b[^.?!]{0,40}"
                                        r"\b(?:verzamel\w*|opne\w*|opneemt|opgenomen|neemt|delen|deelt|record\w*"
                                        r"|collect\w*|shar\w*)\b|\bniet meer mee\b|\bno longer (?:participate|take part)"),
          _rx(_DATA + r"|\bonderzoek\b|\bresearch\b|\bpilot\b|\bstudy\b|\blocatie\b|\blocation\b"), negatable=False),
)
_ARTICLE_RIGHT = {
    "15": Right.ACCESS, "16": Right.RECTIFICATION, "17": Right.ERASURE, "18": Right.RESTRICTION,
    "20": Right.PORTABILITY, "21": Right.OBJECTION, "22": Right.AUTOMATED_DECISION, "7": Right.CONSENT_WITHDRAWAL,
}
_ARTICLE = _rx(r"\bartikel (\d{1,2})(?: lid \d)?(?: van de)? (?:u?avg|gdpr)\b|\barticle (\d{1,2})(?:\(\d\))?"
               r"(?: of the)? (?:u?avg|gdpr)\b|\b(?:u?avg|gdpr) (?:artikel|article) (\d{1,2})\b")

# ---- information questions ----------------------------------------------------------------------------------
_INFO_TOPIC = _rx(
    r"\bprivacy ?(?:verklaring|statement|policy|beleid|reglement)|\bfunctionaris (?:voor (?:de )?)?"
    r"gegevensbescherming|\bdata protection officer|\bdpo\b|\bgrondslag|\brechtsgrond|\b(?:legal|lawful) basis"
    r"|\bbewaartermijn|\bretention period|\bluister\w*\b[^.?!]{0,20}\bmee\b|\bmeeluister\w*|\bmeekijk\w*"
    r"|\bkijk\w*\b[^.?!]{0,20}\bmee\b|\bbuiten de (?:eu|europese unie)|\boutside (?:the )?(?:eu|european)"
    r"|\bhoe (?:komt u|komen jullie|kom je)\b[^.?!]{0,30}\baan\b|\bwhere did you get\b"
)
_PROCESSING = _rx(
    r"\bdoen met\b|\bdoe\w*\b[^.?!]{0,30}\bmet\b|\bdo with\b|\bdeel\w*|\bdelen\b|\bshar\w*|\bbewaar\w*"
    r"|\bopgeslagen\b|\bopslaan\b|\bslaat\b[^.?!]{0,20}\bop\b|\bstor\w*|\bkeep\b|\bkept\b|\bretain\w*"
    r"|\bverwerk\w*|\bprocess\w*|\bdoor ?(?:te )?geven|\bgeeft\b[^.?!]{0,30}\bdoor\b|\bdoorgegeven|\bverzamel\w*"
    r"|\bcollect\w*|\bopgenomen|\bopneemt|\bneemt\b[^.?!]{0,20}\bop\b|\brecord\w*|\bgestuurd|\bverstuurd"
    r"|\bsent\b|\btransfer\w*|\bvastleg\w*|\bvastgelegd|\blegt\b[^.?!]{0,20}\bvast\b|\bgebruik\w*|\buse[ds]?\b"
    r"|\bverko\w*|\bsell\b|\bsold\b|\bverwijderd\b|\bgewist\b|\bdeleted\b"
)
_WANTS_TO_KNOW = _rx(r"\b(?:weten|vraag me af|benieuwd|would like to know|want to know|wonder\w*)\b")
_INFO_OBJECT = _rx("|".join((_DATA, _PERSON_ATTRIBUTE, r"\bcamera\w*|\bmicrofoon|\bmeeluister\w*")))

# ---- flags --------------------------------------------------------------------------------------------------
_AUTHORITY = _rx(
    r"\bautoriteit persoonsgegevens|\bcollege bescherming persoonsgegevens|\bcbp\b|\bprivacywaakhond"
    r"|\btoezichthouder|\b(?:dutch )?data protection authority|\bsupervisory authority|\bregulator\b"
    r"|\binformation commissioner|\bico\b|\bdpa\b"
)
_AP_ABBREVIATION = re.compile(r"\bAP\b")
_COMPLAINT_ACT = _rx(
    r"\bklacht\w*|\bklaag\w*|\bbeklag|\bmeld\w*|\bingeschakeld|\binschakel\w*|\bschakel\w*|\bvoorleggen"
    r"|\bleg\w*\b[^.?!]{0,30}\bvoor\b|\bstap\w*\b|\bgaan\b|\baangifte|\breport\w*|\bcomplain\w*|\bescalat\w*"
    r"|\bfile\b|\bfiling\b|\bcontact\w*|\binformeren|\binlichten|\bwend\w*"
)
_PRIVACY_COMPLAINT = _rx(
    r"\bprivacyklacht|\b(?:klacht\w*|klagen|complain\w*)\b[^.?!]{0,80}(?:\w*gegevens\b|\bdata\b|\bprivacy)"
    r"|\b(?:schending|geschonden|in strijd met|overtreding|overtreedt|violat\w*|breach of|breaking)\b[^.?!]{0,40}"
    r"\b(?:u?avg|gdpr|privacy\w*)|\b(?:avg|gdpr|privacy)[- ]?(?:violation|schending|overtreding)"
    r"|\bjuridische stappen\b[^.?!]{0,40}\bprivacy|\b(?:nog (?:steeds|altijd)|still)\b[^.?!]{0,30}"
    r"\b(?:geen|no|not|haven't|have not)\b[^.?!]{0,30}(?:reactie|antwoord|response|reply|received|heard)"
    r"[^.?!]{0,40}(?:verzoek|request|inzage|\bd?sar\b)"
)
_DATA_BREACH = _rx(
    r"\bdata ?lek\w*|\bprivacylek|\bdata ?breach|\b(?:ge|uit)lekt\b[^.?!]{0,30}(?:gegevens|data)"
    r"|(?:gegevens|data)\b[^.?!]{0,30}\b(?:gelekt|uitgelekt|op straat|leaked)|\bleaked\b[^.?!]{0,30}\bdata"
    r"|\blek\w*\b[^.?!]{0,20}\b(?:gegevens|data)\b"
    r"|\b(?:\w*gegevens|data|email|agenda|dossier|informatie|foto'?s|naam|adres|account)\b[^.?!]{0,40}"
    r"\bvan (?:een )?(?:andere|ander|iemand anders|vreemde?)\b"
    r"|\b(?:someone|somebody) else'?s\b|\banother (?:customer|client|person|user)'?s\b|\bother (?:customers|people)'s"
    r"|\b(?:naar|aan) (?:iemand anders|een ander|de verkeerde|een verkeerd\w*|een onbekende|derden)\b[^.?!]{0,30}"
    r"\b(?:ge|ver|door)?(?:stuurd|mailed|gemaild|gegeven)\b|\bsent\b[^.?!]{0,40}\bto (?:someone else|the wrong"
    r"|another (?:person|customer))|\bingebroken in\b|\b(?:account|gegevens|data|app)\b[^.?!]{0,30}"
    r"\b(?:gehackt|hacked)|\b(?:gehackt|hacked)\b[^.?!]{0,30}\b(?:account|gegevens|data)\b"
    r"|\b(?:accessed|logged into|used) by (?:someone|somebody|a stranger)|\bunauthori[sz]ed access|\bonbevoegd\w*"
)
_ON_BEHALF = _rx(
    r"\bnamens\b|\bals (?:zijn |haar |diens |hun |de |mijn )?(?:mantelzorger|curator|mentor|bewindvoerder"
    r"|wettelijk vertegenwoordiger|gemachtigde|voogd|executeur)|\bon behalf of\b|\bas (?:his|her|their|the|my "
    r"\w+'s) (?:carer|caregiver|guardian|legal representative|attorney|executor)|\blegal representative\b"
    r"|\bpower of attorney\b|\bwettelijk vertegenwoordiger"
)
_FAMILY = _rx(
    r"\b(?:mijn|onze|my|our) (?:schoon)?(?:moeder|vader|ma|pa|oma|opa|man|vrouw|partner|zus|broer|tante|oom"
    r"|dochter|zoon|client|bewoner|mother|father|mum|mom|dad|grandmother|grandfather|husband|wife|sister"
    r"|brother|aunt|uncle|resident)\b"
)
_FLAG_ORDER = (Flag.COMPLAINT_AUTHORITY, Flag.DATA_BREACH, Flag.ON_BEHALF_OF)
