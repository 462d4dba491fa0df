"""VERP: the envelope sender `help+bounce-<outbox id>@tinybots.nl` names the outbox row a bounce is about.

Standard library only: the relay process builds every envelope sender with `verp_address` and imports no
SQLAlchemy (intake/outbound/relay_process.py); routing matches reports with `outbox_id_from_verp`, through
storage.outbox, which re-exports both.
"""

from __future__ import annotations

import re

_VERP = re.compile(
    r"^(?P<local>[^@+\s]+)\+bounce-(?P<id>[1-9][0-9]{0,17})@(?P<domain>[^@\s]+)$", re.IGNORECASE
)


def verp_address(help_address: str, outbox_id: int) -> str:
    """The envelope sender for outbox row `outbox_id`: help+bounce-17@tinybots.nl."""
    local, _, domain = help_address.partition("@")
    return f"{local.split('+', 1)[0]}+bounce-{outbox_id}@{domain}"


def outbox_id_from_verp(address: str, *, help_address: str | None = None) -> int | None:
    """The outbox id in a VERP address (help+bounce-17@tinybots.nl -> 17), else None.

    With `help_address`, only our own local part and domain count, so a stranger's "x+bounce-5@y" is ignored.
    Routing calls this for each To address of a delivery report (a DSN is addressed to our envelope sender).
    """
    match = _VERP.match(address.strip().strip("<>"))
    if match is None:
        return None
    if help_address is not None:
        local, _, domain = help_address.lower().partition("@")
        if match["local"].lower() != local.split("+", 1)[0] or match["domain"].lower() != domain:
            return None
    return int(match["id"])
