"""Signals for the privacy officer that are not rights: a complaint to the authority, a data breach, a writer
acting for someone else (`Flag`)."""

from __future__ import annotations

from parsers.model import Flag
from parsers.rights_words import pattern, words

# ---- flags --------------------------------------------------------------------------------------------------
AUTHORITY = words(
    "autoriteit college cbp waakhond toezichthouder authority regulator commissioner ico dpa",
    r"\bautoriteit persoonsgegevens|\bcollege bescherming persoonsgegevens|\bcbp\b|\bprivacywaakhond"
    r"|\btoezichthouder|\bdata protection authority|\bsupervisory authority|\bregulator\b"
    r"|\binformation commissioner|\bico\b|\bdpa\b",
)
COMPLAINT_ACT = pattern(
    r"\bklacht\w*|\bklaag\w*|\bbeklag|\bmeld\w*|\bingeschakeld|\binschakel\w*|\bschakel\w*|\bvoorleggen"
    r"|\bleg\w*\b[^.?!]{0,30}\bvoor\b|\bstap\w*\b|\bga\b|\bgaan\b|\bnaar de\b|\baangifte|\breport\w*|\bcomplain\w*"
    r"|\bescalat\w*|\bfile\b|\bfiling\b|\bcontact\w*|\binformeren|\binlichten|\bwend\w*"
)
PRIVACY_COMPLAINT = (
    words(
        "klacht klagen complain",
        r"\bprivacyklacht|\b(?:klacht\w*|klagen|complain\w*)\b[^.?!]{0,80}"
        r"(?:gegevens\b|\bdata\b|\bprivacy)",
    ),
    words(
        "schending geschonden strijd overtred violat breach breaking juridische",
        r"\b(?:schending|geschonden|in strijd met|overtreding|overtreedt|violat\w*|breach of|breaking)\b"
        r"[^.?!]{0,40}\b(?:u?avg|gdpr|privacy\w*)|\b(?:avg|gdpr|privacy)[- ]?(?:violation|schending|overtreding)"
        r"|\bjuridische stappen\b[^.?!]{0,40}\bprivacy",
    ),
    words(
        "steeds altijd still",
        r"\b(?:nog (?:steeds|altijd)|still)\b[^.?!]{0,30}\b(?:geen|no|not|haven't|have not)"
        r"\b[^.?!]{0,30}(?:reactie|antwoord|response|reply|received|heard)[^.?!]{0,40}"
        r"(?:verzoek|request|inzage|\bd?sar\b)",
    ),
)
DATA_BREACH = (
    words(
        "lek leak breach",
        r"\bdata ?lek\w*|\bprivacylek|\bdata ?breach|\b(?:ge|uit)lekt\b[^.?!]{0,30}(?:gegevens|data)"
        r"|\b(?:\w*?gegevens|data)\b[^.?!]{0,30}\b(?:gelekt|uitgelekt|op straat|leaked)"
        r"|\bleaked\b[^.?!]{0,30}\bdata|\blek\w*\b[^.?!]{0,20}\b(?:gegevens|data)\b",
    ),
    words(
        "ander vreemd",
        r"\b(?:\w*?gegevens|data|email|agenda|dossier|informatie|foto'?s|naam|adres"
        r"|\baccount)\b[^.?!]{0,40}\bvan (?:een )?(?:andere|ander|iemand anders|vreemde?)\b",
    ),
    words(
        "else another other",
        r"\b(?:someone|somebody) else'?s\b|\banother (?:customer|client|person|user)'?s\b"
        r"|\bother (?:customers|people)'s",
    ),
    words(
        "ander verkeerd onbekende derden wrong someone another",
        r"\b(?:naar|aan) (?:iemand anders|een ander|de verkeerde"
        r"|een verkeerd\w*|een onbekende|derden)\b[^.?!]{0,30}\b(?:ge|ver|door)?(?:stuurd|mailed|gemaild|gegeven)\b"
        r"|\bsent\b[^.?!]{0,40}\bto (?:someone else|the wrong|another (?:person|customer))",
    ),
    words(
        "ingebroken hack accessed logged used unauthori onbevoegd",
        r"\bingebroken in\b|\b(?:account|gegevens|data|app)\b[^.?!]{0,30}\b(?:gehackt|hacked)"
        r"|\b(?:gehackt|hacked)\b[^.?!]{0,30}\b(?:account|gegevens|data)\b|\b(?:accessed|logged into|used) by "
        r"(?:someone|somebody|a stranger)|\bunauthori[sz]ed access|\bonbevoegd\w*",
    ),
)
ON_BEHALF = words(
    "namens mantelzorger curator mentor bewindvoerder vertegenwoordiger gemachtigde voogd executeur behalf "
    "carer caregiver guardian representative attorney executor",
    r"\bnamens\b|\bals (?:zijn |haar |diens |hun |de |mijn )?(?:mantelzorger|curator|mentor|bewindvoerder"
    r"|wettelijk vertegenwoordiger|gemachtigde|voogd|executeur)|\bon behalf of\b|\bas (?:his|her|their|the|my "
    r"\w+'s) (?:carer|caregiver|guardian|legal representative|attorney|executor)|\blegal representative\b"
    r"|\bpower of attorney\b|\bwettelijk vertegenwoordiger",
)
FAMILY = words(
    "mijn onze my our",
    r"\b(?:mijn|onze|my|our) (?:schoon)?(?:moeder|vader|ma|pa|oma|opa|man|vrouw|partner|zus|broer|tante|oom"
    r"|dochter|zoon|client|bewoner|mother|father|mum|mom|dad|grandmother|grandfather|husband|wife|sister"
    r"|brother|aunt|uncle|resident)\b",
)
FLAG_ORDER = (Flag.COMPLAINT_AUTHORITY, Flag.DATA_BREACH, Flag.ON_BEHALF_OF)


def sentence_flags(sentence: str) -> set[Flag]:
    flags: set[Flag] = set()
    authority = AUTHORITY.search(sentence) and COMPLAINT_ACT.search(sentence)
    if authority or any(words.search(sentence) for words in PRIVACY_COMPLAINT):
        flags.add(Flag.COMPLAINT_AUTHORITY)
    if any(words.search(sentence) for words in DATA_BREACH):
        flags.add(Flag.DATA_BREACH)
    if ON_BEHALF.search(sentence):
        flags.add(Flag.ON_BEHALF_OF)
    return flags
