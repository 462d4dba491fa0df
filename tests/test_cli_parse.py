"""`intake parse`: the real console script in a subprocess, with and without configuration."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

INTAKE = str(Path(sys.executable).parent / "intake")

CUSTOMER_MAIL = (
    b"From: Jan de Vries <jan@example.nl>\r\nTo: help@tinybots.nl\r\nSubject: [TB-000123] Robot stuk\r\n"
    b"Date: Tue, 24 Nov 2026 10:14:55 +0100\r\nMessage-ID: <cli-1@example.nl>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nMijn robot 30152 zegt niets meer.\r\n\r\nGroet,\r\nJan\r\n"
)
STAFF_MAIL = (
    b"From: Support <support@tinybots.nl>\r\nTo: jan@example.nl\r\nSubject: Re: robot\r\n"
    b"Message-ID: <cli-2@tinybots.nl>\r\n\r\nWe kijken ernaar.\r\n"
)


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "INTAKE_CONFIG"}
    environment.update(env or {})
    return subprocess.run(
        [INTAKE, *args], capture_output=True, text=True, env=environment, timeout=60, check=False
    )


def test_json_prints_the_contract_object_per_file_one_per_line(tmp_path: Path) -> None:
    first, second = tmp_path / "a.eml", tmp_path / "b.eml"
    first.write_bytes(CUSTOMER_MAIL)
    second.write_bytes(STAFF_MAIL)
    result = _run("parse", "--json", str(first), str(second))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    obj = json.loads(lines[0])
    assert obj["file"] == str(first)
    assert obj["message_id"] == "<cli-1@example.nl>"
    assert obj["classification"] == "customer"
    assert obj["customer"]["email"] == "jan@example.nl"
    assert obj["ticket_ref"] == "TB-000123"
    assert obj["text"] == "Mijn robot 30152 zegt niets meer."
    for key in ("subject", "language", "rights", "redactions", "attachments"):
        assert key in obj
    assert json.loads(lines[1])["classification"] == "customer"  # support@ is not configured as ours


def test_unreadable_file_gives_an_error_object_the_rest_is_parsed_and_exit_is_non_zero(
    tmp_path: Path,
) -> None:
    good = tmp_path / "good.eml"
    good.write_bytes(CUSTOMER_MAIL)
    missing = tmp_path / "missing.eml"
    result = _run("parse", "--json", str(missing), str(good))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    error, parsed = (json.loads(line) for line in result.stdout.splitlines())
    assert error == {"file": str(missing), "error": "cannot read the file: No such file or directory"}
    assert parsed["message_id"] == "<cli-1@example.nl>"


def test_config_helpdesk_section_is_used_and_the_whole_file_is_validated(tmp_path: Path) -> None:
    config = tmp_path / "intake.toml"
    config.write_text(
        '[helpdesk]\nown_addresses = ["support@tinybots.nl"]\nticket_prefix = "TB"\n', encoding="utf-8"
    )
    mail = tmp_path / "staff.eml"
    mail.write_bytes(STAFF_MAIL)
    by_option = _run("--config", str(config), "parse", "--json", str(mail))
    by_env = _run("parse", "--json", str(mail), env={"INTAKE_CONFIG": str(config)})
    for result in (by_option, by_env):
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["classification"] == "staff"
    # one file, one verdict: a mistake in a section `parse` does not use is refused as `run` refuses it
    config.write_text(config.read_text(encoding="utf-8") + "[smtp]\nthis_key_is_not_valid = true\n")
    refused = _run("--config", str(config), "parse", "--json", str(mail))
    assert refused.returncode == 2 and "this_key_is_not_valid" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_broken_config_is_one_line_on_stderr(tmp_path: Path) -> None:
    config = tmp_path / "intake.toml"
    config.write_text('[helpdesk]\nticket_prefix = "tb-lower"\n', encoding="utf-8")
    mail = tmp_path / "a.eml"
    mail.write_bytes(CUSTOMER_MAIL)
    result = _run("--config", str(config), "parse", str(mail))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "ticket_prefix" in result.stderr


def test_table_shows_classification_writer_and_ticket_without_eating_brackets(tmp_path: Path) -> None:
    mail = tmp_path / "a.eml"
    mail.write_bytes(CUSTOMER_MAIL)
    result = _run("parse", str(mail), env={"COLUMNS": "250"})
    assert result.returncode == 0, result.stderr
    for shown in ("customer", "jan@example.nl", "TB-000123", "30152", "Mijn robot 30152 zegt niets meer."):
        assert shown in result.stdout


def test_garbage_file_is_still_parsed_not_an_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.eml"
    junk.write_bytes(bytes(range(256)) * 8)
    result = _run("parse", "--json", str(junk))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["classification"] in {
        "customer",
        "auto_reply",
        "bounce",
        "bulk",
        "staff",
    }


def test_library_warnings_do_not_clutter_stderr(tmp_path: Path) -> None:
    report = (
        b"From: MAILER-DAEMON@mx.example.nl\r\nTo: help@tinybots.nl\r\nSubject: Undelivered Mail\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="R"\r\n\r\n'
        b"--R\r\nContent-Type: text/plain\r\n\r\nUser unknown\r\n"
        b"--R\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; jan@example.nl\r\n"
        b"Action: failed\r\nStatus: 5.1.1\r\n\r\n"
        b"--R\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <ack.1@tinybots.nl>\r\n\r\n--R--\r\n"
    )
    mail = tmp_path / "bounce.eml"
    mail.write_bytes(report)
    result = _run("parse", "--json", str(mail))
    assert result.returncode == 0
    assert json.loads(result.stdout)["classification"] == "bounce"
    assert result.stderr == ""
