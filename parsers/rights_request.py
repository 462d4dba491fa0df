"""Step 1 of rights detection: does the writer ASK for something about their own data (or of someone they
represent), or only talk about rights?

Not a request, whatever rights words they contain:
- a statement of rights: our own footer or a pasted privacy statement ("u heeft het recht op inzage", "Sie haben
  das Recht auf Auskunft", "vous avez le droit");
- a reserved right ("without prejudice to my right to object", "ik behoud mij het recht voor", "ich behalte mir
  vor", "sous réserve de");
- an optional clause of a template ("if you use profiling, ...", "falls zutreffend ...", "indien u ...");
- a question ABOUT rights ("welke rechten heb ik?", "what rights do I have?", "how do you handle requests?");
- the writer providing data ("hierbij stuur ik de gegevens van mijn moeder", "as requested, here are ...").

Mail-wide: a writer who asks as press, student, researcher or as an organisation's DPO / procurement (a
processing agreement, a DPIA) asks in general, not about their own data; only a request about "my/our own data"
in such a mail still counts (as possible).
"""

from __future__ import annotations

from parsers.rights_languages import FOREIGN_REQUEST
from parsers.rights_vocabulary import REQUEST
from parsers.rights_words import pattern, words

RIGHTS_STATEMENT = words(
    "recht right rechte droit diritto derecho prawo verzoek request klacht complaint beroep",
    r"\b(?:u heeft|u hebt|je hebt|jij hebt|you have|heeft u|you've got|sie haben|haben sie|vous avez|avez-vous"
    r"|ha il|hai il|tiene|tienes|masz|maja) (?:\w+ ){0,3}(?:recht|right|droit|diritto|derecho|prawo)"
    r"|\b(?:uw|je|your|ihre|vos|i suoi|sus) (?:\w+ )?(?:rechten|rights|rechte|droits|diritti|derechos)\b"
    r"|\b(?:u kunt|je kunt|you can|you may|sie konnen|vous pouvez) (?:\w+ ){0,6}(?:verzoek|request|klacht"
    r"|complaint|beroep|antrag|beschwerde|demande|reclamation)",
)
#: The writer reports being told they have a right ("mijn kleindochter zegt dat ik recht heb op inzage", "I read
#: that I have the right to erasure"): hearsay that may precede a question; without a request word a person decides.
HEARSAY_RIGHT = words(
    "recht right rechte droit",
    r"\b(?:zegt|zeggen|zei|zeiden|gelezen|las|lazen|gehoord|hoorde|says|said|told me|read|heard|sagt|sagte"
    r"|gelesen|gehort|horte|dit|lu|staat|stond|steht|stand|states|stated)\b"
    # "dort steht, dass ich ein Recht auf ... habe", "er staat dat ik recht heb op ...": what a text says
    r"(?:,? \w+){0,5},? (?:ik|i|ich|je|j'ai)\b(?: \w+){0,2} (?:recht|right|rechte|droit)\b",
)
RESERVED = words(
    "prejudice reserve behoud voorbehoud onverminderd behalte vorbehalt unbeschadet reserve riserva reserva "
    "zastrzegam",
    r"\bwithout prejudice to\b|\breserves? (?:\w+ ){0,2}right|\bbehoud\w* (?:\w+ ){0,3}(?:recht|voor)\b"
    r"|\bonder voorbehoud\b|\bonverminderd\b|\bbehalte\w* (?:\w+ ){0,3}vor\b|\bvorbehalt\w*|\bunbeschadet\b"
    r"|\bsous reserve\b|\bme reserve\b|\bmi riservo\b|\bfatto salvo\b|\bme reservo\b|\bsin perjuicio\b"
    r"|\bzastrzegam\b",
)
#: A clause that only applies if something is the case: a template's option, not what the writer asks now.
CONDITIONAL_START = pattern(
    r"^\W*(?:\d+\W+)?(?:if|in case|should (?:you|i)|als (?:u|jullie|ik|wij|we)|indien|mocht\w*|ingeval"
    r"|in het geval|falls|sofern|sollte\w*|wenn (?:sie|ich)|soweit|habe ich|haben sie|hatte\w* (?:ich|sie)|si"
    r"|au cas|dans le cas|qualora|nel caso"
    r"|se (?:lei|voi|avete|ha|hai|ho)|en caso|jezeli|jesli|w przypadku)\b(?! (?:possible|mogelijk|moglich|possibile|posible)\b)"
)
ABOUT_RIGHTS = words(
    "rechten rights rechte handle omgaan afhandel umgehen bearbeiten verzoeken requests anfragen",
    r"\b(?:welke|wat voor|what|which|welche) (?:\w+ ){0,2}(?:rechten|rights|rechte)\b"
    r"|\bexplain (?:\w+ ){0,3}rights|\b(?:uitleggen|uitleg)\b[^.?!]{0,40}\brechten"
    r"|\bhow (?:do|does|would|will) (?:you|tinybots|your company) (?:\w+ ){0,2}(?:handle|deal with|process|respond)"
    r"|\bhow you (?:handle|deal with|process|respond to)\b|\bhoe (?:gaan|gaat) (?:jullie|u|tinybots)\b[^.?!]{0,40}"
    r"\bom met\b|\bhoe (?:handelen|handelt) (?:jullie|u)\b[^.?!]{0,30}\baf\b|\bafhandel\w*\b[^.?!]{0,40}\bverzoek"
    r"|\bverzoeken\b[^.?!]{0,40}\bafhandel\w*|\bwie gehen sie\b[^.?!]{0,40}\bum\b"
    r"|\bhow many\b[^.?!]{0,40}\brequests|\bhoeveel\b[^.?!]{0,40}\bverzoeken",
)
PROVIDES_DATA = words(
    "stuur zend send sende schicke here requested verzoek wunsch",
    r"\b(?:stuur|zend|send|sende|schicke)\w* (?:ik|wij|we|ich)\b|\b(?:to send|send) you\b"
    r"|\b(?:ik|wij|we|i|ich) (?:\w+ ){0,2}(?:stuur|zend|send|sende|schicke)\w* (?:u|jullie|you|ihnen)\b"
    r"|\bhere (?:are|is) (?:my|his|her|the|our)\b|\b(?:as requested|op (?:uw |jullie )?verzoek|auf (?:ihren )?wunsch)"
    r"\b[^.?!]{0,60}\b(?:stuur|zend|send|sende|schicke|here|hierbij|anbei)",
)
#: The writer asks as someone who is not the data subject nor represents one.
GENERAL_WRITER = words(
    "journalist reporter press pers artikel article redactie student scriptie thesis afstudeer onderzoek research "
    "studie studium bachelor master verwerkersovereenkomst processing agreement dpia aanbesteding procurement "
    "tender auftragsverarbeitung presse schrijf write writing schreibe krant dagblad newspaper zeitung magazine",
    r"\b(?:journalist\w*|reporter|redacteur|redactie|presse?|pers)\b|\bfreelance\b|\bvoor (?:een|mijn) artikel"
    r"|\bwriting (?:a|an) (?:piece|article|story)|\bstudent\w*\b|\bscriptie|\bthesis\b|\bafstudeer\w*"
    r"|\bmy (?:study|studies|research)\b|\bmijn (?:studie|onderzoek)\b|\bbachelorarbeit|\bmasterarbeit"
    r"|\bverwerkersovereenkomst|\b(?:data )?processing agreement|\bdpia\b|\baanbesteding|\bprocurement"
    r"|\btender\b|\bauftragsverarbeitung\w*"
    # "ik schrijf voor Dagblad Oost een artikel over ...", "I'm writing a story for ...": the press
    r"|\b(?:schrijf|schrijven|write|writing|schreibe\w*)\b[^.?!]{0,40}\b(?:artikel|article|story|stuk|beitrag"
    r"|reportage|krant|dagblad|newspaper|zeitung|magazine)\b",
)
#: A request about one's own data (or of someone represented) survives a general writer's mail as possible.
OWN_DATA = pattern(
    r"\b(?:mijn|my|meine|mes|miei|mis|moich) (?:\w+ )?(?:gegevens|data|daten|donnees|dati|datos|danych|dossier)\b"
    r"|\b(?:van|about|on|uber|von) (?:mij|me|mich|mir)\b"
)


