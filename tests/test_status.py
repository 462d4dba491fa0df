"""`intake status`: daemon health, queue sizes and overdue rights requests, read from a real database filled by
the real pipeline (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from intake.config import Settings, parse_settings
from intake.daemon.ingest import ingest_bytes
from intake.daemon.poller import write_state
from storage import spool
from storage.database import Database
from storage.deadlines import AMSTERDAM
from tests.fixtures.database import PG_USER, create_pg_database, drop_pg_database, ensure_postgresql

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
INTAKE = Path(sys.executable).parent / "intake"

#: An erasure request received long enough ago to be overdue, a fresh access request, a plain customer mail and an
#: out-of-office reply (no ticket, no acknowledgement).
OVERDUE_SAMPLE = "nl-outlook-desktop-erasure.eml"
FRESH_SAMPLES = ("en-gmail-wrote-access.eml", "nl-iphone-signature.eml", "nl-ooo-zimbra.eml")
OVERDUE_AGE = timedelta(days=75)


@dataclass(frozen=True, slots=True)
class Filled:
    """What the pipeline reported while filling the database: the expectations of the tests."""

    rights_request_ids: tuple[int, ...]
    overdue_request_id: int
    overdue_due_date_days: int  # days overdue today, from the due date routing gave the request
    quarantined_spool_id: int
    tickets_created: int


def settings_for(url: str, tmp_path: Path) -> Settings:
    return parse_settings({"database": {"url": url, "files_dir": str(tmp_path / "files")}}, source="test")


def write_config(url: str, tmp_path: Path) -> Path:
    path = tmp_path / "intake.toml"
    path.write_text(f'[database]\nurl = "{url}"\nfiles_dir = "{tmp_path / "files"}"\n', encoding="utf-8")
    return path


async def fill(db: Database, settings: Settings, *, now: datetime) -> Filled:
    """Runs samples through `intake.daemon.ingest.ingest_bytes` and quarantines one mail through the spool."""
    received = now - OVERDUE_AGE
    old = await ingest_bytes(
        db,
        (SAMPLES / OVERDUE_SAMPLE).read_bytes(),
        mailbox="INBOX",
        uidvalidity=1,
        uid=1,
        received_at=received,
        settings=settings,
        now=received,
    )
    assert old.outcome is not None and old.outcome.rights_request_id and old.outcome.rights_due_date
    results = [old]
    for uid, name in enumerate(FRESH_SAMPLES, start=2):
        results.append(
            await ingest_bytes(
                db,
                (SAMPLES / name).read_bytes(),
                mailbox="INBOX",
                uidvalidity=1,
                uid=uid,
                received_at=now,
                settings=settings,
                now=now,
            )
        )
    quarantined = await quarantine_one(db, now=now)
    outcomes = [r.outcome for r in results if r.outcome is not None]
    today = now.astimezone(AMSTERDAM).date()
    return Filled(
        rights_request_ids=tuple(o.rights_request_id for o in outcomes if o.rights_request_id),
        overdue_request_id=old.outcome.rights_request_id,
        overdue_due_date_days=(today - old.outcome.rights_due_date).days,
        quarantined_spool_id=quarantined,
        tickets_created=sum(o.ticket_created for o in outcomes),
    )


async def quarantine_one(db: Database, *, now: datetime) -> int:
    """A spooled mail that failed as often as allowed: what the poller does with a mail it cannot process."""
    async with db.session() as session:
        spooled = await spool.spool_message(
            session,
            b"Subject: broken\r\n\r\nnot routable\r\n",
            mailbox="INBOX",
            uidvalidity=1,
            uid=99,
            received_at=now,
        )
        state = ""
        while state != "quarantined":
            state = await spool.record_failure(session, spooled.spool_id, "ValueError: test", max_attempts=3)
        await session.commit()
    return spooled.spool_id


async def outbox_pending(db: Database) -> int:
    from sqlalchemy import func, select

    from storage.models import OutboxMail

    async with db.session() as session:
        query = (
            select(func.count()).select_from(OutboxMail).where(OutboxMail.state.in_(("pending", "sending")))
        )
        return int((await session.execute(query)).scalar_one())


def status(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(INTAKE), "--config", str(config), "status", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "INTAKE_CONFIG"},
    )


def status_json(config: Path) -> dict[str, Any]:
    result = status(config, "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


async def test_status_of_a_database_the_daemon_never_used(migrated_db_url: str, tmp_path: Path) -> None:
    config = write_config(migrated_db_url, tmp_path)
    data = status_json(config)
    assert data["daemon"] == {
        "last_poll_at": None,
        "last_poll_age_seconds": None,
        "mode": None,
        "last_error": None,
        "started_at": None,
    }
    assert data["rights"] == {"open": 0, "paused": 0, "to_confirm": 0, "overdue": 0, "oldest_overdue": None}
    text = status(config).stdout
    assert "last poll        never" in text


async def test_status_shows_rights_queues_and_quarantine_from_the_pipeline(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    filled = await fill(database, settings_for(migrated_db_url, tmp_path), now=now)
    pending = await outbox_pending(database)
    data = status_json(write_config(migrated_db_url, tmp_path))

    assert data["spool"] == {"pending": 0, "quarantined": 1}
    assert data["outbox"] == {"pending": pending, "held": 0, "failed": 0}
    assert pending >= filled.tickets_created >= 2  # at least an acknowledgement per new ticket
    assert data["rights"]["open"] == len(filled.rights_request_ids) >= 2
    assert data["rights"]["overdue"] == 1
    assert data["rights"]["oldest_overdue"]["id"] == filled.overdue_request_id
    assert data["rights"]["oldest_overdue"]["days_overdue"] == filled.overdue_due_date_days > 0


async def test_status_screen_names_the_oldest_overdue_request_and_the_daemon_mode(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    filled = await fill(database, settings_for(migrated_db_url, tmp_path), now=now)
    last_poll = now - timedelta(seconds=90)
    await write_state(
        database,
        {"poller.last_poll_at": last_poll.isoformat(), "poller.mode": "idle", "poller.last_error": ""},
    )
    result = status(write_config(migrated_db_url, tmp_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"  last poll        {last_poll:%Y-%m-%d %H:%M:%S} UTC (" in "\n".join(lines)
    assert "  mode             IDLE (waiting for new mail)" in lines
    assert "  last error       none" in lines
    assert "  quarantine       1  (intake quarantine list)" in lines
    overdue = next(line for line in lines if line.startswith("  overdue"))
    assert f"oldest: #{filled.overdue_request_id} (" in overdue
    assert f"{filled.overdue_due_date_days} days overdue" in overdue
    assert "STALE" not in result.stdout


async def test_status_flags_a_daemon_that_stopped_polling(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    stopped = datetime.now(UTC) - timedelta(hours=3)
    await write_state(
        database,
        {
            "poller.last_poll_at": stopped.isoformat(),
            "poller.mode": "poll",
            "poller.last_error": f"{stopped.isoformat()} MailboxError: login refused",
        },
    )
    result = status(write_config(migrated_db_url, tmp_path))
    assert "(3 h ago)  STALE: the daemon is down or stuck" in result.stdout
    assert "  mode             polling (the server has no IDLE)" in result.stdout
    assert "MailboxError: login refused" in result.stdout
    data = status_json(write_config(migrated_db_url, tmp_path))
    assert data["daemon"]["last_poll_age_seconds"] >= 3 * 3600


def test_status_without_a_database_file_says_so_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "intake.db"
    result = status(write_config(f"sqlite+aiosqlite:///{missing}", tmp_path))
    assert result.returncode == 1
    assert result.stderr.startswith(f"intake: no database at {missing}; fix:")
    assert not missing.exists() and not missing.parent.exists()


def test_status_of_a_database_without_the_schema_says_to_upgrade(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    result = status(write_config(f"sqlite+aiosqlite:///{empty}", tmp_path))
    assert result.returncode == 1
    assert "cannot read the database" in result.stderr and "intake db upgrade" in result.stderr
    assert "Traceback" not in result.stderr


def test_upgrade_and_status_reach_postgresql_over_its_unix_socket(tmp_path: Path) -> None:
    """The admin guide's peer-authentication URL form: no host, the socket directory in ?host=."""
    ensure_postgresql()
    candidates = ("/var/run/postgresql", "/run/postgresql", "/tmp")
    socket_dir = next((d for d in candidates if Path(d, ".s.PGSQL.5432").exists()), None)
    assert socket_dir is not None, "the test PostgreSQL server has no unix socket"
    name = create_pg_database()
    try:
        config = write_config(f"postgresql+asyncpg://{PG_USER}@/{name}?host={socket_dir}", tmp_path)
        upgrade = subprocess.run(
            [str(INTAKE), "--config", str(config), "db", "upgrade"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert upgrade.returncode == 0, upgrade.stderr
        data = status_json(config)
    finally:
        drop_pg_database(name)
    assert data["spool"] == {"pending": 0, "quarantined": 0}
    assert data["rights"]["open"] == 0
