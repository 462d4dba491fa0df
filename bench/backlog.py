"""Backlog drain: APPEND N realistic mails to a throwaway Dovecot, then `intake run --once`; print one JSON line.

    .venv/bin/python bench/backlog.py [--n 10000] [--batch-size 200]

drain_msgs_per_s: N / wall time of `intake run --once` (a subprocess: start-up, TLS login, spool, parse, route,
  outbox rows, MOVE to Processed, then sending the acknowledgements to an SMTP sink on loopback).
fetch_parse_msgs_per_s: the same N mails only fetched (our IMAP adapter, same batches) and parsed
  (parsers.parse_message), in this process, in the same run: the limit that fetching and parsing alone set.
peak_rss_mb: the peak resident memory of the `intake run --once` process (wait4 rusage).
Targets (design §5): drain >= 40% of fetch_parse; peak RSS at 10,000 within 20% of that at 1,000.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from intake.config import MailboxSettings
from intake.daemon.mailbox import Mailbox
from intake.testbed.mail import realistic_backlog
from intake.testbed.servers import Dovecot, MailAccount, SmtpSink, make_certs, write_config
from parsers import ParserConfig, parse_message

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=200)
    args = parser.parse_args()
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
