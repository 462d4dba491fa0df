"""The database schema (SQLAlchemy 2 declarative). SQLite and PostgreSQL alike; migrations in `migrations/`.

Times are stored as timezone-aware UTC (`UTCDateTime`); dates that carry legal meaning (receipt and due dates)
are Amsterdam calendar dates (`Date`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.column_types import BoundedText, CleanText


class UTCDateTime(TypeDecorator[datetime]):
    """Always hands back an aware UTC datetime, also on SQLite (which stores naive text)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


def utcnow() -> datetime:
    return datetime.now(UTC)


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class: the pipeline writes with INSERT ... RETURNING, not the unit of work."""
    table = model.__table__
    assert isinstance(table, Table)  # every model here is mapped to one table
    return table


# --- people -------------------------------------------------------------------------------------------------


class Customer(Base):
    """A person who wrote in. Each field keeps where it came from (header, signature, body, staff)."""

    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str | None] = mapped_column(BoundedText(320), unique=True)
    email_source: Mapped[str | None] = mapped_column(BoundedText(16))
    name: Mapped[str | None] = mapped_column(BoundedText(200))
    name_source: Mapped[str | None] = mapped_column(BoundedText(16))
    phone: Mapped[str | None] = mapped_column(BoundedText(32), index=True)
    phone_source: Mapped[str | None] = mapped_column(BoundedText(16))
    restricted: Mapped[bool] = mapped_column(
        Boolean, default=False
    )  # Art. 18: no mail that carries their data
    restricted_at: Mapped[datetime | None]
    bounced_hard: Mapped[bool] = mapped_column(Boolean, default=False)  # their address bounced permanently
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    robot_ids: Mapped[list[CustomerRobotId]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerRobotId.id"
    )


class CustomerRobotId(Base):
    __tablename__ = "customer_robot_ids"
    __table_args__ = (UniqueConstraint("customer_id", "robot_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    robot_id: Mapped[str] = mapped_column(BoundedText(36), index=True)
    source: Mapped[str] = mapped_column(BoundedText(16))
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    customer: Mapped[Customer] = relationship(back_populates="robot_ids")


# --- tickets and messages -------------------------------------------------------------------------------------


class Ticket(Base):
    __tablename__ = "tickets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str | None] = mapped_column(
        BoundedText(32), unique=True
    )  # "TB-000123", set right after insert
    status: Mapped[str] = mapped_column(
        BoundedText(16), default="open", index=True
    )  # open | pending | closed
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    subject: Mapped[str] = mapped_column(CleanText, default="")
    language: Mapped[str] = mapped_column(BoundedText(2), default="nl")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    closed_at: Mapped[datetime | None]
    #: A reply to a ticket closed long ago opens a new ticket linked to the old one.
    previous_ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="SET NULL"))
    delivery_failed: Mapped[bool] = mapped_column(Boolean, default=False)  # an acknowledgement bounced
    #: The agent the ticket is assigned to (`#assign`, `intake tickets assign`); their later mail goes there.
    assignee: Mapped[str | None] = mapped_column(BoundedText(320))
    #: When the status last changed: a pending ticket closes by itself N days after it (storage/ticket_lifecycle.py).
    status_changed_at: Mapped[datetime | None]

    customer: Mapped[Customer | None] = relationship()
    messages: Mapped[list[Message]] = relationship(back_populates="ticket", order_by="Message.id")
    participants: Mapped[list[Participant]] = relationship(
        back_populates="ticket", cascade="all, delete-orphan", order_by="Participant.id"
    )


class Participant(Base):
    __tablename__ = "participants"
    __table_args__ = (UniqueConstraint("ticket_id", "email"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(BoundedText(320))
    name: Mapped[str | None] = mapped_column(BoundedText(200))
    role: Mapped[str] = mapped_column(BoundedText(16))  # customer | participant | staff
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    ticket: Mapped[Ticket] = relationship(back_populates="participants")


class Message(Base):
    """One mail on a ticket (in or out), or unticketed automatic mail (ticket_id NULL)."""

    __tablename__ = "messages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    spool_id: Mapped[int | None] = mapped_column(ForeignKey("spool.id", ondelete="SET NULL"), unique=True)
    message_id: Mapped[str] = mapped_column(
        BoundedText(998), index=True
    )  # not unique: Message-IDs get reused
    direction: Mapped[str] = mapped_column(BoundedText(3))  # in | out
    classification: Mapped[str] = mapped_column(BoundedText(16))
    from_address: Mapped[str | None] = mapped_column(BoundedText(320), index=True)
    from_name: Mapped[str | None] = mapped_column(BoundedText(200))
    to_addresses: Mapped[list[Any]] = mapped_column(default=list)
    subject: Mapped[str] = mapped_column(CleanText, default="")
    received_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(CleanText, default="")  # new text, BSNs redacted
    quoted: Mapped[str] = mapped_column(CleanText, default="")
    signature: Mapped[str] = mapped_column(CleanText, default="")
    language: Mapped[str] = mapped_column(BoundedText(2), default="nl")
    rights: Mapped[list[Any]] = mapped_column(default=list)
    #: Rights a person must confirm (the parser's triage level); a request with only these is "to_confirm".
    rights_possible: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    flags: Mapped[list[Any]] = mapped_column(default=list)
    in_reply_to: Mapped[list[Any]] = mapped_column(default=list)
    references: Mapped[list[Any]] = mapped_column(default=list)
    redaction_count: Mapped[int] = mapped_column(Integer, default=0)
    route_reason: Mapped[str] = mapped_column(BoundedText(32), default="")  # which threading rule matched
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    ticket: Mapped[Ticket | None] = relationship(back_populates="messages")
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="Attachment.id"
    )


class Attachment(Base):
    """Attachment metadata; the bytes live in a 0600 file under the files directory (`path`)."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(BoundedText(255))
    content_type: Mapped[str] = mapped_column(BoundedText(255))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(BoundedText(64))
    path: Mapped[str | None] = mapped_column(CleanText)  # relative to the files directory; NULL once purged
    identity_document: Mapped[bool] = mapped_column(Boolean, default=False)
    purged_at: Mapped[datetime | None]
    message: Mapped[Message] = relationship(back_populates="attachments")


