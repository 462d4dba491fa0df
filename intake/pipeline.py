"""The pipeline: one spooled mail through every stage, top to bottom, in ONE transaction.

    load raw -> parsers.parse_message -> storage.routing.route -> compose_for_route -> outbox.enqueue
             -> spool done -> commit

Any exception rolls all of it back; the failure is then counted on the spool entry in a fresh transaction
(`storage.spool.record_failure`): the entry stays "new" for another attempt until `max_attempts`, then it is
"quarantined" with its reason. Nothing here lets an exception escape to the caller's loop.

`process_spooled` is what the daemon calls for a spooled entry; `ingest_bytes` spools and processes in one go
(`intake ingest`, benchmarks), so the happy path costs one commit.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

import structlog
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from intake import metrics
from intake.config import Settings
from intake.outbound.compose import compose_for_route
from parsers import parse_message
from storage import outbox, spool
from storage.blobs import remove_spool_files
from storage.database import Database
from storage.models import SpoolEntry
from storage.outcome import RouteOutcome
from storage.routing import RoutingConfig, duplicate_outcome, route

logger = structlog.get_logger("intake.pipeline")

#: Attempts before quarantine when no [mailbox] section says otherwise (`intake ingest` needs none).
DEFAULT_MAX_ATTEMPTS = 3

#: `ProcessResult.spool_id` when the bytes could not even be spooled (the database is failing).
NOT_SPOOLED = 0

ProcessState = Literal["done", "retry", "quarantined", "duplicate"]


@dataclass(frozen=True, slots=True)
class ProcessResult:
    spool_id: int
    state: ProcessState
    outcome: RouteOutcome | None  # for "done", and for "duplicate" when the earlier routing is known
    error: str | None  # for "retry" and "quarantined": why it failed


def routing_config(settings: Settings) -> RoutingConfig:
    helpdesk = settings.helpdesk
    return RoutingConfig(
        files_dir=settings.database.resolved_files_dir(),
        ticket_prefix=helpdesk.ticket_prefix,
        reopen_window_days=helpdesk.reopen_window_days,
        promised_days=settings.rights.promised_days,
        identity_step=settings.rights.identity_step,
        own_addresses=helpdesk.parser_config().own_addresses,
        help_address=helpdesk.address,
    )


def max_attempts(settings: Settings) -> int:
    return settings.mailbox.max_attempts if settings.mailbox is not None else DEFAULT_MAX_ATTEMPTS


@contextmanager
def _stage(name: str) -> Iterator[None]:
    """Times one stage into the `intake_stage_seconds` histogram (bench/ingest.py reads the sums)."""
    started = time.perf_counter()
    try:
        yield
    finally:
        metrics.STAGE_SECONDS.labels(name).observe(time.perf_counter() - started)


async def _run_stages(
    session: AsyncSession, entry: SpoolEntry, *, settings: Settings, now: datetime
) -> RouteOutcome:
    """Parse, route, compose, enqueue and mark done, in the caller's transaction (not committed here)."""
    raw = entry.raw
    if raw is None:
        raise ValueError("the spooled bytes were purged; nothing left to process")
    with _stage("parse"):
        parsed = parse_message(raw, config=settings.helpdesk.parser_config(), now=now)
    with _stage("route"):
        config = routing_config(settings)
        outcome = await route(
            session, parsed, spool_id=entry.id, received_at=entry.received_at, config=config, now=now
        )
    with _stage("compose"):
        mails = await compose_for_route(session, outcome, parsed, settings=settings, now=now)
        await outbox.enqueue(session, mails, now=now)
    await spool.mark_done(session, entry.id, now=now)
    metrics.MESSAGES.labels(parsed.classification.value).inc()
    return outcome


async def _run_stages_and_commit(
    session: AsyncSession, entry: SpoolEntry, *, settings: Settings, now: datetime
) -> RouteOutcome:
    """The stages, then the one commit. When a stage fails, the attachment files it wrote are removed while we
    still hold the entry (row lock / SQLite write lock), so no other worker is writing them and no file is left
    that no row refers to. A failing COMMIT leaves them: it may have committed after all (a lost connection)."""
    try:
        outcome = await _run_stages(session, entry, settings=settings, now=now)
    except BaseException:
        remove_spool_files(settings.database.resolved_files_dir(), entry.sha256)
        raise
    with _stage("commit"):
        await session.commit()
    return outcome


def _count(spool_id: int, outcome: RouteOutcome) -> None:
    if outcome.ticket_created:
        metrics.TICKETS_CREATED.inc()
    if outcome.rights_request_id is not None:
        metrics.RIGHTS_REQUESTS.inc()
    logger.info("routed", spool=spool_id, ticket=outcome.ticket_ref or "-", reason=outcome.reason)


