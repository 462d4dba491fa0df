"""Start-up and shut-down of `intake run --once`: a run that finds nothing to do pays only for what it uses.

The real command runs in a subprocess against the Dovecot fixture and an SMTP sink. A small wrapper records
which processes it started (every fork+exec, helper processes included) and which modules it loaded, and writes
them to a file at exit; nothing in the daemon is replaced.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from intake.testbed.mail import realistic_backlog
from intake.testbed.servers import Certs, SmtpSink, write_config
from tests.fixtures import certs
from tests.fixtures.dovecot import MailAccount

WAIT_SECONDS = 120.0  # an upper bound for a hung run; never a speed claim

#: Runs `intake` with its arguments; at exit, writes the command lines it started and the modules it loaded.
OBSERVED_RUN = """
import atexit, json, os, sys, _posixsubprocess
started = []
fork_exec = _posixsubprocess.fork_exec
def recording_fork_exec(args, *rest):
    started.append(" ".join(a.decode() if isinstance(a, bytes) else str(a) for a in args))
    return fork_exec(args, *rest)
_posixsubprocess.fork_exec = recording_fork_exec
def report():
    with open(os.environ["OBSERVED_REPORT"], "w") as out:
        json.dump({"started": started, "modules": sorted(sys.modules)}, out)
atexit.register(report)
from intake.cli import main
sys.argv[0] = "intake"
main()
"""


@pytest.fixture
def sink(test_ca: certs.TestCA) -> Iterator[SmtpSink]:
    server = SmtpSink(Certs(test_ca.ca_file, test_ca.cert_file, test_ca.key_file))
    server.start()
    yield server
    server.stop()


def observed_run(config: Path, tmp_path: Path) -> dict[str, Any]:
    """`intake --config <config> run --once`, observed; fails on a non-zero exit."""
    report = tmp_path / "observed.json"
    done = subprocess.run(
        [sys.executable, "-c", OBSERVED_RUN, "--config", str(config), "run", "--once"],
        env={**os.environ, "OBSERVED_REPORT": str(report)},
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
    )
    assert done.returncode == 0, done.stderr
    observed: dict[str, Any] = json.loads(report.read_text())
    return observed


def loaded(observed: dict[str, Any], package: str) -> bool:
    return any(name == package or name.startswith(f"{package}.") for name in observed["modules"])


def config_for(account: MailAccount, sink: SmtpSink, tmp_path: Path) -> Path:
    return write_config(
        tmp_path / "intake.toml",
        {
            "mailbox": account.mailbox_config(parse_workers=1),
            "smtp": sink.smtp_config(),
            "database": {"url": f"sqlite+aiosqlite:///{tmp_path}/intake.db"},
            "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
            "outbound": {"acks_per_minute": 100_000, "relay_process": True},
            "logging": {"format": "keyvalue"},
        },
    )


def test_a_run_that_finds_no_mail_starts_no_helper_process_and_loads_no_parser(
    mail_account: MailAccount, sink: SmtpSink, tmp_path: Path
) -> None:
    config = config_for(mail_account, sink, tmp_path)
    first = observed_run(config, tmp_path)  # creates the database and brings it to the head
    again = observed_run(config, tmp_path)
    assert loaded(first, "alembic")  # the sanity check of the observation itself
    assert first["started"] == again["started"] == []
    for package in ("parsers", "mailparser", "intake.daemon.pipeline", "alembic", "mako"):
        assert not loaded(again, package), package


def test_a_run_that_finds_mail_starts_the_helpers_and_sends_every_acknowledgement(
    mail_account: MailAccount, sink: SmtpSink, tmp_path: Path
) -> None:
    config = config_for(mail_account, sink, tmp_path)
    observed_run(config, tmp_path)
    mail_account.append(realistic_backlog(5))
    observed = observed_run(config, tmp_path)
    # the parse workers are forked by multiprocessing's fork server (no exec of their own): it is started once
    parse_workers = [c for c in observed["started"] if "multiprocessing.forkserver" in c]
    relays = [c for c in observed["started"] if "intake.outbound.relay_process" in c]
    assert (len(parse_workers), len(relays)) == (1, 1), observed["started"]
    assert mail_account.count("INBOX") == 0
    assert mail_account.count("Processed") == 5
    with sqlite3.connect(tmp_path / "intake.db") as db:
        states = dict(db.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
    assert set(states) == {"sent"}
    assert len(sink.received) == states["sent"]
    assert not loaded(observed, "alembic")
