"""Retention (`intake purge`): old tickets, raw spool bytes and identity documents go when their time is up,
on SQLite and PostgreSQL; nothing younger is touched; counts go to the audit log."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from intake.cli import app
from intake.testbed.servers import write_config
from storage import retention, rights_lifecycle, subjects
from storage.database import Database
from storage.models import Attachment, AuditEvent, Customer, Message, RightsRequest, SpoolEntry, Ticket
from tests.privacy_mail import LOG, PIET, Scenario, erasure_request, raw_mail, settings_for

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
POLICY = retention.RetentionPolicy(ticket_years=3, spool_days=30, identity_document_days=30)


def mail(sender: str, n: int, *, reply_to: int | None = None) -> bytes:
    return raw_mail(
        sender=sender,
        name=None,
        subject=f"Vraag {n}" if reply_to is None else f"Re: Vraag {reply_to}",
        body=f"Vraag nummer {n} over de robot.\n",
        message_id=f"<q{n}@example.nl>",
        in_reply_to=f"<q{reply_to}@example.nl>" if reply_to else None,
        attachments=(("log.txt", "text/plain", LOG),),
    )


async def run_purge(database: Database, files: Path, now: datetime = NOW) -> retention.PurgeResult:
    async with database.session() as session:
        planned = await retention.plan(session, POLICY, now=now)

        async def trace(address: str) -> str:
            return await subjects.pseudonym(session, address, now=now)

        result = await retention.purge(session, planned, now=now, actor="timer", pseudonym_for=trace)
        await session.commit()
    retention.remove_files(files, result.attachment_paths)
    return result


async def test_tickets_idle_for_three_years_go_with_everything_on_them(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    s = Scenario(database, settings_for(migrated_db_url, tmp_path / "files"))
    old = await s.ingest(mail("oud@example.nl", 1), received_at=NOW - timedelta(days=3 * 365 + 2))
    kept_old_customer = await s.ingest(mail(PIET, 2), received_at=NOW - timedelta(days=4 * 365))
    piet_recent = await s.ingest(mail(PIET, 3), received_at=NOW - timedelta(days=10))
    recent = await s.ingest(mail("nieuw@example.nl", 4), received_at=NOW - timedelta(days=3 * 365 - 2))
    assert old.outcome and kept_old_customer.outcome and recent.outcome and piet_recent.outcome

    result = await run_purge(database, tmp_path / "files")

    assert set(result.plan.ticket_refs) == {old.outcome.ticket_ref, kept_old_customer.outcome.ticket_ref}
    async with database.session() as session:
        refs = set((await session.scalars(select(Ticket.ref))).all())
        customers = set((await session.scalars(select(Customer.email))).all())
        messages = (await session.scalars(select(Message.subject))).all()
        audit = (
            await session.scalars(select(AuditEvent).where(AuditEvent.action == "retention_purged"))
        ).one()
    assert refs == {recent.outcome.ticket_ref, piet_recent.outcome.ticket_ref}
    assert "oud@example.nl" not in customers and {PIET, "nieuw@example.nl"} <= customers
    assert sorted(messages) == ["Vraag 3", "Vraag 4"]
    assert audit.details["tickets"] == 2 and audit.details["customers"] == 1 and audit.actor == "timer"
    files = sorted(
        p.relative_to(tmp_path / "files").parts[1] for p in (tmp_path / "files").rglob("*") if p.is_file()
    )
    assert len(files) == 2  # the two young tickets' logs


async def test_raw_spool_bytes_go_thirty_days_after_processing_but_the_row_stays(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    s = Scenario(database, settings_for(migrated_db_url, tmp_path / "files"))
    first = mail(PIET, 1)
    old = await s.ingest(first, received_at=NOW - timedelta(days=31))
    young = await s.ingest(mail(PIET, 2, reply_to=1), received_at=NOW - timedelta(days=29))
    stuck = await s.quarantine(mail(PIET, 3), received_at=NOW - timedelta(days=90))

    result = await run_purge(database, tmp_path / "files")
    again = await run_purge(database, tmp_path / "files")

    async with database.session() as session:
        raw = {e.id: e.raw is not None for e in (await session.scalars(select(SpoolEntry))).all()}
    assert result.plan.spool_ids == (old.spool_id,)
    assert raw == {old.spool_id: False, young.spool_id: True, stuck: True}
    assert again.plan.counts() == {k: 0 for k in again.plan.counts()}
    # the same bytes delivered again are still recognised, and not ticketed twice
    duplicate = await s.ingest(first, received_at=NOW, expect="duplicate")
    assert duplicate.spool_id == old.spool_id


async def test_identity_documents_go_once_verified_or_after_thirty_days(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    s = Scenario(database, settings_for(migrated_db_url, tmp_path / "files"))
    verified, _ = await erasure_request(s, received_at=NOW - timedelta(days=5))
    expired, _ = await erasure_request(s, received_at=NOW - timedelta(days=31))
    waiting, _ = await erasure_request(s, received_at=NOW - timedelta(days=3))
    async with database.session() as session:
        request = await session.get_one(RightsRequest, verified)
        request.identity_verified_at = NOW - timedelta(
            days=1
        )  # verified, but the files were left (e.g. a crash)
        await session.commit()

    result = await run_purge(database, tmp_path / "files")

    async with database.session() as session:
        documents = (
            await session.execute(
                select(Message.received_at, Attachment.path)
                .join(Message)
                .where(Attachment.identity_document.is_(True))
            )
        ).all()
        others = (
            await session.scalars(select(Attachment.path).where(Attachment.identity_document.is_(False)))
        ).all()
        waiting_docs = await rights_lifecycle.identity_documents(
            session, await session.get_one(RightsRequest, waiting)
        )
    on_disk = {received.date(): path is not None for received, path in documents}
    assert result.plan.counts()["identity_documents"] == 2
    assert on_disk == {
        (NOW - timedelta(days=5)).date(): False,
        (NOW - timedelta(days=31)).date(): False,
        (NOW - timedelta(days=3)).date(): True,
    }
    assert len(waiting_docs) == 1 and all(p is not None for p in others)
    assert expired != waiting


def test_cli_purge_dry_run_changes_nothing_then_purges(migrated_db_url: str, tmp_path: Path) -> None:
    files = tmp_path / "files"

    async def seed() -> str:
        db = Database.open(migrated_db_url)
        try:
            s = Scenario(db, settings_for(migrated_db_url, files))
            old = await s.ingest(
                mail("oud@example.nl", 1), received_at=datetime.now(UTC) - timedelta(days=4 * 365)
            )
            await s.ingest(mail(PIET, 2), received_at=datetime.now(UTC) - timedelta(days=1))
            assert old.outcome is not None
            return old.outcome.ticket_ref or ""
        finally:
            await db.close()

    old_ref = asyncio.run(seed())
    config = write_config(
        tmp_path / "intake.toml", {"database": {"url": migrated_db_url, "files_dir": str(files)}}
    )

    dry = CliRunner().invoke(app, ["--config", str(config), "purge", "--dry-run"])
    files_after_dry_run = len([p for p in files.rglob("*") if p.is_file()])
    real = CliRunner().invoke(app, ["--config", str(config), "purge"])
    nothing_left = CliRunner().invoke(app, ["--config", str(config), "purge", "--dry-run"])

    assert dry.exit_code == 0 and real.exit_code == 0, dry.output + real.output
    assert '"tickets": 1' in dry.output and f"tickets: {old_ref}" in dry.output
    assert files_after_dry_run == 2
    assert "purged:" in real.output and "files removed: 1" in real.output
    assert '"tickets": 0' in nothing_left.output


def test_cli_purge_on_a_database_without_tables_says_how_to_fix_it(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    config = write_config(tmp_path / "intake.toml", {"database": {"url": f"sqlite+aiosqlite:///{empty}"}})
    intake = str(Path(sys.executable).parent / "intake")
    result = subprocess.run(
        [intake, "--config", str(config), "purge", "--dry-run"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "intake: cannot read the database (no such table: tickets); fix: check [database] url and run "
        "`intake db upgrade`"
    ]
