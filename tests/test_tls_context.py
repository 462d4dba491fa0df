"""One TLS client context per CA file and process, for IMAP and SMTP alike (intake/service/tls.py)."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest

from intake.config import ConfigError, MailboxSettings, SmtpSettings
from intake.daemon import mailbox
from intake.outbound import delivery
from tests.fixtures import certs


def test_imap_and_smtp_trusting_the_same_ca_file_share_one_verifying_context(
    test_ca: certs.TestCA, tmp_path: Path
) -> None:
    ca_file = tmp_path / "ca.pem"
    ca_file.write_bytes(Path(test_ca.ca_file).read_bytes())
    imap = MailboxSettings(host="imap.example.nl", username="help", ca_file=str(ca_file))
    smtp = SmtpSettings(host="smtp.example.nl", security="starttls", ca_file=str(ca_file))
    context = mailbox.tls_context(imap)
    assert delivery.tls_context(smtp) is context
    assert mailbox.tls_context(imap) is context  # a reconnect
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


def test_an_unreadable_imap_ca_file_is_one_line_naming_the_setting(tmp_path: Path) -> None:
    imap = MailboxSettings(host="imap.example.nl", username="help", ca_file=str(tmp_path / "no.pem"))
    with pytest.raises(ConfigError, match=r"\[mailbox\] ca_file .* fix: point it at a PEM CA bundle"):
        mailbox.tls_context(imap)
