"""Loop safety for acknowledgements (RFC 3834 §2): the one place that decides whether we may answer a mail.

Three layers, each an ordered tuple of named rules whose name becomes the recorded reason:
1. the message: never answer automatic, bulk or staff mail, nor anything that says it is automatic;
2. the address: never answer our own, no-reply or relay addresses, nor a restricted or hard-bouncing person;
3. the budget: one acknowledgement per ticket, N per address per 24 h, and a global brake per minute.
A "no" is recorded as a suppressed outbox row (or a held one, for the brake) so staff can see why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from intake.config import HelpdeskSettings, OutboundSettings
from intake.outbound.message import UnsafeHeader, address_of, ascii_address
from parsers import Classification, ParsedMessage
from parsers.addresses import is_relay_or_noreply
from storage import ack_counts
from storage.models import Customer

#: RFC 3834 §3.1.7 / RFC 2076: Precedence values that mark mail not to be answered.
_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk", "auto_reply"})
_AUTOMATIC = frozenset(
    {Classification.AUTO_REPLY, Classification.BOUNCE, Classification.BULK, Classification.STAFF}
)

MessageRule = tuple[str, Callable[[ParsedMessage], bool]]

MESSAGE_RULES: tuple[MessageRule, ...] = (
    ("automatic_or_staff_mail", lambda p: p.classification in _AUTOMATIC),
    ("auto_submitted", lambda p: (p.headers.auto_submitted or "no").split(";")[0].strip().lower() != "no"),
    ("precedence", lambda p: (p.headers.precedence or "").strip().lower() in _BULK_PRECEDENCE),
    ("list_id", lambda p: bool(p.headers.list_id)),
    ("null_return_path", lambda p: p.headers.return_path == ""),
)


@dataclass(frozen=True, slots=True)
class AckDecision:
    """Whether to send an acknowledgement, to whom, and if not, why (the rule's name)."""

    recipient: str  # "" when there is no address to answer
    state: Literal["pending", "suppressed", "held"]
    reason: str | None = None
    alert_staff: bool = False  # the brake just engaged and no alert went out in the last hour


def message_rule(parsed: ParsedMessage) -> str | None:
    """The first message rule that forbids any automatic answer to `parsed`, else None."""
    return next((name for name, applies in MESSAGE_RULES if applies(parsed)), None)


def own_addresses(helpdesk: HelpdeskSettings) -> frozenset[str]:
    return frozenset(helpdesk.parser_config().own_addresses)


def _base_address(address: str) -> str:
    local, _, domain = address.lower().partition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def is_own_address(address: str, helpdesk: HelpdeskSettings) -> bool:
    """Ours: a configured own address, or a plus-address of one (help+bounce-5@ is still help@)."""
    own = own_addresses(helpdesk)
    return address.lower() in own or _base_address(address) in own


def is_intake_mailbox(address: str, helpdesk: HelpdeskSettings) -> bool:
    """The mailbox the daemon reads (or a plus-address of it): mail sent there comes back in."""
    return _base_address(address) == helpdesk.address.lower()


def ack_recipient(parsed: ParsedMessage, helpdesk: HelpdeskSettings) -> tuple[str, str | None]:
    """Whom an acknowledgement would go to, or ("", why not).

    A person writes from their own address: we answer From. A web-form relay or no-reply sender cannot be
    answered; its person is answered at Reply-To, and only there (an address in the body could be anyone's).
    """
    config = helpdesk.parser_config()
    sender = (parsed.headers.from_address or "").lower()
    if not sender:
        return "", "no_sender_address"
    if not is_relay_or_noreply(sender, config=config):
        return sender, None
    for reply_to in parsed.headers.reply_to:
        candidate = reply_to.lower()
        if candidate != sender and not is_relay_or_noreply(candidate, config=config):
            return candidate, None
    return "", "noreply_or_relay_sender"


def address_rule(address: str, customer: Customer | None, helpdesk: HelpdeskSettings) -> str | None:
    """The first address rule that forbids answering `address`, else None."""
    try:
        address_of(address)
    except UnsafeHeader:
        return "invalid_address"
    if is_own_address(address, helpdesk):
        return "own_address"
    if is_relay_or_noreply(address, config=helpdesk.parser_config()):
        return "noreply_address"
    if customer is not None and customer.restricted:
        return "restricted"  # Art. 18: no mail that carries their data
    if customer is not None and customer.bounced_hard and customer.email == address:
        return "address_bounced_hard"
    return None


async def decide_ack(
    session: AsyncSession,
    parsed: ParsedMessage,
    *,
    kind: str,
    ticket_id: int | None,
    customer: Customer | None,
    helpdesk: HelpdeskSettings,
    limits: OutboundSettings,
    now: datetime,
) -> AckDecision:
    """Applies the three layers in order; `kind` is ack_ticket (once per ticket) or ack_rights."""
    return await session.run_sync(
        decide_ack_sync,
        parsed,
        kind=kind,
        ticket_id=ticket_id,
        customer=customer,
        helpdesk=helpdesk,
        limits=limits,
        now=now,
    )


def decide_ack_sync(
    session: Session,
    parsed: ParsedMessage,
    *,
    kind: str,
    ticket_id: int | None,
    customer: Customer | None,
    helpdesk: HelpdeskSettings,
    limits: OutboundSettings,
    now: datetime,
) -> AckDecision:
    """`decide_ack` in a synchronous session (the pipeline's unit of work)."""
    recipient, no_address = ack_recipient(parsed, helpdesk)
    recipient = ascii_address(recipient)
    reason = message_rule(parsed) or no_address or address_rule(recipient, customer, helpdesk)
    if reason is not None:
        return AckDecision(recipient, "suppressed", reason)
    counts = ack_counts.ack_counts_sync(
        session,
        recipient,
        now=now,
        ticket_id=ticket_id,
        per_recipient_limit=limits.acks_per_sender_per_day,
    )
    if kind == "ack_ticket" and counts.ticket_already_acknowledged:
        return AckDecision(recipient, "suppressed", "ticket_already_acknowledged")
    if counts.to_recipient_last_day >= limits.acks_per_sender_per_day:
        return AckDecision(recipient, "suppressed", "sender_daily_limit")
    if counts.overall_last_minute >= limits.acks_per_minute:
        return AckDecision(recipient, "held", "global_brake", alert_staff=not counts.brake_alert_last_hour)
    return AckDecision(recipient, "pending")
