"""The pipeline: one spooled mail through every stage, top to bottom, in ONE transaction.

    load raw -> parsers.parse_message -> storage.routing.route -> compose_for_route -> outbox.enqueue
             -> spool done -> commit

(On SQLite the claim marks the entry done already, in the same statement: `spool.claim_to_process_sync`;
nobody sees it before the commit, and a failure rolls it back with the rest.)

Any exception rolls all of it back; the failure is then counted on the spool entry in a fresh transaction
(`storage.spool.record_failure`): the entry stays "new" for another attempt until `max_attempts`, then it is
"quarantined" with its reason. A database fault (full disk, a lock held elsewhere: storage/faults.py) is not
the mail's failure: it counts nothing, ends the batch and is raised as DatabaseUnavailable, for the daemon to
back off (intake/service/db_faults.py). Nothing else here lets an exception escape to the caller's loop.

`process_batch` is what the daemon calls for spooled entries (several per thread hand-off, each its own
transaction; they may come parsed ahead in worker processes, intake/daemon/processing.py); `process_spooled` is the
same for one entry; intake/daemon/ingest.py spools and processes bytes in one go with the same stages (`intake
ingest`, benchmarks), so its happy path costs one commit. Each message's unit of work is synchronous code run by
`Database.run_sync`: for a SQLite file in ONE worker thread on a synchronous engine, instead of three or four
thread hand-offs per statement through aiosqlite (storage/database.py); the same code runs on PostgreSQL through
`AsyncSession.run_sync`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from typing import Literal

import structlog
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from intake.config import Settings
from intake.outbound.compose import compose_for_route_sync
from intake.service import metrics
from intake.staffdesk.handle import after_route_sync
from intake.staffdesk.identity import StaffDirectory, as_staff
from parsers import ParsedMessage
from storage import outbox, spool
from storage.blobs import remove_spool_files
from storage.database import Database
from storage.faults import DatabaseUnavailable, database_fault
from storage.models import SpoolEntry
from storage.outcome import RouteOutcome
from storage.reasons import SafeMessage, mark_stage, origin, safe_reason
from storage.routing import RoutingConfig, duplicate_outcome_sync, route_sync

logger = structlog.get_logger("intake.pipeline")

#: Attempts before quarantine when no [mailbox] section says otherwise (`intake ingest` needs none).
DEFAULT_MAX_ATTEMPTS = 3

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


class SpoolPurged(SafeMessage, ValueError):
    """The spooled bytes of an entry were removed by the spool retention before it could be processed."""


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Times one stage into the `intake_stage_seconds` histogram (bench/ingest.py reads the sums), and marks an
    exception raised in it with the stage for its reason (storage/reasons.py)."""
    started = time.perf_counter()
    try:
        yield
    except BaseException as exc:
        mark_stage(exc, name)
        raise
    finally:
        metrics.STAGE_SECONDS.labels(name).observe(time.perf_counter() - started)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A spooled entry to process, with its ParsedMessage when it was parsed ahead (intake/daemon/processing.py)."""

    spool_id: int
    sha256: str | None = None  # of the bytes `parsed` was made from
    parsed: ParsedMessage | None = None


@dataclass(frozen=True, slots=True)
class Spooled:
    """The spooled mail being processed (what the stages need of its spool entry)."""

    spool_id: int
    sha256: str
    raw: bytes | None  # None once the spool retention purged the bytes
    received_at: datetime
    marked_done: bool = False  # spooled as "done" in this transaction (`spool.spool_message_sync`)
    parsed: ParsedMessage | None = None  # parsed ahead from these bytes

    @classmethod
    def of(cls, entry: spool.ClaimedEntry, ahead: Prepared | None = None) -> Spooled:
        parsed = ahead.parsed if ahead is not None and ahead.sha256 == entry.sha256 else None
        return cls(
            entry.id, entry.sha256, entry.raw, entry.received_at, marked_done=entry.marked_done, parsed=parsed
        )


def _run_stages(
    session: Session, entry: Spooled, *, settings: Settings, config: RoutingConfig, now: datetime
) -> RouteOutcome:
    """Parse, route, compose, enqueue and mark done, in the caller's transaction (not committed here).
    `config` is `routing_config(settings)`, made once per batch by the caller."""
    parsed = entry.parsed if entry.parsed is not None else _parse_inline(entry, settings=settings, now=now)
    parsed = as_staff(parsed, StaffDirectory.of(settings))
    with stage("route"):
        routed = route_sync(
            session,
            parsed,
            spool_id=entry.spool_id,
            received_at=entry.received_at,
            config=config,
            now=now,
            spool_sha256=entry.sha256,
        )
    outcome = routed.outcome
    with stage("compose"):
        mails = compose_for_route_sync(
            session, outcome, parsed, customer=routed.customer, settings=settings, now=now
        )
        mails = after_route_sync(
            session,
            parsed,
            outcome,
            composed=mails,
            raw=_raw_loader(session, entry),
            settings=settings,
            now=now,
        )
        outbox.add_sync(session, mails, now=now)
    if not entry.marked_done:
        spool.mark_done_sync(session, entry.spool_id, now=now)
    metrics.MESSAGES.labels(parsed.classification.value).inc()
    return outcome


def _raw_loader(session: Session, entry: Spooled) -> Callable[[], bytes | None]:
    """The spooled bytes on demand: staff mail reads its Authentication-Results headers from them."""
    if entry.raw is not None:
        raw = entry.raw
        return lambda: raw
    return lambda: session.execute(select(SpoolEntry.raw).where(SpoolEntry.id == entry.spool_id)).scalar()


def _parse_inline(entry: Spooled, *, settings: Settings, now: datetime) -> ParsedMessage:
    if entry.raw is None:
        raise SpoolPurged("the spooled bytes were purged; nothing left to process")
    # Imported here, not at start: in the daemon the parse workers parse (parsers/__init__.py).
    from parsers.message import parse_message

    with stage("parse"):
        return parse_message(entry.raw, config=settings.helpdesk.parser_config(), now=now)


def run_stages_and_commit(
    session: Session, entry: Spooled, *, settings: Settings, config: RoutingConfig, now: datetime
) -> ProcessResult:
    """The stages, then the one commit. When a stage fails, the attachment files it wrote are removed while we
    still hold the entry (row lock / SQLite write lock), so no other worker is writing them and no file is left
    that no row refers to. A failing COMMIT leaves them: it may have committed after all (a lost connection)."""
    try:
        outcome = _run_stages(session, entry, settings=settings, config=config, now=now)
    except BaseException:
        remove_spool_files(settings.database.resolved_files_dir(), entry.sha256)
        raise
    with stage("commit"):
        session.commit()
    return ProcessResult(entry.spool_id, "done", outcome, None)


def count_routed(spool_id: int, outcome: RouteOutcome) -> None:
    """The metrics and the one INFO line of a routed mail."""
    if outcome.ticket_created:
        metrics.TICKETS_CREATED.inc()
    if outcome.rights_request_id is not None:
        metrics.RIGHTS_REQUESTS.inc()
    logger.info("routed", spool=spool_id, ticket=outcome.ticket_ref or "-", reason=outcome.reason)


async def process_spooled(db: Database, spool_id: int, *, settings: Settings, now: datetime) -> ProcessResult:
    """Processes one spooled entry to a committed ticket, or counts the failure. Never raises for bad mail."""
    return (await process_batch(db, [Prepared(spool_id)], settings=settings, now=now))[0]


async def process_batch(
    db: Database,
    entries: Sequence[Prepared],
    *,
    settings: Settings,
    now: datetime,
    should_stop: Callable[[], bool] = lambda: False,
) -> list[ProcessResult]:
    """Processes spooled entries in one thread hand-off, each in its own transaction; counts each failure.

    Between two entries the database's urgent work runs (the sender recording what the relay accepted), and
    `should_stop` is asked (from the database thread): the results cover the entries attempted, and those
    left are still "new" for the next pass. Never raises for bad mail.
    """
    if not entries:
        return []
    work = partial(
        _process_many_in, entries=entries, settings=settings, now=now, should_stop=should_stop, db=db
    )
    try:
        attempts = await db.run_sync(work)
    except Exception as exc:  # the session itself failed (database gone): count it on the first entry
        _raise_if_database_fault(exc)
        return [await count_failure(db, entries[0].spool_id, exc, settings=settings)]
    results = []
    for entry, attempt in zip(entries, attempts, strict=False):
        if isinstance(attempt, Exception):
            results.append(await count_failure(db, entry.spool_id, attempt, settings=settings))
            continue
        if attempt.state == "done" and attempt.outcome is not None:
            count_routed(attempt.spool_id, attempt.outcome)
        results.append(attempt)
    return results


def _process_many_in(
    session: Session,
    *,
    entries: Sequence[Prepared],
    settings: Settings,
    now: datetime,
    should_stop: Callable[[], bool],
    db: Database,
) -> list[ProcessResult | Exception]:
    """`process_batch`'s work in the database thread: one transaction per entry, a failure rolled back alone."""
    attempts: list[ProcessResult | Exception] = []
    config = routing_config(settings)
    for entry in entries:
        if attempts:
            db.run_urgent_work()  # between two transactions: no lock held, nothing of ours half-written
            if should_stop():
                break
        try:
            attempts.append(_process_in(session, entry, settings=settings, config=config, now=now))
        except Exception as exc:  # the one catch-all per message (style §28): counted by the caller
            session.rollback()
            _raise_if_database_fault(exc)  # the database's failure, not this mail's: count nothing
            attempts.append(exc)
    return attempts


