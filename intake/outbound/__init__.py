"""Outbound mail: what to send (compose, loop guard, templates), when (digest), and delivery (sender).

Flow: `compose_for_route` (in the pipeline's transaction) -> outbox rows -> `run_sender` / `drain_outbox`
-> the SMTP relay. Delivery reports come back through routing, matched by Message-ID or `outbox_id_from_verp`.
"""

from intake.outbound.compose import compose_for_route
from intake.outbound.digest import enqueue_digest_if_due
from intake.outbound.loop_guard import decide_ack, message_rule
from intake.outbound.sender import drain_outbox, run_sender
from intake.outbound.templates import check_templates
from intake.outbound.verp import outbox_id_from_verp, verp_address

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
