"""`intake run --once` opens its IMAP connection while the daemon's modules load (intake/daemon/connecting.py):
the first connect takes it, its errors are the first connect's, and a run that stops before polling logs out."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from intake.config import Settings, parse_settings
from intake.daemon import mailbox as mailbox_module
from intake.daemon.connecting import EarlyMailbox
from intake.daemon.mailbox import Mailbox, MailboxError
from intake.daemon.sqlite_lock import DatabaseInUse, InstanceLock, sqlite_file
from intake.daemon.wiring import run_once
from intake.testbed.mail import realistic_backlog
from tests.fixtures.dovecot import MailAccount


def settings_for(account: MailAccount, tmp_path: Path, **mailbox: Any) -> Settings:
    return parse_settings(
        {
            "mailbox": account.mailbox_config(**mailbox),
            "database": {"url": f"sqlite+aiosqlite:///{tmp_path}/intake.db"},
            "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
        }
    )


def opened(early: EarlyMailbox) -> Mailbox:
    return early._outcome.result(timeout=30)


async def test_the_first_connect_takes_the_early_connection_and_drains_with_it(
    mail_account: MailAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mails = realistic_backlog(3)
    mail_account.append(mails)
    settings = settings_for(mail_account, tmp_path)
    early = EarlyMailbox(settings.require_mailbox())
    opened(early)

    def second_connect(settings: object) -> Mailbox:
        raise AssertionError("the poller connected again instead of taking the early connection")

    monkeypatch.setattr(mailbox_module.Mailbox, "connect", second_connect)
    report = await run_once(settings, early_mailbox=early)
    assert report.processed == 3
    assert mail_account.count("INBOX") == 0
    assert sorted(mail_account.messages("Processed")) == sorted(mails)


async def test_a_login_refused_early_is_the_runs_one_line_error(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    secret = tmp_path / "imap"
    secret.write_text("not-the-password")
    settings = settings_for(mail_account, tmp_path, password_env="", password_file=str(secret))
    early = EarlyMailbox(settings.require_mailbox())
    with pytest.raises(MailboxError, match="login .* refused") as caught:
        await run_once(settings, early_mailbox=early)
    assert caught.value.transient is False


async def test_a_run_that_cannot_start_logs_out_of_the_early_connection(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    settings = settings_for(mail_account, tmp_path)
    path = sqlite_file(settings.database.url)
    assert path is not None
    holder = InstanceLock(path)  # another instance runs on this database file
    holder.acquire()
    try:
        early = EarlyMailbox(settings.require_mailbox())
        with pytest.raises(DatabaseInUse):
            await run_once(settings, early_mailbox=early)
    finally:
        holder.release()
    client = opened(early)._client
    deadline = time.monotonic() + 10
    while client._imap.state != "LOGOUT" and time.monotonic() < deadline:
        time.sleep(0.01)
    assert client._imap.state == "LOGOUT"


#: Opens an EarlyMailbox for the account in argv and prints whether the parse workers' fork server runs then.
FORK_SERVER_PROBE = """
import multiprocessing.forkserver, sys, threading
from intake.config import MailboxSettings
from intake.daemon.connecting import EarlyMailbox
early = EarlyMailbox(MailboxSettings.model_validate_json(sys.argv[1]))
for thread in threading.enumerate():  # the fork server is started after the connection is handed over
    if thread.name == "imap-connect-early":
        thread.join(30)
early._outcome.result().close()
print(multiprocessing.forkserver._forkserver._forkserver_pid is not None)
"""


@pytest.mark.parametrize("mails, started", [(0, False), (2, True)])
def test_the_fork_server_starts_early_only_when_mail_waits(
    mail_account: MailAccount, tmp_path: Path, mails: int, started: bool
) -> None:
    mail_account.append(realistic_backlog(mails))
    settings = settings_for(mail_account, tmp_path, parse_workers=1).require_mailbox()
    probe = subprocess.run(
        [sys.executable, "-c", FORK_SERVER_PROBE, settings.model_dump_json()],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert probe.stdout.strip() == str(started)
