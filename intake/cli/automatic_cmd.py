"""`intake automatic list [--limit N | --all] [--json]`: automatic mail (auto-replies, bounces, bulk) that refers to no ticket."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy.ext.asyncio import AsyncSession

from intake.cli import context, database_access, paging
from storage.pages import Page
from storage.ticket_views import MessageView, count_unticketed_automatic, unticketed_automatic

automatic_app = typer.Typer(help="Automatic mail kept without a ticket.", no_args_is_help=True)


@automatic_app.command("list")
def list_command(
    ctx: typer.Context,
    limit: paging.LimitOption = paging.DEFAULT_LIMIT,
    show_all: paging.AllOption = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Unticketed automatic mail, oldest first."""
    url = context.settings(ctx, sections=("database",)).database.url
    rows = paging.row_limit(limit, show_all)

    async def query(session: AsyncSession) -> Page[MessageView]:
        views = await unticketed_automatic(session, limit=rows)
        return Page(views, await count_unticketed_automatic(session))

    page = database_access.read(url, query)
    views = page.items
    if as_json:
        paging.echo_json_lines((v.to_json() for v in views), page, "messages")
        return
    table = Table("id", "received", "class", "from", "subject")
    for m in views:
        table.add_row(
            str(m.id), f"{m.received_at:%Y-%m-%d %H:%M}", m.classification, m.from_address or "", m.subject
        )
    database_access.console().print(table if views else "no unticketed automatic mail")
    paging.echo_cut_line(page, "messages")


def register(app: typer.Typer) -> None:
    """Adds the `automatic` group to the `intake` app."""
    app.add_typer(automatic_app, name="automatic")
