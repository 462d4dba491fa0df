"""Start-up and shut-down of `intake run --once`: a run that finds nothing to do pays only for what it uses.

The real command runs in a subprocess against the Dovecot fixture and an SMTP sink. A small wrapper records
which processes it started (every fork+exec, helper processes included) and which modules it loaded, and writes
them to a file at exit (or as it leaves without the interpreter's teardown); nothing in the daemon is replaced.
"""

from __future__ import annotations

import asyncio
import gc
import json
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from intake.daemon.parse_pool import ParsePool
from intake.daemon.wiring import Helpers
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
def report(left_at_once=False):
    with open(os.environ["OBSERVED_REPORT"], "w") as out:
        json.dump({"started": started, "modules": sorted(sys.modules), "left_at_once": left_at_once}, out)
atexit.register(report)
leave = os._exit
def recording_exit(code):  # a command that asked to skip the interpreter's teardown ends here
    report(left_at_once=True)
    leave(code)
os._exit = recording_exit
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
    observed["stderr"] = done.stderr
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
    # everything of the run has ended, so it leaves without the interpreter's teardown, its log flushed first
    assert again["left_at_once"] and "event=drained" in again["stderr"]
    for package in ("parsers", "mailparser", "intake.daemon.pipeline", "alembic", "mako"):
        assert not loaded(again, package), package
    # on SQLite: no PostgreSQL driver; structlog's pretty tracebacks (rich, pygments) are never used
    for package in ("asyncpg", "sqlalchemy.dialects.postgresql", "rich", "pygments"):
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
    # the daemon needs the parser's types, not its stages: the worker parses
    assert loaded(observed, "parsers.model") and not loaded(observed, "parsers.message")


def test_structlog_is_loaded_without_rich_and_rich_still_imports_afterwards() -> None:
    code = (
        "import sys, intake, structlog.dev; "
        "assert 'rich' not in sys.modules and structlog.dev.rich is None; "
        "import rich.table; print('ok')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=WAIT_SECONDS)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


def test_the_daemons_lasting_imports_pause_the_collector_and_freeze_what_they_made() -> None:
    from intake.cli.run_cmd import lasting_imports

    assert gc.isenabled()
    frozen_before = gc.get_freeze_count()
    try:
        with lasting_imports():
            assert not gc.isenabled()
            made = [object() for _ in range(10)]  # noqa: F841  # what an import would leave behind
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen_before
    finally:
        gc.unfreeze()


async def test_parse_workers_retired_after_the_drain_stop_beside_the_rest_and_none_start_for_it() -> None:
    idle = Helpers(ParsePool(1), None)
    idle.retire_parse_pool()  # a run that found no mail: nothing to stop, and nothing started to stop it
    await idle.close()
    assert idle.parse_pool is not None and not idle.parse_pool.started
    assert multiprocessing.active_children() == []

    helpers = Helpers(ParsePool(1), None)
    await helpers.warm_up()  # returns at once: a worker's start waits for the fork server's imports
    assert helpers.parse_pool is not None
    deadline = time.monotonic() + 30
    while not helpers.parse_pool.started and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    assert len(multiprocessing.active_children()) == 1
    helpers.retire_parse_pool()  # the drain is over: the workers exit while the last mails are sent
    await helpers.close()
    assert helpers.parse_pool is not None and not helpers.parse_pool.started
    assert multiprocessing.active_children() == []
