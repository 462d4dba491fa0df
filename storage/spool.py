"""The spool: raw bytes first, exactly once (design §2). Stage 1 of the pipeline; the daemon and `ingest` write here.

A mail is keyed twice: by the sha256 of its bytes (one `spool` row per distinct mail) and by where it was seen
(`spool_locations`: mailbox, UIDVALIDITY, UID). The same bytes in two places are one entry with two locations;
seeing the same location again is a no-op. Files have no server location, so `intake ingest` uses the mailbox
"file:" with a key derived from the bytes themselves: re-ingesting a file, under any path, does nothing.

States: new -> done | quarantined. A failure keeps the entry "new" until `max_attempts`, then "quarantined";
storage/quarantine.py lists quarantined entries and gives one another round. None of these functions commits: the caller owns the
transaction. The functions the pipeline runs in its one synchronous unit of work (`Database.run_sync`) have a
`_sync` twin taking a `Session`; the async ones take an `AsyncSession` and run the same code.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from storage.database import insert_unless_exists
from storage.errors import Conflict, NotFound
from storage.models import AuditEvent, Message, SpoolEntry, SpoolLocation, table_of, utcnow

#: The mailbox name of mail that came from files (`intake ingest`), not from a server.
FILE_MAILBOX = "file:"
_SPOOL = table_of(SpoolEntry)
_LOCATIONS = table_of(SpoolLocation)


@dataclass(frozen=True, slots=True)
class SpoolResult:
    spool_id: int
    location_id: int
    created: bool  # False when these bytes (or this location) were spooled before
    state: str  # the entry's state: new | done | quarantined


@dataclass(frozen=True, slots=True)
class UnsettledLocation:
    """A server copy of a finished mail that still sits in the INBOX; the daemon moves it and calls mark_settled."""

    location_id: int
    spool_id: int
    uid: int
    state: str  # done -> Processed folder, quarantined -> Quarantine folder


def sha256_hex(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def file_uid(raw: bytes) -> int:
    """A stable UID for mail read from a file: 60 bits of its sha256 (fits a signed 64-bit column)."""
    return int(sha256_hex(raw)[:15], 16)


async def spool_message(
    session: AsyncSession,
    raw: bytes,
    *,
    mailbox: str,
    uidvalidity: int,
    uid: int,
    received_at: datetime,
) -> SpoolResult:
    """Stores `raw` and where it was seen, once. Safe against a concurrent spool of the same bytes."""
    return await session.run_sync(
        spool_message_sync, raw, mailbox=mailbox, uidvalidity=uidvalidity, uid=uid, received_at=received_at
    )


def spool_message_sync(
    session: Session,
    raw: bytes,
    *,
    mailbox: str,
    uidvalidity: int,
    uid: int,
    received_at: datetime,
    processed_at: datetime | None = None,
) -> SpoolResult:
    """`spool_message` in a synchronous session: Core statements, no unit of work (the hot path of ingest).

    A unique key settles a race with a concurrent spool of the same bytes or the same place: our insert is
    skipped (ON CONFLICT DO NOTHING, no savepoint) and the winner's row is read instead. The bytes are inserted
    first (new mail is the common case: two statements); a place already known for other bytes keeps them.

    `processed_at`: new bytes are stored as "done" at that time, for a caller that processes them in this same
    transaction (its failure rolls the insert back as well), which saves the UPDATE of `mark_done_sync`.
    """
    digest = sha256_hex(raw)
    state = "new" if processed_at is None else "done"
    entry = {
        "sha256": digest,
        "received_at": received_at,
        "size": len(raw),
        "raw": raw,
        "state": state,
        "processed_at": processed_at,
        "attempts": 0,
        "created_at": utcnow(),
    }
    spool_id = session.execute(insert_unless_exists(session, _SPOOL, _SPOOL.c.id), entry).scalar()
    created = spool_id is not None
    if spool_id is None:  # these bytes were spooled before (or by a concurrent spool just now)
        spool_id = session.execute(_ENTRY_BY_SHA, {"digest": digest}).scalar()
        if spool_id is None:
            raise Conflict(f"spool entry {digest[:12]} was neither inserted nor found")
    place = {"spool_id": spool_id, "mailbox": mailbox, "uidvalidity": uidvalidity, "uid": uid}
    location_id = session.execute(insert_unless_exists(session, _LOCATIONS, _LOCATIONS.c.id), place).scalar()
    if location_id is None:  # the place is known: it keeps the bytes it was first seen with
        known = _location(session, mailbox, uidvalidity, uid)
        if known is None:
            raise Conflict(f"spool location {mailbox} {uidvalidity}/{uid} was neither inserted nor found")
        if created:
            session.execute(_DELETE_ENTRY, {"spool_id": spool_id})  # not ours to keep (see above)
        return _result_for(session, known[1], known[0], created=False)
    if created:
        return SpoolResult(spool_id, location_id, created=True, state=state)
    return _result_for(session, spool_id, location_id, created=False)


def _is_postgresql(session: AsyncSession | Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _location(session: Session, mailbox: str, uidvalidity: int, uid: int) -> tuple[int, int] | None:
    """(location id, spool id) of a place, if it was seen before."""
    place = {"mailbox": mailbox, "uidvalidity": uidvalidity, "uid": uid}
    row = session.execute(_LOCATION_BY_PLACE, place).first()
    return (row[0], row[1]) if row is not None else None


def _result_for(session: Session, spool_id: int, location_id: int, *, created: bool) -> SpoolResult:
    state: str = session.execute(_STATE_OF, {"spool_id": spool_id}).scalar_one()
    return SpoolResult(spool_id, location_id, created=created, state=state)


# The statements of the spool's hot path, built once (bind parameters, no per-call construction).
_LOCATION_BY_PLACE = select(_LOCATIONS.c.id, _LOCATIONS.c.spool_id).where(
    _LOCATIONS.c.mailbox == bindparam("mailbox"),
    _LOCATIONS.c.uidvalidity == bindparam("uidvalidity"),
    _LOCATIONS.c.uid == bindparam("uid"),
)
_ENTRY_BY_SHA = select(_SPOOL.c.id).where(_SPOOL.c.sha256 == bindparam("digest"))
_CLAIM = select(
    _SPOOL.c.id, _SPOOL.c.sha256, _SPOOL.c.raw, _SPOOL.c.received_at, _SPOOL.c.state, _SPOOL.c.last_error
).where(_SPOOL.c.id == bindparam("spool_id"))
_CLAIM_FOR_UPDATE = _CLAIM.with_for_update(skip_locked=True)
_CLAIM_WITHOUT_RAW = select(
    _SPOOL.c.id, _SPOOL.c.sha256, _SPOOL.c.received_at, _SPOOL.c.state, _SPOOL.c.last_error
).where(_SPOOL.c.id == bindparam("spool_id"))
_CLAIM_WITHOUT_RAW_FOR_UPDATE = _CLAIM_WITHOUT_RAW.with_for_update(skip_locked=True)
_DELETE_ENTRY = delete(_SPOOL).where(_SPOOL.c.id == bindparam("spool_id"))
_STATE_OF = select(_SPOOL.c.state).where(_SPOOL.c.id == bindparam("spool_id"))
_MARK_DONE = (
    update(_SPOOL)
    .where(_SPOOL.c.id == bindparam("spool_id"))
    .values(state="done", processed_at=bindparam("done_at"))
)
_MARK_NEW_DONE = _MARK_DONE.where(_SPOOL.c.state == "new")
_CLAIM_AND_MARK_DONE = _MARK_NEW_DONE.returning(
    _SPOOL.c.id, _SPOOL.c.sha256, _SPOOL.c.raw, _SPOOL.c.received_at
)
_CLAIM_AND_MARK_DONE_WITHOUT_RAW = _MARK_NEW_DONE.returning(
    _SPOOL.c.id, _SPOOL.c.sha256, _SPOOL.c.received_at
)
_RAW_OF = select(_SPOOL.c.raw).where(_SPOOL.c.id == bindparam("spool_id"))


async def load_raw(session: AsyncSession, spool_id: int) -> bytes:
    """The raw bytes of a spooled mail; NotFound when the entry or its bytes (purged) are gone."""
    entry = await session.get(SpoolEntry, spool_id)
    if entry is None or entry.raw is None:
        raise NotFound(f"spool entry {spool_id} has no stored bytes")
    return entry.raw


async def pending_spool_ids(session: AsyncSession, limit: int) -> list[int]:
    """Ids of entries waiting to be processed, oldest first; on PostgreSQL claimed with FOR UPDATE SKIP LOCKED."""
    query = select(SpoolEntry.id).where(SpoolEntry.state == "new").order_by(SpoolEntry.id).limit(limit)
    if _is_postgresql(session):
        query = query.with_for_update(skip_locked=True)
    return list((await session.execute(query)).scalars())


@dataclass(frozen=True, slots=True)
class PendingEntry:
    """An entry waiting to be processed, with its size (callers bound how many bytes they hold at once)."""

    id: int
    size: int


def pending_entries_sync(session: Session, limit: int) -> list[PendingEntry]:
    """`pending_spool_ids` with each entry's size in bytes."""
    query = (
        select(SpoolEntry.id, SpoolEntry.size)
        .where(SpoolEntry.state == "new")
        .order_by(SpoolEntry.id)
        .limit(limit)
    )
    if _is_postgresql(session):
        query = query.with_for_update(skip_locked=True)
    return [PendingEntry(row.id, row.size) for row in session.execute(query)]


