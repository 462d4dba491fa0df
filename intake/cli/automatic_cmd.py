"""`intake automatic list [--json]`: automatic mail (auto-replies, bounces, bulk) that refers to no ticket."""

from __future__ import annotations

import asyncio
import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from intake.cli import context
from intake.config import Settings
from storage.database import Database
from storage.ticket_views import MessageView, unticketed_automatic

automatic_app = typer.Typer(help="Automatic mail kept without a ticket.", no_args_is_help=True)


async def _list(settings: Settings) -> list[MessageView]:
    db = Database.open(settings.database.url)
    try:
        async with db.session() as session:
            return await unticketed_automatic(session)
    finally:
        await db.close()


@automatic_app.command("list")
def list_command(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Unticketed automatic mail, oldest first."""
    views = asyncio.run(_list(context.settings(ctx, sections=("database",))))
    if as_json:
        for view in views:
            typer.echo(json.dumps(view.to_json(), ensure_ascii=False))
        return
    table = Table("id", "received", "class", "from", "subject")
    for m in views:
        table.add_row(
            str(m.id), f"{m.received_at:%Y-%m-%d %H:%M}", m.classification, m.from_address or "", m.subject
        )
    Console().print(table if views else "no unticketed automatic mail")


def register(app: typer.Typer) -> None:
    """Adds the `automatic` group to the `intake` app."""
    app.add_typer(automatic_app, name="automatic")
