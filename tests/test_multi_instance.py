"""Several instances on one PostgreSQL database and one mailbox: real `intake run` processes, real Dovecot, a real
SMTP sink. Every mail is taken in once, every ticket opened once, every acknowledgement sent once, whoever dies.

Also: a second instance on one SQLite file refuses to start; an instance refuses a schema newer than it knows;
upgrades run side by side; a periodic job runs once per period however many instances try.
"""

from __future__ import annotations

import asyncio
import collections
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from email.parser import BytesHeaderParser
from functools import partial
from pathlib import Path
from typing import Any

import asyncpg  # type: ignore[import-untyped]  # asyncpg ships no type information
import pytest

from intake.testbed.mail import realistic_backlog
from intake.testbed.servers import Certs, SmtpSink, write_config
from storage.advisory_lock import asyncpg_dsn
from tests.fixtures import certs
from tests.fixtures.database import create_pg_database, drop_pg_database, pg_url
from tests.fixtures.dovecot import MailAccount

INTAKE = str(Path(sys.executable).parent / "intake")
DRAIN_MAILS = 2_000
KILL_MAILS = 300
#: The issue asks for 10; each round costs a take-over and a replacement's start-up (about 4 s on 2 cores).
KILLS = int(os.environ.get("TEST_KILLS", "10"))
#: A bound against hanging, not a timing assertion: on a loaded 2-core machine 2,000 mails took up to 4 min.
WAIT_SECONDS = 600.0
#: Every take-over time measured by the kill test, printed at the end of the run (`pytest -s`) for the report.
TAKEOVERS: list[float] = []


@pytest.fixture
def relay(test_ca: certs.TestCA) -> Iterator[SmtpSink]:
    server = SmtpSink(Certs(test_ca.ca_file, test_ca.cert_file, test_ca.key_file))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def shared_pg(_pg_template: str) -> Iterator[str]:
    """A PostgreSQL database at the migrations' head that several processes share."""
    name = create_pg_database(template=_pg_template)
    try:
        yield pg_url(name)
    finally:
        drop_pg_database(name)


def _query(url: str, sql: str) -> list[Any]:
    async def run() -> list[Any]:
        conn = await asyncpg.connect(asyncpg_dsn(url))
        try:
            return list(await conn.fetch(sql))
        finally:
            await conn.close()

    return asyncio.run(run())


def _scalar(url: str, sql: str) -> Any:
    return _query(url, sql)[0][0]


class Cluster:
    """`intake run` processes on one configuration; each logs to a file of its own."""

    def __init__(self, config: Path, logs: Path) -> None:
        self.config = config
        self.logs = logs
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, count: int = 1) -> None:
        for _ in range(count):
            log = (self.logs / f"instance-{len(self.procs)}.log").open("wb")
            self.procs.append(
                subprocess.Popen([INTAKE, "--config", str(self.config), "run"], stdout=log, stderr=log)
            )

    def live(self) -> list[subprocess.Popen[bytes]]:
        return [p for p in self.procs if p.poll() is None]

    def log_of(self, proc: subprocess.Popen[bytes]) -> str:
        return (self.logs / f"instance-{self.procs.index(proc)}.log").read_text(errors="replace")

    def stop(self) -> None:
        for proc in self.live():
            proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    logs = tmp_path / "logs"
    logs.mkdir()
    group = Cluster(tmp_path / "intake.toml", logs)
    try:
        yield group
    finally:
        group.stop()


def _config(
    path: Path, account: MailAccount, relay: SmtpSink, url: str, *, relay_process: bool = False
) -> Path:
    return write_config(
        path,
        {
            # No parse workers: three instances on two cores have no core to spare for them.
            "mailbox": account.mailbox_config(batch_size=100, parse_workers=0),
            "smtp": relay.smtp_config(),
            "database": {"url": url},
            "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
            "outbound": {"acks_per_minute": 100_000, "relay_process": relay_process},
            "logging": {"format": "keyvalue", "level": "INFO"},
        },
    )


