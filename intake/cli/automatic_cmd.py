"""`intake automatic list [--json]`: automatic mail (auto-replies, bounces, bulk) that refers to no ticket."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from intake.cli import context, database_access
from storage.ticket_views import unticketed_automatic

automatic_app = typer.Typer(help="Automatic mail kept without a ticket.", no_args_is_help=True)


@automatic_app.command("list")
def list_command(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Unticketed automatic mail, oldest first."""
    url = context.settings(ctx, sections=("database",)).database.url
    views = database_access.read(url, unticketed_automatic)
    if as_json:
        for view in views:
            typer.echo(json.dumps(view.to_json(), ensure_ascii=False))
        return
    table = Table("id", "received", "class", "from", "subject")
    for m in views:
        table.add_row(
            str(m.id), f"{m.received_at:%Y-%m-%d %H:%M}", m.classification, m.from_address or "", m.subject
        )
    database_access.console().print(table if views else "no unticketed automatic mail")


def register(app: typer.Typer) -> None:
    """Adds the `automatic` group to the `intake` app."""
    app.add_typer(automatic_app, name="automatic")
