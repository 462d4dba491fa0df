"""Stage 3 of the parser: the body split into the writer's new text, their signature, and the quoted history.

mail-parser-reply finds the reply headers of many languages; it misses what Dutch clients write, so this
module adds them as data (`QUOTE_HEADERS`): Gmail's "Op <datum> schreef <naam> <<adres>>:" (also wrapped over
two lines), Apple Mail's "Op 3 mrt. 2026 om 10:12 heeft X het volgende geschreven:", Outlook's "Van: ...
Verzonden: ..." block, "-----Oorspronkelijk bericht-----" and Android's "-------- Oorspronkelijk bericht
--------", with the English, German and French equivalents. Lines starting with ">" are quoted wherever they
are. Our own acknowledgement, quoted by a client without any header, is recognised by its wording.

The signature is found in the writer's own part by `signature` and kept apart from the new text.
A forward without any words of its own ("Fwd:" and nothing above the forwarded message) uses the forwarded
message's text as the new text: that is what the writer wants the help desk to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailparser_reply.parser import EmailMessage

from parsers.signature import split_signature

#: Between "Op"/"On" and "schreef"/"wrote": any text, over at most one line break (Gmail wraps long headers).
#: The patterns that use it are only matched inside a header window (`_header_window`): a lazy span of up to
#: 300 characters tried at every line start of a long text cost seconds (issue 14).
#: (The window holds no blank line, so the span is a plain character run, which the engine repeats fastest.)
_SPAN = r"[\s\S]{1,300}?"
_FLAGS = re.IGNORECASE | re.MULTILINE

#: Reply and forward headers in the order they are tried; the earliest match in the text wins.
QUOTE_HEADERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "separator",
        re.compile(
            r"^[ \t]*[-_=*]{2,}[ \t]*(?:Oorspronkelijk bericht|Origineel bericht|Original Message|"
            r"Ursprüngliche Nachricht|Originalnachricht|Message d'origine|Forwarded message|"
            r"Doorgestuurd bericht|Weitergeleitete Nachricht|Message transféré)[^\n]*$",
            _FLAGS,
        ),
    ),
    (
        "forward",
        re.compile(
            r"^[ \t]*(?:Begin forwarded message|Begin doorgestuurd bericht|Doorgestuurd bericht|"
            r"Forwarded message|Anfang der weitergeleiteten Nachricht|Début du message réexpédié)[ \t]*:?[ \t]*$",
            _FLAGS,
        ),
    ),
    (
        "apple_nl",
        re.compile(rf"^[ \t]*Op\b{_SPAN}\bheeft\b{_SPAN}\bhet\s+volgende\s+geschreven[ \t]*:[ \t]*$", _FLAGS),
    ),
    ("wrote_nl", re.compile(rf"^[ \t]*Op\b{_SPAN}\bschreef\b(?:{_SPAN})?:[ \t]*$", _FLAGS)),
    ("wrote_en", re.compile(rf"^[ \t]*On\b{_SPAN}\bwrote[ \t]*:[ \t]*$", _FLAGS)),
    ("wrote_de", re.compile(rf"^[ \t]*Am\b{_SPAN}\bschrieb\b(?:{_SPAN})?:[ \t]*$", _FLAGS)),
    ("wrote_fr", re.compile(rf"^[ \t]*Le\b{_SPAN}\ba\s+écrit[ \t]*:[ \t]*$", _FLAGS)),
    ("wrote_es", re.compile(rf"^[ \t]*El\b{_SPAN}\bescribió[ \t]*:[ \t]*$", _FLAGS)),
    # Italian and Polish Gmail (mail-parser-reply's own patterns for them take O(n²) per line; see below)
    ("wrote_it", re.compile(rf"^[ \t]*Il\b{_SPAN}\bha\s+scritto[ \t]*:[ \t]*$", _FLAGS)),
    (
        "wrote_pl",
        re.compile(rf"^[ \t]*Dnia\b{_SPAN}(?:\bnapisał(?:\(a\))?|\bnadesłał)[ \t]*:[ \t]*$", _FLAGS),
    ),
    # Gmail in Turkish, common among Dutch Turkish families: "<naam>, 3 Mar 2026 Sal, 10:12 tarihinde şunu yazdı:"
    ("wrote_tr", re.compile(rf"^[^\n]{{1,200}}?\btarihinde\b(?:{_SPAN})?\byazdı[ \t]*:[ \t]*$", _FLAGS)),
    (
        "outlook",
        re.compile(
            # Dutch, English, German, French, Turkish, Spanish, Italian and Polish Outlook labels
            r"^[* \t]*(?:Van|From|Von|De|Kimden|Da|Od)[ \t]*\*?:[^\n]*\n(?:[^\n]*\n){0,3}?[* \t]*"
            r"(?:Verzonden|Sent|Gesendet|Envoyé|Datum|Date|Aan|To|An|À|Onderwerp|Subject|Betreff|Objet|"
            r"Gönderildi|Kime|Konu|Tarih|Enviado|Para|Asunto|Inviato|Oggetto|Wysłano|Temat)[ \t]*\*?:",
            _FLAGS,
        ),
    ),
    (
        "returned_copy",  # the copy of the failed message below an MTA's bounce text (qmail, Exim, Exchange)
        re.compile(
            # "[ \t]*-*[ \t]*" split a run of spaces every possible way (O(n²) per line): one optional dash run
            r"^[ \t]*(?:-+[ \t]*)?(?:Below this line is a copy of the message|This is a copy of the message|"
            r"Original message follows|Original message headers:|Undelivered message headers:)",
            _FLAGS,
        ),
    ),
    (
        "own_acknowledgement",
        re.compile(
            r"geregistreerd onder ticketnummer|registered it under ticket number|"
            r"Dit is een automatisch verstuurde bevestiging|This confirmation was sent automatically",
            _FLAGS,
        ),
    ),
)
#: Every match of "own_acknowledgement" holds one of these, lowercased. Its IGNORECASE alternation has no literal
#: prefix for the engine to skip to, so it is tried at every position (a fifth of `find_quote_start`'s time); `in`
#: on the lowercased text is C-speed. No stem has an "i" or "s": IGNORECASE matches "İ", "ı" and "ſ" to those,
#: which `str.lower` leaves unequal (tests/test_parse_quotes.py checks the stems' letters against every character).
_ACKNOWLEDGEMENT_STEMS = ("cketnummer", "cket number", "automat")
#: "Op ... schreef:" and "On ... wrote:" are only headers when they carry a time or an address, which every
#: client writes; a sentence such as "Op maandag schreef ik het volgende:" carries neither.
_HEADER_EVIDENCE = re.compile(r"\d{1,2}[:.]\d{2}|@|<")
_WROTE_HEADERS = frozenset(
    {
        "wrote_nl",
        "wrote_en",
        "wrote_de",
        "wrote_fr",
        "wrote_es",
        "wrote_it",
        "wrote_pl",
        "wrote_tr",
        "apple_nl",
    }
)
#: Where a "... wrote:" header can start: its first word at a line start, or a Turkish line with "tarihinde".
_WROTE_START = re.compile(r"^(?:[ \t]*(Op|On|Am|Le|El|Il|Dnia)\b|[^\n]{1,200}?\btarihinde\b)", _FLAGS)
#: The headers that can start with each first word ("tarihinde" is looked for on every candidate line).
_WROTE_BY_WORD = {
    "op": ("apple_nl", "wrote_nl"),
    "on": ("wrote_en",),
    "am": ("wrote_de",),
    "le": ("wrote_fr",),
    "el": ("wrote_es",),
    "il": ("wrote_it",),
    "dnia": ("wrote_pl",),
}
#: A reply header lies within this many lines and characters from its start (Apple Mail wraps to three).
_WINDOW_LINES = 3
_WINDOW_CHARS = 700
#: mail-parser-reply's headers for the languages this desk sees; its Outlook blocks only count with a sender.
_LIBRARY_LANGUAGES = ["nl", "en", "de", "fr", "es", "it", "pl"]
_LIBRARY_HEADERS: re.Pattern[str] = EmailMessage(text="", languages=_LIBRARY_LANGUAGES).HEADER_REGEX
#: Where one of the library's headers can start: one of its header labels and a colon, or "-----". Its
#: "... wrote:" patterns ("Op\s(.+?\s?.+?)\s?schreef:") take O(n²) on every line that starts with the word,
#: so those lines are left to our own `QUOTE_HEADERS`, which cover the same languages.
_LIBRARY_CANDIDATE_LINES = re.compile(
    r"^(?=[>* \t]*(?:(?:Van|Verzonden|Aan|Onderwerp|Datum|Cc|From|Sent|To|Subject|Date|Organization|Von|Gesendet"
    r"|An|Betreff|Organisation|De|Envoyé|À|Objet|Enviado|Para|Asunto|Fecha|Organización|Da|Inviato|A|Oggetto"
    r"|Data|Od|Wysłano|Do|Temat|DW)[ \t]*\*?[ \t]*:|-{5}))",
    re.M | re.I,
)
#: The library's Outlook blocks span a few label lines; it is given at most this many lines and characters.
_LIBRARY_WINDOW_LINES = 8
_LIBRARY_WINDOW_CHARS = 4000
_SENDER_LINE = re.compile(
    r"(?:^|\n)[>* \t]*(?:From|Van|Von|De|Od|Da|Fra|Från|Sent|Verzonden|Gesendet|Enviado|Wysłano)[ \t]*\*?:",
    re.I,
)
_SEPARATOR_LINE = re.compile(r"\n[ \t]*(?:_{8,}|-{8,})[ \t]*\n?$")
_GREETING_ABOVE = re.compile(r"\n[ \t]*(?:Beste|Geachte|Dear|Hello|Hallo)\b[^\n]{0,60},[ \t]*\n\s*$", re.I)
_FORWARD_HEADERS = frozenset({"separator", "forward"})
# A reply's separator (not a forward's): the writer may answer below it, between the quoted ">" lines.
_REPLY_SEPARATOR = re.compile(
    r"[ \t]*[-_=*]{2,}[ \t]*(?:Oorspronkelijk bericht|Origineel bericht|Original Message|Ursprüngliche Nachricht"
    r"|Originalnachricht|Message d'origine)",
    re.IGNORECASE,
)
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_FORWARD_WORDS = re.compile(r"forward|doorgestuurd|weitergeleitet|transf", re.I)
_HEADER_LINE = re.compile(r"^[>* \t]*[A-Za-zÀ-ÿ-]{2,20}[ \t]*\*?:")


@dataclass(frozen=True, slots=True)
class ReplyParts:
    """The writer's new text, their signature block and the quoted history (all stripped)."""

    text: str
    signature: str
    quoted: str
    #: The name of the header where the quoted history starts ("wrote_nl", "outlook", ...), or None.
    boundary: str | None = None
    #: True when the mail only forwards another message and its text was taken as the new text.
    forward_only: bool = False


