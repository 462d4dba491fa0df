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
# legal deadline, and staff must be able to read why a mail was routed. The rules are data in this module.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from parsers.model import Flag, Right


def _split(words: str) -> list[str]:
    """Word lists are written as one string, the way they read in the research notes."""
    return words.split()


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: used as a cache key per sentence
class _Words:
    """A vocabulary regex behind a substring gate: the regex runs only when one of its stems occurs.

    Python's regex engine tries every branch of a long alternation at every position; the `in` test on a
    handful of stems is C-speed, so everyday mail that mentions none of the stems costs next to nothing.
    """

    stems: tuple[str, ...]
    pattern: re.Pattern[str]

    def may_occur(self, text: str) -> bool:
        return any(stem in text for stem in self.stems)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_occur(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if any(stem in text for stem in self.stems) else iter(())


def _w(stems: str, *patterns: str) -> _Words:
    """Stems are separated by spaces, or by "|" when a stem itself has a space."""
    separated = stems.split("|") if "|" in stems else stems.split()
    return _Words(tuple(stem for stem in separated if stem), _compile(*patterns))


def _compile(*patterns: str) -> re.Pattern[str]:
    """One regex from alternatives; the word-initial ones share a single leading \\b.

    With one \\b in front the engine only tries the branches at word starts instead of at every character,
    which makes the vocabularies about seven times faster on real text (measured).
    """
    branches = [branch for pattern in patterns for branch in _top_level_branches(pattern)]
    bounded = [branch[2:] for branch in branches if branch.startswith(r"\b")]
    other = [branch for branch in branches if not branch.startswith(r"\b")]
    joined = ([rf"\b(?:{'|'.join(bounded)})"] if bounded else []) + other
    return re.compile("|".join(joined))


def _top_level_branches(pattern: str) -> list[str]:
    branches: list[str] = []
    depth, start, index = 0, 0, 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    return branches


# ---- objects: what a cue acts on ----------------------------------------------------------------------------
_DATA = (
    r"\b(?!inlog|login|wifi|wachtwoord)\w*?gegevens\b(?! van (?:de|het|mijn) (?:wifi|router|app|netwerk|tablet))"
    r"|\b(?<!mobiele )(?<!mobile )data\b(?! ?(?:sheet|blad|bundel|abonnement|verbinding|limiet|plan|usage|connection))"
    r"|\bdossier|\bpersonal (?:data|details|information)|\bdetails\b|\brecords?\b|\bon file\b"
    r"|\bopname|\bbeelden\b|\bcamerabeelden|\bgeluid|\brecordings?\b|\baudio\b|\bvideo|\bgesprekken\b"
    r"|\blog(?:bestanden|s)\b|\bcorrespondentie\b|\bcontactpersonen\b"
    r"|\binformati(?:e|on) (?:over|about|on|you hold|you have|die u|die jullie)\b"
)
_DATA_STEMS = "gegevens data dossier personal details record file opname beelden geluid audio video gesprek log correspondentie contactpersonen informati"
_PERSON = (
    r"\b(?:achter|voor)naam\b|\b(?:mijn|haar|zijn|uw|my|her|his|your) (?:\w+ )?(?:naam|name)\b|\bgeboortedatum"
    r"|\b(?:woon|e?mail|post)?adres\b|\btelefoonnummer|\bcontactpersoon\b|\bdate of birth\b|\b(?:email )?address\b"
    r"|\bphone number\b|\bbirthday\b"
)
_PERSON_STEMS = "naam name geboortedatum adres telefoonnummer contactpersoon birth address phone birthday"
_SCOPE = r"\balles\b|\beverything\b|\biets van mij|\b(?:over|van|about|on) (?:mij|me)\b"
_SCOPE_STEMS = "alles everything mij me"
_ACCOUNT = r"\b(?:klant)?profiel\b|\baccount\b|\bprofile\b"
_OBJ_ERASE = _w(
    f"{_DATA_STEMS} {_PERSON_STEMS} {_SCOPE_STEMS} profiel account profile", _DATA, _PERSON, _SCOPE, _ACCOUNT
)
_OBJ_ACCESS = _w(f"{_DATA_STEMS} {_SCOPE_STEMS} profiel account profile", _DATA, _SCOPE, _ACCOUNT)
_OBJ_RECTIFY = _w(f"{_DATA_STEMS} {_PERSON_STEMS}", _DATA, _PERSON)
_OBJ_DATA = _w(_DATA_STEMS, _DATA)
_OBJ_RESTRICT = _w(f"{_DATA_STEMS} verwerking processing", _DATA, r"\bverwerking\b|\bprocessing\b")
_OBJ_PROCESSING = _w(
    f"{_DATA_STEMS} verwerking processing profil marketing reclame onderzoek research gebruik delen sharing",
    _DATA,
    r"\bverwerking\b|\bprocessing\b|\bprofil|\bgeprofileerd|\bmarketing|\breclame\b|\bonderzoek\b|\bresearch\b"
    r"|\bgebruik van\b|\bdelen van\b|\bsharing\b",
)
_OBJ_CONSENT_SCOPE = _w(
    f"{_DATA_STEMS} onderzoek research pilot study locatie location mij me mijn haar hem my her him",
    _DATA,
    r"\bonderzoek\b|\bresearch\b|\bpilot\b|\bstudy\b|\blocatie\b|\blocation\b"
    r"|\b(?:mij|me|haar|hem|her|him)\b|\b(?:mijn|my) (?:moeder|vader|man|vrouw|partner|mother|father|husband|wife)\b",
)
_TOESTEMMING = _w("toestemming consent instemming", r"\btoestemming\b|\bconsent\b|\binstemming\b")
_DECISION = _w(
    "beslui beslis beslot afgewezen afwijzing stopgezet aangemerkt geblokkeerd decision decided rejected refused flagged suspended risico risk",
    r"\bbesluit|\bbeslis|\bbesloten\b|\bafgewezen\b|\bafwijzing|\bstopgezet|\baangemerkt|\bgeblokkeerd"
    r"|\bdecision|\bdecided\b|\brejected\b|\brefused\b|\bflagged\b|\bsuspended\b|\brisico|\brisk\b",
)
# A robot feature or a commercial object in the cue's clause: the mail is about the product, not about data.
_BLOCKING = _w(
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
_NEGATION = _compile(r"\b(?:niet|geen|nooit|not|don't|doesn't|never|no)\b")
_REQUEST = _compile(
    r"\b(?:graag|wil|wilt|willen|wens\w*|verzoek\w*|vraag|kunt|kan|kunnen|zou|zoudt|mag|please|would|could"
    r"|can|want|like|request\w*|ask\w*|aub|alstublieft|alsjeblieft|eis\w*)\b"
)
_POLITE_QUESTION = _compile(
    r"^\W*(?:kunt|kan|kunnen|wilt|wil|willen|zou|zoudt|zouden|mag|can|could|would|will|may|please)\b"
    r"|\b(?:kunt|kan|wilt|wil|zou|zoudt|kunnen|willen|mag|can|could|would|will) (?:je|u|jij|jullie|you)\b"
    r"|\b(?:graag|alstublieft|aub|please)\b"
)
_HYPOTHETICAL = _compile(
    r"\b(?:als|indien|wanneer|zodra|mocht|mochten)\s+(?:ik|u|je|jij|we|wij|jullie|de|het|mijn|er|zij|hij|ze)\b"
    r"|\bstel dat\b|\b(?:if|when|once|in case|suppose)\b"
)
_HOW_TO = _compile(
    r"\b(?:hoe|waar)\b (?:\w+ ){0,2}(?:ik|we|wij)\b|\bhow (?:do|can|should|would) (?:i|we)\b|\bhow to\b"
    r"|\bwhere can i\b|\bis (?:het|er) mogelijk\b"
)
# "u heeft recht op inzage": our own footer or a pasted privacy statement, not the writer's request.
_RIGHTS_STATEMENT = _w(
    "recht right verzoek request klacht complaint beroep",
    r"\b(?:u heeft|u hebt|je hebt|jij hebt|you have|heeft u|you've got) (?:\w+ ){0,2}(?:recht|right)"
    r"|\b(?:uw|je|your) rechten\b|\byour rights\b|\b(?:u kunt|je kunt|you can|you may) (?:\w+ ){0,6}"
    r"(?:verzoek|request|klacht|complaint|beroep)",
)
_ANAPHOR = _compile(r"\b(?:die|deze|ze|dat|dit|it|them|those|this|that)\b")
_KEEP_OR_TEMPORARY = _compile(
    r"\b(?:voorlopig|tijdelijk|even|totdat|tot|zolang|until|while|pending|for now|temporarily|bewaar\w*|keep"
    r"|niet verwijder\w*|don't delete|without deleting|juridische|legal claim)\b|\bzonder\b.{0,40}\bweg"
)
_KEEP_BUT_STOP = _compile(
    r"\bniet verwijder\w*|\bdon't delete|\bwithout deleting|\bzonder\b.{0,40}\bweg|\bbewaar\w*\b.{0,40}\bmaar\b"
    r"|\bkeep\b.{0,40}\bbut\b"
)
_OWN_INABILITY = _compile(
    r"\bik (?:kan|kon)\b|\b(?:i|we) (?:can't|cannot|can no longer)\b|\blukt\b|\bunable\b"
)
_NOT_TEMPORARY_OR_UNABLE = _compile(f"{_KEEP_OR_TEMPORARY.pattern}|{_OWN_INABILITY.pattern}")
_WRITER_DECIDED = _compile(
    r"\b(?:ik|wij|we|i)\b (?:\w+ )?(?:heb|hebben|have)? ?(?:besloten|beslist|decided)\b"
)
# "U heeft mijn naam verkeerd gespeld in uw mail": a slip in one message, not in the stored data (§1.3 row 32).
_IN_A_MESSAGE = _compile(
    r"\bin (?:uw|jullie|je|de|het|your|the|this) (?:e?mail|brief|bericht|antwoord|message|letter|reply)\b"
)
_WRITER_SENDS = _compile(
    r"\b(?:ik|wij|we|i)\b (?:\w+ ){0,2}(?:stuur|zend|mail|send)\w*|\bhierbij (?:stuur|mijn)\b"
)
_WANTS = _compile(r"\b(?:wil|willen|wens|graag|verzoek|eis|want|like|please|request)\w*\b")
_EVENT = _compile(r"\b(?:cursus|webinar|workshop|training|evenement|event|bijeenkomst|lezing|course)\b")


@dataclass(frozen=True, slots=True)
class _Rule:
    """A request cue and what must (or must not) surround it in its sentence."""

    right: Right
    cue: _Words
    objects: _Words | None = None  # None: the cue names its object itself (an anchor)
    negatable: bool = True  # a negation before the cue in its clause cancels it
    questions: bool = False  # also a request when asked as a plain question ("wat weten jullie van mij?")
    needs_request: bool = False  # a weak verb ("sturen", "see") counts only in a request or an imperative
    requires: re.Pattern[str] | None = None  # must also occur in the sentence
    excludes: re.Pattern[str] | None = None  # must not occur in the sentence
    #: Product and commercial words that make the cue's clause about the product; None where the robot itself
    #: is what the writer objects to ("ik wil niet dat de robot mijn moeder filmt").
    blocked_by: _Words | None = _BLOCKING


_STOP_USING = _w(
    "gebruik verwerk doen analy use using process",
    r"\b(?:niet meer|niks meer|niets meer|niet langer|no longer|stop\w*(?: met)?|don't|niet)\b[^.?!]{0,60}?"
    r"\b(?:gebruik\w*|verwerk\w*|doen met|analy\w*|use|used|using|process\w*)\b"
    r"|\b(?:gebruik\w*|verwerk\w*)\b[^.?!]{0,40}?\b(?:niet meer|niet langer|verder niet|niet)\b",
)
# fmt: off
_ACCESS_NOUNS = _w("inzage inzien kopie afschrift overzicht opvra vraag copy",
                   r"\binzage\w*|\binzien\b|\bkopie\b|\bafschrift|\boverzicht\b|\bopvra\w*|\bvraag\b[^.?!]{0,60}\bop\b"
                   r"|\bcopy\b")
# "access" needs data itself: "access to my account" is a login or sharing question.
_ACCESS_EN = _w("access", r"\baccess\b")
_WHO_HAS_ACCESS = _compile(r"\bwho\b[^.?!]{0,20}\baccess\b")  # a question about the processing: information
_ACCESS_VERBS = _w("stuur sturen ontvangen krijgen send receive see view provide give",
                   r"\b(?:toe ?)?(?:stuur\w*|sturen)\b|\bontvangen\b|\bkrijgen\b|\bsend\b|\breceive\b|\bsee\b"
                   r"|\bview\b|\bprovide\b|\bgive me\b")
_ACCESS_WHAT = _w("weten weet welke wat",
                  r"\bweten (?:welke|wat)\b|\bwat (?:weten|weet) (?:jullie|u)\b|\bwelke (?:\w+ )?gegevens\b[^.?!]{0,40}"
                  r"\b(?:hebben|heeft|hebt|bewaar\w*|verwerk\w*|opgeslagen|vastgelegd|bekend)\b"
                  r"|\bwat (?:er )?(?:allemaal )?(?:over|van) (?:mij|me|haar|hem)\b")
_ACCESS_WHAT_EN = _w("what", r"\bwhat (?:personal )?(?:data|information|details|info) (?:do |does )?you (?:have|hold|store"
                             r"|keep)|\bwhat do you (?:have|hold|know|store|keep) (?:on|about) (?:me|my)\b")
_ACCESS_ANCHOR = _w("inzage sar access", r"\binzageverzoek|\b(?:subject |data )?access request|\bd?sar\b"
                                         r"|\bright of access|\brecht op inzage")
_RECTIFY = _w("corrig correct verbeter aanpas pas wijzig veranderd verander klopt kloppen onjuist verkeerd fout "
              "rectif wrong inaccurate incorrect out of date outdated update change aanvul vul complete oude old",
              r"\bcorrig\w*|\bcorrectie|\bverbeter\w*|\baanpass\w*|\bpas\b[^.?!]{0,40}\baan\b|\bwijzig\w*|\bgewijzigd"
              r"|\bveranderd|\bverander\w*|\bklopt\b[^.?!]{0,20}\bniet|\bkloppen\b[^.?!]{0,20}\bniet|\bonjuist"
              r"|\bverkeerd\w*|\bfout\w*|\brectific\w*|\brectify|\bcorrect\b|\bcorrection|\bwrong\b|\binaccurate"
              r"|\bincorrect|\bout of date|\boutdated|\bupdate\b|\bchange\b|\bchanged\b|\baanvul\w*"
              r"|\bvul\w*\b[^.?!]{0,40}\baan\b|\bcomplete (?:my|her|his)\b|\boude (?:\w+)?(?:adres|nummer|naam)\b"
              r"|\bold (?:\w+ )?(?:address|number|name)\b")
_RECTIFY_ANCHOR = _w("rectificatie correctie verbetering rectification",
                     r"\brecht op (?:rectificatie|correctie|verbetering)|\bright to rectification"
                     r"|\brectificatieverzoek|\brectification request")
_ERASE = _w("verwijder wis weg gooi haal vernietig delete erase remove wipe destroy purge schrappen rid dispose deletion removal",
            r"\bverwijder(?:en|t)?\b|\bverwijderd(?= (?:u|jullie|je)\b)|\bverwijdering\b|\bwis\b|\bwissen\b"
            r"|\bwissing|\bweg ?(?:te )?(?:gooien|halen|doen)\b|\bgooi\w*\b[^.?!]{0,40}\bweg\b"
            r"|\bhaal\w*\b[^.?!]{0,40}\b(?:weg|uit)\b|\bvernietig\w*|\bdelete\b|\berase\b|\bremove\b|\bwipe\b"
            r"|\bdestroy\b|\bpurge\b|\bschrappen\b|\bget rid of\b|\bdispose of\b|\bdeletion\b|\berasure\b|\bremoval\b")
_ERASED = _w("verwijderd gewist vernietigd weggehaald deleted erased removed wiped",
             r"\b(?:verwijderd|gewist|vernietigd|weggehaald|deleted|erased|removed|wiped)\b")
_DO_NOT_KEEP = _w("bewaar opslaan keep store retain",
                  r"\b(?:niet|geen|nooit|no longer|don't|nothing)\b[^.?!]{0,30}\b(?:bewaar\w*|opslaan|keep|store"
                  r"|retain)\b")
_ERASE_ANCHOR = _w("uit vergeten forgotten erasure deletion verwijder gegevenswissing vergetelheid",
                   r"\buit (?:jullie|uw|je|al uw|al jullie) \w*(?:systeem|systemen|bestand|database|administratie"
                   r"|registratie)|\bvergeten (?:te )?worden|\bforgotten\b|\bright to erasure"
                   r"|\brecht op (?:verwijdering|gegevenswissing|vergetelheid)|\bverwijder(?:ings)?verzoek"
                   r"|\b(?:erasure|deletion) request|\brequest for (?:erasure|deletion)")
_RESTRICT = _w("beperk restrict bevriez bevroren freeze frozen slot hold blokkeer stil stop opschort suspend pauze pause",
               r"\bbeperk\w*|\brestrict\w*|\bbevriez\w*|\bbevroren|\bfreeze\b|\bfrozen\b|\bop slot\b|\bon hold\b"
               r"|\bblokkeer\w*\b[^.?!]{0,40}\bverwerking|\bstil ?(?:zetten|leggen|gezet)\b|\bzet\b[^.?!]{0,50}"
               r"\bstil\b|\bstop ?(?:zetten|gezet)\b|\bzet\b[^.?!]{0,50}\bstop\b|\bopschort\w*|\bsuspend\w*|\bpauzer\w*|\bpause\b")
_OBJECT_TO = _w("bezwaar verzet object akkoord disagree",
                r"\bbezwaar\b|\bverzet\b|\bobject(?:s|ing|ion)?\b|\bniet (?:mee )?akkoord|\bdisagree")
_NO_MARKETING = _w("reclame nieuwsbrie aanbieding marketing promoti advertis mailing verzendlijst verzet bezwaar object offer sales",
                   r"\b(?:niet meer|geen|stop\w*|no more|don't)\b[^.?!]{0,40}\b(?:reclame|nieuwsbrie\w*|aanbieding\w*"
                   r"|marketing|promoti\w*|advertis\w*|mailings?|offers?|sales calls?)\b|\b(?:haal|verwijder|schrap|take|remove)\w*\b"
                   r"[^.?!]{0,30}\b(?:mailinglijst|verzendlijst|mailing ?list|marketing list)"
                   r"|\brecht (?:van|op) (?:verzet|bezwaar)|\bright to object")
_PORTABILITY_ANCHOR = _w("portabiliteit overdraagbaarheid portability machine",
                         r"\b(?:data)?portabiliteit|\b\w*overdraagbaarheid|\bportability|\bmachine ?leesba\w*"
                         r"|\bmachine[- ]readable")
_TRANSFER = _w("overdra overdracht mee export transfer door bestand file csv json xml excel spreadsheet aanbieder "
               "leverancier systeem elders provider",
               r"\boverdra\w*|\boverdracht\b|\bmeenemen\b|\bneem\w*\b[^.?!]{0,30}\bmee\b|\bexporte\w*|\bexport\b"
               r"|\btransfer\w*|\bdoorsturen|\bstuur\w*\b[^.?!]{0,60}\bdoor\b|\b(?:in|als) (?:een )?(?:\w+ )?"
               r"(?:bestand|file)\b|\b(?:csv|json|xml|excel|spreadsheet)\b|\b(?:andere|nieuwe) \w*(?:aanbieder"
               r"|leverancier|systeem)\b|\belders\b|\b(?:other|new) (?:care )?provider|\bswitching providers")
_ADM_ANCHOR = _w("geautomatiseerd automated automatic logica logic",
                 r"\bgeautomatiseerde? (?:besluit|beslis)\w*|\bautomated decision|\bautomatic decision"
                 r"|\bonderliggende logica|\blogic (?:behind|involved)")
# Profiling is Art. 22 on its own ("ik wil niet geprofileerd worden"), Art. 21 when objected to ("bezwaar tegen
# profilering"): the objection rule covers the second, so this one stands back there.
_PROFILING = _w("profil geprofileerd", r"\bprofil\w*|\bgeprofileerd")
_OBJECTING = _compile(r"\bbezwaar\b|\bverzet\b|\bobject(?:s|ing)?\b")
_AUTOMATION = _w("systeem computer algoritme automat geautomatiseerd system algorithm",
                 r"\b(?:systeem|computer|algoritme|automatisch\w*|geautomatiseerd\w*|system|algorithm|automatic\w*)\b")
_HUMAN_REVIEW = _w("menselijk mens medewerker handmatig manually human aanvecht contest",
                   r"\bmenselijke\b|\b(?:echt )?mens\b|\bmedewerker\b[^.?!]{0,40}\bkijk\w*|\bhandmatig|\bmanually\b"
                   r"|\bhuman\b|\baanvecht\w*|\bcontest\b")
_WITHDRAW = _w("trek intrek ingetrokken herroep withdraw revok meer consent terug langer",
               r"\btrek\w*\b|\bintrek\w*|\bingetrokken|\bherroep\w*|\bwithdraw\w*|\brevok\w*"
               r"|\bgeen (?:\w+ )?(?:toestemming|consent) meer|\bno longer consent|\bkom\w*\b[^.?!]{0,30}\bop terug\b"
               r"|\bniet langer\b")
_UNSUBSCRIBE = _w("afmeld meld uitschrijv schrijf unsubscrib opt",
                  r"\bafmeld\w*|\bmeld\w* (?:me|mij|ons) (?:\w+ ){0,4}af\b|\buitschrijv\w*|\bschrijf\w* (?:me|mij|ons)"
                  r" (?:\w+ ){0,4}uit\b|\bunsubscrib\w*|\bopt(?:[- ]?(?:me|us))?[- ]out\b")
_STOP_COLLECTING = _w("verzamel opne opname neemt delen deelt record collect shar film fotografe mee",
                      r"\b(?:niet langer|niet meer|stop\w*(?: met)?|no longer|don't|(?:wil|willen|wens\w*) niet)\b[^.?!]{0,40}\b(?:verzamel\w*"
                      r"|opne\w*|opname\w*|opgenomen|neemt|delen|deelt|record\w*|collect\w*|shar\w*|film\w*|fotografe\w*)\b"
                      r"|\bniet meer mee\b|\bno longer (?:participate|take part)")

_RULES: tuple[_Rule, ...] = (
    _Rule(Right.ACCESS, _ACCESS_NOUNS, _OBJ_ACCESS, questions=True),
    _Rule(Right.ACCESS, _ACCESS_EN, _OBJ_DATA, questions=True, excludes=_WHO_HAS_ACCESS),
    _Rule(Right.ACCESS, _ACCESS_VERBS, _OBJ_ACCESS, needs_request=True, excludes=_WRITER_SENDS),
    _Rule(Right.ACCESS, _ACCESS_WHAT, _OBJ_ACCESS, questions=True),
    _Rule(Right.ACCESS, _ACCESS_WHAT_EN, questions=True),
    _Rule(Right.ACCESS, _ACCESS_ANCHOR),
    _Rule(Right.RECTIFICATION, _RECTIFY, _OBJ_RECTIFY, excludes=_IN_A_MESSAGE),
    _Rule(Right.RECTIFICATION, _RECTIFY_ANCHOR),
    _Rule(Right.ERASURE, _ERASE, _OBJ_ERASE),
    _Rule(Right.ERASURE, _ERASED, _OBJ_ERASE, requires=_WANTS),
    _Rule(Right.ERASURE, _DO_NOT_KEEP, _OBJ_ERASE, negatable=False),
    _Rule(Right.ERASURE, _ERASE_ANCHOR),
    _Rule(Right.RESTRICTION, _RESTRICT, _OBJ_RESTRICT),
    _Rule(Right.RESTRICTION, _STOP_USING, _OBJ_DATA, negatable=False, requires=_KEEP_OR_TEMPORARY,
          excludes=_OWN_INABILITY),
    _Rule(Right.RESTRICTION, _STOP_USING, None, negatable=False, requires=_KEEP_BUT_STOP),
    _Rule(Right.OBJECTION, _OBJECT_TO, _OBJ_PROCESSING),
    _Rule(Right.OBJECTION, _STOP_USING, _OBJ_DATA, negatable=False, excludes=_NOT_TEMPORARY_OR_UNABLE),
    _Rule(Right.OBJECTION, _NO_MARKETING, negatable=False),
    _Rule(Right.PORTABILITY, _PORTABILITY_ANCHOR),
    _Rule(Right.PORTABILITY, _TRANSFER, _OBJ_DATA),
    _Rule(Right.AUTOMATED_DECISION, _ADM_ANCHOR, negatable=False, questions=True),
    _Rule(Right.AUTOMATED_DECISION, _PROFILING, negatable=False, questions=True, excludes=_OBJECTING),
    _Rule(Right.AUTOMATED_DECISION, _AUTOMATION, _DECISION, negatable=False, questions=True,
          excludes=_WRITER_DECIDED),
    _Rule(Right.AUTOMATED_DECISION, _HUMAN_REVIEW, _DECISION, negatable=False, questions=True),
    _Rule(Right.CONSENT_WITHDRAWAL, _WITHDRAW, _TOESTEMMING, negatable=False),
    _Rule(Right.CONSENT_WITHDRAWAL, _UNSUBSCRIBE, negatable=False, excludes=_EVENT),
    _Rule(Right.CONSENT_WITHDRAWAL, _STOP_COLLECTING, _OBJ_CONSENT_SCOPE, negatable=False, blocked_by=None),
)
# fmt: on
_ARTICLE_RIGHT = {
    "15": Right.ACCESS,
    "16": Right.RECTIFICATION,
    "17": Right.ERASURE,
    "18": Right.RESTRICTION,
    "20": Right.PORTABILITY,
    "21": Right.OBJECTION,
    "22": Right.AUTOMATED_DECISION,
    "7": Right.CONSENT_WITHDRAWAL,
}
_ARTICLE = _w(
    "artikel article",
    r"\bartikel (\d{1,2})(?: lid \d)?(?: van de)? (?:u?avg|gdpr)\b|\barticle (\d{1,2})(?:\(\d\))?(?: of the)?"
    r" (?:u?avg|gdpr)\b|\b(?:u?avg|gdpr) (?:artikel|article) (\d{1,2})\b",
)

# ---- information questions ----------------------------------------------------------------------------------
_INFO_TOPIC = _w(
    "privacy functionaris protection dpo grondslag rechtsgrond basis bewaartermijn retention luister kijk eu "
    "europese european komt komen kom where",
    r"\bprivacy ?(?:verklaring|statement|policy|beleid|reglement)|\bfunctionaris (?:voor (?:de )?)?"
    r"gegevensbescherming|\bdata protection officer|\bdpo\b|\bgrondslag|\brechtsgrond|\b(?:legal|lawful) basis"
    r"|\bbewaartermijn|\bretention period|\bluister\w*\b[^.?!]{0,20}\bmee\b|\bmeeluister\w*"
    r"|\bbuiten de (?:eu|europese unie)|\boutside (?:the )?(?:eu|european)"
    r"|\bhoe (?:komt u|komen jullie|kom je)\b[^.?!]{0,30}\baan\b|\bwhere did you get\b",
)
_PROCESSING = _w(
    "doe do deel delen shar bewaar opgeslagen opslaan slaat stor keep kept retain verwerk process door geeft "
    "verzamel collect opgenomen opneemt neemt record gestuurd verstuurd sent transfer vastleg legt gebruik use "
    "verko sell sold verwijderd gewist deleted access toegang meekijk inzien gebeur happen",
    r"\baccess\b|\btoegang\b|\bmeekijk\w*|\binzien\b|\bgebeur\w* (?:er )?met\b|\bhappens? (?:to|with)\b|\bdoen met\b|\bdoe\w*\b[^.?!]{0,30}\bmet\b|\bdo with\b|\bdeel\w*|\bdelen\b|\bshar\w*|\bbewaar\w*"
    r"|\bopgeslagen\b|\bopslaan\b|\bslaat\b[^.?!]{0,20}\bop\b|\bstor\w*|\bkeep\b|\bkept\b|\bretain\w*"
    r"|\bverwerk\w*|\bprocess\w*|\bdoor ?(?:te )?geven|\bgeeft\b[^.?!]{0,30}\bdoor\b|\bdoorgegeven|\bverzamel\w*"
    r"|\bcollect\w*|\bopgenomen|\bopneemt|\bneemt\b[^.?!]{0,20}\bop\b|\brecord\w*|\bgestuurd|\bverstuurd"
    r"|\bsent\b|\btransfer\w*|\bvastleg\w*|\bvastgelegd|\blegt\b[^.?!]{0,20}\bvast\b|\bgebruik\w*|\buse[ds]?\b"
    r"|\bverko\w*|\bsell\b|\bsold\b|\bverwijderd\b|\bgewist\b|\bdeleted\b",
)
_TELL_ME = _compile(r"\b(?:vertel\w*|uitleg\w*|uitleggen|laten weten|informeren|tell|explain|let me know)\b")
_WANTS_TO_KNOW = _compile(r"\b(?:weten|vraag me af|benieuwd|would like to know|want to know|wonder\w*)\b")
_INFO_OBJECT = _w(
    f"{_DATA_STEMS} {_PERSON_STEMS} camera microfoon meeluister mij me mijn my haar hem her him",
    _DATA,
    _PERSON,
    r"\bcamera\w*|\bmicrofoon|\bmeeluister\w*|\b(?:over|van|about|of) (?:mij|me|mijn|my|haar|hem|her|him)\b",
)

# ---- flags --------------------------------------------------------------------------------------------------
_AUTHORITY = _w(
    "autoriteit college cbp waakhond toezichthouder authority regulator commissioner ico dpa",
    r"\bautoriteit persoonsgegevens|\bcollege bescherming persoonsgegevens|\bcbp\b|\bprivacywaakhond"
    r"|\btoezichthouder|\bdata protection authority|\bsupervisory authority|\bregulator\b"
    r"|\binformation commissioner|\bico\b|\bdpa\b",
)
_COMPLAINT_ACT = _compile(
    r"\bklacht\w*|\bklaag\w*|\bbeklag|\bmeld\w*|\bingeschakeld|\binschakel\w*|\bschakel\w*|\bvoorleggen"
    r"|\bleg\w*\b[^.?!]{0,30}\bvoor\b|\bstap\w*\b|\bga\b|\bgaan\b|\bnaar de\b|\baangifte|\breport\w*|\bcomplain\w*"
    r"|\bescalat\w*|\bfile\b|\bfiling\b|\bcontact\w*|\binformeren|\binlichten|\bwend\w*"
)
_PRIVACY_COMPLAINT = (
    _w(
        "klacht klagen complain",
        r"\bprivacyklacht|\b(?:klacht\w*|klagen|complain\w*)\b[^.?!]{0,80}"
        r"(?:gegevens\b|\bdata\b|\bprivacy)",
    ),
    _w(
        "schending geschonden strijd overtred violat breach breaking juridische",
        r"\b(?:schending|geschonden|in strijd met|overtreding|overtreedt|violat\w*|breach of|breaking)\b"
        r"[^.?!]{0,40}\b(?:u?avg|gdpr|privacy\w*)|\b(?:avg|gdpr|privacy)[- ]?(?:violation|schending|overtreding)"
        r"|\bjuridische stappen\b[^.?!]{0,40}\bprivacy",
    ),
    _w(
        "steeds altijd still",
        r"\b(?:nog (?:steeds|altijd)|still)\b[^.?!]{0,30}\b(?:geen|no|not|haven't|have not)"
        r"\b[^.?!]{0,30}(?:reactie|antwoord|response|reply|received|heard)[^.?!]{0,40}"
        r"(?:verzoek|request|inzage|\bd?sar\b)",
    ),
)
_DATA_BREACH = (
    _w(
        "lek leak breach",
        r"\bdata ?lek\w*|\bprivacylek|\bdata ?breach|\b(?:ge|uit)lekt\b[^.?!]{0,30}(?:gegevens|data)"
        r"|\b(?:\w*?gegevens|data)\b[^.?!]{0,30}\b(?:gelekt|uitgelekt|op straat|leaked)"
        r"|\bleaked\b[^.?!]{0,30}\bdata|\blek\w*\b[^.?!]{0,20}\b(?:gegevens|data)\b",
    ),
    _w(
        "ander vreemd",
        r"\b(?:\w*?gegevens|data|email|agenda|dossier|informatie|foto'?s|naam|adres"
        r"|\baccount)\b[^.?!]{0,40}\bvan (?:een )?(?:andere|ander|iemand anders|vreemde?)\b",
    ),
    _w(
        "else another other",
        r"\b(?:someone|somebody) else'?s\b|\banother (?:customer|client|person|user)'?s\b"
        r"|\bother (?:customers|people)'s",
    ),
    _w(
        "ander verkeerd onbekende derden wrong someone another",
        r"\b(?:naar|aan) (?:iemand anders|een ander|de verkeerde"
        r"|een verkeerd\w*|een onbekende|derden)\b[^.?!]{0,30}\b(?:ge|ver|door)?(?:stuurd|mailed|gemaild|gegeven)\b"
        r"|\bsent\b[^.?!]{0,40}\bto (?:someone else|the wrong|another (?:person|customer))",
    ),
    _w(
        "ingebroken hack accessed logged used unauthori onbevoegd",
        r"\bingebroken in\b|\b(?:account|gegevens|data|app)\b[^.?!]{0,30}\b(?:gehackt|hacked)"
        r"|\b(?:gehackt|hacked)\b[^.?!]{0,30}\b(?:account|gegevens|data)\b|\b(?:accessed|logged into|used) by "
        r"(?:someone|somebody|a stranger)|\bunauthori[sz]ed access|\bonbevoegd\w*",
    ),
)
_ON_BEHALF = _w(
    "namens mantelzorger curator mentor bewindvoerder vertegenwoordiger gemachtigde voogd executeur behalf "
    "carer caregiver guardian representative attorney executor",
    r"\bnamens\b|\bals (?:zijn |haar |diens |hun |de |mijn )?(?:mantelzorger|curator|mentor|bewindvoerder"
    r"|wettelijk vertegenwoordiger|gemachtigde|voogd|executeur)|\bon behalf of\b|\bas (?:his|her|their|the|my "
    r"\w+'s) (?:carer|caregiver|guardian|legal representative|attorney|executor)|\blegal representative\b"
    r"|\bpower of attorney\b|\bwettelijk vertegenwoordiger",
)
_FAMILY = _w(
    "mijn onze my our",
    r"\b(?:mijn|onze|my|our) (?:schoon)?(?:moeder|vader|ma|pa|oma|opa|man|vrouw|partner|zus|broer|tante|oom"
    r"|dochter|zoon|client|bewoner|mother|father|mum|mom|dad|grandmother|grandfather|husband|wife|sister"
    r"|brother|aunt|uncle|resident)\b",
)
_FLAG_ORDER = (Flag.COMPLAINT_AUTHORITY, Flag.DATA_BREACH, Flag.ON_BEHALF_OF)
# Every rule, information question and flag needs one of these words in its sentence or the two before it.
# Checking the words first (set and startswith tests, C-speed) keeps everyday support mail cheap: the regexes
# above only run on the few sentences that talk about data, privacy, consent or decisions.
_TOPIC_WORDS = frozenset(_split("opt eu sar dsar avg gdpr uavg dpo fg anders else another someone somebody"))
_TOPIC_PREFIXES = tuple(
    _split(
        "gegevens data dossier personal detail record opname beelden camera geluid audio video gesprek logbestand "
        "correspondentie contactperso informati achternaam voornaam naam name geboortedatum birth adres address "
        "telefoonnummer phone alles everything privacy persoonlijk account profiel profile toestemming consent "
        "besluit beslis beslot decision decided automat geautomatiseerd systeem system computer algoritme algorithm "
        "mens human handmatig manual inzage inzien access kopie copy vergeten forgotten portab dataportab "
        "overdraagba gegevensoverdraagba machine nieuwsbrie newsletter reclame aanbieding marketing mailing "
        "verzendlijst afmeld uitschrijv unsubscrib autoriteit toezichthouder authority regulator commissioner klacht "
        "privacyklacht complain datalek gelekt uitgelekt leak breach ingebroken gehackt hack accessed unauthori "
        "onbevoegd namens behalf mantelzorger curator mentor bewindvoerder vertegenwoordig representative attorney "
        "guardian verwerk process bewaar opgeslagen opslaan stored gedeeld delen deelt share sharing collect verzamel "
        "grondslag rechtsgrond basis bewaartermijn retention luister meeluister meekijk eu europ verwijder delete "
        "erase remove wipe beperk restrict bevriez freeze bezwaar object verzet akkoord export transfer overdra "
        "profil geprofileerd logica logic contest aanvecht trek intrek withdraw herroep revok microfoon functionaris "
        "onderzoek research agenda email foto offer vastleg vastgelegd film fotografe rectif delet remov"
    )
)
_TOPIC_SUFFIXES = tuple(
    _split("gegevens adres naam overdraagbaarheid portabiliteit opname opnames beelden klacht lek")
)
_TOPIC_PHRASES = (
    "van mij ",
    "over mij ",
    "van me ",
    "about me ",
    "on me ",
    "op slot",
    "on hold",
    "niet meer mee",
)
_TOKEN = re.compile(r"[a-z']+")


def _is_on_topic(sentence: str) -> bool:
    tokens = _TOKEN.findall(sentence)
    if any(t in _TOPIC_WORDS or t.startswith(_TOPIC_PREFIXES) or t.endswith(_TOPIC_SUFFIXES) for t in tokens):
        return True
    words = f" {' '.join(tokens)} "
    return any(phrase in words for phrase in _TOPIC_PHRASES)


# ---- normalisation ------------------------------------------------------------------------------------------
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?]) ")
_CLAUSE_BREAK = re.compile(r"[,;:()]| - |\s(?:maar|but|dus|so|en|and|want|omdat|because|daarom|then)\s")
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
# Spelling slips and split compounds that elderly writers and phone keyboards produce (notes §1.4 step 2).
_SPELLING: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\be-mail"), "email"),
    (re.compile(r"\b(persoons|klant|gebruiks|gezondheids|contact|locatie) gegeven(s)?\b"), r"\1gegevens"),
    (re.compile(r"\binzage ?verzoek"), "inzageverzoek"),
    (re.compile(r"\bprivacy[ -]wet"), "privacywet"),
    (re.compile(r"\b(?:avg|gdpr)[ -]wet\b"), "avg"),
    (re.compile(r"\bart(?:\.|ikel)? ?(\d)"), r"artikel \1"),
    (re.compile(r"\bdo not\b"), "don't"),
    (re.compile(r"\bdoes not\b"), "doesn't"),
    (re.compile(r"\ba\.u\.b\.?"), "aub"),
)
_AP = re.compile(r"\bAP\b")
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|antw|antwoord|aw|sv|vs|odp|r)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00b4": "'", "\u2013": "-", "\u2014": "-"})


