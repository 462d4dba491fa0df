"""`intake rights verify/pause/resume/extend/close ID`: a rights request's lifecycle (design §3.6).

These commands join the `intake rights` group of rights_cmd.py. Each change is audited with the operating-system
user (`getpass.getuser()`), the time, and the due dates before and after (storage/rights_lifecycle.py).
"""

from __future__ import annotations

import asyncio
import getpass
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from intake.cli import context
from intake.cli.rights_cmd import rights_app
from storage import rights_lifecycle
from storage.database import Database
from storage.errors import StorageError
from storage.retention import remove_files

Step = Callable[[AsyncSession, str, datetime], Awaitable[rights_lifecycle.LifecycleChange]]
REQUEST_ID = typer.Argument(..., help="The rights request's id (see `intake rights list`).")
REASON_HELP = "Why; kept in the audit log. Write it without personal data."


class Outcome(StrEnum):
    done = "done"
    refused = "refused"


async def _apply(ctx: typer.Context, step: Step) -> tuple[rights_lifecycle.LifecycleChange, int]:
    settings = context.settings(ctx, sections=("database",))
    db = Database.open(settings.database.url)
    try:
        async with db.session() as session:
            change = await step(session, getpass.getuser(), datetime.now(UTC))
            await session.commit()
    finally:
        await db.close()
    removed, _ = remove_files(settings.database.resolved_files_dir(), change.purged_paths)
    return change, removed


def _run(ctx: typer.Context, step: Step) -> None:
    try:
        change, removed = asyncio.run(_apply(ctx, step))
    except StorageError as exc:
        raise context.CliError(str(exc)) from None
    before, after = change.before, change.after
    line = f"rights request {change.request_id}: {change.action}, status {change.status}, due {after.binding}"
    if before != after:
        line += f" (was {before.binding})"
    typer.echo(line)
    if change.purged_paths:
        typer.echo(f"identity documents purged: {len(change.purged_paths)} ({removed} files removed)")


def verify(ctx: typer.Context, request_id: int = REQUEST_ID) -> None:
    """The person's identity is verified: record it, and purge the request's identity documents now."""
    _run(ctx, lambda s, actor, now: rights_lifecycle.verify(s, request_id, actor=actor, now=now))


def pause(
    ctx: typer.Context,
    reason: Annotated[str, typer.Option("--reason", help=REASON_HELP)],
    request_id: int = REQUEST_ID,
) -> None:
    """Stop the clock for a documented doubt about the identity (Art. 12(6))."""
    _run(ctx, lambda s, actor, now: rights_lifecycle.pause(s, request_id, reason, actor=actor, now=now))


def resume(ctx: typer.Context, request_id: int = REQUEST_ID) -> None:
    """Restart the clock; the due dates move by the paused days."""
    _run(ctx, lambda s, actor, now: rights_lifecycle.resume(s, request_id, actor=actor, now=now))


def extend(
    ctx: typer.Context,
    months: Annotated[int, typer.Option("--months", min=1, max=2, help="1 or 2 further months.")],
    reason: Annotated[str, typer.Option("--reason", help=REASON_HELP)],
    request_id: int = REQUEST_ID,
) -> None:
    """Extend (Art. 12(3)): only before the due date, at most three months in all; tell the person why."""
    _run(
        ctx,
        lambda s, actor, now: rights_lifecycle.extend(s, request_id, months, reason, actor=actor, now=now),
    )


def close(
    ctx: typer.Context,
    outcome: Annotated[Outcome, typer.Option("--outcome", help="done or refused.")],
    reason: Annotated[str, typer.Option("--reason", help=REASON_HELP)],
    request_id: int = REQUEST_ID,
) -> None:
    """Close with an outcome; a refusal's reason goes to the person with the AP complaint route (Art. 12(4))."""
    result: rights_lifecycle.Outcome = "done" if outcome is Outcome.done else "refused"
    _run(
        ctx, lambda s, actor, now: rights_lifecycle.close(s, request_id, result, reason, actor=actor, now=now)
    )


def register(app: typer.Typer) -> None:
    """Adds verify/pause/resume/extend/close to `intake rights` (rights_cmd registers the group on `app`)."""
    for command in (verify, pause, resume, extend, close):
        rights_app.command(command.__name__)(command)
