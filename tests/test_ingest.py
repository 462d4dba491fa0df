"""The pipeline end to end (spool, parse, route, outbox, one commit) through `ingest_bytes`, on both backends."""

from __future__ import annotations

import asyncio
import base64
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from intake.config import DatabaseSettings, HelpdeskSettings, Settings
from intake.daemon.ingest import ingest_bytes
from intake.daemon.pipeline import ProcessResult, process_spooled
from storage import quarantine, spool
from storage.database import Database
from storage.models import Attachment, Message, OutboxMail, RightsRequest, SpoolEntry, Ticket

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def settings_for(db_url: str, files_dir: Path) -> Settings:
    return Settings(
        database=DatabaseSettings(url=db_url, files_dir=str(files_dir)),
        helpdesk=HelpdeskSettings(
            address="help@tinybots.nl",
            own_addresses=("help@tinybots.nl",),
            staff_notify=("support@tinybots.nl",),
            privacy_officer="privacy@tinybots.nl",
        ),
    )


def mail(
    message_id: str,
    *,
    subject: str = "Robot reageert niet",
    body: str = "Hallo,\n\nMijn robot reageert niet meer op spraak.\n\nMet vriendelijke groet,\nJan de Vries\n",
    sender: str = "Jan de Vries <jan@example.nl>",
    extra_headers: str = "",
    attachments: tuple[tuple[str, bytes], ...] = (),
) -> bytes:
    head = (
        "Received: from mx.example.nl by mx.tinybots.nl; Tue, 24 Nov 2026 11:00:00 +0100\n"
        f"From: {sender}\nTo: help@tinybots.nl\nSubject: {subject}\n"
        f"Date: Tue, 24 Nov 2026 10:59:00 +0100\nMessage-ID: {message_id}\n{extra_headers}MIME-Version: 1.0\n"
    )
    if not attachments:
        return (head + "Content-Type: text/plain; charset=utf-8\n\n" + body).replace("\n", "\r\n").encode()
    parts = [f"--XX\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"]
    for filename, payload in attachments:
        parts.append(
            f'--XX\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{base64.b64encode(payload).decode()}\n"
        )
    multipart = 'Content-Type: multipart/mixed; boundary="XX"\n\n' + "".join(parts) + "--XX--\n"
    return (head + multipart).replace("\n", "\r\n").encode()


async def ingest(db: Database, raw: bytes, settings: Settings, *, uid: int | None = None) -> ProcessResult:
    return await ingest_bytes(
        db,
        raw,
        mailbox="INBOX" if uid is not None else spool.FILE_MAILBOX,
        uidvalidity=1 if uid is not None else 0,
        uid=uid if uid is not None else spool.file_uid(raw),
        received_at=datetime(2026, 11, 24, 10, 0, tzinfo=UTC),
        settings=settings,
        now=NOW,
    )


async def count(db: Database, model: type[object]) -> int:
    async with db.session() as s:
        return int(await s.scalar(select(func.count()).select_from(model)) or 0)