def _sentences(subject: str, text: str) -> list[str]:
    """Lowercase, accent-free sentences, subject first; quoted lines dropped, hard-wrapped lines joined.

    A reply's subject ("Re: Inzageverzoek") is the earlier mail's, so only a new subject is read.
    """
    if _REPLY_SUBJECT.match(subject):
        subject = ""
    raw = f"{subject}\n\n{_QUOTED_LINE.sub('', text) if '>' in text else text}"
    if "AP" in raw:
        raw = _AP.sub("autoriteit persoonsgegevens", raw)  # "AP" is the authority only in capitals
    if not raw.isascii():
        # Accents off ("níet", "cliënt"), typographic apostrophes straight; other non-ASCII is not vocabulary.
        raw = unicodedata.normalize("NFKD", raw.translate(_APOSTROPHES)).encode("ascii", "ignore").decode()
    sentences: list[str] = []
    for paragraph in _PARAGRAPH.split(raw.lower()):
        sentences.extend(_SENTENCE_END.split(" ".join(paragraph.split())))
    return [sentence for sentence in sentences if sentence]


def _spelled(sentence: str) -> str:
    for pattern, replacement in _SPELLING:
        sentence = pattern.sub(replacement, sentence)
    return sentence


# ---- evaluation ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Sentence:
    text: str
    previous: str  # the two sentences before it, for "... ? Zo ja, dan willen wij die graag ontvangen."
    question: bool
    polite: bool
    #: Which object vocabularies occur in the sentence or the two before it (rules share them; search once).
    mentioned: dict[_Words, bool] = field(default_factory=dict)

    def mentions(self, objects: _Words) -> bool:
        if objects not in self.mentioned:
            self.mentioned[objects] = bool(objects.search(self.text) or objects.search(self.previous))
        return self.mentioned[objects]

    @classmethod
    def of(cls, sentences: list[str], index: int) -> _Sentence:
        text = sentences[index]
        question = "?" in text
        polite = bool(question and _POLITE_QUESTION.search(text))
        return cls(text, " ".join(sentences[max(0, index - 2) : index]), question, polite)


