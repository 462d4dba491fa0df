"""The sender: outbox rows -> the SMTP relay, with retries, backoff and a state machine that survives crashes.

pending -> sending (claimed, with a lease) -> sent | failed; a 4xx or an unclear end of the DATA phase puts
the row back to pending with exponential backoff (counted against `[smtp] max_attempts`); a 5xx fails it at
once and shows it on the ticket. When the relay cannot be reached at all, the rows wait without counting an
attempt: an outage delays mail, it never fails it. The Message-ID was fixed when the row was written, so a
retry after an unclear outcome is the same message (see docs/outbound.md for what SMTP cannot rule out).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from intake.config import Settings, SmtpSettings
from intake.outbound.accepted import record_accepted
from intake.outbound.delivery import (
    Deliverer,
    Delivery,
    OutgoingMail,
)
from intake.outbound.digest import enqueue_digest_if_due
from intake.outbound.relay_lock import wait_for_earlier_relays
from intake.outbound.relay_process import RelayProcess, RelayProcessGone, RelayProcessStopped
from intake.service import metrics
from intake.service.db_faults import FaultReporter
from storage import outbox
from storage.database import Database
from storage.faults import database_fault
from storage.models import OutboxMail

logger = logging.getLogger(__name__)

#: Backoff never waits longer than this between two attempts of one mail.
MAX_BACKOFF = timedelta(hours=2)
#: While the relay is unreachable the sender looks again at least this often (mail waits, it never fails).
RELAY_PAUSE_CAP_SECONDS = 300.0
#: The outbox gauges are a GROUP BY over the whole table: refreshed this often, not on every wake-up.
GAUGE_SECONDS = 30.0


def queued_mail(row: OutboxMail) -> OutgoingMail:
    """What delivery needs of a claimed row, read inside the claiming transaction."""
    headers = {str(k): str(v) for k, v in row.headers.items()}
    return OutgoingMail(
        row.id,
        row.kind,
        row.recipient,
        row.subject,
        row.body,
        row.message_id,
        headers,
        row.attempts,
        tuple(row.attachments or ()),
    )


@dataclass(slots=True)
class DrainResult:
    sent: int = 0
    failed: int = 0
    retried: int = 0
    relay_error: str | None = None


def retry_delay(attempt: int, *, base_seconds: float, rng: random.Random | None = None) -> timedelta:
    """Capped exponential backoff with jitter: base * 2^(attempt-1), times a random 0.5..1 (no retry storms)."""
    exponent = min(max(attempt - 1, 0), 20)
    delay = min(base_seconds * 2**exponent, MAX_BACKOFF.total_seconds())
    return timedelta(seconds=delay * (rng or random).uniform(0.5, 1.0))


async def drain_outbox(
    db: Database, settings: Settings, *, now: datetime, relay: RelayProcess | None = None
) -> int:
    """Sends every row due at `now` (for `intake run --once` and tests); returns how many were accepted.

    Rows another process left `sending` are taken over only once their lease ran out: this may run beside
    the daemon, whose rows in flight must not be sent twice.
    """
    result = await drain(db, settings, now=now, relay=relay)
    return result.sent


async def drain(
    db: Database, settings: Settings, *, now: datetime, relay: RelayProcess | None = None
) -> DrainResult:
    """`drain_outbox` with the whole result: a relay that could not be reached shows in `relay_error`.

    With `relay`, the SMTP work happens in the relay process (intake/outbound/relay_process.py) and this
    process only claims and records; without, here.
    """
    smtp = settings.require_smtp()
    total = DrainResult()
    limit = settings.outbound.batch_size

    def claim(session: Session) -> list[OutgoingMail]:
        batch = [queued_mail(r) for r in outbox.claim_due_sync(session, now=now, limit=limit)]
        session.commit()
        return batch

    while True:
        batch = await db.run_sync(claim, urgent=True)  # one hand-off for the whole batch
        if not batch:
            return total
        await _send_batch(db, settings, smtp, batch, now=now, total=total, relay=relay)
        if total.relay_error is not None:
            return total


async def _send_batch(
    db: Database,
    settings: Settings,
    smtp: SmtpSettings,
    batch: Sequence[OutgoingMail],
    *,
    now: datetime,
    total: DrainResult,
    relay: RelayProcess | None,
) -> None:
    """Delivers the batch over one relay connection and records each outcome as it comes.

    Rows are ours only for the claim's lease: past half of it, the rest goes back rather than risk a second
    daemon taking over a row we are still sending (a slow relay, timeouts).
    """
    budget = outbox.SENDING_LEASE.total_seconds() / 2
    by_id = {mail.id: mail for mail in batch}
    if relay is not None:
        await _send_through(db, smtp, relay, batch, by_id, budget=budget, now=now, total=total)
        return
    deliverer = Deliverer(smtp, envelope_sender=settings.helpdesk.address, verp=settings.outbound.verp)
    try:
        async for delivery in deliverer.deliver_batch(batch, budget_seconds=budget):
            await _record(db, smtp, by_id, [delivery], now=now, total=total)
    finally:
        await deliverer.close()


async def _send_through(
    db: Database,
    smtp: SmtpSettings,
    relay: RelayProcess,
    batch: Sequence[OutgoingMail],
    by_id: dict[int, OutgoingMail],
    *,
    budget: float,
    now: datetime,
    total: DrainResult,
) -> None:
    """The batch through the relay process, which records the accepted mail itself; the rest is recorded here."""
    answered: set[int] = set()
    try:
        async for group in relay.deliver_batch(
            batch, budget_seconds=budget, now=now, instance_id=db.instance_id
        ):
            await _record(db, smtp, by_id, group, now=now, total=total)
            answered.update(d.mail_id for d in group)
    except RelayProcessStopped as exc:  # a stop signal reached it between batches: none of these was tried
        untried = [Delivery(m.id, "postponed", text=str(exc)) for m in batch if m.id not in answered]
        await _record(db, smtp, by_id, untried, now=now, total=total)
        total.relay_error = str(exc)  # the sender pauses (we are most likely stopping too)
    except RelayProcessGone as exc:  # as a connection lost mid-transaction: maybe sent, tried again
        left = [m.id for m in batch if m.id not in answered]
        # not those it recorded before it ended: they are sent, and recorded so
        sending = await db.run_sync(lambda session: outbox.still_sending_sync(session, left), urgent=True)
        unclear = [Delivery(i, "unclear", text=str(exc)) for i in left if i in sending]
        await _record(db, smtp, by_id, unclear, now=now, total=total)
    except BaseException:  # recording failed or we are stopping: the rows stay claimed until their lease
        if len(answered) < len(batch):
            relay.abandon()
        raise


async def _record(
    db: Database,
    smtp: SmtpSettings,
    by_id: dict[int, OutgoingMail],
    deliveries: Sequence[Delivery],
    *,
    now: datetime,
    total: DrainResult,
) -> None:
    """Records what the relay said: the accepted mails of a group in one urgent commit (until it is recorded
    a crash would send a mail again), anything else one by one."""
    sent = [by_id[d.mail_id] for d in deliveries if d.outcome == "sent"]
    if sent:
        unrecorded = [d.mail_id for d in deliveries if d.outcome == "sent" and not d.recorded]
        if unrecorded:  # the in-process path; the relay process records what it sends itself
            await record_accepted(db, unrecorded, now)
        for mail in sent:
            total.sent += 1
            metrics.OUTBOX_SENT.labels(kind=mail.kind).inc()
            logger.info(
                "outbox_sent outbox=%d kind=%s message_id_hash=%s", mail.id, mail.kind, _hash(mail.message_id)
            )
    postponed = [d.mail_id for d in deliveries if d.outcome in ("relay_down", "postponed")]
    if postponed:
        down = next((d for d in deliveries if d.outcome == "relay_down"), None)
        later = now
        if down is not None:
            total.relay_error = down.text
            logger.warning("relay_unavailable pending=%d error=%s", len(postponed), down.text)
            later = now + retry_delay(1, base_seconds=smtp.backoff_seconds)
        async with db.session() as session:
            await outbox.postpone(session, postponed, next_attempt_at=later)
            await session.commit()
    for delivery in deliveries:
        mail = by_id[delivery.mail_id]
        if delivery.outcome == "unsendable":
            await _fail(db, mail, delivery.text, now=now, total=total)
        elif delivery.outcome == "answered":
            await _answer(
                db, smtp, mail, delivery.code, delivery.text, now=now, total=total, rcpt=delivery.rcpt
            )
        elif delivery.outcome == "unclear":
            await _retry(db, smtp, mail, delivery.text, now=now, total=total)


async def _answer(
    db: Database,
    smtp: SmtpSettings,
    mail: OutgoingMail,
    code: int,
    text: str,
    *,
    now: datetime,
    total: DrainResult,
    rcpt: bool,
) -> None:
    error = f"{code} {text}".strip()
    if 500 <= code < 600:
        await _fail(db, mail, error, now=now, total=total, hard_bounce=rcpt)
    else:
        await _retry(db, smtp, mail, error, now=now, total=total)


async def _retry(
    db: Database, smtp: SmtpSettings, mail: OutgoingMail, error: str, *, now: datetime, total: DrainResult
) -> None:
    attempt = mail.attempts + 1
    if attempt >= smtp.max_attempts:
        await _fail(db, mail, f"gave up after {attempt} attempts: {error}", now=now, total=total)
        return
    async with db.session() as session:
        await outbox.mark_retry(
            session,
            mail.id,
            next_attempt_at=now + retry_delay(attempt, base_seconds=smtp.backoff_seconds),
            error=error,
        )
        await session.commit()
    total.retried += 1
    logger.warning("outbox_retry outbox=%d kind=%s attempt=%d", mail.id, mail.kind, attempt)


async def _fail(
    db: Database,
    mail: OutgoingMail,
    error: str,
    *,
    now: datetime,
    total: DrainResult,
    hard_bounce: bool = False,
) -> None:
    async with db.session() as session:
        await outbox.mark_failed(session, mail.id, now=now, error=error, hard_bounce=hard_bounce)
        await session.commit()
    total.failed += 1
    metrics.OUTBOX_FAILED.labels(kind=mail.kind).inc()
    logger.error("outbox_failed outbox=%d kind=%s code=%s", mail.id, mail.kind, error.split(" ", 1)[0])


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


async def run_sender(
    db: Database,
    settings: Settings,
    stop: asyncio.Event,
    *,
    wake: asyncio.Event | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    relay: RelayProcess | None = None,
    faults: FaultReporter | None = None,
) -> None:
    """The daemon's sender task: drains due rows, checks the daily digest, then sleeps until woken.

    `wake` is set by the pipeline after it commits new rows (latency); without it the task polls every
    `[outbound] poll_seconds`. While the relay is down, or the database faults (reported to `faults`), it
    waits with growing backoff.
    """
    if db.dialect == "sqlite":
        # One daemon per SQLite file (design §4): a row still `sending` was cut off by our own crash, unless
        # the relay process of the daemon before is still finishing it (intake/outbound/relay_process.py).
        await wait_for_earlier_relays(db.engine.url)  # also when this daemon sends in-process
        async with db.session() as session:
            await outbox.release_interrupted(session, now=clock())
            await session.commit()
    failures = 0
    next_gauges = 0.0
    while not stop.is_set():
        if wake is not None:
            wake.clear()  # before draining: a row committed meanwhile wakes the next sleep at once
        try:
            relay_down = await _sender_step(db, settings, now=clock(), relay=relay)
            failures = failures + 1 if relay_down else 0
            if time.monotonic() >= next_gauges:
                await _update_gauges(db)
                next_gauges = time.monotonic() + GAUGE_SECONDS
        except Exception as exc:  # the one catch-all of this loop: log, back off, keep the daemon alive
            fault = database_fault(exc)
            if fault is not None and faults is not None:
                faults.report(fault, task="sender")  # once per episode, without the statement
            else:
                logger.exception("sender_step_failed")
            failures += 1
        pause = settings.outbound.poll_seconds
        if failures:
            pause = min(retry_delay(failures, base_seconds=pause).total_seconds(), RELAY_PAUSE_CAP_SECONDS)
        await _sleep(stop, wake, pause)


async def _sender_step(
    db: Database, settings: Settings, *, now: datetime, relay: RelayProcess | None
) -> bool:
    """Queues the digest when due, drains the outbox; True when the relay could not be reached."""
    async with db.session() as session:
        await enqueue_digest_if_due(session, settings, now=now)
        await session.commit()
    result = await drain(db, settings, now=now, relay=relay)
    return result.relay_error is not None


async def _update_gauges(db: Database) -> None:
    async with db.session() as session:
        counts = await outbox.count_by_state(session)
    metrics.OUTBOX_PENDING.set(counts.get("pending", 0) + counts.get("sending", 0))
    metrics.OUTBOX_FAILED_NOW.set(counts.get("failed", 0))


async def _sleep(stop: asyncio.Event, wake: asyncio.Event | None, seconds: float) -> None:
    waiters = [asyncio.ensure_future(stop.wait())]
    if wake is not None:
        waiters.append(asyncio.ensure_future(wake.wait()))
    try:
        await asyncio.wait(waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