def _raise_if_database_fault(exc: Exception) -> None:
    fault = database_fault(exc)
    if fault is not None:
        raise DatabaseUnavailable(fault) from None  # not chained: the statement carries personal data


def _process_in(
    session: Session, ahead: Prepared, *, settings: Settings, config: RoutingConfig, now: datetime
) -> ProcessResult:
    """One entry's unit of work, in one transaction."""
    parsed_ahead = ahead.parsed is not None
    entry = spool.claim_to_process_sync(
        session, ahead.spool_id, now=now, with_raw=not parsed_ahead
    )  # the bytes only to parse them
    if entry is None or entry.state != "new":
        return already_handled(session, ahead.spool_id, entry)
    if parsed_ahead and entry.sha256 != ahead.sha256:  # not the bytes that were parsed: parse these
        entry = replace(entry, raw=spool.raw_of_sync(session, entry.id))
    mail = Spooled.of(entry, ahead)
    return run_stages_and_commit(session, mail, settings=settings, config=config, now=now)


def already_handled(
    session: Session, spool_id: int, entry: spool.ClaimedEntry | SpoolEntry | None
) -> ProcessResult:
    if entry is not None and entry.state == "quarantined":
        return ProcessResult(spool_id, "quarantined", None, entry.last_error)
    # done earlier, or locked by another instance that is processing it right now (PostgreSQL SKIP LOCKED)
    return ProcessResult(spool_id, "duplicate", duplicate_outcome_sync(session, spool_id), None)


