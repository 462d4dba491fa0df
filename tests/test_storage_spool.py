"""The spool keeps every mail exactly once, whatever order and however often it arrives (both backends)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from functools import partial

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage import quarantine, spool
from storage.database import Database
from storage.errors import Conflict
from storage.models import SpoolEntry, SpoolLocation

AT = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
RAW = b"From: jan@example.nl\r\nSubject: hallo\r\n\r\nmijn robot\r\n"


async def add(db: Database, raw: bytes = RAW, *, uid: int = 7, mailbox: str = "INBOX") -> spool.SpoolResult:
    async with db.session() as s:
        result = await spool.spool_message(s, raw, mailbox=mailbox, uidvalidity=42, uid=uid, received_at=AT)
        await s.commit()
        return result


async def counts(db: Database) -> tuple[int, int]:
    async with db.session() as s:
        entries = await s.scalar(select(func.count()).select_from(SpoolEntry))
        locations = await s.scalar(select(func.count()).select_from(SpoolLocation))
    return int(entries or 0), int(locations or 0)


async def test_a_new_mail_is_spooled_with_its_bytes_and_location(database: Database) -> None:
    result = await add(database)
    async with database.session() as s:
        raw = await spool.load_raw(s, result.spool_id)
    assert (result.created, result.state, raw) == (True, "new", RAW)


async def test_the_same_location_twice_is_one_entry(database: Database) -> None:
    first = await add(database)
    again = await add(database)
    assert (again.spool_id, again.location_id, again.created) == (first.spool_id, first.location_id, False)
    assert await counts(database) == (1, 1)


async def test_the_same_bytes_in_two_places_are_one_entry_with_two_locations(database: Database) -> None:
    first = await add(database, uid=7)
    second = await add(database, uid=8)
    assert (second.spool_id, second.created) == (first.spool_id, False)
    assert second.location_id != first.location_id
    assert await counts(database) == (1, 2)


async def test_a_file_key_is_derived_from_the_bytes_not_the_path(database: Database) -> None:
    first = await add(database, mailbox=spool.FILE_MAILBOX, uid=spool.file_uid(RAW))
    again = await add(database, mailbox=spool.FILE_MAILBOX, uid=spool.file_uid(RAW))
    other = await add(
        database, RAW + b"PS\r\n", mailbox=spool.FILE_MAILBOX, uid=spool.file_uid(RAW + b"PS\r\n")
    )
    assert (again.spool_id, again.created) == (first.spool_id, False)
    assert other.created and other.spool_id != first.spool_id


async def test_concurrent_spools_of_the_same_bytes_make_one_entry(database: Database) -> None:
    results = await asyncio.gather(*(add(database, uid=uid) for uid in range(1, 7)))
    assert len({r.spool_id for r in results}) == 1
    assert sum(r.created for r in results) == 1
    assert await counts(database) == (1, 6)


async def test_pending_lists_new_entries_oldest_first(database: Database) -> None:
    first = await add(database, b"one", uid=1)
    second = await add(database, b"two", uid=2)
    async with database.session() as s:
        await spool.mark_done(s, first.spool_id, now=AT)
        await s.commit()
        pending = await spool.pending_spool_ids(s, limit=10)
    assert pending == [second.spool_id]


async def test_failures_retry_until_the_limit_then_quarantine_with_the_reason(database: Database) -> None:
    entry = await add(database)
    async with database.session() as s:
        states = [
            await spool.record_failure(s, entry.spool_id, f"boom {n}", max_attempts=3) for n in (1, 2, 3)
        ]
        await s.commit()
        listed = await quarantine.quarantined(s)
        pending = await spool.pending_spool_ids(s, limit=10)
    assert states == ["new", "new", "quarantined"]
    assert [(q.spool_id, q.attempts, q.last_error, q.locations) for q in listed] == [
        (entry.spool_id, 3, "boom 3", ("INBOX 42/7",))
    ]
    assert pending == []


async def test_requeue_gives_a_quarantined_entry_a_fresh_round(database: Database) -> None:
    entry = await add(database)
    async with database.session() as s:
        with pytest.raises(Conflict):
            await quarantine.requeue(s, entry.spool_id)
        await spool.record_failure(s, entry.spool_id, "boom", max_attempts=1)
        await quarantine.requeue(s, entry.spool_id, actor="cli")
        await s.commit()
        row = await s.get_one(SpoolEntry, entry.spool_id)
    assert (row.state, row.attempts) == ("new", 0)


async def test_finished_entries_wait_to_be_settled_per_mailbox_and_uidvalidity(database: Database) -> None:
    done = await add(database, b"done", uid=1)
    failed = await add(database, b"failed", uid=2)
    await add(database, b"still new", uid=3)
    async with database.session() as s:
        await spool.mark_done(s, done.spool_id, now=AT)
        await spool.record_failure(s, failed.spool_id, "boom", max_attempts=1)
        await s.commit()
        before = await spool.unsettled_locations(s, "INBOX", 42)
        other_validity = await spool.unsettled_locations(s, "INBOX", 43)
        await spool.mark_settled(s, before[0].location_id, "Processed", now=AT)
        await s.commit()
        after = await spool.unsettled_locations(s, "INBOX", 42)
    assert [(u.uid, u.state) for u in before] == [(1, "done"), (2, "quarantined")]
    assert other_validity == []
    assert [(u.uid, u.state) for u in after] == [(2, "quarantined")]


async def test_a_claim_to_process_marks_done_only_with_the_transaction(database: Database) -> None:
    """`claim_to_process_sync` (the pipeline's claim): a "new" entry comes back as new, done if the work
    commits and new again if it rolls back; an entry that is not new is read as it is."""
    spool_id = (await add(database)).spool_id

    def claim_and(session: Session, *, commit: bool) -> tuple[spool.ClaimedEntry | None, str]:
        entry = spool.claim_to_process_sync(session, spool_id, now=AT, with_raw=False)
        if entry is not None and not entry.marked_done:  # PostgreSQL: claimed only, marked at the end
            spool.mark_done_sync(session, spool_id, now=AT)
        session.commit() if commit else session.rollback()
        state = session.execute(select(SpoolEntry.state).where(SpoolEntry.id == spool_id)).scalar_one()
        session.rollback()
        return entry, state

    entry, state = await database.run_sync(partial(claim_and, commit=False))
    assert entry is not None and (entry.state, entry.raw, state) == ("new", None, "new")
    entry, state = await database.run_sync(partial(claim_and, commit=True))
    assert entry is not None and (entry.state, state) == ("new", "done")
    entry, state = await database.run_sync(partial(claim_and, commit=False))
    assert entry is not None and (entry.state, entry.marked_done, state) == ("done", False, "done")
    with_raw = await database.run_sync(lambda s: spool.claim_to_process_sync(s, spool_id, now=AT))
    assert with_raw is not None and with_raw.raw == RAW and with_raw.sha256 == spool.sha256_hex(RAW)
    assert await database.run_sync(lambda s: spool.claim_to_process_sync(s, 999_999, now=AT)) is None
