"""Spool and process in one go: `intake ingest` and the benchmarks hand over bytes, not a spool entry.

The happy path is one transaction (spool, parse, route, outbox, commit: the stages of intake/daemon/pipeline.py).
When it fails, the bytes are spooled on their own in a fresh transaction with the failure counted, and processing
is retried through `process_spooled` up to the attempt limit, so a bad mail ends `quarantined`, never lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial

import structlog
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from intake.config import Settings
from intake.daemon.pipeline import (
    ProcessResult,
    Spooled,
    already_handled,
    count_failure,
    count_routed,
    max_attempts,
    process_spooled,
    routing_config,
    run_stages_and_commit,
    stage,
)
from storage import spool
from storage.database import Database
from storage.models import SpoolEntry
from storage.reasons import safe_reason

#: The pipeline's logger: the lines of `intake ingest` read as they did before this module split off.
logger = structlog.get_logger("intake.pipeline")

#: `ProcessResult.spool_id` when the bytes could not even be spooled (the database is failing).
NOT_SPOOLED = 0


@dataclass(frozen=True, slots=True)
class _Arrival:
    """The bytes handed over and where they were seen (`spool.spool_message`'s key)."""

    raw: bytes
    mailbox: str
    uidvalidity: int
    uid: int
    received_at: datetime

    def spool_in(self, session: Session, *, processed_at: datetime | None = None) -> spool.SpoolResult:
        """Spools the bytes in the caller's transaction; `processed_at` stores new bytes as already done."""
        return spool.spool_message_sync(
            session,
            self.raw,
            mailbox=self.mailbox,
            uidvalidity=self.uidvalidity,
            uid=self.uid,
            received_at=self.received_at,
            processed_at=processed_at,
        )


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
    arrival = _Arrival(raw, mailbox, uidvalidity, uid, received_at)
    try:
        result = await db.run_sync(partial(_ingest_in, arrival=arrival, settings=settings, now=now))
    except Exception as exc:  # spool on its own, count the failure, then retry through process_spooled
        return await _retry_after_failure(db, arrival, exc, settings=settings, now=now)
    if result.state == "done" and result.outcome is not None:
        count_routed(result.spool_id, result.outcome)
    return result


def _ingest_in(session: Session, *, arrival: _Arrival, settings: Settings, now: datetime) -> ProcessResult:
    """`ingest_bytes`'s unit of work: spool and process in one transaction (run by `Database.run_sync`)."""
    config = routing_config(settings)
    with stage("spool"):
        # New bytes are stored as done: if any stage fails, the rollback takes the insert with it.
        spooled = arrival.spool_in(session, processed_at=now)
    if spooled.created:  # bytes first seen in this transaction are ours alone: no need to read them back
        digest = spool.sha256_hex(arrival.raw)
        mail = Spooled(spooled.spool_id, digest, arrival.raw, arrival.received_at, marked_done=True)
        return run_stages_and_commit(session, mail, settings=settings, config=config, now=now)
    entry = spool.claim_sync(session, spooled.spool_id)  # known bytes may be in another worker's hands
    if entry is None or entry.state != "new":
        result = already_handled(session, spooled.spool_id, entry)
        session.commit()  # keeps a newly seen location of known bytes
        return result
    return run_stages_and_commit(session, Spooled.of(entry), settings=settings, config=config, now=now)


async def _retry_after_failure(
    db: Database, arrival: _Arrival, exc: Exception, *, settings: Settings, now: datetime
) -> ProcessResult:
    try:
        async with db.session() as session:
            spooled = await session.run_sync(arrival.spool_in)
            await session.commit()
    except (SQLAlchemyError, OSError) as spool_exc:  # nothing stored; the caller still holds the bytes
        reason = safe_reason(exc)
        logger.warning("retry", spool="unspooled", reason=reason, spool_error=safe_reason(spool_exc))
        return ProcessResult(NOT_SPOOLED, "retry", None, reason)
    if spooled.state != "new":  # a concurrent ingest of the same bytes finished first
        spool_id = spooled.spool_id
        return await db.run_sync(
            lambda session: already_handled(session, spool_id, session.get(SpoolEntry, spool_id))
        )
    result = await count_failure(db, spooled.spool_id, exc, settings=settings)
    for _ in range(max_attempts(settings)):  # bounded even when the failure cannot be recorded
        if result.state != "retry":
            break
        result = await process_spooled(db, spooled.spool_id, settings=settings, now=now)
    return result
