"""The relay process (intake/outbound/relay_process.py) runs on a SQLite file without SQLAlchemy and pydantic,
whose imports were most of its CPU in a drain: it records through storage/outbox_sent.py and reads its [smtp]
settings as an `SmtpEndpoint`, which must follow the same rules as the validated `SmtpSettings`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from intake.config import ConfigError, SmtpSettings
from intake.endpoint import SmtpEndpoint
from intake.outbound.relay_lock import plain_sqlite_file


def test_the_relay_process_imports_neither_sqlalchemy_nor_pydantic() -> None:
    check = (
        "import sys\n"
        "from intake.outbound.relay_process import main\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'pydantic', 'aiosqlite'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_relays_copy_of_the_smtp_settings_follows_the_same_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "smtp-password"
    secret.write_text("geheim\n", encoding="utf-8")
    settings = SmtpSettings(
        host="smtp.example.nl", port=465, security="tls", username="intake", password_file=str(secret)
    )
    endpoint = SmtpEndpoint.from_dump(settings.model_dump(mode="json"))
    for name in ("host", "port", "security", "ca_file", "username", "timeout_seconds"):
        assert getattr(endpoint, name) == getattr(settings, name)
    assert endpoint.password("smtp") == settings.password("smtp") == "geheim"
    secret.unlink()
    with pytest.raises(ConfigError) as from_settings:
        settings.password("smtp")
    with pytest.raises(ConfigError) as from_endpoint:
        endpoint.password("smtp")
    assert str(from_endpoint.value) == str(from_settings.value)

    by_env = SmtpSettings(host="smtp.example.nl", password_env="TEST_RELAY_SMTP_PASSWORD")
    monkeypatch.setenv("TEST_RELAY_SMTP_PASSWORD", "ook-geheim")
    assert SmtpEndpoint.from_dump(by_env.model_dump(mode="json")).password("smtp") == "ook-geheim"

    plaintext = SmtpSettings(host="smtp.example.nl", port=25, security="none", allow_plaintext=True)
    with pytest.raises(ConfigError, match="only allowed to a loopback address"):
        SmtpEndpoint.from_dump(plaintext.model_dump(mode="json")).check_plaintext_host("smtp")
    loopback = SmtpSettings(host="127.0.0.1", port=25, security="none", allow_plaintext=True)
    SmtpEndpoint.from_dump(loopback.model_dump(mode="json")).check_plaintext_host("smtp")


def test_only_a_plain_sqlite_file_is_recorded_without_sqlalchemy(tmp_path: Path) -> None:
    """URL options (which pysqlite would pass to sqlite3.connect) and PostgreSQL keep the Database path."""
    file = tmp_path / "intake.db"
    assert plain_sqlite_file(f"sqlite+aiosqlite:///{file}") == str(file)
    assert plain_sqlite_file(f"sqlite+aiosqlite:///{file}?timeout=5") is None
    assert plain_sqlite_file("sqlite+aiosqlite:///:memory:") is None
    assert plain_sqlite_file("postgresql+asyncpg://intake@/intake?host=/run/postgresql") is None
