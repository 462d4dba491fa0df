"""`intake purge [--dry-run]`: retention, run daily by the systemd timer (storage/retention.py has the rules).

Prints what it removed (counts and ticket refs, no personal data) and writes the counts to the audit log.
Mailbox copies of purged tickets go first, so a mail server that is down leaves the database untouched and
the next run simply tries again.
"""

from __future__ import annotations

import asyncio
import getpass
import json
from datetime import UTC, datetime

import typer
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from intake.cli import context
from intake.config import ConfigError, Settings
from intake.daemon.mailbox import MailboxError
from intake.privacy.mailbox_erase import erase_mail
from storage import retention
from storage.database import Database
from storage.subjects import pseudonym, reclaim

SECTIONS = ("database", "mailbox", "retention")


def _policy(settings: Settings) -> retention.RetentionPolicy:
    r = settings.retention
    return retention.RetentionPolicy(r.ticket_years, r.spool_days, r.identity_document_days)


async def _plan(settings: Settings, now: datetime) -> retention.PurgePlan:
    db = Database.open(settings.database.url)
    try:
        async with db.session() as session:
            return await retention.plan(session, _policy(settings), now=now)
    finally:
        await db.close()


async def _purge(settings: Settings, planned: retention.PurgePlan, now: datetime) -> tuple[int, str]:
    db = Database.open(settings.database.url)
    try:
        async with db.session() as session:

            async def trace(address: str) -> str:
                return await pseudonym(session, address, now=now)

            result = await retention.purge(
                session, planned, now=now, actor=getpass.getuser(), pseudonym_for=trace
            )
            await session.commit()
        removed, _ = retention.remove_files(settings.database.resolved_files_dir(), result.attachment_paths)
        return removed, await reclaim(db.engine)
    finally:
        await db.close()


def _mailbox(settings: Settings, planned: retention.PurgePlan, *, dry_run: bool) -> None:
    if not planned.mailbox_copies:
        return
    if settings.mailbox is None:
        typer.echo("mailbox: [mailbox] is not configured; mailbox copies not searched")
        return
    try:
        found = erase_mail(settings.mailbox, (), planned.mailbox_copies, dry_run=dry_run)
    except (MailboxError, ConfigError) as exc:
        raise context.CliError(f"mailbox: {exc}; nothing was purged, run the command again") from None
    verb = "would remove" if dry_run else "removed"
    for folder, count in found.counts().items():
        typer.echo(f"mailbox: {verb} {count} mail(s) from {folder}")


def purge(
    ctx: typer.Context,
    dry_run: bool = typer.Option(False, "--dry-run", help="Print what would go; change nothing."),
) -> None:
    """Remove what is past its retention period: old tickets, raw spool bytes, identity documents."""
    settings = context.settings(ctx, sections=SECTIONS)
    now = datetime.now(UTC)
    try:
        planned = asyncio.run(_plan(settings, now))
    except (SQLAlchemyError, OSError) as exc:
        reason = str(exc.orig) if isinstance(exc, DBAPIError) else str(exc) or type(exc).__name__
        raise context.CliError(
            f"cannot read the database ({reason}); fix: check [database] url and run `intake db upgrade`"
        ) from None
    prefix = "would purge" if dry_run else "purging"
    typer.echo(f"{prefix}: {json.dumps(planned.counts(), sort_keys=True)}")
    if planned.ticket_refs:
        typer.echo(f"tickets: {', '.join(planned.ticket_refs)}")
    _mailbox(settings, planned, dry_run=dry_run)
    if dry_run:
        return
    removed, reclaimed = asyncio.run(_purge(settings, planned, now))
    typer.echo(f"purged: {json.dumps(planned.counts(), sort_keys=True)}; files removed: {removed}")
    typer.echo(reclaimed)


def register(app: typer.Typer) -> None:
    """Adds `intake purge` to the `intake` app."""
    app.command("purge")(purge)
