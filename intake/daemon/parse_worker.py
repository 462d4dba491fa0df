"""One parse worker: the loop that runs in the worker process (`_serve`), and the daemon's handle on it
(`Worker`: a writer thread for its chunks, a reader thread for its results, its CPU time). The pool that
starts, replaces, sets aside and stops workers is intake/daemon/parse_pool.py; its module doc tells why.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import multiprocessing
import multiprocessing.forkserver
import os
import queue
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from intake.service.library_logs import quiet_library_logs

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from parsers import ParsedMessage, ParserConfig

#: How often a worker checks that the daemon that started it still runs.
PARENT_CHECK_SECONDS = 1.0
_TICKS = os.sysconf("SC_CLK_TCK")

#: What a worker runs: `parsers.parse_message`'s signature (a module-level function: it is pickled by name).
ParseFunction = Callable[..., "ParsedMessage"]


class WorkerDied(BrokenProcessPool):
    """The worker process died while it parsed this mail (the mails behind it were given to another)."""


class ParseRaised(RuntimeError):
    """`parse_message` raised in the worker (the exception's type name only: its message may quote the mail)."""


class ParseGivenUp(RuntimeError):
    """The caller gave up on this mail (`ParsePool.give_up`) and its worker was killed."""


def parse_message(raw: bytes, *, config: ParserConfig, now: datetime) -> ParsedMessage:
    """`parsers.parse_message`, imported in the worker when it starts."""
    from parsers import parse_message as parse

    return parse(raw, config=config, now=now)


def _exit_with_parent() -> None:
    parent_pid = os.getppid()  # the fork server (or the daemon, for a spawned worker)
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent_pid:
            os._exit(0)  # the daemon is gone (killed): nobody will ask for results any more


def _serve(conn: Connection, parse: ParseFunction, show_debug: bool) -> None:
    """A worker's life: say it is ready, then parse the mails it is sent, smallest first (after the fixes of
    issue 14 parse time grows linearly with size: ordinary mail is not queued behind a big one), saying which
    mail it starts and sending each result as soon as it has it."""
    quiet_library_logs(show_debug=show_debug)  # mail-parser's warnings would reach the daemon's stderr
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, name="parent-watch", daemon=True).start()
    # `parsers` loads its stages on first use (PEP 562): loaded here, before "ready", or the first mail of every
    # worker would pay ~0.3 s of imports and regex compiling and be set aside as slow (the fork server has them)
    import parsers.message  # noqa: F401

    conn.send(("ready", 0, None))
    waiting: list[tuple[int, int, bytes, ParserConfig, datetime]] = []  # a heap: size, job id
    while True:
        try:
            while not waiting or conn.poll():
                jobs, config, now = conn.recv()
                for job_id, raw in jobs:
                    heapq.heappush(waiting, (len(raw), job_id, raw, config, now))
        except (EOFError, OSError):
            return  # the daemon closed the pool
        _, job_id, raw, config, now = heapq.heappop(waiting)
        conn.send(("start", job_id, time.process_time()))
        try:
            conn.send(("ok", job_id, parse(raw, config=config, now=now)))
        except Exception as exc:  # sent by type only: the message may quote the mail
            conn.send(("raised", job_id, type(exc).__name__))


_job_ids = itertools.count(1)


@dataclass(frozen=True, slots=True)
class Job:
    future: Future[ParsedMessage]
    raw: bytes
    config: ParserConfig
    now: datetime
    #: Wall and CPU seconds its worker may spend on it before the watchdog sets it aside (None: no limit).
    patience: tuple[float, float] | None = None
    id: int = field(default_factory=lambda: next(_job_ids))


