"""Prometheus metrics: defined once here, updated by the stages, served by `intake run` on a loopback port.

Counters and histograms are updated where things happen (poller, pipeline, sender). The gauges that describe
the database (queue sizes, rights requests) are set by `refresh_gauges`, which the daemon's `keep_gauges_fresh`
task runs every GAUGE_REFRESH_SECONDS, so they are right even after a restart or when another instance did
the work.
Names and labels never carry personal data (no addresses, no subjects): classifications, kinds and states only.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import structlog
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from sqlalchemy.exc import SQLAlchemyError

from intake.service.health import HealthSnapshot, read_health
from storage.database import Database
from storage.deadlines import AMSTERDAM

logger = structlog.get_logger("intake.metrics")

#: How often `keep_gauges_fresh` re-reads the database: a scrape interval, not a latency.
GAUGE_REFRESH_SECONDS = 15.0

REGISTRY = CollectorRegistry(auto_describe=True)

MESSAGES = Counter(
    "intake_messages_total",
    "Inbound messages processed, by classification",
    ["classification"],
    registry=REGISTRY,
)
TICKETS_CREATED = Counter("intake_tickets_created_total", "Tickets opened", registry=REGISTRY)
RIGHTS_REQUESTS = Counter("intake_rights_requests_total", "Rights requests queued", registry=REGISTRY)
QUARANTINED = Counter("intake_quarantined_total", "Messages moved to quarantine", registry=REGISTRY)
OUTBOX_SENT = Counter(
    "intake_outbox_sent_total", "Outbound mails accepted by the relay", ["kind"], registry=REGISTRY
)
OUTBOX_FAILED = Counter(
    "intake_outbox_failed_total", "Outbound mails failed permanently", ["kind"], registry=REGISTRY
)

RIGHTS_OPEN = Gauge("intake_rights_open", "Open rights requests (paused ones included)", registry=REGISTRY)
RIGHTS_OVERDUE = Gauge("intake_rights_overdue", "Open rights requests past their due date", registry=REGISTRY)
QUARANTINE_SIZE = Gauge("intake_quarantine_size", "Messages currently quarantined", registry=REGISTRY)
OUTBOX_PENDING = Gauge("intake_outbox_pending", "Outbound mails waiting to be sent", registry=REGISTRY)
OUTBOX_FAILED_NOW = Gauge(
    "intake_outbox_failed_mails", "Outbound mails in the failed state (given up)", registry=REGISTRY
)
OUTBOX_HELD = Gauge(
    "intake_outbox_held", "Acknowledgements held back by the per-minute brake", registry=REGISTRY
)
SPOOL_PENDING = Gauge(
    "intake_spool_pending", "Spooled messages waiting to be parsed and routed", registry=REGISTRY
)
RIGHTS_NEXT_DUE = Gauge(
    "intake_rights_next_due_timestamp_seconds",
    "Unix time at which the earliest due date (Europe/Amsterdam) of an open, not yet overdue rights request"
    " ends (0: none)",
    registry=REGISTRY,
)
RIGHTS_OLDEST_OVERDUE_DAYS = Gauge(
    "intake_rights_oldest_overdue_days",
    "Days the oldest overdue rights request is past its due date (0: none overdue)",
    registry=REGISTRY,
)
LAST_POLL = Gauge(
    "intake_last_poll_timestamp_seconds", "Unix time of the last successful mailbox poll", registry=REGISTRY
)
IDLE_ACTIVE = Gauge(
    "intake_idle_active", "1 while the mailbox connection waits in IMAP IDLE", registry=REGISTRY
)

STAGE_SECONDS = Histogram(
    "intake_stage_seconds",
    "Time per pipeline stage",
    ["stage"],  # fetch | spool | parse | route | send | settle
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
    registry=REGISTRY,
)


def end_of_day(day: date) -> float:
    """Unix time at which `day` ends in Amsterdam: a request due that day may be answered until then."""
    return datetime.combine(day + timedelta(days=1), time.min, tzinfo=AMSTERDAM).timestamp()


def set_gauges(snapshot: HealthSnapshot) -> None:
    """Sets the database-derived gauges from one health snapshot."""
    RIGHTS_OPEN.set(snapshot.rights_open)
    RIGHTS_OVERDUE.set(snapshot.rights_overdue)
    RIGHTS_OLDEST_OVERDUE_DAYS.set(snapshot.oldest_overdue.days_overdue if snapshot.oldest_overdue else 0)
    RIGHTS_NEXT_DUE.set(end_of_day(snapshot.next_due_date) if snapshot.next_due_date else 0)
    QUARANTINE_SIZE.set(snapshot.quarantined)
    SPOOL_PENDING.set(snapshot.spool_pending)
    OUTBOX_PENDING.set(snapshot.outbox_pending)
    OUTBOX_HELD.set(snapshot.outbox_held)
    OUTBOX_FAILED_NOW.set(snapshot.outbox_failed)
    if snapshot.daemon.last_poll_at is not None:
        LAST_POLL.set(snapshot.daemon.last_poll_at.timestamp())


async def refresh_gauges(db: Database, now: datetime) -> HealthSnapshot:
    """Reads the health snapshot at `now` and updates the gauges (see `keep_gauges_fresh`)."""
    snapshot = await read_health(db, now=now)
    set_gauges(snapshot)
    return snapshot


async def keep_gauges_fresh(
    db: Database,
    stop: asyncio.Event,
    *,
    clock: Callable[[], datetime],
    interval: float = GAUGE_REFRESH_SECONDS,
) -> None:
    """Daemon task: `refresh_gauges` every `interval` seconds until `stop` is set (also while IDLE waits).

    A database error is logged and the next round tries again: metrics never stop the daemon.
    """
    while not stop.is_set():
        try:
            await refresh_gauges(db, clock())
        except (SQLAlchemyError, OSError) as exc:
            logger.warning("gauge_refresh_failed", error=type(exc).__name__)
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval)
        except TimeoutError:
            continue
