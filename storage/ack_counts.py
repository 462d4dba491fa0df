"""What the loop rules count before an acknowledgement is queued (intake/outbound/loop_guard.py): earlier
acknowledgements to the same address in a day, to anyone in the last minute (the global brake, summed from the
per-second AckRate buckets that every enqueue adds to), whether the ticket was acknowledged, and whether staff
were alerted of the brake in the last hour. One statement; each count bounded by its limit.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    ScalarSelect,
    Select,
    and_,
    bindparam,
    delete,
    exists,
    func,
    literal,
    literal_column,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from storage.database import dialect_insert
from storage.models import AckRate, OutboxMail, table_of
from storage.outcome import NewOutboxMail

ACK_KINDS = ("ack_ticket", "ack_rights")
#: Acknowledgements in these states count against the limits (suppressed and held ones were never sent).
_COUNTED_STATES = ("pending", "sending", "sent", "failed")


@dataclass(frozen=True, slots=True)
class AckCounts:
    """What the loop rules need to know about earlier acknowledgements."""

    to_recipient_last_day: int  # acks to this address in the 24 h before `now`
    overall_last_minute: int  # acks to anyone in the minute before `now`
    ticket_already_acknowledged: bool  # the ticket (if given) already has an acknowledgement row
    brake_alert_last_hour: bool  # a brake alert to staff was queued in the hour before `now`


def count_queued_acks(session: Session, mails: Sequence[NewOutboxMail], at: datetime) -> None:
    """Adds the acknowledgements queued to send (not suppressed, not held) to their second's AckRate bucket.

    Buckets older than two minutes are deleted when a second's bucket is created (the upsert returns exactly
    our count): whoever created an existing bucket deleted them already in its transaction, with the same
    bound, so doing it again for every acknowledgement of that second would delete nothing (a statement per
    mail saved in a drain)."""
    queued = sum(1 for m in mails if m.kind in ACK_KINDS and m.state == "pending")
    if not queued:
        return
    second = int(at.timestamp())
    upsert = _upsert_ack_rate(session.get_bind().dialect.name)
    acks: int = session.execute(upsert, {"second": second, "acks": queued}).scalar_one()
    if acks == queued:  # a new bucket (an existing one holds at least one ack already)
        session.execute(_DELETE_OLD_ACK_RATE, {"before": second - 120})


@functools.cache
def _upsert_ack_rate(dialect: str) -> ReturningInsert[Any]:
    statement = dialect_insert(dialect, table_of(AckRate))
    return statement.on_conflict_do_update(
        index_elements=[table_of(AckRate).c.second],
        set_={"acks": table_of(AckRate).c.acks + statement.excluded.acks},
    ).returning(table_of(AckRate).c.acks)


_OUTBOX = table_of(OutboxMail)
_ACK_RATE = table_of(AckRate)
_DELETE_OLD_ACK_RATE = delete(table_of(AckRate)).where(table_of(AckRate).c.second < bindparam("before"))


def _ack_counts_query() -> Select[int, int, bool, bool]:
    """The four facts of `AckCounts` as scalar subqueries of ONE statement, each a range on its own index:
    (recipient, created_at) for the per-sender limit, (kind, created_at) for the brake and its alert, ticket_id
    for once-per-ticket. Built once; `ack_counts_sync` binds the recipient, ticket and times. Core columns, not
    the ORM's: an ORM select costs an ORM compile state and result handling per execution, for four numbers."""
    counted = and_(_one_of(_OUTBOX.c.kind, ACK_KINDS), _one_of(_OUTBOX.c.state, _COUNTED_STATES))
    per_recipient = _count_up_to(
        "recipient_cap",
        counted,
        _OUTBOX.c.recipient == bindparam("recipient"),
        _OUTBOX.c.created_at > bindparam("day_ago"),
    )
    last_minute = (
        select(func.coalesce(func.sum(_ACK_RATE.c.acks), 0))
        .where(_ACK_RATE.c.second > bindparam("minute_ago_second"))
        .scalar_subquery()
    )
    acknowledged = exists().where(
        _OUTBOX.c.ticket_id == bindparam("ticket_id"),
        _one_of(_OUTBOX.c.kind, ACK_KINDS),
        _OUTBOX.c.state != "suppressed",
    )
    alerted = exists().where(_OUTBOX.c.kind == "brake_alert", _OUTBOX.c.created_at > bindparam("hour_ago"))
    return select(per_recipient, last_minute, acknowledged, alerted)


def _one_of(column: Column[str], values: tuple[str, ...]) -> ColumnElement[bool]:
    """`column IN (?, ...)` with one plain bound parameter per value: a tuple given to `in_` becomes an
    "expanding" parameter whose SQL is rendered again at every execution (the same SQL, at a cost per mail)."""
    return column.in_([literal(value, column.type) for value in values])


def _count_up_to(cap: str, *conditions: ColumnElement[bool]) -> ScalarSelect[int]:
    """How many outbox rows match, counted no further than the bound parameter `cap`: a limit only needs to
    know whether it is reached, and the work stays bounded by the limit whatever the table holds."""
    matching: Select[Any] = (
        select(literal_column("1")).select_from(_OUTBOX).where(*conditions).limit(bindparam(cap))
    )
    return select(func.count()).select_from(matching.subquery()).scalar_subquery()


_ACK_COUNTS = _ack_counts_query()
#: The cap when the caller names no limit: every matching row is counted.
UNCAPPED = 2**62


async def ack_counts(
    session: AsyncSession, recipient: str, *, now: datetime, ticket_id: int | None = None
) -> AckCounts:
    """Counts earlier acknowledgements for the per-sender limit, the global brake and once-per-ticket."""
    return await session.run_sync(ack_counts_sync, recipient, now=now, ticket_id=ticket_id)


def ack_counts_sync(
    session: Session,
    recipient: str,
    *,
    now: datetime,
    ticket_id: int | None = None,
    per_recipient_limit: int = UNCAPPED,
) -> AckCounts:
    """`ack_counts` in a synchronous session, in one statement. The count per recipient stops at its limit
    (a count equal to the limit means "at least"); the minute's count sums the AckRate buckets."""
    params = {
        "recipient_cap": per_recipient_limit,
        "recipient": recipient.lower(),
        "day_ago": now - timedelta(days=1),
        "minute_ago_second": int(now.timestamp()) - 60,
        "hour_ago": now - timedelta(hours=1),
        "ticket_id": ticket_id if ticket_id is not None else -1,  # no ticket: no row has id -1
    }
    if session.autoflush:  # the ORM select this was flushed pending changes first (attachment rows, ...)
        session.flush()
    per_recipient, last_minute, acknowledged, alerted = session.execute(_ACK_COUNTS, params).one()
    return AckCounts(
        to_recipient_last_day=int(per_recipient or 0),
        overall_last_minute=int(last_minute or 0),
        ticket_already_acknowledged=ticket_id is not None and bool(acknowledged),
        brake_alert_last_hour=bool(alerted),
    )
