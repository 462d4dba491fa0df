"""Wall and CPU time of a command and of every process it started, for the benchmarks under bench/.

`os.wait4` reports the CPU of a process and of the children it reaped itself. A child that outlives its parent
is not among them: multiprocessing's fork server, which forks the parse workers and reaps them, ends only after
the daemon has exited (it sees its pipe close), so a daemon's wait4 figure left out every parse worker: about
40 % of a 1,000-mail drain's CPU (docs/performance.md, "Session 7"). Here the measuring process makes itself the
child subreaper (Linux PR_SET_CHILD_SUBREAPER): orphans of the command become its children, and are waited for
and counted too.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

_PR_SET_CHILD_SUBREAPER = 36
#: How long to wait for the command's orphans to end after it did (the fork server ends within milliseconds).
ORPHAN_WAIT_SECONDS = 10.0


@dataclass(frozen=True, slots=True)
class Measured:
    wall_s: float
    cpu_s: float  # user + system, the command and every process it started
    exit_code: int
    stderr: str


def become_subreaper() -> None:
    """Orphaned descendants of this process's children become its children (idempotent)."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")


def run_measured(
    command: list[str], *, capture_stderr: bool = False, env: dict[str, str] | None = None
) -> Measured:
    """Runs `command` to its end and waits for the processes it left behind; their CPU is counted with its own.

    Children this process had before (servers it runs) are left alone."""
    become_subreaper()
    before = _children()
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, stderr=subprocess.PIPE if capture_stderr else subprocess.DEVNULL, env=env
    )
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr is not None else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime + _reap_orphans(before | {proc.pid})
    return Measured(round(wall, 3), round(cpu, 3), proc.returncode, stderr)


def _children() -> set[int]:
    me = os.getpid()
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _parent_of(entry) == me:
            found.add(int(entry.name))
    return found


def _parent_of(proc_dir: Path) -> int | None:
    try:
        stat = (proc_dir / "stat").read_bytes()
    except OSError:
        return None
    return int(stat.rpartition(b")")[2].split()[1])  # the field after the state: PPid


def _reap_orphans(known: set[int]) -> float:
    """Waits for the children that are not in `known` (the command's orphans) to end; their CPU seconds."""
    cpu = 0.0
    deadline = time.monotonic() + ORPHAN_WAIT_SECONDS
    pending = _children() - known
    while pending and time.monotonic() < deadline:
        for pid in sorted(pending):
            done, _, usage = os.wait4(pid, os.WNOHANG)
            if done:
                cpu += usage.ru_utime + usage.ru_stime
                pending.discard(pid)
        pending |= _children() - known  # an orphan's own orphans arrive too
        if pending:
            time.sleep(0.005)
    return cpu
