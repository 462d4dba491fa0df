"""The writer's email address, and the one rule for no-reply and web-form relay senders.

Extraction step of `parse_message`; `is_relay_or_noreply` is also what the classifier uses, so the rule
lives here only. Addresses are syntax-checked with email-validator (never a DNS lookup: the parser is pure).
"""

from __future__ import annotations

import re
from functools import lru_cache

from email_validator import EmailNotValidError, validate_email

from parsers.model import Found, Headers, ParserConfig

# Local parts machines send from: no-reply in all its spellings, bounce handlers, mailer-daemon, postmaster.
_NOREPLY_LOCAL = re.compile(
    r"(?:^|[._+\-])(?:no[._\-]?reply|do[._\-]?not[._\-]?reply|dont[._\-]?reply|bounces?|mailer[._\-]?daemon"
    r"|postmaster)(?:$|[._+\-])|noreply|donotreply",
    re.IGNORECASE,
)
#: An address as people write it in a text. Each part is bounded by its RFC 5321 limit (local part 64, label
#: 63) and starts only where a run of address characters starts: "[chars]+@" searched over a long run of
#: them (base64, a pasted log) tried every start and backtracked the whole run each time (O(n²), issue 14).
_LOCAL_CHARS = r"A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-"
_ADDRESS = re.compile(
    rf"(?<![{_LOCAL_CHARS}])[{_LOCAL_CHARS}]{{1,64}}+@[A-Za-z0-9](?:[A-Za-z0-9\-]{{0,61}}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9\-]{1,63}+)++(?![A-Za-z0-9\-])"  # a longer label is no address, not a shorter one
)
# "mijn e-mailadres is x@y", "E-mail: x@y" (web forms), "you can reach me at x@y": the writer names their own.
# The spaces between the label and the address are bounded: "\s*(...)?\s*:?\s*" was O(n³) on a run of spaces.
_LABELLED_ADDRESS = re.compile(
    r"(?:e-?mail(?:\s?adres)?|mail\s?adres|email address|e-mail address|reply to|antwoord naar|bereikbaar op"
    r"|reach me at|contact me at|mail me at|mail mij op|mail me op)\s{0,20}(?:(?:is|:|=|op|at)\s{0,20})?"
    r"(?::\s{0,20})?<?(" + _ADDRESS.pattern + ")",
    re.IGNORECASE,
)


def is_relay_or_noreply(address: str | None, config: ParserConfig) -> bool:
    """True for a configured web-form relay address or a machine sender (no-reply, bounce, mailer-daemon)."""
    if not address:
        return False
    lowered = address.strip().lower()
    if lowered in {relay.lower() for relay in config.relay_addresses}:
        return True
    local_part = lowered.rpartition("@")[0]
    return bool(_NOREPLY_LOCAL.search(local_part))


def find_writer_email(
    headers: Headers, *, text: str, signature: str, config: ParserConfig
) -> Found[str] | None:
    """The writer's address, lowercased: From; for a relay/no-reply From, Reply-To, else one given in the body."""
    if headers.from_address and not is_relay_or_noreply(headers.from_address, config):
        valid = _valid(headers.from_address)
        if valid:
            return Found(valid, "header")
    for reply_to in headers.reply_to:
        if _is_person(reply_to, config):
            valid = _valid(reply_to)
            if valid:
                return Found(valid, "header")
    for part, source in ((text, "body"), (signature, "signature")):
        found = _address_in(part, config)
        if found:
            return Found(found, "body" if source == "body" else "signature")
    return None


def _address_in(part: str, config: ParserConfig) -> str | None:
    """A labelled address first ("E-mail: ..."), else the first plausible one in the part."""
    for pattern, group in ((_LABELLED_ADDRESS, 1), (_ADDRESS, 0)):
        for match in pattern.finditer(part):
            candidate = match.group(group).rstrip(".")
            if _is_person(candidate, config):
                valid = _valid(candidate)
                if valid:
                    return valid
    return None


def _is_person(address: str, config: ParserConfig) -> bool:
    lowered = address.lower()
    own = {own_address.lower() for own_address in config.own_addresses}
    return lowered not in own and not is_relay_or_noreply(lowered, config)


@lru_cache(maxsize=4096)  # the same senders write again and again; validation is the costly step here
def _valid(address: str) -> str | None:
    try:
        result = validate_email(address.strip(), check_deliverability=False)
    except EmailNotValidError:
        return None
    return str(result.normalized).lower()
