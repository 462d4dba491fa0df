"""BSN redaction: remove every unmasked burgerservicenummer from text before anything leaves the parser.

A stored BSN is unlawful for Tinybots (UAVG art. 46; consent does not help), so redaction is aggressive: every
standalone 8/9-digit number (also written 1234.56.782, 123 456 782 or 123-456-782) that passes the elfproef
is replaced, unless it is part of something that is provably not a BSN: a phone number, an IBAN, an old
btw-number, a date, an amount, or a number whose own label (right before it, or in brackets right after it)
says it is an order, invoice, customer, ticket, serial, robot or phone number. An explicit BSN label ("BSN",
"burgerservicenummer", "sofinummer") always wins.
See notes/gdpr-rights.md §3.
"""

from __future__ import annotations

import re
from datetime import date

import phonenumbers
from stdnum.nl import bsn as stdnum_bsn

REPLACEMENT = "[BSN verwijderd]"

# Standalone: not glued to letters, digits, decimal separators, currency or a "+"/"/"; not followed by more
# digits or a decimal part (notes §3.2 step 2).
# "(?=\d)" first: at the many positions without a digit the engine stops at one character test instead of the
# look-behind's class (the same matches: both assertions hold at one position; about half the time, measured).
_CANDIDATE = re.compile(
    r"(?=\d)(?<![\w.,/+\-€$£])"
    r"(\d{4}([ .])\d{2}\2\d{3}|\d{3}([ .\-])\d{3}\3\d{3}|\d{9}|\d{8})"
    r"(?![\w/\-]|[.,]\d)"
)
_DIGIT = re.compile(r"\d")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}[ ]?[A-Z]{4}(?:[ ]?\d{2,4}){2,5}\b", re.IGNORECASE)
# Sole traders' VAT ids before 2020 carried the BSN: NL + 9 digits + B + 2 digits. They are VAT numbers
# (printed on every invoice), so notes §3.2 step 6 treats them as VAT, never as a BSN.
_OLD_VAT = re.compile(r"\bNL[ ]?\d{4}\.?\d{2}\.?\d{3}\.?[ ]?B[ ]?\d{2}\b", re.IGNORECASE)
_PHONE_HINT = re.compile(r"(?:\+|\b00|\b0)\d")
_BSN_LABEL = (
    r"(?:bsn|burger\s?service\s?nummer|burgerservicenr|sofi[\s-]?(?:nummer|nr)|persoonsnummer"
    r"|citizen service number|social security number|personal (?:no|number))"
)
# "Mijn BSN is 123456782", "BSN van mijn moeder: ...", "123456782 (BSN)": a BSN label wins over any other.
_BSN_BEFORE = re.compile(rf"\b{_BSN_LABEL}[^\d\n]{{0,25}}$", re.IGNORECASE)
_BSN_AFTER = re.compile(rf"^[ \t]*[(\[][ \t]*{_BSN_LABEL}", re.IGNORECASE)
# Labels of other numbers. They count only as the number's own label: right before it ("ordernummer: ",
# "robot id is ") or right after it ("(klantnummer)"), not anywhere in the sentence, since nearly every mail
# mentions the robot.
_OTHER_NUMBER_LABELS = (
    r"(?:order|bestel|factuur|invoice|klant|customer|ticket|serie|serial|s/n|robot|tessa|artikel|referentie"
    r"|kenmerk|polis|track|pakket|zending|rekening|iban|kvk|btw|vat|tel|telefoon|mobiel|gsm|phone|fax|postcode"
    r"|transactie|betalingskenmerk)"
)
_LABEL_BEFORE = re.compile(rf"\b{_OTHER_NUMBER_LABELS}[^\d\n]{{0,18}}$", re.IGNORECASE)
_LABEL_AFTER = re.compile(rf"^[ \t]*[(\[][ \t]*{_OTHER_NUMBER_LABELS}", re.IGNORECASE)
# Machine-readable zones of pasted ID scans: the BSN sits glued to other characters at a fixed position
# (ICAO 9303: optional data of a TD1 ID card's first line, personal number of a passport's second line).
_MRZ_LINE = re.compile(r"^[ \t]*([A-Z0-9<]{30}|[A-Z0-9<]{44})[ \t]*$", re.MULTILINE)
_MRZ_BSN_SLICE = {30: (15, 24), 44: (28, 37)}
#: How far before (and after) a number a label counts as its label, in characters.
_CONTEXT_BEFORE = 40
_CONTEXT_AFTER = 25


# File names glue numbers to words with "_", "-" and ".": "paspoort_123456782.jpg", "scan-1234.56.782.pdf".
_FILE_EXTENSION = re.compile(
    r"\.(?:pdf|jpe?g|png|gif|heic|heif|tiff?|bmp|webp|docx?|xlsx?|odt|ods|rtf|txt|csv|zip|eml|msg)\b",
    re.IGNORECASE,
)
_FILE_NAME_START = re.compile(r"[\s\"'<>()\[\]:;,=]")
_GLUED_NUMBER = re.compile(r"(?<!\d)(\d{4}\.\d{2}\.\d{3}|\d{3}([ .\-])\d{3}\2\d{3}|\d{9}|\d{8})(?!\d)")
_MAX_FILE_NAME = 160


