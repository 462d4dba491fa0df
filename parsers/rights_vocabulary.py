"""The rights vocabulary, Dutch and English (notes/gdpr-rights.md §1): objects, speech acts and the rules.

A right is found when a request cue (verb or noun: "verwijder", "inzage", "bezwaar", "export") is used on a
personal-data object ("mijn gegevens", "dossier", "opnames", "alles wat u van mij heeft") in the same sentence,
or when a legal anchor names it ("recht op inzage", "inzageverzoek"). The same cue on a robot feature
(herinnering, agenda, wekker), a device setting (wifi-gegevens) or a commercial object (factuur, abonnement) is
not a right. Data only: the steps that use it are in parsers/rights.py and parsers/rights_request.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.model import Right
from parsers.rights_words import Words, pattern, words

# ---- objects: what a cue acts on ----------------------------------------------------------------------------
DATA = (
    r"\b(?<![-/])(?<!autoriteit )(?<!bescherming )(?!inlog|login|wifi|wachtwoord|netwerk)\w*?gegevens\b(?! van (?:de|het|mijn) (?:wifi|router|app|netwerk|tablet))"
    r"|\b(?<!mobiele )(?<!mobile )data\b(?! ?(?:sheet|blad|bundel|abonnement|verbinding|limiet|plan|usage|connection|protection))"
    r"|\bdossier|\bpersonal (?:data|details|information)|\bdetails\b|\brecords?\b|\bon file\b"
    r"|\bopname|\bbeelden\b|\bcamerabeelden|\bgeluid|\brecordings?\b|\baudio\b|\bvideo|\bgesprekken\b"
    r"|\blog(?:bestanden|s)\b|\bcorrespondentie\b|\bcontactpersonen\b"
    r"|\binformati(?:e|on) (?:over|about|on|you hold|you have|die u|die jullie)\b"
)
DATA_STEMS = "gegevens data dossier personal details record file opname beelden geluid audio video gesprek log correspondentie contactpersonen informati"
PERSON = (
    r"\b(?:achter|voor)naam\b|\b(?:mijn|haar|zijn|uw|my|her|his|your) (?:\w+ )?(?:naam|name)\b|\bgeboortedatum"
    r"|\b(?:woon|e?mail|post)?adres\b|\btelefoonnummer|\bcontactpersoon\b|\bdate of birth\b|\b(?:email )?address\b"
    r"|\bphone number\b|\bbirthday\b"
    # the writer's own number ("mijn oude nummer", "my mobile number"; not "my order number") and the detail
    # we hold ("het nummer dat u van mij heeft", "the address you have")
    r"|\b(?:mijn|my|haar|zijn|her|his|ons|our) (?:(?:oude|nieuwe|directe|mobiele|vaste|andere|eigen|old|new|direct"
    r"|mobile|other|own|work|home) )?(?:nummer|number)\b"
    r"|\b(?:nummer|adres|number|address) (?:dat |die |waarop |that |which )?(?:u|jullie|je|you) (?:\w+ ){0,3}?"
    r"(?:had|heeft|hebt|hebben|have|has|hold|holds|held|belde|belt|bellen|called|call|gebruik\w*|use[sd]?|using)\b"
)
PERSON_STEMS = (
    "naam name geboortedatum adres telefoonnummer contactpersoon birth address phone birthday nummer number"
)
SCOPE = (
    r"\balles\b|\beverything\b|\biets van mij|\b(?:over|van|about|on) (?:mij|me)\b"
    # what is held about someone the writer represents: "wat jullie allemaal over haar vastleggen"
    # (Dutch only: the English stems "her"/"him" are in too many words for the gate; "about her" is data anyway)
    r"|\b(?:wat|alles)\b[^.?!]{0,40}\b(?:over|van) (?:haar|hem)\b"
)
SCOPE_STEMS = "alles everything mij me haar hem"
ACCOUNT = r"\b(?:klant)?profiel\b|\baccount\b|\bprofile\b"
OBJ_ERASE = words(
    f"{DATA_STEMS} {PERSON_STEMS} {SCOPE_STEMS} profiel account profile", DATA, PERSON, SCOPE, ACCOUNT
)
OBJ_ACCESS = words(f"{DATA_STEMS} {SCOPE_STEMS} profiel account profile", DATA, SCOPE, ACCOUNT)
OBJ_RECTIFY = words(f"{DATA_STEMS} {PERSON_STEMS}", DATA, PERSON)
OBJ_DATA = words(DATA_STEMS, DATA)
OBJ_RESTRICT = words(f"{DATA_STEMS} verwerking processing", DATA, r"\bverwerking\b|\bprocessing\b")
OBJ_PROCESSING = words(
    f"{DATA_STEMS} verwerking processing profil marketing reclame onderzoek research gebruik delen sharing",
    DATA,
    r"\bverwerking\b|\bprocessing\b|\bprofil|\bgeprofileerd|\bmarketing|\breclame\b|\bonderzoek\b|\bresearch\b"
    r"|\bgebruik van\b|\bdelen van\b|\bsharing\b",
)
OBJ_CONSENT_SCOPE = words(
    f"{DATA_STEMS} onderzoek research pilot study locatie location mij me mijn haar hem my her him",
    DATA,
    r"\bonderzoek\b|\bresearch\b|\bpilot\b|\bstudy\b|\blocatie\b|\blocation\b"
    r"|\b(?:mij|me|haar|hem|her|him)\b|\b(?:mijn|my) (?:moeder|vader|man|vrouw|partner|mother|father|husband|wife)\b",
)
TOESTEMMING = words("toestemming consent instemming", r"\btoestemming\b|\bconsent\b|\binstemming\b")
DECISION = words(
    "beslui beslis beslot afgewezen afwijzing stopgezet aangemerkt geblokkeerd decision decided decid rejected refused flagged suspended risico risk",
    r"\bbesluit|\bbeslis|\bbesloten\b|\bafgewezen\b|\bafwijzing|\bstopgezet|\baangemerkt|\bgeblokkeerd"
    r"|\bdecision|\bdecided\b|\bdecid(?:ing|es)\b|\brejected\b|\brefused\b|\bflagged\b|\bsuspended\b|\brisico|\brisk\b",
)
# A robot feature or a commercial object in the cue's clause: the mail is about the product, not about data.
BLOCKING = words(
    "herinnering afspra agenda wekker alarm tijdstip melding notificati volume stem handleiding datum reminder "
    "appointment calendar schedule notification manual app update wifi factu rekening prijs bestelling order "
    "levering abonnement garantie retour incasso invoice bill price fee subscription delivery refund cursus "
    "webinar gemeente besluit robot tablet apparaat device aantal wachtwoord password betaling payment",
    r"\bherinnering|\bafspra|\bagenda|\bwekker|\balarm|\btijdstip|\bmelding|\bnotificati|\bvolume\b|\bstem\b"
    r"|\bhandleiding|\bdatum\b|\breminder|\bappointment|\bcalendar|\bschedule\b|\bnotification|\bmanual\b"
    r"|\bapp\b|\bupdate\b|\bwifi\b|\bfactu|\brekening\b|\bprijs|\bbestelling|\border\b|\blevering|\babonnement"
    r"|\bgarantie|\bretour|\bincasso|\binvoice|\bbill\b|\bprice|\bfee\b|\bsubscription|\bdelivery|\brefund"
    r"|\bcursus|\bwebinar|\bgemeente|\bbesluit van|\brobot\b|\btablet\b|\bapparaat|\bdevice\b|\baantal\b"
    r"|\bwachtwoord|\bpassword|\bbetaling|\bpayment",
)

# ---- speech acts --------------------------------------------------------------------------------------------
NEGATION = pattern(r"\b(?:niet|geen|nooit|not|don't|doesn't|never|no|nicht|kein\w*|nie)\b")
REQUEST = pattern(
    r"\b(?:graag|wil|wilt|willen|wens\w*|verzoek\w*|vraag|kunt|kan|kunnen|zou|zoudt|mag|please|would|could"
    r"|can|want|like|request\w*|ask\w*|aub|alstublieft|alsjeblieft|eis\w*)\b"
)
POLITE_QUESTION = pattern(
    r"^\W*(?:kunt|kan|kunnen|wilt|wil|willen|zou|zoudt|zouden|mag|can|could|would|will|may|please)\b"
    r"|\b(?:kunt|kan|wilt|wil|zou|zoudt|kunnen|willen|mag|can|could|would|will) (?:je|u|jij|jullie|you)\b"
    r"|\b(?:graag|alstublieft|aub|please|bitte)\b|\b(?:konnen|konnten|wurden) sie\b|\b(?:pourriez|pouvez)-vous\b"
)
HYPOTHETICAL = pattern(
    r"\b(?:als|indien|wanneer|zodra|mocht|mochten)\s+(?:ik|u|je|jij|we|wij|jullie|de|het|mijn|er|zij|hij|ze)\b"
    r"|\bstel dat\b|\b(?:if|when|once|in case|suppose)\b"
)
HOW_TO = pattern(
    r"\b(?:hoe|waar)\b (?:\w+ ){0,2}(?:ik|we|wij)\b|\bhow (?:do|can|should|would) (?:i|we)\b|\bhow to\b"
    r"|\bwhere can i\b|\bis (?:het|er) mogelijk\b"
    # how the procedure works: "hoe werkt dat (bij jullie)?", "how does that work?"
    r"|\bhoe (?:werkt|gaat) (?:dat|dit|het|zoiets)\b|\bhow does (?:that|this|it) work\b|\bwie funktioniert (?:das|es)\b"
)
ANAPHOR = pattern(r"\b(?:die|deze|ze|dat|dit|it|them|those|this|that)\b")
KEEP_OR_TEMPORARY = pattern(
    r"\b(?:voorlopig|tijdelijk|even|totdat|tot|zolang|until|while|pending|for now|temporarily|bewaar\w*|keep"
    r"|niet verwijder\w*|don't delete|without deleting|juridische|legal claim|as long as|so long as|solange)\b"
    r"|\bzonder\b.{0,40}\bweg"
    # "laat ze staan maar gebruik ze niet", "leave them where they are but don't use them": kept, not used
    r"|\blaat\b (?:\w+ ){1,3}(?:staan|liggen)\b|\bleave (?:\w+ ){1,3}(?:but|where (?:it is|they are)|as (?:it is"
    r"|they are)|in place|stored)\b"
)
KEEP_BUT_STOP = pattern(
    r"\bniet verwijder\w*|\bdon't delete|\bwithout deleting|\bzonder\b.{0,40}\bweg|\bbewaar\w*\b.{0,40}\bmaar\b"
    r"|\bkeep\b.{0,40}\bbut\b"
)
OWN_INABILITY = pattern(r"\bik (?:kan|kon)\b|\b(?:i|we) (?:can't|cannot|can no longer)\b|\blukt\b|\bunable\b")
NOT_TEMPORARY_OR_UNABLE = pattern(f"{KEEP_OR_TEMPORARY.pattern}|{OWN_INABILITY.pattern}")
WRITER_DECIDED = pattern(r"\b(?:ik|wij|we|i)\b (?:\w+ )?(?:heb|hebben|have)? ?(?:besloten|beslist|decided)\b")
# "U heeft mijn naam verkeerd gespeld in uw mail": a slip in one message, not in the stored data (§1.3 row 32).
IN_A_MESSAGE = pattern(
    r"\bin (?:uw|jullie|je|de|het|your|the|this) (?:e?mail|brief|bericht|antwoord|message|letter|reply)\b"
)
WRITER_SENDS = pattern(
    r"\b(?:ik|wij|we|i)\b (?:\w+ ){0,2}(?:stuur|zend|mail|send)\w*|\bhierbij (?:stuur|mijn)\b"
)
#: A withdrawal of a consent that may never have been given: "revoco ogni mio consenso qualora sia stato espresso",
#: "I withdraw any consent, if given", "meine Einwilligung, soweit erteilt": a template's clause, not a request.
CONDITIONAL_CONSENT = pattern(
    r"\b(?:qualora|ove|se)\b(?: \w+){0,3} (?:espress[oa]|dat[oa]|prestat[oa]|fornit[oa])\b"
    r"|\b(?:if|where|insofar as|to the extent)\b(?: \w+){0,3} (?:given|granted|provided)\b"
    r"|\b(?:indien|voor ?zover|mits|zo)\b(?: \w+){0,3} (?:gegeven|verleend)\b"
    r"|\b(?:falls|sofern|soweit)\b(?: \w+){0,3} (?:erteilt|gegeben)\b"
    r"|\bsi\b(?: \w+){0,3} (?:donne|accorde|dado|otorgado|prestado)\b|\bjesli\b(?: \w+){0,3} (?:wyrazil\w*|udzielil\w*)"
)
WANTS = pattern(r"\b(?:wil|willen|wens|graag|verzoek|eis|want|like|please|request)\w*\b")
EVENT = pattern(
    r"\b(?:cursus|webinar|workshop|training|evenement|event|bijeenkomst|lezing|course|quiz\w*|spel\w*|games?"
    r"|activiteit\w*|activit(?:y|ies))\b"
)


#: Wiping the robot itself ("fabrieksinstellingen", "factory reset") erases a device, not the writer's data.
DEVICE_RESET = pattern(
    r"\bfabrieksinstelling\w*|\bfactory (?:reset|settings)|\breset\w*|\bterugzetten\b|\bwerkseinstellung\w*"
    r"|\bzurucksetzen\b|\bwifi\w*|\bwlan\w*|\brouter\b|\bnetwerk\w*|\bnetwork\b"
)


@dataclass(frozen=True, slots=True)
class Rule:
    """A request cue and what must (or must not) surround it in its sentence."""

    right: Right
    cue: Words
    objects: Words | None = None  # None: the cue names its object itself (an anchor)
    negatable: bool = True  # a negation before the cue in its clause cancels it
    questions: bool = False  # also a request when asked as a plain question ("wat weten jullie van mij?")
    needs_request: bool = False  # a weak verb ("sturen", "see") counts only in a request or an imperative
    requires: re.Pattern[str] | None = None  # must also occur in the sentence
    excludes: re.Pattern[str] | None = None  # must not occur in the sentence
    #: Product and commercial words that make the cue's clause about the product; None where the robot itself
    #: is what the writer objects to ("ik wil niet dat de robot mijn moeder filmt").
    blocked_by: Words | None = BLOCKING
    possible: bool = False  # what it finds is for a person to confirm (rights_possible), never confirmed
    #: Spans where the cue has another sense ("om de software te verbeteren": improve, not correct): a cue match
    #: inside one does not count.
    other_sense: re.Pattern[str] | None = None


STOP_USING = words(
    "gebruik verwerk doe analy use using process anything with",
    r"\b(?:niet meer|niks meer|niets meer|niet langer|no longer|stop\w*(?: met)?|don't|niet)\b[^.?!]{0,60}?"
    r"\b(?:gebruik\w*|verwerk\w*|doen met|analy\w*|use|used|using|process\w*|do anything with)\b"
    # doing nothing with it: "doe er niets meer mee", "ik wil niet dat jullie iets met die opnames doen"
    r"|\bdoe\w* (?:er )?(?:niets|niks) (?:meer )?(?:mee|met)\b"
    r"|\b(?:wil|wens)\w* (?:\w+ )?niet (?:meer |langer )?dat\b[^.?!]{0,80}?\bmet\b[^.?!]{0,60}?\b(?:doen|doet)\b"
    r"|\b(?:gebruik\w*|verwerk\w*)\b[^.?!]{0,40}?\b(?:niet meer|niet langer|verder niet|niet)\b"
    # "ik wil niet dat de gegevens van mijn vader (...) ooit gebruikt worden": the verb ends a long subclause
    r"|\b(?:wil|wens)\w* (?:\w+ )?niet (?:meer |langer )?dat\b[^.?!]{0,120}?\b(?:gebruikt|verwerkt)\b"
    r"|\b(?:don't|do not) (?:\w+ )?want\b[^.?!]{0,120}?\b(?:used|processed)\b",
)
# fmt: off
# "in kopie aan jullie" is a carbon copy of the mail, not a copy of the data
ACCESS_NOUNS = words("inzage inzien kopie afschrift overzicht opvra vraag copy",
                   r"\binzage\w*|\binzien\b|\bkopie\b(?! aan\b)|\b(?<!\bin )kopie\b|\bafschrift|\boverzicht\b|\bopvra\w*|\bvraag\b[^.?!]{0,60}\bop\b"
                   r"|\bcopy\b")
# "access" needs data itself: "access to my account" is a login or sharing question.
ACCESS_EN = words("access", r"\baccess\b")
WHO_HAS_ACCESS = pattern(r"\bwho\b[^.?!]{0,20}\baccess\b")  # a question about the processing: information
ACCESS_VERBS = words("stuur sturen ontvangen krijgen zien send receive see view provide give",
                   r"\b(?:toe ?)?(?:stuur\w*|sturen)\b|\bontvangen\b|\bkrijgen\b|\bzien\b|\bsend\b|\breceive\b|\bsee\b"
                   r"|\bview\b|\bprovide\b|\bgive me\b")
ACCESS_WHAT = words("weten weet welke wat",
                  r"\bweten (?:welke|wat)\b|\bwat (?:weten|weet) (?:jullie|u)\b|\bwelke (?:\w+ )?gegevens\b[^.?!]{0,40}"
                  r"\b(?:hebben|heeft|hebt|bewaar\w*|verwerk\w*|opgeslagen|vastgelegd|bekend)\b"
                  r"|\bwat (?:er )?(?:allemaal )?(?:over|van) (?:mij|me|haar|hem)\b")
ACCESS_WHAT_EN = words("what", r"\bwhat (?:personal )?(?:data|information|details|info) (?:do |does )?you (?:have|hold|store"
                             r"|keep)|\bwhat do you (?:have|hold|know|store|keep) (?:on|about) (?:me|my)\b")
ACCESS_ANCHOR = words("inzage sar access", r"\binzageverzoek|\b(?:subject |data )?access request|\bd?sar\b"
                                         r"|\bright of access|\brecht op inzage")
RECTIFY = words("corrig correct verbeter aanpas pas wijzig veranderd verander klopt kloppen onjuist verkeerd fout "
              "rectif wrong inaccurate incorrect out of date outdated update change aanvul vul complete oude old "
              "vorige vroegere previous former mine van mij nieuw new nu now",
              r"\bcorrig\w*|\bcorrectie|\bverbeter\w*|\baanpass\w*|\bpas\b[^.?!]{0,40}\baan\b|\bwijzig\w*|\bgewijzigd"
              r"|\bveranderd|\bverander\w*|\bklopt\b[^.?!]{0,20}\bniet|\bkloppen\b[^.?!]{0,20}\bniet|\bonjuist"
              r"|\bverkeerd\w*|\bfout\w*|\brectific\w*|\brectify|\bcorrect\b|\bcorrection|\bwrong\b|\binaccurate"
              r"|\bincorrect|\bout of date|\boutdated|\bupdate\b|\bchange\b|\bchanged\b|\baanvul\w*"
              r"|\bvul\w*\b[^.?!]{0,40}\baan\b|\bcomplete (?:my|her|his)\b|\boude (?:\w+)?(?:adres|nummer|naam)\b"
              r"|\bold (?:\w+ )?(?:address|number|name)\b"
              # the detail we hold belongs to an old place or is no longer the writer's; a new one is given
              r"|\b(?:van|is|was) (?:mijn|my) (?:oude|vorige|vroegere|old|previous|former) \w+"
              r"|\b(?:niet (?:meer )?van mij|not mine|no longer mine)\b"
              r"|\b(?:mijn|my) (?:nieuwe?|new) (?:\w+ )?\w*(?:nummer|adres|number|address) (?:is|luidt)\b"
              r"|\b(?:nu|now)\b:? ?(?:[+(]?\d[\d() -]{6,20}|[\w.-]{1,40}@)")
RECTIFY_ANCHOR = words("rectificatie correctie verbetering rectification",
                     r"\brecht op (?:rectificatie|correctie|verbetering)|\bright to rectification"
                     r"|\brectificatieverzoek|\brectification request")
ERASE = words("verwijder wis weg gooi haal vernietig delete erase remove wipe destroy purge schrappen rid dispose deletion removal",
            r"\bverwijder(?:en|t)?\b|\bverwijderd(?= (?:u|jullie|je)\b)|\bverwijdering\b|\bwis\b|\bwissen\b"
            r"|\bwissing|\bweg ?(?:te )?(?:gooien|halen|doen)\b|\bgooi\w*\b[^.?!]{0,40}\bweg\b"
            r"|\bhaal\w*\b[^.?!]{0,40}\b(?:weg|uit|eruit|eraf)\b|\b(?:moet|moeten|mag|mogen)(?: (?:allemaal|alle|nu|dan|echt|graag|helemaal|maar|ook|direct|meteen)){0,2} weg\b|\bvernietig\w*|\bdelete\b|\berase\b|\bremove\b|\bwipe\b"
            r"|\bdestroy\b|\bpurge\b|\bschrappen\b|\bget rid of\b|\bdispose of\b|\bdeletion\b|\berasure\b|\bremoval\b")
ERASED = words("verwijderd gewist vernietigd weggehaald deleted erased removed wiped",
             r"\b(?:verwijderd|gewist|vernietigd|weggehaald|deleted|erased|removed|wiped)\b")
DO_NOT_KEEP = words("bewaar opslaan keep store retain hebben heeft houden have hold",
                  r"\b(?:niet|geen|nooit|no longer|don't|nothing)\b[^.?!]{0,30}\b(?:bewaar\w*|opslaan|keep|store"
                  r"|retain)\b"
                  # "ik wil niet meer dat jullie mijn gegevens hebben": the writer no longer wants them held at all
                  r"|\bwil\w* (?:\w+ )?niet (?:meer |langer )?dat (?:jullie|u|je|ze|tinybots)\b[^.?!]{0,40}"
                  r"\b(?:hebben|heeft|houden|bewaren)\b|\b(?:don't|do not|no longer) want (?:you|tinybots) to"
                  r" (?:have|keep|hold)\b")
ERASE_ANCHOR = words("uit vergeten forgotten erasure deletion verwijder gegevenswissing vergetelheid bestand systeem administratie database",
                   r"\buit (?:jullie|uw|je|al uw|al jullie|de|het) \w*(?:systeem|systemen|bestand|database|administratie"
                   r"|registratie|computer|kaartenbak)(?! (?:van|op|bij) )|\bvergeten (?:te )?worden|\bforgotten\b|\bright to erasure"
                   r"|\brecht op (?:verwijdering|gegevenswissing|vergetelheid)|\bverwijder(?:ings)?verzoek"
                   r"|\bniet (?:langer|meer) (?:in|bij) (?:uw|jullie|je) \w*(?:bestand|systeem|administratie|database)"
                   r" (?:staan|zitten|voorkomen|geregistreerd)\b"
                   r"|\b(?:erasure|deletion) request|\brequest for (?:erasure|deletion)")
RESTRICT = words("beperk restrict bevriez bevroren freeze frozen slot hold blokkeer stil stop opschort suspend pauze pause",
               r"\bbeperk\w*|\brestrict\w*|\bbevriez\w*|\bbevroren|\bfreeze\b|\bfrozen\b|\bop slot\b|\bon hold\b"
               r"|\bblokkeer\w*\b[^.?!]{0,40}\bverwerking|\bstil ?(?:zetten|leggen|gezet)\b|\bzet\b[^.?!]{0,50}"
               r"\bstil\b|\bstop ?(?:zetten|gezet)\b|\bzet\b[^.?!]{0,50}\bstop\b|\bopschort\w*|\bsuspend\w*|\bpauzer\w*|\bpause\b")
OBJECT_TO = words("bezwaar verzet object", r"\bbezwaar\b|\bverzet\b|\bobject(?:s|ing|ion)?\b")
# "niet akkoord met het gebruik van mijn gegevens" objects; "my brother and I disagree about it" does not.
DISAGREE_WITH = words("akkoord disagree", r"\b(?:niet (?:mee )?akkoord|disagree)\b (?:met|with|dat|that)\b")
NO_MARKETING = words("reclame nieuwsbrie aanbieding marketing promoti advertis mailing verzendlijst verzet bezwaar object offer sales enquete survey vragenlijst newsletter",
                   r"\b(?:niet meer|geen|stop\w*|no more|don't)\b[^.?!]{0,40}\b(?:reclame|nieuwsbrie\w*|aanbieding\w*"
                   r"|marketing|promoti\w*|advertis\w*|mailings?|offers?|sales calls?|enquete\w*|surveys?|vragenlijst\w*)\b|\b(?:haal|verwijder|schrap|take|remove)\w*\b"
                   r"[^.?!]{0,30}\b(?:mailinglijst|verzendlijst|mailing ?list|marketing list)"
                   r"|\brecht (?:van|op) (?:verzet|bezwaar)|\bright to object"
                   # "ik wil jullie enquetes niet meer ontvangen", "I no longer want to receive your newsletters"; not "no more
                   # emails" alone: after an erasure request that is what the erasure means (corpus A g108)
                   r"|\b(?:wil|wilt|willen|wens\w*)\b[^.?!]{0,50}\b(?:reclame|nieuwsbrie\w*|aanbieding\w*|mailings?|enquete\w*"
                   r"|vragenlijst\w*)\b[^.?!]{0,30}\bniet (?:meer|langer)\b"
                   r"|\b(?:no longer|don't) (?:want|wish) to (?:receive|get)\b[^.?!]{0,30}\b(?:newsletters?|offers?|surveys?"
                   r"|mailings?|marketing|advertis\w*)")
PORTABILITY_ANCHOR = words("portabiliteit overdraagbaarheid portability machine",
                         r"\b(?:data)?portabiliteit|\b\w*overdraagbaarheid|\bportability|\bmachine ?leesba\w*"
                         r"|\bmachine[- ]readable")
TRANSFER = words("overdra overdracht mee export transfer door bestand file csv json xml excel spreadsheet aanbieder "
               "leverancier systeem elders provider",
               r"\boverdra\w*|\boverdracht\b|\bmeenemen\b|\bneem\w*\b[^.?!]{0,30}\bmee\b|\bexporte\w*|\bexport\b"
               r"|\btransfer\w*|\bdoorsturen|\bstuur\w*\b[^.?!]{0,60}\bdoor\b|\b(?:in|als) (?:een )?(?:\w+ )?"
               r"(?:bestand|file)\b|\b(?:csv|json|xml|excel|spreadsheet)\b|\b(?:andere|nieuwe) \w*(?:aanbieder"
               r"|leverancier|systeem)\b|\belders\b|\b(?:other|new|another|different) (?:care )?provider|\bswitching providers")
ADM_ANCHOR = words("geautomatiseerd automated automatic logica logic",
                 r"\bgeautomatiseerde? (?:besluit|beslis)\w*|\bautomated decision|\bautomatic decision"
                 r"|\bonderliggende logica|\blogic (?:behind|involved)")
# Profiling is Art. 21 when objected to or refused ("bezwaar tegen profilering", "ik wil niet geprofileerd worden");
# profiling alone is no Art. 22 request: that needs a decision with legal or similar effect (the rules on DECISION).
# Profiling, not a profile: "mijn profiel in de app" and "the wrong data in my profile" are an account.
PROFILING = words("profil geprofileerd",
                  r"\bprofil(?:ing|er\w*|age|bildung)|\bgeprofileerd|\bprofiled\b")
OBJECTING = pattern(
    r"\bbezwaar\b|\bverzet\b|\bobject(?:s|ing|ion)?\b|\bwidersp\w*|\boppos\w*|\boppon\w*|\bopong\w*|\bsprzeciw\w*"
    r"|\bobiezion\w*|\bobjet\w*|\blehne\w*|\brejette\b|\brechazo\b|\bodmawiam\b"
)
AUTOMATION = words("systeem computer algoritme automat geautomatiseerd system algorithm",
                 r"\b(?:systeem|computer|algoritme|automatisch\w*|geautomatiseerd\w*|system|algorithm|automatic\w*)\b")
HUMAN_REVIEW = words("menselijk mens medewerker handmatig manually human aanvecht contest person review",
                   r"\bmenselijke\b|\b(?:echt )?mens\b|\bmedewerker\b[^.?!]{0,40}\bkijk\w*|\bhandmatig|\bmanually\b"
                   r"|\bhuman\b|\baanvecht\w*|\bcontest\b|\b(?:a|een) (?:real )?(?:person|persoon)\b[^.?!]{0,30}\b(?:review|check|look|kijk\w*|beoordel\w*)")
WITHDRAW = words("trek intrek ingetrokken herroep withdraw revok meer consent terug langer",
               r"\btrek\w*\b|\bintrek\w*|\bingetrokken|\bherroep\w*|\bwithdraw\w*|\brevok\w*"
               r"|\bgeen (?:\w+ )?(?:toestemming|consent) meer|\bno longer consent|\bkom\w*\b[^.?!]{0,30}\bop terug\b"
               r"|\bniet langer\b")
UNSUBSCRIBE = words("afmeld meld uitschrijv schrijf unsubscrib opt abmeld melden trag austrag abbestell desinscri desabonn disiscriv baja wypisa",
                  r"\bafmeld\w*|\bmeld\w* (?:me|mij|ons) (?:\w+ ){0,4}af\b|\buitschrijv\w*|\bschrijf\w* (?:me|mij|ons)"
                  r" (?:\w+ ){0,4}uit\b|\bunsubscrib\w*|\bopt(?:[- ]?(?:me|us))?[- ]out\b|\baf te melden\b|\buit te schrijven\b"
                  r"|\babmeld\w*|\babbestell\w*|\bdesinscri\w*|\bdesabonn\w*|\bdisiscriv\w*|\bde baja\b|\bwypisa\w*|\bmelden sie (?:mich|uns) (?:\w+ ){0,4}ab\b|\baustrag\w*|\btragen sie (?:mich|uns) (?:\w+ ){0,4}aus\b")
#: "Ik heb me afgemeld voor de nieuwsbrief maar krijg hem nog steeds": the unsubscribe asked again.
UNSUBSCRIBED = words(
    "afgemeld uitgeschreven unsubscribed opted abgemeldet",
    r"\bafgemeld\b|\buitgeschreven\b|\bunsubscribed\b|\bopted out\b|\babgemeldet\b",
)
# What an unsubscribe must name to object to direct marketing (lead's decision, docs/parsing-rights.md): a kind of
# mail we send. "Afmelden" of the robot, the service or a course is no right (policy).
MAIL_KIND = words("nieuwsbrie newsletter mailing verzendlijst reclame marketing aanbieding promoti advertis enquete "
                  "survey vragenlijst folder offer werbung umfrage mail bericht message",
                  r"\bnieuwsbrie\w*|\bnewsletter\w*|\bmailing\w*|\bverzendlijst\w*|\breclame\w*|\bmarketing\b"
                  r"|\baanbieding\w*|\bpromoti\w*|\badvertis\w*|\benquete\w*|\bsurveys?\b|\bvragenlijst\w*|\bfolders?\b"
                  r"|\boffers?\b|\bwerbung\b|\bumfrage\w*"
                  r"|\b(?:e?mails?|berichten|messages) (?:meer |more )?(?:van|from|of) (?:jullie|u|you|tinybots)\b"
                  r"|\b(?:jullie|uw|your|ihre\w*) (?:\w+ )?(?:e?mails?|berichten|messages)\b")
#: Research participation runs on consent: leaving it is withdrawing that consent.
RESEARCH = words("onderzoek research study studie pilot", r"\bonderzoek\w*|\bresearch\b|\bstud(?:y|ie)\b|\bpilot\b")
#: The writer asks for themselves: "meld mij af", "graag afmelden", "please unsubscribe".
WRITER_ASKS = pattern(r"\b(?:me|mij|mijzelf|ons|us|mich|uns|ik|i|we|wij|ich|graag|aub|alstublieft|alsjeblieft|please"
                      r"|bitte|verzoek\w*|request\w*|wil|wilt|willen|wens\w*|wants?|wish\w*|would like)\b")
#: A footer of bulk mail addresses the reader: "klik hier om u af te melden", "Wilt u geen uitnodigingen meer?",
#: "You are receiving this newsletter because ...", "Voorkeuren wijzigen".
READER_ADDRESSED = pattern(
    r"\bklik\w*|\bclick\w*|\bhier\b|\bhere\b|\b(?:u|je) (?:kunt|kan) (?:zich|u|je)\b|\byourself\b|\bmeld u\b|\bvoorkeuren\b|\bpreferences\b"
    r"|\b(?:u|je) ontvangt\b|\byou (?:are )?receiv\w*|\b(?:wilt|wil) (?:u|je|jij) geen\b|\bsie erhalten\b"
    r"|\bmeld je\b|\b(?:wilt|wil) (?:u|je|jij)\b[^.?!]{0,50}\bontvangen\b"
)
#: ... or names the mail itself ("Afmelden voor deze nieuwsbrief"): without a writer asking, that is a footer.
THIS_MAIL = pattern(READER_ADDRESSED.pattern, r"\b(?:deze|dit|this|these|diese\w*)\b")
#: "afmelden" of what is no mail: the robot, the service, a course, a relative's account.
UNSUBSCRIBE_SERVICE = pattern(
    BLOCKING.pattern.pattern,
    READER_ADDRESSED.pattern,
    EVENT.pattern,
    r"\btessa\b|\bhuur\w*|\bcontract\w*|\bdienst\w*|\bservice\b|\bonderzoek\w*|\bresearch\b",
)
STOP_COLLECTING = words("verzamel opne opname neemt delen deelt record collect shar film fotografe mee",
                      r"\b(?:niet langer|niet meer|stop\w*(?: met)?|no longer|don't|(?:wil|willen|wens\w*) niet)\b[^.?!]{0,40}\b(?:verzamel\w*"
                      r"|opne\w*|opname\w*|opgenomen|neemt|delen|deelt|record\w*|collect\w*|shar\w*|film\w*|fotografe\w*)\b"
                      r"|\bniet meer mee\b|\bno longer (?:participate|take part)")

#: "Mijn oude nummer werkt niet meer": the writer's old contact detail is dead; whether the file is to be corrected
#: is for a person (a help-desk mail often says it only to be called on the new one).
NO_LONGER_WORKS = words("werkt works work gebruik use opgezegd",
                      r"\bwerkt\w* niet meer\b|\bno longer works?\b|\bdoesn't work any ?more\b|\bniet meer in gebruik\b"
                      r"|\bno longer in use\b|\bopgezegd\b")
OLD_DETAIL = words("oude old vorige previous",
                 r"\b(?:oude|vorige|old|previous) (?:\w+ )?\w*(?:nummer|adres|number|address)\b")
#: "... maar dat kan ik zelf aanpassen", "I can change it myself", "heb ik zelf al gewijzigd": no request to us.
SELF_FIX = pattern(
    r"\b(?:kan|can|will|i'll|we'll|ga|gaan)\b(?: (?!niet\b|not\b|nie\b)\w+){0,4} (?:zelf|myself|ourselves)\b(?! niet\b)"
    r"|\b(?:pas|wijzig|verander|corrigeer|regel|verbeter)\w* (?:ik|we|wij) (?:\w+ ){0,2}zelf\b(?! niet\b)"
    r"|\b(?:zelf|myself|ourselves) (?:al |already )?(?:aangepast|gewijzigd|veranderd|verbeterd|gecorrigeerd|changed"
    r"|corrected|fixed|updated)\b"
)
#: ... and said without asking or giving the new one, it stays possible (NO_LONGER_WORKS), not confirmed.
ONLY_DEAD_DETAIL = re.compile(
    r"^(?!.*(?:\b(?:graag|wil|wilt|willen|kunt|kunnen|please|aanpass\w*|wijzig\w*|update|nieuwe?|new)\b"
    r"|\b(?:nu|now)\b:? ?[+(]?\d)).*\b(?:werkt\w* niet meer|no longer works?|doesn't work any ?more)\b"
)
RECTIFY_EXCLUDED = pattern(IN_A_MESSAGE.pattern, SELF_FIX.pattern, ONLY_DEAD_DETAIL.pattern)
#: "verbeteren" is also "improve": improving the software, the app, the service or its quality ("gesprekken gebruiken
#: om de software te verbeteren", "de verbetering van onze dienst") corrects no data. Only data is rectified.
_PRODUCT = (
    r"(?:software|apps?|dienst\w*|services?|product\w*|robots?|tessa|kwaliteit|quality|spraakherkenning|systee?m\w*"
    r"|algoritme\w*|model|modellen|functie\w*|functionaliteit\w*|ervaring|techniek|technologie|prestaties"
    r"|werking|gebruikservaring)"
)
IMPROVES_PRODUCT = pattern(
    rf"\b{_PRODUCT}\b(?: (?!mijn\b|haar\b|zijn\b|uw\b|onze\b|ons\b)\w+){{0,3}}? (?:te )?verbeter\w*"
    rf"|\bverbeter\w*(?: (?:van|aan|in))? (?:de |het |onze |ons |jullie |uw |hun |die |deze )?{_PRODUCT}\b"
)
# The writer stopped using the service ("I no longer use your Tessa service"): the writer is the subject of "use",
# so it is not an objection to the controller's use of the data.
WRITER_STOPPED_USING = pattern(
    r"\b(?:i|we)\b (?:\w+ )?(?:no longer|don't|never|stopped) (?:use|using)\b"
    r"|\b(?:ik|wij|we) gebruik\w*\b[^.?!]{0,40}\b(?:niet (?:meer|langer)|geen)\b"
)
STOP_USING_EXCLUDES = pattern(NOT_TEMPORARY_OR_UNABLE.pattern, WRITER_STOPPED_USING.pattern)
# Refusing to be profiled objects to it (Art. 21 "including profiling"); Art. 22 needs a decision (the rules below).
REFUSES = pattern(
    r"\b(?:wil\w*|want|wish|mag|mogen)\b[^.?!]{0,30}\b(?:niet|geen|not|no)\b"
    r"|\b(?:niet|not|don't)\b[^.?!]{0,20}\b(?:wil\w*|want)\b|\bstop\w*|\bgeen profil|\bno (?:more )?profil"
    r"|\bniet (?:mee )?akkoord|\bweiger\w*|\brefuse\b|\bverbied\w*|\bforbid\b"
)
# "niet langer bewaard dan nodig" states the storage-limitation principle: a retention wish, not a deletion.
RETENTION_LIMIT = pattern(
    r"\blanger\b[^.?!]{0,60}\bdan (?:strikt |echt |absoluut )?(?:nodig|noodzakelijk)\b"
    r"|\blonger than (?:\w+ )?(?:necessary|needed|required)\b"
)
# "welke gegevens de robot naar jullie stuurt" asks what is collected (information); "welke gegevens jullie van mij
# hebben" asks for the data held about the writer (access): only without such a person does the collecting verb decide.
WHAT_IS_COLLECTED = pattern(
    r"^(?!.*\b(?:over|van|about|on|from) (?:mij|me|haar|hem|her|him|ons|us)\b).*?\b(?:welke|wat voor) (?:\w+ )?"
    r"gegevens\b[^.?!]{0,40}\b(?:stuurt|sturen|verstuurt|verzamel\w*|opneemt|registreert|registreren|doorgeeft"
    r"|doorgeven|meet|meten)\b"
)
SENT_BY_OTHERS = pattern(WRITER_SENDS.pattern, WHAT_IS_COLLECTED.pattern)  # the writer or the robot sends, not us

RULES: tuple[Rule, ...] = (
    Rule(Right.ACCESS, ACCESS_NOUNS, OBJ_ACCESS, questions=True),
    Rule(Right.ACCESS, ACCESS_EN, OBJ_DATA, questions=True, excludes=WHO_HAS_ACCESS),
    Rule(Right.ACCESS, ACCESS_VERBS, OBJ_ACCESS, needs_request=True, excludes=SENT_BY_OTHERS),
    Rule(Right.ACCESS, ACCESS_WHAT, OBJ_ACCESS, questions=True, excludes=WHAT_IS_COLLECTED),
    Rule(Right.ACCESS, ACCESS_WHAT_EN, questions=True),
    Rule(Right.ACCESS, ACCESS_ANCHOR),
    Rule(Right.RECTIFICATION, RECTIFY, OBJ_RECTIFY, excludes=RECTIFY_EXCLUDED, other_sense=IMPROVES_PRODUCT),
    Rule(Right.RECTIFICATION, RECTIFY_ANCHOR),
    # "fix" only with its object in the sentence: "please fix this" after a leak report asks to end the leak
    Rule(Right.RECTIFICATION, words("fix", r"\bfix\b"), OBJ_RECTIFY, requires=pattern(DATA, PERSON), excludes=SELF_FIX),
    Rule(Right.ERASURE, ERASE, OBJ_ERASE, excludes=DEVICE_RESET),
    Rule(Right.ERASURE, ERASED, OBJ_ERASE, requires=WANTS),
    # "niet verder gebruikt, alleen bewaart": the writer wants the data kept (a restriction), not deleted
    Rule(Right.ERASURE, DO_NOT_KEEP, OBJ_ERASE, negatable=False, excludes=pattern(
        RETENTION_LIMIT.pattern, r"\b(?:alleen|slechts|only|just) (?:\w+ )?(?:bewaar\w*|opslaan|keep|store|retain)\b")),
    Rule(Right.ERASURE, ERASE_ANCHOR),
    Rule(Right.RESTRICTION, RESTRICT, OBJ_RESTRICT),
    Rule(Right.RESTRICTION, STOP_USING, OBJ_DATA, negatable=False, requires=KEEP_OR_TEMPORARY,
          excludes=OWN_INABILITY),
    Rule(Right.RESTRICTION, STOP_USING, None, negatable=False, requires=KEEP_BUT_STOP),
    Rule(Right.OBJECTION, OBJECT_TO, OBJ_PROCESSING),
    Rule(Right.OBJECTION, DISAGREE_WITH, OBJ_PROCESSING),
    Rule(Right.OBJECTION, STOP_USING, OBJ_DATA, negatable=False, excludes=STOP_USING_EXCLUDES),
    Rule(Right.OBJECTION, NO_MARKETING, negatable=False, excludes=READER_ADDRESSED),
    Rule(Right.OBJECTION, UNSUBSCRIBE, MAIL_KIND, requires=WRITER_ASKS, excludes=READER_ADDRESSED, blocked_by=None),
    Rule(Right.OBJECTION, UNSUBSCRIBED, MAIL_KIND, requires=WRITER_ASKS, excludes=READER_ADDRESSED, blocked_by=None),
    Rule(Right.PORTABILITY, PORTABILITY_ANCHOR),
    Rule(Right.PORTABILITY, TRANSFER, OBJ_DATA),
    Rule(Right.AUTOMATED_DECISION, ADM_ANCHOR, negatable=False, questions=True),
    Rule(Right.OBJECTION, PROFILING, negatable=False, requires=REFUSES),
    Rule(Right.AUTOMATED_DECISION, AUTOMATION, DECISION, negatable=False, questions=True,
          excludes=WRITER_DECIDED),
    Rule(Right.AUTOMATED_DECISION, HUMAN_REVIEW, DECISION, negatable=False, questions=True),
    Rule(Right.CONSENT_WITHDRAWAL, WITHDRAW, TOESTEMMING, negatable=False),
    Rule(Right.CONSENT_WITHDRAWAL, UNSUBSCRIBE, RESEARCH, requires=WRITER_ASKS, excludes=READER_ADDRESSED,
         blocked_by=None),
    Rule(Right.CONSENT_WITHDRAWAL, STOP_COLLECTING, OBJ_CONSENT_SCOPE, negatable=False, blocked_by=None),
    # For a person: an unsubscribe of a kind of mail that nobody asks ("Nieuwsbrief afmelden" as a subject), one that
    # names no kind of mail ("please unsubscribe me"), an old contact detail that "no longer works".
    Rule(Right.OBJECTION, UNSUBSCRIBE, MAIL_KIND, excludes=THIS_MAIL, blocked_by=None, possible=True),
    Rule(Right.OBJECTION, UNSUBSCRIBE, requires=WRITER_ASKS, excludes=UNSUBSCRIBE_SERVICE, possible=True),
    Rule(Right.RECTIFICATION, NO_LONGER_WORKS, OLD_DETAIL, possible=True),
)
# fmt: on
