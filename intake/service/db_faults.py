"""Surviving database faults (storage/faults.py): back off, say so once, resume when the fault clears.

A full disk or a write lock held elsewhere used to end the daemon with a traceback. Now the task that met the
fault (the poller, the sender) waits with capped backoff and tries again; nothing is lost (the mail stays in
the INBOX or the spool, the outbox rows stay due) and nothing counts against a mail. The first fault of an
episode is one ERROR event `database_fault` with its kind and fix (no statement, no parameters); the next
successful pass logs `database_fault_cleared`.

While the fault lasts the database cannot record it, so the fault goes to a small JSON file `intake status`
reads first ([database] fault_file; written atomically: a temporary file renamed over it). The default lies on
the unit's RuntimeDirectory, a tmpfs, so a full data disk does not keep it from being written.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import structlog

from storage.faults import DatabaseFault, database_fault

logger = structlog.get_logger("intake.daemon")

#: Backoff between two tries while a fault lasts: doubling from the first, at most the cap (full jitter).
FIRST_RETRY_SECONDS = 1.0
RETRY_CAP_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class FaultRecord:
    """What the fault file holds: the fault in effect (cleared_at None) or the last one."""

    kind: str
    fix: str
    since: str  # ISO time of the first failure of the episode
    cleared_at: str | None


def read_fault(path: Path) -> FaultRecord | None:
    """The recorded fault, or None when there is none (or the file cannot be read)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return FaultRecord(str(data["kind"]), str(data["fix"]), str(data["since"]), data.get("cleared_at"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_atomically(path: Path, record: FaultRecord) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps(asdict(record)).encode())
    finally:
        os.close(fd)
    os.replace(temporary, path)


class FaultReporter:
    """The daemon's one record of a database fault: one ERROR per episode, the fault file for `status`."""

    def __init__(self, path: Path, *, clock: Callable[[], datetime]) -> None:
        self._path = path
        self._clock = clock
        self._current: FaultRecord | None = None

    @property
    def active(self) -> bool:
        return self._current is not None

    def report(self, fault: DatabaseFault, *, task: str) -> None:
        if self._current is not None and self._current.kind == fault.kind:
            return  # the same episode: said once
        self._current = FaultRecord(fault.kind, fault.fix, self._clock().isoformat(), None)
        logger.error("database_fault", kind=fault.kind, task=task, fix=fault.fix)
        self._save(self._current)

    def cleared(self) -> None:
        current, self._current = self._current, None
        if current is None:
            return
        logger.info("database_fault_cleared", kind=current.kind, since=current.since)
        self._save(FaultRecord(current.kind, current.fix, current.since, self._clock().isoformat()))

    def _save(self, record: FaultRecord) -> None:
        try:
            _write_atomically(self._path, record)
        except OSError as exc:  # the event above is logged all the same
            logger.warning("fault_file_unwritable", path=str(self._path), error=type(exc).__name__)


async def survive_database_faults(
    run: Callable[[], Awaitable[None]], *, reporter: FaultReporter, stop: asyncio.Event, task: str
) -> None:
    """Runs `run()` until it returns; when it fails with a database fault, reports it, backs off and runs it
    again (until `stop`). Any other exception ends the task as before."""
    failures = 0
    while True:
        try:
            await run()
            return
        except Exception as exc:
            fault = database_fault(exc)
            if fault is None:
                raise
            if not reporter.active:
                failures = 0  # a new episode backs off from the start
            reporter.report(fault, task=task)
        if stop.is_set():
            return
        failures += 1
        delay = random.uniform(0, min(RETRY_CAP_SECONDS, FIRST_RETRY_SECONDS * 2 ** min(failures, 8)))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=delay)
        if stop.is_set():
            return
