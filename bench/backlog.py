"""Backlog drain: APPEND N realistic mails to a throwaway Dovecot, then `intake run --once`; print one JSON line.

    .venv/bin/python bench/backlog.py [--n 10000] [--batch-size 200]
    .venv/bin/python bench/backlog.py --instances 3 [--n 10000] [--kills 5]

With --instances N (PostgreSQL on 127.0.0.1:5432, a throwaway database): N `intake run` daemons share the
mailbox and the database. drain_seconds runs from their start until the INBOX is empty, every spooled mail is
done and settled and every outbox row sent; doubled_* count what must be 0 (mail in Processed twice, a ticket
opened twice, an acknowledgement Message-ID accepted twice by the sink). Then the poller is killed with SIGKILL
`--kills` times (more mail keeps arriving) and takeover_seconds lists how long until another instance polls.

drain_msgs_per_s: N / wall time of `intake run --once` (a subprocess: start-up, TLS login, spool, parse, route,
  outbox rows, MOVE to Processed, then sending the acknowledgements to an SMTP sink on loopback).
fetch_parse_msgs_per_s: the same N mails only fetched (our IMAP adapter, same batches) and parsed
  (parsers.parse_message), in this process, in the same run: the limit that fetching and parsing alone set.
peak_rss_mb: the peak resident memory of the `intake run --once` process (wait4 rusage).
Targets (design §5): drain >= 40% of fetch_parse; peak RSS at 10,000 within 20% of that at 1,000.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from functools import partial
from pathlib import Path
from typing import Any

import asyncpg  # type: ignore[import-untyped]  # asyncpg ships no type information

from intake.config import MailboxSettings
from intake.daemon.mailbox import Mailbox
from intake.testbed.mail import realistic_backlog, realistic_mail
from intake.testbed.servers import Dovecot, MailAccount, SmtpSink, make_certs, write_config
from parsers import ParserConfig, parse_message
from storage.database import run_upgrade

INTAKE = str(Path(sys.executable).parent / "intake")


def drain(config: Path) -> tuple[float, float]:
    """Runs `intake run --once`; returns (seconds, peak RSS in MB)."""
    started = time.perf_counter()
    proc = subprocess.Popen([INTAKE, "--config", str(config), "run", "--once"], stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"intake run --once exited with {proc.returncode}")
    return seconds, usage.ru_maxrss / 1024  # Linux reports kilobytes


def fetch_parse(account: MailAccount, folder: str, batch_size: int) -> tuple[int, float]:
    """Fetches every mail in `folder` with the daemon's adapter and parses it; returns (count, seconds)."""
    settings = MailboxSettings(**account.mailbox_config(batch_size=batch_size))
    config = ParserConfig(own_addresses=("help@tinybots.test",))
    now = datetime.now(UTC)
    started = time.perf_counter()
    mailbox = Mailbox.connect(settings)
    count = 0
    try:
        mailbox.select(folder)
        uids = mailbox.search_new()
        for start in range(0, len(uids), batch_size):
            for group in mailbox.fetch(uids[start : start + batch_size]):
                for mail in group:
                    assert mail.raw is not None
                    parse_message(mail.raw, config=config, now=now)
                    count += 1
    finally:
        mailbox.close()
    return count, time.perf_counter() - started


PG = "postgresql://postgres@127.0.0.1:5432"


def _sql(database: str, sql: str) -> list[Any]:
    async def run() -> list[Any]:
        conn = await asyncpg.connect(f"{PG}/{database}")
        try:
            return list(await conn.fetch(sql))
        finally:
            await conn.close()

    return asyncio.run(run())


def _drained(account: MailAccount, sink: SmtpSink, database: str) -> bool:
    if account.count("INBOX"):
        return False
    busy, sent = _sql(
        database,
        "SELECT (SELECT count(*) FROM spool WHERE state = 'new')"
        " + (SELECT count(*) FROM spool_locations WHERE settled_at IS NULL)"
        " + (SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')),"
        " (SELECT count(*) FROM outbox WHERE state = 'sent')",
    )[0]
    return bool(busy == 0 and len(sink.received) >= sent)


def _wait(check: Any, timeout: float = 3600.0, step: float = 0.5) -> float:
    started = time.monotonic()
    while not check():
        if time.monotonic() - started > timeout:
            raise SystemExit("gave up waiting")
        time.sleep(step)
    return time.monotonic() - started


def _poller(database: str, other_than: int | None = None) -> int | None:
    rows = _sql(
        database, "SELECT pid FROM instances WHERE role = 'poller' AND last_seen_at > now() - interval '20 s'"
    )
    pids = [row[0] for row in rows if row[0] != other_than]
    return pids[0] if pids else None


def _other_poller(database: str, dead: int) -> bool:
    return _poller(database, dead) is not None


def _doubled(account: MailAccount, sink: SmtpSink, database: str) -> dict[str, int]:
    settled = collections.Counter(account.messages("Processed") + account.messages("Quarantine"))
    opened = _sql(
        database,
        "SELECT count(*) FROM (SELECT ticket_id FROM messages WHERE route_reason = 'new_ticket' "
        "GROUP BY ticket_id HAVING count(*) > 1) t",
    )[0][0]
    headers = BytesHeaderParser()
    acks = collections.Counter(headers.parsebytes(m.data)["Message-ID"] for m in sink.received)
    return {
        "doubled_mail": sum(n - 1 for n in settled.values()),
        "doubled_tickets": int(opened),
        "doubled_sent": sum(n - 1 for n in acks.values()),
        "settled": sum(settled.values()),
    }


