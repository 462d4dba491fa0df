"""The systemd units: valid for `systemd-analyze verify`, hardened to an exposure of at most 2.0, and in step
with the sample configuration (credential paths, configuration and state directories)."""

from __future__ import annotations

import ctypes
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from intake.config import load_settings

ROOT = Path(__file__).resolve().parent.parent
UNITS = ROOT / "systemd"
SERVICE = UNITS / "tinybots-intake.service"
PURGE_SERVICE = UNITS / "tinybots-intake-purge.service"
PURGE_TIMER = UNITS / "tinybots-intake-purge.timer"
SAMPLE_CONFIG = ROOT / "samples" / "intake.toml"
INSTALLED_INTAKE = "/opt/tinybots-intake/bin/intake"
VENV_INTAKE = Path(sys.executable).parent / "intake"
MAX_EXPOSURE = 2.0

SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
needs_systemd_analyze = pytest.mark.skipif(
    SYSTEMD_ANALYZE is None, reason="systemd-analyze missing (scripts/install-system-packages.sh installs it)"
)


def unit_settings(path: Path) -> dict[str, dict[str, list[str]]]:
    """{section: {key: [values in order]}}; systemd allows a key more than once, so configparser won't do."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def runnable_copies(tmp_path: Path) -> list[Path]:
    """The units with ExecStart pointing at this checkout's `intake`, which verify requires to exist."""
    copies = []
    for unit in (SERVICE, PURGE_SERVICE, PURGE_TIMER):
        text = unit.read_text(encoding="utf-8").replace(INSTALLED_INTAKE, str(VENV_INTAKE))
        copy = tmp_path / unit.name
        copy.write_text(text, encoding="utf-8")
        copies.append(copy)
    return copies


def exposure(unit: Path) -> float:
    result = subprocess.run(
        [str(SYSTEMD_ANALYZE), "security", "--offline=yes", "--no-pager", str(unit)],
        capture_output=True,
        text=True,
        check=False,
    )
    match = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout)
    assert match, result.stdout + result.stderr
    return float(match.group(1))


