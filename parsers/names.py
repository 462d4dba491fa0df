"""The writer's name, "First Last" with Dutch particles kept (extraction step of `parse_message`).

Taken from the From display name when that is a person's name (source "header"), else from the sign-off or
signature ("signature"), else from "mijn naam is ..." / "my name is ..." in the new text ("body").
A full name (two or more words) from any source beats a lone first name.

# why not a name-parsing library (nameparser, probablepeople): they model English names and do not know that
# Dutch particles ("van der", "'t") stay lowercase inside a name but belong to the surname in "Vries, Jan de".
"""

from __future__ import annotations

import re

from parsers.model import Found


def _split(words: str) -> list[str]:
    """Word lists are written as one string, the way they read in the research notes."""
    return words.split()


#: Dutch and German particles: lowercase inside a name ("Jan de Vries") when the writer's case is lost.
PARTICLES = frozenset(_split("van de der den het 't te ten ter in op onder aan uit von vom zu"))
#: Words that may join a name without a capital ("Fatima el Amrani", "Maria da Silva"); kept as written.
_NAME_LINKS = PARTICLES | frozenset(_split("la le du des di da dos del della el al ben bin"))
# Words that make a display name a mailbox, role, household or organisation rather than a person.
_NOT_A_PERSON = re.compile(
    r"\b(?:info|help|support|customer|admin|secretariaat|receptie|sales|office|kantoor|mailer|daemon"
    r"|postmaster|no-?reply|noreply|website|webform|formulier|contact|familie|fam|family|gezin|stichting"
    r"|gemeente|b\.?v|n\.?v|v\.?o\.?f|ltd|inc|gmbh|llc|tinybots|robot|tessa|department|redactie|notifications?"
    # compounds: Wijkteam, Servicedesk, Klantenservice, Thuiszorg, Zorggroep, Buitendienst, Verpleging ...
    r"|\w*(?:team|desk|service|zorg|groep|centrum|dienst|afdeling|planning|administratie|verpleging|kliniek"
    r"|ziekenhuis|apotheek|praktijk|bureau)\w*)\b\.?",
    re.IGNORECASE,
)
_TITLE = re.compile(
    r"^(?:dhr|mevr|mw|mevrouw|meneer|de heer|mr|mrs|ms|miss|dr|drs|ir|ing|prof|mr\.\s?dr)\.?\s+",
    re.IGNORECASE,
)
# A word of a name: letters with apostrophes and hyphens inside ("O'Brien", "Anne-Marie"), initials ("J.",
# "A.B."), or "'t". A dot inside a word ("jan.devries") is a mailbox name, not a written name.
_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['\u2019\-])*$|^(?:[^\W\d_]{1,2}\.){1,3}$|^'t$", re.IGNORECASE)
_SIGN_OFF = re.compile(
    r"^\s*(?:met\s+)?(?:vriendelijke|hartelijke|beste|warme|lieve|veel|hoogachtend|kind|best|warm|many|with kind)?"
    r"\s*(?:groet(?:en|jes)?|regards|wishes|thanks|bedankt|dank\s*(?:u|je)?\s*wel|mvg|m\.v\.g\.?|vr\.?\s*gr\.?"
    r"|hoogachtend|sincerely|yours sincerely|yours faithfully|cheers|thank you)\b[\s,.!]*(.*)$",
    re.IGNORECASE,
)
_SELF_INTRODUCTION = re.compile(
    r"\b(?i:mijn naam is|ik ben|ik heet|my name is|i am|i'm|this is|hier is)\s+"
    r"((?:[A-Z][\w'\u2019\-]*\.?|'t)(?:\s+(?:[A-Z][\w'\u2019\-]*\.?|(?:"
    + "|".join(sorted(_NAME_LINKS, key=len, reverse=True))
    + r")\b)){0,5})"
)
# Web forms write the name as a labelled line: "Naam: Annemiek Bakker".
_LABELLED_NAME = re.compile(
    r"^[ \t]*(?:naam|volledige naam|voor- en achternaam|uw naam|name|full name|your name)[ \t]*:[ \t]*(\S.*)$",
    re.IGNORECASE | re.MULTILINE,
)
# "Jan de Vries via Tinybots", "Jan de Vries namens Website": the person, sent through a form or a list.
_VIA_SUFFIX = re.compile(r"\s+(?:via|namens|on behalf of)\s+.*$", re.IGNORECASE)
_SEPARATED_ADDITION = re.compile(r"\s+[|/\u2013\u2014-]\s+")
_MAX_WORDS = 6


def find_name(
    *, display_name: str | None, address: str | None, text: str, signature: str
) -> Found[str] | None:
    """The writer's name in proper case, or None when no source names a person."""
    candidates: list[Found[str]] = []
    header = _from_display_name(display_name, address)
    if header:
        candidates.append(Found(header, "header"))
    labelled = _LABELLED_NAME.search(text)
    form_name = normalise_name(labelled.group(1)) if labelled else None
    if form_name:
        candidates.append(Found(form_name, "body"))
    signed = _from_sign_off(signature, text)
    if signed:
        candidates.append(signed)
    introduced = _from_introduction(text)
    if introduced:
        candidates.append(Found(introduced, "body"))
    for candidate in candidates:
        if " " in candidate.value:
            return candidate
    return candidates[0] if candidates else None


def normalise_name(raw: str) -> str | None:
    """ "Vries, Jan de" / "DE VRIES, JAN" / "jan de vries" -> "Jan de Vries"; None when not a person's name."""
    cleaned = re.sub(r"\s*[\(\[<].*$", "", raw.strip().strip("\"'")).strip(" ,;")
    cleaned = _SEPARATED_ADDITION.split(_VIA_SUFFIX.sub("", cleaned))[0]  # "Jan de Vries | Thuiszorg"
    cleaned = _TITLE.sub("", cleaned)
    if "," in cleaned:
        cleaned = _surname_first_turned(cleaned)
    words = cleaned.split()
    if not words or len(words) > _MAX_WORDS or _NOT_A_PERSON.search(cleaned):
        return None
    if not all(_NAME_WORD.match(word) for word in words) or all(w.lower() in _NAME_LINKS for w in words):
        return None
    return " ".join(_proper_case(word, first=index == 0) for index, word in enumerate(words))


def _surname_first_turned(cleaned: str) -> str:
    """ "Vries, Jan de" -> "Jan de Vries"; "Jan de Vries, mantelzorger" -> "Jan de Vries"."""
    last, _, first = cleaned.partition(",")
    last_words = last.split()
    if len(last_words) > 1 and all(word.lower() in _NAME_LINKS for word in last_words[1:]):
        last_words = [*last_words[1:], last_words[0]]  # Exchange style "Vries de, J." -> particles first
    # Before the comma must be a surname: particles and one word ("De Vries", "van der Berg", "Jansen-de Vries").
    is_surname = (
        len(last_words) == 1
        or all(word.lower() in _NAME_LINKS for word in last_words[:-1])
        or (len(last_words) == 2 and "-" in last_words[0])
    )
    if not is_surname:
        return last
    # Behind a first name the Dutch particles go lowercase: "Van der Berg, Anneke" -> "Anneke van der Berg".
    last_words = [w.lower() if w.lower() in PARTICLES else w for w in last_words[:-1]] + last_words[-1:]
    first_words = first.split()
    # Particles written after the first name ("Vries, Jan de") belong before the surname.
    trailing = [w for w in first_words if w.lower() in _NAME_LINKS]
    given = [w for w in first_words if w.lower() not in _NAME_LINKS]
    return " ".join([*given, *trailing, *last_words])


def _proper_case(word: str, *, first: bool) -> str:
    lowered = word.lower()
    if word != word.upper() and word != lowered:
        return word  # the writer's own capitals: "McDonald", "El Amrani", Flemish "De Bruyne"
    if word.endswith("."):
        return word.upper()  # initials: "a.b." -> "A.B."
    if lowered in _NAME_LINKS and not first:
        return lowered if lowered in PARTICLES or word == lowered else word.capitalize()
    parts = lowered.split("-")
    # "jansen-de vries" -> "Jansen-de Vries": a particle after the hyphen stays lowercase.
    return "-".join(
        part if index and part in PARTICLES else _capitalise_part(part) for index, part in enumerate(parts)
    )


def _capitalise_part(part: str) -> str:
    # "o'brien" -> "O'Brien", "d'ancona" -> "D'Ancona"; a lone "'t" stays as it is.
    if len(part) > 2 and part[1] in "'\u2019":
        return part[0].upper() + part[1] + part[2:].capitalize()
    return part.capitalize()


def _from_display_name(display_name: str | None, address: str | None) -> str | None:
    if not display_name or "@" in display_name:
        return None
    if address and display_name.strip().lower() == address.partition("@")[0].lower():
        return None  # the mailbox name repeated ("jdevries"), not a written name
    return normalise_name(display_name)


def _from_sign_off(signature: str, text: str) -> Found[str] | None:
    """The line after "Met vriendelijke groet," (or the same line), in the signature or the end of the text."""
    for part, source in ((signature, "signature"), ("\n".join(text.splitlines()[-6:]), "body")):
        lines = [line.strip() for line in part.splitlines()]
        for index, line in enumerate(lines):
            match = _SIGN_OFF.match(line)
            if not match:
                continue
            rest = [match.group(1), *(later for later in lines[index + 1 : index + 3] if later)]
            for option in rest:
                name = normalise_name(option) if _looks_written_as_name(option) else None
                if name:
                    return Found(name, "signature")
        if source == "signature":
            first_line = next((line for line in lines if line and line != "--"), "")
            name = normalise_name(first_line) if _looks_written_as_name(first_line, words=2) else None
            if name:
                return Found(name, "signature")
    return None


def _looks_written_as_name(line: str, *, words: int = 1) -> bool:
    """Free text is a name only as people write names: capitalised words (particles aside) or all caps."""
    parts = re.sub(r"^[\s\-\u2013\u2014]+", "", line).split()
    if len(parts) < words or not parts[0][:1].isupper():
        return False
    return line.isupper() or all(p[:1].isupper() or p.lower() in _NAME_LINKS for p in parts)


def _from_introduction(text: str) -> str | None:
    match = _SELF_INTRODUCTION.search(text)
    if not match:
        return None
    words = match.group(1).split()
    while words and words[-1].lower() in _NAME_LINKS:
        words.pop()
    return normalise_name(" ".join(words)) if words else None
