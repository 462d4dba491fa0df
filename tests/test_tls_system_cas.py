"""Which system CAs a TLS client context trusts, and how they are read (intake/service/tls.py).

The system's CAs come from OpenSSL's hashed directory when there is one, read only for the CA a server's chain
names; the bundle is parsed whole when SSL_CERT_FILE names another bundle or the directory has no hashed links.
The test CA stands in for the system's: put in a directory (hashed or not) or a bundle through the environment.
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from intake.config import MailboxSettings
from intake.daemon.mailbox import MailboxError, open_imap
from intake.service import tls
from tests.fixtures import certs
from tests.fixtures.dovecot import MailAccount


@pytest.fixture(autouse=True)
def fresh_contexts() -> Iterator[None]:
    tls._context_for.cache_clear()  # contexts are cached per CA file: each test builds its own
    yield
    tls._context_for.cache_clear()


def system_settings(account: MailAccount, **overrides: Any) -> MailboxSettings:
    """Trust the system CAs only (no ca_file)."""
    return MailboxSettings(**account.mailbox_config(ca_file="", **overrides))


def hashed_directory(ca: certs.TestCA, directory: Path) -> Path:
    """A CA directory as `openssl rehash` leaves it: the certificate under its subject-hash name."""
    subject_hash = subprocess.run(
        ["openssl", "x509", "-subject_hash", "-noout", "-in", str(ca.ca_file)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    directory.mkdir()
    shutil.copy(ca.ca_file, directory / f"{subject_hash}.0")
    return directory


def test_with_a_hashed_directory_no_certificate_is_parsed_up_front_and_the_server_verifies(
    mail_account: MailAccount, test_ca: certs.TestCA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_DIR", str(hashed_directory(test_ca, tmp_path / "certs")))
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)  # OpenSSL's own bundle: the directory holds its CAs
    context = tls.client_context(None)
    assert context.cert_store_stats()["x509_ca"] == 0
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    client = open_imap(system_settings(mail_account))
    try:
        assert client.folder_exists("INBOX")
    finally:
        client.logout()


def test_ssl_cert_file_naming_the_system_bundle_still_reads_the_directory(
    test_ca: certs.TestCA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_DIR", str(hashed_directory(test_ca, tmp_path / "certs")))
    monkeypatch.setenv("SSL_CERT_FILE", ssl.get_default_verify_paths().openssl_cafile)
    assert tls.client_context(None).cert_store_stats()["x509_ca"] == 0


def test_a_bundle_named_by_ssl_cert_file_is_loaded_whole_and_trusted(
    mail_account: MailAccount, test_ca: certs.TestCA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_DIR", str(hashed_directory(test_ca, tmp_path / "certs")))
    monkeypatch.setenv("SSL_CERT_FILE", str(test_ca.ca_file))
    assert tls.client_context(None).cert_store_stats()["x509_ca"] == 1
    client = open_imap(system_settings(mail_account))
    client.logout()


def test_a_directory_without_hashed_links_falls_back_to_the_bundle(
    mail_account: MailAccount, test_ca: certs.TestCA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = tmp_path / "certs"
    plain.mkdir()
    shutil.copy(test_ca.ca_file, plain / "test-ca.pem")  # not a name OpenSSL looks up
    monkeypatch.setenv("SSL_CERT_DIR", str(plain))
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    assert tls.client_context(None).cert_store_stats()["x509_ca"] > 0  # the system bundle, parsed
    with pytest.raises(MailboxError, match="certificate"):
        open_imap(system_settings(mail_account))