def redact_bsn(text: str) -> tuple[str, int]:
    """The text with every unmasked BSN replaced by "[BSN verwijderd]", and how many were replaced."""
    if _DIGIT.search(text) is None:  # each step below replaces only a run of digits (\d, as their patterns)
        return text, 0
    text, in_mrz = _redact_mrz(text) if "<<" in text else (text, 0)
    text, standalone = _redact_standalone(text)
    text, in_names = _redact_file_names(text) if "." in text else (text, 0)
    return text, in_mrz + standalone + in_names


def redact_bsn_in_file_name(name: str) -> tuple[str, int]:
    """An attachment's name without any BSN, however glued ("ID_123456782.jpg"): a file name has no labels."""
    name, count = redact_bsn(name)
    glued, more = _redact_glued(name)
    return glued, count + more


def _redact_file_names(text: str) -> tuple[str, int]:
    """BSNs glued into file names the text mentions ("bijlage: paspoort_123456782.jpg")."""
    parts: list[str] = []
    position = count = 0
    for extension in _FILE_EXTENSION.finditer(text):
        window_start = max(position, extension.start() - _MAX_FILE_NAME)
        window = text[window_start : extension.start()]
        starts = list(_FILE_NAME_START.finditer(window))
        name_start = window_start + (starts[-1].end() if starts else 0)
        redacted, found = _redact_glued(text[name_start : extension.start()])
        if found:
            parts.append(text[position:name_start] + redacted)
            position = extension.start()
            count += found
    parts.append(text[position:])
    return "".join(parts), count


def _redact_glued(name: str) -> tuple[str, int]:
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        if not _passes_elfproef(match.group(1)):
            return match.group(0)
        count += 1
        return REPLACEMENT

    return _GLUED_NUMBER.sub(replace, name), count


def _redact_mrz(text: str) -> tuple[str, int]:
    count = 0

    def redact_line(match: re.Match[str]) -> str:
        nonlocal count
        line = match.group(1)
        start, end = _MRZ_BSN_SLICE[len(line)]
        if line[start:end].isdigit() and stdnum_bsn.is_valid(line[start:end]):
            count += 1
            return match.group(0).replace(line, line[:start] + REPLACEMENT + line[end:])
        return match.group(0)

    return _MRZ_LINE.sub(redact_line, text), count


def _redact_standalone(text: str) -> tuple[str, int]:
    candidates = [m for m in _CANDIDATE.finditer(text) if _passes_elfproef(m.group(1))]
    if not candidates:
        return text, 0
    masked = _masked_spans(text)
    parts: list[str] = []
    position = 0
    count = 0
    for match in candidates:
        start, end = match.span(1)
        if _is_not_a_bsn(text, start, end, masked):
            continue
        parts.append(text[position:start])
        parts.append(REPLACEMENT)
        position = end
        count += 1
    parts.append(text[position:])
    return "".join(parts), count


def _passes_elfproef(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if len(digits) == 8:
        if _is_date(digits):
            return False
        digits = "0" + digits
    return bool(stdnum_bsn.is_valid(digits))


def _is_date(digits: str) -> bool:
    """An 8-digit run that reads as YYYYMMDD or DDMMYYYY is a date, not an ex-sofinummer."""
    for year, month, day in ((digits[:4], digits[4:6], digits[6:]), (digits[4:], digits[2:4], digits[:2])):
        try:
            found = date(int(year), int(month), int(day))
        except ValueError:
            continue
        if 1900 <= found.year <= 2100:
            return True
    return False


def _masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans that are provably something else: phone numbers, IBANs, old btw-numbers."""
    spans = [m.span() for m in _IBAN.finditer(text)]
    spans.extend(m.span() for m in _OLD_VAT.finditer(text))
    # The phone matcher is slow; it only runs when the text has something that starts like a phone number.
    if _PHONE_HINT.search(text):
        spans.extend((m.start, m.end) for m in phonenumbers.PhoneNumberMatcher(text, "NL"))
    return spans


def _is_not_a_bsn(text: str, start: int, end: int, masked: list[tuple[int, int]]) -> bool:
    before = _same_line(text[max(0, start - _CONTEXT_BEFORE) : start], keep="end")
    after = _same_line(text[end : end + _CONTEXT_AFTER], keep="start")
    if _BSN_BEFORE.search(before) or _BSN_AFTER.search(after):
        return False
    if any(span_start < end and start < span_end for span_start, span_end in masked):
        return True
    return bool(_LABEL_BEFORE.search(before) or _LABEL_AFTER.search(after))


def _same_line(fragment: str, *, keep: str) -> str:
    """A label on another line does not label this number."""
    lines = fragment.split("\n")
    return lines[-1] if keep == "end" else lines[0]
