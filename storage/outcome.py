"""What routing decided for one message, and the outbound mails it asks for: the seam between `storage.route`
and `intake/outbound` (which composes the mails) inside the pipeline's one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: Why a message landed where it did; the threading rules of design §3.4 in order, then the special cases.
ROUTE_REASONS = (
    "in_reply_to",  # In-Reply-To / References named a Message-ID we stored (inbound or outbound)
    "subject_ref",  # a ticket ref in the subject, for a ticket that exists
    "body_ref",  # a ticket ref in the body, for a ticket that exists
    "new_ticket",  # none of the above: a new ticket
    "reopened_as_new",  # matched a ticket closed longer ago than the reopen window: new ticket, linked
    "automatic_attached",  # auto-reply / bounce referring to a ticket: attached, no new ticket
    "automatic_unticketed",  # automatic mail that refers to nothing: kept, listed by `intake automatic list`
    "staff_attached",  # from our own addresses (a Bcc of a staff reply): attached as staff mail
    "staff_unticketed",  # from our own addresses, refers to no ticket
    # set after routing by intake/staffdesk for a configured staff member's mail (docs/staff.md):
    "staff_answer",  # proven, relayed to the people on the ticket
    "staff_note",  # proven, #note: internal, never sent
    "staff_command",  # proven, commands only
    "staff_refused",  # proven, but a command was unknown or refused: the agent got an error mail
    "staff_unverified",  # not proven to come from its staff From: kept as a suspicious message
    "duplicate",  # these exact bytes were routed before (exactly once)
)


@dataclass(frozen=True, slots=True)
class RouteOutcome:
    reason: str  # one of ROUTE_REASONS
    message_row_id: int | None  # messages.id; None only for "duplicate" lookups that found nothing new
    ticket_id: int | None
    ticket_ref: str | None
    ticket_created: bool
    customer_id: int | None
    previous_ticket_ref: str | None = None  # for "reopened_as_new"
    rights_request_id: int | None = None  # a rights request created by this message
    rights_due_date: date | None = None  # the earlier of promised and legal due date
    rights_legal_due_date: date | None = None
    #: The request has only possible rights (status to_confirm): the writer gets the ordinary acknowledgement
    #: until the privacy officer confirms it (`intake rights confirm`), then the rights acknowledgement.
    rights_to_confirm: bool = False
    bounced_outbox_id: int | None = None  # a bounce of one of our own mails: that outbox row
    participant_added: str | None = None  # a new writer on an existing thread


@dataclass(frozen=True, slots=True)
class NewOutboxMail:
    """An outbox row to insert in the same transaction as the ticket. The Message-ID is fixed here."""

    kind: str  # ack_ticket | ack_rights | staff_new_ticket | privacy_new_request | privacy_to_confirm | ...
    recipient: str
    subject: str
    body: str
    message_id: str
    language: str
    ticket_id: int | None
    rights_request_id: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    state: str = "pending"  # "suppressed" when a loop rule or a restriction says not to send; kept for audit
    suppressed_reason: str | None = None
    #: Files sent along: ({"path": absolute, "filename", "content_type"}, ...); a relayed staff answer's.
    attachments: tuple[dict[str, str], ...] = ()