def raw_of_many_sync(session: Session, spool_ids: Sequence[int]) -> dict[int, tuple[str, bytes | None]]:
    """(sha256, raw bytes or None once purged) of each entry that still exists, read in one statement."""
    query = select(_SPOOL.c.id, _SPOOL.c.sha256, _SPOOL.c.raw).where(_SPOOL.c.id.in_(spool_ids))
    return {row.id: (row.sha256, row.raw) for row in session.execute(query)}


@dataclass(frozen=True, slots=True)
class ClaimedEntry:
    """What processing needs of a spool entry (read with Core: no ORM object, the bytes are read once)."""

    id: int
    sha256: str
    raw: bytes | None  # None once the spool retention purged the bytes
    received_at: datetime
    state: str
    last_error: str | None
    marked_done: bool = False  # `claim_to_process_sync` marked it done already (state is what it was: new)


async def claim(session: AsyncSession, spool_id: int) -> ClaimedEntry | None:
    """Locks one entry for processing in this transaction; None when another worker holds it (PostgreSQL)."""
    return await session.run_sync(claim_sync, spool_id)


def claim_sync(session: Session, spool_id: int, *, with_raw: bool = True) -> ClaimedEntry | None:
    """`claim` in a synchronous session; without the bytes (`raw` None) for a mail parsed already."""
    if with_raw:
        statement = _CLAIM_FOR_UPDATE if _is_postgresql(session) else _CLAIM
    else:
        statement = _CLAIM_WITHOUT_RAW_FOR_UPDATE if _is_postgresql(session) else _CLAIM_WITHOUT_RAW
    row = session.execute(statement, {"spool_id": spool_id}).first()
    if row is None:
        return None
    raw = row.raw if with_raw else None
    return ClaimedEntry(row.id, row.sha256, raw, row.received_at, row.state, row.last_error)


