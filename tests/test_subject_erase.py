"""`intake subject erase` (Art. 17): everything about the person goes, on SQLite and PostgreSQL; the SQLite
file itself (and its WAL) holds none of their bytes afterwards; the rights request stays as a pseudonymised
trace; someone else's ticket that names them stays, with the person scrubbed out."""

from __future__ import annotations

import asyncio
import getpass
from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

from intake.cli import app
from intake.testbed.servers import write_config
from storage import rights_lifecycle, subjects
from storage.database import Database
from storage.models import AuditEvent, Base, Message, RightsRequest, SpoolEntry, Ticket
from storage.retention import remove_files
from storage.subjects.erase import SCRUBBED, mention_pattern, scrub
from tests.privacy_mail import (
    JAN,
    JAN_NAME,
    JAN_PHONE,
    JAN_PHONE_WRITTEN,
    JAN_WORK,
    PIET,
    RECEIVED,
    JanStory,
    Scenario,
    jan_story,
    settings_for,
)

#: Every way the person is written; none of these may survive an erasure.
TRACES = (JAN, JAN_WORK, JAN_NAME, JAN_PHONE, JAN_PHONE_WRITTEN, "0612345678")


async def everything_stored(database: Database) -> str:
    """Every row of every table, as text (bytes columns by their repr, which keeps ASCII readable)."""
    parts: list[str] = []
    async with database.session() as session:
        for table in Base.metadata.sorted_tables:
            parts.extend(repr(tuple(row)) for row in (await session.execute(select(table))).all())
    return "\n".join(parts)


async def erase(database: Database, files_dir: Path, **query: tuple[str, ...]) -> subjects.ErasureResult:
    """What `intake subject erase` does without the mailbox: find, plan, erase, commit, remove files, reclaim."""
    async with database.session() as session:
        findings = await subjects.find(session, subjects.SubjectQuery(**query))
        plan = await subjects.plan_erasure(session, findings)
        trace = await subjects.pseudonym(session, JAN, now=RECEIVED)
        result = await subjects.erase(session, plan, pseudonym=trace)
        await session.commit()
    remove_files(files_dir, result.attachment_paths)
    reclaimed = await subjects.reclaim(database.engine)
    assert reclaimed.startswith(database.dialect), reclaimed  # sqlite: WAL checkpoint; postgresql: VACUUM
    return result


