"""`intake tickets list [--status S] [--limit N | --all] [--json]` and `intake tickets show REF [--json]`.

Tables for people (rich), JSON for scripts: `list --json` prints one ticket object per line (and a truncation
object when cut, intake/cli/paging.py), `show --json` one object with the ticket's messages, participants,
rights requests and outbound mail.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy.ext.asyncio import AsyncSession

from intake.cli import context, database_access, paging
from intake.privacy.listing import RESTRICTED
from storage.pages import Page
from storage.ticket_views import TicketView, count_tickets, list_tickets, show_ticket

tickets_app = typer.Typer(
    help="Tickets: list them, show one, answer, note, close, reopen, assign.", no_args_is_help=True
)
STATUSES = ("open", "pending", "closed")


@tickets_app.command("list")
def list_command(
    ctx: typer.Context,
    status: Annotated[str | None, typer.Option("--status", help="open, pending or closed.")] = None,
    limit: paging.LimitOption = paging.DEFAULT_LIMIT,
    show_all: paging.AllOption = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Tickets, most recent activity first."""
    if status is not None and status not in STATUSES:
        raise context.CliError(f"--status must be one of {', '.join(STATUSES)}, not {status!r}", exit_code=2)
    url = context.settings(ctx, sections=("database",)).database.url
    rows = paging.row_limit(limit, show_all)

    async def query(session: AsyncSession) -> Page[TicketView]:
        views = await list_tickets(session, status=status, limit=rows)
        return Page(views, await count_tickets(session, status=status))

    page = database_access.read(url, query)
    views = page.items
    if as_json:
        paging.echo_json_lines((v.to_json() for v in views), page, "tickets")
        return
    table = Table("ref", "status", "last activity", "customer", "messages", "subject")
    for v in views:
        who = (v.customer.name or v.customer.email or "") + restricted_mark(v.customer.restricted)
        table.add_row(
            v.ref, v.status, f"{v.last_activity_at:%Y-%m-%d %H:%M}", who, str(len(v.message_ids)), v.subject
        )
    database_access.console().print(table if views else "no tickets")
    paging.echo_cut_line(page, "tickets")


@tickets_app.command("show")
def show_command(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(metavar="REF", help="e.g. TB-000123")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """One ticket with its messages, participants and outbound mail."""
    url = context.settings(ctx, sections=("database",)).database.url
    view = database_access.read(url, lambda session: show_ticket(session, ref))
    if as_json:
        typer.echo(json.dumps(view.to_json(detail=True), ensure_ascii=False))
        return
    console = database_access.console()
    c = view.customer
    console.print(f"{view.ref} {view.status}  {view.subject}")
    console.print(
        f"customer: {c.name or '-'} <{c.email or '-'}> phone {c.phone or '-'} robot {c.robot_id or '-'}"
        + restricted_mark(c.restricted)
    )
    if c.restricted:
        console.print("processing of this customer's data is restricted (GDPR Art. 18): send them nothing")
    console.print(
        f"created {view.created_at:%Y-%m-%d %H:%M}, last activity {view.last_activity_at:%Y-%m-%d %H:%M}"
    )
    if view.previous_ticket_ref:
        console.print(f"follows up on {view.previous_ticket_ref}")
    if view.delivery_failed:
        console.print("an acknowledgement to this ticket bounced")
    table = Table("received", "dir", "class", "from", "reason", "text")
    for m in view.messages:
        table.add_row(
            f"{m.received_at:%Y-%m-%d %H:%M}",
            m.direction,
            m.classification,
            m.from_address or "",
            m.route_reason,
            " ".join(m.text.split())[:80],
        )
    console.print(table)


def restricted_mark(restricted: bool) -> str:
    """What every staff listing appends to a restricted customer (Art. 18), as `intake subject find` does."""
    return f" [{RESTRICTED}]" if restricted else ""


def register(app: typer.Typer) -> None:
    """Adds the `tickets` group to the `intake` app."""
    app.add_typer(tickets_app, name="tickets")
