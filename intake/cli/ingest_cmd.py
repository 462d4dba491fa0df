"""`intake ingest PATH...`: run mail files through the whole pipeline (spool, parse, route, outbox) without IMAP.

For replays, migrations and tests. The receipt time of a file is its newest Received header (the receiving
server's clock), else its Date header, else now. The same bytes twice are one message: a file ingested again, under
any name, is reported as a duplicate. Needs [database] (and reads [helpdesk], [rights], [outbound] when present);
pending migrations are applied first. Exit code 1 when a file could not be read or was quarantined.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy.exc import SQLAlchemyError

from intake.cli import context
from intake.config import Settings
from intake.daemon.ingest import ingest_bytes
from intake.daemon.pipeline import ProcessResult
from intake.service.logging_setup import setup_logging
from parsers import parse_message
from storage.database import Database
from storage.reasons import safe_reason
from storage.spool import FILE_MAILBOX, file_uid

SECTIONS = ("database", "helpdesk", "rights", "outbound", "retention", "logging")


def receipt_time(raw: bytes, settings: Settings, now: datetime) -> datetime:
    """Newest Received header, else Date, else `now` (a mail the parser cannot read is quarantined later)."""
    try:
        headers = parse_message(raw, config=settings.helpdesk.parser_config(), now=now).headers
    except Exception:  # the pipeline parses again and quarantines the mail with the real reason
        return now
    return headers.received_at or headers.date or now


def describe(result: ProcessResult) -> str:
    """One line for people: what happened to the file."""
    outcome = result.outcome
    if result.state == "done" and outcome is not None:
        extra = f" (rights request {outcome.rights_request_id})" if outcome.rights_request_id else ""
        if outcome.ticket_ref is None:
            return f"no ticket: {outcome.reason}{extra}"
        return f"{outcome.ticket_ref} {outcome.reason}{extra}"
    if result.state == "duplicate":
        return f"duplicate of {outcome.ticket_ref or 'an unticketed message'}" if outcome else "duplicate"
    return f"{result.state}: {result.error}"


def as_json(path: str, result: ProcessResult) -> dict[str, Any]:
    outcome = result.outcome
    return {
        "file": path,
        "state": result.state,
        "spool_id": result.spool_id,
        "ticket_ref": outcome.ticket_ref if outcome else None,
        "reason": outcome.reason if outcome else None,
        "ticket_created": outcome.ticket_created if outcome else False,
        "rights_request_id": outcome.rights_request_id if outcome else None,
        "error": result.error,
    }


async def _ingest(settings: Settings, paths: list[Path], json_lines: bool) -> int:
    failures = 0
    db = Database.open(settings.database.url)
    try:
        await db.upgrade()
        for path in paths:
            try:
                raw = path.read_bytes()
            except OSError as exc:
                typer.echo(f"intake: {path}: cannot read ({exc.strerror}); skipped", err=True)
                failures += 1
                continue
            now = datetime.now(UTC)
            result = await ingest_bytes(
                db,
                raw,
                mailbox=FILE_MAILBOX,
                uidvalidity=0,
                uid=file_uid(raw),
                received_at=receipt_time(raw, settings, now),
                settings=settings,
                now=now,
            )
            failures += result.state in ("quarantined", "retry")
            typer.echo(
                json.dumps(as_json(str(path), result)) if json_lines else f"{path}: {describe(result)}"
            )
    finally:
        await db.close()
    return failures


def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Mail files (.eml) to take in.")],
    json_lines: Annotated[bool, typer.Option("--json", help="One JSON object per file.")] = False,
) -> None:
    """Take mail files in through the whole pipeline (spool, parse, route, outbox); prints what happened."""
    settings = context.settings(ctx, sections=SECTIONS)
    # the per-file lines on stdout say what happened; logs go to stderr, INFO lines only when asked for (DEBUG)
    level = settings.logging.level if settings.logging.level != "INFO" else "WARNING"
    setup_logging(settings.logging.model_copy(update={"level": level}))
    try:
        failures = asyncio.run(_ingest(settings, paths, json_lines))
    except (SQLAlchemyError, OSError) as exc:
        raise context.CliError(f"database: {safe_reason(exc)}; fix: check [database] url") from None
    if failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Adds `intake ingest` to the `intake` app."""
    app.command("ingest")(ingest)