def split_reply(body: str) -> ReplyParts:
    """Splits a plain-text body into new text, signature and quoted history. Never raises."""
    return _split_reply(body.replace("\r\n", "\n").replace("\r", "\n"), _MAX_RESUMES)


#: How often the writer's text may resume below a quote (inline answers) or a forward be opened; each time
#: the rest of the text is read again, so the count is bounded (and Python's recursion with it).
_MAX_RESUMES = 12


def _split_reply(text: str, resumes_left: int) -> ReplyParts:
    start, name = find_quote_start(text)
    head, tail = text[:start], text[start:]
    own_lines, quoted_lines = _separate_quoted_lines(head)
    new_text, signature = split_signature(_BLANK_RUN.sub("\n\n", "\n".join(own_lines)))
    quoted = "\n".join(quoted_lines + [tail]).strip()
    if resumes_left <= 0:
        return ReplyParts(new_text, signature, quoted, name)
    resume = _after_quote_block(tail) if name in _WROTE_HEADERS else None
    if name == "separator" and _REPLY_SEPARATOR.match(tail):
        resume = _after_separator_quote(tail)  # "-----Oorspronkelijk bericht-----", then "> ..." and answers
    if resume is not None:  # bottom-posting or inline answers: the writer's text continues below the quote
        later = _split_reply(tail[resume:], resumes_left - 1)
        text = "\n\n".join(part for part in (new_text, later.text) if part)
        quoted = "\n".join([*quoted_lines, tail[:resume], later.quoted]).strip()
        return ReplyParts(text, later.signature or signature, quoted, name)
    if not new_text and name in _FORWARD_HEADERS and _FORWARD_WORDS.search(tail[:200]):
        forwarded = _split_reply(_skip_header_block(tail), resumes_left - 1)
        own_signature = forwarded.signature or signature  # "Sent from my iPhone" above a forward
        return ReplyParts(forwarded.text, own_signature, forwarded.quoted, name, forward_only=True)
    return ReplyParts(new_text, signature, quoted, name)