async def process_spooled(db: Database, spool_id: int, *, settings: Settings, now: datetime) -> ProcessResult:
    """Processes one spooled entry to a committed ticket, or counts the failure. Never raises for bad mail."""
    try:
        async with db.session() as session:
            entry = await spool.claim(session, spool_id)
            if entry is None or entry.state != "new":
                return await _already_handled(session, spool_id, entry)
            outcome = await _run_stages_and_commit(session, entry, settings=settings, now=now)
    except Exception as exc:  # the one catch-all per message (style §28): quarantine, never crash the loop
        return await _fail(db, spool_id, exc, settings=settings)
    _count(spool_id, outcome)
    return ProcessResult(spool_id, "done", outcome, None)


async def _already_handled(session: AsyncSession, spool_id: int, entry: SpoolEntry | None) -> ProcessResult:
    if entry is not None and entry.state == "quarantined":
        return ProcessResult(spool_id, "quarantined", None, entry.last_error)
    # done earlier, or locked by another instance that is processing it right now (PostgreSQL SKIP LOCKED)
    return ProcessResult(spool_id, "duplicate", await duplicate_outcome(session, spool_id), None)


async def _fail(db: Database, spool_id: int, exc: Exception, *, settings: Settings) -> ProcessResult:
    error = f"{type(exc).__name__}: {exc}"
    try:
        async with db.session() as session:
            state = await spool.record_failure(session, spool_id, error, max_attempts=max_attempts(settings))
            await session.commit()
    except (SQLAlchemyError, OSError) as record_exc:  # the database itself is failing: the entry stays "new"
        logger.warning(
            "retry", spool=spool_id, error=type(exc).__name__, unrecorded=type(record_exc).__name__
        )
        return ProcessResult(spool_id, "retry", None, error)
    if state == "quarantined":
        metrics.QUARANTINED.inc()
        logger.error("quarantined", spool=spool_id, error=type(exc).__name__, exc_info=exc)
        return ProcessResult(spool_id, "quarantined", None, error)
    logger.warning("retry", spool=spool_id, error=type(exc).__name__)
    return ProcessResult(spool_id, "retry", None, error)


async def ingest_bytes(
    db: Database,
    raw: bytes,
    *,
    mailbox: str,
    uidvalidity: int,
    uid: int,
    received_at: datetime,
    settings: Settings,
    now: datetime,
) -> ProcessResult:
    """Spools `raw` and processes it to the end (retries included); the same bytes twice are one message.

    The happy path is one transaction: spool, parse, route, outbox, commit. On failure the bytes are spooled
    in a fresh transaction with the failure counted, and processing is retried up to the attempt limit.
    """
    try:
        async with db.session() as session:
            with _stage("spool"):
                spooled = await spool.spool_message(
                    session, raw, mailbox=mailbox, uidvalidity=uidvalidity, uid=uid, received_at=received_at
                )
            # bytes first seen in this transaction are ours alone; known bytes may be in another worker's hands
            entry = (
                await session.get_one(SpoolEntry, spooled.spool_id)
                if spooled.created
                else await spool.claim(session, spooled.spool_id)
            )
            if entry is None or entry.state != "new":
                result = await _already_handled(session, spooled.spool_id, entry)
                await session.commit()  # keeps a newly seen location of known bytes
                return result
            outcome = await _run_stages_and_commit(session, entry, settings=settings, now=now)
    except Exception as exc:  # spool on its own, count the failure, then retry through process_spooled
        return await _retry_after_failure(
            db,
            raw,
            exc,
            mailbox=mailbox,
            uidvalidity=uidvalidity,
            uid=uid,
            received_at=received_at,
            settings=settings,
            now=now,
        )
    _count(spooled.spool_id, outcome)
    return ProcessResult(spooled.spool_id, "done", outcome, None)


async def _retry_after_failure(
    db: Database,
    raw: bytes,
    exc: Exception,
    *,
    mailbox: str,
    uidvalidity: int,
    uid: int,
    received_at: datetime,
    settings: Settings,
    now: datetime,
) -> ProcessResult:
    try:
        async with db.session() as session:
            spooled = await spool.spool_message(
                session, raw, mailbox=mailbox, uidvalidity=uidvalidity, uid=uid, received_at=received_at
            )
            await session.commit()
    except (SQLAlchemyError, OSError) as spool_exc:  # nothing stored; the caller still holds the bytes
        logger.warning(
            "retry", spool="unspooled", error=type(exc).__name__, spool_error=type(spool_exc).__name__
        )
        return ProcessResult(NOT_SPOOLED, "retry", None, f"{type(exc).__name__}: {exc}")
    if spooled.state != "new":  # a concurrent ingest of the same bytes finished first
        async with db.session() as session:
            entry = await session.get(SpoolEntry, spooled.spool_id)
            return await _already_handled(session, spooled.spool_id, entry)
    result = await _fail(db, spooled.spool_id, exc, settings=settings)
    for _ in range(max_attempts(settings)):  # bounded even when the failure cannot be recorded
        if result.state != "retry":
            break
        result = await process_spooled(db, spooled.spool_id, settings=settings, now=now)
    return result
