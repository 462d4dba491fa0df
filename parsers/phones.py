"""The writer's own phone number, E.164 (extraction step of `parse_message`).

phonenumbers' PhoneNumberMatcher does the recognising and validation; it is slow on long text, so it only runs
on short candidate fragments that look like a written phone number. Dutch writers always write the leading 0
(or +31, 0031), so a bare 9-digit run is not taken: that is how BSNs and robot ids look.

Whose number it is comes from the words before it in the same line and sentence, the closest word deciding:
"mijn nummer", "bel mij", "bereikbaar op", "M:", "Tel." are the writer's; "huisarts", "buurvrouw", "zus",
"dhr. Pronk", "zijn/haar nummer", "het nummer van Sabine", "his", "sister", "Hausarzt" are someone else's and
skipped, as are fax numbers, an organisation's number in its legal footer, and numbers announced as old ("mijn oude nummer", "(oud)", "no longer"). The first
number of the writer in the new text, else in the signature, wins; never one of the help desk's own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

import phonenumbers

from parsers.model import Found, ParserConfig

# A run of digits with the separators people use in phone numbers, starting with +, 00 or 0 (also "(0)"); Word
# and HTML mail write the dash as a non-breaking hyphen (U+2011, &#8209;), an en dash or a minus sign, and the
# space as a (narrow) no-break space. phonenumbers reads all of them as punctuation.
_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00|\(?0)[\d\s().\-/\u00a0\u202f\u2010-\u2015\u2212]{7,22}\d")
# A number labelled as something other than a phone is skipped (order/invoice/robot ids, IBAN, BSN, KvK).
_NOT_A_PHONE_LABEL = re.compile(
    r"\b(?:order|bestel|factuur|invoice|klantnummer|customer|ticket|serie|serial|s/n|robot|tessa|iban"
    r"|rekening|bsn|burgerservice|sofi|kvk|btw|vat|postcode|bedrag|amount|datum|date|referentie|kenmerk)\w*"
    r"[^\n\d]{0,12}$",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")
# Part of a date or time ("10-06-2023 07:30"): digits and a separator right before, or ":30" right after.
_INSIDE_DATE_BEFORE = re.compile(r"\d[-/.:]$")
_TIME_AFTER = re.compile(r"^[:.]\d")
_LABEL_WINDOW = 30
#: How far back the words that say whose number it is are read (same line and sentence only).
_OWNER_WINDOW = 90
# A dot ends a sentence unless it ends an abbreviation that stands before a number or a person ("Tel.", "dhr.")
# or an initial ("mw. A. Jansen, tel. 040-...": the number is still mw. Jansen's).
_SENTENCE_END = re.compile(
    # (?=\.) first: the look-behinds run only before a dot, not at every position (same matches, faster)
    r"(?=\.)(?<!\b[^\W\d_])(?<!\btel)(?<!\bmevr)(?<!\bdhr)(?<!\bmob)(?<!\bnr)(?<!\bmw)(?<!\bca)(?<!\bmr)(?<!\bmrs)(?<!\bdr)"
    r"\.(?:\s|$)|[!?](?:\s|$)|\n",
    re.IGNORECASE,
)
# Only words naming a person decide; "Tel.", "M:", "bereikbaar op" say that a phone follows, not whose it is.
# "nieuw:", "new number": a number announced as new replaces the old one named just before it.
_OWN = r"mijn|mij|me|my|mine|i|ik|ich|mich|mir|meine?|meiner|wij|we|ons|onze|us|our|uns|unsere?|nieuwe?|new|neue?"
_THIRD = (
    r"huisarts|dokter|arts|apotheek|buurvrouw|buurman|buren|zus|zuster|broer|moeder|vader|oma|opa|dochter"
    r"|zoon|schoonzoon|schoondochter|cli[eë]nt|bewoner|collega|oud-collega|partner|man|echtgeno\w+|zijn|haar"
    r"|hun|dhr|mevr|mw|meneer|mevrouw|gp|doctor|neighbou?r|sister|brother|mother|mum|mom|father|dad|daughter"
    r"|son|resident|colleague|husband|wife|his|her|their|mr|mrs|ms|hausarzt|arzt|nachbar\w*|schwester|bruder"
    r"|mutter|vater|tochter|sohn|kolleg\w*|seine?|ihr|ihre[mnrs]?|hij|zij|hem|he|she|him|fax|f|oud|oude|vorige|old|previous|former|alte|alten"
)
_OWNER_WORD = re.compile(rf"\b(?:(?P<own>{_OWN})|(?P<third>{_THIRD}))\b\.?", re.IGNORECASE)
# The writer in the first person singular: "mijn eigen nummer is", "bel mij", "my number", "ruf mich an".
_FIRST_PERSON = frozenset(
    ["mijn", "mij", "me", "my", "mine", "i", "ik", "ich", "mich", "mir", "meine", "meiner"]
)
# "wij zijn bereikbaar", "zij zijn thuis": "zijn" after a subject is the verb "to be", not "his".
_VERB_ZIJN = re.compile(r"\b(?:wij|we|jullie|u|zij|ze)\s+$", re.IGNORECASE)
# "nieuwe"/"new" marks the writer's new number, unless a possessive stands before it: "haar nieuwe nummer".
_NEW_WORDS = frozenset(["nieuw", "nieuwe", "new", "neu", "neue"])
# Words that announce a phone number; a number in prose with neither these nor a person word is unannounced.
_CALL_WORD = re.compile(
    r"\b(?:tel\w*|telefo\w*|phone|mobiel\w*|mobile?|mob|gsm|handy|nummer|number|nr|no|bel\w*|call\w*|ring"
    r"|reach|bereikbaar|erreichbar|anrufen|whatsapp|app|sms|m|t)\b",
    re.IGNORECASE,
)
# "plus 31 6 ...": a dictated country code. Replaced by spaces and a "+" of the same length (offsets kept).
_SPOKEN_PLUS = re.compile(r"\bplus\s+(?=\d{1,3}\s*\d)", re.IGNORECASE)
# "het nummer van Sabine", "telefoon van de buurvrouw": a number "of" someone else (not "van mij").
_NUMBER_OF_OTHER = re.compile(
    r"\b(?:nummer|number|telefoon\w*|tel\.?|mobiel)\s+(?:van|of|von)\s+(?!mij\b|me\b|mir\b|mich\b)\w+",
    re.IGNORECASE,
)
# An organisation's legal footer or disclaimer gives its switchboard, not the writer's line.
_LEGAL_FOOTER = re.compile(
    r"\b(?:disclaimer|vertrouwelijk\w*|geadresseerde|confidential|intended recipient"
    r"|kvk|chamber of commerce|handelsregister|registered office|statutair|vertraulich\w*)\b",
    re.IGNORECASE,
)
# A postal box is an organisation's address: on the number's own line ("Postbus 12 | 1000 AB | T 020 ...") it is
# the switchboard; on a line of its own in a person's signature block the next "T:" line is still the writer's.
_POSTAL_BOX = re.compile(r"\b(?:postbus|p\.?o\.? box)\b", re.IGNORECASE)
_FOOTER_WINDOW = 400
#: A line this long that does not end a sentence was wrapped by the mail client, not ended by the writer.
_WRAPPED_LINE = 60
_OLD_AFTER = re.compile(r"^\s*\(?\s*(?:oud|old|alt|vervallen|niet meer in gebruik|no longer)", re.IGNORECASE)
#: A writer gives their number early; a pasted log full of digit runs must not cost seconds of matching.
_MAX_CANDIDATES = 40
#: Shorter national numbers are service codes (14 020, 112), not a writer's own line.
_MIN_NATIONAL_DIGITS = 7


def find_phone(text: str, signature: str, *, config: ParserConfig) -> Found[str] | None:
    """The writer's first own number in the new text, else in the signature, as E.164; never one of ours."""
    own = _own_numbers(config.own_phones, config.default_region)
    for part, source in ((text, "body"), (signature, "signature")):
        found = _first_phone(part, config.default_region, own)
        if found:
            return Found(found, "body" if source == "body" else "signature")
    return None


