"""The text the rights steps read: lowercase, accent-free sentences of the new text, and their context."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from parsers.rights_languages import FRISIAN, FRISIAN_WORDS
from parsers.rights_vocabulary import POLITE_QUESTION
from parsers.rights_words import Words, split_words, trie

# Every rule, information question and flag needs one of these words in its sentence or the two before it.
# Checking the words first (set and startswith tests, C-speed) keeps everyday support mail cheap: the regexes
# above only run on the few sentences that talk about data, privacy, consent or decisions.
TOPIC_WORDS = frozenset(
    split_words(
        "opt eu sar dsar avg gdpr uavg dpo fg anders else another someone somebody dsgvo rgpd rodo art computer mails"
        " emails"
    )
)
TOPIC_PREFIXES = tuple(
    split_words(
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
        "onderzoek research agenda email foto offer vastleg vastgelegd film fotografe rectif delet remov daten auskunft losch geloscht berichtig widersp widerruf einwilligung "
        "einschrank verarbeit speicher gespeichert ubermittel drittland aufnahme umfrage werbung donnees dati datos dados danych dane personuppgift personoplysning personopplysning personvern tietosuoja enregistrement "
        "supprim effac acces acesso cancell suprim supres usun sprzeciw oppos consent consens zustimmung aufzeichn zgod enquete survey vragenlijst fix"
    )
)
TOPIC_SUFFIXES = tuple(
    split_words("gegevens adres naam overdraagbaarheid portabiliteit opname opnames beelden klacht lek")
)
TOPIC_PHRASES = (
    "van mij ",
    "over mij ",
    "van me ",
    "about me ",
    "on me ",
    # what is held about someone the writer represents ("wat jullie van hem hebben")
    "van hem ",
    "van haar ",
    "over hem ",
    "over haar ",
    "about him ",
    "about her ",
    "op slot",
    "on hold",
    "niet meer mee",
)
#: The writer's own number and the number we hold ("mijn oude nummer", "het nummer dat u had"), at a word start;
#: looked for only in a sentence that has "nummer" or "number" at all.
NUMBER_PHRASES = (
    " oude nummer",
    " nieuwe nummer",
    " directe nummer",
    " mobiele nummer",
    " vaste nummer",
    " nummer dat",
    " nummer waarop",
    " old number",
    " new number",
    " mobile number",
    " number you",
    " neue telefonnummer",
    " neue handynummer",
    " neue mobilnummer",
)
TOKEN = re.compile(r"[a-z']+")
#: A token (a run of TOKEN's characters) that is a topic word, starts with a prefix or ends with a suffix: one
#: search instead of three tests per token (TOPIC_WORDS and the rest stay the vocabulary; tests check the two agree).
TOPIC_TOKEN = re.compile(
    rf"(?<![a-z'])(?:{trie(TOPIC_PREFIXES)}|{trie(TOPIC_WORDS)}(?![a-z']))|{trie(TOPIC_SUFFIXES)}(?![a-z'])"
)


def is_on_topic(sentence: str) -> bool:
    if TOPIC_TOKEN.search(sentence):
        return True
    tokens = TOKEN.findall(sentence)
    words = f" {' '.join(tokens)} "
    if any(map(words.__contains__, TOPIC_PHRASES)):  # map, not a generator: no Python frame per phrase
        return True
    return ("nummer" in words or "number" in words) and any(map(words.__contains__, NUMBER_PHRASES))


# ---- normalisation ------------------------------------------------------------------------------------------
PARAGRAPH = re.compile(r"\n[ \t]*\n")
SENTENCE_END = re.compile(r"(?<=[.!?]) ")
CLAUSE_BREAK = re.compile(r"[,;:()]| - |\s(?:maar|but|dus|so|en|and|want|omdat|because|daarom|then)\s")
QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
#: A "Label: value" line (a contact form's fields, a signature's "Tel.:", a letter's "Betreff:") is a sentence of its
#: own, and only its value is the writer's words: otherwise a form's "E-mailadres" label would be the object of the
#: question typed below it. A label is one to three words, and only a run of such lines is a form: a lone
#: "Namens mijn vader: graag een kopie" is a sentence.
FIELD_LABEL = re.compile(r"[ \t]*[^\W\d][\w'()/.-]{0,30}(?: [\w'()/.-]{1,30}){0,2}:(?:[ \t]|$)")
# Spelling slips and split compounds that elderly writers and phone keyboards produce (notes §1.4 step 2).
# Each pattern runs only when one of its gate words occurs (a substring every match contains): `in` is C-speed,
# and most sentences have none of them.
_SPELLING: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    (("e-mail",), re.compile(r"\be-mail"), "email"),
    (
        (" gegeven",),
        re.compile(r"\b(persoons|klant|gebruiks|gezondheids|contact|locatie) gegeven(s)?\b"),
        r"\1gegevens",
    ),
    (("verzoek",), re.compile(r"\binzage ?verzoek"), "inzageverzoek"),
    (("privacy",), re.compile(r"\bprivacy[ -]wet"), "privacywet"),
    (("wet",), re.compile(r"\b(?:avg|gdpr)[ -]wet\b"), "avg"),
    (("art",), re.compile(r"\bart(?:\.|ikel)? ?(\d)"), r"artikel \1"),
    (("do not",), re.compile(r"\bdo not\b"), "don't"),
    (
        ("al dan niet", "whether or not", "ob oder nicht"),
        re.compile(r"\bal dan niet\b|\bwhether or not\b|\bob oder nicht\b"),
        "al of",  # not a negation
    ),
    (("does not",), re.compile(r"\bdoes not\b"), "doesn't"),
    (("a.u.b",), re.compile(r"\ba\.u\.b\.?"), "aub"),
)
AP = re.compile(r"\bAP\b")
#: "Art. 15 Abs. 1 DSGVO" is one sentence: the dot of an abbreviation before a word or number is dropped.
ABBREVIATION = re.compile(
    r"\b(art|abs|nr|lit|para|ust|co|vgl|bzw|ca|evt|dhr|mevr|mr|mrs|dr|bijv|bv|resp|incl|zgn|ggf|usw|ex|es)\.(?= ?\w)"
    r"|\b([a-z])\. ?([a-z]{1,2})\.(?= ?\w)|\b(np|ad es|bspw|zb|ej)\.(?= ?\w)"
)
REPLY_SUBJECT = re.compile(r"^\s*(?:re|antw|antwoord|aw|sv|vs|odp|r)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00b4": "'", "\u2013": "-", "\u2014": "-"})


#: A run of text without a full stop is read in pieces of at most this many characters: no letter has longer
#: sentences, and the per-sentence steps (clauses, pronouns pointing back) stay linear in the whole text.
MAX_SENTENCE_CHARS = 1000


def _bounded(sentence: str) -> list[str]:
    pieces = []
    while len(sentence) > MAX_SENTENCE_CHARS:
        cut = sentence.rfind(" ", 0, MAX_SENTENCE_CHARS)
        cut = cut if cut > 0 else MAX_SENTENCE_CHARS
        pieces.append(sentence[:cut])
        sentence = sentence[cut:].lstrip()
    pieces.append(sentence)
    return pieces


def _undotted(match: re.Match[str]) -> str:
    return "".join(group for group in match.groups() if group)


def split_sentences(subject: str, text: str) -> list[str]:
    """Lowercase, accent-free sentences, subject first; quoted lines dropped, hard-wrapped lines joined.

    A reply's subject ("Re: Inzageverzoek") is the earlier mail's, so only a new subject is read.
    """
    if REPLY_SUBJECT.match(subject):
        subject = ""
    raw = f"{subject}\n\n{QUOTED_LINE.sub('', text) if '>' in text else text}"
    if "AP" in raw:
        raw = AP.sub("autoriteit persoonsgegevens", raw)  # "AP" is the authority only in capitals
    if not raw.isascii():
        # Accents off ("níet", "cliënt"), typographic apostrophes straight; other non-ASCII is not vocabulary.
        raw = unicodedata.normalize("NFKD", raw.translate(APOSTROPHES)).encode("ascii", "ignore").decode()
    sentences: list[str] = []
    for paragraph in PARAGRAPH.split(ABBREVIATION.sub(_undotted, raw.lower())):
        for block in _field_lines_apart(paragraph):
            for sentence in SENTENCE_END.split(" ".join(block.split())):
                sentences.extend(_bounded(sentence))
    return [sentence for sentence in sentences if sentence]


def _field_lines_apart(paragraph: str) -> list[str]:
    """The paragraph's hard-wrapped lines joined again, but in a run of two or more "Label: value" lines (a form, a
    signature block) each value is a block of its own and the labels are dropped."""
    lines = paragraph.split("\n")
    labels = [FIELD_LABEL.match(line) for line in lines]
    blocks: list[str] = []
    running: list[str] = []
    for index, (line, label) in enumerate(zip(lines, labels, strict=True)):
        in_a_run = (index > 0 and labels[index - 1]) or (index + 1 < len(lines) and labels[index + 1])
        if label and in_a_run:
            blocks.extend(("\n".join(running), line[label.end() :]))
            running = []
        else:
            running.append(line)
    blocks.append("\n".join(running))
    return blocks


def spelled(sentence: str) -> str:
    for gates, pattern, replacement in _SPELLING:
        if any(map(sentence.__contains__, gates)):
            sentence = pattern.sub(replacement, sentence)
    if FRISIAN_WORDS.may_occur(sentence):
        sentence = FRISIAN_WORDS.pattern.sub(lambda match: FRISIAN[match.group()], sentence)
    return sentence


# ---- evaluation ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    previous: str  # the two sentences before it, for "... ? Zo ja, dan willen wij die graag ontvangen."
    question: bool
    polite: bool
    #: Which object vocabularies occur in the sentence or the two before it (rules share them; search once).
    mentioned: dict[Words, bool] = field(default_factory=dict)

    def mentions(self, objects: Words) -> bool:
        if objects not in self.mentioned:
            self.mentioned[objects] = bool(objects.search(self.text) or objects.search(self.previous))
        return self.mentioned[objects]

    @classmethod
    def of(cls, sentences: list[str], index: int) -> Sentence:
        text = sentences[index]
        question = "?" in text
        polite = bool(question and POLITE_QUESTION.search(text))
        return cls(text, " ".join(sentences[max(0, index - 2) : index]), question, polite)


def clause_bounds(text: str, position: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for match in CLAUSE_BREAK.finditer(text):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return start, end
