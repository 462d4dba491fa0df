"""`intake status [--json]`: one screen for an admin: daemon health, queue sizes, rights deadlines.

Reads the database only (`intake.service.health`), so it works while the daemon runs and shows what the daemon last
recorded: the running instances (which one polls the mailbox), when it last polled and how long ago, whether it waits in IDLE or polls, its last error, the spool,
quarantine and outbox sizes, and the open rights requests with the oldest overdue one.

It never waits behind a writer (`Database.open_read_only`: read-only, short busy timeout) and shows first the
database fault the daemon is riding out (full disk, a lock held elsewhere), from the fault file the daemon
writes while the database cannot record it (intake/service/db_faults.py).
"""

from __future__ import annotations

import asyncio
import json
import os
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import typer
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from intake.cli import context
from intake.config import Settings
from intake.service.db_faults import FaultRecord, read_fault
from intake.service.health import HealthSnapshot, read_health
from storage.database import Database
from storage.faults import database_fault

#: With IDLE the poller drains at least every IDLE renewal (default 5 min); older than this means it is stuck or down.
STALE_MARGIN_SECONDS = 300


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


async def _snapshot(settings: Settings, now: datetime) -> HealthSnapshot:
    db = Database.open_read_only(settings.database.url)
    try:
        return await read_health(db, now=now)
    finally:
        await db.close()


def _age(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s ago"
    if seconds < 2 * 3600:
        return f"{seconds / 60:.0f} min ago"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.0f} h ago"
    return f"{seconds / 86400:.0f} days ago"


def _daemon_lines(snapshot: HealthSnapshot, stale_after: float) -> list[str]:
    d = snapshot.daemon
    age = d.poll_age_seconds(snapshot.taken_at)
    if d.last_poll_at is None or age is None:
        last_poll = "never (has `intake run` been started with this database?)"
    else:
        stale = (
            "  STALE: the daemon is down or stuck (journalctl -u tinybots-intake)"
            if age > stale_after
            else ""
        )
        last_poll = f"{d.last_poll_at:%Y-%m-%d %H:%M:%S} UTC ({_age(age)}){stale}"
    mode = {"idle": "IDLE (waiting for new mail)", "poll": "polling (the server has no IDLE)"}.get(
        d.mode or "", d.mode or "unknown"
    )
    started = f"{d.started_at:%Y-%m-%d %H:%M:%S} UTC" if d.started_at else "unknown"
    return [
        "daemon",
        f"  last poll        {last_poll}",
        f"  mode             {mode}",
        f"  started          {started}",
        f"  last error       {(d.last_error or 'none').splitlines()[0][:160]}",
    ]


def _instance_lines(snapshot: HealthSnapshot) -> list[str]:
    """One line per registered `intake run`: role, where it runs, version, and what it polls."""
    if not snapshot.instances:
        return ["instances", "  none running (none has beaten since the last one stopped)"]
    lines = ["instances"]
    for i in snapshot.instances:
        seen = (snapshot.taken_at - i.last_seen_at).total_seconds()
        role = i.role if i.alive(snapshot.taken_at) else "DEAD"
        polls = f"  polls {i.polls}" if i.polls and role != "DEAD" else ""
        lines.append(
            f"  {role:<7} {i.host} pid {i.pid}  version {i.version}  started {i.started_at:%Y-%m-%d %H:%M:%S}"
            f"  seen {_age(seen)}{polls}"
        )
    if not any(i.role == "poller" and i.alive(snapshot.taken_at) for i in snapshot.instances):
        lines.append("  no instance polls the mailbox right now (one takes over within seconds)")
    return lines


def _queue_lines(snapshot: HealthSnapshot) -> list[str]:
    s = snapshot
    quarantine_hint = "  (intake quarantine list)" if s.quarantined else ""
    failed_hint = "  (intake outbox list --state failed)" if s.outbox_failed else ""
    return [
        "queues",
        f"  spool pending    {s.spool_pending}",
        f"  quarantine       {s.quarantined}{quarantine_hint}",
        f"  outbox pending   {s.outbox_pending}",
        f"  outbox held      {s.outbox_held}",
        f"  outbox failed    {s.outbox_failed}{failed_hint}",
    ]