@lru_cache(maxsize=8)
def _own_numbers(own_phones: tuple[str, ...], region: str) -> frozenset[str | None]:
    """The help desk's numbers as E.164, parsed once per configuration rather than once per mail."""
    return frozenset(_normalised(phone, region) for phone in own_phones)


def _first_phone(part: str, region: str, own: frozenset[str | None]) -> str | None:
    """The first number of the writer; a number dropped into prose without any call or person word ("Anja woont
    in Groningen (06 ...)") gives way to a later one the writer calls their own ("mijn eigen nummer is ...")."""
    if "plus" in part.lower():
        part = _SPOKEN_PLUS.sub(lambda plus: " " * (len(plus.group()) - 1) + "+", part)
    unannounced = None
    for candidate in islice(_CANDIDATE.finditer(part), _MAX_CANDIDATES):
        if not _plausible(part, candidate):
            continue
        owner = _owner(part, candidate.start(), candidate.end())
        if owner == "third":
            continue
        written = _unwrapped(part, candidate)
        number = _valid_number(written, region, own)
        if not number and owner != "unannounced" and _announced_as_phone(part, candidate):
            number = _valid_number(written, region, own, leniency=phonenumbers.Leniency.POSSIBLE)
        if not number:
            continue
        if owner == "unannounced":
            unannounced = unannounced or number
            continue
        return number if owner == "first_person" or unannounced is None else unannounced
    return unannounced


