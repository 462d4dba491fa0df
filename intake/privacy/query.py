"""Staff input for the subject commands, validated and normalised the way the pipeline stores it.

Emails are checked with email-validator (never a DNS lookup) and lowercased; phones are parsed with
phonenumbers (default region NL) and written E.164; robot ids are uppercased; names are trimmed.
"""

from __future__ import annotations

import re

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from storage.subjects import Rectification, SubjectQuery

DEFAULT_REGION = "NL"
#: The robot-id shape of design §3.3: 3 to 36 letters, digits and dashes with at least one digit.
ROBOT_ID = re.compile(r"(?=.*\d)[A-Z0-9-]{3,36}")
MAX_NAME = 200


class InputError(ValueError):
    """Staff gave a value that cannot be right; the message names the option and the fix."""


def normalise_email(value: str, option: str = "--email") -> str:
    try:
        result = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        raise InputError(f"{option} {value!r} is not an email address ({exc})") from None
    return result.normalized.lower()


def normalise_phone(value: str, option: str = "--phone", region: str = DEFAULT_REGION) -> str:
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as exc:
        raise InputError(f"{option} {value!r} is not a phone number ({exc})") from None
    if not phonenumbers.is_valid_number(number):
        raise InputError(f"{option} {value!r} is not a valid phone number; write it as +31612345678")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_robot_id(value: str, option: str = "--robot-id") -> str:
    robot_id = value.strip().upper()
    if not ROBOT_ID.fullmatch(robot_id):
        raise InputError(f"{option} {value!r} is not a robot id (3-36 letters, digits, dashes, with a digit)")
    return robot_id


def normalise_name(value: str, option: str = "--name") -> str:
    name = " ".join(value.split())
    if len(name) < 2 or len(name) > MAX_NAME:
        raise InputError(f"{option} {value!r} must be 2 to {MAX_NAME} characters")
    return name


def subject_query(
    *,
    emails: list[str] | None = None,
    phones: list[str] | None = None,
    robot_ids: list[str] | None = None,
    names: list[str] | None = None,
) -> SubjectQuery:
    """A SubjectQuery from the command-line options; InputError when one is invalid or all are missing."""
    query = SubjectQuery(
        emails=tuple(sorted({normalise_email(e) for e in emails or ()})),
        phones=tuple(sorted({normalise_phone(p) for p in phones or ()})),
        robot_ids=tuple(sorted({normalise_robot_id(r) for r in robot_ids or ()})),
        names=tuple(sorted({normalise_name(n) for n in names or ()})),
    )
    if query.is_empty():
        raise InputError("say who: give --email, --phone, --robot-id or --name (each may be repeated)")
    return query


def rectification(assignments: list[str]) -> Rectification:
    """A Rectification from `--set field=value` options (fields: name, email, phone, robot_id)."""
    values: dict[str, str] = {}
    for assignment in assignments:
        field, sep, value = assignment.partition("=")
        field = field.strip().replace("-", "_")
        if not sep or not value.strip():
            raise InputError(f"--set {assignment!r}: write FIELD=VALUE, e.g. --set phone=+31612345678")
        if field not in ("name", "email", "phone", "robot_id"):
            raise InputError(f"--set {assignment!r}: FIELD is one of name, email, phone, robot_id")
        if field in values:
            raise InputError(f"--set {field} is given twice")
        values[field] = value.strip()
    if not values:
        raise InputError("nothing to change: give at least one --set FIELD=VALUE")
    return Rectification(
        name=normalise_name(values["name"], "--set name") if "name" in values else None,
        email=normalise_email(values["email"], "--set email") if "email" in values else None,
        phone=normalise_phone(values["phone"], "--set phone") if "phone" in values else None,
        robot_id=normalise_robot_id(values["robot_id"], "--set robot_id") if "robot_id" in values else None,
    )
