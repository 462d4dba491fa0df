"""Robot id: the token a writer gives after a robot label (extraction step of `parse_message`).

How people write it: right after the label ("Robot Id: TS-2231", "robotnr 4521", "Seriennummer: TS-2024-0915"),
with a few words or a bracket between ("Robot-id van mijn vader: 64927", "Robot Id cliënt: 3390", "het
serienummer dat achter op het apparaat staat is TS-2019-0431", "Robot Id was 11793"), the product word and the
id in a subject or sentence ("Robot 20586 start niet op", "zij had robot 70147", "ons robot (8123)"), and
plural labels before a list (the first id counts), an HTML table's "Robot ID" column, and without any label a
bare numbering word shortly after the product word ("de robot doet het niet meer het nummer is TS-5813"). Labels are data (`helpdesk.robot_id_labels` replaces the
list); a label with "id", "nummer", "number", "nr", "serial" may have up to `_MAX_FILLER_WORDS` words before the
id in the same sentence; a bare product word ("robot", "Tessa", "Roboter") only the id right after it.

What is never an id: order, customer, invoice and ticket numbers (a label of another number between label and
token stops the search), postcodes, dates, times, counts ("3 robots"), amounts, error codes, versions, years
after a bare product word, and phone fragments. The id itself is 3-36 letters, digits and dashes with at least
one digit, reported uppercase. `helpdesk.robot_id_pattern` (Tinybots' own serial shape, optional) is strong
evidence: a labelled token of that shape wins over other labelled tokens, and without any label the first
token of that shape is taken.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from parsers.model import Found, ParserConfig, Source
from parsers.robot_id_shape import shape_problem

__all__ = ["DEFAULT_LABELS", "find_robot_id", "shape_problem"]

DEFAULT_LABELS: tuple[str, ...] = (
    # Dutch
    "robot id", "robot ids", "robot-id", "robotid", "id robot", "id van de robot", "robot identificatie",
    "robotnummer", "robotnummers", "robot nummer", "robotnr.", "robotnr", "robot nr.", "robot nr",
    "serienummer", "serienummers", "serie nummer", "serienr.", "serienr", "tessa nr.", "tessa nr",
    "tessa-nummer", "tessanummer", "tessa nummer", "tessa-nummers", "tessanummers", "tessa nummers", "tessa id",
    "tessa-id", "apparaatnummer",
    # English
    "robot number", "robot numbers", "robot no.", "robot no", "serial number", "serial numbers", "serial no.",
    "serial no", "serial", "s/n", "sn", "tessa number", "tessa no.", "device id",
    # German
    "seriennummer", "seriennr.", "roboter-id", "roboter id", "roboternummer", "geräte-id", "gerätenummer",
    "tessa-id",
    # Frisian
    "robotnûmer", "robot nûmer", "searjenûmer", "tessa-nûmer", "tessanûmer",
    # French, Spanish, Italian, Portuguese (families and nurses abroad, Belgian writers)
    "numéro de série", "numero de serie", "n° de série", "numéro du robot", "número de serie",
    "numero di serie", "numéro de robot", "número de série", "numero de série", "nº de série",
    # the labels as they are often mistyped (a letter dropped or doubled)
    "robotnumer", "robot numer", "robotnummmer", "robotnumme", "serienumer", "serienumme", "robotnumber",
    "tessanr", "tessa-nr",
    # the numbering word before the product word: "het nummer van de robot is 4471"
    "nummer van de robot", "nummer van mijn robot", "nummer van onze robot", "nummer van de tessa",
    "nummer van mijn tessa", "number of the robot", "number of my robot", "nummer des roboters",
    # the product word itself: only an id right after it
    "robot", "tessa", "roboter", "tessa-robot", "robotje",
)  # fmt: skip
#: Labels that may have words between them and the id; the others (bare product words, "sn") may not.
_WORDY_LABEL = re.compile(
    r"id|nummer|nûmer|number|nr|no\.?$|serial|seri|nr\.|num[eé]r|numme|n°|s[ée]rie", re.IGNORECASE
)
_MAX_FILLER_WORDS = 7
# "robot heeft nummer", "Tessa met ID": words that make a bare product word a label within a few words.
_NUMBERING = re.compile(
    r"^(?:nummer|nr|id|number|no|nummers|serienummer|serial|nûmer|nummer)$", re.IGNORECASE
)
_MAX_WORDS_TO_NUMBERING = 3
# Whose robot, right after a bare product word: "de robot van mijn opa (ID 72406-B)", "the robot of my dad: 4411",
# "robot van mevr. Dekker, het ID is TS-2020-1217" (a title and a surname, then the id's own label).
_OWNER_PHRASE = re.compile(
    r"[ \t]+(?:van|of|von)[ \t]+(?:(?:mijn|m'n|ons|onze|de|het|haar|zijn|hun|my|our|her|his|their|the|meiner"
    r"|meines|meinem|unserer|unseres|der|des)[ \t]+[^\W\d_]{2,20}"
    r"|(?:mevr|mevrouw|mw|dhr|meneer|de heer|mr|mrs|ms|frau|herr)\.?[ \t]+(?:[^\W\d_]\.[ \t]?){0,3}"
    r"(?:(?:van|de|der|den|ter|ten|von)[ \t]+){0,2}[^\W\d_]{2,20})"
    r"(?:(?=[ \t]*[(:])|[ \t]*,[ \t]*(?:(?:het|de|the|das|die)[ \t]+)?(?=(?:id|nr|nummer|number|serienummer)\b))",
    re.IGNORECASE,
)
# A numbering word and whose robot before a bare product word: "het nummer van mijn moeders robot is 38561",
# "the serial number of my dad's Tessa is ...": the product word then takes the id a few words on.
_NUMBER_OF_BEFORE = re.compile(
    r"\b(?:nummer|number|nr\.?|id|serienummer|serial number|nûmer)[ \t]+(?:van|of|von)[ \t]+"
    r"(?:[^\W\d_][\w'\u2019]{0,20}[ \t]+){0,3}$",
    re.IGNORECASE,
)
_LOOK_BEHIND = 60
# What may stand between a bare product word and its id: "Robot 20586", "robot (8123)", "Robot: 4411".
_BEFORE_ADJACENT_ID = re.compile(r"[\s:#=(\-]*")
_LABEL_END = re.compile(
    r"[ \t]*+[:#=]?[ \t]*+\n(?=[ \t]*+[A-Za-z0-9])"
)  # possessive: linear on long blank runs
#: A line this long that does not end a sentence was wrapped by the mail client, not ended by the writer.
_WRAPPED_LINE = 60
# Table cells in text: an HTML table's columns are rendered apart by runs of spaces (or a tab).
_CELL_GAP = re.compile(r"[ \t]{2,}|\t")
#: How far below a table's header row its first row is looked for.
_ROW_WINDOW = 300
# A bare numbering word ("het nummer is", "id is", "nr:") and the product word that must stand before it.
_BARE_NUMBERING = re.compile(
    r"\b(?:nummer|number|id|nr)\b\.?[ \t]*(?:is|was|=|:)?[ \t]*(?=\w)", re.IGNORECASE
)
_PRODUCT_WORD = re.compile(r"\b(?:robot\w*|tessa|roboter)\b", re.IGNORECASE)
#: Every match of `_PRODUCT_WORD` holds one of these; "ſ" is the one character IGNORECASE matches to one of their
#: letters ("s") that `str.lower` does not lower to it.
_PRODUCT_STEMS = ("robot", "tessa")
_FOLDED_S = "\u017f"
_PRODUCT_WINDOW = 120
_PHONE_GOES_ON = re.compile(r"[ \t]*[\-\u2013.]?[ \t]*\d")
#: A token that starts with 0 and holds this many digits is a phone number ("0031-6-13544917", "0701234567").
_PHONE_DIGITS = 6
#: "mijn nummer is", "your number": a person's number is their phone.
_PERSONS_NUMBER = frozenset(["mijn", "m'n", "my", "mein", "meine", "uw", "your", "je", "jouw", "ihre"])
# The sentence after a label that ends without its id, referring back to it: "Het staat op de onderkant: ".
_BACK_REFERENCE = re.compile(
    r"[ \t]*(?:het|dat|die|deze|it|this|es|das)\b[^.\n?!:]{0,60}?(?::|\bis\b)[ \t]*", re.I
)
# A list item under a label: "- kamer 12: 70319", "* 70319", "1. mw. Jansen: 70319".
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*\u2022\u00b7]|\d{1,2}[.)])[ \t]+")
#: How far after a label its id may stand, and how many labels a mail's part is searched for.
_WINDOW = 70
_MAX_LABELS = 40
_WORD = re.compile(r"[^\W_](?:[\w\-]{0,40}[^\W_])?")
# Where the label's sentence ends: the id is in the same sentence (a dot inside "nr." is the label's own).
# ... and so is the dot of a numbering abbreviation after a product word: "de robot (nr. 30275)".
# ... nor the dot of a title before whose robot it is: "Robot-id van mevr. Jansen: 12345".
_SENTENCE_END = re.compile(
    # (?=\.) first: the look-behinds run only before a dot, not at every position (same matches, ~6x faster)
    r"[\n?!;]|(?=\.)(?<!\bnr)(?<!\bno)(?<!\bmevr)(?<!\bmw)(?<!\bdhr)(?<!\bmr)(?<!\bmrs)(?<!\bdr)\.(?:\s|$)",
    re.IGNORECASE,
)
# Words of another number's label: the token after them is that number, not the robot's.
_OTHER_NUMBER = re.compile(
    r"^(?:order|bestel|factuur|invoice|klant|customer|client|cliënt(?:nummer|nr)|ticket|postcode|zip|tel"
    r"|telefoon|phone|mobiel|mobile|gsm|fax|fout|error|fehler|code|versie|version|firmware|update|datum|date"
    r"|kamer|room|zimmer|huisnummer|pakbon|bon|rekening|iban|bsn|kvk|btw|artikel|referentie|kenmerk|pin"
    r"|wachtwoord|password|storing|melding)\w*$",
    re.IGNORECASE,
)
# Words saying the writer does not have the id: "robotnummer weet ik niet", "robot Id heb ik nog niet".
_NO_ID = re.compile(r"^(?:niet|not|nicht|geen|kein\w*|onbekend|unknown|none|n/a)$", re.IGNORECASE)
_TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9\-]{1,34})[A-Za-z0-9]")
_NOT_AN_ID = re.compile(
    r"^\d{1,2}-\d{1,2}-\d{2,4}$|^\d{4}-\d{1,2}-\d{1,2}$"  # a date
    r"|^\d{4}[A-Z]{2}$"  # a Dutch postcode
    r"|^0\d{1,3}-?\d{6,8}$|^0\d{9}$|^00\d{9,}$"  # a phone number
    r"|^E-?\d{1,3}$"  # an error code
)
_AFTER_NOT_AN_ID = re.compile(
    r"^(?:\s*(?:robots?|tessa'?s|stuks|pieces|units|euro|eur|jaar|years?|dagen|days|uur|hours?|minuten|minutes"
    r"|keer|times|mal|procent|percent)\b|\s?%|(?-i:\s?[A-Z]{2}\b)|[ \-]\d|[.,:]\d|/\d)",
    re.IGNORECASE,
)
#: "3 robots", "1200 euro", "15 minuten": a count or amount is short; an id followed by "robot" is still an id.
_MAX_COUNT_DIGITS = 4
_BEFORE_NOT_AN_ID = re.compile(
    r"(?:[€$£]\s?|\d[.,:/]|\b(?:sinds|since|seit|om|at|um|tot|until|bis)\s)$", re.I
)


def find_robot_id(*, subject: str, text: str, signature: str, config: ParserConfig) -> Found[str] | None:
    """The robot id from the subject (source "header"), the new text or the signature; None when absent."""
    labels = _labels_pattern(config.robot_id_labels or DEFAULT_LABELS)
    shape = _shape(config.robot_id_pattern)
    parts: tuple[tuple[str, Source], ...] = ((subject, "header"), (text, "body"), (signature, "signature"))
    labelled = [(token, source) for part, source in parts for token in _labelled_ids(labels, part, config)]
    if shape is not None:
        for token, source in labelled:
            if shape.fullmatch(token):
                return Found(token, source)
    if labelled:
        return Found(*labelled[0])
    # The bare numbering words belong to the built-in labels: a configured list replaces them too.
    for part, source in parts if config.robot_id_labels is None else ():
        bare = _id_after_bare_numbering(part, config)
        if bare:
            return Found(bare, source)
    if shape is not None:
        for part, source in parts:
            match = shape.search(part)
            if match:
                return Found(match.group(0).upper(), source)
    return None


def _id_after_bare_numbering(part: str, config: ParserConfig) -> str | None:
    """Without any robot label: "de robot van mijn vrouw doet het niet meer het nummer is TS-5813", "robot werkt
    niet, ze hoort niks. id is 7781": a bare numbering word names the robot's id when the product word stands
    shortly before it in the same paragraph and no other number's word ("telefoon nummer") precedes it."""
    if not _may_name_product(part):
        return None  # no product word before any numbering word: skip the IGNORECASE scans
    for count, label in enumerate(_BARE_NUMBERING.finditer(part)):
        if count >= _MAX_LABELS:
            break
        before = part[max(0, label.start() - _PRODUCT_WINDOW) : label.start()].rsplit("\n\n", 1)[-1]
        previous = before.split()[-1:]
        if not _PRODUCT_WORD.search(before) or (
            previous and (_OTHER_NUMBER.match(previous[0]) or previous[0].lower() in _PERSONS_NUMBER)
        ):
            continue
        word = _WORD.match(part, label.end())
        if word is None or _PHONE_GOES_ON.match(part, word.end()) or _phone_like(word.group(0)):
            continue  # "mijn nummer is 0546 87 65 43": a phone, not an id
        token = _checked(part, word.start(), word.group(0), config=config)
        if token:
            return token
    return None


