"""Questions about the processing itself (`information`, Art. 13/14 and 15(1)(a)-(h)): vocabulary and test."""

from __future__ import annotations

from parsers.rights_text import Sentence
from parsers.rights_vocabulary import DATA, DATA_STEMS, HOW_TO, PERSON, PERSON_STEMS, REQUEST
from parsers.rights_words import pattern, words

# ---- information questions ----------------------------------------------------------------------------------
INFO_TOPIC = words(
    "privacy functionaris protection dpo grondslag rechtsgrond basis bewaartermijn retention luister kijk eu "
    "europese european komt komen kom where lang long wie who whom",
    r"\bprivacy ?(?:verklaring|statement|policy|beleid|reglement)|\bfunctionaris (?:voor (?:de )?)?"
    r"gegevensbescherming|\bdata protection officer|\bdpo\b|\bgrondslag|\brechtsgrond|\b(?:legal|lawful) basis"
    r"|\bbewaartermijn|\bretention period|\bluister\w*\b[^.?!]{0,20}\bmee\b|\bmeeluister\w*"
    r"|\bbuiten de (?:eu|europese unie)|\boutside (?:the )?(?:eu|european)"
    r"|\bhoe lang\b[^.?!]{0,40}\b(?:bewaar\w*|bewaren|bewaard|opgeslagen|houden)\b"
    r"|\bhow long\b[^.?!]{0,40}\b(?:keep|store|retain|hold)\b|\b(?:wie|who)\b[^.?!]{0,60}\b(?:zien|inzien|bekijken|see)\b"
    r"|\b(?:aan|met) wie\b[^.?!]{0,60}\b(?:geven|geeft|delen|deelt|sturen|stuurt|verstrek\w*)\b|\b(?:with|to) whom\b"
    r"|\bhoe (?:komt u|komen jullie|kom je)\b[^.?!]{0,30}\baan\b|\bwhere did you get\b",
)
PROCESSING = words(
    "doe do deel delen shar bewaar opgeslagen opslaan slaat stor keep kept retain verwerk process door geeft "
    "verzamel collect opgenomen opneemt neemt record gestuurd verstuurd stuurt sent transfer vastleg legt gebruik use "
    "verko sell sold verwijderd gewist deleted access toegang meekijk inzien gebeur happen staan staat liggen ligt "
    "where wie who",
    r"\baccess\b|\btoegang\b|\bmeekijk\w*|\binzien\b|\bgebeur\w* (?:er )?met\b|\bhappens? (?:to|with)\b|\bdoen met\b|\bdoe\w*\b[^.?!]{0,30}\bmet\b|\bdo with\b|\bdeel\w*|\bdelen\b|\bshar\w*|\bbewaar\w*"
    r"|\bbewaren\b|\bbewaard\b|\bopgeslagen\b|\bopslaan\b|\bslaat\b[^.?!]{0,20}\bop\b|\bstor\w*|\bkeep\b|\bkept\b|\bretain\w*"
    r"|\bverwerk\w*|\bprocess\w*|\bdoor ?(?:te )?geven|\b(?:geeft|geven)\b[^.?!]{0,60}\bdoor\b|\bdoorgegeven|\bverzamel\w*"
    r"|\bcollect\w*|\bopgenomen|\bopneemt|\bneemt\b[^.?!]{0,20}\bop\b|\brecord\w*|\bgestuurd|\bverstuurd|\bstuurt\b"
    r"|\bsent\b|\btransfer\w*|\bvastleg\w*|\bvastgelegd|\blegt\b[^.?!]{0,20}\bvast\b|\bgebruik\w*|\buse[ds]?\b"
    r"|\b(?:door)?verko\w*|\bsell\b|\bsold\b|\bverwijderd\b|\bgewist\b|\bdeleted\b"
    # where the data is kept ("staan de gegevens op een computer in amerika?") and who can get at it ("wie kan
    # er bij de opnames?"): with a data object in the sentence (INFO_OBJECT), these ask about the processing
    r"|\b(?:staan|staat|liggen|ligt)\b[^.?!]{0,60}\b(?:in|op|buiten) (?:\w+ )?(?:nederland|europa|amerika"
    r"|de vs|de verenigde staten|servers?|(?:de )?cloud)\b|\bwhere\b[^.?!]{0,40}\b(?:stored|kept|held|hosted)\b"
    r"|\bwie\b[^.?!]{0,30}\b(?:kan|kunnen|heeft|hebben)\b[^.?!]{0,20}\b(?:bij|toegang)\b"
    r"|\bwho\b[^.?!]{0,30}\b(?:has|have|can|gets?)\b[^.?!]{0,20}\baccess\b",
)
TELL_ME = pattern(r"\b(?:vertel\w*|uitleg\w*|uitleggen|laten weten|informeren|tell|explain|let me know)\b")
WANTS_TO_KNOW = pattern(r"\b(?:weten|vraag me af|benieuwd|would like to know|want to know|wonder\w*)\b")
#: Routing the letter itself ("please pass this letter to your data protection officer"): no question about data.
ROUTING = words(
    "pass forward send doorsturen doorgeven stuur geef",
    r"\b(?:pass|forward|send|doorsturen|doorgeven|stuur|geef)\w*\b[^.?!]{0,20}\b(?:this|my|the|deze|dit|mijn|de)"
    r" (?:letter|request|mail|email|message|brief|verzoek|bericht)\b[^.?!]{0,30}\b(?:to|naar|aan)\b",
)
INFO_OBJECT = words(
    f"{DATA_STEMS} {PERSON_STEMS} camera microfoon meeluister mij me mijn my haar hem her him",
    DATA,
    PERSON,
    r"\bcamera\w*|\bmicrofoon|\bmeeluister\w*|\b(?:over|van|about|of) (?:mij|me|mijn|my|haar|hem|her|him)\b",
)


def is_information_question(sentence: Sentence) -> bool:
    """A question (or "ik wil weten ...") about how the data is processed, not a request to act on it."""
    text = sentence.text
    asking = sentence.question or bool(WANTS_TO_KNOW.search(text))
    if INFO_TOPIC.search(text):
        about_processing = asking or bool(REQUEST.search(text))
    else:
        # "Kunt u mijn adres gebruiken voor de levering?" asks for an action; "kunt u mij vertellen ..." asks.
        asking = asking and (not sentence.polite or bool(TELL_ME.search(text)))
        about_processing = asking and bool(PROCESSING.search(text)) and bool(INFO_OBJECT.search(text))
    return about_processing and not HOW_TO.search(text) and not ROUTING.search(text)