class _Daemons:
    """The `intake run` processes of one benchmark run, stopped with SIGTERM at the end."""

    def __init__(self, config: Path) -> None:
        self.config = config
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self) -> None:
        command = [INTAKE, "--config", str(self.config), "run"]
        self.procs.append(subprocess.Popen(command, stderr=subprocess.DEVNULL))

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


def _kill_rounds(daemons: _Daemons, account: MailAccount, database: str, n: int, kills: int) -> list[float]:
    """Kills the poller `kills` times while mail arrives; returns the seconds until another one polled."""
    takeovers = []
    for k in range(kills):
        account.append(realistic_mail(n + 1000 * (k + 1) + j) for j in range(200))
        _wait(lambda: _poller(database) is not None)
        victim = _poller(database) or 0
        time.sleep(1.0)
        os.kill(victim, signal.SIGKILL)
        takeovers.append(round(_wait(partial(_other_poller, database, victim), step=0.05), 2))
        daemons.start()
    return takeovers


def _cluster_config(workdir: Path, account: MailAccount, sink: SmtpSink, url: str, batch_size: int) -> Path:
    return write_config(
        workdir / "intake.toml",
        {
            "mailbox": account.mailbox_config(batch_size=batch_size),
            "smtp": sink.smtp_config(),
            "database": {"url": url},
            "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
            "outbound": {"acks_per_minute": 1_000_000, "batch_size": 500},
            "logging": {"level": "WARNING", "format": "keyvalue"},
        },
    )


def run_cluster(n: int, instances: int, batch_size: int, kills: int) -> dict[str, Any]:
    """The --instances run (module doc): returns the figures."""
    workdir = Path(tempfile.mkdtemp(prefix="bc"))
    os.chmod(workdir, 0o755)
    certs = make_certs(workdir)
    (workdir / "imap").mkdir()
    dovecot = Dovecot.create(workdir / "imap", certs)
    sink = SmtpSink(certs)
    database = f"intake_bench_{secrets.token_hex(4)}"
    url = f"postgresql+asyncpg://postgres@127.0.0.1:5432/{database}"
    _sql("postgres", f"CREATE DATABASE {database}")
    daemons = _Daemons(workdir / "intake.toml")
    try:
        dovecot.start()
        sink.start()
        run_upgrade(url)
        account = dovecot.account("help")
        account.append(realistic_backlog(n))
        os.environ["INTAKE_TEST_IMAP_PASSWORD"] = account.password
        _cluster_config(workdir, account, sink, url, batch_size)
        started = time.monotonic()
        for _ in range(instances):
            daemons.start()
        _wait(lambda: _drained(account, sink, database))
        drain_seconds = time.monotonic() - started
        takeovers = _kill_rounds(daemons, account, database, n, kills if instances > 1 else 0)
        _wait(lambda: _drained(account, sink, database))
        return {
            "n": n,
            "instances": instances,
            "drain_seconds": round(drain_seconds, 1),
            "drain_msgs_per_s": round(n / drain_seconds, 1),
            "takeover_seconds": takeovers,
            "acks_accepted": len(sink.received),
            **_doubled(account, sink, database),
        }
    finally:
        daemons.stop()
        sink.stop()
        dovecot.stop()
        _sql("postgres", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--instances", type=int, default=0, help="N daemons on PostgreSQL (module doc)")
    parser.add_argument(
        "--kills", type=int, default=5, help="with --instances: kill -9 the poller this often"
    )
    args = parser.parse_args()
    if args.instances:
        print(json.dumps(run_cluster(args.n, args.instances, args.batch_size, args.kills)))
        return
    workdir = Path(tempfile.mkdtemp(prefix="bl"))
    os.chmod(workdir, 0o755)
    certs = make_certs(workdir)
    (workdir / "imap").mkdir()
    dovecot = Dovecot.create(workdir / "imap", certs)
    sink = SmtpSink(certs)
    try:
        dovecot.start()
        sink.start()
        account = dovecot.account("help")
        account.append(realistic_backlog(args.n))
        os.environ["INTAKE_TEST_IMAP_PASSWORD"] = account.password
        config = write_config(
            workdir / "intake.toml",
            {
                "mailbox": account.mailbox_config(batch_size=args.batch_size),
                "smtp": sink.smtp_config(),
                "database": {"url": f"sqlite+aiosqlite:///{workdir}/intake.db"},
                "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
                "outbound": {"acks_per_minute": 1_000_000, "batch_size": 500},
                "logging": {"level": "WARNING", "format": "keyvalue"},
            },
        )
        drain_seconds, peak_rss = drain(config)
        parsed, parse_seconds = fetch_parse(account, "Processed", args.batch_size)
        assert parsed == args.n, f"{parsed} of {args.n} mails reached Processed"
        result = {
            "n": args.n,
            "drain_msgs_per_s": round(args.n / drain_seconds, 1),
            "fetch_parse_msgs_per_s": round(parsed / parse_seconds, 1),
            "peak_rss_mb": round(peak_rss, 1),
            "drain_seconds": round(drain_seconds, 1),
            "acks_accepted": len(sink.received),
        }
        result["drain_ratio"] = round(result["drain_msgs_per_s"] / result["fetch_parse_msgs_per_s"], 3)
        print(json.dumps(result))
    finally:
        sink.stop()
        dovecot.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
