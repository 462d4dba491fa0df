"""Start-up and shut-down: `intake run --once` on an EMPTY mailbox, K times; print one JSON line.

    .venv/bin/python bench/startup.py [--runs 5] [--importtime]

wall_s: wall time of the subprocess (median and range over the runs; disturbed by other load on the machine).
cpu_s: user + sys CPU of the subprocess and every process it started (intake/testbed/process_cpu.py): far less
  disturbed by load than the wall time (a loaded machine still raises it by cache misses, up to ~1.5-2x).
modules: with --importtime, the number of modules `intake run --once` imported, its helper processes included
  (they inherit -X importtime), and their cumulative import time (python -X importtime; the sum of the top-level entries, CPU-bound, so it scales with load too).
The mailbox is a throwaway Dovecot (STARTTLS with a throwaway CA), the database a fresh SQLite file migrated by
the first run (not timed); the SMTP sink is configured, so the outbox path runs as in production.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from intake.testbed.process_cpu import run_measured
from intake.testbed.servers import Dovecot, SmtpSink, make_certs, write_config

PYTHON = sys.executable


def run_once(config: Path, *, importtime: bool = False) -> tuple[float, float, str]:
    """One `intake run --once`; returns (wall s, CPU s of it and every process it started, stderr)."""
    flags = ["-X", "importtime"] if importtime else []
    # -P: no working directory first on sys.path (`-c` would put it there), so PYTHONPATH picks the tree measured
    command = [PYTHON, "-P", *flags, "-c", "from intake.cli import main; main()", "--config", str(config)]
    run = run_measured([*command, "run", "--once"], capture_stderr=True)
    if run.exit_code != 0:
        raise SystemExit(f"intake run --once exited with {run.exit_code}: {run.stderr[-2000:]}")
    return run.wall_s, run.cpu_s, run.stderr


def import_figures(stderr: str) -> dict[str, float]:
    """Module count and the summed cumulative time of the top-level imports, from -X importtime's lines."""
    modules = 0
    top_level_us = 0
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        modules += 1
        _, cumulative, name = line[len("import time:") :].split("|")
        if len(name) - len(name.lstrip()) == 1:  # nested imports are indented by two more spaces per level
            top_level_us += int(cumulative)
    return {"modules": modules, "import_s": round(top_level_us / 1e6, 3)}


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 3),
        "min": round(min(values), 3),
        "max": round(max(values), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--importtime", action="store_true", help="also one run under python -X importtime")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="su"))
    os.chmod(workdir, 0o755)
    certs = make_certs(workdir)
    (workdir / "imap").mkdir()
    dovecot = Dovecot.create(workdir / "imap", certs)
    sink = SmtpSink(certs)
    try:
        dovecot.start()
        sink.start()
        account = dovecot.account("help")
        os.environ["INTAKE_TEST_IMAP_PASSWORD"] = account.password
        config = write_config(
            workdir / "intake.toml",
            {
                "mailbox": account.mailbox_config(),
                "smtp": sink.smtp_config(),
                "database": {"url": f"sqlite+aiosqlite:///{workdir}/intake.db"},
                "helpdesk": {"address": "help@tinybots.test", "own_addresses": ["help@tinybots.test"]},
                "logging": {"level": "WARNING", "format": "keyvalue"},
            },
        )
        run_once(config)  # creates and migrates the database, makes the folders: not timed
        walls, cpus = [], []
        for _ in range(args.runs):
            wall, cpu, _ = run_once(config)
            walls.append(wall)
            cpus.append(cpu)
        result: dict[str, object] = {
            "runs": args.runs,
            "wall_s": summary(walls),
            "cpu_s": summary(cpus),
            "loadavg": [round(x, 2) for x in os.getloadavg()],
        }
        if args.importtime:
            _, _, stderr = run_once(config, importtime=True)
            result.update(import_figures(stderr))
        print(json.dumps(result))
    finally:
        sink.stop()
        dovecot.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
