"""The IMAP adapter against a real Dovecot: TLS rules, folders, fetch, move, IDLE, search and delete."""

from __future__ import annotations

import hashlib
import threading
import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

import pytest

from intake.config import ConfigError, MailboxSettings, parse_settings
from intake.daemon.mailbox import Mailbox, MailboxError, open_imap
from tests.fixtures import certs
from tests.fixtures.dovecot import Dovecot, MailAccount


def mail(n: int, *, body: str = "") -> bytes:
    text = body or f"Hallo, mijn robot doet het niet ({n})."
    return (
        f"From: Klant {n} <klant{n}@example.nl>\r\nTo: help@tinybots.test\r\nSubject: vraag {n}\r\n"
        f"Message-ID: <vraag-{n}@example.nl>\r\nDate: Tue, 24 Nov 2026 10:00:00 +0100\r\n\r\n{text}\r\n"
    ).encode()


def settings_for(account: MailAccount, **overrides: Any) -> MailboxSettings:
    return MailboxSettings(**account.mailbox_config(**overrides))


def test_starttls_with_the_test_ca_logs_in(mail_account: MailAccount) -> None:
    client = open_imap(settings_for(mail_account))
    try:
        assert client.folder_exists("INBOX")
    finally:
        client.logout()


def test_implicit_tls_with_the_test_ca_logs_in(dovecot: Dovecot, mail_account: MailAccount) -> None:
    client = open_imap(settings_for(mail_account, security="tls", port=dovecot.imaps_port))
    try:
        assert client.folder_exists("INBOX")
    finally:
        client.logout()


def test_server_certificate_from_another_ca_is_refused(
    mail_account: MailAccount, other_ca: certs.TestCA
) -> None:
    with pytest.raises(MailboxError, match="certificate") as caught:
        open_imap(settings_for(mail_account, ca_file=str(other_ca.ca_file)))
    assert caught.value.transient is False
    assert "ca_file" in caught.value.hint


def test_system_cas_alone_do_not_trust_the_test_server(mail_account: MailAccount) -> None:
    with pytest.raises(MailboxError, match="certificate"):
        open_imap(settings_for(mail_account, ca_file="", security="tls", port=mail_account.server.imaps_port))


def test_plaintext_to_a_non_loopback_address_is_refused_in_the_configuration(
    mail_account: MailAccount,
) -> None:
    section = mail_account.mailbox_config(host="192.0.2.10", security="none", allow_plaintext=True)
    with pytest.raises(ConfigError, match="only allowed to a loopback address"):
        parse_settings({"mailbox": section})


def test_plaintext_to_a_non_loopback_host_is_refused_again_when_connecting(mail_account: MailAccount) -> None:
    # A host name is only resolved when connecting; open_imap checks what it resolves to before any I/O.
    section = mail_account.mailbox_config(host="192.0.2.10", security="none", allow_plaintext=True)
    unchecked = MailboxSettings.model_construct(**section)
    with pytest.raises(ConfigError, match="only allowed to a loopback address"):
        open_imap(unchecked)


def test_plaintext_without_allow_plaintext_is_a_configuration_error(mail_account: MailAccount) -> None:
    with pytest.raises(ConfigError, match="allow_plaintext"):
        parse_settings({"mailbox": mail_account.mailbox_config(security="none")})


def test_plaintext_to_loopback_works_when_allowed(mail_account: MailAccount) -> None:
    client = open_imap(settings_for(mail_account, security="none", allow_plaintext=True, ca_file=""))
    try:
        assert client.folder_exists("INBOX")
    finally:
        client.logout()


def test_password_is_read_from_a_file(mail_account: MailAccount, tmp_path: Path) -> None:
    secret = tmp_path / "imap"
    secret.write_text(mail_account.password + "\n")
    client = open_imap(settings_for(mail_account, password_env="", password_file=str(secret)))
    client.logout()


def test_wrong_password_is_a_permanent_error_with_a_hint(mail_account: MailAccount, tmp_path: Path) -> None:
    secret = tmp_path / "imap"
    secret.write_text("not-the-password")
    with pytest.raises(MailboxError, match="login") as caught:
        open_imap(settings_for(mail_account, password_env="", password_file=str(secret)))
    assert caught.value.transient is False


