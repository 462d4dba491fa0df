"""Where a writer writes their own name: the sign-off, the signature block, form fields (used by `names`).

People end a mail with a closing ("Met vriendelijke groet,", "Groetjes,", "Mvg", "Kind regards", "Viele Grüße")
followed by their name on the same or the next lines, often first name then full name ("Groet,\\nEsther\\n\\n
Elske Boudewijns\\nCoördinator"), or with no closing at all as the first line of the last block ("Joost de Vrind\\n
Zwolle"). Web forms and care portals write labelled fields ("Naam:", "Voornaam:" + "Achternaam:",
"Contactpersoon:"). These functions return the raw written lines; `names.normalise_name` decides what is a name.
"""

from __future__ import annotations

import re

_SIGN_OFF = re.compile(
    r"^\W{0,3}(?:met\s+(?:een\s+)?)?(?:vriendelijke|vriendelijk|hartelijke|hartelijk|beste|warme|lieve|veel|kind|best|warm"
    r"|many|with kind|with best|liebe|viele|freundliche|herzliche|mit freundlichen|alvast|thanks in|bij voorbaat)?"
    r"\s*(?:groet(?:en|jes|je)?|gr(?:oet)?\.?|regards|wishes|thanks|bedankt|dank\s*(?:u|je)?\s*wel|dank\s*(?:u|je)(?=\W|$)|mvg|m\.v\.g\.?"
    r"|(?:m\.?\s*)?vr\.?\s*gr\.?|hoogachtend|sincerely|yours sincerely|yours faithfully|yours truly|cheers|best"
    r"|thank you|love|liefs|doei|tot ziens|grüße|grüßen|gruß|grüsse|gruss|cordialement|advance|dank|lg|vg|bvd"
    r"|hgr|take care|all the best|tschüss|servus)"
    r"\b[\s,.!]*(.*)$",
    re.IGNORECASE,
)
_CELL_GAP = re.compile(r"\s{3,}|\t|\s\|\s")
# A sentence end inside a line; not after an initial or a title ("J. Kramer", "Dhr. Smit"). The one-character
# look-behind first: it fails at once where no punctuation stands, the four-character one is then rarely tried.
_SENTENCE_GAP = re.compile(r"(?<=[.!?])(?<=[^\W\d_]{3}[.!?])\s+(?=[A-Z])")
_FROM_WORD = re.compile(r"^(?:van|from|von|namens)\s+", re.IGNORECASE)
# A closing words before a name on the same line: "Groetjes, Joke", "Mvg Annet van Dommelen", "- Ruud".
_FORM_FIELD = re.compile(
    r"^[ \t]*(naam|volledige naam|voor- en achternaam|uw naam|name|full name|your name|voornaam|first name"
    r"|achternaam|last name|surname|contactpersoon|contact person|naam contactpersoon|naam melder|melder"
    r"|ingediend door|submitted by|vorname|nachname|afzender|absender|sender)[ \t]*:[ \t]*(\S[^\n]{0,80})$",
    re.IGNORECASE | re.MULTILINE,
)
_FULL_NAME_LABELS = frozenset(
    [
        "naam",
        "volledige naam",
        "voor- en achternaam",
        "uw naam",
        "name",
        "full name",
        "your name",
        "contactpersoon",
        "contact person",
        "naam contactpersoon",
        "naam melder",
        "melder",
        "ingediend door",
        "submitted by",
        "afzender",
        "absender",
        "sender",
    ]
)
_FIRST_NAME_LABELS = frozenset({"voornaam", "first name", "vorname"})
_LAST_NAME_LABELS = frozenset({"achternaam", "last name", "surname", "nachname"})
# A closing inside the last line, as dictated or phone-typed mail writes it without line breaks or punctuation
# ("... bel mij op 06 28 11 90 47 met vriendelijke groet gerda brinkman"): the words after it end the text.
_INLINE_CLOSING = re.compile(
    r"\s(?:met\s+(?:een\s+)?)?(?:vriendelijke|hartelijke)\s+groet(?:en)?|\sgroetjes|\s(?:kind|best)\s+regards"
    r"|\smvg",
    re.IGNORECASE,
)
_INLINE_NAME = re.compile(r"^[\s,.!]*([^\W\d_][^\W\d]*(?:\s+[^\W\d_'][^\W\d]*){1,3})[\s.!]*$")
#: A closing line holds at most this much before the inline closing (a dictated paragraph is one long line).
_MAX_LINE_CHARS = 600
#: Contact lines (phone, address, postcode) a writer puts under the name: looked past for the name line.
_MAX_CONTACT_LINES = 3
#: How many lines after a closing may hold the name (blank lines aside): name, then maybe the full name.
_LINES_AFTER_CLOSING = 4
#: Only the end of the new text holds a sign-off; a closing word early in a letter is prose.
_TAIL_LINES = 12


