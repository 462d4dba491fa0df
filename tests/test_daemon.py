"""The daemon against a real Dovecot (STARTTLS, test CA) and real SQLite files: exactly once, end to end."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from intake.config import Settings, parse_settings
from intake.daemon.ingest import ingest_bytes
from intake.daemon.poller import STALE_FOLDER, Poller, read_state, write_state
from intake.daemon.wiring import open_database, run_once, utc_now
from intake.testbed.mail import realistic_backlog, realistic_mail
from intake.testbed.servers import Certs, SmtpSink, write_config
from storage.database import Database
from storage.models import Message, OutboxMail, SpoolEntry, SpoolLocation, Ticket
from tests.fixtures import certs
from tests.fixtures.dovecot import Dovecot, MailAccount

INTAKE = str(Path(sys.executable).parent / "intake")
WAIT_SECONDS = 60.0  # an upper bound for "eventually"; never a speed claim


def sections(account: MailAccount, tmp_path: Path, **mailbox: Any) -> dict[str, dict[str, Any]]:
    return {
        "mailbox": account.mailbox_config(**mailbox),
        "database": {"url": f"sqlite+aiosqlite:///{tmp_path}/intake.db"},
        "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
        "outbound": {"acks_per_minute": 100_000},
        "logging": {"format": "keyvalue"},
    }


def settings_for(account: MailAccount, tmp_path: Path, **mailbox: Any) -> Settings:
    return parse_settings(sections(account, tmp_path, **mailbox))


async def count(db: Database, column: Any, *where: Any) -> int:
    async with db.session() as session:
        return int((await session.execute(select(func.count(column)).where(*where))).scalar_one())


@pytest.fixture
async def db(tmp_path: Path, mail_account: MailAccount) -> AsyncIterator[Database]:
    database = await open_database(settings_for(mail_account, tmp_path))
    yield database
    await database.close()


async def eventually(check: Callable[[], Any], what: str) -> None:
    """Waits until `check()` (a plain or an async function) is true; fails after WAIT_SECONDS."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        result = check() if inspect.iscoroutinefunction(check) else await asyncio.to_thread(check)
        if await result if inspect.isawaitable(result) else result:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"not within {WAIT_SECONDS} s: {what}")


# --- one drain ------------------------------------------------------------------------------------------------


async def test_new_mail_becomes_tickets_and_moves_to_processed(
    mail_account: MailAccount, tmp_path: Path, db: Database
) -> None:
    mails = realistic_backlog(6)
    mail_account.append(mails)
    report = await run_once(settings_for(mail_account, tmp_path))
    assert (report.spooled, report.quarantined) == (6, 0)
    assert mail_account.count("INBOX") == 0
    assert sorted(mail_account.messages("Processed")) == sorted(mails)
    assert await count(db, Message.id, Message.direction == "in") == 6
    assert await count(db, Ticket.id) >= 1
    assert await count(db, SpoolEntry.id, SpoolEntry.state == "done") == 6
    assert await count(db, SpoolLocation.id, SpoolLocation.settled_folder == "Processed") == 6
    assert await read_state(db, "mailbox.INBOX.uidvalidity") == str(mail_account.uidvalidity())
    assert await read_state(db, "poller.last_poll_at") is not None


async def test_the_same_bytes_delivered_again_are_one_message(
    mail_account: MailAccount, tmp_path: Path, db: Database
) -> None:
    mails = realistic_backlog(3)
    mail_account.append(mails)
    settings = settings_for(mail_account, tmp_path)
    await run_once(settings)
    mail_account.append(mails[:2])  # a second delivery of identical bytes
    again = await run_once(settings)
    assert again.spooled == 0
    assert await count(db, Message.id) == 3
    assert mail_account.count("INBOX") == 0
    assert mail_account.count("Processed") == 5  # both server copies are settled


async def test_a_backlog_of_500_drains_in_batches(
    mail_account: MailAccount, tmp_path: Path, db: Database
) -> None:
    mails = realistic_backlog(500)
    mail_account.append(mails)
    report = await run_once(settings_for(mail_account, tmp_path, batch_size=64))
    assert report.spooled == 500
    assert mail_account.count("INBOX") == 0
    assert mail_account.count("Processed") == 500
    assert await count(db, Message.id) == 500
    assert await count(db, SpoolLocation.id, SpoolLocation.settled_at.is_(None)) == 0


