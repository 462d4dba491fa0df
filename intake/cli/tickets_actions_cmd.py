"""`intake tickets reply|note|close|reopen|assign REF`: staff work on the command line, as by mail (docs/staff.md).

These commands join the `intake tickets` group of tickets_cmd.py. `reply` sends the text (from --text, or stdin)
to the people on the ticket from the help desk's address, exactly as an agent's answer by mail is relayed, and
pends the ticket; `note` keeps an internal note. Every change is audited; `reply` and `note` name the agent
given with --as, the others the operating-system user.
"""

from __future__ import annotations

import asyncio
import getpass
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Any

import typer
from sqlalchemy.orm import Session

from intake.cli import context
from intake.cli.tickets_cmd import tickets_app
from intake.config import Settings
from intake.outbound.message import new_message_id
from intake.staff_config import StaffMember
from intake.staffdesk.identity import StaffDirectory
from intake.staffdesk.work import relay
from storage import ticket_lifecycle
from storage.database import Database
from storage.errors import StorageError
from storage.models import Ticket

REF = typer.Argument(..., metavar="REF", help="e.g. TB-000123")
AS_JSON = typer.Option(
    "--json", help="One JSON object: the ticket's ref, status, assignee and what was queued."
)
SECTIONS = ("database", "helpdesk", "staff", "outbound")
Work = Callable[[Session, Settings, datetime], dict[str, Any]]


def _apply(ctx: typer.Context, ref: str, work: Work, *, as_json: bool) -> None:
    settings = context.settings(ctx, sections=SECTIONS)

    def unit(session: Session) -> dict[str, Any]:
        now = datetime.now(UTC)
        ticket = ticket_lifecycle.find(session, ref)
        result = work(session, settings, now)
        session.commit()
        return {"ref": ticket.ref, "status": ticket.status, "assignee": ticket.assignee, **result}

    async def run() -> dict[str, Any]:
        db = Database.open(settings.database.url)
        try:
            return await db.run_sync(unit)
        finally:
            await db.close()

    try:
        outcome = asyncio.run(run())
    except StorageError as exc:
        raise context.CliError(str(exc)) from None
    if as_json:
        typer.echo(json.dumps(outcome, ensure_ascii=False))
        return
    extra = f", {len(outcome['queued'])} mail(s) queued" if outcome.get("queued") else ""
    typer.echo(f"{outcome['ref']}: {outcome['status']}, assigned to {outcome['assignee'] or 'nobody'}{extra}")


def _agent(settings: Settings, name: str) -> StaffMember:
    member = StaffDirectory.of(settings).by_name(name)
    if member is None:
        raise context.CliError(
            f"--as {name!r} is no staff member; fix: a name or address from [staff] addresses"
        )
    return member


def _text(text: str | None) -> str:
    body = text if text is not None else sys.stdin.read()
    if not body.strip():
        raise context.CliError("no text; fix: give --text, or pipe the text in")
    return body.strip()


def reply(
    ctx: typer.Context,
    ref: str = REF,
    agent: Annotated[
        str, typer.Option("--as", help="The agent who answers (name or address in [staff]).")
    ] = "",
    text: Annotated[str | None, typer.Option("--text", help="The answer; default: read from stdin.")] = None,
    close_after: Annotated[bool, typer.Option("--close", help="Close the ticket after answering.")] = False,
    as_json: Annotated[bool, AS_JSON] = False,
) -> None:
    """Answer the customer (and participants who wrote in) from the help desk's address; the ticket pends."""
    settings = context.settings(ctx, sections=SECTIONS)
    member, body = _agent(settings, agent), _text(text)

    def work(session: Session, settings: Settings, now: datetime) -> dict[str, Any]:
        ticket = ticket_lifecycle.find(session, ref)
        row = _staff_message(session, ticket, member, body, "staff_answer", settings=settings, now=now)
        queued = relay(session, ticket, member, body, settings=settings, now=now, message_row_id=row)
        if not queued:
            raise StorageError(
                f"{ticket.ref} has nobody to answer by mail (no address, it bounced, or restricted)"
            )
        if close_after:
            ticket_lifecycle.set_status(
                session, ticket, "closed", actor=member.address, now=now, reason="cli"
            )
        return {"queued": queued}

    _apply(ctx, ref, work, as_json=as_json)


