"""The admin's commands as an admin runs them (a subprocess): read-only commands never create a database and say
in one line what to do; every command validates the whole configuration alike; files others can read or change
are warned about by `check` and, for a password file, refused by `run` (docs/admin-cli.md)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.test_config import config_with, run_intake

#: Every command that only looks at the database.
READ_ONLY = (
    ("tickets", "list"),
    ("tickets", "show", "TB-000001"),
    ("rights", "list"),
    ("rights", "show", "1"),
    ("automatic", "list"),
    ("quarantine", "list"),
    ("outbox", "list"),
    ("subject", "find", "--email", "jan@example.nl"),
)
PASSWORD_FILE = '"/run/credentials/tinybots-intake.service/imap"'


def database_config(tmp_path: Path, url: str) -> Path:
    config = tmp_path / "intake.toml"
    config.write_text(f'[database]\nurl = "{url}"\nfiles_dir = "{tmp_path / "files"}"\n', encoding="utf-8")
    return config


def assert_one_line(stderr: str, expected: str) -> None:
    assert stderr == f"intake: {expected}\n"


@pytest.mark.parametrize("command", READ_ONLY, ids=" ".join)
def test_a_read_only_command_on_a_missing_database_says_so_and_creates_nothing(
    command: tuple[str, ...], tmp_path: Path
) -> None:
    path = tmp_path / "state" / "intake.db"
    result = run_intake(database_config(tmp_path, f"sqlite+aiosqlite:///{path}"), *command)
    assert result.returncode == 1
    assert result.stdout == ""
    assert_one_line(result.stderr, f"no database at {path}: run `intake db upgrade`")
    assert not (tmp_path / "state").exists()


@pytest.mark.parametrize("command", READ_ONLY, ids=" ".join)
def test_a_read_only_command_on_a_database_not_migrated_says_so_and_changes_nothing(
    command: tuple[str, ...], tmp_path: Path
) -> None:
    path = tmp_path / "intake.db"
    sqlite3.connect(path).execute("CREATE TABLE unrelated (x)").connection.close()
    before = path.read_bytes()
    result = run_intake(database_config(tmp_path, f"sqlite+aiosqlite:///{path}"), *command)
    assert result.returncode == 1
    assert_one_line(result.stderr, f"database at {path} is not migrated: run `intake db upgrade`")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["intake.db", "intake.toml"]


def test_an_empty_postgresql_database_is_reported_as_not_migrated(db_url: str, tmp_path: Path) -> None:
    if not db_url.startswith("postgresql"):
        path = Path(db_url.removeprefix("sqlite+aiosqlite:///"))
        path.parent.mkdir()
        path.touch()  # an empty file: what a read-only command used to leave behind
    result = run_intake(database_config(tmp_path, db_url), "tickets", "list")
    assert result.returncode == 1
    assert result.stderr.startswith("intake: database at ") and result.stderr.count("\n") == 1
    assert result.stderr.endswith(" is not migrated: run `intake db upgrade`\n")
    assert "SELECT" not in result.stderr


@pytest.mark.parametrize(
    "command",
    [("status",), ("tickets", "list"), ("db", "upgrade"), ("quarantine", "list"), ("check",)],
    ids=" ".join,
)
def test_every_command_refuses_a_misspelt_section_alike(command: tuple[str, ...], tmp_path: Path) -> None:
    config = database_config(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")
    config.write_text(
        config.read_text(encoding="utf-8") + "\n[retension]\nspool_days = 30\n", encoding="utf-8"
    )
    result = run_intake(config, *command)
    assert result.returncode == 2
    out = result.stdout + result.stderr
    assert "[retension]: unknown section" in out and "did you mean 'retention'?" in out
    assert "Traceback" not in out
    assert not (tmp_path / "intake.db").exists()


def test_check_warns_about_a_world_writable_configuration_and_a_readable_password_file(
    tmp_path: Path,
) -> None:
    secret = tmp_path / "imap-password"
    secret.write_text("s3cret\n", encoding="utf-8")
    secret.chmod(0o644)
    config = config_with(
        tmp_path, {'host = "imap.example.nl"': 'host = "127.0.0.1"', PASSWORD_FILE: f'"{secret}"'}
    )
    config.chmod(0o666)
    warnings = [line for line in run_intake(config, "check").stdout.splitlines() if line.startswith("WARN")]
    assert warnings == [
        f"WARN  permissions: configuration {config} can be changed by other users (mode 0666); "
        f"fix: chmod o-w {config}",
        f"WARN  permissions: [mailbox] password_file {secret} can be read by other users (mode 0644); "
        f"fix: chmod 600 {secret}",
    ]


def test_check_is_silent_about_private_files_and_creates_no_database(tmp_path: Path) -> None:
    secret = tmp_path / "imap-password"
    secret.write_text("s3cret\n", encoding="utf-8")
    secret.chmod(0o600)
    config = config_with(
        tmp_path, {'host = "imap.example.nl"': 'host = "127.0.0.1"', PASSWORD_FILE: f'"{secret}"'}
    )
    result = run_intake(config, "check")
    assert "WARN" not in result.stdout
    database = next(line for line in result.stdout.splitlines() if " database:" in line)
    assert (
        database == f"FAIL  database: no database at {tmp_path / 'intake.db'}; fix: run `intake db upgrade`"
    )
    assert not (tmp_path / "intake.db").exists()  # check looks, it creates nothing


def test_run_refuses_a_password_file_others_can_read(tmp_path: Path) -> None:
    secret = tmp_path / "imap-password"
    secret.write_text("s3cret\n", encoding="utf-8")
    os.chmod(secret, 0o604)
    config = config_with(
        tmp_path, {'host = "imap.example.nl"': 'host = "127.0.0.1"', PASSWORD_FILE: f'"{secret}"'}
    )
    result = run_intake(config, "run", "--once")
    assert result.returncode == 2
    assert_one_line(
        result.stderr,
        f"[mailbox] password_file {secret} can be read by other users (mode 0604); fix: chmod 600 {secret}",
    )
    assert not (tmp_path / "intake.db").exists()  # refused before anything was opened


def test_a_database_from_a_newer_intake_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "intake.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    connection.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    connection.commit()
    connection.close()
    result = run_intake(database_config(tmp_path, f"sqlite+aiosqlite:///{path}"), "tickets", "list")
    assert result.returncode == 1
    assert_one_line(
        result.stderr,
        f"database at {path} has a newer schema (9999_from_the_future) than this version of intake knows: "
        "install the version that migrated it",
    )
