"""A rights request's lifecycle (design §3.6): verify, pause, resume, extend, close, on SQLite and PostgreSQL.

Dates: Jan's request arrives Monday 2 November 2026 (Amsterdam), so the promise is 30 November and the legal
due date 2 December; one more month ends Saturday 2 January 2027, moved to Monday 4 January.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from storage import rights_lifecycle
from storage.database import Database
from storage.errors import Conflict, NotFound
from storage.models import Attachment, AuditEvent, RightsRequest
from storage.retention import remove_files
from tests.privacy_mail import JAN, JAN_NAME, RECEIVED, Scenario, erasure_request, settings_for


async def queued(database: Database, url: str, tmp_path: Path) -> int:
    request_id, _ = await erasure_request(Scenario(database, settings_for(url, tmp_path / "files")))
    return request_id


async def audit_trail(database: Database, request_id: int) -> list[AuditEvent]:
    async with database.session() as session:
        query = select(AuditEvent).where(
            AuditEvent.entity == "rights_request", AuditEvent.entity_id == request_id
        )
        return list((await session.scalars(query.order_by(AuditEvent.id))).all())


async def test_verify_records_the_time_and_purges_only_the_identity_document(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    request_id = await queued(database, migrated_db_url, tmp_path)
    verified_at = RECEIVED + timedelta(days=2)
    async with database.session() as session:
        change = await rights_lifecycle.verify(session, request_id, actor="anna", now=verified_at)
        await session.commit()
    removed, missing = remove_files(tmp_path / "files", change.purged_paths)
    async with database.session() as session:
        request = await session.get_one(RightsRequest, request_id)
        attachments = {a.filename: a for a in (await session.scalars(select(Attachment))).all()}
    assert request.identity_verified_at == verified_at
    assert (removed, missing) == (1, ())
    passport, log = attachments["paspoort.jpg"], attachments["robot-log.txt"]
    assert (passport.path, passport.purged_at) == (None, verified_at)
    assert log.path is not None and (tmp_path / "files" / log.path).is_file()
    [created, verified] = await audit_trail(database, request_id)
    assert (verified.actor, verified.action, verified.at) == ("anna", "rights_request_verified", verified_at)
    assert verified.details["documents_purged"] == 1
    assert JAN not in str(verified.details) and JAN_NAME not in str(verified.details)


async def test_pause_and_resume_move_every_due_date_by_the_paused_days(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    request_id = await queued(database, migrated_db_url, tmp_path)
    async with database.session() as session:
        await rights_lifecycle.pause(
            session, request_id, "ID copy unreadable", actor="anna", now=RECEIVED + timedelta(days=3)
        )
        with pytest.raises(Conflict, match="already paused"):
            await rights_lifecycle.pause(
                session, request_id, "again", actor="anna", now=RECEIVED + timedelta(days=4)
            )
        change = await rights_lifecycle.resume(
            session, request_id, actor="anna", now=RECEIVED + timedelta(days=10)
        )
        await session.commit()
        request = await session.get_one(RightsRequest, request_id)
    assert (change.before.promised, change.before.legal) == (date(2026, 11, 30), date(2026, 12, 2))
    assert (change.after.promised, change.after.legal) == (date(2026, 12, 7), date(2026, 12, 9))
    assert (request.status, request.paused_days, request.paused_at) == ("open", 7, None)
    actions = [(e.action, e.actor) for e in await audit_trail(database, request_id)]
    assert actions[1:] == [("rights_request_paused", "anna"), ("rights_request_resumed", "anna")]
    resumed = (await audit_trail(database, request_id))[-1]
    assert (
        resumed.details["before"]["legal"] == "2026-12-02"
        and resumed.details["after"]["legal"] == "2026-12-09"
    )


async def test_extension_is_allowed_twice_up_to_three_months_in_all(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    request_id = await queued(database, migrated_db_url, tmp_path)
    day = RECEIVED + timedelta(days=20)
    async with database.session() as session:
        first = await rights_lifecycle.extend(session, request_id, 1, "many tickets", actor="anna", now=day)
        second = await rights_lifecycle.extend(session, request_id, 1, "still busy", actor="anna", now=day)
        with pytest.raises(Conflict, match="three months in all"):
            await rights_lifecycle.extend(session, request_id, 1, "more", actor="anna", now=day)
        await session.commit()
    assert first.after.extended == date(2027, 1, 4)  # 2 January 2027 is a Saturday
    assert second.after.extended == date(2027, 2, 2)
    assert second.before.binding == date(2027, 1, 4)
    extended = [e for e in await audit_trail(database, request_id) if e.action == "rights_request_extended"]
    assert [e.details["months"] for e in extended] == [1, 1]
    assert extended[0].details["after"]["extended"] == "2027-01-04"


async def test_extension_after_the_due_date_is_refused(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    request_id = await queued(database, migrated_db_url, tmp_path)
    async with database.session() as session:
        with pytest.raises(Conflict, match="was due 2026-12-02"):
            await rights_lifecycle.extend(
                session, request_id, 2, "too late", actor="anna", now=RECEIVED + timedelta(days=31)
            )
        with pytest.raises(Conflict, match="1 or 2 months"):
            await rights_lifecycle.extend(session, request_id, 3, "too long", actor="anna", now=RECEIVED)
        request = await session.get_one(RightsRequest, request_id)
    assert (request.extended_due_date, request.extension_months) == (None, 0)


async def test_close_records_the_outcome_purges_identity_documents_and_freezes_the_request(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    request_id = await queued(database, migrated_db_url, tmp_path)
    closed_at = RECEIVED + timedelta(days=5)
    async with database.session() as session:
        change = await rights_lifecycle.close(
            session, request_id, "done", "all data erased", actor="anna", now=closed_at
        )
        await session.commit()
        with pytest.raises(Conflict, match="is closed"):
            await rights_lifecycle.pause(session, request_id, "late doubt", actor="anna", now=closed_at)
        with pytest.raises(NotFound):
            await rights_lifecycle.verify(session, 9999, actor="anna", now=closed_at)
        request = await session.get_one(RightsRequest, request_id)
    assert (request.status, request.outcome, request.closed_at) == ("closed", "done", closed_at)
    assert len(change.purged_paths) == 1
    last = (await audit_trail(database, request_id))[-1]
    assert last.details["outcome"] == "done" and last.details["reason"] == "all data erased"
