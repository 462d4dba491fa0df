"""The migrations build exactly the schema of storage/models.py, on SQLite and PostgreSQL.

When someone adds a column to the models without a new revision (scripts/new-migration.sh), this fails.
"""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection

from storage.database import Database, alembic_config
from storage.models import Base
from storage.schema_head import head_revision, known_head


def _diff(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


async def test_migrated_schema_equals_the_models(db_url: str) -> None:
    db = Database.open(db_url)
    try:
        await db.upgrade()
        async with db.engine.connect() as conn:
            diff = await conn.run_sync(_diff)
    finally:
        await db.close()
    assert diff == []


async def test_upgrade_twice_changes_nothing(db_url: str) -> None:
    db = Database.open(db_url)
    try:
        await db.upgrade()
        await db.upgrade()
        async with db.session() as session:
            version: str = (
                await session.execute(text("SELECT version_num FROM alembic_version"))
            ).scalar_one()
    finally:
        await db.close()
    assert version == ScriptDirectory.from_config(alembic_config()).get_current_head()


async def test_sqlite_file_is_private_and_tuned(tmp_path: Path) -> None:
    path = tmp_path / "state" / "intake.db"
    db = Database.open(f"sqlite+aiosqlite:///{path}")
    try:
        await db.upgrade()
        async with db.session() as session:
            pragmas: dict[str, object] = {
                name: (await session.execute(text(f"PRAGMA {name}"))).scalar_one()
                for name in ("journal_mode", "synchronous", "foreign_keys", "secure_delete", "busy_timeout")
            }
    finally:
        await db.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 1,  # NORMAL
        "foreign_keys": 1,
        "secure_delete": 1,
        "busy_timeout": 30_000,
    }


def test_the_head_read_from_the_revision_files_is_alembics_head() -> None:
    assert known_head() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def _write_revision(directory: Path, revision: str, down_revision: str) -> None:
    (directory / f"{revision}_step.py").write_text(
        f'"""A step."""\n\nrevision: str = "{revision}"\ndown_revision: str | None = {down_revision}\n',
        encoding="utf-8",
    )


def test_two_heads_or_an_unusual_revision_file_leave_the_decision_to_alembic(tmp_path: Path) -> None:
    _write_revision(tmp_path, "a1", "None")
    _write_revision(tmp_path, "b2", '"a1"')
    assert head_revision(tmp_path) == "b2"
    _write_revision(tmp_path, "c3", '"a1"')  # a second branch from a1: two heads
    assert head_revision(tmp_path) is None
    (tmp_path / "c3_step.py").write_text('revision = make_id()\ndown_revision = "b2"\n', encoding="utf-8")
    assert head_revision(tmp_path) is None


async def test_a_database_behind_the_head_is_brought_to_it(db_url: str) -> None:
    db = Database.open(db_url)
    try:
        await db.upgrade("0003")
        assert not await db.is_at_head()
        await db.upgrade()
        assert await db.is_at_head()
    finally:
        await db.close()


def test_a_database_at_the_head_is_checked_without_loading_alembic(migrated_db_url: str) -> None:
    script = (
        "import asyncio, sys\n"
        "from storage.database import Database\n"
        "async def main():\n"
        "    db = Database.open(sys.argv[1])\n"
        "    await db.upgrade()\n"
        "    await db.close()\n"
        "asyncio.run(main())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script, migrated_db_url], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"
