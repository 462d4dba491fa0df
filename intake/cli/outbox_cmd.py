"""`intake outbox list [--state S] [--limit N | --all] [--json]` and `intake outbox release [ID...]`: outbound mail for staff.

`list` shows every row with its state and, for a row not (yet) sent, why: the relay's answer or the loop rule
that suppressed it. `release` sends held acknowledgements (the global brake) after staff looked at them, or
named suppressed rows when staff decide a rule was wrong for them.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Annotated, Any

import typer
from rich.table import Table
from sqlalchemy.ext.asyncio import AsyncSession

from intake.cli import context, database_access, paging
from intake.config import Settings
from storage import outbox
from storage.database import Database
from storage.models import OutboxMail
from storage.pages import Page

outbox_app = typer.Typer(help="Outbound mail: list it, release held acknowledgements.", no_args_is_help=True)


def _row_json(row: OutboxMail, refs: dict[int, str]) -> dict[str, Any]:
    return {
        "id": row.id,
        "kind": row.kind,
        "state": row.state,
        "recipient": row.recipient,
        "ticket_ref": refs.get(row.ticket_id) if row.ticket_id is not None else None,
        "rights_request_id": row.rights_request_id,
        "subject": row.subject,
        "message_id": row.message_id,
        "attempts": row.attempts,
        "next_attempt_at": row.next_attempt_at.isoformat() if row.state in ("pending", "sending") else None,
        "reason": row.last_error,
        "created_at": row.created_at.isoformat(),
        "sent_at": row.sent_at.isoformat() if row.sent_at else None,
    }


async def _list(session: AsyncSession, state: str | None, limit: int | None) -> Page[dict[str, Any]]:
    rows = await outbox.list_mails(session, state=state, limit=limit)
    refs = await outbox.ticket_refs(session, [r.ticket_id for r in rows if r.ticket_id is not None])
    return Page([_row_json(r, refs) for r in rows], await outbox.count_mails(session, state=state))


async def _release(settings: Settings, ids: list[int]) -> list[int]:
    db = Database.open(settings.database.url)
    try:
        async with db.session() as session:
            released = await outbox.release_held(session, ids, now=datetime.now(UTC))
            await session.commit()
            return released
    finally:
        await db.close()


@outbox_app.command("list")
def list_command(
    ctx: typer.Context,
    state: Annotated[str | None, typer.Option("--state", help=", ".join(outbox.STATES) + ".")] = None,
    limit: paging.LimitOption = paging.DEFAULT_LIMIT,
    show_all: paging.AllOption = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Outbound mail, newest first, with the reason a row is not (yet) sent."""
    if state is not None and state not in outbox.STATES:
        raise context.CliError(
            f"--state must be one of {', '.join(outbox.STATES)}, not {state!r}", exit_code=2
        )
    url = context.settings(ctx, sections=("database",)).database.url
    cut = paging.row_limit(limit, show_all)
    page = database_access.read(url, lambda session: _list(session, state, cut))
    rows = page.items
    if as_json:
        paging.echo_json_lines(rows, page, "outbound mails")
        return
    table = Table("id", "kind", "state", "ticket", "recipient", "attempts", "reason")
    for r in rows:
        table.add_row(
            str(r["id"]), r["kind"], r["state"], r["ticket_ref"] or "", r["recipient"], str(r["attempts"]),
            r["reason"] or "",
        )  # fmt: skip
    database_access.console().print(table if rows else "no outbound mail")
    paging.echo_cut_line(page, "outbound mails")


@outbox_app.command("release")
def release_command(
    ctx: typer.Context,
    ids: Annotated[
        list[int] | None, typer.Argument(metavar="[ID]...", help="Rows to send; none: every held row.")
    ] = None,
) -> None:
    """Sends held acknowledgements (or the named held/suppressed rows) at the sender's next round."""
    released = asyncio.run(_release(context.settings(ctx, sections=("database",)), list(ids or [])))
    if ids and len(released) != len(set(ids)):
        missing = sorted(set(ids) - set(released))
        raise context.CliError(f"not held or suppressed (or unknown): {', '.join(map(str, missing))}")
    typer.echo(
        f"released {len(released)} mail(s)" + (f": {', '.join(map(str, released))}" if released else "")
    )


def register(app: typer.Typer) -> None:
    """Adds `intake outbox ...` to the `intake` app."""
    app.add_typer(outbox_app, name="outbox")