async def test_erasure_removes_every_mention_and_keeps_a_pseudonymised_trace(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    jan = await jan_story(Scenario(database, settings_for(migrated_db_url, tmp_path / "files")))
    stored_before = await everything_stored(database)
    assert all(trace.lower() in stored_before.lower() for trace in (JAN, JAN_WORK, JAN_NAME, JAN_PHONE))

    result = await erase(database, tmp_path / "files", emails=(JAN,))

    stored = (await everything_stored(database)).lower()
    assert [t for t in TRACES if t.lower() in stored] == []
    assert result.deleted["customers"] == 2 and result.deleted["tickets"] == 2
    async with database.session() as session:
        tickets = (await session.scalars(select(Ticket.ref))).all()
        piet_texts = (await session.scalars(select(Message.text).where(Message.from_address == PIET))).all()
        request = (await session.scalars(select(RightsRequest))).one()
        quarantined = await session.get(SpoolEntry, jan.quarantined_spool_id)
        raw_left = await session.scalar(
            select(func.count()).select_from(SpoolEntry).where(SpoolEntry.raw.is_not(None))
        )
        erased = (
            await session.scalars(select(AuditEvent).where(AuditEvent.action == "subject_erased"))
        ).all()
    assert tickets == [jan.piet_ticket]  # Piet's ticket stays ...
    assert any(SCRUBBED in text for text in piet_texts)  # ... with Jan scrubbed from it
    assert (request.rights, request.customer_id, request.ticket_id, request.message_id) == (
        ["erasure"],
        None,
        None,
        None,
    )
    assert request.subject_pseudonym is not None and len(request.subject_pseudonym) == 64
    assert quarantined is None  # the quarantined mail never became a ticket: its spool row goes whole
    assert raw_left == 0
    assert erased == []  # the CLI writes that event; this test drives the storage functions only
    assert result.attachment_paths and [p for p in (tmp_path / "files").rglob("*") if p.is_file()] == []


async def test_the_same_address_gives_the_same_pseudonym_and_another_address_another(
    database: Database,
) -> None:
    async with database.session() as session:
        first = await subjects.pseudonym(session, JAN, now=RECEIVED)
        again = await subjects.pseudonym(session, JAN.upper(), now=RECEIVED)
        other = await subjects.pseudonym(session, PIET, now=RECEIVED)
        await session.commit()
    assert first == again != other
    assert JAN not in first


def _seed(url: str, files: Path) -> JanStory:
    async def run() -> JanStory:
        db = Database.open(url)
        try:
            return await jan_story(Scenario(db, settings_for(url, files)))
        finally:
            await db.close()

    return asyncio.run(run())


def test_erased_person_is_nowhere_in_the_sqlite_file_or_its_wal(tmp_path: Path) -> None:
    db_file = tmp_path / "db" / "intake.db"
    url = f"sqlite+aiosqlite:///{db_file}"
    asyncio.run(_upgrade(url))
    _seed(url, tmp_path / "files")
    config = write_config(
        tmp_path / "intake.toml", {"database": {"url": url, "files_dir": str(tmp_path / "files")}}
    )
    assert JAN.encode() in _file_bytes(db_file)

    result = CliRunner().invoke(
        app, ["--config", str(config), "subject", "erase", "--phone", JAN_PHONE_WRITTEN]
    )

    assert result.exit_code == 0, result.output
    assert "sqlite: secure_delete on, WAL checkpointed and truncated" in result.output
    on_disk = _file_bytes(db_file).lower()
    assert [t for t in TRACES if t.lower().encode() in on_disk] == []
    assert PIET.encode() in on_disk  # the file was read for real: the other customer is still there
    [event] = asyncio.run(_erasure_events(url))
    assert event.actor == getpass.getuser()
    assert event.details["deleted"]["customers"] == 2 and event.details["files_removed"] == 2
    assert len(event.details["subject_pseudonym"]) == 64 and event.details["mailbox_removed"] is None


async def _erasure_events(url: str) -> list[AuditEvent]:
    db = Database.open(url)
    try:
        async with db.session() as session:
            return list(
                (await session.scalars(select(AuditEvent).where(AuditEvent.action == "subject_erased"))).all()
            )
    finally:
        await db.close()


def test_dry_run_prints_what_would_go_and_changes_nothing(tmp_path: Path) -> None:
    db_file = tmp_path / "db" / "intake.db"
    url = f"sqlite+aiosqlite:///{db_file}"
    asyncio.run(_upgrade(url))
    jan = _seed(url, tmp_path / "files")
    config = write_config(
        tmp_path / "intake.toml", {"database": {"url": url, "files_dir": str(tmp_path / "files")}}
    )
    before = asyncio.run(_dump(url))

    result = CliRunner().invoke(
        app, ["--config", str(config), "subject", "erase", "--email", JAN_WORK, "--dry-run"]
    )

    assert result.exit_code == 0, result.output
    assert asyncio.run(_dump(url)) == before
    assert "would go: customer records deleted: 2" in result.output
    assert "would go: messages kept, person scrubbed from them: 1" in result.output
    assert f"would go: spool rows deleted (quarantined mail): 1 ({jan.quarantined_spool_id})" in result.output
    assert "mailbox: [mailbox] is not configured" in result.output


def _file_bytes(db_file: Path) -> bytes:
    data = db_file.read_bytes()
    for suffix in ("-wal", "-journal"):
        sidecar = db_file.with_name(db_file.name + suffix)
        if sidecar.exists():
            data += sidecar.read_bytes()
    return data


async def _upgrade(url: str) -> None:
    db = Database.open(url)
    try:
        await db.upgrade()
    finally:
        await db.close()


async def _dump(url: str) -> str:
    db = Database.open(url)
    try:
        return await everything_stored(db)
    finally:
        await db.close()


def test_scrubbing_replaces_every_notation_but_only_whole_full_names() -> None:
    findings = subjects.SubjectFindings(
        identities=subjects.Identities(
            emails=(JAN,), phones=(JAN_PHONE,), robot_ids=(), names=("Jan", JAN_NAME)
        ),
        customer_ids=(),
        links=(),
        owned_ticket_ids=(),
        other_ticket_ids=(),
        message_ids=(),
        participant_ids=(),
        attachment_ids=(),
        rights_request_ids=(),
        outbox_ids=(),
        spool_ids=(),
    )
    text = (
        f"{JAN_NAME} ({JAN.upper()}) belde in januari op 06-12345678, of +31 (0)6 1234 5678, of 0031612345678. "
        "Hij woont aan de Jan de Vriesstraat."
    )
    assert scrub(text, mention_pattern(findings)) == (
        f"{SCRUBBED} ({SCRUBBED}) belde in januari op {SCRUBBED}, of {SCRUBBED}, of {SCRUBBED}. "
        "Hij woont aan de Jan de Vriesstraat."
    )


async def test_the_erasure_request_can_still_be_closed_after_the_person_is_gone(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    await jan_story(Scenario(database, settings_for(migrated_db_url, tmp_path / "files")))
    await erase(database, tmp_path / "files", emails=(JAN,))
    async with database.session() as session:
        request = (await session.scalars(select(RightsRequest))).one()
        change = await rights_lifecycle.close(
            session, request.id, "done", "erased", actor="anna", now=RECEIVED
        )
        await session.commit()
        closed = await session.get_one(RightsRequest, request.id)
    assert (change.status, change.purged_paths) == ("closed", ())
    assert (closed.outcome, closed.customer_id) == ("done", None) and closed.subject_pseudonym
