"""`intake rights list [--due-before DATE] [--limit N | --all] [--json]` and `intake rights show ID [--json]`: the rights queue.

`rights_app` is the `intake rights` group; intake/cli/rights_lifecycle_cmd.py adds the lifecycle commands
(extend, pause, close, ...) to it. `due_date` is the earlier of the promised and the legal due date.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer
from rich.table import Table

from intake.cli import context, database_access, paging
from intake.cli.tickets_cmd import restricted_mark
from intake.privacy.listing import RESTRICTED
from storage.pages import Page
from storage.rights_queue import get_request, list_requests

rights_app = typer.Typer(help="Privacy-rights requests and their deadlines.", no_args_is_help=True)


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
    status: Annotated[
        str | None, typer.Option("--status", help="to_confirm, open, paused or closed.")
    ] = None,
    limit: paging.LimitOption = paging.DEFAULT_LIMIT,
    show_all: paging.AllOption = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Rights requests: those to confirm first (possible requests, decide today), then earliest due first."""
    url = context.settings(ctx, sections=("database",)).database.url
    before = _parse_date(due_before)
    # the due date is computed from the receipt date and pauses, so the requests are filtered and cut here
    every = database_access.read(
        url, lambda session: list_requests(session, due_before=before, status=status)
    )
    page = Page(every[: paging.row_limit(limit, show_all)], len(every))
    views = page.items
    if as_json:
        paging.echo_json_lines((v.to_json() for v in views), page, "rights requests")
        return
    table = Table("id", "ticket", "rights", "received", "due", "legal due", "status", "identity step")
    for v in views:
        table.add_row(
            str(v.id),
            (v.ticket_ref or "") + restricted_mark(v.customer_restricted),
            ", ".join(v.rights) or "possible: " + ", ".join(v.rights_possible),
            v.receipt_date.isoformat(),
            v.due_date.isoformat(),
            v.legal_due_date.isoformat(),
            v.status,
            v.identity_step,
        )
    database_access.console().print(table if views else "no rights requests")
    paging.echo_cut_line(page, "rights requests")


@rights_app.command("show")
def show_command(
    ctx: typer.Context,
    request_id: Annotated[int, typer.Argument(metavar="ID")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """One rights request with its dates."""
    url = context.settings(ctx, sections=("database",)).database.url
    view = database_access.read(url, lambda session: get_request(session, request_id))
    if as_json:
        typer.echo(json.dumps(view.to_json(), ensure_ascii=False))
        return
    if view.customer_restricted:
        typer.echo(f"{RESTRICTED}: processing of the requester's data is restricted (GDPR Art. 18)")
    for key, value in view.to_json().items():
        shown = ", ".join(value) if isinstance(value, list) else value
        typer.echo(f"{key:>18}: {'-' if shown in (None, '') else shown}")


def register(app: typer.Typer) -> None:
    """Adds the `rights` group to the `intake` app."""
    app.add_typer(rights_app, name="rights")
