"""The rights vocabulary beyond Dutch and English: German in full, French, Italian, Spanish and Polish by their
core verbs, and the legal anchors of every language ("Art. 15 DSGVO", "artikel 17 AVG", "articolo 15 GDPR").

The text arrives lowercased and without accents ("löschen" -> "loschen", "données" -> "donnees", "usunięcie" ->
"usuniecie"), with "art." written out as "artikel" (parsers/rights_text.py). Data only.
"""

from __future__ import annotations

import re

from parsers.model import Right
from parsers.rights_vocabulary import BLOCKING, CONDITIONAL_CONSENT, Rule
from parsers.rights_words import pattern, words

# ---- legal anchors ----------------------------------------------------------------------------------------------
#: The regulation in every language the help desk sees, its national names (UAVG, RODO) and its number.
LAW = (
    r"(?:u?avg|gdpr|dsgvo|rgpd|rodo|gdpr|ds-gvo|general data protection regulation|algemene verordening"
    r" gegevensbescherming|datenschutz-grundverordnung|reglement general sur la protection des donnees"
    r"|regolamento generale sulla protezione dei dati|reglamento general de proteccion de datos"
    r"|regulamento geral (?:sobre a|de) protecao de dados"
    # the Nordic names: Swedish, Danish, Norwegian, Finnish ("dataskyddsförordningen", "tietosuoja-asetuksen")
    r"|dataskyddsforordning\w*|databeskyttelsesforordning\w*|personvernforordning\w*|tietosuoja-asetu\w*"
    # the regulation's own number, how letters in every language cite it: "Regolamento (UE) 2016/679"
    r"|2016/679)"
)
#: An article number, with the ordinal mark of Portuguese and Italian letters: "15.º" arrives as "15.o", "15°" as "15".
_ORDINAL = r"(?:\.?o(?![a-z0-9]))?"
_NUMBERS = (
    rf"(\d{{1,2}}{_ORDINAL}(?:(?:,| and| en| und| et| e| y| i| oraz)? \d{{1,2}}(?!\d){_ORDINAL}){{0,4}})"
)
_DETAIL = (
    r"(?:\(\d\)|\([a-z]\)|,? (?:lid|abs|absatz|para|paragraph|paragraphe|paragrafo|ust|comma|co|apartado) \d"
    r"|,? lit [a-z])"
)
#: "artikel 15 avg", "articles 15 and 17 of the general data protection regulation", "artikel 7 abs 3 dsgvo",
#: "articolo 15 del gdpr", "avg artikel 17". Gaps are bounded: the whole anchor is linear in the sentence.
ARTICLE = re.compile(
    rf"\bart(?:ikel\w*|icles?|icolo|icoli|iculo|iculos|igo|igos|ikkel\w*|ikla\w*)? {_NUMBERS}((?:{_DETAIL}){{0,3}})[^.?!]{{0,30}}?\b{LAW}\b"
    rf"|\b{LAW} art(?:ikel\w*|icles?|icolo|iculo|igo|ikkel\w*|ikla\w*)? (\d{{1,2}})((?:{_DETAIL}){{0,3}})"
)
ARTICLE_RIGHT = {
    "15": Right.ACCESS,
    "16": Right.RECTIFICATION,
    "17": Right.ERASURE,
    "18": Right.RESTRICTION,
    "20": Right.PORTABILITY,
    "21": Right.OBJECTION,
    "22": Right.AUTOMATED_DECISION,
}
#: Art. 7 is a right only as 7(3), the withdrawal of consent.
CONSENT_ARTICLE = re.compile(
    r"^(?:\(3\)|,? (?:lid|abs|absatz|para|paragraph|paragraphe|paragrafo|ust|comma|co|apartado) 3)"
)
_NUMBER = re.compile(r"\d{1,2}")