def detect_rights(*, subject: str, text: str) -> tuple[tuple[Right, ...], tuple[Flag, ...]]:
    """The rights the writer invokes (sorted, unique) and the flags for the privacy officer (sorted, unique)."""
    lowered = _sentences(subject, text)
    on_topic = [_is_on_topic(sentence) for sentence in lowered]
    if not any(on_topic):
        return (), ()
    near = [any(on_topic[max(0, i - 2) : i + 1]) for i in range(len(lowered))]
    sentences = [_spelled(sentence) if near[i] else sentence for i, sentence in enumerate(lowered)]
    rights: set[Right] = set()
    flags: set[Flag] = set()
    explained_by_next: set[int] = set()  # sentences a later request points back to ("die", "dat")
    information: set[int] = set()
    for index, current in enumerate(sentences):
        # A sentence counts when it is on topic itself, or points back ("die", "dit") to one that is.
        if not (on_topic[index] or (near[index] and _ANAPHOR.search(current))):
            continue
        sentence = _Sentence.of(sentences, index)
        if _RIGHTS_STATEMENT.search(current):
            continue  # "u heeft recht op inzage": our own footer or a quoted privacy statement
        sentence_flags = _sentence_flags(current)
        flags.update(sentence_flags)
        if Flag.DATA_BREACH in sentence_flags:
            continue  # "I can see someone else's data" reports a leak; it does not ask to see data
        found, used_previous = _sentence_rights(sentence)
        if used_previous:
            explained_by_next.update((index - 1, index - 2))
        if found and (_FAMILY.search(current) or _FAMILY.search(sentence.previous)):
            flags.add(Flag.ON_BEHALF_OF)
        rights.update(found)
        if not found and _is_information_question(sentence):
            information.add(index)
    if information - explained_by_next:
        rights.add(Right.INFORMATION)
    if not rights and Flag.COMPLAINT_AUTHORITY not in flags:
        flags.discard(Flag.ON_BEHALF_OF)  # "namens mijn moeder" about a broken robot is not a privacy matter
    return tuple(sorted(rights, key=list(Right).index)), tuple(f for f in _FLAG_ORDER if f in flags)