def test_unreachable_server_is_a_transient_error(mail_account: MailAccount) -> None:
    from tests.fixtures.dovecot import free_port

    with pytest.raises(MailboxError) as caught:
        open_imap(settings_for(mail_account, port=free_port()))
    assert caught.value.transient is True


def test_ensure_folders_creates_processed_and_quarantine_once(mail_account: MailAccount) -> None:
    mailbox = Mailbox.connect(settings_for(mail_account))
    try:
        assert mailbox.ensure_folders() == ("Processed", "Quarantine")
        assert mailbox.ensure_folders() == ()
        assert mailbox.missing_folders() == ()
    finally:
        mailbox.close()


def test_fetch_returns_bytes_and_dates_without_marking_seen(mail_account: MailAccount) -> None:
    mail_account.append([mail(1), mail(2)])
    mailbox = Mailbox.connect(settings_for(mail_account))
    try:
        mailbox.select()
        uids = mailbox.search_new()
        fetched = [m for group in mailbox.fetch(uids) for m in group]
    finally:
        mailbox.close()
    assert [m.raw for m in fetched] == [mail(1), mail(2)]
    assert all(m.internaldate.tzinfo is not None for m in fetched)
    with mail_account.client() as c:
        c.select_folder("INBOX", readonly=True)
        assert c.search(["SEEN"]) == []


def test_message_over_the_size_limit_is_never_loaded_but_is_hashed(mail_account: MailAccount) -> None:
    big = mail(2, body="x" * 3000)
    mail_account.append([mail(1), big])
    mailbox = Mailbox.connect(settings_for(mail_account, max_message_bytes=1024))
    try:
        mailbox.select()
        fetched = [m for group in mailbox.fetch(mailbox.search_new()) for m in group]
        oversize = [m for m in fetched if m.raw is None]
        assert [m.size for m in oversize] == [len(big)]
        assert mailbox.sha256_of(oversize[0].uid, oversize[0].size) == hashlib.sha256(big).hexdigest()
    finally:
        mailbox.close()
    assert [m.raw for m in fetched if m.raw is not None] == [mail(1)]


def test_move_takes_mail_out_of_the_inbox(mail_account: MailAccount) -> None:
    mail_account.append([mail(1), mail(2), mail(3)])
    mailbox = Mailbox.connect(settings_for(mail_account))
    try:
        mailbox.ensure_folders()
        mailbox.select()
        uids = mailbox.search_new()
        mailbox.move(uids[:2], "Processed")
        mailbox.move(uids[2:], "Quarantine")
        assert mailbox.search_new() == []
    finally:
        mailbox.close()
    assert mail_account.messages("Processed") == [mail(1), mail(2)]
    assert mail_account.messages("Quarantine") == [mail(3)]


def test_idle_wakes_up_when_mail_arrives(mail_account: MailAccount) -> None:
    mailbox = Mailbox.connect(settings_for(mail_account))
    appender = threading.Timer(0.3, mail_account.append, args=([mail(1)],))
    try:
        mailbox.select()
        appender.start()
        assert mailbox.wait_for_mail(timeout=30, stop=threading.Event()) is True
        assert len(mailbox.search_new()) == 1
    finally:
        appender.join()
        mailbox.close()


def test_mail_that_arrived_just_before_idle_is_not_missed(mail_account: MailAccount) -> None:
    mailbox = Mailbox.connect(settings_for(mail_account))
    try:
        mailbox.select()
        assert mailbox.search_new() == []
        mail_account.append([mail(1)])  # after our last command, before IDLE: the server won't tell in IDLE
        assert mailbox.wait_for_mail(timeout=600, stop=threading.Event()) is True
        assert len(mailbox.search_new()) == 1
    finally:
        mailbox.close()


def test_idle_returns_when_asked_to_stop(mail_account: MailAccount) -> None:
    mailbox = Mailbox.connect(settings_for(mail_account))
    stop = threading.Event()
    stopper = threading.Timer(0.2, stop.set)
    try:
        mailbox.select()
        stopper.start()
        assert mailbox.wait_for_mail(timeout=600, stop=stop) is False
    finally:
        stopper.join()
        mailbox.close()


