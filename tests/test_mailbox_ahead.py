"""The mailbox opened ahead (`intake run --once` logs in while the daemon's modules load), against Dovecot.

A refused connection made ahead must reach the poller as its own connect would (tests/test_daemon.py
`test_run_once_refuses_a_server_certificate_from_another_ca` runs that through the real command)."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.config import MailboxSettings
from intake.daemon.mailbox import Mailbox, MailboxError
from intake.daemon.mailbox_ahead import MailboxAhead
from tests.fixtures.dovecot import MailAccount

WAIT_SECONDS = 30


def settings_for(account: MailAccount, **overrides: object) -> MailboxSettings:
    return MailboxSettings(**{**account.mailbox_config(), **overrides})


def test_the_connection_made_ahead_is_logged_in_with_its_folders_made(mail_account: MailAccount) -> None:
    ahead = MailboxAhead(settings_for(mail_account))
    future = ahead.take()
    assert future is not None
    mailbox = future.result(WAIT_SECONDS)
    try:
        assert mailbox.select() > 0  # UIDVALIDITY of the INBOX
        assert mail_account.count("Processed") == 0  # the folder exists
        assert mail_account.count("Quarantine") == 0
    finally:
        mailbox.close()
    assert ahead.take() is None  # taken once


def test_a_refused_login_is_raised_where_the_connection_is_taken(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    secret = tmp_path / "password"
    secret.write_text("not-the-password")
    ahead = MailboxAhead(settings_for(mail_account, password_env="", password_file=str(secret)))
    future = ahead.take()
    assert future is not None
    with pytest.raises(MailboxError, match="refused"):
        future.result(WAIT_SECONDS)


def test_a_connection_nobody_took_is_logged_out(mail_account: MailAccount) -> None:
    ahead = MailboxAhead(settings_for(mail_account))
    made = ahead._future  # the test's window on it: `discard` takes it
    assert made is not None
    ahead.discard()
    mailbox: Mailbox = made.result(WAIT_SECONDS)
    with pytest.raises(MailboxError):
        mailbox.select()  # logged out
    assert ahead.take() is None