def _may_name_product(part: str) -> bool:
    """False when `_PRODUCT_WORD` matches in no piece of `part`: each of its matches holds "robot" or "tessa".
    Exact on the lowercased text: IGNORECASE matches no other character to their letters but "ſ" to "s", which
    `str.lower` keeps (tests/test_extract_robot_id.py checks every character)."""
    lower = part.lower()
    return any(map(lower.__contains__, _PRODUCT_STEMS)) or _FOLDED_S in part


def _phone_like(value: str) -> bool:
    return value.startswith("0") and sum(char.isdigit() for char in value) >= _PHONE_DIGITS


def _labelled_ids(labels: re.Pattern[str], part: str, config: ParserConfig) -> list[str]:
    """The id after each label in the part, in order (at most one per label)."""
    found: list[str] = []
    for count, label in enumerate(labels.finditer(part)):
        if count >= _MAX_LABELS:
            break
        wordy = _WORDY_LABEL.search(label.group(0)) is not None or (
            _NUMBER_OF_BEFORE.search(part, max(0, label.start() - _LOOK_BEHIND), label.start()) is not None
        )
        token = (
            _id_after(part, label.end(), wordy=wordy, config=config)
            or _id_in_column_below(part, label.start(), label.end(), config=config)
            or (_id_in_list_below(part, label.end(), config=config) if wordy else None)
        )
        if token:
            found.append(token)
    return found