def form_name(text: str) -> str | None:
    """ "Naam: Joost de Vrind", or "Voornaam: Pieter" with "Achternaam: de Graaf" joined."""
    first = last = None
    for match in _FORM_FIELD.finditer(text):
        label, value = match.group(1).lower(), match.group(2).strip()
        if label in _FULL_NAME_LABELS:
            return value
        if label in _FIRST_NAME_LABELS and first is None:
            first = value
        elif label in _LAST_NAME_LABELS and last is None:
            last = value
    if first and last:
        return f"{first} {last}"
    return first or last


def signed_lines(text: str, signature: str) -> tuple[list[str], list[str]]:
    """The lines that may carry the writer's name, best first: (signed: after a closing or opening the signature
    block; unsigned: the first line of the text's last short block, weaker since it may name a client)."""
    tail = text.splitlines()[-_TAIL_LINES:]
    signed: list[str] = []
    for lines in (tail, signature.splitlines()[:_TAIL_LINES]):
        signed.extend(_after_closing(_pieces(lines)))
    signed.extend(_signature_opener(signature))
    signed.extend(_inline_closing_name(tail))
    return signed, _last_block_opener(tail)


def last_name_line(text: str) -> str | None:
    """The text's last line above any contact lines when the text has more than one line: where a writer
    without a closing or a blank line signs ("ja graag\ntineke bos", "...aan gezet.\nKlaas Wolthuis\ntel: 0546 -
    87 65 43"). Weaker than a signed line: it may name a client, so only a full name counts (`names`)."""
    lines = [line.strip() for line in text.splitlines()[-_TAIL_LINES:] if line.strip()]
    for _ in range(_MAX_CONTACT_LINES):
        if lines and any(char.isdigit() for char in lines[-1]):
            lines.pop()
    return lines[-1] if len(lines) >= 2 else None


def _inline_closing_name(tail: list[str]) -> list[str]:
    """ "... met vriendelijke groet gerda brinkman": the name after a closing inside the text's last line."""
    last = next((line for line in reversed(tail) if line.strip()), "")[-_MAX_LINE_CHARS:]
    closings = list(_INLINE_CLOSING.finditer(last))
    if not closings:
        return []
    name = _INLINE_NAME.match(last[closings[-1].end() :])  # the last closing in the line ends the text
    return [name.group(1)] if name else []


def _pieces(lines: list[str]) -> list[str]:
    """Lines cut into table cells ("Annet van Dommelen      M: 06 ...": an HTML signature's columns) and sentences
    ("Zie onderwerp. Mvg Huub Verbeek"), so that a closing and a name are each found where they start."""
    pieces: list[str] = []
    for line in lines:
        if not line.strip():
            pieces.append("")
            continue
        line = line.strip()
        cells = _CELL_GAP.split(line) if ("   " in line or "\t" in line or "|" in line) else [line]
        for cell in cells:
            if "." in cell or "!" in cell or "?" in cell:
                pieces.extend(piece.strip() for piece in _SENTENCE_GAP.split(cell) if piece.strip())
            elif cell:
                pieces.append(cell)
    return pieces


def _after_closing(lines: list[str]) -> list[str]:
    names: list[str] = []
    for index, line in enumerate(lines):
        match = _SIGN_OFF.match(line)
        if not match:
            continue
        rest = _FROM_WORD.sub("", match.group(1).strip())  # "Groeten van Joke" -> "Joke"
        if rest:
            names.append(rest)
        names.extend([later for later in lines[index + 1 :] if later][:_LINES_AFTER_CLOSING])
    return names


def _last_block_opener(tail: list[str]) -> list[str]:
    """The first line of the text's last short block ("Joost de Vrind\nZwolle")."""
    blocks = "\n".join(tail).strip().split("\n\n")
    last_block = [line.strip() for line in blocks[-1].splitlines() if line.strip()] if blocks else []
    if 0 < len(last_block) <= 4 and len(blocks) > 1 and not _SIGN_OFF.match(last_block[0]):
        return [last_block[0]]
    return []


def _signature_opener(signature: str) -> list[str]:
    first = next((line.strip() for line in signature.splitlines() if line.strip() not in ("", "--")), "")
    return [first] if first and not _SIGN_OFF.match(first) else []