def _valid_number(
    written: str, region: str, own: frozenset[str | None], *, leniency: int = phonenumbers.Leniency.VALID
) -> str | None:
    for match in phonenumbers.PhoneNumberMatcher(written, region, leniency=leniency):
        if _DATE_LIKE.match(match.raw_string.strip()):
            continue
        if len(str(match.number.national_number)) < _MIN_NATIONAL_DIGITS:
            continue
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 not in own:
            return e164
    return None


def _announced_as_phone(part: str, candidate: re.Match[str]) -> bool:
    """Written as a phone number beyond doubt: in international form ("+44 7700 ...", "0049 ...") or after a
    call word on its line ("bel me op", "Tel.", "M:"). Such a number is taken when it has a possible length
    but lies outside the ranges phonenumbers knows as given out (its data lags new ranges, and a writer's
    typo in one digit should not cost the whole number); other digit runs must be valid numbers."""
    if candidate.group().lstrip("(").startswith(("+", "00")):
        return True
    start = candidate.start()
    line_start = max(part.rfind("\n", 0, start) + 1, start - _LABEL_WINDOW)
    return _CALL_WORD.search(part, line_start, start) is not None


def _unwrapped(part: str, candidate: re.Match[str]) -> str:
    """The written number, joined where the mail client wrapped the line inside it ("Mijn nummer is 06 12\n34 56
    78"): the line it starts on is long. A signature's short lines each hold their own number."""
    written = candidate.group()
    if "\n" not in written:
        return written
    line_start = part.rfind("\n", 0, candidate.start()) + 1
    line = part[line_start : candidate.start()] + written.split("\n", 1)[0]
    return written.replace("\n", " ") if len(line.rstrip()) >= _WRAPPED_LINE else written


def _plausible(part: str, candidate: re.Match[str]) -> bool:
    """Not a run of zeros, not labelled as another number, not a piece of a date or time."""
    start = candidate.start()
    return not (
        candidate.group().startswith("000")
        or _NOT_A_PHONE_LABEL.search(part[max(0, start - _LABEL_WINDOW) : start])
        or _INSIDE_DATE_BEFORE.search(part[max(0, start - 2) : start])
        or _TIME_AFTER.match(part[candidate.end() : candidate.end() + 2])
    )


def _owner(part: str, start: int, end: int) -> str:
    """Whose number the words before it (same line and sentence) say it is: "third" (someone else's),
    "first_person" ("mijn", "bel mij"), "unannounced" (prose without any call or person word), else "writer"."""
    if _OLD_AFTER.match(part[end : end + 30]):
        return "third"
    paragraph = part[max(0, start - _FOOTER_WINDOW) : start].rsplit("\n\n", 1)[-1]
    if _LEGAL_FOOTER.search(paragraph) or _POSTAL_BOX.search(paragraph.rsplit("\n", 1)[-1]):
        return "third"
    before = part[max(0, start - _OWNER_WINDOW) : start]
    ends = [end for end in _SENTENCE_END.finditer(before) if not _wrapped_line_break(before, end)]
    before = before[ends[-1].end() :] if ends else before
    if _NUMBER_OF_OTHER.search(before):
        return "third"
    words = [w for w in _OWNER_WORD.finditer(before) if not _is_verb_zijn(before, w)]
    if not words:
        return "unannounced" if _in_prose(before) and not _CALL_WORD.search(before) else "writer"
    closest = words[-1]  # the closest person word decides
    if closest.group("own") and closest.group().lower().rstrip(".") in _NEW_WORDS and len(words) > 1:
        previous = words[-2]
        if previous.group("third") and not before[previous.end() : closest.start()].strip():
            return "third"  # "haar nieuwe nummer"
    if closest.group("third"):
        return "third"
    return "first_person" if closest.group().lower().rstrip(".") in _FIRST_PERSON else "writer"


def _is_verb_zijn(before: str, word: re.Match[str]) -> bool:
    return word.group().lower() == "zijn" and bool(_VERB_ZIJN.search(before[: word.start()]))


def _in_prose(before: str) -> bool:
    """The clause before the number has words of a sentence (a signature line holds at most a label)."""
    return len(re.findall(r"[^\W\d_]{2,}", before)) >= 3


def _wrapped_line_break(text: str, end: re.Match[str]) -> bool:
    """A line break inside a sentence of hard-wrapped prose ("Zijn huisarts\n(0318 55 44 33) vroeg"): the line
    before it is long and does not end a sentence. Signature lines are short, so each stays its own."""
    if end.group() != "\n":
        return False
    line = text[: end.start()].rsplit("\n", 1)[-1].rstrip()
    return len(line) >= _WRAPPED_LINE and not line.endswith((".", "!", "?", ":", ";"))


def _normalised(phone: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(phone, region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
