"""`intake rights verify/pause/resume/extend/close/confirm/dismiss ID`: a rights request's lifecycle (design §3.6).

`confirm` and `dismiss` settle a possible request (status to_confirm, docs/privacy-officer.md): confirmed, it
opens and the writer gets the rights acknowledgement (intake/outbound/confirmed.py); dismissed, it closes.

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
from intake.outbound.confirmed import queue_rights_acknowledgement_sync
from parsers.model import Right
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


def _chosen_rights(value: str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    names = tuple(dict.fromkeys(name.strip() for name in value.split(",") if name.strip()))
    known = [right.value for right in Right]
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        raise context.CliError(
            f"--rights takes a comma-separated list of {', '.join(known)}; not {', '.join(unknown) or value!r}",
            exit_code=2,
        )
    return names


async def _confirm(ctx: typer.Context, request_id: int, rights: tuple[str, ...]) -> tuple[str, list[str]]:
    settings = context.settings(ctx)
    db = Database.open(settings.database.url)
    try:
        async with db.session() as session:
            now = datetime.now(UTC)
            change = await rights_lifecycle.confirm(
                session, request_id, rights, actor=getpass.getuser(), now=now
            )
            mails = await session.run_sync(
                lambda sync: queue_rights_acknowledgement_sync(sync, request_id, settings=settings, now=now)
            )
            await session.commit()
    finally:
        await db.close()
    acks = [m.suppressed_reason or "queued" for m in mails if m.kind == "ack_rights"]
    return (
        f"rights request {change.request_id}: confirmed, status {change.status}, due {change.after.binding}",
        acks,
    )


def confirm(
    ctx: typer.Context,
    request_id: int = REQUEST_ID,
    rights: Annotated[
        str | None,
        typer.Option(
            "--rights", help="Comma-separated rights, e.g. access,erasure; default: the possible ones."
        ),
    ] = None,
) -> None:
    """A possible request (to_confirm) is a request: open it and send the writer the rights acknowledgement."""
    chosen = _chosen_rights(rights)
    try:
        line, acks = asyncio.run(_confirm(ctx, request_id, chosen))
    except StorageError as exc:
        raise context.CliError(str(exc)) from None
    typer.echo(line)
    for state in acks:
        typer.echo(f"rights acknowledgement: {state}")


def dismiss(
    ctx: typer.Context,
    reason: Annotated[str, typer.Option("--reason", help=REASON_HELP)],
    request_id: int = REQUEST_ID,
) -> None:
    """A possible request (to_confirm) is no request: close it as dismissed (the writer keeps the ticket ack)."""
    _run(ctx, lambda s, actor, now: rights_lifecycle.dismiss(s, request_id, reason, actor=actor, now=now))


def register(app: typer.Typer) -> None:
    """Adds the lifecycle commands to `intake rights` (rights_cmd registers the group on `app`)."""
    for command in (verify, pause, resume, extend, close, confirm, dismiss):
        rights_app.command(command.__name__)(command)
