"""`intake db upgrade`: apply the database migrations (needs only [database])."""

from __future__ import annotations

import asyncio

import typer
from sqlalchemy.exc import SQLAlchemyError

from intake.cli import context
from storage.database import upgrade_url

db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)


@db_app.command("upgrade")
def upgrade(ctx: typer.Context) -> None:
    """Apply the migrations to the database named by [database] url (safe to run again)."""
    settings = context.settings(ctx, sections=("database",))
    try:
        asyncio.run(upgrade_url(settings.database.url))
    except (SQLAlchemyError, OSError) as exc:
        raise context.CliError(f"database upgrade failed: {exc}") from None
    typer.echo("database is at the newest schema")


def register(app: typer.Typer) -> None:
    """Adds `intake db` to the `intake` app."""
    app.add_typer(db_app, name="db")