def note(
    ctx: typer.Context,
    ref: str = REF,
    agent: Annotated[
        str, typer.Option("--as", help="Who writes the note (name or address in [staff]).")
    ] = "",
    text: Annotated[str | None, typer.Option("--text", help="The note; default: read from stdin.")] = None,
    as_json: Annotated[bool, AS_JSON] = False,
) -> None:
    """Keep an internal note on the ticket; it is never sent."""
    settings = context.settings(ctx, sections=SECTIONS)
    member, body = _agent(settings, agent), _text(text)

    def work(session: Session, settings: Settings, now: datetime) -> dict[str, Any]:
        ticket = ticket_lifecycle.find(session, ref)
        row = _staff_message(session, ticket, member, body, "staff_note", settings=settings, now=now)
        ticket_lifecycle.audit(session, ticket, "ticket_note", actor=member.address, now=now, message=row)
        return {"note": row}

    _apply(ctx, ref, work, as_json=as_json)


def _staff_message(
    session: Session,
    ticket: Ticket,
    member: StaffMember,
    body: str,
    reason: str,
    *,
    settings: Settings,
    now: datetime,
) -> int:
    """The agent's answer or note stored on the ticket, with a Message-ID of the help desk's domain."""
    domain = settings.helpdesk.address.rpartition("@")[2]
    kind = "cli" if reason == "staff_answer" else "note"
    return ticket_lifecycle.add_staff_message(
        session,
        ticket,
        message_id=new_message_id(ticket.ref, kind, domain),
        address=member.address,
        name=member.display_name,
        text=body,
        reason=reason,
        now=now,
    )


def _status_command(status: str) -> Callable[..., None]:
    def command(ctx: typer.Context, ref: str = REF, as_json: Annotated[bool, AS_JSON] = False) -> None:
        def work(session: Session, settings: Settings, now: datetime) -> dict[str, Any]:
            ticket = ticket_lifecycle.find(session, ref)
            changed = ticket_lifecycle.set_status(
                session, ticket, status, actor=getpass.getuser(), now=now, reason="cli"
            )
            return {"changed": changed}

        _apply(ctx, ref, work, as_json=as_json)

    command.__doc__ = {"closed": "Close the ticket.", "open": "Reopen the ticket."}[status]
    return command


def assign(
    ctx: typer.Context,
    ref: str = REF,
    name: Annotated[
        str, typer.Argument(metavar="NAME", help="A staff member's name or address; - for nobody.")
    ] = "-",
    as_json: Annotated[bool, AS_JSON] = False,
) -> None:
    """Assign the ticket to an agent: later customer mail on it goes to them."""
    settings = context.settings(ctx, sections=SECTIONS)
    member = None if name == "-" else _agent(settings, name)

    def work(session: Session, settings: Settings, now: datetime) -> dict[str, Any]:
        ticket = ticket_lifecycle.find(session, ref)
        address = member.address if member else None
        ticket_lifecycle.assign(session, ticket, address, actor=getpass.getuser(), now=now)
        return {}

    _apply(ctx, ref, work, as_json=as_json)


def register(app: typer.Typer) -> None:
    """Adds reply/note/close/reopen/assign to `intake tickets` (tickets_cmd registers the group on `app`)."""
    tickets_app.command("reply")(reply)
    tickets_app.command("note")(note)
    tickets_app.command("close")(_status_command("closed"))
    tickets_app.command("reopen")(_status_command("open"))
    tickets_app.command("assign")(assign)