async def count_failure(db: Database, spool_id: int, exc: Exception, *, settings: Settings) -> ProcessResult:
    """Counts a failed attempt on the entry in a fresh transaction; quarantines it after max_attempts."""
    error = safe_reason(exc)
    try:
        async with db.session() as session:
            state = await spool.record_failure(session, spool_id, error, max_attempts=max_attempts(settings))
            await session.commit()
    except (SQLAlchemyError, OSError) as record_exc:  # the database itself is failing: the entry stays "new"
        logger.warning("retry", spool=spool_id, reason=error, unrecorded=safe_reason(record_exc))
        return ProcessResult(spool_id, "retry", None, error)
    if (
        state == "done"
    ):  # routed after all (its commit went through, or another instance's did): not a failure
        logger.info("already_routed", spool=spool_id, error=type(exc).__name__)
        return ProcessResult(spool_id, "duplicate", None, None)
    if state == "quarantined":
        metrics.QUARANTINED.inc()
        # the reason and where, never the traceback: its message would carry the statement's parameters
        logger.error("quarantined", spool=spool_id, reason=error, at=origin(exc))
        return ProcessResult(spool_id, "quarantined", None, error)
    logger.warning("retry", spool=spool_id, reason=error, at=origin(exc))
    return ProcessResult(spool_id, "retry", None, error)
