"""Outbound mail: what to send (compose, loop guard, templates), when (digest), and delivery (sender).

Flow: `compose_for_route` (in the pipeline's transaction) -> outbox rows -> `run_sender` / `drain_outbox`
-> the SMTP relay. Delivery reports come back through routing, matched by Message-ID or `outbox_id_from_verp`.

The names below are imported on first use (PEP 562), not with the package: importing `intake.outbound.sender`
must not load compose, the loop guard and with them the whole parser (docs/performance.md, "Start-up and
shut-down").
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from intake.outbound.compose import compose_for_route
    from intake.outbound.digest import enqueue_digest_if_due
    from intake.outbound.loop_guard import decide_ack, message_rule
    from intake.outbound.sender import drain_outbox, run_sender
    from intake.outbound.templates import check_templates
    from intake.outbound.verp import outbox_id_from_verp, verp_address

#: Each public name and the module that defines it.
_DEFINED_IN = {
    "check_templates": "templates",
    "compose_for_route": "compose",
    "decide_ack": "loop_guard",
    "drain_outbox": "sender",
    "enqueue_digest_if_due": "digest",
    "message_rule": "loop_guard",
    "outbox_id_from_verp": "verp",
    "run_sender": "sender",
    "verp_address": "verp",
}

__all__ = [
    "check_templates",
    "compose_for_route",
    "decide_ack",
    "drain_outbox",
    "enqueue_digest_if_due",
    "message_rule",
    "outbox_id_from_verp",
    "run_sender",
    "verp_address",
]


def __getattr__(name: str) -> Any:
    module = _DEFINED_IN.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
