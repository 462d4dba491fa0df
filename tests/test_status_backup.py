"""Online backup and restore of the SQLite database with the sqlite3 commands of the admin guide, while a
writer (the daemon) holds the database open with commits still in its write-ahead log."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from intake.daemon.ingest import ingest_bytes
from storage.database import Database
from tests.fixtures.database import create_pg_database, drop_pg_database, ensure_postgresql, pg_url
from tests.test_status import FRESH_SAMPLES, OVERDUE_SAMPLE, SAMPLES, settings_for, status_json, write_config

SQLITE3 = shutil.which("sqlite3")
pytestmark = pytest.mark.skipif(
    SQLITE3 is None, reason="sqlite3 missing (scripts/install-system-packages.sh)"
)


def sqlite3(*args: str) -> str:
    result = subprocess.run([str(SQLITE3), *args], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


async def open_live_database(tmp_path: Path) -> tuple[Database, Path]:
    """A migrated SQLite database with the samples routed into it; the handle stays open, as the daemon's does."""
    path = tmp_path / "live" / "intake.db"
    url = f"sqlite+aiosqlite:///{path}"
    db = Database.open(url)
    await db.upgrade()
    settings = settings_for(url, tmp_path)
    now = datetime.now(UTC)
    for uid, name in enumerate((OVERDUE_SAMPLE, *FRESH_SAMPLES), start=1):
        raw = (SAMPLES / name).read_bytes()
        await ingest_bytes(
            db, raw, mailbox="INBOX", uidvalidity=1, uid=uid, received_at=now, settings=settings, now=now
        )
    return db, path


async def counts(db: Database) -> tuple[int, int, int]:
    async with db.session() as session:
        tickets = (await session.execute(text("SELECT count(*) FROM tickets"))).scalar_one()
        messages = (await session.execute(text("SELECT count(*) FROM messages"))).scalar_one()
        outbox = (await session.execute(text("SELECT count(*) FROM outbox"))).scalar_one()
    return int(tickets), int(messages), int(outbox)


def row_counts(path: Path) -> tuple[int, int, int]:
    out = sqlite3(
        str(path),
        "SELECT (SELECT count(*) FROM tickets), (SELECT count(*) FROM messages), (SELECT count(*) FROM outbox)",
    )
    tickets, messages, outbox = (int(n) for n in out.split("|"))
    return tickets, messages, outbox


@pytest.mark.parametrize("method", ["vacuum_into", "dot_backup"])
async def test_online_backup_holds_every_committed_row(tmp_path: Path, method: str) -> None:
    db, live = await open_live_database(tmp_path)
    try:
        wal = live.with_name(live.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # recent commits live only in the WAL
        expected = await counts(db)
        backups = tmp_path / "backups"
        backups.mkdir(mode=0o700)
        copy = backups / "intake-2026-11-24.db"
        if method == "vacuum_into":
            sqlite3(str(live), f"VACUUM INTO '{copy}'")
        else:
            sqlite3(str(live), f".backup '{copy}'")
        # the daemon goes on writing while and after the backup is taken
        async with db.session() as session:
            await session.execute(
                text("INSERT INTO daemon_state (key, value, updated_at) VALUES ('x', 'y', '2026-11-24')")
            )
            await session.commit()
    finally:
        await db.close()

    assert sqlite3(str(copy), "PRAGMA integrity_check") == "ok"
    assert row_counts(copy) == expected
    assert expected[0] >= 1


async def test_restore_replaces_the_database_and_status_reads_it(tmp_path: Path) -> None:
    db, live = await open_live_database(tmp_path)
    try:
        copy = tmp_path / "intake-2026-11-24.db"
        sqlite3(str(live), f"VACUUM INTO '{copy}'")
        at_backup = await counts(db)
        before = status_json(write_config(f"sqlite+aiosqlite:///{live}", tmp_path))
        # mail after the backup: it will be gone after the restore
        raw = (SAMPLES / "nl-iphone-signature.eml").read_bytes().replace(b"Message-ID:", b"X-Old-Message-ID:")
        settings = settings_for(f"sqlite+aiosqlite:///{live}", tmp_path)
        now = datetime.now(UTC)
        await ingest_bytes(
            db,
            raw + b"\r\nnieuw\r\n",
            mailbox="INBOX",
            uidvalidity=1,
            uid=50,
            received_at=now,
            settings=settings,
            now=now,
        )
        after_backup = await counts(db)
    finally:
        await db.close()  # systemctl stop tinybots-intake

    # the admin guide's restore steps: remove the old WAL and SHM, then put the copy in place, 0600
    for suffix in ("-wal", "-shm"):
        live.with_name(live.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(copy, live)
    os.chmod(live, 0o600)

    restored = status_json(write_config(f"sqlite+aiosqlite:///{live}", tmp_path))
    assert after_backup[1] == at_backup[1] + 1
    assert row_counts(live) == at_backup
    assert restored["spool"] == before["spool"]
    assert restored["outbox"] == before["outbox"]
    assert restored["rights"] == before["rights"]
    assert oct(live.stat().st_mode & 0o777) == "0o600"


async def test_copy_from_sqlite_to_postgresql_keeps_every_row_and_ids_continue(tmp_path: Path) -> None:
    """Admin guide §7: `python -m intake.service.db_copy SOURCE TARGET`, then the daemon goes on in PostgreSQL."""
    db, live = await open_live_database(tmp_path)
    try:
        expected = await counts(db)
        before = status_json(write_config(f"sqlite+aiosqlite:///{live}", tmp_path))
    finally:
        await db.close()  # systemctl stop tinybots-intake
    await asyncio.to_thread(ensure_postgresql)
    name = await asyncio.to_thread(create_pg_database)
    target_url = pg_url(name)
    try:
        copy = subprocess.run(
            [sys.executable, "-m", "intake.service.db_copy", f"sqlite+aiosqlite:///{live}", target_url],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert copy.returncode == 0, copy.stderr
        assert re.search(rf"^tickets\s+{expected[0]} rows$", copy.stdout, re.M)
        target = Database.open(target_url)
        try:
            assert await counts(target) == expected
            settings = settings_for(target_url, tmp_path)
            now = datetime.now(UTC)
            raw = (
                (SAMPLES / "nl-iphone-signature.eml")
                .read_bytes()
                .replace(b"Message-ID:", b"X-Old-Message-ID:")
            )
            result = await ingest_bytes(
                target,
                raw,
                mailbox="INBOX",
                uidvalidity=1,
                uid=77,
                received_at=now,
                settings=settings,
                now=now,
            )
            assert result.state == "done"  # fresh ids after the copied ones: no key collision
            assert await counts(target) != expected
        finally:
            await target.close()
        after = status_json(write_config(target_url, tmp_path))
        again = subprocess.run(
            [sys.executable, "-m", "intake.service.db_copy", f"sqlite+aiosqlite:///{live}", target_url],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        await asyncio.to_thread(drop_pg_database, name)
    assert after["rights"] == before["rights"]
    assert again.returncode == 1
    assert "already has rows" in again.stderr