def _sentence_flags(sentence: str) -> set[Flag]:
    flags: set[Flag] = set()
    authority = _AUTHORITY.search(sentence) and _COMPLAINT_ACT.search(sentence)
    if authority or any(words.search(sentence) for words in _PRIVACY_COMPLAINT):
        flags.add(Flag.COMPLAINT_AUTHORITY)
    if any(words.search(sentence) for words in _DATA_BREACH):
        flags.add(Flag.DATA_BREACH)
    if _ON_BEHALF.search(sentence):
        flags.add(Flag.ON_BEHALF_OF)
    return flags


def _sentence_rights(sentence: _Sentence) -> tuple[set[Right], bool]:
    """The rights one sentence asks for, and whether one was read through a pronoun in the sentence before."""
    found: set[Right] = set()
    used_previous = False
    for article in _ARTICLE.finditer(sentence.text):
        number = next(group for group in article.groups() if group)
        if number in _ARTICLE_RIGHT:
            found.add(_ARTICLE_RIGHT[number])
    for rule in _RULES:
        if rule.right in found:
            continue
        verdict = _rule_verdict(rule, sentence)
        if verdict:
            found.add(rule.right)
            used_previous = used_previous or verdict == "previous"
    if (
        not found
        or _HOW_TO.search(sentence.text)
        or (sentence.question and _HYPOTHETICAL.search(sentence.text))
    ):
        return set(), False  # "hoe verwijder ik ...?", "als ik opzeg, worden mijn gegevens dan verwijderd?"
    if Right.PORTABILITY in found:
        found.discard(Right.ACCESS)  # "send my data to my new provider" is a transfer, not a copy for me
    return found, used_previous


