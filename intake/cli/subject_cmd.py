"""`intake subject find/export/erase/restrict/unrestrict/rectify`: a person's rights against our own store.

The person is named by `--email`, `--phone`, `--robot-id` or `--name` (each may be repeated); the search
follows links between records (see storage/subjects/find.py). Changes are audited under the operating-system
user, with counts and a keyed pseudonym, never the person's data.
"""

from __future__ import annotations

import asyncio
import getpass
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from intake.cli import context, database_access, paging
from intake.config import ConfigError, Settings
from intake.daemon.mailbox import MailboxError
from intake.privacy import listing
from intake.privacy.export import build_export, dump, write_private
from intake.privacy.mailbox_erase import MailboxFinding, erase_mail
from intake.privacy.query import InputError, rectification, subject_query
from intake.privacy.summary import Language, summary
from storage import subjects
from storage.database import Database
from storage.retention import MailboxCopy, remove_files

subject_app = typer.Typer(
    help="A person's data: find, export, erase, restrict, rectify.", no_args_is_help=True
)

EMAIL = typer.Option(None, "--email", help="The person's email address (repeatable).")
PHONE = typer.Option(None, "--phone", help="The person's phone number, e.g. +31612345678 (repeatable).")
ROBOT = typer.Option(None, "--robot-id", help="A robot id of theirs (repeatable).")
NAME = typer.Option(None, "--name", help="Their full name, matched exactly, case-insensitively (repeatable).")
SECTIONS = ("database", "helpdesk", "mailbox", "retention")


def _query(
    emails: list[str] | None, phones: list[str] | None, robots: list[str] | None, names: list[str] | None
) -> subjects.SubjectQuery:
    try:
        return subject_query(emails=emails, phones=phones, robot_ids=robots, names=names)
    except InputError as exc:
        raise context.CliError(str(exc), exit_code=2) from None


def _actor() -> str:
    return getpass.getuser()


def _pseudonym_source(query: subjects.SubjectQuery, findings: subjects.SubjectFindings) -> str:
    """The identifier the pseudonym is made of: the address staff named, else the first one found."""
    ids = findings.identities
    for candidate in (*query.emails, *ids.emails, *ids.phones, *ids.robot_ids, *ids.names):
        return candidate
    return ""


async def _find(
    session: AsyncSession, query: subjects.SubjectQuery
) -> tuple[subjects.SubjectFindings, subjects.SubjectRecords]:
    findings = await subjects.find(session, query)
    return findings, await subjects.load(session, findings)


@subject_app.command("find")
def find_command(
    ctx: typer.Context,
    email: list[str] | None = EMAIL,
    phone: list[str] | None = PHONE,
    robot_id: list[str] | None = ROBOT,
    name: list[str] | None = NAME,
    limit: paging.LimitOption = paging.DEFAULT_LIMIT,
    show_all: paging.AllOption = False,
    as_json: bool = typer.Option(False, "--json", help="One JSON object."),
) -> None:
    """Every customer record, ticket, message, attachment, rights request, outbox and spool row about a person."""
    query = _query(email, phone, robot_id, name)
    url = context.settings(ctx, sections=("database",)).database.url
    findings, records = database_access.read(url, lambda session: _find(session, query))
    cut = paging.row_limit(limit, show_all)
    if as_json:
        typer.echo(json.dumps(listing.as_json(findings, records, cut), ensure_ascii=False))
        return
    if findings.is_empty():
        typer.echo("nothing found for this person")
        return
    for line in listing.as_text(findings, records, cut):
        typer.echo(line)


async def _export(
    settings: Settings, query: subjects.SubjectQuery, now: datetime
) -> tuple[dict[str, object], subjects.SubjectFindings]:
    db = Database.open(settings.database.url)
    try:
        async with db.session() as session:
            findings = await subjects.find(session, query)
            if findings.is_empty():
                return {}, findings
            document, _ = await build_export(
                session,
                findings,
                files_dir=settings.database.resolved_files_dir(),
                now=now,
                controller=f"Tinybots BV <{settings.helpdesk.address}>",
            )
            subjects.audit(
                session,
                actor=_actor(),
                action="subject_exported",
                entity="subject",
                entity_id=None,
                details={"counts": findings.counts()},
                now=now,
            )
            await session.commit()
            return document, findings
    finally:
        await db.close()