def _wait(check: Any, what: str, timeout: float = WAIT_SECONDS, left: Any = lambda: "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"not within {timeout:.0f} s: {what}; {left()}")


def _drained(account: MailAccount, relay: SmtpSink, url: str) -> bool:
    if account.count("INBOX"):
        return False
    busy = _scalar(
        url,
        "SELECT (SELECT count(*) FROM spool WHERE state = 'new')"
        " + (SELECT count(*) FROM spool_locations WHERE settled_at IS NULL)"
        " + (SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending'))",
    )
    sent = _scalar(url, "SELECT count(*) FROM outbox WHERE state = 'sent'")
    return bool(busy == 0 and len(relay.received) >= sent)


def _left(account: MailAccount, relay: SmtpSink, url: str) -> str:
    """What a drain that did not finish left behind (for the failure message)."""
    rows = _query(
        url,
        "SELECT 'spool ' || state, count(*) FROM spool GROUP BY state UNION ALL "
        "SELECT 'unsettled', count(*) FROM spool_locations WHERE settled_at IS NULL UNION ALL "
        "SELECT 'outbox ' || state || ' ' || coalesce(claimed_by, '-'), count(*) FROM outbox GROUP BY 1 UNION ALL "
        "SELECT 'instance ' || pid || ' ' || role || ' ' || id || ' ' || last_seen_at, 1 FROM instances",
    )
    return f"INBOX {account.count('INBOX')}, relay {len(relay.received)}, " + ", ".join(
        f"{row[0]}: {row[1]}" for row in rows
    )


def _poller_pid(url: str, *, other_than: int | None = None) -> int | None:
    rows = _query(
        url,
        "SELECT pid FROM instances WHERE role = 'poller' AND last_seen_at > now() - interval '20 seconds'",
    )
    pids = [row[0] for row in rows if row[0] != other_than]
    return pids[0] if pids else None


def _another_polls(url: str, dead: int) -> bool:
    return _poller_pid(url, other_than=dead) is not None


def _assert_each_mail_once(account: MailAccount, relay: SmtpSink, url: str, mails: list[bytes]) -> None:
    # The mailbox: nothing left behind, nothing moved twice.
    assert account.count("INBOX") == 0
    settled = account.messages("Processed") + account.messages("Quarantine")
    assert collections.Counter(settled) == collections.Counter(mails)
    # The database: one message row per mail, each new ticket opened by one message and acknowledged once.
    assert (
        tuple(_query(url, "SELECT count(*), count(DISTINCT message_id) FROM messages")[0])
        == (len(mails),) * 2
    )
    assert _scalar(url, "SELECT count(*) FROM spool WHERE state <> 'done'") == 0
    opened = _query(
        url, "SELECT ticket_id, count(*) FROM messages WHERE route_reason = 'new_ticket' GROUP BY ticket_id"
    )
    assert _scalar(url, "SELECT count(*) FROM tickets") == len(opened)
    assert all(row[1] == 1 for row in opened)
    acks = dict(
        (row[0], row[1])
        for row in _query(url, "SELECT ticket_id, count(*) FROM outbox WHERE kind = 'ack_ticket' GROUP BY 1")
    )
    assert {row[0]: acks.get(row[0], 0) for row in opened} == {row[0]: 1 for row in opened}
    # The relay: every mail we sent arrived once, and nothing else.
    headers = BytesHeaderParser()
    arrived = collections.Counter(headers.parsebytes(m.data)["Message-ID"] for m in relay.received)
    sent = {row[0] for row in _query(url, "SELECT message_id FROM outbox WHERE state = 'sent'")}
    assert arrived == collections.Counter(sent)


def test_three_instances_drain_a_backlog_once(
    mail_account: MailAccount, relay: SmtpSink, shared_pg: str, cluster: Cluster, tmp_path: Path
) -> None:
    mails = realistic_backlog(DRAIN_MAILS)
    mail_account.append(mails)
    _config(cluster.config, mail_account, relay, shared_pg)
    cluster.start(3)

    _wait(lambda: _poller_pid(shared_pg) is not None, "one instance polls")
    _wait(lambda: _scalar(shared_pg, "SELECT count(*) FROM instances") == 3, "all three registered")
    status = subprocess.run(
        [INTAKE, "--config", str(cluster.config), "status"], capture_output=True, text=True, timeout=60
    )
    _wait(
        lambda: _drained(mail_account, relay, shared_pg),
        "the backlog is drained and acknowledged",
        left=lambda: _left(mail_account, relay, shared_pg),
    )
    cluster.stop()

    assert status.returncode == 0, status.stderr
    instance_lines = [line for line in status.stdout.splitlines() if " pid " in line]
    assert len(instance_lines) == 3
    assert sum(line.split()[0] == "poller" for line in instance_lines) == 1
    assert any(f"polls {mail_account.username}@" in line for line in instance_lines)
    _assert_each_mail_once(mail_account, relay, shared_pg, mails)
    # One ticket per thread: the follow-ups (In-Reply-To an earlier mail) joined their threads' tickets.
    threads = sum(1 for mail in mails if b"\nIn-Reply-To:" not in mail)
    assert _scalar(shared_pg, "SELECT count(*) FROM tickets") == threads
    # Every instance did work: the workers routed mail the poller spooled.
    assert all("routed" in cluster.log_of(proc) for proc in cluster.procs)


def test_killing_the_poller_hands_the_mailbox_to_another_and_loses_nothing(
    mail_account: MailAccount, relay: SmtpSink, shared_pg: str, cluster: Cluster
) -> None:
    mails = realistic_backlog(KILL_MAILS)
    mail_account.append(mails)
    # SMTP from the relay process, as on any machine with a second core: a kill -9 of the daemon leaves its relay
    # to record the mail in hand. An in-process sender dies with the daemon, and a kill between the server's 250
    # and the sender's commit sends that one mail again (docs/reliability.md, "What SMTP cannot rule out").
    _config(cluster.config, mail_account, relay, shared_pg, relay_process=True)
    cluster.start(3)
    rng = random.Random(20261206)

    for _ in range(KILLS):
        _wait(lambda: _poller_pid(shared_pg) is not None, "one instance polls")
        victim = _poller_pid(shared_pg)
        assert victim is not None
        time.sleep(rng.uniform(0.0, 2.0))  # anywhere: fetching, processing, settling, waiting in IDLE
        os.kill(victim, signal.SIGKILL)
        killed_at = time.monotonic()
        _wait(partial(_another_polls, shared_pg, victim), "another instance polls", 60)
        TAKEOVERS.append(time.monotonic() - killed_at)
        cluster.start(1)  # keep three running

    _wait(
        lambda: _drained(mail_account, relay, shared_pg),
        "the backlog is drained and acknowledged",
        left=lambda: _left(mail_account, relay, shared_pg),
    )
    cluster.stop()

    print(f"\ntake-over after kill -9 of the poller, s: {sorted(round(t, 2) for t in TAKEOVERS)}")
    assert len(TAKEOVERS) == KILLS
    _assert_each_mail_once(mail_account, relay, shared_pg, mails)


def test_a_poller_cut_off_from_the_database_stops_polling_and_another_takes_over(
    mail_account: MailAccount, relay: SmtpSink, shared_pg: str, cluster: Cluster
) -> None:
    mails = realistic_backlog(400)
    mail_account.append(mails)
    _config(cluster.config, mail_account, relay, shared_pg)
    cluster.start(2)
    _wait(lambda: _poller_pid(shared_pg) is not None, "one instance polls")
    _wait(lambda: mail_account.count("Processed") > 0, "the poller settles mail")
    victim_pid = _poller_pid(shared_pg)
    victim_id = _scalar(shared_pg, f"SELECT id FROM instances WHERE pid = {victim_pid}")

    terminated = _query(
        shared_pg,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE application_name LIKE 'intake {victim_id}%'",
    )
    _wait(lambda: _poller_pid(shared_pg, other_than=victim_pid) is not None, "the other instance polls", 60)
    _wait(
        lambda: _drained(mail_account, relay, shared_pg),
        "the backlog is drained and acknowledged",
        left=lambda: _left(mail_account, relay, shared_pg),
    )

    victim = next(p for p in cluster.procs if p.pid == victim_pid)
    assert terminated, "the poller's sessions were found by their application_name"
    assert victim.poll() is None, "losing the database is no reason to die: it works on as a worker"

    def victim_stopped_polling() -> bool:
        log = cluster.log_of(victim)
        return "leadership_lost" in log or "polling_stopped" in log

    # it notices at its next leadership check (every WATCH_SECONDS, or before a MOVE): the other instance may
    # have drained the backlog before that
    _wait(victim_stopped_polling, "the cut-off poller says it stopped polling", 30)
    assert victim_stopped_polling()
    cluster.stop()
    _assert_each_mail_once(mail_account, relay, shared_pg, mails)


def test_a_second_instance_on_one_sqlite_file_refuses_naming_the_first(
    mail_account: MailAccount, relay: SmtpSink, tmp_path: Path, cluster: Cluster
) -> None:
    _config(cluster.config, mail_account, relay, f"sqlite+aiosqlite:///{tmp_path}/state/intake.db")
    cluster.start(1)
    first = cluster.procs[0]
    lock = tmp_path / "state" / "intake.db.instance.lock"
    _wait(lambda: lock.exists() and f"pid {first.pid} " in lock.read_text(), "the first holds the database")

    second = subprocess.run(
        [INTAKE, "--config", str(cluster.config), "run"], capture_output=True, text=True, timeout=60
    )

    assert second.returncode == 4
    assert second.stderr.count("\n") == 1, second.stderr
    assert f"pid {first.pid} on " in second.stderr and "fix:" in second.stderr
    assert first.poll() is None


def test_run_once_beside_a_polling_instance_refuses_naming_the_mailbox(
    mail_account: MailAccount, relay: SmtpSink, shared_pg: str, cluster: Cluster
) -> None:
    _config(cluster.config, mail_account, relay, shared_pg)
    cluster.start(1)
    _wait(lambda: _poller_pid(shared_pg) is not None, "the instance polls")

    once = subprocess.run(
        [INTAKE, "--config", str(cluster.config), "run", "--once"],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert once.returncode == 4
    assert once.stderr.count("\n") == 1, once.stderr
    assert "another instance polls" in once.stderr and mail_account.username in once.stderr


def test_an_instance_refuses_a_schema_newer_than_it_knows(
    mail_account: MailAccount, relay: SmtpSink, shared_pg: str, tmp_path: Path
) -> None:
    config = _config(tmp_path / "intake.toml", mail_account, relay, shared_pg)
    _query(shared_pg, "UPDATE alembic_version SET version_num = '9999_from_the_future'")

    run = subprocess.run([INTAKE, "--config", str(config), "run"], capture_output=True, text=True, timeout=60)
    upgrade = subprocess.run(
        [INTAKE, "--config", str(config), "db", "upgrade"], capture_output=True, text=True, timeout=60
    )

    for refused in (run, upgrade):
        assert refused.returncode == 4
        assert refused.stderr.count("\n") == 1, refused.stderr
        assert "9999_from_the_future" in refused.stderr and "newer" in refused.stderr
    assert _scalar(shared_pg, "SELECT version_num FROM alembic_version") == "9999_from_the_future"


def test_upgrades_run_side_by_side_one_after_the_other(tmp_path: Path) -> None:
    name = create_pg_database()
    url = pg_url(name)
    try:
        config = write_config(tmp_path / "intake.toml", {"database": {"url": url}})
        upgrades = [
            subprocess.Popen(
                [INTAKE, "--config", str(config), "db", "upgrade"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for _ in range(3)
        ]
        results = [(p.wait(timeout=120), p.stderr.read().decode() if p.stderr else "") for p in upgrades]
        assert results == [(0, "")] * 3
        assert _scalar(url, "SELECT count(*) FROM alembic_version") == 1
        assert _scalar(url, "SELECT count(*) FROM instances") == 0  # the newest table is there
    finally:
        drop_pg_database(name)
