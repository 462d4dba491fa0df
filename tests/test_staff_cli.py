"""`intake tickets reply|note|close|reopen|assign REF [--json]`: the staff commands on the command line do what
the same commands by mail do, on SQLite and PostgreSQL, and the reply reaches the customer through real SMTP."""

from __future__ import annotations

import asyncio
import getpass
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from intake.cli import app
from intake.cli.context import CliError
from intake.testbed.servers import write_config
from storage import models
from storage.database import Database
from tests.fixtures.smtp import SmtpSink
from tests.staff_mail import AGENT, AUTHSERV, CUSTOMER, RECEIVED, Desk, customer_mail, staff_settings


def tickets(config: Path, *args: str, stdin: str | None = None) -> dict[str, object]:
    result = CliRunner().invoke(app, ["--config", str(config), "tickets", *args, "--json"], input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.output))


async def _open_ticket(url: str, sink: SmtpSink, files: Path) -> str:
    db = Database.open(url)
    try:
        desk = Desk(db, sink, staff_settings(sink, files))
        result = await desk.receive(customer_mail())
        await desk.sent()
        assert result.outcome is not None and result.outcome.ticket_ref is not None
        return result.outcome.ticket_ref
    finally:
        await db.close()


async def _sent_and_audit(url: str, sink: SmtpSink, files: Path) -> tuple[list[str], list[tuple[str, str]]]:
    db = Database.open(url)
    try:
        desk = Desk(db, sink, staff_settings(sink, files))
        desk._seen = len(sink.deliveries)  # only what the commands queued
        sent = [to for to, _ in await desk.sent(at=RECEIVED.replace(year=2030))]
        async with db.session() as s:
            query = select(models.AuditEvent.actor, models.AuditEvent.action).order_by(models.AuditEvent.id)
            rows = (await s.execute(query)).all()
        return sent, [(actor, action) for actor, action in rows]
    finally:
        await db.close()


def test_reply_note_assign_close_and_reopen_from_the_command_line(
    migrated_db_url: str, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    files = tmp_path / "files"
    ref = asyncio.run(_open_ticket(migrated_db_url, smtp_sink, files))
    config = write_config(
        tmp_path / "intake.toml",
        {
            "database": {"url": migrated_db_url, "files_dir": str(files)},
            "staff": {"addresses": [AGENT], "authserv_id": AUTHSERV},
        },
    )
    replied = tickets(config, "reply", ref, "--as", "jan.visser", stdin="Ik bel u morgen om tien uur.\n")
    assert (replied["status"], len(replied["queued"])) == ("pending", 1)  # type: ignore[arg-type]
    assert tickets(config, "note", ref, "--as", AGENT, "--text", "Onderdeel besteld.")["status"] == "pending"
    assert tickets(config, "assign", ref, "jan.visser@tinybots.nl")["assignee"] == AGENT
    assert tickets(config, "close", ref)["status"] == "closed"
    assert tickets(config, "reopen", ref)["status"] == "open"
    with pytest.raises(CliError, match="no staff member"):
        tickets(config, "reply", ref, "--as", "iemand anders", "--text", "x")
    with pytest.raises(CliError, match="does not exist"):
        tickets(config, "close", "TB-999999")
    sent, audit = asyncio.run(_sent_and_audit(migrated_db_url, smtp_sink, files))
    assert sent == [CUSTOMER]  # the reply; the note is never sent
    user = getpass.getuser()
    assert [(a, b) for a, b in audit if b != "ticket_created"] == [
        (AGENT, "staff_answer"),
        (AGENT, "ticket_status"),
        (AGENT, "ticket_note"),
        (user, "ticket_assigned"),
        (user, "ticket_status"),
        (user, "ticket_status"),
    ]
    status = CliRunner().invoke(app, ["--config", str(config), "status", "--json"])
    assert json.loads(status.output)["tickets"] == {"open": 1, "pending": 0, "closed": 0}
    listed = CliRunner().invoke(
        app, ["--config", str(config), "tickets", "list", "--status", "open", "--json"]
    )
    assert [json.loads(line)["ref"] for line in listed.output.splitlines()] == [ref]