#: An indirect question about consequences ("let me know if the objection will result in the deletion of ...").
INDIRECT_QUESTION = words(
    "tell know weten hoor informeer mitteil mit dites sapere",
    r"\b(?:tell me|let me know|inform me|laat (?:mij |me )?weten|hoor (?:graag|ik graag)|informeer|teilen sie mir"
    r"|mitteilen|dites-moi|fatemi sapere)\b[^.?!]{0,40}\b(?:if|whether|of|ob|si|se)\b",
)


#: Someone the writer neither is nor represents: removing a colleague from the app is administration.
NOT_REPRESENTED = words(
    "collega medewerk colleague employee staff mitarbeiter kolleg",
    r"\b(?:gegevens|data|details|naam|name|nummer|number|account|daten|remove|verwijder\w*|haal)"
    r" (?:van |of |von )?(?:onze |ons |de |het |mijn |een |our |my |a |the |unsere\w* |meine\w* |eine\w* )?"
    r"(?:oud-|ex-|former |ehemalige\w* )?(?:collega|medewerk|colleague|employee|staff|mitarbeiter|kolleg)\w*",
)


#: The operative request is for information ABOUT something (a transfer, the recipients, a breach): the rights
#: words in it are asked about, not requested ("please provide information on the transfer of my data").
INFORMATION_ABOUT = words(
    "informat provide list lijst details insight inzicht bevestiging confirmation inform auskunft mitteil "
    "elenco lista liste know weten wissen",
    r"\bprovide (?:me )?(?:with )?(?:the |a |an |all )?(?:\w+ )?(?:information|list|details|insight|confirmation)"
    r"|\binform(?:ation)? (?:me )?(?:about|on|regarding|concerning|of)\b|\b(?:would like|want) to know\b|\bwil (?:graag )?weten\b|\bmochte wissen\b"
    r"|\binformatie (?:over|te verstrekken|te geven)|\b(?:verstrek|geef)\w* (?:\w+ ){0,2}informatie"
    r"|\baanvullende informatie|\b(?:een )?(?:gedetailleerde )?lijst van\b|\bbevestiging van\b"
    r"|\binformationen? (?:uber|zu)\b|\bauskunft uber\b|\binformieren sie mich|\bteilen sie mir mit"
    r"|\binformazion\w*|\binformarmi\b|\belenco\b|\binformacion\b|\binformarme\b|\blista de\b"
    r"|\binformations? (?:sur|concernant)\b|\bm'informer\b|\bliste des\b|\binformacj\w*",
)