def find_quote_start(text: str) -> tuple[int, str | None]:
    """Where the quoted history starts (len(text) when there is none) and which header marks it."""
    best, best_name = len(text), None
    acknowledgement = any(map(text.lower().__contains__, _ACKNOWLEDGEMENT_STEMS))
    for name, pattern in QUOTE_HEADERS:
        if name in _WROTE_HEADERS:
            continue  # matched per candidate line in `_first_wrote_header`, ranked in this order below
        if name == "own_acknowledgement" and not acknowledgement:
            continue  # each match holds a stem, and the text holds none
        for found in pattern.finditer(text, 0, best):
            start = text.rfind("\n", 0, found.start()) + 1  # the header's line
            if start < best:
                best, best_name = start, name
            break
    wrote = _first_wrote_header(text, best)
    if wrote is not None and (wrote[0] < best or _ORDER[wrote[1]] < _ORDER.get(best_name or "", len(_ORDER))):
        best, best_name = wrote
    library = _library_header(text, best)
    if library is not None:
        best, best_name = library, "library"
    if best_name == "own_acknowledgement":
        greeting = _GREETING_ABOVE.search(text, 0, best)
        if greeting is not None and greeting.end() >= best - 1:
            best = greeting.start() + 1  # "Beste Jan," opens our acknowledgement, not the writer's text
    if best_name is not None:
        separator = _SEPARATOR_LINE.search(text, 0, best)
        if separator is not None and separator.end() >= best - 1:
            best = separator.start() + 1  # Outlook's "____" line above the header belongs to the quote
    return best, best_name


