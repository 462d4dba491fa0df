"""`intake rights verify/pause/resume/extend/close ID` from the command line: each change is audited under
the operating-system user, with the due dates before and after, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import getpass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from intake.cli import app
from intake.cli.context import CliError
from intake.testbed.servers import write_config
from storage.database import Database
from storage.models import AuditEvent, RightsRequest
from tests.privacy_mail import Scenario, erasure_request, settings_for


def _queue(url: str, files: Path, received_at: datetime) -> int:
    async def run() -> int:
        db = Database.open(url)
        try:
            request_id, _ = await erasure_request(
                Scenario(db, settings_for(url, files)), received_at=received_at
            )
            return request_id
        finally:
            await db.close()

    return asyncio.run(run())


async def _state(url: str, request_id: int) -> tuple[RightsRequest, list[AuditEvent]]:
    db = Database.open(url)
    try:
        async with db.session() as session:
            request = await session.get_one(RightsRequest, request_id)
            events = (
                await session.scalars(
                    select(AuditEvent).where(
                        AuditEvent.entity_id == request_id, AuditEvent.entity == "rights_request"
                    )
                )
            ).all()
            return request, list(events)
    finally:
        await db.close()


def rights(config: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--config", str(config), "rights", *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0, result.output
    return result.output


def test_the_whole_lifecycle_from_the_command_line(migrated_db_url: str, tmp_path: Path) -> None:
    files = tmp_path / "files"
    request_id = _queue(migrated_db_url, files, datetime.now(UTC) - timedelta(days=3))
    config = write_config(
        tmp_path / "intake.toml", {"database": {"url": migrated_db_url, "files_dir": str(files)}}
    )
    rid = str(request_id)

    verified = rights(config, "verify", rid)
    rights(config, "pause", rid, "--reason", "signature on the ID copy does not match")
    rights(config, "resume", rid)
    extended = rights(config, "extend", rid, "--months", "2", "--reason", "complex request")
    with pytest.raises(CliError, match="three months in all"):
        rights(config, "extend", rid, "--months", "1", "--reason", "more")
    closed = rights(
        config, "close", rid, "--outcome", "refused", "--reason", "identity could not be established"
    )
    with pytest.raises(CliError, match="is closed"):
        rights(config, "resume", rid)

    request, events = asyncio.run(_state(migrated_db_url, request_id))
    assert "identity documents purged: 1 (1 files removed)" in verified
    assert f"rights request {rid}: extended, status open, due {request.extended_due_date}" in extended
    assert "closed, status closed" in closed
    assert (request.status, request.outcome, request.extension_months) == ("closed", "refused", 2)
    assert request.identity_verified_at is not None
    lifecycle = [e for e in events if e.action != "rights_request_created"]
    assert [e.action.removeprefix("rights_request_") for e in lifecycle] == [
        "verified",
        "paused",
        "resumed",
        "extended",
        "closed",
    ]
    assert {e.actor for e in lifecycle} == {getpass.getuser()}
    assert all({"before", "after"} <= set(e.details) for e in lifecycle)
    assert [p for p in files.rglob("*") if p.is_file() and "identity" in p.parts] == []


def test_an_unknown_request_is_a_clear_error(migrated_db_url: str, tmp_path: Path) -> None:
    config = write_config(tmp_path / "intake.toml", {"database": {"url": migrated_db_url}})
    with pytest.raises(CliError, match="rights request 424242 does not exist"):
        rights(config, "verify", "424242")