async def test_a_new_uidvalidity_is_resynced_by_content_hash(
    mail_account: MailAccount, tmp_path: Path, db: Database
) -> None:
    # A previous run took these mails under the old UIDVALIDITY and died before moving them; then the
    # mailbox was rebuilt, so the same mails sit in the INBOX under new UIDs.
    mails = realistic_backlog(5)
    mail_account.append(mails)
    settings = settings_for(mail_account, tmp_path)
    old = mail_account.uidvalidity()
    for uid, raw in enumerate(mails, start=1):
        await ingest_bytes(
            db,
            raw,
            mailbox="INBOX",
            uidvalidity=old,
            uid=uid,
            received_at=utc_now(),
            settings=settings,
            now=utc_now(),
        )
    await write_state(db, {"mailbox.INBOX.uidvalidity": str(old)})
    mail_account.reset_inbox_uidvalidity()
    new_mail = realistic_mail(900)
    mail_account.append([new_mail])
    assert mail_account.uidvalidity() != old

    report = await run_once(settings)

    assert report.spooled == 1  # only the new mail is new
    assert await count(db, Message.id) == 6
    assert mail_account.count("INBOX") == 0
    assert sorted(mail_account.messages("Processed")) == sorted([*mails, new_mail])
    assert await count(db, SpoolLocation.id, SpoolLocation.settled_folder == STALE_FOLDER) == 5
    assert await read_state(db, "mailbox.INBOX.uidvalidity") == str(mail_account.uidvalidity())