def _ticket_lines(snapshot: HealthSnapshot) -> list[str]:
    counts = snapshot.tickets
    return [
        "tickets",
        *(f"  {status:<16} {counts.get(status, 0)}" for status in ("open", "pending", "closed")),
    ]


def _rights_lines(snapshot: HealthSnapshot) -> list[str]:
    s = snapshot
    lines = ["rights requests", f"  open             {s.rights_open} ({s.rights_paused} paused)"]
    if s.rights_to_confirm:
        lines.append(f"  to confirm       {s.rights_to_confirm} (intake rights list --status to_confirm)")
    oldest = s.oldest_overdue
    if oldest is None:
        lines.append("  overdue          0")
    else:
        ticket = f" ({oldest.ticket_ref})" if oldest.ticket_ref else ""
        lines.append(
            f"  overdue          {s.rights_overdue}; oldest: #{oldest.id}{ticket} due {oldest.due_date}, "
            f"{oldest.days_overdue} days overdue (intake rights show {oldest.id})"
        )
    return lines


def fault_line(fault: FaultRecord | None) -> str:
    """The database line: the fault in effect with its fix, or ok (with the last fault, when there was one)."""
    if fault is None:
        return "  database         ok"
    if fault.cleared_at is None:
        return f"  database         FAULT since {fault.since}: {fault.fix}"
    return f"  database         ok (last fault: {fault.kind} from {fault.since} to {fault.cleared_at})"


def render(snapshot: HealthSnapshot, *, stale_after: float, fault: FaultRecord | None = None) -> str:
    """The status screen as text."""
    header = f"Tinybots Intake status at {snapshot.taken_at:%Y-%m-%d %H:%M:%S} UTC"
    daemon = _daemon_lines(snapshot, stale_after)
    daemon.insert(1, fault_line(fault))
    sections = (
        daemon,
        _instance_lines(snapshot),
        _queue_lines(snapshot),
        _ticket_lines(snapshot),
        _rights_lines(snapshot),
    )
    return "\n".join([header, *("\n".join(lines) for lines in sections)])


def _unreadable(exc: SQLAlchemyError, fault: FaultRecord | None) -> context.CliError:
    """One line for a database status cannot read, with the fix that fits the failure."""
    reason = str(exc.orig) if isinstance(exc, DBAPIError) else type(exc).__name__
    known = database_fault(exc)
    if known is not None:
        fix = known.fix
    elif "no such table" in reason:
        fix = "fix: run `intake db upgrade`"
    else:
        fix = "fix: check [database] url"
    recorded = f"\n{fault_line(fault).strip()}" if fault is not None and fault.cleared_at is None else ""
    return context.CliError(f"cannot read the database ({reason}); {fix}{recorded}")


def _require_readable(path: Path) -> None:
    """Refuses before SQLite would create an empty database file, or fail on a directory it may not enter."""
    try:
        path.stat()
        readable = os.access(path, os.R_OK | os.W_OK)
    except FileNotFoundError:
        raise context.CliError(
            f"no database at {path}; fix: check [database] url, or start the daemon once "
            "(or run `intake db upgrade`) to create it"
        ) from None
    except PermissionError:
        readable = False
    if not readable:
        raise context.CliError(
            f"no access to {path}; fix: run as the service user: sudo -u tinybots-intake intake status"
        )


def register(app: typer.Typer) -> None:
    """Adds `status` to the `intake` app."""

    @app.command("status")
    def status_command(
        ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="One JSON object.")
    ) -> None:
        """Daemon health, queue sizes and overdue rights requests, from the database (safe while running)."""
        settings = context.settings(ctx, sections=("database", "mailbox"))
        path = _sqlite_path(settings.database.url)
        if path is not None:
            _require_readable(path)
        fault = read_fault(settings.database.resolved_fault_file())
        try:
            snapshot = asyncio.run(_snapshot(settings, datetime.now(UTC)))
        except SQLAlchemyError as exc:
            raise _unreadable(exc, fault) from None
        if as_json:
            shown = snapshot.to_json()
            shown["database_fault"] = None if fault is None else asdict(fault)
            typer.echo(json.dumps(shown, ensure_ascii=False))
            return
        mailbox = settings.mailbox
        between_polls = max(mailbox.idle_renew_seconds, mailbox.poll_interval_seconds) if mailbox else 25 * 60
        typer.echo(render(snapshot, stale_after=between_polls + STALE_MARGIN_SECONDS, fault=fault))