@subject_app.command("export")
def export_command(
    ctx: typer.Context,
    out: Annotated[
        Path, typer.Option("--out", help="The JSON file to write (mode 0600).", metavar="FILE.json")
    ],
    email: list[str] | None = EMAIL,
    phone: list[str] | None = PHONE,
    robot_id: list[str] | None = ROBOT,
    name: list[str] | None = NAME,
    summary_file: Annotated[
        Path | None, typer.Option("--summary", help="Also write the cover-letter summary here.")
    ] = None,
    language: str = typer.Option("nl", "--lang", help="Summary language: nl (default) or en."),
) -> None:
    """Access and portability (Art. 15, 20): the person's data as JSON, plus a summary for the cover letter."""
    if language not in ("nl", "en"):
        raise context.CliError("--lang is nl or en", exit_code=2)
    lang: Language = "nl" if language == "nl" else "en"
    query = _query(email, phone, robot_id, name)
    now = datetime.now(UTC)
    document, findings = asyncio.run(
        _export(context.settings(ctx, sections=("database", "helpdesk")), query, now)
    )
    if findings.is_empty():
        raise context.CliError("nothing found for this person; no file written")
    try:
        write_private(out, dump(document))
        text = summary(document, file_name=out.name, language=lang, now=now)
        if summary_file is not None:
            write_private(summary_file, text)
    except OSError as exc:
        raise context.CliError(f"cannot write the export: {exc}") from None
    typer.echo(text, nl=False)
    typer.echo(f"export written to {out} (mode 0600)")


def _mailbox_step(
    settings: Settings,
    identities: subjects.Identities,
    copies: tuple[MailboxCopy, ...],
    *,
    dry_run: bool,
) -> MailboxFinding | None:
    if settings.mailbox is None:
        typer.echo("mailbox: [mailbox] is not configured; no mailbox copies searched")
        return None
    try:
        found = erase_mail(
            settings.mailbox, identities.emails, copies, dry_run=dry_run, phones=identities.phones
        )
    except (MailboxError, ConfigError) as exc:
        raise context.CliError(f"mailbox: {exc}; nothing was erased, run the command again") from None
    verb = "would remove" if dry_run else "removed"
    for line in found.lines() if dry_run else ():
        typer.echo(f"would go: {line}")
    for folder, count in found.counts().items():
        typer.echo(f"mailbox: {verb} {count} mail(s) from {folder}")
    return found


async def _plan(
    settings: Settings, query: subjects.SubjectQuery
) -> tuple[subjects.ErasurePlan, tuple[MailboxCopy, ...]]:
    db = Database.open(settings.database.url)
    try:
        async with db.session() as session:
            findings = await subjects.find(session, query)
            return await subjects.plan_erasure(session, findings), await subjects.mailbox_copies(
                session, findings
            )
    finally:
        await db.close()


async def _erase(
    settings: Settings, query: subjects.SubjectQuery, mailbox: MailboxFinding | None, now: datetime
) -> tuple[subjects.ErasureResult, str, int]:
    db = Database.open(settings.database.url)
    try:
        async with db.session() as session:
            # Found again inside the writing transaction, so a mail routed meanwhile is not missed.
            findings = await subjects.find(session, query)
            plan = await subjects.plan_erasure(session, findings)
            pseudonym = await subjects.pseudonym(session, _pseudonym_source(query, findings), now=now)
            result = await subjects.erase(session, plan, pseudonym=pseudonym)
            subjects.audit(
                session,
                actor=_actor(),
                action="subject_erased",
                entity="subject",
                entity_id=None,
                details={
                    "subject_pseudonym": pseudonym,
                    "deleted": result.deleted,
                    "scrubbed": result.scrubbed,
                    "spool_raw_cleared": result.spool_raw_cleared,
                    "rights_requests_pseudonymised": result.rights_requests_pseudonymised,
                    "files_removed": len(result.attachment_paths),
                    "mailbox_removed": mailbox.counts() if mailbox else None,
                },
                now=now,
            )
            await session.commit()
        # Files only after the commit: a failed commit must not leave rows pointing at removed files.
        removed, _missing = remove_files(settings.database.resolved_files_dir(), result.attachment_paths)
        reclaimed = await subjects.reclaim(db.engine)
        return result, reclaimed, removed
    finally:
        await db.close()


