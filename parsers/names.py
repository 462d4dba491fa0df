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
from parsers.signoff import form_name, last_name_line, signed_lines


def _split(words: str) -> list[str]:
    """Word lists are written as one string, the way they read in the research notes."""
    return words.split()


#: Dutch and German particles: lowercase inside a name ("Joost de Vrind") when the writer's case is lost.
PARTICLES = frozenset(_split("van de der den het 't te ten ter in op onder aan uit von vom zu"))
#: Words that may join a name without a capital ("Fatima el Amrani", "Maria da Silva"); kept as written.
_NAME_LINKS = PARTICLES | frozenset(_split("la le du des di da dos del della el al ben bin"))
#: A name starting with one of these is a surname ("van der Linden", "El Amrani"); "Ben" and "Al" are also
#: first names ("Ben Kortenaar").
_SURNAME_FIRST_WORDS = _NAME_LINKS - {"ben", "al"}
# Words that make a display name a mailbox, role, household or organisation rather than a person.
_NOT_A_PERSON = re.compile(
    r"\b(?:info|help|support|customer|admin|secretariaat|receptie|sales|office|kantoor|mailer|daemon"
    r"|postmaster|no-?reply|noreply|website|webform|formulier|contact|familie|fam|family|gezin|stichting"
    r"|gemeente|b\.?v|n\.?v|v\.?o\.?f|ltd|inc|gmbh|llc|tinybots|robot|tessa|department|redactie|notifications?"
    r"|care|pflege\w*|hospital|clinic|services?|solutions|techniek|technik|verpleeghuis|woonzorg|buurtzorg"
    # compounds: Wijkteam, Servicedesk, Klantenservice, Thuiszorg, Zorggroep, Buitendienst, Verpleging ...
    r"|\w*(?:team|desk|service|zorg|groep|centrum|dienst|afdeling|planning|administratie|verpleging|kliniek"
    r"|ziekenhuis|apotheek|praktijk|bureau)\w*"
    # a job title on the name's line or in its place: Doktersassistente, Wijkverpleegkundige, Zorgcoördinator
    r"|\w*(?:assistent|verpleegkundig|verzorgend|co[oö]rdinator|medewerk|adviseur|consulent|secretar|therapeut"
    r"|begeleid|manager|mantelzorger)\w*|nurse|assistant|secretary|caregiver|carer)\b\.?",
    re.IGNORECASE,
)
#: Family and pet names that make a display name a nickname ("Oma Truus", "Opa Henk", "Mama"), not a name.
_FAMILY_WORDS = frozenset(
    _split(
        "oma opa omi opi oma's mama mam papa pap moeder vader tante oom granny grandma grandpa nana nan mum mom dad"
    )
)
#: Words of a sentence, not a name: a lower-case line holding one is prose ("en tot snel", "thanks for all").
_ORDINARY_WORDS = (
    frozenset(
        _split(
            "en tot snel ziens de het een is was bedankt alvast voor hulp ik u je jij wij we en of and to you for all "
            "the thanks help me my und bis bald dank danke vielen mit nog graag weer dag goed"
        )
    )
    - PARTICLES
)
_TITLE = re.compile(
    r"^(?:(?:dhr|mevr|mw|mevrouw|meneer|de heer|mr|mrs|ms|miss|dr|drs|ir|ing|prof|mr\.\s?dr|frau|herr|fr|hr"
    r"|dipl\.?-?ing|mag)\.?\s+){1,3}",
    re.IGNORECASE,
)
# A word of a name: letters with apostrophes and hyphens inside ("O'Brien", "Anne-Marie"), initials ("J.",
# "A.B."), or "'t". A dot inside a word ("jan.devries") is a mailbox name, not a written name.
_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['\u2019\-])*$|^(?:[^\W\d_]{1,2}\.){1,3}$|^'t$", re.IGNORECASE)
_SELF_INTRODUCTION = re.compile(
    r"\b(?i:mijn naam is|ik ben|ik heet|my name is|i am|i'm|this is|hier is)\s+"
    r"((?:[A-Z][\w'\u2019\-]*\.?|'t)(?:\s+(?:[A-Z][\w'\u2019\-]*\.?|(?:"
    + "|".join(sorted(_NAME_LINKS, key=len, reverse=True))
    + r")\b)){0,5})"
)
# "Joost de Vrind via Tinybots", "Joost de Vrind namens Website": the person, sent through a form or a list.
_VIA_SUFFIX = re.compile(r"(?<!\s)\s+(?:via|namens|on behalf of)\s+.*$", re.IGNORECASE)
_GLUED_INITIAL = re.compile(r"(?<=\b[^\W\d_]\.)(?=[^\W\d_]{2})")
_SEPARATED_ADDITION = re.compile(r"(?<!\s)\s+[|/\u2013\u2014-]\s+")
_MAX_WORDS = 6
# Two people in one name: "Jan en Marie de Vries", "Ria & Gert", "John and Mary Smith" (the signer decides).
_TWO_PEOPLE = re.compile(r"\s(?:en|and|und|&|\+)\s", re.IGNORECASE)
# A phone or address after the signed name on one line: "Huub Verbeek, 06 - 2233 4455".
_TRAILING_DETAIL = re.compile(r"\s*[,;]\s*[^\d\n,;]{0,40}\d[^\n]*$")
# Initials with the call name in brackets, a Dutch habit: "P.J. (Piet) Jansen", "Mw. A.M. (Annie) de Vries".
_CALL_NAME = re.compile(
    r"^((?:[^\W\d_]{1,2}\.\s?){1,4})\s*\(([^\W\d_][^\W\d_'\u2019\-]+)\)\s+(?=\S)", re.IGNORECASE
)
# What a signer adds in brackets: "Rina Velthuis (mede namens Gert)", "Marloes Baksteen (dochter)".
_ADDITION = re.compile(r"\s*[(\[][^()\[\]]{0,80}[)\]]\s*$")


def find_name(
    *, display_name: str | None, address: str | None, text: str, signature: str
) -> Found[str] | None:
    """The writer's name in proper case, or None when no source names a person.

    The From display name is taken when it is a full name and nobody else signs; the one who signs wins over
    another person's mailbox (a daughter writing from her mother's account); a partial display name (initials,
    a first name, a surname, a nickname, a device) is completed or replaced by the signed name.
    """
    header = _from_display_name(display_name, address)
    closing_lines, unsigned_lines = signed_lines(text, signature)
    if header and _is_full(header):
        # Only a name after a closing or heading the signature replaces a full display name: a text's last
        # line may name the client ("Maria Jansen\nKamer 12").
        truly_signed = _best_name(closing_lines)
        if truly_signed and _is_full(truly_signed) and not _same_person(header, truly_signed):
            return Found(truly_signed, "signature")
        return Found(header, "header")
    # Read only here: with a full display name (most mail) the name of every signed line is not needed.
    signed = _best_name(closing_lines + unsigned_lines)
    if signed and _is_full(signed):
        return Found(signed, "signature")
    last_line = _last_line_name(text)
    if last_line:
        return Found(last_line, "signature")
    # Form fields only count without a written name: "Naam:" in a person's letter often names their client.
    form = _form_name(text, signature)
    if form and _is_full(form):
        return Found(form, "body")
    combined = _completed(header, signed) or _one_of_a_couple(display_name, signed)
    if combined:
        return Found(combined, "signature")
    introduced = _from_introduction(text)
    if introduced and _is_full(introduced):
        return Found(introduced, "body")
    # Nothing else names the writer: a lone first name, a surname, a nickname or initials with a surname
    # ("Jeroen", "van der Linden", "Oma Truus", "A.M. Groeneveld") is no full name, and the label policy
    # records no name for them (the acknowledgement then greets "Beste klant").
    return None


def normalise_name(raw: str) -> str | None:
    """ "Vries, Jan de" / "DE VRIES, JAN" / "jan de vries" -> "Joost de Vrind"; None when not a person's name."""
    cleaned = _TITLE.sub("", raw.strip().strip("\"'"))
    cleaned = _CALL_NAME.sub(r"\2 ", cleaned)  # "P.J. (Piet) Jansen" -> "Pim Jaspers"
    cleaned = re.sub(r"\s*[\(\[<].*$", "", cleaned).strip(" ,;")
    cleaned = _SEPARATED_ADDITION.split(_VIA_SUFFIX.sub("", cleaned))[0]  # "Joost de Vrind | Thuiszorg"
    cleaned = _TITLE.sub("", cleaned)
    if "." in cleaned:
        cleaned = _GLUED_INITIAL.sub(" ", cleaned)  # "J.de Vries" -> "J. de Vries"
    if "," in cleaned:
        cleaned = _surname_first_turned(cleaned)
    words = cleaned.split()
    if not words or len(words) > _MAX_WORDS or _NOT_A_PERSON.search(cleaned) or _TWO_PEOPLE.search(cleaned):
        return None
    if not all(_NAME_WORD.match(word) for word in words) or all(w.lower() in _NAME_LINKS for w in words):
        return None
    return " ".join(_proper_case(word, first=index == 0) for index, word in enumerate(words))


def _surname_first_turned(cleaned: str) -> str:
    """ "Vries, Jan de" -> "Joost de Vrind"; "Joost de Vrind, mantelzorger" -> "Joost de Vrind"."""
    last, _, first = cleaned.partition(",")
    last_words = last.split()
    if len(last_words) > 1 and all(word.lower() in _NAME_LINKS for word in last_words[1:]):
        last_words = [*last_words[1:], last_words[0]]  # Exchange style "Vries de, J." -> particles first
    # Before the comma must be a surname: particles and one word ("De Vries", "van der Berg", "Jansen-de Vries").
    # A one-letter word is no surname: "Dank u, het geluid doet" is a sentence.
    is_surname = len(last_words[-1]) > 1 and (
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


def _form_name(text: str, signature: str) -> str | None:
    raw = form_name(text) or form_name(signature)
    return normalise_name(raw) if raw else None


def _best_name(candidate_lines: list[str]) -> str | None:
    """The best name the writer signs with: a full name (the one completing a signed first name), else one word."""
    # "Mevrouw Groeneveld", "Dhr. Jansen": a title before one word names a surname, never a first name.
    lines = (_without_additions(line) for line in candidate_lines if not _titled_surname(line))
    names = [name for line in lines if _looks_written_as_name(line) and (name := normalise_name(line))]
    if not names:
        return None
    first = names[0]
    if _is_full(first):
        return first
    completing = (name for name in names[1:] if _is_full(name) and name.split()[0] == first.split()[0])
    return next(completing, first)


def _titled_surname(line: str) -> bool:
    title = _TITLE.match(line.strip())
    return title is not None and len(line.strip()[title.end() :].split()) == 1


def _last_line_name(text: str) -> str | None:
    """A full name on the text's last line (above contact lines) when nobody signs after a closing."""
    line = last_name_line(text)
    if not line:
        return None
    line = _without_additions(line)
    name = normalise_name(line) if _looks_written_as_name(line, words=2) else None
    return name if name and _is_full(name) else None


def _without_additions(line: str) -> str:
    """The signed line without a trailing phone or address and without a bracketed addition."""
    if "," in line or ";" in line:
        line = _TRAILING_DETAIL.sub("", line)
    # A title is written lower case in Dutch ("ir. Bram van Alphen", "drs. C. Lambregts"): not part of the name.
    line = _TITLE.sub("", line.strip())
    if "(" in line:
        line = _CALL_NAME.sub(r"\2 ", line)
    return _ADDITION.sub("", line) if ("(" in line or "[" in line) else line


def _is_full(name: str) -> bool:
    """First and last name written out: two words or more, no initial first, not a particle first, no nickname."""
    words = name.split()
    return (
        len(words) >= 2
        and not words[0].endswith(".")
        and words[0].lower() not in _SURNAME_FIRST_WORDS
        and not _is_nickname(name)
        and any(not w.endswith(".") and w.lower() not in _NAME_LINKS for w in words[1:])
    )


def _is_nickname(name: str) -> bool:
    return name.split()[0].lower() in _FAMILY_WORDS


def _same_person(header: str, signed: str) -> bool:
    """Header and signature name one person when the first names agree (spouses and children share surnames),
    or when the signer uses a short form of the display name's first name with the same surname ("Beatrix
    Vermeulen" signing "Tessel Vermeer", "Petronella Kooij" signing "Nel Kooij"). A short form drops at least two
    letters: "Hans Kok" signed "Ans Kok" is his wife."""
    header_words, signed_words = header.lower().split(), signed.lower().split()
    if header_words[0] == signed_words[0]:
        return True
    full_first, short_first = header_words[0], signed_words[0]
    return (
        header_words[-1] == signed_words[-1]
        and len(short_first) >= 3
        and len(full_first) - len(short_first) >= 2
        and short_first in full_first
    )


def _completed(header: str | None, signed: str | None) -> str | None:
    """A signed first name with the display name's surname: "van der Linden" + "Joke", "J. Kramer" + "Johanna",
    "Dekker" + "Fatima" (a one-word display name that is not the signed first name is a surname)."""
    if not header or not signed or " " in signed or _is_nickname(header):
        return None
    words = header.split()
    surname = [w for w in words if not w.endswith(".")]
    initials = [w for w in words if w.endswith(".")]
    if not surname or surname[0].lower() == signed.lower():
        return None
    surname_only = len(words) == 1 or surname[0].lower() in _NAME_LINKS or (initials and words[0] in initials)
    if not surname_only or (initials and initials[0][:1].upper() != signed[:1].upper()):
        return None
    particles = [w.lower() if w.lower() in _NAME_LINKS else w for w in surname[:-1]]
    return " ".join([signed, *particles, surname[-1]])


def _one_of_a_couple(display_name: str | None, signed: str | None) -> str | None:
    """ "Jan en Marie de Vries" signed "Marie" -> "Marie de Vries": the signer with the couple's surname."""
    if not display_name or not signed or " " in signed or not _TWO_PEOPLE.search(display_name):
        return None
    people = _TWO_PEOPLE.split(display_name.strip())
    if signed.lower() not in (person.split()[0].lower() for person in people if person.split()):
        return None
    surname = normalise_name(" ".join(["X", *people[-1].split()[1:]]))
    return f"{signed} {surname.split(' ', 1)[1]}" if surname and " " in surname else None


def _looks_written_as_name(line: str, *, words: int = 1) -> bool:
    """Free text is a name only as people write names: capitalised words (particles aside) or all caps; or,
    as some older writers type, a lower-case first and last name without any ordinary word ("piet jansen")."""
    parts = re.sub(r"^[\s\-\u2013\u2014]+", "", line).split()
    if len(parts) < words or line.rstrip().endswith((",", ":", "!", "?")):
        return False
    if line.islower() and 2 <= len(parts) <= 4:
        # "piet jansen", not "het geluid doet": a name written in lower case starts with its first name
        return parts[0] not in _NAME_LINKS and not any(p.strip(".") in _ORDINARY_WORDS for p in parts)
    if not parts[0][:1].isupper():
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