# --- the spool: raw bytes first, exactly once ----------------------------------------------------------------


class SpoolEntry(Base):
    """Raw bytes of one distinct mail (deduplicated by sha256) and its processing state."""

    __tablename__ = "spool"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(BoundedText(64), unique=True)
    received_at: Mapped[datetime]  # IMAP INTERNALDATE, or newest Received header for files
    size: Mapped[int] = mapped_column(BigInteger)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)  # NULL after the spool retention purge
    #: new -> done | quarantined; "failed" attempts stay "new" until max attempts, then "quarantined".
    state: Mapped[str] = mapped_column(BoundedText(16), default="new", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(CleanText)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    processed_at: Mapped[datetime | None]

    locations: Mapped[list[SpoolLocation]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="SpoolLocation.id"
    )


class SpoolLocation(Base):
    """Where a spooled mail sits on a server (or "file:" for ingest); settled once moved out of the INBOX."""

    __tablename__ = "spool_locations"
    __table_args__ = (UniqueConstraint("mailbox", "uidvalidity", "uid"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    spool_id: Mapped[int] = mapped_column(ForeignKey("spool.id", ondelete="CASCADE"), index=True)
    mailbox: Mapped[str] = mapped_column(BoundedText(512))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    settled_at: Mapped[datetime | None]
    settled_folder: Mapped[str | None] = mapped_column(BoundedText(255))
    entry: Mapped[SpoolEntry] = relationship(back_populates="locations")


# --- the rights queue ------------------------------------------------------------------------------------------


class RightsRequest(Base):
    __tablename__ = "rights_requests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="SET NULL"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    rights: Mapped[list[Any]] = mapped_column(default=list)
    #: Rights a person must confirm (the parser's triage level); a request with only these is "to_confirm".
    rights_possible: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    flags: Mapped[list[Any]] = mapped_column(default=list)
    received_at: Mapped[datetime]
    receipt_date: Mapped[date] = mapped_column(Date)  # Amsterdam date of received_at
    promised_due_date: Mapped[date] = mapped_column(Date)
    legal_due_date: Mapped[date] = mapped_column(Date)
    extended_due_date: Mapped[date | None] = mapped_column(Date)
    extension_months: Mapped[int] = mapped_column(Integer, default=0)
    paused_at: Mapped[datetime | None]
    paused_days: Mapped[int] = mapped_column(Integer, default=0)
    #: to_confirm (possible rights only: the privacy officer confirms or dismisses) | open | paused | closed
    status: Mapped[str] = mapped_column(BoundedText(16), default="open", index=True)
    identity_step: Mapped[str] = mapped_column(BoundedText(32))  # id_copy | registered_address
    identity_verified_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(BoundedText(16))  # done | refused | dismissed (not a request)
    closed_at: Mapped[datetime | None]
    #: After the person is erased: a keyed hash of their address, so the trace proves the request without naming them.
    subject_pseudonym: Mapped[str | None] = mapped_column(BoundedText(64))


# --- outbound mail --------------------------------------------------------------------------------------------


class OutboxMail(Base):
    """A mail to send, written in the same transaction as what caused it; the Message-ID is fixed at creation."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_state_next", "state", "next_attempt_at"),
        # the acknowledgement limits count recent rows (storage/outbox.py ack_counts): a range, not a scan
        Index("ix_outbox_created_at", "created_at"),
        # ... of some kinds (the acknowledgements of the last minute, a brake alert in the last hour): without
        # it SQLite picks ix_outbox_kind and reads every acknowledgement ever queued
        Index(
            "ix_outbox_kind_created_at_state", "kind", "created_at", "state"
        ),  # state: counted from the index
        # ... to one recipient (the per-sender daily limit)
        Index("ix_outbox_recipient_created_at", "recipient", "created_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: ack_ticket | ack_rights | staff_new_ticket | privacy_new_request | privacy_digest | brake_alert
    kind: Mapped[str] = mapped_column(BoundedText(32))  # searched by ix_outbox_kind_created_at_state
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    rights_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("rights_requests.id", ondelete="SET NULL")
    )
    recipient: Mapped[str] = mapped_column(BoundedText(320))  # searched by ix_outbox_recipient_created_at
    subject: Mapped[str] = mapped_column(CleanText)
    body: Mapped[str] = mapped_column(CleanText)
    headers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    message_id: Mapped[str] = mapped_column(BoundedText(998), unique=True)
    language: Mapped[str] = mapped_column(BoundedText(2), default="nl")
    #: pending -> sending -> sent | failed | suppressed (loop rules / restriction / brake)
    state: Mapped[str] = mapped_column(BoundedText(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(CleanText)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    #: Files sent along (a relayed staff answer's attachments): [{"path", "filename", "content_type"}], the
    #: path absolute; None for the mails we write ourselves.
    attachments: Mapped[list[Any] | None] = mapped_column(JSON)
    #: the instance (`instances.id`) whose sender claimed the row: a row `sending` under an instance that stopped
    #: beating is claimed again without waiting for the lease (storage/outbox.py `claim_due_sync`)
    claimed_by: Mapped[str | None] = mapped_column(BoundedText(64))


# --- accountability and daemon state ---------------------------------------------------------------------------


class AuditEvent(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(
        BoundedText(64)
    )  # OS user for staff commands, "daemon" for the pipeline
    action: Mapped[str] = mapped_column(BoundedText(64))
    entity: Mapped[str] = mapped_column(
        BoundedText(32)
    )  # ticket | rights_request | customer | spool | purge | ...
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)  # never personal data


class AckRate(Base):
    """Acknowledgements queued per second, for the global brake (storage/outbox.py `ack_counts`): summing the
    last minute's buckets costs the same whatever the backlog, where counting outbox rows read every row of
    the minute (10,000 in a backlog drain). Rows older than two minutes are deleted as new ones come."""

    __tablename__ = "ack_rate"
    second: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)  # Unix time
    acks: Mapped[int] = mapped_column(Integer)


class DaemonState(Base):
    """Small key/value facts that must survive restarts: UIDVALIDITY per mailbox, last digest date, ..."""

    __tablename__ = "daemon_state"
    key: Mapped[str] = mapped_column(BoundedText(255), primary_key=True)
    value: Mapped[str] = mapped_column(CleanText)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Instance(Base):
    """A running `intake run` (several may share one PostgreSQL): its heartbeat, and what it polls.

    Written by the instance itself every few seconds (intake/daemon/registry.py), deleted when it stops cleanly;
    `intake status` lists the rows. A row whose heartbeat stopped belongs to a dead instance."""

    __tablename__ = "instances"
    id: Mapped[str] = mapped_column(BoundedText(64), primary_key=True)  # random, new at every start
    host: Mapped[str] = mapped_column(BoundedText(255))
    pid: Mapped[int] = mapped_column(Integer)
    version: Mapped[str] = mapped_column(BoundedText(64))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: "poller" (holds a mailbox's leadership) | "worker" (parses, routes and sends only)
    role: Mapped[str] = mapped_column(BoundedText(16), default="worker")
    polls: Mapped[str | None] = mapped_column(BoundedText(512))  # "user@host/INBOX" while it is the poller


class PeriodicRun(Base):
    """One row per periodic job and period (e.g. "privacy_digest", "2026-12-06"): the instance that inserted
    it ran the job for that period; the others find the key taken (storage/periodic.py)."""

    __tablename__ = "periodic_runs"
    job: Mapped[str] = mapped_column(BoundedText(64), primary_key=True)
    period: Mapped[str] = mapped_column(BoundedText(64), primary_key=True)
    ran_by: Mapped[str] = mapped_column(BoundedText(320))  # "host pid"
    ran_at: Mapped[datetime] = mapped_column(default=utcnow)