@subject_app.command("erase")
def erase_command(
    ctx: typer.Context,
    email: list[str] | None = EMAIL,
    phone: list[str] | None = PHONE,
    robot_id: list[str] | None = ROBOT,
    name: list[str] | None = NAME,
    dry_run: bool = typer.Option(False, "--dry-run", help="Print exactly what would go; change nothing."),
) -> None:
    """Erasure (Art. 17): the person's rows, files, spool bytes, outbox rows and mailbox copies."""
    query = _query(email, phone, robot_id, name)
    settings = context.settings(ctx, sections=SECTIONS)
    plan, copies = asyncio.run(_plan(settings, query))
    if plan.findings.is_empty():
        typer.echo("nothing found for this person")
        return
    prefix = "would go: " if dry_run else ""
    for line in listing.plan_lines(plan):
        typer.echo(prefix + line)
    # The mailbox first: when the server is down, nothing is erased yet and the command can simply be rerun.
    mailbox = _mailbox_step(settings, plan.findings.identities, copies, dry_run=dry_run)
    if dry_run:
        return
    result, reclaimed, removed = asyncio.run(_erase(settings, query, mailbox, datetime.now(UTC)))
    typer.echo(
        f"erased: {json.dumps(result.deleted, sort_keys=True)}; scrubbed: {json.dumps(result.scrubbed, sort_keys=True)}"
    )
    typer.echo(f"files removed: {removed}; spool raw bytes cleared: {result.spool_raw_cleared}")
    typer.echo(f"rights requests kept as pseudonymised trace: {result.rights_requests_pseudonymised}")
    typer.echo(reclaimed)


async def _restrict(settings: Settings, query: subjects.SubjectQuery, restricted: bool) -> tuple[int, int]:
    db = Database.open(settings.database.url)
    try:
        async with db.session() as session:
            findings = await subjects.find(session, query)
            changed = await subjects.set_restricted(
                session, findings.customer_ids, restricted, actor=_actor(), now=datetime.now(UTC)
            )
            await session.commit()
            return len(findings.customer_ids), changed
    finally:
        await db.close()


def _restriction(ctx: typer.Context, query: subjects.SubjectQuery, restricted: bool) -> None:
    found, changed = asyncio.run(_restrict(context.settings(ctx, sections=("database",)), query, restricted))
    if not found:
        raise context.CliError("no customer record found for this person; nothing changed")
    state = "restricted" if restricted else "no longer restricted"
    typer.echo(f"{found} customer record(s) {state} ({changed} changed, {found - changed} already so)")


@subject_app.command("restrict")
def restrict_command(
    ctx: typer.Context,
    email: list[str] | None = EMAIL,
    phone: list[str] | None = PHONE,
    robot_id: list[str] | None = ROBOT,
    name: list[str] | None = NAME,
) -> None:
    """Restriction (Art. 18): keep the data, but send no mail that carries it; marked in every listing."""
    _restriction(ctx, _query(email, phone, robot_id, name), True)


@subject_app.command("unrestrict")
def unrestrict_command(
    ctx: typer.Context,
    email: list[str] | None = EMAIL,
    phone: list[str] | None = PHONE,
    robot_id: list[str] | None = ROBOT,
    name: list[str] | None = NAME,
) -> None:
    """Lift a restriction (Art. 18(3): tell the person before you do)."""
    _restriction(ctx, _query(email, phone, robot_id, name), False)


async def _rectify(settings: Settings, email: str, change: subjects.Rectification) -> int:
    db = Database.open(settings.database.url)
    try:
        async with db.session() as session:
            customer_id = await subjects.rectify(
                session, email, change, actor=_actor(), now=datetime.now(UTC)
            )
            await session.commit()
            return customer_id
    finally:
        await db.close()


@subject_app.command("rectify")
def rectify_command(
    ctx: typer.Context,
    email: Annotated[str, typer.Option("--email", help="The customer record's current address.")],
    assignments: Annotated[
        list[str], typer.Option("--set", help="FIELD=VALUE; FIELD: name, email, phone, robot_id.")
    ],
) -> None:
    """Rectification (Art. 16): correct a customer record; the new values are marked as coming from staff."""
    try:
        query = subject_query(emails=[email])
        change = rectification(assignments)
    except InputError as exc:
        raise context.CliError(str(exc), exit_code=2) from None
    try:
        customer_id = asyncio.run(
            _rectify(context.settings(ctx, sections=("database",)), query.emails[0], change)
        )
    except subjects.SubjectChangeError as exc:
        raise context.CliError(str(exc)) from None
    typer.echo(f"customer {customer_id}: {', '.join(change.fields())} corrected (source: staff)")


def register(app: typer.Typer) -> None:
    """Adds `intake subject` to the `intake` app."""
    app.add_typer(subject_app, name="subject")
