"""Rules that let several instances share one database, checked in one process against the real backends: a
periodic job runs once per period, the privacy digest is queued once by three instances, a routed mail seen as new
again is not routed twice nor quarantined, and an outbox row of a silent instance is taken over.
(The same with real `intake run` processes: tests/test_multi_instance.py.)
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from intake.config import Settings
from intake.daemon.pipeline import process_spooled
from intake.outbound.digest import enqueue_digest_if_due
from intake.service.periodic import run_once_per_period
from storage import instances, outbox, spool
from storage.database import Database
from storage.models import Message, SpoolEntry
from tests.fixtures.outbound_data import NOW as SENDER_NOW
from tests.fixtures.outbound_data import settings_for
from tests.test_digest import AT_HOUR, seed_requests
from tests.test_ingest import mail as ingest_mail
from tests.test_ingest import settings_for as ingest_settings
from tests.test_outbound_sender import queue_new_ticket


@pytest.mark.parametrize("db_backend", ["postgresql"])
async def test_a_periodic_job_runs_once_per_period_however_many_instances_try(migrated_db_url: str) -> None:
    databases = [Database.open(migrated_db_url, instance_id=f"i{n}") for n in range(3)]
    runs: list[str] = []

    def job(name: str, *, fail: bool = False) -> Any:
        async def work(session: AsyncSession) -> str:
            await asyncio.sleep(0.2)  # all three are inside the claim at once
            if fail:
                raise RuntimeError("the job failed: its period stays free")
            runs.append(name)
            return name

        return work

    try:
        now = AT_HOUR
        first = await asyncio.gather(
            *(run_once_per_period(db, "job", "2026-11-24", job(db.instance_id), now=now) for db in databases)
        )
        again = await run_once_per_period(databases[0], "job", "2026-11-24", job("late"), now=now)
        next_day = await run_once_per_period(databases[1], "job", "2026-11-25", job("next"), now=now)
        failed = await asyncio.gather(
            run_once_per_period(databases[0], "job", "2026-11-26", job("failing", fail=True), now=now),
            return_exceptions=True,
        )
        retried = await run_once_per_period(databases[2], "job", "2026-11-26", job("retry"), now=now)
    finally:
        for db in databases:
            await db.close()

    assert sorted(r for r in first if r is not None) == [runs[0]] and len(runs) == 3
    assert again is None and next_day == "next"
    assert isinstance(failed[0], RuntimeError) and retried == "retry"


@pytest.mark.parametrize("db_backend", ["postgresql"])
async def test_three_instances_queue_one_privacy_digest_a_day(migrated_db_url: str) -> None:
    settings: Settings = settings_for(outbound={"digest_hour": 8})
    databases = [Database.open(migrated_db_url, instance_id=f"i{n}") for n in range(3)]

    async def check(db: Database) -> list[int]:
        async with db.session() as session:
            ids = await enqueue_digest_if_due(session, settings, now=AT_HOUR)
            await session.commit()
        return ids

    try:
        await seed_requests(databases[0])
        queued = await asyncio.gather(*(check(db) for db in databases))
        later = await asyncio.gather(*(check(db) for db in databases))
    finally:
        for db in databases:
            await db.close()

    assert sorted(len(ids) for ids in queued) == [0, 0, 1]
    assert later == [[], [], []]


async def test_a_routed_mail_seen_as_new_again_is_not_routed_twice_nor_quarantined(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    # A COMMIT that went through while the connection broke (or another instance's) leaves a routed mail that
    # this instance still takes for new: processing it again must settle for what is there.
    settings = ingest_settings(migrated_db_url, tmp_path / "files")
    async with database.session() as session:
        spooled = await spool.spool_message(
            session,
            ingest_mail("<once@example.nl>"),
            mailbox="INBOX",
            uidvalidity=1,
            uid=1,
            received_at=AT_HOUR,
        )
        await session.commit()
    first = await process_spooled(database, spooled.spool_id, settings=settings, now=AT_HOUR)
    async with database.session() as session:
        await session.execute(
            update(SpoolEntry).values(state="new")
        )  # as seen by the instance that lost track
        await session.commit()

    again = [
        await process_spooled(database, spooled.spool_id, settings=settings, now=AT_HOUR) for _ in range(4)
    ]

    assert first.state == "done"
    assert {result.state for result in again} == {"duplicate"}
    async with database.session() as session:
        assert (await session.scalar(select(SpoolEntry.state))) == "done"
        assert (await session.scalar(select(func.count()).select_from(Message))) == 1


async def test_rows_a_silent_instance_was_sending_are_claimed_again_without_waiting_for_its_lease(
    database: Database, migrated_db_url: str
) -> None:
    settings = settings_for(helpdesk={"staff_notify": ()})
    await queue_new_ticket(database, settings)
    dying = Database.open(migrated_db_url, instance_id="dying")
    other = Database.open(migrated_db_url, instance_id="other")
    try:
        async with dying.session() as s:
            await instances.beat(s, _instance("dying", seen=SENDER_NOW))
            (claimed,) = await outbox.claim_due(s, now=SENDER_NOW, limit=10)
            await s.commit()  # killed here: the row stays "sending"
        claims = []
        for later in (timedelta(seconds=5), instances.DEAD_AFTER + timedelta(seconds=1)):
            async with other.session() as s:
                claims.append(
                    [
                        (row.id, row.claimed_by)
                        for row in await outbox.claim_due(s, now=SENDER_NOW + later, limit=10)
                    ]
                )
                await s.commit()
    finally:
        await dying.close()
        await other.close()

    assert claimed.claimed_by == "dying"
    assert claims == [[], [(claimed.id, "other")]]  # beating, it keeps the row; silent, the row is taken over


def _instance(instance_id: str, *, seen: datetime) -> instances.InstanceInfo:
    return instances.InstanceInfo(instance_id, "host", 1, "test", seen, seen, "worker", None)
