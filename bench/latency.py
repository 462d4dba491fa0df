"""Latency while the daemon idles: APPEND one mail every ~0.2 s, time until its acknowledgement reaches SMTP.

    .venv/bin/python bench/latency.py [--n 200] [--interval 0.2]

The daemon (`intake run`, a subprocess) waits in IMAP IDLE on a throwaway Dovecot; each mail comes from its own
writer, so each opens a ticket and is acknowledged. Latency = the SMTP sink accepting the acknowledgement minus
the moment just before the APPEND. Prints one JSON line with p50, p99 and max in seconds. Target: p99 < 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from intake.testbed.mail import realistic_mail
from intake.testbed.servers import Dovecot, SmtpSink, make_certs, write_config

INTAKE = str(Path(sys.executable).parent / "intake")


def wait_until_idle(database: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            row = (
                sqlite3.connect(database)
                .execute("SELECT value FROM daemon_state WHERE key = 'poller.mode'")
                .fetchone()
            )
        except sqlite3.OperationalError:
            row = None  # the schema is not there yet
        if row == ("idle",):
            return
        time.sleep(0.1)
    raise SystemExit("the daemon did not reach IDLE")


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--interval", type=float, default=0.2)
    parser.add_argument("--parse-workers", type=int, help="[mailbox] parse_workers (default: auto)")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="lt"))
    os.chmod(workdir, 0o755)
    certs = make_certs(workdir)
    (workdir / "imap").mkdir()
    dovecot = Dovecot.create(workdir / "imap", certs)
    sink = SmtpSink(certs)
    daemon: subprocess.Popen[bytes] | None = None
    try:
        dovecot.start()
        sink.start()
        account = dovecot.account("help")
        config = write_config(
            workdir / "intake.toml",
            {
                "mailbox": account.mailbox_config(
                    password_env="INTAKE_BENCH_IMAP_PASSWORD",
                    **({} if args.parse_workers is None else {"parse_workers": args.parse_workers}),
                ),
                "smtp": sink.smtp_config(),
                "database": {"url": f"sqlite+aiosqlite:///{workdir}/intake.db"},
                "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
                "outbound": {"acks_per_minute": 100_000},
                "logging": {"level": "WARNING", "format": "keyvalue"},
            },
        )
        env = {**os.environ, "INTAKE_BENCH_IMAP_PASSWORD": account.password}
        daemon = subprocess.Popen(
            [INTAKE, "--config", str(config), "run"], env=env, stderr=subprocess.DEVNULL
        )
        wait_until_idle(workdir / "intake.db")
        appended: dict[str, float] = {}
        with account.client() as client:
            for i in range(args.n):
                mail = realistic_mail(1_000_000 + i)
                appended[f"klant{1_000_000 + i}@example.nl"] = time.time()
                client.append("INBOX", mail)
                time.sleep(args.interval)
        received = sink.wait_for(args.n, timeout=60)
        latencies = sorted(
            mail.at - appended[rcpt] for mail in received for rcpt in mail.rcpt_tos if rcpt in appended
        )
        print(
            json.dumps(
                {
                    "n": args.n,
                    "acknowledged": len(latencies),
                    "p50_s": round(percentile(latencies, 50), 3),
                    "p99_s": round(percentile(latencies, 99), 3),
                    "max_s": round(latencies[-1], 3),
                }
            )
        )
    finally:
        if daemon is not None:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(15)
        sink.stop()
        dovecot.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
