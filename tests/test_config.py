"""Configuration: the sample file is complete and valid, and every mistake is reported with its key and fix
by the real `intake check` and `intake run --once` commands."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from intake.config import Settings, load_settings
from intake.testbed.servers import write_config
from tests.fixtures.dovecot import MailAccount

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "intake.toml"
INTAKE = Path(sys.executable).parent / "intake"


def section_models() -> dict[str, type[BaseModel]]:
    models: dict[str, type[BaseModel]] = {}
    for name, field in Settings.model_fields.items():
        for candidate in (field.annotation, *typing.get_args(field.annotation)):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                models[name] = candidate
    return models


def sample_lines_by_key() -> dict[tuple[str, str], int]:
    """{(section, key): line index} for set keys and for keys shown commented out (`# key = ...`)."""
    found: dict[tuple[str, str], int] = {}
    section = ""
    for index, line in enumerate(SAMPLE.read_text(encoding="utf-8").splitlines()):
        if match := re.fullmatch(r"\[(\w+)\]", line.strip()):
            section = match.group(1)
        elif match := re.match(r"^(?:# )?(\w+) = ", line):
            found[(section, match.group(1))] = index
    return found


def test_sample_configuration_loads() -> None:
    settings = load_settings(str(SAMPLE))
    assert settings.mailbox is not None and settings.smtp is not None
    assert settings.metrics.address() == ("127.0.0.1", 9108)


def test_sample_configuration_has_every_section_and_key() -> None:
    data = tomllib.loads(SAMPLE.read_text(encoding="utf-8"))
    shown = sample_lines_by_key()
    models = section_models()
    assert set(data) == set(models), "sections missing from or unknown to samples/intake.toml"
    for section, model in models.items():
        for key, field in model.model_fields.items():
            if field.default is None:  # TOML has no null: such keys are shown commented out
                assert (section, key) in shown, f"[{section}] {key} is not in samples/intake.toml"
            else:
                assert key in data[section], f"[{section}] {key} is not set in samples/intake.toml"


def test_every_key_in_the_sample_has_a_comment_above_it() -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    for (section, key), index in sample_lines_by_key().items():
        if lines[index].startswith("#"):
            continue
        assert lines[index - 1].startswith("# "), f"[{section}] {key} has no comment"


def run_intake(
    config: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(INTAKE), "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **(env or {})},
    )


def config_with(tmp_path: Path, replacements: dict[str, str], extra: str = "") -> Path:
    """The sample with some lines replaced (old line -> new line) and text appended; written to tmp_path.

    The database always moves to tmp_path: a test never touches /var/lib.
    """
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "sqlite+aiosqlite:////var/lib/tinybots-intake/intake.db", f"sqlite+aiosqlite:///{tmp_path}/intake.db"
    )
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "intake.toml"
    path.write_text(text + extra, encoding="utf-8")
    return path


# (id, replacements, expected fragments of the message)
BAD_CONFIGS: list[tuple[str, dict[str, str], tuple[str, ...]]] = [
    (
        "unknown key",
        {'host = "imap.example.nl"': 'hots = "imap.example.nl"'},
        ("[mailbox] hots: unknown key", "did you mean 'host'?", "fix:"),
    ),
    (
        "unknown section",
        {"[retention]": "[retension]"},
        ("[retension]: unknown section", "did you mean 'retention'?"),
    ),
    (
        "missing key",
        {'host = "smtp.example.nl"\n': ""},
        ("[smtp] host: missing", 'fix: add the SMTP relay\'s name, e.g. host = "smtp.example.nl"'),
    ),
    (
        "wrong type",
        {"port = 993": 'port = "imaps"'},
        ("[mailbox] port: must be a whole number, not 'imaps'", "e.g. port = 993"),
    ),
    (
        "wrong choice",
        {'security = "tls"': 'security = "ssl"'},
        ("[mailbox] security: must be 'tls', 'starttls' or 'none', not 'ssl'",),
    ),
    (
        "plaintext without permission",
        {'security = "starttls"': 'security = "none"'},
        ('[smtp] security: "none" sends the password and mail unencrypted', 'fix: use "tls" or "starttls"'),
    ),
    (
        "plaintext to a remote host",
        {
            'host = "imap.example.nl"': 'host = "192.0.2.10"',
            'security = "tls"': 'security = "none"',
            "allow_plaintext = false": "allow_plaintext = true",
        },
        ("[mailbox] security", "only allowed to a loopback address, not '192.0.2.10'"),
    ),
    (
        "bad database url",
        {'url = "sqlite+aiosqlite:///': 'url = "mysql://intake@localhost/intake"  # '},
        ("[database] url: 'mysql://intake@localhost/intake' is not supported", "postgresql+asyncpg://"),
    ),
    (
        "metrics on a public address",
        {'listen = "127.0.0.1:9108"': 'listen = "0.0.0.0:9108"'},
        ("[metrics] listen: '0.0.0.0' is not a loopback address", 'e.g. listen = "127.0.0.1:9108"'),
    ),
    (
        "metrics without a port",
        {'listen = "127.0.0.1:9108"': 'listen = "127.0.0.1"'},
        ("[metrics] listen: '127.0.0.1' is not HOST:PORT",),
    ),
    (
        "list expected",
        {'staff_notify = ["support@tinybots.nl"]': 'staff_notify = "support@tinybots.nl"'},
        ("[helpdesk] staff_notify: must be a list",),
    ),
    (
        "both password sources",
        {'password_env = ""': 'password_env = "INTAKE_IMAP_PASSWORD"'},
        ("[mailbox] password_env: set only one of password_file and password_env",),
    ),
    ("not toml", {"[logging]": "[logging"}, ("not valid TOML", "line")),
]


@pytest.mark.parametrize(
    ("replacements", "expected"), [c[1:] for c in BAD_CONFIGS], ids=[c[0] for c in BAD_CONFIGS]
)
def test_intake_check_names_the_key_and_the_fix(
    tmp_path: Path, replacements: dict[str, str], expected: tuple[str, ...]
) -> None:
    result = run_intake(config_with(tmp_path, replacements), "check")
    output = result.stdout + result.stderr
    assert result.returncode == 2, output
    assert "Traceback" not in output
    for fragment in expected:
        assert fragment in output


@pytest.mark.parametrize(
    ("replacements", "expected"), [c[1:] for c in BAD_CONFIGS], ids=[c[0] for c in BAD_CONFIGS]
)
def test_intake_run_refuses_to_start_and_names_the_key(
    tmp_path: Path, replacements: dict[str, str], expected: tuple[str, ...]
) -> None:
    result = run_intake(config_with(tmp_path, replacements), "run", "--once")
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith("intake: ")
    assert "Traceback" not in result.stderr
    for fragment in expected:
        assert fragment in result.stderr


def test_missing_password_file_is_named_with_its_key(tmp_path: Path) -> None:
    config = config_with(
        tmp_path,
        {
            'host = "imap.example.nl"': 'host = "127.0.0.1"',
            '"/run/credentials/tinybots-intake.service/imap"': f'"{tmp_path / "no-such-credential"}"',
        },
    )
    result = run_intake(config, "run", "--once")
    assert result.returncode != 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert f"[mailbox] password_file '{tmp_path / 'no-such-credential'}' cannot be read" in result.stderr
    assert "fix:" in result.stderr


def test_missing_password_file_fails_the_imap_check(tmp_path: Path) -> None:
    config = config_with(
        tmp_path,
        {
            'host = "imap.example.nl"': 'host = "127.0.0.1"',
            '"/run/credentials/tinybots-intake.service/imap"': f'"{tmp_path / "no-such-credential"}"',
        },
    )
    result = run_intake(config, "check")
    assert result.returncode == 1
    (imap_line,) = [line for line in result.stdout.splitlines() if " imap:" in line]
    assert imap_line.startswith("FAIL")
    assert "[mailbox] password_file" in imap_line and "cannot be read" in imap_line


def test_missing_configuration_file_is_reported_with_its_path(tmp_path: Path) -> None:
    result = run_intake(tmp_path / "absent.toml", "run", "--once")
    assert result.returncode == 2
    assert f"{tmp_path / 'absent.toml'}: cannot read the configuration file" in result.stderr


def test_run_without_any_configuration_says_how_to_give_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "INTAKE_CONFIG"}
    result = subprocess.run(
        [str(INTAKE), "run", "--once"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "no configuration file" in result.stderr
    assert "INTAKE_CONFIG" in result.stderr and "--config" in result.stderr


def test_a_unit_reads_the_credential_from_its_own_credentials_directory(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    """The purge unit and `systemd-run -p LoadCredential=imap:... intake check` share the daemon's file."""
    credentials = tmp_path / "credentials"
    credentials.mkdir(mode=0o700)
    (credentials / "imap").write_text(mail_account.password + "\n", encoding="utf-8")
    mailbox = mail_account.mailbox_config()
    del mailbox["password_env"]
    mailbox["password_file"] = "/run/credentials/tinybots-intake.service/imap"
    config = write_config(
        tmp_path / "intake.toml",
        {"mailbox": mailbox, "database": {"url": f"sqlite+aiosqlite:///{tmp_path}/intake.db"}},
    )

    inside_unit = run_intake(config, "check", env={"CREDENTIALS_DIRECTORY": str(credentials)})
    (imap_line,) = [line for line in inside_unit.stdout.splitlines() if " imap:" in line]
    assert imap_line.startswith("ok    imap: logged in"), inside_unit.stdout

    outside_unit = run_intake(config, "check", env={"CREDENTIALS_DIRECTORY": ""})
    (imap_line,) = [line for line in outside_unit.stdout.splitlines() if " imap:" in line]
    assert imap_line.startswith(
        "FAIL  imap: [mailbox] password_file '/run/credentials/tinybots-intake.service/imap'"
    )