def _id_after(part: str, start: int, *, wordy: bool, config: ParserConfig) -> str | None:
    # Whose robot it is stands between a bare product word and its bracketed or labelled id: skip it.
    owner = None if wordy else _OWNER_PHRASE.match(part, start)
    start = owner.end() if owner else start
    # A form or table puts the id on the line below its label ("Robot Id:\n12345"): skip that one line break.
    skipped = _LABEL_END.match(part, start)
    start = skipped.end() if skipped else start
    window = part[start : start + _WINDOW]
    end = next(
        (end for end in _SENTENCE_END.finditer(window) if not _wrapped(part, start + end.start())), None
    )
    window = window[: end.start()] if end else window
    for index, word in enumerate(_WORD.finditer(window)):
        value = word.group(0)
        if not (wordy or _NUMBERING.match(value)) and (
            index > 0 or not _BEFORE_ADJACENT_ID.fullmatch(window[: word.start()])
        ):
            return None
        if any(char.isdigit() for char in value):
            return _checked(part, start + word.start(), value, config=config)
        if index >= _MAX_FILLER_WORDS or _OTHER_NUMBER.match(value) or _NO_ID.match(value):
            return None
        # "mijn robot heeft nummer 12345": a numbering word after the product word makes it a label.
        wordy = wordy or (index < _MAX_WORDS_TO_NUMBERING and _NUMBERING.match(value) is not None)
    return _id_in_next_sentence(part, start + end.end(), config=config) if wordy and end else None


