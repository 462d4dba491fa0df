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
    r"|complaint|beroep|antrag|beschwerde|demande|reclamation)"
    # the heading of a list: "U heeft onder de algemene verordening persoonsgegevens de volgende rechten:"
    r"|\b(?:u heeft|u hebt|je hebt|you have|sie haben|vous avez)\b[^.?!]{0,80}\b(?:volgende|following|folgende"
    r"|suivants) (?:\w+ )?(?:rechten|rights|rechte|droits)\b",
)
#: Sentences in the controller's own voice, as in our pasted privacy statement ("een overzicht van de
#: persoonsgegevens die wij verwerken", "u kunt altijd contact met ons opnemen om deze informatie te verwijderen").
CONTROLLER_VOICE = words(
    "wij we contact tinybots",
    r"\b(?:die|welke|that|which) (?:wij|we) (?:\w+ )?(?:verwerken|verzamelen|process|collect)\b"
    r"|\b(?:u|uw|je|you) (?:kunt|kan|can|may) (?:\w+ ){0,3}contact (?:met ons )?op ?(?:te )?nemen\b"
    r"|\b(?:you can|you may) (?:\w+ )?contact us\b"
    # the statement speaks of the company in the third person and of the reader's data: "Tinybots BV moet gebruik
    # van uw persoonsgegevens ...", "Tinybots respecteert uw privacy" (a customer writes "mijn gegevens")
    r"|^\W*tinybots (?:bv )?(?:\w+ ){1,4}(?:van |dat )?uw (?:\w+ )?(?:\w*gegevens|privacy)\b",
)
#: The heading of a list of rights ("U heeft ... de volgende rechten:") and the items under it ("het recht op
#: inzage in zijn gegevens;"): the items are statements too, however few.
RIGHTS_LIST_HEADING = words(
    "volgende following folgende suivants seguenti siguientes",
    r"\b(?:volgende|following|folgende|suivants|seguenti|siguientes) (?:\w+ )?(?:rechten|rights|rechte|droits"
    r"|diritti|derechos)\b",
)
RIGHT_ITEM = pattern(
    r"^\W*(?:\d{1,2}[.)] |[a-h][.)] )?(?:het |the |das |le |il |el )?(?:recht|right|droit|diritto|derecho)\b"
)
#: The writer reports being told they have a right ("mijn kleindochter zegt dat ik recht heb op inzage", "I read
#: that I have the right to erasure"): hearsay that may precede a question; without a request word a person decides.
HEARSAY_RIGHT = words(
    "recht right rechte droit zei zeg said says told sagt",
    r"\b(?:zegt|zeggen|zei|zeiden|gelezen|las|lazen|gehoord|hoorde|says|said|told me|read|heard|sagt|sagte"
    r"|gelesen|gehort|horte|dit|lu|staat|stond|steht|stand|states|stated)\b"
    # "dort steht, dass ich ein Recht auf ... habe", "er staat dat ik recht heb op ...": what a text says
    r"(?:,? \w+){0,5},? (?:ik|i|ich|je|j'ai)\b(?: \w+){0,2} (?:recht|right|rechte|droit)\b"
    # "mijn dochter zei dat ik van alles kan opvragen": what someone says the writer could ask for
    r"|\b(?:zegt|zeggen|zei|zeiden|says|said|told me|sagt|sagte)\b(?: \w+){0,2} (?:dat|that|dass) (?:ik|i|ich)"
    r"\b(?: \w+){0,4} (?:kan|kon|mag|can|could|may|kann|konnte|darf)\b",
)
#: What turns reported hearsay into the writer's own request: "..., dus bij deze: stuur het mij".
HEARSAY_THEN_ASKS = pattern(r"\b(?:dus|so|daarom|therefore|also|bij deze|hierbij|deshalb)\b")
#: The writer says they want nothing now ("Ik hoef nu niets, ik ben gewoon benieuwd", "just curious"): what a
#: person would otherwise have to look at is no request.
NOTHING_NEEDED = pattern(
    r"\b(?:ik hoef|we hoeven|wij hoeven) (?:nu |op dit moment |verder )?(?:niets|niks)\b"
    r"|\b(?:i|we) (?:don't|do not) need anything\b|\bjust curious\b|\bgewoon benieuwd\b"
    r"|\bich brauche (?:jetzt |momentan )?nichts\b|\bnur neugierig\b"
)
RESERVED = words(
    "prejudice reserve behoud voorbehoud onverminderd behalte vorbehalt unbeschadet reserve riserva reserva "
    "zastrzegam",
    r"\bwithout prejudice to\b|\breserves? (?:\w+ ){0,2}right|\bbehoud\w* (?:\w+ ){0,3}(?:recht|voor)\b"
    r"|\bonder voorbehoud\b|\bonverminderd\b|\bbehalte\w* (?:\w+ ){0,3}vor\b|\bvorbehalt\w*|\bunbeschadet\b"
    r"|\bsous reserve\b|\bme reserve\b|\bmi riservo\b|\bfatto salvo\b|\bme reservo\b|\bsin perjuicio\b"
    r"|\bzastrzegam\b",
)
#: A reserving phrase that opens a clause ("onverminderd mijn recht om bezwaar te maken ..., wil ik ...", "without
#: prejudice to my right to object, ...", "unbeschadet meines Rechts auf Widerspruch bitte ich ..."): the right it
#: names is not requested, and its words (the data, the processing) lend nothing to the rest of the sentence.
RESERVING_CLAUSE = words(
    "onverminderd behoudens behoud prejudice unbeschadet reserve salvo perjuicio uszczerbku",
    r"\b(?:onverminderd|behoudens|met behoud van|without prejudice to|sans prejudice d\w*|unbeschadet"
    r"|sous reserve d\w*|fatto salvo|sin perjuicio de|bez uszczerbku dla)\b",
)
#: Where such a clause ends: a clause break other than "en"/"and" and other than the comma of a list of rights ("my
#: rights of access, rectification and portability"), or the start of the main clause ("wil ik", "bitte ich", "I
#: would like", "please").
RESERVED_CLAUSE_END = pattern(
    r",(?! (?:(?:het|the|das|le|la|il|el) )?(?:recht\w*|rights?|droit|diritto|derecho|inzage"
    r"|access|acces|auskunft|rectifica\w*|rectification|correctie|correction|berichtigung|verwijdering|wissing"
    r"|erasure|deletion|loschung|beperking|restriction|einschrankung|bezwaar|verzet|objection|widerspruch"
    r"|\w*overdraagbaarheid|portabiliteit|portability|datenubertragbarkeit|opposition|effacement)\b)|[;:()]| - |\s(?:maar|but|aber|mais|ma|pero|ale)\s"
    r"|\b(?:wil|wens|verzoek|vraag|eis|verlang|stuur|bitte|mochte|ersuche|fordere|verlange|beantrage|widerspreche"
    r"|sende)\w* (?:ik|ich|wij|wir|we)\b|\b(?:i|we) (?:would|want|wish|hereby|request|ask|demand|object|need)\b"
    r"|\b(?:graag|please|bitte|hierbij|hereby|hiermit)\b",
)
#: A clause that only applies if something is the case: a template's option, not what the writer asks now.
CONDITIONAL_START = pattern(
    r"^\W*(?:\d+\W+)?(?:if|in case|should (?:you|i)|als (?:u|jullie|ik|wij|we)|indien|mocht\w*|ingeval"
    r"|in het geval|falls|sofern|sollte\w*|wenn (?:sie|ich)|soweit|habe ich|haben sie|hatte\w* (?:ich|sie)|si"
    r"|au cas|dans le cas|qualora|nel caso"
    r"|se (?:lei|voi|avete|ha|hai|ho)|en caso|jezeli|jesli|w przypadku)\b(?! (?:possible|mogelijk|moglich|possibile|posible)\b)"
)
ABOUT_RIGHTS = words(
    "recht right handle omgaan afhandel umgehen bearbeiten verzoeken requests anfragen",
    r"\b(?:welke|wat voor|what|which|welche) (?:\w+ ){0,2}(?:rechten|rights|rechte)\b"
    r"|\bexplain (?:\w+ ){0,3}rights|\b(?:uitleggen|uitleg)\b[^.?!]{0,40}\brechten"
    r"|\bhow (?:do|does|would|will) (?:you|tinybots|your company) (?:\w+ ){0,2}(?:handle|deal with|process|respond)"
    r"|\bhow you (?:handle|deal with|process|respond to)\b|\bhoe (?:gaan|gaat) (?:jullie|u|tinybots)\b[^.?!]{0,40}"
    r"\bom met\b|\bhoe (?:handelen|handelt) (?:jullie|u)\b[^.?!]{0,30}\baf\b|\bafhandel\w*\b[^.?!]{0,40}\bverzoek"
    r"|\bverzoeken\b[^.?!]{0,40}\bafhandel\w*|\bwie gehen sie\b[^.?!]{0,40}\bum\b"
    r"|\bhow many\b[^.?!]{0,40}\brequests|\bhoeveel\b[^.?!]{0,40}\bverzoeken"
    # whether someone has a right, for any person: "does the GDPR give her the right to ...", "heeft zij recht op"
    r"|\b(?:does|do|would|will)\b[^.?!]{0,40}\bgive (?:me|her|him|us|them|my \w+) (?:the |a |any )?rights?\b"
    r"|\b(?:do|does|would) (?:she|he|they|my \w+) (?:\w+ )?have (?:the |a |any )?rights?\b"
    r"|\b(?:heeft|hebben) (?:zij|hij|ze|mijn \w+) (?:\w+ )?(?:het |een )?recht\b"
    r"|\b(?:hat|haben) (?:er|mein\w* \w+) (?:\w+ )?(?:ein |das )?recht\b",
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


#: The writer reports what they did earlier ("op 3 augustus heb ik een verzoek verstuurd", "I told you that ...",
#: "ik heb bezwaar gemaakt", "hatte ich eine Anfrage gestellt"): background, unless the mail restates it.
PAST_REPORT = pattern(
    r"\b(?:(?:ik|wij|we) (?:heb|hebben|had|hadden)|(?:heb|hebben|had|hadden) (?:ik|wij|we))\b[^.?!]{0,80}"
    r"\b(?:verstuurd|gestuurd|ingediend|gemaakt|gevraagd|aangevraagd|gemeld|verzocht|doorgegeven|aangegeven"
    r"|gemaild|geschreven|aangetekend|gedaan|ingestuurd|opgestuurd|verzonden)\b"
    r"|\b(?:i|we) (?:have |had )?(?:already )?(?:told|sent|asked|requested|submitted|wrote|written|made|emailed"
    r"|informed|notified|objected|filed|raised|lodged)\b"
    r"|\b(?:(?:ich|wir) (?:habe|hatte|haben|hatten)|(?:habe|hatte|haben|hatten) (?:ich|wir))\b[^.?!]{0,80}"
    r"\b(?:gestellt|geschickt|gesendet|gebeten|beantragt|mitgeteilt|widersprochen|verlangt|eingereicht"
    r"|geschrieben)\b"
)
#: ... a present request in the same sentence keeps it: "ik heb al twee keer gevraagd ..., doe dat nu".
ASKS_NOW = pattern(
    r"\b(?:graag|please|bitte|alsnog|nogmaals|opnieuw|again|erneut|nu|now|doe|do it|wil ik|ik wil|i want"
    r"|i would like|ich mochte|verzoek ik|vraag ik|ask you to|herhaal|repeat|wiederhole)\b"
)
#: A reminder restates the earlier request (corpus policy): the report of it then carries its right again.
RESTATED = pattern(
    r"\b(?:mahnung|herinnering|reminder|erinnerung|aanmaning|nogmaals|opnieuw|again|erneut|relance|sollecito"
    r"|overschreden|uberschritten|overdue|verstreken)\b"
    r"|\bnog (?:steeds |altijd )?(?:geen|niet|niets)\b|\b(?:still|not yet|yet to)\b"
    r"|\b(?:al|already) (?:\w+ )?(?:keer|maal|times)\b|\b(?:twice|herhaaldelijk|repeatedly|wiederholt|mehrfach)\b"
    r"|\b(?:nog (?:steeds|altijd)|immer noch|alsnog|al eerder|eerder al|already|bereits|schon einmal)\b"
    r"|\b(?:deadline|termijn|frist)\b|\b(?:please|graag|bitte) (?:\w+ ){0,3}(?:respond|reply|reageren|antwoorden"
    r"|beantworten|antworten|nachkommen|comply|voldoen)\b"
    r"|\b(?:no|geen|keine) (?:reactie|antwoord|response|reply|answer|antwort)\b(?! meer)"
    r"|\b(?:bisher|noch) (?:keine|nicht)\b|\bhaven't (?:heard|received)\b|\b(?:sans reponse|senza risposta"
    r"|sin respuesta|rappel|recordatorio)\b|\b(?:not|niet|nicht|nothing|niets|nichts)\b (?:\w+ ){0,2}(?:received"
    r"|heard|ontvangen|gehoord|erhalten|gehort|beantwortet|beantwoord|gereageerd|responded)\b"
)


def reports_earlier_request(sentence: str) -> bool:
    """The sentence reports what the writer asked or did before, without asking again in it."""
    return PAST_REPORT.search(sentence) is not None and ASKS_NOW.search(sentence) is None


def restates(sentences: list[str]) -> bool:
    return any(RESTATED.search(sentence) for sentence in sentences)


def asks_about_only(sentence: str) -> bool:
    """The sentence asks for information about something, not for an action on the data."""
    return INFORMATION_ABOUT.search(sentence) is not None and THEN_ACT.search(sentence) is None


def is_rights_statement(sentence: str) -> bool:
    """ "U heeft het recht op inzage": our own footer or a pasted privacy statement (no flags either)."""
    return RIGHTS_STATEMENT.search(sentence) is not None or CONTROLLER_VOICE.search(sentence) is not None


def opens_rights_list(sentence: str) -> bool:
    """A rights statement that a list of rights follows: "U heeft ... de volgende rechten:"."""
    return sentence.endswith(":") or RIGHTS_LIST_HEADING.search(sentence) is not None


def is_right_item(sentence: str) -> bool:
    return RIGHT_ITEM.search(sentence) is not None


def needs_nothing(sentences: list[str]) -> bool:
    return any(NOTHING_NEEDED.search(sentence) for sentence in sentences)


def asks_about_rights(sentence: str) -> bool:
    return ABOUT_RIGHTS.search(sentence) is not None


def without_reserved(sentence: str) -> str:
    """The sentence without its reserving clauses (RESERVING_CLAUSE up to RESERVED_CLAUSE_END): what is left is what
    the writer asks, if anything."""
    kept: list[str] = []
    position = 0
    for match in RESERVING_CLAUSE.finditer(sentence):
        if match.start() < position:
            continue  # inside the clause dropped already
        end = RESERVED_CLAUSE_END.search(sentence, match.end())
        kept.append(sentence[position : match.start()])
        position = end.start() if end else len(sentence)
    if not kept:
        return sentence
    kept.append(sentence[position:])
    return "".join(kept)


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
    hearsay = HEARSAY_RIGHT.search(sentence)
    if hearsay is None:
        return False
    rest = sentence[: hearsay.start()] + sentence[hearsay.end() :]  # the hearsay's own "kan" asks nothing
    return not (asks(rest) or HEARSAY_THEN_ASKS.search(rest))


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
    # One stem test on the whole text first (exact: a stem absent from the text is absent from each sentence):
    # most mail names none, and then the per-sentence searches, each with its own stem test, are skipped.
    if not GENERAL_WRITER.may_occur("\n".join(sentences)):
        return False
    return any(GENERAL_WRITER.search(sentence) for sentence in sentences)


def about_own_data(sentence: str) -> bool:
    return bool(OWN_DATA.search(sentence))
