"""The writer's phone number, E.164 (extraction step of `parse_message`).

phonenumbers' PhoneNumberMatcher does the recognising; it is slow on long text, so it only runs on short
candidate fragments that look like a written phone number. Dutch writers always write the leading 0 (or +31,
0031), so a bare 9-digit run is not taken: that is how BSNs and robot ids look.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

import phonenumbers

from parsers.model import Found, ParserConfig

# A run of digits with the separators people use in phone numbers, starting with +, 00 or 0 (also "(0)").
_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00|\(?0)[\d\s().\-/\u00a0]{7,22}\d")
# A number labelled as something other than a phone is skipped (order/invoice/robot ids, IBAN, BSN, KvK).
_NOT_A_PHONE_LABEL = re.compile(
    r"\b(?:order|bestel|factuur|invoice|klantnummer|customer|ticket|serie|serial|s/n|robot|tessa|iban"
    r"|rekening|bsn|burgerservice|sofi|kvk|btw|vat|postcode|bedrag|amount|datum|date|referentie|kenmerk)\w*"
    r"[^\n\d]{0,12}$",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")
_LABEL_WINDOW = 30
#: A writer gives their number early; a pasted log full of digit runs must not cost seconds of matching.
_MAX_CANDIDATES = 40
#: Shorter national numbers are service codes (14 020, 112), not a writer's own line.
_MIN_NATIONAL_DIGITS = 7


def find_phone(text: str, signature: str, *, config: ParserConfig) -> Found[str] | None:
    """The first phone number in the new text, else in the signature, as E.164; never one of ours."""
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
    for candidate in islice(_CANDIDATE.finditer(part), _MAX_CANDIDATES):
        if candidate.group().startswith("000"):
            continue  # no trunk or international prefix is followed by another 0: a run of zeros, not a number
        if _NOT_A_PHONE_LABEL.search(part[max(0, candidate.start() - _LABEL_WINDOW) : candidate.start()]):
            continue
        for match in phonenumbers.PhoneNumberMatcher(candidate.group(), region):
            if _DATE_LIKE.match(match.raw_string.strip()):
                continue
            if len(str(match.number.national_number)) < _MIN_NATIONAL_DIGITS:
                continue
            e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            if e164 not in own:
                return e164
    return None


def _normalised(phone: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(phone, region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
