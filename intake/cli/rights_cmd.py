"""`intake rights list [--due-before DATE] [--json]` and `intake rights show ID [--json]`: the rights queue.

`rights_app` is the `intake rights` group; intake/cli/rights_lifecycle_cmd.py adds the lifecycle commands
(extend, pause, close, ...) to it. `due_date` is the earlier of the promised and the legal due date.
"""

from __future__ import annotations

import asyncio
import json
from datetime import date
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from intake.cli import context
from intake.config import Settings
from storage.database import Database
from storage.errors import NotFound
from storage.rights_queue import RightsRequestView, get_request, list_requests

rights_app = typer.Typer(help="Privacy-rights requests and their deadlines.", no_args_is_help=True)


async def _list(settings: Settings, due_before: date | None, status: str | None) -> list[RightsRequestView]:
    db = Database.open(settings.database.url)
    try:
        async with db.session() as session:
            return await list_requests(session, due_before=due_before, status=status)
    finally:
        await db.close()


async def _show(settings: Settings, request_id: int) -> RightsRequestView:
    db = Database.open(settings.database.url)
    try:
        async with db.session() as session:
            return await get_request(session, request_id)
    finally:
        await db.close()


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise context.CliError(
            f"--due-before must be a date like 2026-12-31, not {value!r}", exit_code=2
        ) from None


@rights_app.command("list")
def list_command(
    ctx: typer.Context,
    due_before: Annotated[
        str | None, typer.Option("--due-before", metavar="DATE", help="Only those due before DATE.")
    ] = None,
    status: Annotated[str | None, typer.Option("--status", help="open, paused or closed.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Rights requests, earliest due date first."""
    views = asyncio.run(_list(context.settings(ctx, sections=("database",)), _parse_date(due_before), status))
    if as_json:
        for view in views:
            typer.echo(json.dumps(view.to_json(), ensure_ascii=False))
        return
    table = Table("id", "ticket", "rights", "received", "due", "legal due", "status", "identity step")
    for v in views:
        table.add_row(
            str(v.id),
            v.ticket_ref or "",
            ", ".join(v.rights),
            v.receipt_date.isoformat(),
            v.due_date.isoformat(),
            v.legal_due_date.isoformat(),
            v.status,
            v.identity_step,
        )
    Console().print(table if views else "no rights requests")


@rights_app.command("show")
def show_command(
    ctx: typer.Context,
    request_id: Annotated[int, typer.Argument(metavar="ID")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """One rights request with its dates."""
    try:
        view = asyncio.run(_show(context.settings(ctx, sections=("database",)), request_id))
    except NotFound as exc:
        raise context.CliError(str(exc)) from None
    if as_json:
        typer.echo(json.dumps(view.to_json(), ensure_ascii=False))
        return
    for key, value in view.to_json().items():
        typer.echo(f"{key:>18}: {', '.join(value) if isinstance(value, list) else value}")


def register(app: typer.Typer) -> None:
    """Adds the `rights` group to the `intake` app."""
    app.add_typer(rights_app, name="rights")
