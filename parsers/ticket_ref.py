"""Ticket reference: find "TB-000123" in the subject, else in the body (extraction step of `parse_message`).

Mail clients and people mangle the reference: Word turns the hyphen into an en dash, some clients insert a
non-breaking hyphen, people type "TB 000123" or "tb-000123". All of these are read as the canonical form.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Every character people or clients put between prefix and number: hyphen-minus, hyphen, non-breaking hyphen,
# figure dash, en dash, em dash, minus sign, small and full-width hyphen-minus.
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"
_DIGITS = 6


@lru_cache(maxsize=8)
def _pattern(prefix: str) -> re.Pattern[str]:
    # Not glued to a preceding letter/digit ("XTB-000123") and exactly six digits (not "TB-0001234").
    return re.compile(
        rf"(?<![A-Za-z0-9]){re.escape(prefix)}[ \u00a0]?[{_DASHES}]?[ \u00a0]?(\d{{{_DIGITS}}})(?!\d)",
        re.IGNORECASE,
    )


def find_ticket_ref(*, subject: str, body: str, prefix: str) -> str | None:
    """The canonical ticket reference ("TB-000123") from the subject, else the body; None when absent."""
    pattern = _pattern(prefix)
    for text in (subject, body):
        match = pattern.search(text)
        if match:
            return f"{prefix.upper()}-{match.group(1)}"
    return None
