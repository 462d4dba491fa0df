"""The migrations build exactly the schema of storage/models.py, on SQLite and PostgreSQL.

When someone adds a column to the models without a new revision (scripts/new-migration.sh), this fails.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection

from storage.database import Database, alembic_config
from storage.models import Base


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