async def test_a_customer_mail_becomes_a_ticket_with_its_outbox_rows_in_one_go(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    result = await ingest(database, mail("<a1@example.nl>"), settings_for(migrated_db_url, tmp_path))
    assert result.state == "done" and result.outcome is not None
    assert (result.outcome.reason, result.outcome.ticket_ref) == ("new_ticket", "TB-000001")
    async with database.session() as s:
        entry = await s.get_one(SpoolEntry, result.spool_id)
        kinds = set((await s.execute(select(OutboxMail.kind))).scalars())
    assert entry.state == "done"
    assert {"ack_ticket", "staff_new_ticket"} <= kinds


async def test_the_same_bytes_twice_are_one_message_and_one_set_of_mails(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    settings = settings_for(migrated_db_url, tmp_path)
    first = await ingest(database, mail("<a1@example.nl>"), settings)
    mails = await count(database, OutboxMail)
    again = await ingest(database, mail("<a1@example.nl>"), settings)
    from_server = await ingest(database, mail("<a1@example.nl>"), settings, uid=99)
    assert again.state == from_server.state == "duplicate"
    assert again.outcome is not None and first.outcome is not None
    assert again.outcome.ticket_ref == first.outcome.ticket_ref
    assert (await count(database, Message), await count(database, OutboxMail)) == (1, mails)


async def test_two_concurrent_ingests_of_the_same_file_give_one_message(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    settings = settings_for(migrated_db_url, tmp_path)
    raw = mail("<a1@example.nl>")
    results = await asyncio.gather(ingest(database, raw, settings), ingest(database, raw, settings))
    assert sorted(r.state for r in results) == ["done", "duplicate"]
    assert (
        await count(database, Message),
        await count(database, Ticket),
        await count(database, SpoolEntry),
    ) == (
        1,
        1,
        1,
    )


async def test_a_reused_message_id_with_other_content_is_another_message(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    settings = settings_for(migrated_db_url, tmp_path)
    await ingest(database, mail("<same@example.nl>"), settings)
    other = await ingest(database, mail("<same@example.nl>", body="Nog iets anders.\n"), settings)
    assert other.state == "done"
    assert await count(database, Message) == 2


async def test_a_reply_naming_our_message_threads_onto_the_ticket(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    settings = settings_for(migrated_db_url, tmp_path)
    first = await ingest(database, mail("<a1@example.nl>"), settings)
    reply = await ingest(
        database,
        mail(
            "<a2@example.nl>",
            subject="Re: Robot reageert niet",
            extra_headers="In-Reply-To: <a1@example.nl>\n",
        ),
        settings,
    )
    assert first.outcome is not None and reply.outcome is not None
    assert (reply.outcome.reason, reply.outcome.ticket_ref) == ("in_reply_to", first.outcome.ticket_ref)


async def test_a_mail_that_cannot_be_stored_is_quarantined_after_bounded_attempts_and_lost_nowhere(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    not_a_directory = tmp_path / "files"
    not_a_directory.write_bytes(b"")  # attachments cannot be written below a regular file
    raw = mail("<a1@example.nl>", attachments=(("log.bin", b"\x00\x01 robot log"),))
    result = await ingest(database, raw, settings_for(migrated_db_url, not_a_directory))
    async with database.session() as s:
        entry = await s.get_one(SpoolEntry, result.spool_id)
    assert result.state == "quarantined" and result.error is not None
    assert "NotADirectoryError" in result.error or "FileExistsError" in result.error
    assert (entry.state, entry.attempts, entry.raw) == ("quarantined", 3, raw)
    assert (await count(database, Message), await count(database, OutboxMail)) == (0, 0)

    async with database.session() as s:
        await quarantine.requeue(s, result.spool_id)
        await s.commit()
    retried = await process_spooled(
        database, result.spool_id, settings=settings_for(migrated_db_url, tmp_path / "good"), now=NOW
    )
    assert retried.state == "done"
    assert await count(database, Message) == 1


async def test_a_rights_request_is_queued_with_its_deadlines(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    body = (
        "Geachte heer/mevrouw,\n\nHierbij verzoek ik u mijn persoonsgegevens te wissen op grond van artikel 17 AVG."
        "\n\nHoogachtend,\nJoost van Leeuwen\n"
    )
    result = await ingest(
        database,
        mail("<r1@example.nl>", subject="Verzoek verwijdering persoonsgegevens", body=body),
        settings_for(migrated_db_url, tmp_path),
    )
    assert result.outcome is not None and result.outcome.rights_request_id is not None
    async with database.session() as s:
        request = await s.get_one(RightsRequest, result.outcome.rights_request_id)
    assert "erasure" in request.rights
    assert (request.receipt_date.isoformat(), request.promised_due_date.isoformat()) == (
        "2026-11-24",
        "2026-12-22",
    )
    assert request.legal_due_date.isoformat() == "2026-12-24"


async def test_two_workers_on_the_same_spool_entry_route_it_once(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    settings = settings_for(migrated_db_url, tmp_path)
    async with database.session() as s:
        spooled = await spool.spool_message(
            s, mail("<w1@example.nl>"), mailbox="INBOX", uidvalidity=1, uid=5, received_at=NOW
        )
        await s.commit()
    results = await asyncio.gather(
        process_spooled(database, spooled.spool_id, settings=settings, now=NOW),
        process_spooled(database, spooled.spool_id, settings=settings, now=NOW),
    )
    assert sorted(r.state for r in results) == ["done", "duplicate"]
    assert (await count(database, Message), await count(database, Ticket)) == (1, 1)


async def test_a_failed_attempt_leaves_no_attachment_file_behind(
    database: Database, migrated_db_url: str, tmp_path: Path
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    (files / "identity").write_bytes(b"")  # the passport cannot be written: the attempt fails after the log
    raw = mail(
        "<p1@example.nl>", attachments=(("log.bin", b"robot log"), ("paspoort.jpg", b"\xff\xd8 passport"))
    )
    result = await ingest(database, raw, settings_for(migrated_db_url, files))
    assert result.state == "quarantined"
    assert [p.name for p in (files / "attachments").rglob("*") if p.is_file()] == []

    (files / "identity").unlink()
    async with database.session() as s:
        await quarantine.requeue(s, result.spool_id)
        await s.commit()
    retried = await process_spooled(
        database, result.spool_id, settings=settings_for(migrated_db_url, files), now=NOW
    )
    async with database.session() as s:
        paths = sorted(p for p in (await s.execute(select(Attachment.path))).scalars() if p is not None)
    assert retried.state == "done"
    assert [p.split("/")[0] for p in paths] == ["attachments", "identity"]
    assert all((files / p).is_file() for p in paths)
