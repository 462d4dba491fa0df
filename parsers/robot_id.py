"""Robot id: the token after a label such as "Robot Id:", "serienummer", "Tessa-nummer" (extraction step).

Labels are data (configurable through `helpdesk.robot_id_labels`); spaces and dashes inside a label match any
spacing ("robot-id", "robot id", "robotid"). The id itself is 3-36 letters, digits and dashes with at least
one digit, reported uppercase. Tokens that are plainly something else (dates, postcodes, amounts, counts like
"3 robots") are skipped, and an order/invoice/customer number is never taken because those labels are not
robot-id labels.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.model import Found, ParserConfig, Source

DEFAULT_LABELS: tuple[str, ...] = (
    "robot id",
    "robot-id",
    "robot identificatie",
    "robotnummer",
    "robot nummer",
    "robot number",
    "robot nr.",
    "robot nr",
    "robot no.",
    "robot no",
    "robotnr",
    "serienummer",
    "serie nummer",
    "serienr",
    "serial number",
    "serial no.",
    "serial no",
    "serial",
    "s/n",
    "sn",
    "tessa nr.",
    "tessa nr",
    "tessa-nummer",
    "tessa nummer",
    "tessa id",
    "tessa-id",
)
# What may stand between label and id: "Robot Id: X", "robotnummer is X", "serial no. = X", "Tessa nr #X".
_SEPARATOR = r"\s*(?:[:=#]|\bis\b|\bis\s*:)?\s*#?\s*"
_TOKEN = r"([A-Za-z0-9](?:[A-Za-z0-9\-]{1,34})[A-Za-z0-9])(?![A-Za-z0-9\-])"
# "mijn robot (1234)", "onze Tessa (TS-2231)": the id in brackets right after the robot.
_BRACKETED = re.compile(
    r"\b(?:mijn|onze|de|my|our|the)\s+(?:robot|tessa)\s*\(\s*" + _TOKEN + r"\s*\)", re.IGNORECASE
)
_NOT_AN_ID = (
    re.compile(r"^\d{1,2}-\d{1,2}-\d{2,4}$|^\d{4}-\d{1,2}-\d{1,2}$"),  # a date
    re.compile(r"^\d{4}[A-Z]{2}$"),  # a Dutch postcode
)
_COUNT_AFTER = re.compile(
    r"^\s*(?:robots?|tessa'?s|stuks|pieces|units|euro|eur|jaar|years?|dagen|days)\b", re.I
)


def find_robot_id(*, subject: str, text: str, signature: str, config: ParserConfig) -> Found[str] | None:
    """The robot id from the subject (source "header"), the new text or the signature; None when absent."""
    labelled = _labelled_pattern(config.robot_id_labels or DEFAULT_LABELS)
    unlabelled = _unlabelled_pattern(config.robot_id_pattern)
    parts: tuple[tuple[str, Source], ...] = ((subject, "header"), (text, "body"), (signature, "signature"))
    for pattern in (labelled, _BRACKETED, unlabelled):
        if pattern is None:
            continue
        for part, source in parts:
            found = _first_id(pattern, part)
            if found:
                return Found(found, source)
    return None


def _first_id(pattern: re.Pattern[str], part: str) -> str | None:
    for match in pattern.finditer(part):
        token = (match.group(1) if match.groups() else match.group(0)).upper()
        if _is_robot_id(token) and not _COUNT_AFTER.match(part[match.end() :]):
            return token
    return None


def _is_robot_id(token: str) -> bool:
    return (
        3 <= len(token) <= 36
        and any(char.isdigit() for char in token)
        and not any(pattern.match(token) for pattern in _NOT_AN_ID)
    )


@lru_cache(maxsize=8)
def _labelled_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    # Longest label first, so "robot nr." wins over "robot nr" and the dot is not read as part of the id.
    alternatives = "|".join(_label_regex(label) for label in sorted(labels, key=len, reverse=True))
    # \b first: the engine then tries the labels only at word starts, not at every character.
    return re.compile(rf"\b(?<!/)(?:{alternatives}){_SEPARATOR}{_TOKEN}", re.IGNORECASE)


def _label_regex(label: str) -> str:
    words = re.split(r"[\s\-]+", label.strip())
    escaped = r"[\s\-]*".join(re.escape(word) for word in words if word)
    if escaped.endswith(r"\."):
        escaped = escaped[:-2] + r"\.?"
    return escaped + (r"" if not escaped[-1:].isalnum() else r"\b")


@lru_cache(maxsize=8)
def _unlabelled_pattern(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern, re.IGNORECASE) if pattern else None