def claim_to_process_sync(
    session: Session, spool_id: int, *, now: datetime, with_raw: bool = True
) -> ClaimedEntry | None:
    """`claim_sync` for a caller that processes a "new" entry in this same transaction (its failure rolls
    everything back): on SQLite the entry is marked done by the claim itself, one UPDATE ... RETURNING instead
    of a SELECT now and `mark_done_sync`'s UPDATE at the end (`marked_done` says so). The transaction holds
    SQLite's write lock from its BEGIN IMMEDIATE, so nobody sees the mark before the commit. On PostgreSQL the
    entry is only claimed (FOR UPDATE SKIP LOCKED: an UPDATE would wait for another instance's lock instead of
    passing the entry by). An entry that is not "new", or not there, is read as `claim_sync` reads it."""
    if not _is_postgresql(session):
        statement = _CLAIM_AND_MARK_DONE if with_raw else _CLAIM_AND_MARK_DONE_WITHOUT_RAW
        row = session.execute(statement, {"spool_id": spool_id, "done_at": now}).first()
        if row is not None:
            raw = row.raw if with_raw else None
            return ClaimedEntry(row.id, row.sha256, raw, row.received_at, "new", None, marked_done=True)
    return claim_sync(session, spool_id, with_raw=with_raw)


def raw_of_sync(session: Session, spool_id: int) -> bytes | None:
    """The spooled bytes of an entry (None once purged, or when there is no such entry)."""
    raw: bytes | None = session.execute(_RAW_OF, {"spool_id": spool_id}).scalar()
    return raw