_ORDER = {name: index for index, (name, _) in enumerate(QUOTE_HEADERS)}
_PATTERNS = dict(QUOTE_HEADERS)


def _first_wrote_header(text: str, end: int) -> tuple[int, str] | None:
    """The first "... wrote:" header (with a time or an address) that starts before `end`, and its name."""
    for candidate in _WROTE_START.finditer(text, 0, end):
        start = candidate.start()
        window = _header_window(text, start, end, _WINDOW_LINES, _WINDOW_CHARS, blank_ends=True)
        if window is None:
            continue
        names = _WROTE_BY_WORD.get((candidate.group(1) or "").lower(), ())
        if "tarihinde" in text[start:window].lower():
            names = (*names, "wrote_tr")
        for name in names:
            found = _PATTERNS[name].match(text, start, window)
            if found is not None and _HEADER_EVIDENCE.search(found.group(0)):
                return start, name
    return None


def _header_window(
    text: str, start: int, end: int, lines: int, chars: int, *, blank_ends: bool
) -> int | None:
    """Where a header that starts at `start` must end: the end of its `lines`-th line (or before a blank line),
    within `chars` of the start and before `end`. Always at a line end, so that "$" in a pattern still means
    the end of a line; None when the first line alone is longer (no header is, and scanning it costs)."""
    limit = min(end, start + chars)
    window = start
    for _ in range(lines):
        newline = text.find("\n", window, limit)
        if newline < 0:
            return end if limit == end else (window - 1 if window > start else None)
        window = newline + 1
        if blank_ends and window < len(text) and text[window] == "\n":
            break  # a blank line ends a header
    return window - 1


def _library_header(text: str, end: int) -> int | None:
    for line in _LIBRARY_CANDIDATE_LINES.finditer(text, 0, end):
        # The library's pattern scans every character; trying it only where a header can start, and only on a
        # few lines from there, keeps it linear in the text.
        window = _header_window(
            text, line.start(), end, _LIBRARY_WINDOW_LINES, _LIBRARY_WINDOW_CHARS, blank_ends=False
        )
        found = _LIBRARY_HEADERS.match(text, line.start(), window) if window is not None else None
        if found is None:
            continue
        block = found.group(0)
        if not block.strip():
            continue
        is_wrote = block.rstrip().endswith(":") and "\n" not in block.strip()
        if is_wrote and _HEADER_EVIDENCE.search(block) is None:
            continue
        if not is_wrote and _SENDER_LINE.search(block) is None and "original message" not in block.lower():
            continue
        return found.start() + (len(block) - len(block.lstrip("\n")))
    return None


def _separate_quoted_lines(head: str) -> tuple[list[str], list[str]]:
    own: list[str] = []
    quoted: list[str] = []
    for line in head.split("\n"):
        (quoted if line.lstrip().startswith(">") else own).append(line)
    return own, quoted


def _after_quote_block(tail: str) -> int | None:
    """After a "... wrote:" header and its ">" lines: where unquoted text resumes, or None when it does not."""
    lines = tail.split("\n")
    index = 0
    while index < min(len(lines) - 1, 2) and not lines[index].rstrip().endswith(":"):
        index += 1  # the header may be wrapped over two or three lines
    index += 1
    saw_quote = False
    while index < len(lines) and (not lines[index].strip() or lines[index].lstrip().startswith(">")):
        saw_quote = saw_quote or lines[index].lstrip().startswith(">")
        index += 1
    if not saw_quote or index >= len(lines):
        return None
    return len("\n".join(lines[:index])) + 1


def _after_separator_quote(tail: str) -> int | None:
    """Below a reply separator and its Van/Aan/Onderwerp lines, the quote in ">" lines: where the writer's own
    (inline or bottom-posted) text resumes, or None when the quote is not in ">" lines."""
    header_end = len(tail) - len(_skip_header_block(tail))
    resume = _after_quote_block("header:\n" + tail[header_end:])
    return None if resume is None else header_end + resume - len("header:\n")


def _skip_header_block(tail: str) -> str:
    """The forwarded message's body: after the separator line and its From/Date/Subject/To lines."""
    lines = tail.split("\n")
    index = 1
    while index < len(lines) and not lines[index].strip():
        index += 1
    while index < len(lines) and (_HEADER_LINE.match(lines[index]) or lines[index].startswith((" ", "\t"))):
        index += 1
    return "\n".join(lines[index:])
