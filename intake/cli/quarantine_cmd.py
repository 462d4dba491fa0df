"""`intake quarantine list [--limit N | --all] [--json]` and `intake quarantine retry ID`: mail the daemon gave up on, and another try.

Retry gives the spool entry a fresh round of attempts and moves the server copy from the Quarantine folder back
to the INBOX; the daemon then takes it in again (the spool recognises the bytes). Without a server copy
(ingested from a file, or deleted), the entry is processed from the spool.
"""

from __future__ import annotations

import asyncio
from email.parser import BytesHeaderParser

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from intake.cli import context, database_access, paging
from intake.config import ConfigError, Settings
from intake.daemon.mailbox import Mailbox, MailboxError
from storage import quarantine
from storage.database import Database
from storage.errors import StorageError
from storage.models import SpoolEntry
from storage.pages import Page

quarantine_app = typer.Typer(
    help="Mail the daemon could not process: list it, retry it.", no_args_is_help=True
)


def _as_json(entry: quarantine.QuarantinedEntry) -> dict[str, object]:
    return {
        "id": entry.spool_id,
        "sha256": entry.sha256,
        "size": entry.size,
        "received_at": entry.received_at.isoformat(),
        "attempts": entry.attempts,
        "reason": entry.last_error,
        "locations": list(entry.locations),
    }


@quarantine_app.command("list")
def list_command(
    ctx: typer.Context,
    limit: paging.LimitOption = paging.DEFAULT_LIMIT,
    show_all: paging.AllOption = False,
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """Quarantined mail, oldest first, with the reason."""
    rows = paging.row_limit(limit, show_all)

    async def query(session: AsyncSession) -> Page[quarantine.QuarantinedEntry]:
        entries = await quarantine.quarantined(session, limit=rows)
        return Page(entries, await quarantine.count_quarantined(session))

    page = database_access.read(context.settings(ctx, sections=("database",)).database.url, query)
    entries = page.items
    if as_json:
        paging.echo_json_lines((_as_json(e) for e in entries), page, "quarantined mails")
        return
    if not entries:
        typer.echo("quarantine is empty")
        return
    for entry in entries:
        reason = (entry.last_error or "").splitlines()[0][:100] if entry.last_error else ""
        typer.echo(
            f"{entry.spool_id:>6}  {entry.received_at:%Y-%m-%d %H:%M}  {entry.size:>9} B  "
            f"attempts={entry.attempts}  {reason}"
        )
    paging.echo_cut_line(page, "quarantined mails")


def _message_id(raw: bytes | None) -> str | None:
    if raw is None:
        return None
    value = BytesHeaderParser().parsebytes(raw).get("Message-ID")
    return str(value).strip() if value else None


def _move_back(settings: Settings, sha256: str, message_id: str | None) -> int:
    """Moves the server copies with these bytes from Quarantine to the INBOX; returns how many."""
    mailbox_settings = settings.require_mailbox()
    mailbox = Mailbox.connect(mailbox_settings)
    try:
        uids = mailbox.find_by_sha256(mailbox_settings.quarantine_folder, sha256, message_id=message_id)
        if uids:
            mailbox.move(uids, mailbox_settings.folder)  # find_by_sha256 left Quarantine selected
        return len(uids)
    finally:
        mailbox.close()


async def _retry(settings: Settings, spool_id: int) -> str:
    db = Database.open(settings.database.url)
    try:
        async with db.session() as session:
            entry = await session.get(SpoolEntry, spool_id)
            if entry is None or entry.state != "quarantined":
                # raises the precise NotFound / Conflict
                await quarantine.requeue(session, spool_id, actor="cli")
            assert entry is not None
            sha256, message_id = entry.sha256, _message_id(entry.raw)
            moved = 0
            if settings.mailbox is not None:
                moved = await asyncio.to_thread(_move_back, settings, sha256, message_id)
            await quarantine.requeue(session, spool_id, actor="cli")
            await session.commit()
    finally:
        await db.close()
    if moved:
        return f"spool entry {spool_id} requeued; {moved} copy moved from Quarantine back to the INBOX"
    return f"spool entry {spool_id} requeued; the daemon processes it from the spool"


@quarantine_app.command("retry")
def retry_command(ctx: typer.Context, spool_id: int = typer.Argument(..., metavar="ID")) -> None:
    """Give a quarantined message another round of attempts (the running daemon picks it up)."""
    settings = context.settings(ctx)
    try:
        typer.echo(asyncio.run(_retry(settings, spool_id)))
    except (StorageError, ConfigError) as exc:
        raise context.CliError(str(exc)) from None
    except MailboxError as exc:
        raise context.CliError(
            f"{exc}; nothing was changed" + (f"; fix: {exc.hint}" if exc.hint else "")
        ) from None


def register(app: typer.Typer) -> None:
    """Adds the `quarantine` group to the `intake` app."""
    app.add_typer(quarantine_app, name="quarantine")
