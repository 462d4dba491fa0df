"""Crash safety: `intake run` killed with SIGKILL at random moments during a drain, again and again.

Afterwards every mail has exactly one message row, every new ticket was opened once and acknowledged once, and
every mail sits exactly once in Processed or Quarantine: none left in the INBOX, none twice.
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

INTAKE = str(Path(sys.executable).parent / "intake")
MAILS = 500
KILLS = 20


def _config(account: MailAccount, tmp_path: Path) -> Path:
    return write_config(
        tmp_path / "intake.toml",
        {
            "mailbox": account.mailbox_config(batch_size=25),
            "database": {"url": f"sqlite+aiosqlite:///{tmp_path}/intake.db"},
            "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
            "outbound": {"acks_per_minute": 100_000},
            "logging": {"format": "keyvalue", "level": "WARNING"},
        },
    )


def _kill_during_drains(config: Path, account: MailAccount, mails: list[bytes], rng: random.Random) -> int:
    """Starts the daemon and SIGKILLs it after a random delay until KILLS kills hit a drain in progress (mail
    still in the INBOX); when the INBOX runs dry first, more mail is appended to `mails`. Returns the number of
    runs that took mail in before they died."""
    runs_with_progress = kills_in_drain = 0
    before = account.count("INBOX")
    while kills_in_drain < KILLS:
        if before == 0:
            more = [realistic_mail(n) for n in range(len(mails), len(mails) + 100)]
            account.append(more)
            mails.extend(more)
            before = len(more)
        proc = subprocess.Popen([INTAKE, "--config", str(config), "run"], stderr=subprocess.DEVNULL)
        if rng.random() < 0.5:
            # Anywhere in start-up (imports, TLS login, the first fetch): about a second on 2 cores.
            time.sleep(rng.uniform(0.3, 1.8))
        else:
            # In the middle of the work: once the first mail has been settled, a little later.
            _wait_for_progress(account, before)
            time.sleep(rng.uniform(0.0, 0.6))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        left = account.count("INBOX")
        kills_in_drain += left > 0
        runs_with_progress += left < before
        before = left
    return runs_with_progress


def _wait_for_progress(account: MailAccount, before: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while account.count("INBOX") >= before and time.monotonic() < deadline:
        time.sleep(0.05)


def test_kill_9_during_a_drain_takes_every_mail_exactly_once(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    mails = realistic_backlog(MAILS)
    mail_account.append(mails)
    config = _config(mail_account, tmp_path)

    progress = _kill_during_drains(config, mail_account, mails, random.Random(20261124))
    final = subprocess.run([INTAKE, "--config", str(config), "run", "--once"], capture_output=True)
    assert final.returncode == 0, final.stderr.decode()
    assert progress >= KILLS // 4, "the kills must interrupt a drain that is making progress"

    # The mailbox: nothing left behind, nothing doubled.
    assert mail_account.count("INBOX") == 0
    settled = mail_account.messages("Processed") + mail_account.messages("Quarantine")
    assert collections.Counter(settled) == collections.Counter(mails)

    db = sqlite3.connect(tmp_path / "intake.db")
    # One message row per mail, each tied to its own spool entry, all processed.
    assert (
        db.execute("SELECT count(*), count(DISTINCT message_id) FROM messages").fetchone()
        == (len(mails),) * 2
    )
    assert db.execute("SELECT count(*) FROM spool WHERE state != 'done'").fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM spool_locations WHERE settled_at IS NULL").fetchone() == (0,)
    # Every new ticket was opened by exactly one message, and acknowledged exactly once.
    tickets = db.execute("SELECT count(*) FROM tickets").fetchone()[0]
    opened = db.execute(
        "SELECT ticket_id, count(*) FROM messages WHERE route_reason = 'new_ticket' GROUP BY ticket_id"
    ).fetchall()
    assert tickets == len(opened) and all(n == 1 for _, n in opened)
    acks = dict(
        db.execute("SELECT ticket_id, count(*) FROM outbox WHERE kind = 'ack_ticket' GROUP BY 1").fetchall()
    )
    assert {ticket_id: acks.get(ticket_id, 0) for ticket_id, _ in opened} == {t: 1 for t, _ in opened}
