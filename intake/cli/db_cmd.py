"""`intake db upgrade`: apply the database migrations (needs only [database]).

Safe while other instances run (docs/operations.md "Upgrading one instance at a time"): upgrades are serialised
by a PostgreSQL advisory lock and run in one transaction; a table that running instances keep busy for longer
than UPGRADE_LOCK_TIMEOUT_SECONDS fails the upgrade with nothing changed (one line), instead of stalling them.
A database already upgraded by a newer intake is refused (SchemaTooNew), not touched.
"""

from __future__ import annotations

import asyncio

import typer
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from intake.cli import context
from storage.database import Database
from storage.errors import SchemaTooNew

db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)

#: How long the upgrade waits for a table lock that running instances hold (PostgreSQL).
UPGRADE_LOCK_TIMEOUT_SECONDS = 30.0
#: SQLSTATE lock_not_available: the lock_timeout ran out.
LOCK_NOT_AVAILABLE = "55P03"


async def _upgrade(url: str) -> None:
    db = Database.open(url)
    try:
        await db.upgrade(lock_timeout_seconds=UPGRADE_LOCK_TIMEOUT_SECONDS)
    finally:
        await db.close()


def _sqlstate(exc: DBAPIError) -> str | None:
    orig = exc.orig
    return getattr(orig, "sqlstate", None) or getattr(getattr(orig, "__cause__", None), "sqlstate", None)


@db_app.command("upgrade")
def upgrade(ctx: typer.Context) -> None:
    """Apply the migrations to the database named by [database] url (safe to run again, and while other
    instances run)."""
    settings = context.settings(ctx, sections=("database",))
    try:
        asyncio.run(_upgrade(settings.database.url))
    except SchemaTooNew as exc:
        raise context.CliError(str(exc), exit_code=4) from None
    except DBAPIError as exc:
        if _sqlstate(exc) == LOCK_NOT_AVAILABLE:
            raise context.CliError(
                f"database upgrade waited {UPGRADE_LOCK_TIMEOUT_SECONDS:.0f} s for a table that running "
                "instances keep busy; nothing was changed; fix: run it again at a quieter moment"
            ) from None
        raise context.CliError(f"database upgrade failed: {exc.orig}") from None
    except (SQLAlchemyError, OSError) as exc:
        raise context.CliError(f"database upgrade failed: {exc}") from None
    typer.echo("database is at the newest schema")


def register(app: typer.Typer) -> None:
    """Adds `intake db` to the `intake` app."""
    app.add_typer(db_app, name="db")