def test_idle_returns_at_the_renewal_timeout_without_mail(mail_account: MailAccount) -> None:
    mailbox = Mailbox.connect(settings_for(mail_account))
    try:
        mailbox.select()
        started = time.monotonic()
        assert mailbox.wait_for_mail(timeout=0.3, stop=threading.Event()) is False
        assert time.monotonic() - started < 30  # returned by itself, not by a socket timeout
        mailbox.noop()  # the connection is usable after IDLE
    finally:
        mailbox.close()


def test_privacy_verbs_find_by_header_and_delete(mail_account: MailAccount) -> None:
    mail_account.append([mail(1), mail(2)], folder="Processed")
    mailbox = Mailbox.connect(settings_for(mail_account))
    try:
        uids = mailbox.search_header("Processed", "From", "klant2@example.nl")
        assert len(uids) == 1
        mailbox.delete_uids("Processed", uids)
        assert mailbox.search_header("Processed", "From", "klant2@example.nl") == []
        assert mailbox.search_header("NoSuchFolder", "From", "x") == []
    finally:
        mailbox.close()
    assert mail_account.messages("Processed") == [mail(1)]


def _utf8_base64(n: int, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = f"klant{n}@example.nl"
    message["To"] = "help@tinybots.test"
    message["Subject"] = f"vraag {n}"
    message.set_content(body, cte="base64")
    return message.as_bytes(policy=SMTP)


def test_search_text_matches_decoded_bodies_and_substrings_and_sends_utf8(mail_account: MailAccount) -> None:
    encoded = _utf8_base64(1, "Mijn buurman Jörg (06-12345678) heeft het ook.\n")
    assert b"06-12345678" not in encoded  # only the server's decoding can find it
    marjan = mail(2, body="Groet, marjan@example.nl")
    mail_account.append([encoded, marjan, mail(3)], folder="Processed")
    mailbox = Mailbox.connect(settings_for(mail_account))
    try:
        assert mailbox.search_text("Processed", "06-12345678") == [1]
        assert mailbox.search_text("Processed", "JÖRG") == [1]  # CHARSET UTF-8, case-insensitive
        assert mailbox.search_text("Processed", "jan@example.nl") == [2]  # a substring: callers check it
        assert mailbox.search_text("NoSuchFolder", "x") == []
        [summary] = mailbox.summaries("Processed", [2])
        assert (summary.uid, summary.sender, summary.subject) == (2, "klant2@example.nl", "vraag 2")
    finally:
        mailbox.close()


def test_abort_from_another_thread_ends_a_blocked_idle_at_once(mail_account: MailAccount) -> None:
    mailbox = Mailbox.connect(settings_for(mail_account))
    mailbox.select()
    never = threading.Event()
    outcome: list[BaseException | bool] = []

    def wait() -> None:
        try:
            outcome.append(mailbox.wait_for_mail(timeout=3600, stop=never))
        except MailboxError as exc:
            outcome.append(exc)

    waiter = threading.Thread(target=wait)
    waiter.start()
    time.sleep(0.3)  # let it enter IDLE; the assertion below does not depend on this
    mailbox.abort()
    waiter.join(timeout=30)
    assert not waiter.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], MailboxError)
    with pytest.raises(MailboxError, match="aborted"):
        mailbox.noop()
    mailbox.close()  # a dropped connection closes without a word to the server


def test_find_by_sha256_matches_exact_bytes_only(mail_account: MailAccount) -> None:
    mail_account.append([mail(1), mail(2)], folder="Quarantine")
    digest = hashlib.sha256(mail(2)).hexdigest()
    mailbox = Mailbox.connect(settings_for(mail_account))
    try:
        by_id = mailbox.find_by_sha256("Quarantine", digest, message_id="<vraag-2@example.nl>")
        by_scan = mailbox.find_by_sha256("Quarantine", digest)
        assert by_id == by_scan and len(by_id) == 1
        assert mailbox.find_by_sha256("Quarantine", "0" * 64) == []
    finally:
        mailbox.close()
