"""Autogenerates the next Alembic revision from storage/models.py (used by scripts/new-migration.sh).

A throwaway database (PostgreSQL at INTAKE_MIGRATION_PG, default a fresh database on 127.0.0.1:5432, or SQLite
with --sqlite) is upgraded to the current head; the new revision holds the difference to the models. Review it
by hand, then run tests/test_storage_migrations.py, which fails while the migrations and the models differ.
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from storage.database import Database, alembic_config


def _revision(connection: Connection, message: str) -> None:
    config = alembic_config(connection)
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    head = ScriptDirectory.from_config(config).get_current_head()
    rev_id = f"{int(head) + 1:04d}" if head and head.isdigit() else None  # 0001, 0002, ...
    script = command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
    scripts = script if isinstance(script, list) else [script]
    for generated in scripts:
        if generated is not None:
            ruff = str(Path(sys.executable).parent / "ruff")
            subprocess.run([ruff, "check", "--fix", "-q", generated.path], check=False)
            subprocess.run([ruff, "format", "-q", generated.path], check=False)


async def _generate(url: str, message: str) -> None:
    db = Database.open(url)
    try:
        await db.upgrade()
        async with db.engine.begin() as conn:
            await conn.run_sync(_revision, message)
    finally:
        await db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("message")
    parser.add_argument("--sqlite", action="store_true", help="diff against SQLite instead of PostgreSQL")
    args = parser.parse_args()
    if args.sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            asyncio.run(_generate(f"sqlite+aiosqlite:///{Path(tmp) / 'gen.db'}", args.message))
        return
    name = f"intake_migration_{secrets.token_hex(4)}"
    psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc"]
    subprocess.run([*psql, f"CREATE DATABASE {name}"], check=True)
    try:
        asyncio.run(_generate(f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}", args.message))
    finally:
        subprocess.run([*psql, f"DROP DATABASE {name}"], check=True)


if __name__ == "__main__":
    main()
