"""The per-notification secret (`[staff] auth = "token"`): an HMAC of the ticket ref, keyed with the secret.

A notification to staff carries it twice, as FreeScout does: in the Reply-To sub-address
(help+TB-000123.<token>@tinybots.nl, so an answer addressed there proves it) and in the Message-ID
(<TB-000123.staff.<random>.<token>@tinybots.nl>, so any answer's In-Reply-To/References proves it). Only staff
receive notifications; a forger who knows an agent's address does not know the token of a ticket.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable

#: 20 hex digits = 80 bits: not guessable by mail, short enough for an address's local part.
TOKEN_HEX = 20
_IN_ADDRESS = re.compile(r"^[^@+\s]+\+(?P<ref>[A-Z]{1,8}-\d{6,12})\.(?P<token>[0-9a-f]{20})@", re.IGNORECASE)
_IN_MESSAGE_ID = re.compile(
    r"^<(?P<ref>[A-Z]{1,8}-\d{6,12})\.[a-z]{1,16}\.[0-9a-f]{1,32}\.(?P<token>[0-9a-f]{20})@", re.IGNORECASE
)


def token_for(secret: bytes, ticket_ref: str) -> str:
    return hmac.new(secret, ticket_ref.upper().encode(), hashlib.sha256).hexdigest()[:TOKEN_HEX]


def reply_to_address(help_address: str, ticket_ref: str, secret: bytes) -> str:
    local, _, domain = help_address.partition("@")
    return f"{local.split('+', 1)[0]}+{ticket_ref}.{token_for(secret, ticket_ref)}@{domain}"


def message_id(ticket_ref: str, kind_tag: str, domain: str, secret: bytes) -> str:
    return f"<{ticket_ref}.{kind_tag}.{secrets.token_hex(8)}.{token_for(secret, ticket_ref)}@{domain}>"


def proves(ticket_ref: str, secret: bytes, *, addresses: Iterable[str], message_ids: Iterable[str]) -> bool:
    """True when one of the mail's recipients or answered Message-IDs carries this ticket's token."""
    wanted = token_for(secret, ticket_ref)
    candidates = [m for a in addresses if (m := _IN_ADDRESS.match(a))]
    candidates += [m for i in message_ids if (m := _IN_MESSAGE_ID.match(i))]
    return any(
        m["ref"].upper() == ticket_ref.upper() and hmac.compare_digest(m["token"].lower(), wanted)
        for m in candidates
    )
