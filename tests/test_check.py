"""`intake check`: one line per check against real servers, the fix on every failure, exit 1 when any fails."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from intake.cli import app
from intake.config import parse_settings
from intake.daemon.wiring import open_database
from intake.testbed.servers import Certs, SmtpSink, free_port, write_config
from tests.fixtures import certs, smtp
from tests.fixtures.dovecot import MailAccount
from tests.fixtures.smtp import SINK_PASSWORD, SINK_USER


@pytest.fixture
def sink(test_ca: certs.TestCA) -> Iterator[SmtpSink]:
    server = SmtpSink(Certs(test_ca.ca_file, test_ca.cert_file, test_ca.key_file))
    server.start()
    yield server
    server.stop()


def _sections(account: MailAccount, sink: SmtpSink, tmp_path: Path) -> dict[str, dict[str, Any]]:
    return {
        "mailbox": account.mailbox_config(),
        "smtp": sink.smtp_config(),
        "database": {"url": f"sqlite+aiosqlite:///{tmp_path}/intake.db"},
    }


def _check(tmp_path: Path, sections: dict[str, dict[str, Any]]) -> tuple[int, list[str]]:
    config = write_config(tmp_path / "intake.toml", sections)
    result = CliRunner().invoke(app, ["--config", str(config), "check"])
    return result.exit_code, result.output.splitlines()


def _migrate(sections: dict[str, dict[str, Any]]) -> None:
    async def upgrade() -> None:
        db = await open_database(parse_settings({"database": sections["database"]}))
        await db.close()

    asyncio.run(upgrade())


def test_everything_reachable_gives_one_ok_line_per_check(
    mail_account: MailAccount, sink: SmtpSink, tmp_path: Path
) -> None:
    sections = _sections(mail_account, sink, tmp_path)
    _migrate(sections)
    code, lines = _check(tmp_path, sections)
    assert code == 0, lines
    assert [line.split()[:2] for line in lines] == [
        ["ok", "config:"],
        ["ok", "imap:"],
        ["ok", "templates:"],
        ["ok", "smtp:"],
        ["ok", "database:"],
    ]
    assert "will create Processed, Quarantine on start" in lines[1]
    assert mail_account.count("Processed") == 0  # check creates nothing


def test_a_server_certificate_from_another_ca_fails_the_imap_check_with_the_fix(
    mail_account: MailAccount, sink: SmtpSink, tmp_path: Path, other_ca: certs.TestCA
) -> None:
    sections = _sections(mail_account, sink, tmp_path)
    sections["mailbox"]["ca_file"] = str(other_ca.ca_file)
    _migrate(sections)
    code, lines = _check(tmp_path, sections)
    assert code == 1
    imap = next(line for line in lines if "imap:" in line)
    assert imap.startswith("FAIL") and "certificate" in imap and "fix: set [mailbox] ca_file" in imap
    assert next(line for line in lines if "smtp:" in line).startswith("ok")


def test_an_unreachable_relay_and_an_unmigrated_database_each_fail_with_their_fix(
    mail_account: MailAccount, sink: SmtpSink, tmp_path: Path
) -> None:
    sections = _sections(mail_account, sink, tmp_path)
    sections["smtp"]["port"] = free_port()
    code, lines = _check(tmp_path, sections)
    assert code == 1
    smtp = next(line for line in lines if "smtp:" in line)
    database = next(line for line in lines if "database:" in line)
    assert smtp.startswith("FAIL") and "fix: check [smtp] host, port" in smtp
    assert database.startswith("FAIL") and "fix: run `intake db upgrade`" in database


def test_a_broken_templates_dir_fails_the_templates_check_naming_each_file_and_the_fix(
    mail_account: MailAccount, sink: SmtpSink, tmp_path: Path
) -> None:
    templates = tmp_path / "templates"
    (templates / "nl").mkdir(parents=True)
    (templates / "en").mkdir()
    (templates / "nl" / "ack_ticket.txt").write_text(
        "Subject: [$ticket_ref] $subject\n\nBeste $klantnaam,\n", encoding="utf-8"
    )
    (templates / "en" / "ack_ticket.txt").write_text("Thanks, we got it ($ticket_ref).\n", encoding="utf-8")
    (templates / "en" / "ack_rights.txt").write_text(  # valid: an edited template that is fine
        "Subject: [$ticket_ref] your request\n\nWe will answer.\n", encoding="utf-8"
    )
    sections = _sections(mail_account, sink, tmp_path)
    sections["outbound"] = {"templates_dir": str(templates)}
    _migrate(sections)
    code, lines = _check(tmp_path, sections)
    assert code == 1
    line = next(line for line in lines if "templates:" in line)
    assert line.startswith("FAIL")
    assert f"{templates / 'nl' / 'ack_ticket.txt'}: unknown placeholder(s) $klantnaam" in line
    assert f"{templates / 'en' / 'ack_ticket.txt'}: the first line must be 'Subject: ...'" in line
    assert "ack_rights" not in line
    assert "fix: correct the file(s)" in line
    assert [line.split()[0] for line in lines if "templates:" not in line] == ["ok"] * 4


def test_a_templates_dir_that_does_not_exist_fails_with_the_fix(
    mail_account: MailAccount, sink: SmtpSink, tmp_path: Path
) -> None:
    sections = _sections(mail_account, sink, tmp_path)
    sections["outbound"] = {"templates_dir": str(tmp_path / "no-such-dir")}
    code, lines = _check(tmp_path, sections)
    assert code == 1
    line = next(line for line in lines if "templates:" in line)
    assert line.startswith("FAIL") and "is not a directory" in line and "fix: point it at" in line


@pytest.mark.parametrize(("password", "verdict"), [(SINK_PASSWORD, "ok"), ("wrong", "FAIL")])
def test_the_smtp_check_logs_in_where_a_username_is_set(
    mail_account: MailAccount,
    smtp_sink_auth: smtp.SmtpSink,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    password: str,
    verdict: str,
) -> None:
    monkeypatch.setenv("INTAKE_TEST_SMTP_PASSWORD", password)
    sections = {
        "mailbox": mail_account.mailbox_config(),
        "database": {"url": f"sqlite+aiosqlite:///{tmp_path}/intake.db"},
        "smtp": {
            "host": smtp_sink_auth.host,
            "port": smtp_sink_auth.port,
            "security": "starttls",
            "ca_file": smtp_sink_auth.ca_file,
            "username": SINK_USER,
            "password_env": "INTAKE_TEST_SMTP_PASSWORD",
        },
    }
    _migrate(sections)
    _, lines = _check(tmp_path, sections)
    line = next(line for line in lines if "smtp:" in line)
    assert line.split()[0] == verdict, line
    if verdict == "ok":
        assert f"AUTH as {SINK_USER}" in line
    else:
        assert "refused the login" in line and "fix: check [smtp] username and the password" in line


def test_an_invalid_configuration_is_reported_as_the_config_check(tmp_path: Path) -> None:
    code, lines = _check(tmp_path, {"mailbox": {"host": "127.0.0.1", "security": "none"}})
    assert code == 2
    assert lines[0].startswith("FAIL  config:") and "allow_plaintext" in "\n".join(lines)
