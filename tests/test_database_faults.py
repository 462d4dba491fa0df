"""Database faults are ridden out: a full filesystem under the database, and a write lock another process holds.

The daemon runs as `intake run` against real Dovecot and an SMTP server in its own process. While the fault
lasts mail keeps arriving; the daemon keeps running, logs one ERROR event `database_fault` with the fix,
`intake status` shows the fault at once (it never waits behind the writer), and once the fault clears every
mail is processed once and acknowledged once (Message-IDs counted at the SMTP server).
"""

from __future__ import annotations

import collections
import contextlib
import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from intake.testbed.mail import realistic_mail
from intake.testbed.servers import write_config
from tests.fixtures.dovecot import MailAccount
from tests.fixtures.sink_process import SinkProcess

INTAKE = str(Path(sys.executable).parent / "intake")
#: Generous bounds for waiting on a loaded machine; the test fails if they pass, it never asserts on time.
WAIT_SECONDS = 240.0


def _config(account: MailAccount, sink: SinkProcess, tmp_path: Path, db_dir: Path) -> Path:
    return write_config(
        tmp_path / "intake.toml",
        {
            "mailbox": account.mailbox_config(batch_size=25),
            "smtp": sink.smtp_config(),
            "database": {
                "url": f"sqlite+aiosqlite:///{db_dir}/intake.db",
                "fault_file": str(tmp_path / "fault.json"),
            },
            "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
            "outbound": {"acks_per_minute": 100_000, "acks_per_sender_per_day": 100},
            "logging": {"format": "json", "level": "INFO"},
        },
    )