def article_rights(sentence: str) -> set[Right]:
    """The rights named by the articles cited in the sentence (any language; other articles are ignored)."""
    found: set[Right] = set()
    if "art" not in sentence:
        return found
    for match in ARTICLE.finditer(sentence):
        numbers, detail = (
            (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        )
        for number in _NUMBER.findall(numbers):
            if number in ARTICLE_RIGHT:
                found.add(ARTICLE_RIGHT[number])
            elif number == "7" and CONSENT_ARTICLE.match(detail or ""):
                found.add(Right.CONSENT_WITHDRAWAL)
    return found


# ---- German -----------------------------------------------------------------------------------------------------
_DE_DATA = (
    r"\b(?<![-/])(?!wlan|netzwerk|zugangs|login)\w*daten\b|\bpersonenbezogen\w*|\baufnahme\w*|\baufzeichnung\w*"
    r"|\b(?:mein|meine|meiner|meines|ihr|ihre|ihrer|sein|seine|seiner)\w* (?:(?:neue|alte)\w* )?(?:[a-z]+-)?(?:konto"
    r"|profil|adresse|namen?|geburtsdatum|telefonnummer|handynummer|mobilnummer)\b|\bzu meiner person\b|\buber mich\b|\bvon mir\b|\balles\b"
)
DE_OBJECT = words(
    "daten personenbezogen aufnahme aufzeichnung konto profil adresse name geburtsdatum telefon "
    "person mich mir alles",
    _DE_DATA,
)
DE_BLOCKING = words(
    "wlan einstellung erinnerung termin rechnung router passwort kennwort lautstarke update app",
    r"\bwlan|\beinstellung\w*|\berinnerung\w*|\btermin\w*|\brechnung\w*|\brouter\b|\bpasswort|\bkennwort"
    r"|\blautstarke|\bupdate\b|\bapp\b",
)
#: Art. 18's own words make "die Verarbeitung" the object of einschränken; not the processing of an order.
DE_PROCESSING = words(
    "verarbeitung",
    r"\bdie verarbeitung\b(?! (?:ihrer|der|meiner|unserer|von) (?:\w+ )?(?:bestellung|rechnung|zahlung|anfrage"
    r"|auftrag\w*|lieferung|reklamation|kundigung|retoure))",
)
#: "Bitte schicken Sie mir meine Daten": sending the data to the writer is access, without the word "Kopie".
DE_SEND_ME = words(
    "schick send ubermittel zukommen",
    r"\b(?:schick|send|ubermittel)\w* (?:sie )?(?:mir|uns)\b|\blassen sie (?:mir|uns)\b[^.?!]{0,60}\bzukommen",
)

DE_RULES: tuple[Rule, ...] = (
    Rule(
        Right.ACCESS,
        words(
            "auskunft selbstauskunft kopie einsicht",
            r"\b(?:selbst)?auskunft\w*|\bkopie\b"
            r"|\beinsicht\w*",
        ),
        DE_OBJECT,
        questions=True,
    ),
    Rule(
        Right.ACCESS,
        words(
            "welche wissen",
            r"\bwelche (?:\w+ )?daten\b[^.?!]{0,60}\b(?:gespeichert|haben"
            r"|verarbeite\w*|vorliegen)",
        ),
        None,
        questions=True,
    ),
    # "Welche Daten speichern Sie über mich?": what the company holds about the writer (or someone represented);
    # "welche Daten speichert Tessa über meine Mutter?" asks what the device collects (DE_INFORMATION)
    Rule(
        Right.ACCESS,
        words(
            "welche",
            r"\bwelche (?:\w+ )?daten (?:\w+ )?(?:sie|ihr)\b[^.?!]{0,40}\b(?:uber|von) (?:mich|mir|meine\w*)\b",
        ),
        None,
        questions=True,
    ),
    Rule(Right.ACCESS, DE_SEND_ME, DE_OBJECT, blocked_by=DE_BLOCKING),
    Rule(
        Right.ERASURE,
        words("losch entfern vernicht", r"\blosch\w*|\bgeloscht\b|\bentfern\w*|\bvernicht\w*"),
        DE_OBJECT,
        blocked_by=DE_BLOCKING,
    ),
    Rule(
        Right.RECTIFICATION,
        words(
            "berichtig korrigier falsch aktualisier neue geandert",
            r"\bberichtig\w*|\bkorrigier\w*"
            r"|\bfalsch\w*|\baktualisier\w*|\bneue\w* (?:[a-z]+-)?\w*(?:nummer|adresse) (?:ist|lautet)\b"
            r"|\bgeandert\b",
        ),
        DE_OBJECT,
        blocked_by=DE_BLOCKING,
    ),
    Rule(
        Right.RESTRICTION,
        words("einschrank sperr schrank", r"\beinschrank\w*|\bsperr\w*|\bschrank\w*\b[^.?!]{0,60}\bein\b"),
        DE_OBJECT,
    ),
    Rule(Right.RESTRICTION, words("schrank", r"\bschrank\w*\b[^.?!]{0,60}\bein\b"), DE_PROCESSING),
    Rule(Right.OBJECTION, words("widersp", r"\bwidersp\w*"), None),
    Rule(
        Right.OBJECTION,
        words("lehne", r"\blehne\w*\b[^.?!]{0,160}\bab\b"),
        words("verarbeit", r"\bverarbeitung"),
    ),
    Rule(
        Right.OBJECTION,
        words(
            "werbung newsletter umfrage",
            r"\b(?:keine|nicht mehr|stopp?\w*)\b[^.?!]{0,40}"
            r"\b(?:werbung|newsletter|umfrage\w*|werbe\w*)",
        ),
        None,
        negatable=False,
    ),
    Rule(
        Right.PORTABILITY,
        words(
            "ubertragbar maschinenlesbar mitnehm anbieter import csv json excel",
            r"\bdatenubertragbarkeit"
            r"|\bmaschinenlesbar\w*|\bmitnehm\w*|\bmitzunehmen|\banderen anbieter|\bneue\w* anbieter"
            r"|\bimportier\w*|\b(?:als|im) (?:csv|json|excel)",
        ),
        DE_OBJECT,
    ),
    Rule(
        Right.CONSENT_WITHDRAWAL,
        words(
            "widerruf zuruck",
            r"\bwiderruf\w*|\b(?:ziehe|nehme)\b[^.?!]{0,40}\bzuruck|\bzuruck(?:zu)?(?:ziehen|nehmen)\b",
        ),
        words("einwilligung zustimmung", r"\beinwilligung\w*|\bzustimmung\w*"),
        negatable=False,
    ),
    Rule(
        Right.AUTOMATED_DECISION,
        words("automatisiert", r"\bautomatisierte\w* (?:einzel)?entscheidung\w*"),
        None,
        negatable=False,
    ),
)
DE_INFORMATION = words(
    "speicher ubermittel drittland ausserhalb wer weiter welche server dritte",
    r"\bwie lange\b[^.?!]{0,40}\bspeicher\w*|\bwo\b[^.?!]{0,40}\bgespeichert|\bubermittel\w*|\bdrittland"
    r"|\bausserhalb der (?:eu|europaischen union)|\bwer\b[^.?!]{0,40}\b(?:zugriff|sehen|daten)"
    r"|\ban wen\b[^.?!]{0,40}\bweiter"
    # what is collected, where the servers are, whether it goes to third parties
    r"|\bwelche (?:\w+ )?daten\b[^.?!]{0,40}\b(?:speicher\w*|erheb\w*|erhebt|sammel\w*|erfass\w*)"
    r"|\bwo (?:stehen|liegen|sind|steht) (?:die |ihre )?server|\ban dritte\b[^.?!]{0,30}\b(?:weiter\w*|verkauf\w*)",
)

# ---- French, Italian, Spanish, Polish: core verbs on "my data" ----------------------------------------------------
ROMANCE_OBJECT = words(
    "donnees dati datos dados danych dane adresse nom indirizzo nome direccion nombre adres",
    r"\b(?:mes|mon|ma|nos|miei|mie|mis|nuestros|moich|moje|meus|nossos) (?:\w+ )?(?:donnees|dati|datos|dados|danych"
    r"|dane)\b"
    r"|\b(?:donnees|dati|datos|dados|dane|danych) (?:personnelles|personali|personales|pessoais|osobowe|osobowych)\b"
    r"|\b(?:mon|ma|mes|il mio|la mia|mi|moj|moje) (?:adresse|nom|indirizzo|nome|direccion|nombre|adres)\b"
    # what is held about the writer or someone represented: "les donnees que vous avez sur moi / ma mere"
    r"|\b(?:donnees|dati|datos|dados)\b[^.?!]{0,40}\b(?:sur (?:moi|ma|mon)|su di me|su (?:mia|mio)|sobre (?:mi|mi madre"
    r"|mi padre|mim|o meu|a minha))\b",
)
ROMANCE_RULES: tuple[Rule, ...] = (
    Rule(
        Right.ACCESS,
        words(
            "acces copie accesso acesso copia acceso dostep kopi",
            r"\bacces\b|\bcopie\b|\baccesso\b|\bacesso\b|\bcopia\b|\bacceso\b|\bdostep\w*|\bkopi\w*",
        ),
        ROMANCE_OBJECT,
        blocked_by=BLOCKING,
    ),
    # "quali dati avete su di me?", "quelles données avez-vous sur moi ?": what is held about the writer
    Rule(
        Right.ACCESS,
        words(
            "quali quels quelles que cuales",
            r"\b(?:quali|quels|quelles|que|cuales) (?:\w+ )?(?:dati|donnees|datos)\b[^.?!]{0,30}\b(?:avete|avez|tienen"
            r"|teneis|conservate|detenez|possedez)\b[^.?!]{0,30}\b(?:su di me|sur moi|sobre mi|su (?:mia|mio)"
            r"|sur (?:ma|mon))\b",
        ),
        None,
        questions=True,
    ),
    Rule(
        Right.ERASURE,
        words(
            "supprim suppression effac cancell suprim supres borr elimin usun",
            r"\bsupprim\w*|\bsuppression\b|\beffac\w*|\bcancell\w*|\bsuprim\w*|\bsupresion\b"
            r"|\bborr\w*|\belimin\w*|\busun\w*",
        ),
        ROMANCE_OBJECT,
        blocked_by=BLOCKING,
    ),
    Rule(
        Right.RECTIFICATION,
        words(
            "rectifi rettific corrig sprostow",
            r"\brectifi\w*|\brettific\w*|\bcorrig\w*"
            r"|\bsprostow\w*",
        ),
        ROMANCE_OBJECT,
        blocked_by=BLOCKING,
    ),
    Rule(
        Right.OBJECTION,
        words(
            "oppose opposition oppongo opposizione opongo oposicion sprzeciw objetando obiezione rejette refuse rechazo odmawiam",
            r"\bm'oppose\b|\bopposition\b|\bmi oppongo\b|\bopposizione\b|\bme opongo\b|\bobjetando\b|\bobiezione\b"
            r"|\bje (?:rejette|refuse) le traitement|\brechazo el tratamiento|\bodmawiam przetwarzania"
            r"|\boposicion\b|\bsprzeciw\w*",
        ),
        None,
    ),
    Rule(
        Right.CONSENT_WITHDRAWAL,
        words(
            "retire retrait revoco revoca retiro cofam wycofuj",
            r"\b(?:je )?retire\b|\bretrait\b|\brevoc\w*|\bretiro\b|\bcofam\b|\bwycofuj\w*",
        ),
        words("consent consens zgod", r"\bconsen(?:t|s)\w*|\bzgod\w*"),
        negatable=False,
        excludes=CONDITIONAL_CONSENT,
    ),
    Rule(
        Right.RESTRICTION,
        words(
            "limitation limitazione limitacion ograniczeni",
            r"\blimitation\b|\blimitazione\b|\blimitacion\b|\bograniczeni\w*",
        ),
        ROMANCE_OBJECT,
    ),
    Rule(Right.PORTABILITY, words("portabilit przenoszeni", r"\bportabilit\w*|\bprzenoszeni\w*"), None),
)
#: Questions about the processing in French, Italian and Spanish: what is collected, with whom it is shared.
ROMANCE_INFORMATION = words(
    "quali quels quelles que cuales chi qui quien quanto combien cuanto sont dove donde duree durata duracion",
    r"\b(?:quali|quels|quelles|que|cuales) (?:\w+ )?(?:dati|donnees|datos)\b[^.?!]{0,40}\b(?:raccog\w*|raccolt\w*"
    r"|collect\w*|recog\w*|recopil\w*|conserv\w*|memorizz\w*|stock\w*|almacen\w*|enregistr\w*|registr\w*)"
    r"|\b(?:con chi|avec qui|con quien|a chi|a qui|a quien)\b[^.?!]{0,30}\b(?:condivid\w*|partag\w*|compart\w*"
    r"|comunic\w*|transmet\w*|trasmett\w*)"
    r"|\b(?:per quanto tempo|combien de temps|cuanto tiempo)\b[^.?!]{0,40}\b(?:conserv\w*|memorizz\w*|guard\w*|gard\w*)"
    # where the data is kept, for how long: "où sont stockées ses données", "la durée de conservation"
    r"|\b(?:ou sont|dove sono|dove vengono|donde se|donde estan)\b (?:\w+ )?(?:stock\w*|conserv\w*|enregistr\w*"
    r"|heberg\w*|memorizzat\w*|salvat\w*|archiviat\w*|guard\w*|almacen\w*|alojad\w*)"
    r"|\b(?:duree|durata|periodo|plazo) (?:de|di) (?:conservation|conservazione|conservacion)\b",
)
ROMANCE_WANTS_TO_KNOW = pattern(
    r"\b(?:vorrei sapere|voglio sapere|je voudrais savoir|je veux savoir|j'aimerais savoir|quisiera saber"
    r"|je voudrais connaitre|j'aimerais connaitre|vorrei conoscere|quisiera conocer"
    r"|quiero saber|me gustaria saber)\b"
)
#: Frisian forms of the Dutch request words (a small closed set, read as their Dutch forms).
FRISIAN = {
    "kopy": "kopie",
    "stjoere": "sturen",
    "hokker": "welke",
    "jimme": "jullie",
    "hawwe": "hebben",
    "wiskje": "wissen",
    "kinne": "kunnen",
    "myn": "mijn",
    "fan my": "van mij",
    "fan us": "van ons",
}
FRISIAN_WORDS = words(
    "kopy stjoere hokker jimme hawwe wiskje kinne myn fan",
    r"\b(?:kopy|stjoere|hokker|jimme|hawwe|wiskje|kinne|myn|fan my|fan us)\b",
)

#: Request words of these languages, for the request step ("je vous demande", "bitte", "chiedo", "solicito").
FOREIGN_REQUEST = pattern(
    r"\b(?:bitte|mochte|ich will|verlange\w*|fordere|beantrage\w*|ersuche|demande\w*|prie|merci|peco|pedir|pedimos"
    r"|requeiro|requer\w*|begar|begaer|anmoder|beder om|ber om|krever|kraver|pyydan"
    r"|veuillez|chiedo|richiesta|richied\w*|solicit\w*|prego|pid\w*|por favor|per favore|s.il vous plait|pido|prosze|zadam|wnosze|hiermit|hierbij|hereby"
    r"|\w*ersuchen|anfrage|antrag\w*|wniosek|zadanie|petici\w*|solicitud\w*|requete\w*)\b"
)