#: "... welke gegevens u heeft, en daarna wil ik dat alles verwijderd wordt": a second request follows.
THEN_ACT = pattern(
    r"\b(?:daarna|vervolgens|and then|afterwards|thereafter|danach|anschliessend|ensuite|puis|poi|despues"
    r"|nastepnie)\b"
)


def asks_about_only(sentence: str) -> bool:
    """The sentence asks for information about something, not for an action on the data."""
    return INFORMATION_ABOUT.search(sentence) is not None and THEN_ACT.search(sentence) is None


def is_rights_statement(sentence: str) -> bool:
    """ "U heeft het recht op inzage": our own footer or a pasted privacy statement (no flags either)."""
    return RIGHTS_STATEMENT.search(sentence) is not None


def asks_about_rights(sentence: str) -> bool:
    return ABOUT_RIGHTS.search(sentence) is not None


def is_not_a_request(sentence: str) -> bool:
    """The sentence talks about rights without asking for one (see the module doc)."""
    return bool(
        RESERVED.search(sentence)
        or CONDITIONAL_START.search(sentence)
        or INDIRECT_QUESTION.search(sentence)
        or NOT_REPRESENTED.search(sentence)
        or ABOUT_RIGHTS.search(sentence)
        or PROVIDES_DATA.search(sentence)
    )


def claims_a_right(sentence: str) -> bool:
    """A reported right ("zegt dat ik recht heb op inzage") without a request word in the sentence."""
    return HEARSAY_RIGHT.search(sentence) is not None and not asks(sentence)


#: What a complaint the writer filed is about ("I have filed a complaint about the wrong data in my profile"): the
#: request is elsewhere in the mail; without a request word the rights words here are for a person to confirm.
COMPLAINT_ABOUT = words(
    "klacht complaint beschwerde",
    r"\b(?:filed|submitted|lodged|made|raised|sent)\b (?:\w+ ){0,2}complaint\w* (?:about|regarding|over|on)\b"
    r"|\bklacht\w* (?:\w+ ){0,2}(?:ingediend|gedaan|neergelegd|gestuurd) over\b"
    r"|\bklacht\w* over\b[^.?!]{0,80}\b(?:ingediend|gedaan|neergelegd|gestuurd)\b"
    r"|\bbeschwerde\w* (?:uber|wegen)\b[^.?!]{0,80}\b(?:eingereicht|eingelegt)\b",
)


def reports_a_complaint(sentence: str) -> bool:
    return COMPLAINT_ABOUT.search(sentence) is not None and not asks(sentence)


def asks(sentence: str) -> bool:
    """The sentence carries a request word or is a question: what turns a cited article into a request."""
    return "?" in sentence or bool(REQUEST.search(sentence) or FOREIGN_REQUEST.search(sentence))


def general_writer(sentences: list[str]) -> bool:
    """The writer asks as press, student, researcher or an organisation's DPO (see the module doc)."""
    return any(GENERAL_WRITER.search(sentence) for sentence in sentences)


def about_own_data(sentence: str) -> bool:
    return bool(OWN_DATA.search(sentence))
