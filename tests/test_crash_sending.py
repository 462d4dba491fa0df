"""Crash safety of sending: `intake run` killed with SIGKILL while it sends, counted at the SMTP server.

The SMTP server runs in a process of its own (tests/fixtures/sink_process.py) and writes down the Message-ID of
every mail it accepts, so it sees what the daemon handed over whatever the daemon recorded. The daemon runs in a
session of its own; most kills take its whole process group (`kill -9 -PGID`: the daemon and its parse
workers), some only its pid, each one timed to land while mail is being accepted, and a new daemon is started at
once, as systemd's Restart= does.

No mail is accepted twice: the relay process records each accepted mail itself before it hands the next one to
the server, it runs in a session of its own (a group kill leaves it to finish the mail in hand, record it, and
exit), and a restarted daemon takes back the rows left `sending` only once the old relay is gone. Nothing is
lost: in the end every outbox row was accepted exactly once. The figures are in docs/reliability.md.
"""

from __future__ import annotations

import collections
import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from intake.outbound.relay_process import PARENT_ENV
from intake.testbed.mail import realistic_backlog, realistic_mail
from intake.testbed.servers import write_config
from tests.fixtures.dovecot import MailAccount
from tests.fixtures.sink_process import SinkProcess

INTAKE = str(Path(sys.executable).parent / "intake")
MAILS = 300
KILLS = 24
#: Every PID_KILL_EVERY-th kill takes the daemon's pid alone (its parse workers live on and hold the relay's
#: stdin open); the others its whole process group.
PID_KILL_EVERY = 6
RELAY_ENDS_WITHIN_SECONDS = 10.0


def _config(account: MailAccount, sink: SinkProcess, tmp_path: Path) -> Path:
    return write_config(
        tmp_path / "intake.toml",
        {
            "mailbox": account.mailbox_config(batch_size=25),
            "smtp": sink.smtp_config(),
            "database": {"url": f"sqlite+aiosqlite:///{tmp_path}/intake.db"},
            "helpdesk": {
                "address": "help@tinybots.test",
                "own_addresses": ["help@tinybots.test"],
                "staff_notify": ["support@tinybots.test"],
            },
            "outbound": {"acks_per_minute": 100_000, "acks_per_sender_per_day": 100, "relay_process": True},
            "logging": {"format": "keyvalue", "level": "WARNING"},
        },
    )


def _start(config: Path) -> subprocess.Popen[bytes]:
    # A session of its own: its process group is the daemon and its parse workers (the relay has its own).
    return subprocess.Popen(
        [INTAKE, "--config", str(config), "run"], stderr=subprocess.DEVNULL, start_new_session=True
    )


def _wait_for_sending(sink: SinkProcess, account: MailAccount, db_path: Path, mails: list[bytes]) -> None:
    """Returns once the sink accepts mail from this run; appends more mail when there is nothing left to send."""
    before = len(sink.message_ids())
    deadline = time.monotonic() + 60
    next_look = time.monotonic() + 1.0
    while len(sink.message_ids()) == before:
        assert time.monotonic() < deadline, "the restarted daemon sends nothing"
        if time.monotonic() > next_look:
            next_look = time.monotonic() + 1.0
            if account.count("INBOX") == 0 and _unsent(db_path) == 0:
                more = [realistic_mail(n) for n in range(len(mails), len(mails) + 100)]
                account.append(more)
                mails.extend(more)
        time.sleep(0.01)


def _relays_of(daemon_pid: int) -> list[int]:
    """The relay processes the daemon started (their environment names it, intake/outbound/relay_process.py)."""
    marker = f"{PARENT_ENV}={daemon_pid}".encode()
    relays = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker in (entry / "environ").read_bytes().split(b"\0"):
                    relays.append(int(entry.name))
            except OSError:
                continue
    return relays


def _running(pid: int) -> bool:
    try:
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False


def _all_ended(pids: list[int], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.02)
    return not any(_running(pid) for pid in pids)


def _kill(daemon: subprocess.Popen[bytes], *, whole_group: bool) -> list[int]:
    """Kills the daemon (or its whole group: daemon and parse workers); returns its relay processes' pids."""
    relays = _relays_of(daemon.pid)
    if whole_group:
        os.killpg(daemon.pid, signal.SIGKILL)
    else:
        os.kill(daemon.pid, signal.SIGKILL)
    daemon.wait()
    # parse workers a pid kill left behind: not what this test is about
    with contextlib.suppress(ProcessLookupError):
        os.killpg(daemon.pid, signal.SIGKILL)
    return relays


