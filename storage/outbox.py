"""The outbox: mails to send, written in the routing transaction and delivered later by `intake/outbound/sender`.

States: pending -> sending -> sent | failed. `suppressed` (a loop rule or a restriction said no) and `held`
(the global acknowledgement brake; staff release them with `intake outbox release`) are never sent by
themselves. `last_error` says why a row is not (yet) sent: the relay's answer, or the rule that suppressed it.

A claim moves rows to `sending` with a lease (`next_attempt_at` = now + lease); a row whose lease ran out (its
sender died mid-delivery) is claimed again with its fixed Message-ID. Functions take a session and never commit;
those the pipeline runs in its synchronous unit of work (`Database.run_sync`) have a `_sync` twin.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import (
    Integer,
    Select,
    and_,
    bindparam,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import Session

from storage.ack_counts import ACK_KINDS, count_queued_acks
from storage.instances import DEAD_AFTER
from storage.models import AuditEvent, Customer, Instance, OutboxMail, Ticket, UTCDateTime, table_of, utcnow
from storage.outbox_sent import MARK_SENT_SQL, check_marked
from storage.outcome import NewOutboxMail
from storage.pages import count_rows, limited

# VERP lives in storage.verp (standard library only, for the relay process); routing finds it here too.
from storage.verp import outbox_id_from_verp as outbox_id_from_verp
from storage.verp import verp_address as verp_address

STATES = ("pending", "sending", "sent", "failed", "suppressed", "held")
#: Mails to the customer whose failure flags the ticket (`delivery_failed`): acknowledgements and staff answers.
_SHOWN_ON_TICKET = (*ACK_KINDS, "staff_answer")
#: How long a claimed row belongs to its sender before another sender may take it over (crash recovery).
SENDING_LEASE = timedelta(minutes=10)
#: PostgreSQL advisory lock class ("INTR") of relay processes: each holds (class, hashtext(instance id)) shared
#: while it sends that instance's claims, and a dead instance's rows are taken over only once it is free.
RELAY_LOCK_CLASS = 0x494E5452


async def enqueue(
    session: AsyncSession, mails: Sequence[NewOutboxMail], *, now: datetime | None = None
) -> list[int]:
    """Inserts the mails (in the caller's transaction) and returns their outbox ids, in order."""
    return await session.run_sync(enqueue_sync, mails, now=now)


def enqueue_sync(
    session: Session, mails: Sequence[NewOutboxMail], *, now: datetime | None = None
) -> list[int]:
    """`enqueue` in a synchronous session: INSERT ... RETURNING, no unit of work."""
    if not mails:
        return []
    at = now or utcnow()
    count_queued_acks(session, mails, at)
    return list(session.execute(_INSERT_OUTBOX_RETURNING, _rows(mails, at)).scalars())


def add_sync(session: Session, mails: Sequence[NewOutboxMail], *, now: datetime) -> None:
    """Inserts the mails without reading their ids back (the pipeline needs none): one executemany, where
    `enqueue_sync` needs a statement per row on SQLite to return the ids in order."""
    if mails:
        count_queued_acks(session, mails, now)
        session.execute(_INSERT_OUTBOX, _rows(mails, now))


def _rows(mails: Sequence[NewOutboxMail], at: datetime) -> list[dict[str, object]]:
    return [
        {
            "kind": m.kind,
            "ticket_id": m.ticket_id,
            "rights_request_id": m.rights_request_id,
            "recipient": m.recipient,
            "subject": m.subject,
            "body": m.body,
            "headers": dict(m.headers),
            "message_id": m.message_id,
            "language": m.language,
            "state": m.state,
            "attempts": 0,
            "next_attempt_at": at,
            "last_error": m.suppressed_reason,
            "created_at": at,
            "sent_at": None,
            "attachments": list(m.attachments) or None,
        }
        for m in mails
    ]


_INSERT_OUTBOX = insert(table_of(OutboxMail))
_INSERT_OUTBOX_RETURNING = _INSERT_OUTBOX.returning(table_of(OutboxMail).c.id, sort_by_parameter_order=True)


async def claim_due(
    session: AsyncSession, *, now: datetime, limit: int, lease: timedelta = SENDING_LEASE
) -> list[OutboxMail]:
    """Claims up to `limit` due rows (see `claim_due_sync`)."""
    return await session.run_sync(claim_due_sync, now=now, limit=limit, lease=lease)


def claim_due_sync(
    session: Session, *, now: datetime, limit: int, lease: timedelta = SENDING_LEASE
) -> list[OutboxMail]:
    """Claims up to `limit` due rows: pending ones, and `sending` ones whose sender's lease ran out or whose
    sender's instance stopped beating (storage/instances.py DEAD_AFTER: it was killed mid-delivery; waiting out
    the lease would leave its customers unacknowledged for minutes) and whose relay process has ended (it holds
    the instance's relay lock until then, `hold_relay_lock`: it may still be finishing the mail in hand).

    The claimed rows are `sending` until `now + lease`, claimed by the session's `info["instance_id"]`
    (storage/database.py). On PostgreSQL the rows are locked with FOR UPDATE SKIP LOCKED, so several daemons
    never claim the same row; SQLite has one writer at a time.
    """
    dead = select(Instance.id).where(Instance.last_seen_at < now - DEAD_AFTER)
    if session.get_bind().dialect.name == "postgresql":  # and no relay process of it finishing a mail still
        dead = dead.where(func.pg_try_advisory_xact_lock(RELAY_LOCK_CLASS, func.hashtext(Instance.id)))
    due = or_(
        and_(OutboxMail.state == "pending", OutboxMail.next_attempt_at <= now),
        and_(OutboxMail.state == "sending", OutboxMail.next_attempt_at <= now),
        and_(OutboxMail.state == "sending", OutboxMail.claimed_by.in_(dead)),
    )
    rows = list(
        session.scalars(
            select(OutboxMail)
            .where(due)
            .order_by(OutboxMail.next_attempt_at, OutboxMail.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
    )
    claimed_by = session.info.get("instance_id") or None
    for row in rows:
        row.state = "sending"
        row.next_attempt_at = now + lease
        row.claimed_by = claimed_by
    session.flush()
    return rows


async def hold_relay_lock(connection: AsyncConnection, instance_id: str) -> None:
    """PostgreSQL: takes the relay lock of `instance_id` (shared) for as long as `connection` stays open; the
    relay process (intake/outbound/relay_process.py) keeps it from its first batch to its end."""
    await connection.execute(
        select(func.pg_advisory_lock_shared(RELAY_LOCK_CLASS, func.hashtext(instance_id)))
    )
    await connection.commit()  # a session-level lock outlives the transaction


async def release_interrupted(session: AsyncSession, *, now: datetime) -> int:
    """Makes every `sending` row due again: only for a single instance at start-up (SQLite), never shared."""
    result = await session.execute(
        update(OutboxMail).where(OutboxMail.state == "sending").values(state="pending", next_attempt_at=now)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def mark_sent(session: AsyncSession, outbox_id: int, *, now: datetime) -> None:
    await session.run_sync(mark_sent_sync, outbox_id, now=now)


def mark_sent_sync(session: Session | Connection, outbox_id: int, *, now: datetime) -> None:
    """The relay accepted the mail: one UPDATE (the sender's hot path, once per mail), the statement of
    storage/outbox_sent.py, which the relay process runs without SQLAlchemy (intake/outbound/accepted.py)."""
    result = session.execute(_MARK_SENT, {"outbox_id": outbox_id, "sent_time": now})
    check_marked(getattr(result, "rowcount", 1), outbox_id)


_MARK_SENT = text(MARK_SENT_SQL).bindparams(
    bindparam("outbox_id", type_=Integer()), bindparam("sent_time", type_=UTCDateTime())
)


def still_sending_sync(session: Session, outbox_ids: Sequence[int]) -> set[int]:
    """Those of the rows still `sending`: a relay process that ended mid-batch may have recorded some as sent
    before its daemon heard of them (intake/outbound/relay_process.py)."""
    if not outbox_ids:
        return set()
    query = select(OutboxMail.id).where(OutboxMail.id.in_(list(outbox_ids)), OutboxMail.state == "sending")
    return set(session.scalars(query))


async def mark_retry(session: AsyncSession, outbox_id: int, *, next_attempt_at: datetime, error: str) -> None:
    """A temporary failure of this mail (4xx, or an unclear end of DATA): try again later, same Message-ID."""
    row = await _get(session, outbox_id)
    row.state = "pending"
    row.attempts += 1
    row.next_attempt_at = next_attempt_at
    row.last_error = error[:1000]


async def postpone(session: AsyncSession, outbox_ids: Sequence[int], *, next_attempt_at: datetime) -> None:
    """Puts claimed rows back unattempted (the relay could not be reached): no attempt is counted."""
    if outbox_ids:
        await session.execute(
            update(OutboxMail)
            .where(OutboxMail.id.in_(list(outbox_ids)), OutboxMail.state == "sending")
            .values(state="pending", next_attempt_at=next_attempt_at)
        )


async def mark_failed(
    session: AsyncSession, outbox_id: int, *, now: datetime, error: str, hard_bounce: bool = False
) -> None:
    """Gives up on the mail: the failure is shown on its ticket (flag + audit event).

    `hard_bounce` (the recipient's address was refused permanently) also flags the customer with that address,
    so no further acknowledgement goes there. Routing calls this for a DSN about one of our mails too.
    """
    await session.run_sync(mark_failed_sync, outbox_id, now=now, error=error, hard_bounce=hard_bounce)


def mark_failed_sync(
    session: Session, outbox_id: int, *, now: datetime, error: str, hard_bounce: bool = False
) -> None:
    """`mark_failed` in a synchronous session."""
    row = session.get(OutboxMail, outbox_id)
    if row is None:
        raise LookupError(f"outbox row {outbox_id} does not exist")
    row.state = "failed"
    row.attempts += 1
    row.last_error = error[:1000]
    if row.ticket_id is not None and row.kind in _SHOWN_ON_TICKET:
        ticket = session.get(Ticket, row.ticket_id)
        if ticket is not None:
            ticket.delivery_failed = True
    if hard_bounce:
        session.execute(
            update(Customer).where(Customer.email == row.recipient.lower()).values(bounced_hard=True)
        )
    session.add(
        AuditEvent(
            at=now,
            actor="daemon",
            action="outbox_failed",
            entity="ticket" if row.ticket_id is not None else "outbox",
            entity_id=row.ticket_id if row.ticket_id is not None else row.id,
            details={"outbox_id": row.id, "kind": row.kind, "error": _error_code(error)},
        )
    )


async def release_held(session: AsyncSession, outbox_ids: Sequence[int] = (), *, now: datetime) -> list[int]:
    """Sends held (brake) or suppressed rows after all, on staff's word; no ids: every held row."""
    query = select(OutboxMail).where(OutboxMail.state.in_(("held", "suppressed")))
    query = (
        query.where(OutboxMail.id.in_(list(outbox_ids)))
        if outbox_ids
        else query.where(OutboxMail.state == "held")
    )
    rows = list((await session.scalars(query.order_by(OutboxMail.id))).all())
    for row in rows:
        row.state = "pending"
        row.next_attempt_at = now
        row.last_error = None
    return [row.id for row in rows]


async def find_by_message_id(session: AsyncSession, message_id: str) -> OutboxMail | None:
    return await session.run_sync(find_by_message_id_sync, message_id)


def find_by_message_id_sync(session: Session, message_id: str) -> OutboxMail | None:
    return session.scalar(select(OutboxMail).where(OutboxMail.message_id == message_id))


async def get(session: AsyncSession, outbox_id: int) -> OutboxMail | None:
    return await session.get(OutboxMail, outbox_id)


def _mails_query(state: str | None) -> Select[OutboxMail]:
    query = select(OutboxMail).order_by(OutboxMail.id.desc())
    return query if state is None else query.where(OutboxMail.state == state)


async def list_mails(
    session: AsyncSession, *, state: str | None = None, limit: int | None = 200
) -> list[OutboxMail]:
    """The newest rows first, optionally of one state (for `intake outbox list`); at most `limit` (None: all)."""
    return list((await session.scalars(limited(_mails_query(state), limit))).all())


async def count_mails(session: AsyncSession, *, state: str | None = None) -> int:
    return await count_rows(session, _mails_query(state))


async def ticket_refs(session: AsyncSession, ticket_ids: Sequence[int]) -> dict[int, str]:
    """Ticket refs by ticket id, for listings."""
    if not ticket_ids:
        return {}
    rows = await session.execute(select(Ticket.id, Ticket.ref).where(Ticket.id.in_(list(ticket_ids))))
    return {ticket_id: ref for ticket_id, ref in rows.all() if ref is not None}


async def count_by_state(session: AsyncSession) -> dict[str, int]:
    rows = await session.execute(select(OutboxMail.state, func.count()).group_by(OutboxMail.state))
    return {state: int(n) for state, n in rows.all()}


async def _get(session: AsyncSession, outbox_id: int) -> OutboxMail:
    row = await session.get(OutboxMail, outbox_id)
    if row is None:
        raise LookupError(f"outbox row {outbox_id} does not exist")
    return row


def _error_code(error: str) -> str:
    # The audit log never holds personal data; a relay's error text may quote the address, so keep the code.
    head = error.split(" ", 1)[0]
    return head if head[:1].isdigit() else error.split(":", 1)[0][:64]
