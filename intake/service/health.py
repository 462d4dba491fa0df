"""The service's health as one snapshot read from the database: what `intake status` shows and the gauges export.

Reads only (the daemon may be running): the poller's state in `daemon_state` ("poller.last_poll_at",
"poller.mode", "poller.last_error", "poller.started_at"), the registered instances (who polls), spool and outbox sizes by state, and the open rights
requests with the oldest overdue one. Due dates come from `storage.rights_queue.effective_due_date`, the one
place that rule lives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from storage import instances, rights_queue
from storage.database import Database
from storage.deadlines import AMSTERDAM
from storage.models import DaemonState, OutboxMail, SpoolEntry, Ticket

STATE_KEYS = ("poller.last_poll_at", "poller.mode", "poller.last_error", "poller.started_at")


TICKET_STATUSES = ("open", "pending", "closed")


@dataclass(frozen=True, slots=True)
class DaemonHealth:
    """What the poller last wrote; all None when the daemon never ran against this database."""

    last_poll_at: datetime | None
    mode: str | None  # "idle" (IMAP IDLE) | "poll" (no IDLE on the server)
    last_error: str | None
    started_at: datetime | None

    def poll_age_seconds(self, now: datetime) -> float | None:
        return (now - self.last_poll_at).total_seconds() if self.last_poll_at else None


@dataclass(frozen=True, slots=True)
class OverdueRequest:
    id: int
    ticket_ref: str | None
    due_date: date
    days_overdue: int


@dataclass(frozen=True, slots=True)
class HealthSnapshot:
    taken_at: datetime
    daemon: DaemonHealth
    spool_pending: int
    quarantined: int
    outbox_pending: int  # waiting or being sent
    outbox_held: int  # held back by the acknowledgement brake
    outbox_failed: int
    rights_open: int  # open or paused
    rights_paused: int
    rights_overdue: int
    oldest_overdue: OverdueRequest | None
    #: The earliest due date of an open request that is not overdue yet (None: no such request).
    next_due_date: date | None = None
    #: Tickets per status (open, pending, closed): what staff have to do, and what waits on customers.
    tickets: dict[str, int] = field(default_factory=dict)
    #: Possible requests the privacy officer has not confirmed or dismissed yet (their deadline runs already).
    rights_to_confirm: int = 0
    #: every registered `intake run` (storage/instances.py), the poller first; dead ones until forgotten
    instances: tuple[instances.InstanceInfo, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The stable shape of `intake status --json`."""
        d = self.daemon
        oldest = self.oldest_overdue
        return {
            "taken_at": self.taken_at.isoformat(),
            "daemon": {
                "last_poll_at": d.last_poll_at.isoformat() if d.last_poll_at else None,
                "last_poll_age_seconds": _rounded(d.poll_age_seconds(self.taken_at)),
                "mode": d.mode,
                "last_error": d.last_error,
                "started_at": d.started_at.isoformat() if d.started_at else None,
            },
            "spool": {"pending": self.spool_pending, "quarantined": self.quarantined},
            "outbox": {
                "pending": self.outbox_pending,
                "held": self.outbox_held,
                "failed": self.outbox_failed,
            },
            "tickets": {status: self.tickets.get(status, 0) for status in TICKET_STATUSES},
            "instances": [_instance_json(i, self.taken_at) for i in self.instances],
            "rights": {
                "open": self.rights_open,
                "paused": self.rights_paused,
                "to_confirm": self.rights_to_confirm,
                "overdue": self.rights_overdue,
                "oldest_overdue": None
                if oldest is None
                else {
                    "id": oldest.id,
                    "ticket_ref": oldest.ticket_ref,
                    "due_date": oldest.due_date.isoformat(),
                    "days_overdue": oldest.days_overdue,
                },
            },
        }


def _instance_json(info: instances.InstanceInfo, now: datetime) -> dict[str, Any]:
    return {
        "id": info.id,
        "host": info.host,
        "pid": info.pid,
        "version": info.version,
        "role": info.role,
        "polls": info.polls,
        "started_at": info.started_at.isoformat(),
        "last_seen_at": info.last_seen_at.isoformat(),
        "alive": info.alive(now),
    }


def _rounded(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds, 1)


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


async def _daemon_health(session: AsyncSession) -> DaemonHealth:
    rows = await session.execute(
        select(DaemonState.key, DaemonState.value).where(DaemonState.key.in_(STATE_KEYS))
    )
    state = {key: value for key, value in rows.all()}
    return DaemonHealth(
        last_poll_at=_parse_time(state.get("poller.last_poll_at")),
        mode=state.get("poller.mode") or None,
        last_error=state.get("poller.last_error") or None,
        started_at=_parse_time(state.get("poller.started_at")),
    )


async def _counts_by_state(session: AsyncSession, column: InstrumentedAttribute[str]) -> dict[str, int]:
    rows = await session.execute(select(column, func.count()).group_by(column))
    return {state: count for state, count in rows.all()}


async def _rights(
    session: AsyncSession, today: date
) -> tuple[int, int, int, list[OverdueRequest], date | None]:
    to_confirm = await rights_queue.list_requests(session, status="to_confirm")
    # An undecided possible request runs its deadline from receipt: it is due (and overdue) like an open one.
    open_requests = [*await rights_queue.list_requests(session, status="open"), *to_confirm]
    paused = await rights_queue.list_requests(session, status="paused")
    # A paused request's clock stands still (its due date moves on resume), so it is not overdue meanwhile.
    overdue = [
        OverdueRequest(v.id, v.ticket_ref, v.due_date, (today - v.due_date).days)
        for v in open_requests
        if v.due_date < today
    ]
    upcoming = min((v.due_date for v in open_requests if v.due_date >= today), default=None)
    return len(open_requests) - len(to_confirm) + len(paused), len(paused), len(to_confirm), overdue, upcoming


async def read_health(db: Database, *, now: datetime) -> HealthSnapshot:
    """One consistent snapshot of the daemon's health and its queues, taken at `now` (aware UTC)."""
    today = now.astimezone(AMSTERDAM).date()
    async with db.session() as session:
        daemon = await _daemon_health(session)
        spool = await _counts_by_state(session, SpoolEntry.state)
        outbox = await _counts_by_state(session, OutboxMail.state)
        tickets = await _counts_by_state(session, Ticket.status)
        rights_open, rights_paused, to_confirm, overdue, next_due = await _rights(session, today)
        registered = await instances.listing(session)
    return HealthSnapshot(
        taken_at=now,
        daemon=daemon,
        spool_pending=spool.get("new", 0),
        quarantined=spool.get("quarantined", 0),
        outbox_pending=outbox.get("pending", 0) + outbox.get("sending", 0),
        outbox_held=outbox.get("held", 0),
        outbox_failed=outbox.get("failed", 0),
        rights_open=rights_open,
        rights_paused=rights_paused,
        rights_overdue=len(overdue),
        oldest_overdue=min(overdue, key=lambda r: (r.due_date, r.id)) if overdue else None,
        next_due_date=next_due,
        tickets=tickets,
        rights_to_confirm=to_confirm,
        instances=tuple(registered),
    )