@contextlib.contextmanager
def _daemon(config: Path, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        daemon = subprocess.Popen([INTAKE, "--config", str(config), "run"], stderr=out, stdout=out)
    try:
        yield daemon
    finally:
        daemon.terminate()
        try:
            daemon.wait(30)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()


def _wait_for(what: str, condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting for {what}")
        time.sleep(0.2)


def _events(log: Path, name: str) -> list[dict[str, Any]]:
    found = []
    for line in log.read_text(errors="replace").splitlines():
        with contextlib.suppress(ValueError):
            event = json.loads(line)
            if isinstance(event, dict) and event.get("event") == name:
                found.append(event)
    return found


def _polled(db_path: Path) -> bool:
    if not db_path.exists():
        return False
    try:
        with contextlib.closing(sqlite3.connect(db_path, timeout=1)) as db:
            row = db.execute("SELECT value FROM daemon_state WHERE key = 'poller.last_poll_at'").fetchone()
    except sqlite3.Error:
        return False
    return row is not None


def _status(config: Path) -> dict[str, Any]:
    # The timeout only guards the test run against a hang; the point is that status answers at all.
    done = subprocess.run(
        [INTAKE, "--config", str(config), "status", "--json"], capture_output=True, timeout=60, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _all_done(account: MailAccount, db_path: Path, expected: int) -> bool:
    if account.count("INBOX") != 0:
        return False
    with contextlib.closing(sqlite3.connect(db_path, timeout=5)) as db:
        messages = db.execute("SELECT count(*) FROM messages").fetchone()[0]
        unsent = db.execute("SELECT count(*) FROM outbox WHERE state != 'sent'").fetchone()[0]
    return bool(messages == expected and unsent == 0)


def _assert_each_mail_once(
    account: MailAccount, sink: SinkProcess, db_path: Path, mails: list[bytes]
) -> None:
    settled = account.messages("Processed") + account.messages("Quarantine")
    assert collections.Counter(settled) == collections.Counter(mails)
    assert account.count("Quarantine") == 0, "a database fault must not count against a mail"
    with contextlib.closing(sqlite3.connect(db_path)) as db:
        assert db.execute("SELECT count(*), count(DISTINCT message_id) FROM messages").fetchone() == (
            len(mails),
            len(mails),
        )
        acks = {row[0] for row in db.execute("SELECT message_id FROM outbox WHERE kind = 'ack_ticket'")}
    accepted = collections.Counter(sink.message_ids())
    assert len(acks) == len(mails) and set(acks) <= set(accepted)
    assert all(n == 1 for n in accepted.values())


def _assert_survived(daemon: subprocess.Popen[bytes], log: Path, config: Path, kind: str) -> None:
    assert daemon.poll() is None, "the daemon must ride the fault out, not exit"
    faults = _events(log, "database_fault")
    assert [e["kind"] for e in faults] == [kind] and faults[0]["level"] == "error"
    assert "fix:" in faults[0]["fix"]
    assert [e["kind"] for e in _events(log, "database_fault_cleared")] == [kind]
    after = _status(config)["database_fault"]
    assert after["kind"] == kind and after["cleared_at"] is not None


def _new_mails(start: int, count: int) -> list[bytes]:
    return [realistic_mail(n) for n in range(start, start + count)]


def test_a_write_lock_held_by_another_process_is_ridden_out(
    mail_account: MailAccount, sink_process: SinkProcess, tmp_path: Path
) -> None:
    db_path = tmp_path / "intake.db"
    config = _config(mail_account, sink_process, tmp_path, tmp_path)
    log = tmp_path / "daemon.log"
    with _daemon(config, log) as daemon:
        _wait_for("the first poll", lambda: _polled(db_path))
        holder = sqlite3.connect(db_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # as a sqlite3 shell left in a write transaction
        mails = _new_mails(0, 60)
        mail_account.append(mails)
        _wait_for("the fault event", lambda: bool(_events(log, "database_fault")))

        status = _status(config)  # answers while the lock is still held
        assert status["database_fault"]["kind"] == "locked" and status["database_fault"]["cleared_at"] is None
        text = subprocess.run(
            [INTAKE, "--config", str(config), "status"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
        assert "FAULT since" in text and "write lock" in text and "db upgrade" not in text

        holder.execute("ROLLBACK")
        holder.close()
        released = time.monotonic()
        _wait_for(
            "every mail processed and acknowledged", lambda: _all_done(mail_account, db_path, len(mails))
        )
        print(f"lock released: {len(mails)} mails done {time.monotonic() - released:.1f} s later")
        _assert_survived(daemon, log, config, "locked")
    _assert_each_mail_once(mail_account, sink_process, db_path, mails)


@pytest.fixture
def small_filesystem(tmp_path: Path) -> Iterator[Path]:
    """A 24 MB tmpfs the test can fill, unmounted afterwards."""
    mount_point = tmp_path / "small-fs"
    mount_point.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=24m,mode=0700", "tmpfs", str(mount_point)], check=True
    )
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mount_point)], check=True)


def _fill(directory: Path) -> Path:
    filler = directory / "filler"
    block = b"\0" * (64 * 1024)
    with filler.open("wb", buffering=0) as out:  # unbuffered: the write that fails is inside the try
        try:
            while True:
                out.write(block)
        except OSError:
            pass
    return filler


def test_a_full_filesystem_under_the_database_is_ridden_out(
    mail_account: MailAccount, sink_process: SinkProcess, tmp_path: Path, small_filesystem: Path
) -> None:
    db_path = small_filesystem / "intake.db"
    config = _config(mail_account, sink_process, tmp_path, small_filesystem)
    log = tmp_path / "daemon.log"
    with _daemon(config, log) as daemon:
        _wait_for("the first poll", lambda: _polled(db_path))
        filler = _fill(small_filesystem)
        mails: list[bytes] = []
        while not _events(log, "database_fault"):  # the WAL may hold a few mails in space it already has
            assert len(mails) < 2000, "the full disk was never noticed"
            more = _new_mails(len(mails), 50)
            mail_account.append(more)
            mails.extend(more)
            _wait_for(
                "the poller to take the mail in",
                lambda: mail_account.count("INBOX") == 0 or bool(_events(log, "database_fault")),
            )

        status = _status(config)
        assert (
            status["database_fault"]["kind"] == "disk_full" and status["database_fault"]["cleared_at"] is None
        )

        filler.unlink()
        freed = time.monotonic()
        _wait_for(
            "every mail processed and acknowledged", lambda: _all_done(mail_account, db_path, len(mails))
        )
        print(f"space freed: {len(mails)} mails done {time.monotonic() - freed:.1f} s later")
        _assert_survived(daemon, log, config, "disk_full")
    _assert_each_mail_once(mail_account, sink_process, db_path, mails)
