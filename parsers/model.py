"""The typed values that leave `parsers/`: what a mail says, with where each value came from.

Every stage after parsing (routing, storage, acknowledgements) reads these frozen dataclasses and nothing else
of the raw mail, so this module is the contract between the pure parser and the rest of the daemon.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Generic, Literal, TypeVar

T = TypeVar("T")

#: Where an extracted value came from. "header" covers From, Reply-To and the subject.
Source = Literal["header", "signature", "body"]
Language = Literal["nl", "en"]


class Classification(StrEnum):
    """Who wrote the mail: a person, our own staff, or a machine (and which kind)."""

    CUSTOMER = "customer"
    STAFF = "staff"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    BULK = "bulk"

    @property
    def is_automatic(self) -> bool:
        return self in (Classification.AUTO_REPLY, Classification.BOUNCE, Classification.BULK)


class Right(StrEnum):
    """The privacy rights a writer can invoke (design §3.2); the vocabulary lives in `parsers/rights_*.py`."""

    INFORMATION = "information"
    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    PORTABILITY = "portability"
    AUTOMATED_DECISION = "automated_decision"
    CONSENT_WITHDRAWAL = "consent_withdrawal"


class Flag(StrEnum):
    """Signals for the privacy officer that are not rights requests themselves."""

    COMPLAINT_AUTHORITY = (
        "complaint_authority"  # threat of / actual complaint to the Autoriteit Persoonsgegevens
    )
    DATA_BREACH = "data_breach"  # "you sent my data to someone else"
    ON_BEHALF_OF = "on_behalf_of"  # a family member or carer writes for the data subject


@dataclass(frozen=True, slots=True)
class Found(Generic[T]):
    """An extracted value and the part of the mail it was taken from."""

    value: T
    source: Source


@dataclass(frozen=True, slots=True)
class Customer:
    """The writer as the help desk sees them. Every field may be unknown."""

    name: Found[str] | None = None
    email: Found[str] | None = None
    phone: Found[str] | None = None  # E.164
    robot_id: Found[str] | None = None  # uppercase

    def to_json(self) -> dict[str, str | None]:
        return {
            "name": self.name.value if self.name else None,
            "email": self.email.value if self.email else None,
            "phone": self.phone.value if self.phone else None,
            "robot_id": self.robot_id.value if self.robot_id else None,
        }

    def sources_json(self) -> dict[str, str | None]:
        return {
            "name": self.name.source if self.name else None,
            "email": self.email.source if self.email else None,
            "phone": self.phone.source if self.phone else None,
            "robot_id": self.robot_id.source if self.robot_id else None,
        }


@dataclass(frozen=True, slots=True)
class Redaction:
    """What was removed from the text before anything leaves the parser (values are never kept)."""

    kind: Literal["bsn"]
    count: int


@dataclass(frozen=True, slots=True)
class Attachment:
    """An attachment's metadata, and its decoded bytes for storage (never printed)."""

    filename: str
    content_type: str
    size: int
    payload: bytes = field(repr=False, default=b"")
    #: Looks like a copy of an identity document (paspoort, ID-kaart, rijbewijs): stored apart, purged early.
    identity_document: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"filename": self.filename, "content_type": self.content_type, "size": self.size}


@dataclass(frozen=True, slots=True)
class BounceReport:
    """What a delivery status notification says about the mail that failed."""

    original_message_id: str | None
    failed_recipients: tuple[str, ...]
    permanent: bool  # 5.x.x / Action: failed, as opposed to delayed / 4.x.x
    status: str | None  # the DSN status code, e.g. "5.1.1"


@dataclass(frozen=True, slots=True)
class Headers:
    """The addressing and threading headers, decoded and normalised (addresses lowercased)."""

    message_id: str  # "<...>"; synthesised from the content hash when the mail has none
    subject: str
    from_address: str | None
    from_name: str | None
    reply_to: tuple[str, ...]
    to: tuple[str, ...]
    cc: tuple[str, ...]
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    date: datetime | None  # the sender's Date header (UTC); None when missing or invalid
    received_at: datetime | None  # the newest Received header's time (UTC): the receiving server's clock
    return_path: str | None  # "" for the null sender <>, None when the header is absent
    reply_to_name: str | None = None  # the first Reply-To display name (the person behind a web-form relay)
    # The raw automatic-mail signals (RFC 3834, RFC 2369/2919), lowercased and stripped; None when absent.
    # The classifier decides from them; the acknowledgement loop guard checks them again on its own.
    auto_submitted: str | None = None
    precedence: str | None = None
    list_id: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """Everything the help desk needs from one mail. Produced by `parsers.parse_message`."""

    headers: Headers
    language: Language
    classification: Classification
    #: Why the classifier decided so, e.g. "header:auto-submitted=auto-replied" (for logs and audit).
    classification_reason: str
    customer: Customer
    rights: tuple[Right, ...]  # sorted, unique
    flags: tuple[Flag, ...]  # sorted, unique
    ticket_ref: str | None  # e.g. "TB-000123"
    redactions: tuple[Redaction, ...]
    text: str  # the new, unquoted text, BSNs redacted
    signature: str  # the signature block, BSNs redacted
    quoted: str  # quoted history, BSNs redacted (kept for the ticket view, never used for extraction)
    attachments: tuple[Attachment, ...]
    bounce: BounceReport | None  # set for classification BOUNCE when the report could be read
    notes: tuple[str, ...] = ()  # what the parser noticed, e.g. "charset fallback: windows-1252"
    #: Rights a person must confirm (sorted, unique, none of them in `rights`): the triage level. A mail with
    #: possible rights only goes into the rights queue as `to_confirm` (docs/parsing-rights.md).
    rights_possible: tuple[Right, ...] = ()

    @property
    def message_id(self) -> str:
        return self.headers.message_id

    @property
    def subject(self) -> str:
        return self.headers.subject

    def to_json(self, file: str | None = None) -> dict[str, Any]:
        """The stable `intake parse --json` object (design §3.2). More keys may be added, never renamed."""
        out: dict[str, Any] = {}
        if file is not None:
            out["file"] = file
        out.update(
            {
                "message_id": self.headers.message_id,
                "subject": self.headers.subject,
                "language": self.language,
                "classification": self.classification.value,
                "customer": self.customer.to_json(),
                "rights": [r.value for r in self.rights],
                "rights_possible": [r.value for r in self.rights_possible],
                "ticket_ref": self.ticket_ref,
                "redactions": [{"kind": r.kind, "count": r.count} for r in self.redactions],
                "text": self.text,
                "attachments": [a.to_json() for a in self.attachments],
                "flags": [f.value for f in self.flags],
                "sources": self.customer.sources_json(),
                "classification_reason": self.classification_reason,
                "from": self.headers.from_address,
                "date": self.headers.date.isoformat() if self.headers.date else None,
            }
        )
        return out


@dataclass(frozen=True, slots=True)
class ParserConfig:
    """The `[helpdesk]` settings the parser uses. Defaults are Tinybots' own."""

    own_addresses: tuple[str, ...] = ("help@tinybots.nl",)
    own_phones: tuple[str, ...] = ()
    relay_addresses: tuple[str, ...] = ()
    ticket_prefix: str = "TB"
    #: Labels after which a robot id follows; None means the built-in list in `parsers/robot_id.py`.
    robot_id_labels: tuple[str, ...] | None = None
    #: An optional regular expression for robot ids written without a label (e.g. r"\bTS-\d{5}\b").
    robot_id_pattern: str | None = None
    default_region: str = "NL"
