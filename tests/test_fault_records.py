"""What counts as a database fault, and how the daemon records one (storage/faults.py, intake/service/db_faults.py).

Real SQLite errors, produced the way production meets them; the fault file read back as `intake status` reads it.
"""

from __future__ import annotations

import asyncio
import errno
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from intake.service.db_faults import FaultReporter, read_fault, survive_database_faults
from storage.database import Database
from storage.errors import NoDatabase
from storage.faults import DatabaseFault, DatabaseUnavailable, database_fault

NOW = datetime(2026, 12, 6, 6, 0, tzinfo=UTC)


def test_a_write_lock_held_elsewhere_is_a_locked_fault_behind_sqlalchemy(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (n INTEGER)")
    holder.execute("BEGIN IMMEDIATE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    with pytest.raises(OperationalError) as raised, engine.connect() as conn:
        conn.execute(text("INSERT INTO t VALUES (1)"))
    holder.execute("ROLLBACK")
    engine.dispose()
    assert database_fault(raised.value) == DatabaseFault("locked")


def test_a_full_disk_and_an_io_error_are_faults_a_mails_own_failure_is_not(tmp_path: Path) -> None:
    assert database_fault(OSError(errno.ENOSPC, "No space left on device")) == DatabaseFault("disk_full")
    assert database_fault(OSError(errno.EIO, "Input/output error")) == DatabaseFault("io_error")
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (n INTEGER NOT NULL)")
    with pytest.raises(sqlite3.IntegrityError) as integrity:
        db.execute("INSERT INTO t VALUES (NULL)")
    assert database_fault(integrity.value) is None
    assert database_fault(ValueError("unparseable mail")) is None
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("writing an attachment failed") from inner
    except RuntimeError as outer:
        assert database_fault(outer) == DatabaseFault("disk_full")


def test_each_fault_says_its_fix_and_nothing_of_the_statement() -> None:
    unavailable = DatabaseUnavailable(DatabaseFault("disk_full"))
    assert "fix: free space" in str(unavailable) and database_fault(unavailable) == DatabaseFault("disk_full")


def test_the_fault_file_tells_status_the_fault_and_when_it_cleared(tmp_path: Path) -> None:
    path = tmp_path / "run" / "database-fault.json"
    reporter = FaultReporter(path, clock=lambda: NOW)
    reporter.report(DatabaseFault("locked"), task="poller")
    reporter.report(DatabaseFault("locked"), task="sender")
    recorded = read_fault(path)
    assert recorded is not None and recorded.kind == "locked" and recorded.cleared_at is None
    assert "write lock" in recorded.fix
    reporter.cleared()
    reporter.cleared()
    cleared = read_fault(path)
    assert cleared is not None and cleared.cleared_at == NOW.isoformat()
    assert json.loads(path.read_text())["since"] == NOW.isoformat()
    assert [p.name for p in path.parent.iterdir()] == ["database-fault.json"]  # no temporary file left


async def test_the_guard_runs_again_after_a_fault_and_lets_other_errors_through(tmp_path: Path) -> None:
    reporter = FaultReporter(tmp_path / "fault.json", clock=lambda: NOW)
    runs = 0

    async def flaky() -> None:
        nonlocal runs
        runs += 1
        if runs == 1:
            raise DatabaseUnavailable(DatabaseFault("disk_full"))

    await survive_database_faults(flaky, reporter=reporter, stop=asyncio.Event(), task="poller")
    assert runs == 2 and reporter.active

    async def broken() -> None:
        raise ValueError("a bug, not the database")

    with pytest.raises(ValueError):
        await survive_database_faults(broken, reporter=reporter, stop=asyncio.Event(), task="poller")


async def test_a_read_only_open_creates_nothing_and_reads_under_a_held_write_lock(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}"
    db = Database.open(url)
    await db.upgrade()
    await db.close()
    holder = sqlite3.connect(tmp_path / "intake.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("DELETE FROM daemon_state")
    reader = Database.open_read_only(url)
    try:
        async with reader.session() as session:
            assert (await session.execute(text("SELECT count(*) FROM spool"))).scalar_one() == 0
    finally:
        await reader.close()
        holder.execute("ROLLBACK")
    with pytest.raises(NoDatabase):
        Database.open_read_only(f"sqlite+aiosqlite:///{tmp_path / 'missing.db'}")
    assert not (tmp_path / "missing.db").exists()
