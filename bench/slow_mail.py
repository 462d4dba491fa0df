"""Issue 14's target, measured: how long ordinary mail is held up by slow mails, over several runs.

    PYTHONPATH=$PWD .venv/bin/python bench/slow_mail.py [--runs 3] [--size BYTES] [--timeline] [--keep]

The scenario of tests/test_daemon_slow_mail.py (the same helpers): `intake run --once` against a throwaway
Dovecot, 20 realistic mails alone, then the same 20 with three ~2-s mails (4.3 MB of Outlook reply labels) among
the first of them, `parse_workers = 1`, `parse_timeout_seconds = 1` (the test's BUDGET_SECONDS). The delay of an ordinary mail is when its
message row appeared in the mixed run minus in the run alone (each counted from the first spool row). Prints a
JSON line per run (worst and median delay, the run's wall time) and, with --timeline, the pool's events from
the daemon's log (set aside, worker started or died), in seconds after the daemon started. Target: worst
delay < 1 s on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import tempfile
from datetime import datetime
from pathlib import Path

from intake.testbed.mail import realistic_backlog
from intake.testbed.servers import Dovecot, make_certs
from tests.hostile_mail import outlook_labels
from tests.test_daemon_slow_mail import _config, _run_once_timed

EVENTS = ("parse_set_aside", "parse_worker_started", "parse_worker_died")


def timeline(log: Path) -> list[str]:
    """The pool's events in the daemon's key-value log, with seconds since its first line."""
    lines = log.read_text(errors="replace").splitlines()
    stamps = [re.search(r"timestamp=(\S+)", line) for line in lines]
    first = next((datetime.fromisoformat(stamp[1].strip("'\"")) for stamp in stamps if stamp), None)
    events = []
    for line, stamp in zip(lines, stamps, strict=True):
        if stamp and first and any(event in line for event in EVENTS):
            at = (datetime.fromisoformat(stamp[1].strip("'\"")) - first).total_seconds()
            events.append(f"  {at:6.2f} s  {line[stamp.end() :].strip()[:110]}")
    return events


def slow_mail(k: int, size: int) -> bytes:
    return outlook_labels(size).replace(b"<hostile@example.nl>", f"<slow{k}@example.nl>".encode())


def one_run(dovecot: Dovecot, directory: Path, n: int, *, size: int, show: bool) -> dict[str, float]:
    account = dovecot.account(f"slow{n}")
    os.environ["INTAKE_TEST_IMAP_PASSWORD"] = account.password
    ordinary = realistic_backlog(20)
    account.append(ordinary)
    alone, alone_took = _run_once_timed(_config(account, directory / f"alone{n}"))
    mixed = list(ordinary)
    for position, k in ((1, 1), (8, 2), (15, 3)):
        mixed.insert(position, slow_mail(k, size))
    account.append(mixed)
    config = _config(account, directory / f"mixed{n}")
    with_slow, took = _run_once_timed(config)
    delays = sorted(with_slow[message_id] - alone[message_id] for message_id in alone)
    if show:
        print("\n".join(timeline(config.parent / "daemon.log")))
        print("  delays: " + " ".join(f"{delay:.2f}" for delay in delays))
    return {
        "least_delay_s": round(delays[0], 3),  # the first mail's, as a rule: ahead of every slow one
        "worst_delay_s": round(delays[-1], 3),
        "median_delay_s": round(statistics.median(delays), 3),
        "alone_run_s": round(alone_took, 2),
        "mixed_run_s": round(took, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeline", action="store_true")
    parser.add_argument(
        "--size", type=int, default=4_300_000, help="bytes of each slow mail (the test's: 4.3 MB)"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the run directories (daemon.log, intake.db)"
    )
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="sm"))
    os.chmod(workdir, 0o755)
    certs = make_certs(workdir)
    (workdir / "imap").mkdir()
    dovecot = Dovecot.create(workdir / "imap", certs)
    try:
        dovecot.start()
        worst = []
        for n in range(args.runs):
            result = one_run(dovecot, workdir, n, size=args.size, show=args.timeline)
            worst.append(result["worst_delay_s"])
            print(json.dumps({"run": n + 1, "loadavg": os.getloadavg()[0], **result}), flush=True)
        print(json.dumps({"runs": args.runs, "worst_delay_s": max(worst), "per_run": worst}))
    finally:
        dovecot.stop()
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