@needs_systemd_analyze
def test_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    assert VENV_INTAKE.exists()
    result = subprocess.run(
        [str(SYSTEMD_ANALYZE), "verify", *map(str, runnable_copies(tmp_path))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""
    assert result.stdout.strip() == ""


@needs_systemd_analyze
def test_verify_reports_a_missing_executable(tmp_path: Path) -> None:
    """The verify test above is able to fail: the shipped unit names a binary that only exists once installed."""
    # A copy whose binary surely does not exist, so the test also holds on a machine where intake is installed.
    missing = tmp_path / "nowhere" / "bin" / "intake"
    unit = tmp_path / SERVICE.name
    unit.write_text(
        SERVICE.read_text(encoding="utf-8").replace(INSTALLED_INTAKE, str(missing)), encoding="utf-8"
    )
    result = subprocess.run(
        [str(SYSTEMD_ANALYZE), "verify", str(unit)], capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert str(missing) in result.stderr


@needs_systemd_analyze
@pytest.mark.parametrize("unit", [SERVICE, PURGE_SERVICE], ids=lambda p: p.name)
def test_services_are_hardened_to_an_exposure_of_at_most_2(unit: Path) -> None:
    assert exposure(unit) <= MAX_EXPOSURE


@needs_systemd_analyze
def test_exposure_rises_without_the_hardening(tmp_path: Path) -> None:
    bare = tmp_path / "bare.service"
    bare.write_text(f"[Service]\nType=notify\nExecStart={VENV_INTAKE} run\n", encoding="utf-8")
    assert exposure(bare) > 9.0


def test_daemon_unit_is_notify_with_watchdog_restart_and_its_own_user() -> None:
    service = unit_settings(SERVICE)["Service"]
    assert service["Type"] == ["notify"]
    assert service["NotifyAccess"] == ["main"]
    assert int(service["WatchdogSec"][0]) > 0
    assert service["Restart"] == ["on-failure"]
    assert service["User"] == ["tinybots-intake"]
    assert service["ExecStart"] == [f"{INSTALLED_INTAKE} run"]
    assert service["UMask"] == ["0077"]
    assert service["CapabilityBoundingSet"] == [""]
    assert service["MemoryDenyWriteExecute"] == ["yes"]
    assert service["SystemCallFilter"][0] == "@system-service"


def test_credentials_match_the_password_files_of_the_sample_configuration() -> None:
    settings = load_settings(str(SAMPLE_CONFIG))
    service = unit_settings(SERVICE)["Service"]
    loaded = {entry.partition(":")[0] for entry in service["LoadCredential"]}
    credential_dir = Path("/run/credentials") / SERVICE.name
    assert settings.mailbox is not None and settings.smtp is not None
    for password_file in (settings.mailbox.password_file, settings.smtp.password_file):
        path = Path(password_file)
        assert path.parent == credential_dir
        assert path.name in loaded
    for entry in service["LoadCredential"]:
        assert entry.partition(":")[2].startswith("/etc/tinybots-intake/credentials/")
    # the purge removes mailbox copies: it needs the IMAP password under the same name
    assert (
        "imap:/etc/tinybots-intake/credentials/imap"
        in unit_settings(PURGE_SERVICE)["Service"]["LoadCredential"]
    )


def test_units_find_the_configuration_and_database_where_the_sample_puts_them() -> None:
    settings = load_settings(str(SAMPLE_CONFIG))
    db_dir = Path(settings.database.url.removeprefix("sqlite+aiosqlite:///")).parent
    for unit in (SERVICE, PURGE_SERVICE):
        service = unit_settings(unit)["Service"]
        config = Path(service["Environment"][0].removeprefix("INTAKE_CONFIG="))
        assert config.parent == Path("/etc") / service["ConfigurationDirectory"][0]
        assert db_dir == Path("/var/lib") / service["StateDirectory"][0]
        assert service["User"] == ["tinybots-intake"]


def test_purge_runs_intake_purge_once_a_day_and_catches_up_missed_runs() -> None:
    assert unit_settings(PURGE_SERVICE)["Service"]["Type"] == ["oneshot"]
    assert unit_settings(PURGE_SERVICE)["Service"]["ExecStart"] == [f"{INSTALLED_INTAKE} purge"]
    timer = unit_settings(PURGE_TIMER)["Timer"]
    assert timer["Persistent"] == ["true"]
    assert timer["RandomizedDelaySec"]
    assert timer["OnCalendar"] == ["*-*-* 03:30:00"]
    assert unit_settings(PURGE_TIMER)["Install"]["WantedBy"] == ["timers.target"]


def test_sysusers_file_creates_the_service_user(tmp_path: Path) -> None:
    (tmp_path / "etc").mkdir()
    subprocess.run(
        ["systemd-sysusers", f"--root={tmp_path}", str(UNITS / "tinybots-intake.sysusers.conf")],
        check=True,
        capture_output=True,
    )
    passwd = (tmp_path / "etc" / "passwd").read_text(encoding="utf-8")
    assert re.search(
        r"^tinybots-intake:x:\d+:\d+:[^:]*:/var/lib/tinybots-intake:/usr/sbin/nologin$", passwd, re.M
    )


# PR_SET_MDWE (Linux 6.3+) is the kernel's own form of what MemoryDenyWriteExecute= installs with seccomp:
# no mapping may be writable and executable. The child keeps it across exec.
PR_SET_MDWE = 65
PR_GET_MDWE = 66
MDWE_WRAPPER = f"""
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl({PR_SET_MDWE}, 1, 0, 0, 0) != 0:
    sys.exit("prctl: %s" % os.strerror(ctypes.get_errno()))
os.execv(sys.argv[1], sys.argv[1:])
"""


def _kernel_has_mdwe() -> bool:
    libc = ctypes.CDLL(None, use_errno=True)
    return int(libc.prctl(PR_GET_MDWE, 0, 0, 0, 0)) >= 0


def test_python_parses_mail_under_memory_deny_write_execute(tmp_path: Path) -> None:
    assert _kernel_has_mdwe(), "this test needs Linux >= 6.3 (PR_SET_MDWE), as the project's machines have"
    sample = tmp_path / "in.eml"
    sample.write_bytes(
        b"From: Jan de Vries <jan@example.nl>\r\nTo: help@tinybots.nl\r\nSubject: Robot\r\n"
        b"Message-ID: <mdwe-1@example.nl>\r\nDate: Tue, 24 Nov 2026 10:00:00 +0100\r\n\r\n"
        b"Mijn robot (10234) doet het niet. Groet, Jan\r\n"
    )
    probe = (
        "import ctypes, mmap, ssl, sqlite3, asyncio\n"
        f"assert ctypes.CDLL(None).prctl({PR_GET_MDWE}, 0, 0, 0, 0) == 1\n"
        "try:\n"
        "    mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)\n"
        "    raise SystemExit('a writable+executable mapping was allowed')\n"
        "except PermissionError:\n"
        "    pass\n"
        "ssl.create_default_context(); sqlite3.connect(':memory:').execute('select 1')\n"
        "from intake.cli import main\n"
        "import sys; sys.argv = ['intake', 'parse', '--json', sys.argv[1]]; main()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", MDWE_WRAPPER, sys.executable, "-c", probe, str(sample)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert '"robot_id": "10234"' in result.stdout or '"10234"' in result.stdout
