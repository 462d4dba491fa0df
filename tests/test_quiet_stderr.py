"""Libraries' warnings stay off an admin's terminal (issue 15.3), through the real `intake` command.

A DSN bounce carries a text/rfc822-headers part, which mail-parser does not handle and warns about ("Email
content 'rfc822-headers' not handled"). `intake ingest`, `intake parse` and `intake run --once` print their own
lines only; with [logging] level = "DEBUG" the library's warning is in the log, as a DEBUG line.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from intake.testbed.servers import write_config
from tests.fixtures.dovecot import MailAccount

ROOT = Path(__file__).resolve().parent.parent
INTAKE = str(Path(sys.executable).parent / "intake")
LIBRARY_WARNING = "'rfc822-headers' not handled"


def bounces_with_rfc822_headers(count: int = 3) -> list[Path]:
    """DSN bounces of the corpus that carry a text/rfc822-headers part (RFC 3462), as MTAs send them."""
    found = [
        path
        for path in sorted((ROOT / "tests" / "corpus" / "bounces").glob("*.eml"))
        if b"content-type: text/rfc822-headers" in path.read_bytes().lower()
    ]
    assert len(found) >= count, "the corpus has too few bounces with a text/rfc822-headers part"
    return found[:count]


def config(tmp_path: Path, **sections: dict[str, Any]) -> Path:
    return write_config(
        tmp_path / "intake.toml",
        {"database": {"url": f"sqlite+aiosqlite:///{tmp_path}/intake.db"}, **sections},
    )


def intake(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([INTAKE, *args], capture_output=True, text=True, timeout=120, check=False)


def test_ingest_prints_its_own_lines_and_nothing_on_stderr(tmp_path: Path) -> None:
    bounces = bounces_with_rfc822_headers()
    result = intake("--config", str(config(tmp_path)), "ingest", *map(str, bounces))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines() == [f"{path}: no ticket: automatic_unticketed" for path in bounces]


def test_parse_prints_nothing_on_stderr() -> None:
    result = intake("parse", "--json", *map(str, bounces_with_rfc822_headers()))
    assert result.returncode == 0
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 3


@pytest.mark.parametrize("fmt", ["keyvalue", "json"])
def test_at_debug_the_library_warning_is_in_the_log_as_a_debug_line(tmp_path: Path, fmt: str) -> None:
    settings = config(tmp_path, logging={"level": "DEBUG", "format": fmt})
    result = intake("--config", str(settings), "ingest", str(bounces_with_rfc822_headers(1)[0]))
    lines = [line for line in result.stderr.splitlines() if LIBRARY_WARNING in line]
    assert lines, "the mail no longer makes mail-parser warn: pick another one"
    debug = "level=debug" if fmt == "keyvalue" else '"level": "debug"'
    assert all(debug in line and "mailparser" in line for line in lines)


def test_the_daemon_and_its_parse_workers_keep_library_warnings_out_of_the_journal(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    mail_account.append(path.read_bytes() for path in bounces_with_rfc822_headers())
    settings = config(
        tmp_path,
        mailbox=mail_account.mailbox_config(parse_workers=1),
        helpdesk={"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
        logging={"format": "keyvalue"},
    )
    result = intake("--config", str(settings), "run", "--once")
    assert result.returncode == 0, result.stderr
    assert mail_account.count("Processed") == 3
    assert LIBRARY_WARNING not in result.stderr
    assert "mailparser" not in result.stderr
