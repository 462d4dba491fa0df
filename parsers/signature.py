"""The writer's signature: where it starts in their own part of a mail (part of stage 3, `quotes`).

The signature starts at the earliest of: the "-- " line (RFC 3676), a "Sent from my iPhone" line, a legal
disclaimer, or a sign-off line ("Met vriendelijke groet", "Groet", "Mvg", "Kind regards", ...) that is followed
by a short block. The signature is kept apart from the new text (phone numbers and robot ids are written there).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_FLAGS = re.IGNORECASE | re.MULTILINE

_SIG_DASHES = re.compile(r"^--[ \t]?$", re.M)
_SIG_MOBILE = re.compile(
    r"^[ \t]*(?:Sent from|Sent with|Sent via|Verzonden (?:vanaf|vanuit|van|met|via|from)|Verstuurd (?:vanaf|vanuit|van|met|via)|"
    r"Gesendet von|Von meinem|Envoyé de|Get Outlook for|Download Outlook for|Outlook voor (?:iOS|Android))\b",
    _FLAGS,
)
#: The opening words of the legal disclaimers companies append; their "delete this message" and "personal
#: data" wording is not the writer's (notes/gdpr-rights.md §1.4 strips them with the signature).
_SIG_DISCLAIMER = re.compile(
    r"^[ \t*]*(?:disclaimer\b|dit (?:e-?mail)?bericht (?:is|kan) |deze e-?mail (?:is|kan) |"
    r"de informatie (?:verzonden met|in) dit (?:e-?mail)?bericht|aan dit (?:e-?mail)?bericht kunnen geen rechten|"
    r"this (?:e-?mail|message|communication)(?: message)?(?: and any attachments?)? (?:is|are|may) (?:confidential|intended|private)|"
    r"the information (?:contained )?in this (?:e-?mail|message|communication)|confidentiality notice|"
    r"please consider the environment|denk aan het milieu|think before you print)",
    _FLAGS,
)
_NAME_WORD = r"(?:[A-ZÀ-Þ][\w'’.-]*|de|van|der|den|het|ten|ter|te|en|&)"
_SIGN_OFF_STRONG = (
    r"(?:met\s+)?(?:vriendelijke|hartelijke|beste|lieve|warme|zonnige|fijne)\s+groet(?:en)?|met\s+groet|groet(?:en|jes)?"
    r"|met een vriendelijke groet|m\.?v\.?g\.?|gr\.?|vr\.?\s*gr(?:oet)?\.?|hoogachtend|dank en groet"
    r"|thanks (?:and|&) (?:kind |best )?regards|kind regards|best regards|warm regards|kindest regards"
    r"|regards|best wishes|yours sincerely|yours faithfully|sincerely|mit freundlichen gr(?:ü|ue)(?:ß|ss)en"
    r"|viele gr(?:ü|ue)(?:ß|ss)e|cordialement|bien cordialement"
)
_SIGN_OFF_WEAK = r"thanks(?: again)?|thank you|many thanks|cheers|best|bedankt|dank je(?: wel)?|dank u(?: wel)?|alvast bedankt"
#: The sign-off, then punctuation, up to six name words and trailing punctuation. Atomic groups and possessive
#: quantifiers (Python 3.11) never hand back what they matched: "[ \t]*[,.!]*[ \t]*" was O(n²) on a sign-off
#: followed by a run of spaces.
_SIGN_OFF_LINE = r"^[ \t]*+(?i:{phrases})(?>[ \t]*[,.!:]+)?+(?>[ \t]+{name}){{0,6}}+[ \t,.!]*+$"
_SIG_STRONG = re.compile(_SIGN_OFF_LINE.format(phrases=_SIGN_OFF_STRONG, name=_NAME_WORD), re.M)
_SIG_WEAK = re.compile(_SIGN_OFF_LINE.format(phrases=_SIGN_OFF_WEAK, name=_NAME_WORD), re.M)
#: How much may follow a sign-off for it to still close the letter (a name, a title, a phone, an address).
_STRONG_TAIL_LINES = 50
_WEAK_TAIL_LINES = 4
_WEAK_TAIL_WIDTH = 60


def split_signature(text: str) -> tuple[str, str]:
    """(new text, signature) of the writer's own part of a mail."""
    start = _signature_start(text)
    if start is None:
        return text.strip(), ""
    return text[:start].strip(), text[start:].strip()


def _signature_start(text: str) -> int | None:
    candidates: list[int] = []
    for pattern in (_SIG_DASHES, _SIG_MOBILE, _SIG_DISCLAIMER):
        found = pattern.search(text)
        if found:
            candidates.append(found.start())
    limit = min(candidates, default=len(text))
    tails = _Tails.of(text)
    for found in _SIG_STRONG.finditer(text, 0, limit):
        if tails.fit(found.end(), _STRONG_TAIL_LINES, None):
            candidates.append(found.start())
            break
    for found in _SIG_WEAK.finditer(text, 0, limit):
        if found.start() > 0 and tails.fit(found.end(), _WEAK_TAIL_LINES, _WEAK_TAIL_WIDTH):
            candidates.append(found.start())
            break
    return min(candidates) if candidates else None


@dataclass(frozen=True, slots=True)
class _Tails:
    """For each line of a text: how many non-blank lines follow it and how wide the widest of them is.

    Counted once per text, so that asking it after each of many sign-off lines does not read the rest of the
    text again each time (that was O(n²) on a text of sign-off lines)."""

    line_ends: list[int]
    lines_after: list[int]
    widest_after: list[int]

    @classmethod
    def of(cls, text: str) -> _Tails:
        lines = text.split("\n")
        line_ends: list[int] = []
        offset = 0
        for line in lines:
            offset += len(line)
            line_ends.append(offset)
            offset += 1
        lines_after = [0] * len(lines)
        widest_after = [0] * len(lines)
        for index in range(len(lines) - 2, -1, -1):
            following = lines[index + 1].strip()
            lines_after[index] = lines_after[index + 1] + (1 if following else 0)
            widest_after[index] = max(widest_after[index + 1], len(following))
        return cls(line_ends, lines_after, widest_after)

    def fit(self, end: int, max_lines: int, max_width: int | None) -> bool:
        """True when what follows a sign-off that ends at `end` (a line end) is short enough to be a signature."""
        index = bisect.bisect_left(self.line_ends, end)
        if self.lines_after[index] > max_lines:
            return False
        return max_width is None or self.widest_after[index] <= max_width