def _id_in_next_sentence(part: str, position: int, *, config: ParserConfig) -> str | None:
    """ "U vroeg naar het serienummer. Het staat op de onderkant: TSB-3378.": the next sentence refers back to the
    label ("het", "dat", "it") and gives the id after a colon or "is"."""
    reference = _BACK_REFERENCE.match(part, position)
    if reference is None or any(_OTHER_NUMBER.match(w) for w in reference.group().split()):
        return None  # "Het klantnummer is 93418": the next sentence names another number
    word = _WORD.match(part, reference.end())
    if word is None or not any(char.isdigit() for char in word.group(0)):
        return None
    return _checked(part, word.start(), word.group(0), config=config)


def _id_in_list_below(part: str, label_end: int, *, config: ParserConfig) -> str | None:
    """ "Hierbij de Tessa-nummers van onze bewoners:\n- kamer 12: 70319": a label's line ending in a colon and a
    list below it; the first item's value after its own colon (or its first word) is the id."""
    line_end = part.find("\n", label_end, label_end + _ROW_WINDOW)
    if line_end < 0 or not part[label_end:line_end].rstrip().endswith(":"):
        return None
    item_end = part.find("\n", line_end + 1, line_end + 1 + _ROW_WINDOW)
    item = _LIST_ITEM.match(part[line_end + 1 : item_end if item_end >= 0 else len(part)])
    if item is None:
        return None
    value = item.string[item.end() :].rsplit(":", 1)[-1].strip()
    word = _WORD.match(value)
    if word is None or not any(char.isdigit() for char in word.group(0)):
        return None
    return _checked(part, part.find(word.group(0), line_end), word.group(0), config=config)