async def mark_done(session: AsyncSession, spool_id: int, *, now: datetime) -> None:
    await session.run_sync(mark_done_sync, spool_id, now=now)


def mark_done_sync(session: Session, spool_id: int, *, now: datetime) -> None:
    session.execute(_MARK_DONE, {"spool_id": spool_id, "done_at": now})


async def unsettled_locations(
    session: AsyncSession, mailbox: str, uidvalidity: int
) -> list[UnsettledLocation]:
    """Server copies of done or quarantined mail in `mailbox` not yet moved out of it, by UID."""
    return await session.run_sync(unsettled_locations_sync, mailbox, uidvalidity)


def unsettled_locations_sync(session: Session, mailbox: str, uidvalidity: int) -> list[UnsettledLocation]:
    """`unsettled_locations` in a synchronous session."""
    query = (
        select(SpoolLocation.id, SpoolLocation.spool_id, SpoolLocation.uid, SpoolEntry.state)
        .join(SpoolEntry, SpoolEntry.id == SpoolLocation.spool_id)
        .where(
            SpoolLocation.mailbox == mailbox,
            SpoolLocation.uidvalidity == uidvalidity,
            SpoolLocation.settled_at.is_(None),
            SpoolEntry.state.in_(("done", "quarantined")),
        )
        .order_by(SpoolLocation.uid)
    )
    rows = session.execute(query).all()
    return [UnsettledLocation(row[0], row[1], row[2], row[3]) for row in rows]


def has_unsettled_sync(session: Session, mailbox: str, uidvalidity: int) -> bool:
    """Whether any mail seen in `mailbox` is still in it by our records, whatever its entry's state (a worker of
    another instance may be processing it)."""
    query = select(SpoolLocation.id).where(
        SpoolLocation.mailbox == mailbox,
        SpoolLocation.uidvalidity == uidvalidity,
        SpoolLocation.settled_at.is_(None),
    )
    return session.execute(query.limit(1)).first() is not None


async def mark_settled(
    session: AsyncSession, location_id: int, folder: str, *, now: datetime | None = None
) -> None:
    """Records that the server copy at this location was moved to `folder`."""
    location = await session.get(SpoolLocation, location_id)
    if location is None:
        raise NotFound(f"spool location {location_id} does not exist")
    location.settled_at = now or utcnow()
    location.settled_folder = folder


def mark_settled_many_sync(
    session: Session, location_ids: Sequence[int], folder: str, *, now: datetime
) -> None:
    """Records that the server copies at these locations were moved to `folder`: one UPDATE for a whole MOVE."""
    if location_ids:
        session.execute(
            update(_LOCATIONS)
            .where(_LOCATIONS.c.id.in_(list(location_ids)))
            .values(settled_at=now, settled_folder=folder)
        )


async def record_failure(session: AsyncSession, spool_id: int, error: str, *, max_attempts: int) -> str:
    """Counts a failed attempt; returns the new state: "new" (retry later) or "quarantined" (gave up).

    An entry that is routed after all comes back "done" with nothing counted: its COMMIT went through although
    the connection broke before we heard so, or another instance routed it meanwhile. Its message row is there,
    so another attempt could only fail on the unique spool key and end a routed mail in Quarantine.
    """
    entry = await session.get(SpoolEntry, spool_id, with_for_update=True)
    if entry is None:
        raise NotFound(f"spool entry {spool_id} does not exist")
    if entry.state != "new":
        return entry.state
    routed = await session.scalar(select(Message.id).where(Message.spool_id == spool_id))
    if routed is not None:
        entry.state = "done"
        entry.processed_at = entry.processed_at or utcnow()
        return "done"
    entry.attempts += 1
    entry.last_error = error[:2000]
    entry.state = "quarantined" if entry.attempts >= max_attempts else "new"
    if entry.state == "quarantined":
        session.add(
            AuditEvent(
                actor="daemon",
                action="quarantined",
                entity="spool",
                entity_id=entry.id,
                details={"attempts": entry.attempts, "sha256": entry.sha256},
            )
        )
    return entry.state