class Worker:
    """One worker process, the jobs it was sent, the one it is on, and its two threads."""

    def __init__(self, parse: ParseFunction, on_exit: Callable[[Worker], None]) -> None:
        context = _context()
        here, there = context.Pipe()
        show_debug = logging.getLogger().isEnabledFor(logging.DEBUG)
        self.process: BaseProcess = context.Process(
            target=_serve, args=(there, parse, show_debug), name="intake-parse", daemon=True
        )
        self.process.start()
        there.close()
        self.ready: Future[None] = Future()
        self.jobs: dict[int, Job] = {}
        self.current: int | None = None  # the id of the job it is on
        self.retiring = False  # set aside for its current job: ends when that job's result is in
        #: When the worker started on its current job: wall clock, and its CPU seconds then.
        self.since = (time.monotonic(), 0.0)
        self._conn = here
        self._tasks: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
        self._on_exit = on_exit
        self.lock = threading.Lock()
        threading.Thread(target=self._write, name="parse-write", daemon=True).start()
        threading.Thread(target=self._read, name="parse-read", daemon=True).start()

    def send(self, jobs: list[Job]) -> None:
        """Sends `jobs` (one message: they share config and now) to the worker."""
        with self.lock:
            self.jobs.update((job.id, job) for job in jobs)
        self._tasks.put(([(job.id, job.raw) for job in jobs], jobs[0].config, jobs[0].now))

    def on(self, future: Future[ParsedMessage]) -> bool:
        """True when the worker is parsing this mail now (call with `lock` held)."""
        job = self.jobs.get(self.current) if self.current is not None else None
        return job is not None and job.future is future

    def others(self) -> list[Job]:
        """The jobs it was sent but is not on (call with `lock` held)."""
        return [job for job_id, job in self.jobs.items() if job_id != self.current]

    def cpu_seconds(self) -> float:
        """The worker's CPU time so far, from /proc (0 once it is gone)."""
        pid = self.process.pid
        try:
            with open(f"/proc/{pid}/stat", "rb") as stat:
                fields = stat.read().rpartition(b")")[2].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime

    def kill(self) -> None:
        self._tasks.put(None)
        if self.process.is_alive():
            self.process.kill()

    def _write(self) -> None:
        while (task := self._tasks.get()) is not None:
            try:
                self._conn.send(task)
            except (OSError, TypeError, ValueError):
                return  # the worker died (its pipe closed): the reader finds out and reports it

    def _read(self) -> None:
        while True:
            try:
                kind, job_id, value = self._conn.recv()
            except (EOFError, OSError):
                break
            if kind == "ready":
                settle(self.ready, None)
                continue
            if kind == "start":
                with self.lock:
                    self.current, self.since = job_id, (time.monotonic(), value)
                continue
            with self.lock:
                job = self.jobs.pop(job_id, None)
                self.current = None if self.current == job_id else self.current
                retire = self.retiring and job is not None
            if job is not None:
                settle(job.future, value, None if kind == "ok" else ParseRaised(value))
            if retire:
                self.kill()
                break
        self._conn.close()
        self.process.join(5.0)
        settle(self.ready, None, BrokenProcessPool("the parse worker did not start"))
        self._on_exit(self)


#: What the daemon sends a worker: (job id, raw) pairs, the parser config, `now`.
_Task = tuple[list[tuple[int, bytes]], "ParserConfig", datetime]


def start_fork_server() -> None:
    """Starts the fork server now, without a worker: it imports the parser (~0.4 s of CPU) on another core while
    this process is still busy with its own start (intake/daemon/connecting.py); the workers started later are
    forked from it at once. Idempotent, like every start of it."""
    _context()
    multiprocessing.forkserver.ensure_running()


def _context() -> multiprocessing.context.ForkServerContext:
    """The fork server, with the parser imported before it forks (multiprocessing starts it once per process)."""
    context = multiprocessing.get_context("forkserver")
    # "__main__" too: else every worker would run the daemon's main module again (the CLI's imports)
    # and "parsers.message", not just "parsers": the package loads its stages on first use (PEP 562)
    context.set_forkserver_preload(["__main__", "intake.daemon.parse_worker", "parsers", "parsers.message"])
    return context


def settle(future: Future[Any], value: Any, error: BaseException | None = None) -> None:
    """Completes `future` unless it is complete already (cancelled, given up)."""
    try:
        if error is None:
            future.set_result(value)
        else:
            future.set_exception(error)
    except InvalidStateError:
        pass