def _wrapped(part: str, newline: int) -> bool:
    """A line break the mail client put into a long sentence ("... the robot number is\n44238 please call"):
    the line before it is long and ends without a sentence mark, so it does not end the label's sentence."""
    if part[newline] != "\n":
        return False
    line = part[part.rfind("\n", max(0, newline - _ROW_WINDOW), newline) + 1 : newline].rstrip()
    return len(line) >= _WRAPPED_LINE and not line.endswith((".", "!", "?", ":", ";"))


def _id_in_column_below(part: str, label_start: int, label_end: int, *, config: ParserConfig) -> str | None:
    """A table's header cell "Robot ID" (an HTML table as text: cells apart by runs of spaces) and the id in the
    same column of the first row below: "Cliënt        Robot ID\n\nMw. Veldkamp  47602" gives 47602."""
    line_start = part.rfind("\n", max(0, label_start - _ROW_WINDOW), label_start) + 1
    line_end = part.find("\n", label_end, label_end + _ROW_WINDOW)
    if line_end < 0 or part[label_end:line_end].strip(" \t:"):
        return None  # the label must end its line: the table's last column header
    before = part[line_start:label_start].strip()
    headers = _CELL_GAP.split(part[line_start:line_end].strip())
    if not before or len(headers) < 2:
        return None
    column = len(_CELL_GAP.split(before))
    row = next((line for line in part[line_end : line_end + _ROW_WINDOW].split("\n") if line.strip()), "")
    cells = _CELL_GAP.split(row.strip())
    if len(cells) != len(headers) or not _TOKEN.fullmatch(cells[column]):
        return None
    return _checked(part, part.find(cells[column], line_end), cells[column], config=config)


def _checked(part: str, position: int, value: str, *, config: ParserConfig) -> str | None:
    token_match = _TOKEN.fullmatch(value)
    if token_match is None:
        return None
    token = value.upper()
    after = part[position + len(value) : position + len(value) + 12]
    before = part[max(0, position - 8) : position]
    shape = _shape(config.robot_id_pattern)
    if shape is not None and shape.fullmatch(token):
        return token
    if (
        not any(char.isdigit() for char in token)
        or _NOT_AN_ID.search(token)
        or (len(token) <= _MAX_COUNT_DIGITS and _AFTER_NOT_AN_ID.match(after))
        or _BEFORE_NOT_AN_ID.search(before)
        or re.fullmatch(rf"{re.escape(config.ticket_prefix)}-\d{{6}}", token)
    ):
        return None
    return token


@lru_cache(maxsize=8)
def _labels_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    # The labels as a prefix tree ("robot" once, then " id", "nummer", "nr" ...): the engine tries each
    # position once per shared prefix instead of once per label. Longer labels come first ("robot nr." before
    # "robot nr" before "robot"); \b first, so only word starts are tried.
    tree: dict[str, Any] = {}
    for label in labels:
        node = tree
        for unit in _label_units(label):
            node = node.setdefault(unit, {})
        node[_END] = {}
    return re.compile(rf"\b(?<![/\-])(?:{_tree_regex(tree)})", re.IGNORECASE)


_END = ""
_SEPARATOR_UNIT = " "


def _label_units(label: str) -> list[str]:
    """A label's characters, every run of spaces and dashes one separator unit."""
    units: list[str] = []
    for char in label.strip().lower():
        if char in " -":
            if units and units[-1] != _SEPARATOR_UNIT:
                units.append(_SEPARATOR_UNIT)
        else:
            units.append(char)
    return units


def _tree_regex(node: dict[str, Any], last: str = "") -> str:
    alternatives = []
    for unit in sorted((u for u in node if u != _END), key=lambda u: u == _SEPARATOR_UNIT):
        piece = r"[\s\-]?" if unit == _SEPARATOR_UNIT else re.escape(unit)
        alternatives.append(piece + _tree_regex(node[unit], unit))
    if _END in node:
        alternatives.append(r"\b" if last.isalnum() else "")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


@lru_cache(maxsize=8)
def _shape(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern, re.IGNORECASE) if pattern else None
