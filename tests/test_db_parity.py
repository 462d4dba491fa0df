"""PostgreSQL takes every mail SQLite takes, and stores the same: every real mail we hold, into both, compared.

The mails of samples/, tests/corpus/bounces/ and the shared corpus (../shared/corpus/) plus crafted ones (a NUL
byte in the text, subject and display name; a display name of 300 characters) are ingested, in the same order
and at the same clock, into a SQLite file and a PostgreSQL database. Per mail the outcome must be the same on
both: processed or quarantined, ticket, routing reason, classification, writer, rights, and the customer
record; the text columns (storage/column_types.py) hold no NUL and no value longer than their column.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from intake.cli.ingest_cmd import receipt_time
from intake.config import DatabaseSettings, HelpdeskSettings, Settings
from intake.daemon.ingest import ingest_bytes
from storage import spool
from storage.database import Database
from storage.models import Customer, Message, RightsRequest, SpoolEntry, Ticket
from tests.fixtures.database import create_pg_database, drop_pg_database, ensure_postgresql, pg_url

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
#: ../shared/corpus beside the checkout (main), or beside the worktrees' folder (a helper's worktree)
SHARED_CORPUS = next(
    (p for p in (ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus") if p.is_dir()),
    None,
)

LONG_NAME = "Van " + "der " * 80 + "Berg"  # 328 characters, encoded below as an RFC 2047 word run


def _crafted() -> dict[str, bytes]:
    head = (
        "Received: from mx.example.nl by mx.tinybots.nl; Tue, 24 Nov 2026 11:00:00 +0100\r\n"
        "To: help@tinybots.nl\r\nDate: Tue, 24 Nov 2026 10:59:00 +0100\r\nMIME-Version: 1.0\r\n"
    )
    body = "Hallo,\r\n\r\nMijn robot\x00 reageert niet.\r\n\r\nGroet,\r\nEva Smit\r\n"
    return {
        "crafted/nul-in-body": (
            f"{head}From: Eva Smit <eva@example.nl>\r\nSubject: Robot stil\r\nMessage-ID: <nul1@example.nl>\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}"
        ).encode(),
        "crafted/nul-in-headers": (
            f"{head}From: =?utf-8?q?Eva=00_Smit?= <eva2@example.nl>\r\nSubject: =?utf-8?q?Robot=00_stil?=\r\n"
            "Message-ID: <nul2@example.nl>\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\nMijn robot=00 reageert niet.\r\n"
        ).encode(),
        "crafted/long-display-name": (
            f'{head}From: "{LONG_NAME}" <berg@example.nl>\r\nSubject: Vraag over de robot\r\n'
            "Message-ID: <long1@example.nl>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "Hoe zet ik de robot uit?\r\n"
        ).encode(),
    }


def _mails() -> dict[str, bytes]:
    files = sorted((ROOT / "samples").glob("*.eml")) + sorted(
        (ROOT / "tests" / "corpus" / "bounces").iterdir()
    )
    if SHARED_CORPUS is not None:
        files += sorted(SHARED_CORPUS.rglob("*.eml"))
    mails = {str(path.relative_to(path.parents[1])): path.read_bytes() for path in files if path.is_file()}
    return mails | _crafted()


def _settings(url: str, files_dir: Path) -> Settings:
    return Settings(
        database=DatabaseSettings(url=url, files_dir=str(files_dir)),
        helpdesk=HelpdeskSettings(
            staff_notify=("support@tinybots.nl",), privacy_officer="privacy@tinybots.nl"
        ),
    )


async def _ingest_all(url: str, files_dir: Path, mails: dict[str, bytes]) -> dict[str, Any]:
    """Per mail: what the pipeline said and what the database holds for it."""
    settings = _settings(url, files_dir)
    db = Database.open(url)
    try:
        await db.upgrade()
        results = {}
        for name, raw in mails.items():
            result = await ingest_bytes(
                db,
                raw,
                mailbox=spool.FILE_MAILBOX,
                uidvalidity=0,
                uid=spool.file_uid(raw),
                received_at=receipt_time(raw, settings, NOW),
                settings=settings,
                now=NOW,
            )
            outcome = result.outcome
            results[name] = {
                "state": result.state,
                "ticket": outcome.ticket_ref if outcome else None,
                "reason": outcome.reason if outcome else None,
                "rights_request": outcome.rights_request_id is not None if outcome else None,
                "stored": await _stored(db, spool.sha256_hex(raw)),
            }
        return results
    finally:
        await db.close()


async def _stored(db: Database, sha256: str) -> dict[str, Any]:
    async with db.session() as s:
        entry = await s.scalar(select(SpoolEntry).where(SpoolEntry.sha256 == sha256))
        assert entry is not None
        message = await s.scalar(select(Message).where(Message.spool_id == entry.id))
        if message is None:
            return {"spool_state": entry.state}
        ticket = await s.get(Ticket, message.ticket_id) if message.ticket_id else None
        customer = await s.get(Customer, ticket.customer_id) if ticket and ticket.customer_id else None
        rights = await s.scalars(select(RightsRequest.rights).where(RightsRequest.message_id == message.id))
        return {
            "spool_state": entry.state,
            "classification": message.classification,
            "from": (message.from_address, message.from_name),
            "subject": message.subject,
            "text": message.text,
            "message_rights": message.rights,
            "rights_requests": sorted(map(str, rights)),
            "customer": (customer.email, customer.name, customer.phone) if customer else None,
        }


def test_sqlite_and_postgresql_take_every_mail_alike(tmp_path: Path) -> None:
    mails = _mails()
    ensure_postgresql()
    pg_name = create_pg_database()
    try:
        on_sqlite = asyncio.run(
            _ingest_all(f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}", tmp_path / "f1", mails)
        )
        on_postgresql = asyncio.run(_ingest_all(pg_url(pg_name), tmp_path / "f2", mails))
    finally:
        drop_pg_database(pg_name)

    differing = {
        name: (on_sqlite[name], on_postgresql[name])
        for name in mails
        if on_sqlite[name] != on_postgresql[name]
    }
    assert differing == {}
    assert (
        len(on_sqlite) == len(mails) > 300
    )  # every mail of samples/, the bounces and the crafted ones compared
    quarantined = sorted(
        name for name, r in on_sqlite.items() if r["state"] != "done" and r["state"] != "duplicate"
    )
    assert quarantined == []
    for name in _crafted():
        stored = on_postgresql[name]["stored"]
        assert "\x00" not in repr(stored), name  # the NUL is gone, the rest of the text is kept
        assert "reageert niet" in stored["text"] or "Hoe zet ik" in stored["text"]
    long_name = on_postgresql["crafted/long-display-name"]["stored"]["from"][1]
    assert long_name == LONG_NAME[:200]  # cut to the column on both databases
