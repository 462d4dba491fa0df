"""Crash safety of sending: `intake run` killed with SIGKILL while it sends, counted at the SMTP server.

The SMTP server runs in a process of its own (tests/fixtures/sink_process.py) and writes down the Message-ID of
every mail it accepts, so it sees what the daemon handed over whatever the daemon recorded. The kills alternate
between the daemon's pid (its relay process must not send on for a daemon that is gone) and its whole process
group (as systemd kills a service), each one timed to land while mail is being accepted.

A kill of the daemon alone leaves nothing accepted unrecorded: its relay process finishes the mail in hand,
begins no other, and records what the server accepted before it exits. A kill of the whole group can leave the
one mail in hand unrecorded, which is what SMTP allows (RFC 1047: between the server's acceptance and our
record of it, the server has the mail and we cannot know), and it is sent again after the restart: after each
such kill at most one. In the end every outbox row was accepted, again only for those. The figures are in
docs/reliability.md.
"""

from __future__ import annotations

import collections
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from intake.testbed.mail import realistic_backlog, realistic_mail
from intake.testbed.servers import write_config
from tests.fixtures.dovecot import MailAccount
from tests.fixtures.sink_process import SinkProcess

INTAKE = str(Path(sys.executable).parent / "intake")
MAILS = 300
KILLS = 20
RELAY_MAIN = "intake.outbound.relay_process import main"


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
    # A session of its own: its process group is the daemon, its relay and its parse workers.
    return subprocess.Popen(
        [INTAKE, "--config", str(config), "run"], stderr=subprocess.DEVNULL, start_new_session=True
    )


def _wait_for_sending(sink: SinkProcess, account: MailAccount, mails: list[bytes]) -> None:
    """Returns once the sink accepts mail from this run; appends more mail when there is nothing left to send."""
    before = len(sink.message_ids())
    deadline = time.monotonic() + 20
    while len(sink.message_ids()) == before:
        if time.monotonic() > deadline:
            more = [realistic_mail(n) for n in range(len(mails), len(mails) + 100)]
            account.append(more)
            mails.extend(more)
            deadline = time.monotonic() + 60
        time.sleep(0.01)


def _group(pgid: int) -> list[tuple[int, str]]:
    """(pid, command line) of every live process in the group."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (FileNotFoundError, ProcessLookupError):
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append((int(entry.name), cmdline))
    return members


def _relay_gone(pgid: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(RELAY_MAIN in cmdline for _, cmdline in _group(pgid)):
            return True
        time.sleep(0.02)
    return False


def _kill(daemon: subprocess.Popen[bytes], *, whole_group: bool) -> bool:
    """Kills the daemon (or its whole group); returns whether its relay process was gone soon after."""
    pgid = daemon.pid
    if whole_group:
        os.killpg(pgid, signal.SIGKILL)
    else:
        os.kill(daemon.pid, signal.SIGKILL)
    daemon.wait()
    relay_gone = _relay_gone(pgid)
    for pid, _ in _group(pgid):  # parse workers the daemon left behind: not what this test is about
        os.kill(pid, signal.SIGKILL)
    return relay_gone


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


def _accepted_unrecorded(sink: SinkProcess, db_path: Path) -> set[str]:
    """Mails the server accepted that the (dead) daemon did not record as sent: each will be sent again."""
    with sqlite3.connect(db_path) as db:
        recorded = {row[0] for row in db.execute("SELECT message_id FROM outbox WHERE state = 'sent'")}
    return set(sink.message_ids()) - recorded


def _unsent(db_path: Path) -> int:
    with sqlite3.connect(db_path) as db:
        return int(db.execute("SELECT count(*) FROM outbox WHERE state != 'sent'").fetchone()[0])


def test_kill_9_while_sending_never_hands_a_mail_to_the_server_twice(
    mail_account: MailAccount, sink_process: SinkProcess, tmp_path: Path
) -> None:
    mails = realistic_backlog(MAILS)
    mail_account.append(mails)
    config = _config(mail_account, sink_process, tmp_path)
    rng = random.Random(20261206)

    relays_outlived = 0
    # per kill: accepted by the server during that run, not recorded; daemon pid kills and group kills
    in_hand: dict[bool, list[int]] = {False: [], True: []}
    unrecorded: set[str] = set()
    for kill in range(KILLS):
        whole_group = kill % 2 == 1
        daemon = _start(config)
        _wait_for_sending(sink_process, mail_account, mails)
        time.sleep(rng.uniform(0.0, 0.3))  # somewhere in the sending, not only at its first mail
        relays_outlived += not _kill(daemon, whole_group=whole_group)
        left = _accepted_unrecorded(sink_process, tmp_path / "intake.db")
        in_hand[whole_group].append(len(left - unrecorded))  # an earlier kill's may still wait to be resent
        unrecorded = left
    _finish(config, mail_account, tmp_path / "intake.db")

    accepted = collections.Counter(sink_process.message_ids())
    again = sum(n - 1 for n in accepted.values())
    print(f"kills {KILLS}, accepted {len(accepted)}, accepted again {again}, in hand per kill {in_hand}")
    assert relays_outlived == 0
    assert in_hand[False] == [0] * (KILLS // 2), "the relay records what it sent for a daemon that died"
    assert max(in_hand[True]) <= 1, "a group kill leaves at most the mail in hand unrecorded"
    assert again <= sum(in_hand[True])
    with sqlite3.connect(tmp_path / "intake.db") as db:
        recorded = {row[0] for row in db.execute("SELECT message_id FROM outbox WHERE state = 'sent'")}
        outbox_rows = db.execute("SELECT count(*) FROM outbox").fetchone()[0]
    assert set(accepted) == recorded and len(recorded) == outbox_rows
    assert mail_account.count("INBOX") == 0