def _finish(config: Path, account: MailAccount, db_path: Path) -> None:
    """Runs the daemon until the INBOX is empty and every outbox row is sent, then stops it."""
    daemon = _start(config)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if account.count("INBOX") == 0 and _unsent(db_path) == 0:
                break
            time.sleep(0.2)
    finally:
        daemon.terminate()
        daemon.wait(30)


def _unsent(db_path: Path) -> int:
    with contextlib.closing(sqlite3.connect(db_path)) as db:
        return int(db.execute("SELECT count(*) FROM outbox WHERE state != 'sent'").fetchone()[0])


def _assert_each_mail_taken_in_and_acknowledged_once(
    account: MailAccount, sink: SinkProcess, db_path: Path, mails: list[bytes]
) -> None:
    accepted = collections.Counter(sink.message_ids())
    twice = {message_id: n for message_id, n in accepted.items() if n > 1}
    with contextlib.closing(sqlite3.connect(db_path)) as db:
        rows = dict(db.execute("SELECT message_id, state FROM outbox").fetchall())
        taken_in = db.execute("SELECT count(*), count(DISTINCT message_id) FROM messages").fetchone()
        tickets = db.execute("SELECT count(*) FROM tickets").fetchone()[0]
        acks = db.execute(
            "SELECT count(DISTINCT ticket_id) FROM outbox WHERE kind = 'ack_ticket'"
        ).fetchone()[0]
    print(f"accepted {len(accepted)} mails, {sum(twice.values()) - len(twice)} of them again")
    assert twice == {}, "a mail the server accepted was handed to it again"
    assert set(accepted) == set(rows) and set(rows.values()) == {"sent"}, "every outbox row accepted, once"
    assert account.count("INBOX") == 0 and taken_in == (len(mails), len(mails))
    threads = sum(1 for mail in mails if b"\r\nIn-Reply-To:" not in mail)
    assert tickets == acks == threads, "one ticket per thread, each acknowledged"


def test_kill_9_while_sending_never_hands_a_mail_to_the_server_twice(
    mail_account: MailAccount, sink_process: SinkProcess, tmp_path: Path
) -> None:
    mails = realistic_backlog(MAILS)
    mail_account.append(mails)
    config, db_path = _config(mail_account, sink_process, tmp_path), tmp_path / "intake.db"
    rng = random.Random(20261206)

    orphans: list[int] = []
    relays_outlived = 0
    for kill in range(KILLS):
        daemon = _start(config)  # at once: the old relay may still be finishing its mail in hand
        relays_outlived += not _all_ended(orphans, RELAY_ENDS_WITHIN_SECONDS)
        _wait_for_sending(sink_process, mail_account, db_path, mails)
        time.sleep(rng.uniform(0.0, 0.3))  # somewhere in the sending, not only at its first mail
        orphans = _kill(daemon, whole_group=kill % PID_KILL_EVERY != PID_KILL_EVERY - 1)
    relays_outlived += not _all_ended(orphans, RELAY_ENDS_WITHIN_SECONDS)
    _finish(config, mail_account, db_path)

    assert relays_outlived == 0, "a relay process ends soon after its daemon"
    _assert_each_mail_taken_in_and_acknowledged_once(mail_account, sink_process, db_path, mails)


def test_a_restarted_daemon_leaves_the_mail_in_hand_to_the_old_relay_process(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    """A slow server holds each mail 3 s before its 250: the group kill lands with a mail in hand, and the new
    daemon, started at once, must neither take that row back nor send it while the old relay still waits."""
    sink = SinkProcess.start(tmp_path, answer_delay_seconds=3.0)
    try:
        mails = realistic_backlog(2, reply_every=0)
        mail_account.append(mails)
        config, db_path = _config(mail_account, sink, tmp_path), tmp_path / "intake.db"
        daemon = _start(config)
        _wait_for_sending(sink, mail_account, db_path, mails)
        time.sleep(0.5)  # the next mail is in hand for another 2.5 s
        orphans = _kill(daemon, whole_group=True)
        _finish(config, mail_account, db_path)
        assert _all_ended(orphans, RELAY_ENDS_WITHIN_SECONDS)
        _assert_each_mail_taken_in_and_acknowledged_once(mail_account, sink, db_path, mails)
    finally:
        sink.stop()
