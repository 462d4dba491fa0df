"""The sender: outbox rows -> the SMTP relay, with retries, backoff and a state machine that survives crashes.

pending -> sending (claimed, with a lease) -> sent | failed; a 4xx or an unclear end of the DATA phase puts
the row back to pending with exponential backoff (counted against `[smtp] max_attempts`); a 5xx fails it at
once and shows it on the ticket. When the relay cannot be reached at all, the rows wait without counting an
attempt: an outage delays mail, it never fails it. The Message-ID was fixed when the row was written, so a
retry after an unclear outcome is the same message (see docs/readme/outbound.md for what SMTP cannot rule out).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import os
import random
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import aiosmtplib
from sqlalchemy.orm import Session

from intake import metrics
from intake.config import Settings, SmtpSettings
from intake.outbound.digest import enqueue_digest_if_due
from intake.outbound.message import UnsafeHeader, build_email
from intake.outbound.verp import verp_address
from storage import outbox
from storage.database import Database
from storage.models import OutboxMail

logger = logging.getLogger(__name__)

#: Backoff never waits longer than this between two attempts of one mail.
MAX_BACKOFF = timedelta(hours=2)
#: While the relay is unreachable the sender looks again at least this often (mail waits, it never fails).
RELAY_PAUSE_CAP_SECONDS = 300.0
#: The outbox gauges are a GROUP BY over the whole table: refreshed this often, not on every wake-up.
GAUGE_SECONDS = 30.0


class RelayUnavailable(Exception):
    """The relay could not be reached or refused us as a client (connect, TLS, AUTH, our envelope sender)."""


@dataclass(frozen=True, slots=True)
class QueuedMail:
    """What the sender needs of a claimed row, read inside the claiming transaction."""

    id: int
    kind: str
    recipient: str
    subject: str
    body: str
    message_id: str
    headers: dict[str, str]
    attempts: int

    @classmethod
    def of(cls, row: OutboxMail) -> QueuedMail:
        headers = {str(k): str(v) for k, v in row.headers.items()}
        return cls(
            row.id, row.kind, row.recipient, row.subject, row.body, row.message_id, headers, row.attempts
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


def tls_context(smtp: SmtpSettings) -> ssl.SSLContext:
    """System CAs plus the optional `ca_file`; hostname and chain always verified.

    Shared by every connection while `ca_file` is unchanged: building one loads the system CA store (~15 ms),
    which per connection was a third of the sender's CPU (`run --once` opens one per send window).
    """
    if not smtp.ca_file:
        return _context_for(None, None)
    try:
        stat = os.stat(smtp.ca_file)
    except OSError:
        return _context_for(smtp.ca_file, None)  # load_verify_locations names the problem
    return _context_for(smtp.ca_file, (stat.st_mtime_ns, stat.st_size, stat.st_ino))


@functools.lru_cache(maxsize=4)
def _context_for(ca_file: str | None, version: tuple[int, int, int] | None) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


async def open_relay(smtp: SmtpSettings) -> aiosmtplib.SMTP:
    """A connected (and, with a username, logged-in) client. Raises RelayUnavailable."""
    smtp.check_plaintext_host("smtp")
    client = aiosmtplib.SMTP(
        hostname=smtp.host,
        port=smtp.port,
        use_tls=smtp.security == "tls",
        start_tls=smtp.security == "starttls",
        tls_context=tls_context(smtp) if smtp.security != "none" else None,
        timeout=smtp.timeout_seconds,
    )
    try:
        await client.connect()
        if smtp.username:
            await client.login(smtp.username, smtp.password("smtp"))
    except (aiosmtplib.SMTPException, OSError) as exc:
        client.close()
        raise RelayUnavailable(f"{type(exc).__name__}: {exc}") from exc
    return client


async def drain_outbox(db: Database, settings: Settings, *, now: datetime) -> int:
    """Sends every row due at `now` (for `intake run --once` and tests); returns how many were accepted.

    Rows another process left `sending` are taken over only once their lease ran out: this may run beside
    the daemon, whose rows in flight must not be sent twice.
    """
    result = await drain(db, settings, now=now)
    return result.sent


async def drain(db: Database, settings: Settings, *, now: datetime) -> DrainResult:
    """`drain_outbox` with the whole result: a relay that could not be reached shows in `relay_error`."""
    smtp = settings.require_smtp()
    total = DrainResult()
    limit = settings.outbound.batch_size

    def claim(session: Session) -> list[QueuedMail]:
        batch = [QueuedMail.of(r) for r in outbox.claim_due_sync(session, now=now, limit=limit)]
        session.commit()
        return batch

    while True:
        batch = await db.run_sync(claim, urgent=True)  # one hand-off for the whole batch
        if not batch:
            return total
        await _send_batch(db, settings, smtp, batch, now=now, total=total)
        if total.relay_error is not None:
            return total


async def _send_batch(
    db: Database,
    settings: Settings,
    smtp: SmtpSettings,
    batch: Sequence[QueuedMail],
    *,
    now: datetime,
    total: DrainResult,
) -> None:
    """One SMTP connection for the whole batch; a lost connection is reopened once per mail."""
    client: aiosmtplib.SMTP | None = None
    # Rows are ours only for the claim's lease: past half of it, the rest goes back rather than risk a
    # second daemon taking over a row we are still sending (a slow relay, timeouts).
    budget_end = time.monotonic() + outbox.SENDING_LEASE.total_seconds() / 2
    try:
        for index, mail in enumerate(batch):
            if time.monotonic() > budget_end:
                async with db.session() as session:
                    await outbox.postpone(session, [m.id for m in batch[index:]], next_attempt_at=now)
                    await session.commit()
                return
            try:
                if client is None or not client.is_connected:
                    client = await open_relay(smtp)
                await _send_one(db, settings, client, mail, now=now, total=total)
            except RelayUnavailable as exc:
                total.relay_error = str(exc)
                logger.warning("relay_unavailable pending=%d error=%s", len(batch) - index, exc)
                async with db.session() as session:
                    later = now + retry_delay(1, base_seconds=smtp.backoff_seconds)
                    await outbox.postpone(session, [m.id for m in batch[index:]], next_attempt_at=later)
                    await session.commit()
                return
    finally:
        if client is not None and client.is_connected:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError):
                client.close()


async def _send_one(
    db: Database,
    settings: Settings,
    client: aiosmtplib.SMTP,
    mail: QueuedMail,
    *,
    now: datetime,
    total: DrainResult,
) -> None:
    smtp = settings.require_smtp()
    sender = (
        verp_address(settings.helpdesk.address, mail.id)
        if settings.outbound.verp
        else settings.helpdesk.address
    )
    try:
        message = build_email(
            recipient=mail.recipient,
            subject=mail.subject,
            body=mail.body,
            message_id=mail.message_id,
            headers=mail.headers,
        )
        await client.send_message(message, sender=sender, recipients=[mail.recipient])
    except (UnsafeHeader, ValueError, aiosmtplib.SMTPNotSupported) as exc:
        await _fail(db, mail, f"not sendable: {exc}", now=now, total=total)
    except aiosmtplib.SMTPSenderRefused as exc:
        # Our own envelope sender refused: a relay setting (e.g. no plus-addresses for VERP), not this mail.
        raise RelayUnavailable(f"{exc.code} envelope sender refused: {exc.message}") from exc
    except aiosmtplib.SMTPRecipientsRefused as exc:
        refused = exc.recipients[0]
        await _answer(db, smtp, mail, refused.code, refused.message, now=now, total=total, rcpt=True)
    except aiosmtplib.SMTPResponseException as exc:
        await _answer(db, smtp, mail, exc.code, exc.message, now=now, total=total, rcpt=False)
    except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, OSError) as exc:
        # The connection ended mid-transaction: maybe after the final "." was accepted. Same Message-ID again.
        client.close()
        await _retry(
            db, smtp, mail, f"connection lost during delivery, outcome unclear: {exc}", now=now, total=total
        )
    else:
        # One commit per mail, urgent: until it is recorded, a crash would send the mail again.
        await db.run_sync(_mark_sent(mail.id, now), urgent=True)
        total.sent += 1
        metrics.OUTBOX_SENT.labels(kind=mail.kind).inc()
        logger.info(
            "outbox_sent outbox=%d kind=%s message_id_hash=%s", mail.id, mail.kind, _hash(mail.message_id)
        )


def _mark_sent(outbox_id: int, now: datetime) -> Callable[[Session], None]:
    def work(session: Session) -> None:
        outbox.mark_sent_sync(session, outbox_id, now=now)
        session.commit()

    return work


async def _answer(
    db: Database,
    smtp: SmtpSettings,
    mail: QueuedMail,
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
    db: Database, smtp: SmtpSettings, mail: QueuedMail, error: str, *, now: datetime, total: DrainResult
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
    mail: QueuedMail,
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
) -> None:
    """The daemon's sender task: drains due rows, checks the daily digest, then sleeps until woken.

    `wake` is set by the pipeline after it commits new rows (latency); without it the task polls every
    `[outbound] poll_seconds`. While the relay is down it waits with growing backoff.
    """
    if db.dialect == "sqlite":
        # One daemon per SQLite file (design §4): a row still `sending` was cut off by our own crash.
        async with db.session() as session:
            await outbox.release_interrupted(session, now=clock())
            await session.commit()
    failures = 0
    next_gauges = 0.0
    while not stop.is_set():
        if wake is not None:
            wake.clear()  # before draining: a row committed meanwhile wakes the next sleep at once
        try:
            relay_down = await _sender_step(db, settings, now=clock())
            failures = failures + 1 if relay_down else 0
            if time.monotonic() >= next_gauges:
                await _update_gauges(db)
                next_gauges = time.monotonic() + GAUGE_SECONDS
        except Exception:  # the one catch-all of this loop: log, back off, keep the daemon alive
            logger.exception("sender_step_failed")
            failures += 1
        pause = settings.outbound.poll_seconds
        if failures:
            pause = min(retry_delay(failures, base_seconds=pause).total_seconds(), RELAY_PAUSE_CAP_SECONDS)
        await _sleep(stop, wake, pause)


async def _sender_step(db: Database, settings: Settings, *, now: datetime) -> bool:
    """Queues the digest when due, drains the outbox; True when the relay could not be reached."""
    async with db.session() as session:
        await enqueue_digest_if_due(session, settings, now=now)
        await session.commit()
    result = await drain(db, settings, now=now)
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