async def test_a_message_over_the_size_limit_is_quarantined_while_the_rest_is_processed(
    mail_account: MailAccount, tmp_path: Path, db: Database
) -> None:
    big = realistic_mail(1, reply_to=None).replace(b"Beste helpdesk,", b"Beste helpdesk,\r\n" + b"x" * 6000)
    small = [realistic_mail(2), realistic_mail(3), realistic_mail(4)]
    mail_account.append([small[0], big, *small[1:]])
    await run_once(settings_for(mail_account, tmp_path, max_message_bytes=4096))

    assert sorted(mail_account.messages("Processed")) == sorted(small)
    assert mail_account.messages("Quarantine") == [big]
    assert await count(db, Message.id) == 3
    listed = subprocess.run(
        [INTAKE, "--config", str(_config_file(mail_account, tmp_path)), "quarantine", "list", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    entries = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [e["size"] for e in entries] == [len(big)]
    assert "max_message_bytes" in entries[0]["reason"]


async def test_quarantine_retry_moves_the_mail_back_and_the_next_drain_processes_it(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    # No database handle is held across the `intake` subprocess here: see fresh_db().
    big = realistic_mail(1).replace(b"Beste helpdesk,", b"Beste helpdesk,\r\n" + b"y" * 6000)
    mail_account.append([big])
    await run_once(settings_for(mail_account, tmp_path, max_message_bytes=4096))
    assert mail_account.count("Quarantine") == 1
    async with fresh_db(mail_account, tmp_path) as db, db.session() as session:
        spool_id = (await session.execute(select(SpoolEntry.id))).scalar_one()

    config = _config_file(mail_account, tmp_path)  # the admin raised the limit (default 50 MB)
    retried = subprocess.run(
        [INTAKE, "--config", str(config), "quarantine", "retry", str(spool_id)],
        capture_output=True,
        text=True,
    )
    assert retried.returncode == 0, retried.stderr
    assert "moved from Quarantine back to the INBOX" in retried.stdout
    await run_once(settings_for(mail_account, tmp_path))

    assert mail_account.messages("Processed") == [big]
    assert mail_account.count("Quarantine") == 0
    async with fresh_db(mail_account, tmp_path) as db:
        assert await count(db, Message.id) == 1


@contextlib.asynccontextmanager
async def fresh_db(account: MailAccount, tmp_path: Path) -> AsyncIterator[Database]:
    """A handle closed before another process writes: storage.database.Database.open closes a descriptor of
    the SQLite file, which drops this process's POSIX locks on it (fcntl semantics); another process closing
    its last connection may then remove the -shm file under a handle still open here."""
    database = await open_database(settings_for(account, tmp_path))
    try:
        yield database
    finally:
        await database.close()


def _config_file(account: MailAccount, tmp_path: Path, **mailbox: Any) -> Path:
    return write_config(tmp_path / "intake.toml", sections(account, tmp_path, **mailbox))


# --- the long-running loop -----------------------------------------------------------------------------------


async def _poller_task(settings: Settings, db: Database) -> tuple[Poller, asyncio.Task[None]]:
    poller = Poller(db, settings, clock=utc_now, stop=asyncio.Event())
    return poller, asyncio.create_task(poller.run())


async def test_idle_wakes_the_daemon_when_mail_arrives(
    mail_account: MailAccount, tmp_path: Path, db: Database
) -> None:
    # IDLE renewal and polling are both far beyond the wait below: only an IDLE notification can deliver it.
    settings = settings_for(mail_account, tmp_path, idle_renew_seconds=1500, poll_interval_seconds=3600)
    poller, task = await _poller_task(settings, db)
    try:

        async def idling() -> bool:
            return await read_state(db, "poller.mode") == "idle"

        await eventually(idling, "waiting in IDLE")
        mail_account.append([realistic_mail(1)])
        await eventually(lambda: mail_account.count("Processed") == 1, "mail processed")
    finally:
        poller.request_stop()
        await task
    assert await count(db, Message.id) == 1


async def test_the_daemon_reconnects_after_the_server_restarts(
    dovecot: Dovecot, mail_account: MailAccount, tmp_path: Path, db: Database
) -> None:
    settings = settings_for(mail_account, tmp_path)
    poller, task = await _poller_task(settings, db)
    try:
        mail_account.append(realistic_backlog(2))
        await eventually(lambda: mail_account.count("Processed") == 2, "first mails processed")
        await asyncio.to_thread(dovecot.restart, down_seconds=0.5)
        mail_account.append([realistic_mail(10), realistic_mail(11)])
        await eventually(lambda: mail_account.count("Processed") == 4, "mail after the restart processed")
    finally:
        poller.request_stop()
        await task
    assert await count(db, Message.id) == 4
    assert "IMAP" in (await read_state(db, "poller.last_error") or "")


# --- the process: signals and systemd --------------------------------------------------------------------------


@pytest.fixture
def sink(test_ca: certs.TestCA) -> Iterator[SmtpSink]:
    server = SmtpSink(Certs(test_ca.ca_file, test_ca.cert_file, test_ca.key_file))
    server.start()
    yield server
    server.stop()


def _start_daemon(config: Path, **env: str) -> subprocess.Popen[bytes]:
    """`intake run` with its log in a file beside the config (a pipe nobody reads could fill and block it)."""
    with open(config.parent / "daemon.log", "wb") as log:
        return subprocess.Popen(
            [INTAKE, "--config", str(config), "run"],
            env={**os.environ, **env},
            stdout=subprocess.DEVNULL,
            stderr=log,
        )


def test_sigterm_stops_the_daemon_cleanly_with_exit_code_0(
    mail_account: MailAccount, tmp_path: Path, sink: SmtpSink
) -> None:
    mail_account.append(realistic_backlog(200))
    config = write_config(
        tmp_path / "intake.toml",
        {**sections(mail_account, tmp_path, batch_size=20), "smtp": sink.smtp_config()},
    )
    proc = _start_daemon(config)
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        while mail_account.count("Processed") == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)  # the promise: exit within 10 s of SIGTERM
    finally:
        if proc.poll() is None:
            proc.kill()
    log = (tmp_path / "daemon.log").read_text()
    assert proc.returncode == 0, log
    assert "event=stopped" in log
    # whatever was taken in is settled or still safely in the INBOX: nothing is in between
    assert mail_account.count("INBOX") + mail_account.count("Processed") == 200


def test_under_systemd_the_daemon_reports_ready_watchdog_and_stopping(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    notify_path = tmp_path / "notify.sock"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(notify_path))
    listener.settimeout(WAIT_SECONDS)
    config = write_config(tmp_path / "intake.toml", sections(mail_account, tmp_path))
    proc = _start_daemon(config, NOTIFY_SOCKET=str(notify_path), WATCHDOG_USEC="400000")
    received: list[str] = []
    try:
        while not any("WATCHDOG=1" in d for d in received) or not any("READY=1" in d for d in received):
            received.append(listener.recv(4096).decode())
        proc.send_signal(signal.SIGTERM)
        while not any("STOPPING=1" in d for d in received):
            received.append(listener.recv(4096).decode())
        proc.wait(timeout=10)
    finally:
        listener.close()
        if proc.poll() is None:
            proc.kill()
    ready = next(d for d in received if "READY=1" in d)
    assert "STATUS=watching INBOX" in ready
    assert proc.returncode == 0


async def test_run_once_sends_the_acknowledgements_it_queued(
    mail_account: MailAccount, tmp_path: Path, db: Database, sink: SmtpSink
) -> None:
    mail_account.append(realistic_backlog(3))
    settings = parse_settings({**sections(mail_account, tmp_path), "smtp": sink.smtp_config()})
    await run_once(settings)
    async with db.session() as session:
        pending = (
            await session.execute(select(func.count(OutboxMail.id)).where(OutboxMail.state == "pending"))
        ).scalar_one()
        sent = (
            await session.execute(select(func.count(OutboxMail.id)).where(OutboxMail.state == "sent"))
        ).scalar_one()
    assert pending == 0
    assert len(sink.received) == sent


async def test_the_daemon_works_on_sqlite_and_postgresql_alike(
    mail_account: MailAccount, db_url: str, tmp_path: Path
) -> None:
    mails = realistic_backlog(8)
    mail_account.append(mails)
    database_section = {"url": db_url, "files_dir": str(tmp_path / "files")}
    settings = parse_settings({**sections(mail_account, tmp_path), "database": database_section})
    report = await run_once(settings)
    assert (report.spooled, report.quarantined) == (8, 0)
    assert sorted(mail_account.messages("Processed")) == sorted(mails)
    database = await open_database(settings)
    try:
        assert await count(database, Message.id) == 8
        assert await count(database, SpoolLocation.id, SpoolLocation.settled_at.is_(None)) == 0
    finally:
        await database.close()


async def test_a_message_that_keeps_failing_returns_to_quarantine_after_max_attempts(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    # Retried without raising the limit: the bytes are still never stored, so every attempt of the pipeline
    # fails for real; after max_attempts the mail is back in Quarantine and the drain ends.
    big = realistic_mail(1).replace(b"Beste helpdesk,", b"Beste helpdesk,\r\n" + b"z" * 6000)
    mail_account.append([big, realistic_mail(2)])
    settings = settings_for(mail_account, tmp_path, max_message_bytes=4096, max_attempts=2)
    await run_once(settings)
    async with fresh_db(mail_account, tmp_path) as db, db.session() as session:
        spool_id = (await session.execute(select(SpoolEntry.id).where(SpoolEntry.raw.is_(None)))).scalar_one()
    config = _config_file(mail_account, tmp_path, max_message_bytes=4096, max_attempts=2)
    retried = subprocess.run(
        [INTAKE, "--config", str(config), "quarantine", "retry", str(spool_id)], capture_output=True
    )
    assert retried.returncode == 0, retried.stderr

    report = await run_once(settings)

    assert report.quarantined == 1
    assert mail_account.messages("Quarantine") == [big]
    assert mail_account.messages("Processed") == [realistic_mail(2)]
    async with fresh_db(mail_account, tmp_path) as db, db.session() as session:
        entry = await session.get_one(SpoolEntry, spool_id)
        assert (entry.state, entry.attempts) == ("quarantined", 2)


def test_run_once_refuses_a_server_certificate_from_another_ca(
    mail_account: MailAccount, tmp_path: Path, other_ca: certs.TestCA
) -> None:
    mail_account.append([realistic_mail(1)])
    config = _config_file(mail_account, tmp_path, ca_file=str(other_ca.ca_file))
    result = subprocess.run(
        [INTAKE, "--config", str(config), "run", "--once"], capture_output=True, text=True
    )
    assert result.returncode == 3
    assert "certificate that does not verify" in result.stderr
    assert "fix: set [mailbox] ca_file" in result.stderr
    assert mail_account.count("INBOX") == 1  # nothing was taken
