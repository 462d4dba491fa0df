"""A server that advertises neither IDLE nor MOVE (IMAP4rev1, UIDPLUS, MULTIAPPEND): the daemon polls and settles
with COPY, \\Deleted and UID EXPUNGE instead."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake.config import parse_settings
from intake.daemon.mailbox import Mailbox
from intake.daemon.poller import Poller, read_state
from intake.daemon.wiring import open_database, run_once, utc_now
from intake.testbed.mail import realistic_backlog, realistic_mail
from intake.testbed.servers import Certs, Dovecot, MailAccount
from tests.fixtures import certs

BASIC_CAPABILITIES = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE UIDPLUS MULTIAPPEND LITERAL+ NAMESPACE CHILDREN"
)


@pytest.fixture(scope="module")
def basic_dovecot(test_ca: certs.TestCA) -> Iterator[Dovecot]:
    directory = Path(tempfile.mkdtemp(prefix="dcb"))
    server = Dovecot.create(
        directory,
        Certs(test_ca.ca_file, test_ca.cert_file, test_ca.key_file),
        imap_capability=BASIC_CAPABILITIES,
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def basic_account(basic_dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> MailAccount:
    monkeypatch.setenv("INTAKE_TEST_IMAP_PASSWORD", "secret")
    return basic_dovecot.account(f"b{time.monotonic_ns()}")


def _sections(account: MailAccount, tmp_path: Path) -> dict[str, dict[str, object]]:
    return {
        "mailbox": account.mailbox_config(poll_interval_seconds=1),
        "database": {"url": f"sqlite+aiosqlite:///{tmp_path}/intake.db"},
        "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
    }


def test_the_server_really_lacks_idle_and_move(basic_account: MailAccount) -> None:
    mailbox = Mailbox.connect(parse_settings(_sections(basic_account, Path("/tmp"))).require_mailbox())
    try:
        assert mailbox.has_idle is False
    finally:
        mailbox.close()
    with basic_account.client() as client:
        assert b"MOVE" not in client.capabilities()


async def test_without_move_mail_is_settled_by_copy_and_uid_expunge(
    basic_account: MailAccount, tmp_path: Path
) -> None:
    mails = realistic_backlog(5)
    basic_account.append(mails)
    await run_once(parse_settings(_sections(basic_account, tmp_path)))
    assert basic_account.count("INBOX") == 0
    assert sorted(basic_account.messages("Processed")) == sorted(mails)


async def test_without_idle_the_daemon_polls(basic_account: MailAccount, tmp_path: Path) -> None:
    settings = parse_settings(_sections(basic_account, tmp_path))
    db = await open_database(settings)
    poller = Poller(db, settings, clock=utc_now, stop=asyncio.Event())
    task = asyncio.create_task(poller.run())
    try:
        deadline = time.monotonic() + 60
        while await read_state(db, "poller.mode") != "poll" and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        assert await read_state(db, "poller.mode") == "poll"
        basic_account.append([realistic_mail(7)])
        while basic_account.count("Processed") < 1 and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
    finally:
        poller.request_stop()
        await task
        await db.close()
    assert basic_account.messages("Processed") == [realistic_mail(7)]
