"""Every listing tells the truth: `--limit N` (default 50) and `--all`; a cut table says "2 of 5 ... shown", a cut
JSON-lines listing ends with `{"truncated": true, "shown": 2, "total": 5}` and a complete one has no such line
(intake/cli/paging.py, docs/admin-cli.md). Through the real `intake` app on both databases."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from intake.cli import app
from intake.config import Settings
from intake.daemon.ingest import ingest_bytes
from storage import spool
from storage.database import Database
from tests.test_ingest import mail, settings_for
from tests.test_ingest_cli import ERASURE

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
#: (command, what its cut line calls the rows)
LISTINGS = (
    (("tickets", "list"), "tickets"),
    (("rights", "list"), "rights requests"),
    (("automatic", "list"), "messages"),
    (("quarantine", "list"), "quarantined mails"),
    (("outbox", "list"), "outbound mails"),
)


def mails() -> list[bytes]:
    questions = [mail(f"<q{i}@example.nl>", subject=f"Vraag {i}") for i in range(3)]
    erasures = [
        mail(f"<e{i}@example.nl>", subject="Verwijder mijn gegevens", body=ERASURE, sender=f"p{i}@example.nl")
        for i in range(3)
    ]
    away = [
        mail(f"<ooo{i}@example.nl>", subject="Afwezig", body="Ik ben afwezig.\n", sender=f"a{i}@example.nl",
             extra_headers="Auto-Submitted: auto-replied\n")
        for i in range(3)
    ]  # fmt: skip
    return questions + erasures + away


async def fill(url: str, settings: Settings, quarantined: int) -> None:
    """Tickets, rights requests, acknowledgements and unticketed auto-replies through the pipeline; then
    `quarantined` mails that failed for good."""
    db = Database.open(url)
    try:
        for raw in mails():
            await ingest_bytes(
                db, raw, mailbox=spool.FILE_MAILBOX, uidvalidity=0, uid=spool.file_uid(raw),
                received_at=NOW, settings=settings, now=NOW,
            )  # fmt: skip
        async with db.session() as session:
            for i in range(quarantined):
                raw = f"Subject: broken {i}\r\n\r\nx\r\n".encode()
                spooled = await spool.spool_message(
                    session, raw, mailbox="INBOX", uidvalidity=1, uid=i + 1, received_at=NOW
                )
                await spool.record_failure(
                    session, spooled.spool_id, "stage parse: ValueError", max_attempts=1
                )
            await session.commit()
    finally:
        await db.close()


@pytest.fixture
def config(migrated_db_url: str, tmp_path: Path) -> Path:
    asyncio.run(fill(migrated_db_url, settings_for(migrated_db_url, tmp_path / "files"), quarantined=3))
    path = tmp_path / "intake.toml"
    path.write_text(f'[database]\nurl = "{migrated_db_url}"\nfiles_dir = "{tmp_path / "files"}"\n')
    return path


def intake(config: Path, *args: str) -> Result:
    result = CliRunner().invoke(app, ["--config", str(config), *args])
    assert result.exit_code == 0, result.output
    return result


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize(
    ("command", "noun"), LISTINGS, ids=lambda v: " ".join(v) if isinstance(v, tuple) else v
)
def test_a_cut_listing_says_so_in_the_table_and_in_json(
    config: Path, command: tuple[str, ...], noun: str
) -> None:
    every = json_lines(intake(config, *command, "--all", "--json").stdout)
    total = len(every)
    assert total >= 3 and all("truncated" not in row for row in every)  # complete: no truncation line

    cut = json_lines(intake(config, *command, "--limit", "2", "--json").stdout)
    assert cut[:2] == every[:2]
    assert cut[2:] == [{"truncated": True, "shown": 2, "total": total}]

    table = intake(config, *command, "--limit", "2").stdout
    assert table.rstrip("\n").endswith(f"2 of {total} {noun} shown; --limit N or --all for more")
    assert " shown; " not in intake(config, *command, "--all").stdout
    assert " shown; " not in intake(config, *command, "--limit", str(total)).stdout


def test_the_default_limit_is_50(migrated_db_url: str, tmp_path: Path) -> None:
    asyncio.run(fill(migrated_db_url, settings_for(migrated_db_url, tmp_path / "files"), quarantined=52))
    path = tmp_path / "intake.toml"
    path.write_text(f'[database]\nurl = "{migrated_db_url}"\n')
    lines = intake(path, "quarantine", "list").stdout.splitlines()
    assert len(lines) == 51
    assert lines[-1] == "50 of 52 quarantined mails shown; --limit N or --all for more"
    assert len(intake(path, "quarantine", "list", "--all").stdout.splitlines()) == 52


def test_subject_find_cuts_each_kind_of_row_and_says_so(config: Path) -> None:
    person = ("subject", "find", "--email", "jan@example.nl")
    full = json.loads(intake(config, *person, "--all", "--json").stdout)
    messages = len(full["messages"])
    assert messages == 3 and "truncated" not in full

    cut = json.loads(intake(config, *person, "--limit", "2", "--json").stdout)
    assert cut["messages"] == full["messages"][:2]
    assert cut["truncated"]["messages"] == {"shown": 2, "total": messages}

    text = intake(config, *person, "--limit", "2").stdout
    assert f"messages ({messages}, 2 shown; --limit N or --all for more):" in text.splitlines()