def _rule_verdict(rule: _Rule, sentence: _Sentence) -> str | None:
    """ "sentence" or "previous" (where the object was found) when the rule fires, else None."""
    text = sentence.text
    if not rule.cue.may_occur(text) or (sentence.question and not sentence.polite and not rule.questions):
        return None
    if rule.objects is not None and not sentence.mentions(rule.objects):
        return None  # cheap test first: without its object nearby the cue cannot make a request
    if (rule.requires and not rule.requires.search(text)) or (rule.excludes and rule.excludes.search(text)):
        return None
    for match in rule.cue.finditer(text):
        start, end = _clause_bounds(text, match.start())
        if rule.negatable and _NEGATION.search(text, start, match.start()):
            continue
        if rule.needs_request and not (_REQUEST.search(text) or not text[start : match.start()].strip()):
            continue
        if rule.objects is None:
            return "sentence"
        verdict = _object_verdict(rule, text[start:end], text, sentence.previous)
        if verdict:
            return verdict
    return None


def _object_verdict(rule: _Rule, clause: str, text: str, previous: str) -> str | None:
    """Where the cue's object is: its clause, its sentence, or (through "die"/"dat") the sentences before.

    Personal data named outright ("mijn gegevens", "opnames") wins over a product word in the same clause;
    a product or commercial word ("factuur", "agenda") wins over a weak object ("adres", "alles").
    """
    objects = rule.objects
    if objects is None:
        return "sentence"
    blocked = rule.blocked_by is not None and rule.blocked_by.search(clause) is not None
    if objects.search(clause) and (not blocked or _OBJ_DATA.search(clause)):
        return "sentence"
    if blocked:
        return None
    if objects.search(text):
        return "sentence"
    if _ANAPHOR.search(clause) and objects.search(previous):
        return "previous"
    return None


def _clause_bounds(text: str, position: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return start, end


def _is_information_question(sentence: _Sentence) -> bool:
    """A question (or "ik wil weten ...") about how the data is processed, not a request to act on it."""
    text = sentence.text
    asking = sentence.question or bool(_WANTS_TO_KNOW.search(text))
    if _INFO_TOPIC.search(text):
        about_processing = asking or bool(_REQUEST.search(text))
    else:
        # "Kunt u mijn adres gebruiken voor de levering?" asks for an action; "kunt u mij vertellen ..." asks.
        asking = asking and (not sentence.polite or bool(_TELL_ME.search(text)))
        about_processing = asking and bool(_PROCESSING.search(text)) and bool(_INFO_OBJECT.search(text))
    return about_processing and not _HOW_TO.search(text)
