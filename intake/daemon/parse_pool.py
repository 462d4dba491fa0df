"""Worker processes for the parse stage, so that parsing runs on another core than routing and sending.

The daemon's work per mail is CPU-bound Python, and one process runs Python on one core at a time (the GIL):
parsing (~0.8 ms per mail) and routing, committing and sending (together more) would take turns. `parsers/` is
pure (bytes, a ParserConfig and `now` in, a picklable ParsedMessage out), so it runs unchanged in a worker
process while this one routes the mails parsed before.

A chunk of mails is sent to a worker in one message; the worker sends each mail's result back as soon as it has
it, so the caller knows which mail a worker is on, for how long, and how much CPU it spent on it
(`progress`). That is what lets ordinary mail flow past a slow one (issue 14, docs/reliability.md):

- `set_aside(future)`: the worker keeps only that mail (it ends when its result is in, or is killed when the
  caller gives up); the mails queued behind it go at once to a fresh worker;
- `give_up(future)`: the worker on that mail is killed (no grace: parsing is pure, nothing is lost) and the
  mails queued behind it go to a fresh worker;
- a worker that dies (out of memory, a crash in C code) fails only the mail it was on (`WorkerDied`); the mails
  behind it go to a fresh worker.

A fresh worker is the spare: one worker started ahead, with the parser imported (~0.3 s), so that replacing a
worker costs the others no import; a new spare starts as soon as it is taken.

Workers are started with "spawn" (this process has threads: forking can copy a held lock into the child), ignore
SIGINT and SIGTERM (the daemon stops them itself), and exit when their parent is gone (a kill -9 of the daemon
must not leave orphans that hold memory). Each worker has two threads here: one writes its tasks (a chunk may be
megabytes, more than a pipe holds while the worker is busy), one reads its results.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

import structlog

from intake.service.library_logs import quiet_library_logs

if TYPE_CHECKING:
    # The parser is imported by the workers and by the code that parses inline, not by this module: a daemon
    # that finds no mail never loads it (docs/performance.md, "Start-up and shut-down").
    from multiprocessing.process import BaseProcess

    from parsers import ParsedMessage, ParserConfig

logger = structlog.get_logger("intake.parse_pool")

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


def _exit_with_parent(parent_pid: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent_pid:
            os._exit(0)  # the daemon is gone (killed): nobody will ask for results any more


def _serve(conn: Connection, parse: ParseFunction, parent_pid: int, show_debug: bool) -> None:
    """A worker's life: import the parser, say so, then parse each mail it is sent, one result per mail."""
    quiet_library_logs(show_debug=show_debug)  # mail-parser's warnings would reach the daemon's stderr
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent_pid,), name="parent-watch", daemon=True).start()
    import parsers  # noqa: F401  # the ~0.3 s of imports, before the worker says it is ready

    conn.send(("ready", None))
    while True:
        try:
            raws, config, now = conn.recv()
        except (EOFError, OSError):
            return  # the daemon closed the pool
        for raw in raws:
            try:
                conn.send(("ok", parse(raw, config=config, now=now)))
            except Exception as exc:  # sent by type only: the message may quote the mail
                conn.send(("raised", type(exc).__name__))


@dataclass(frozen=True, slots=True)
class _Job:
    future: Future[ParsedMessage]
    raw: bytes
    config: ParserConfig
    now: datetime


class _Worker:
    """One worker process, the jobs it was sent (in order, the first is the one it is on) and its two threads."""

    def __init__(self, parse: ParseFunction, on_exit: Callable[[_Worker], None]) -> None:
        context = multiprocessing.get_context("spawn")
        here, there = context.Pipe()
        show_debug = logging.getLogger().isEnabledFor(logging.DEBUG)
        self.process: BaseProcess = context.Process(
            target=_serve, args=(there, parse, os.getpid(), show_debug), name="intake-parse", daemon=True
        )
        self.process.start()
        there.close()
        self.ready: Future[None] = Future()
        self.jobs: deque[_Job] = deque()
        self.retiring = False  # set aside for its first job: ends when that job's result is in
        #: When the worker started on its first job: wall clock and its CPU seconds then.
        self.since = (time.monotonic(), 0.0)
        self._conn = here
        self._tasks: queue.SimpleQueue[tuple[list[bytes], ParserConfig, datetime] | None] = (
            queue.SimpleQueue()
        )
        self._on_exit = on_exit
        self.lock = threading.Lock()
        threading.Thread(target=self._write, name="parse-write", daemon=True).start()
        threading.Thread(target=self._read, name="parse-read", daemon=True).start()

    def send(self, jobs: list[_Job]) -> None:
        """Queues `jobs` (one message: they share config and now) behind what the worker has already."""
        with self.lock:
            if not self.jobs:
                self.since = (time.monotonic(), self.cpu_seconds())
            self.jobs.extend(jobs)
        self._tasks.put(([job.raw for job in jobs], jobs[0].config, jobs[0].now))

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
            except OSError:
                return  # the worker died: the reader finds out and reports it

    def _read(self) -> None:
        while True:
            try:
                kind, value = self._conn.recv()
            except (EOFError, OSError):
                break
            if kind == "ready":
                with self.lock:  # the import is not the first mail's time
                    self.since = (time.monotonic(), self.cpu_seconds())
                _settle(self.ready, None)
                continue
            with self.lock:
                job = self.jobs.popleft() if self.jobs else None
                if self.jobs:
                    self.since = (time.monotonic(), self.cpu_seconds())
                retire = self.retiring and job is not None
            if job is not None:
                _settle(job.future, value, None if kind == "ok" else ParseRaised(value))
            if retire:
                self.kill()
                break
        self._conn.close()
        self.process.join(5.0)
        _settle(self.ready, None, BrokenProcessPool("the parse worker did not start"))
        self._on_exit(self)


def _settle(future: Future[Any], value: Any, error: BaseException | None = None) -> None:
    """Completes `future` unless it is complete already (cancelled, given up)."""
    try:
        if error is None:
            future.set_result(value)
        else:
            future.set_exception(error)
    except InvalidStateError:
        pass


class ParsePool:
    """`parse_message` in `workers` worker processes (started on the first submit or warm-up), and a spare."""

    def __init__(self, workers: int, *, parse: ParseFunction = parse_message) -> None:
        if workers < 1:
            raise ValueError("a parse pool needs at least one worker; parse inline instead")
        self.workers = workers
        self._parse = parse
        self._lane: list[_Worker] = []  # the workers that take new chunks
        self._spare: _Worker | None = None
        self._aside: set[_Worker] = set()  # workers set aside for one slow mail each
        self._lock = threading.RLock()
        self._closed = False

    @property
    def warming(self) -> list[Future[None]]:
        """Done when the lane's workers are ready."""
        return [worker.ready for worker in self._lane]

    def warm_up(self) -> list[Future[None]]:
        """Starts the workers (and then the spare) unless they run already: called when there is mail to parse,
        so that they are ready while the first batch is fetched and spooled. The futures are done when the
        workers have imported the parser: no parse budget is spent on starting a worker."""
        with self._lock:
            self._closed = False
            while len(self._lane) < self.workers:
                self._lane.append(_Worker(self._parse, self._exited))
            if self._spare is None:  # after the lane's imports: not to slow the first mails' start
                self._lane[0].ready.add_done_callback(lambda _: self._start_spare())
            return self.warming

    @property
    def started(self) -> bool:
        return bool(self._lane)

    def submit(self, raw: bytes, *, config: ParserConfig, now: datetime) -> Future[ParsedMessage]:
        return self.submit_many([raw], config=config, now=now)[0]

    def submit_many(
        self, raws: list[bytes], *, config: ParserConfig, now: datetime
    ) -> list[Future[ParsedMessage]]:
        """One message to the least busy worker; a future per mail, each done as soon as that mail is parsed."""
        jobs = [_Job(Future(), raw, config, now) for raw in raws]
        with self._lock:
            self.warm_up()
            worker = min(self._lane, key=lambda w: len(w.jobs))
            worker.send(jobs)
        return [job.future for job in jobs]

    def progress(self, future: Future[ParsedMessage]) -> tuple[float, float] | None:
        """Seconds since a worker started on this mail, and the CPU seconds it spent since; None when no worker
        is on it (queued, or done)."""
        with self._lock:
            for worker in (*self._lane, *self._aside):
                with worker.lock:
                    if worker.jobs and worker.jobs[0].future is future and worker.ready.done():
                        started, cpu = worker.since
                        return time.monotonic() - started, worker.cpu_seconds() - cpu
        return None

    def set_aside(self, future: Future[ParsedMessage]) -> bool:
        """The worker on this mail keeps only it and ends when it is parsed; the mails behind it go to a fresh
        worker. False if no worker is on it (done meanwhile)."""
        with self._lock:
            worker = self._worker_on(future)
            if worker is None:
                return False
            with worker.lock:
                worker.retiring = True
                first, *behind = worker.jobs
                worker.jobs = deque([first])
            if worker in self._lane:
                self._lane.remove(worker)
                self._aside.add(worker)
                self._replace(behind)
            return True

    def give_up(self, future: Future[ParsedMessage]) -> None:
        """Kills the worker on this mail (the future fails with ParseGivenUp); the mails behind it go to a fresh
        worker."""
        with self._lock:
            worker = self._worker_on(future)
            if worker is None:
                _settle(future, None, ParseGivenUp())
                return
            with worker.lock:
                behind = list(worker.jobs)[1:]
                worker.jobs.clear()
                worker.retiring = True
            if worker in self._lane:
                self._lane.remove(worker)
                self._replace(behind)
            self._aside.discard(worker)
            worker.kill()
        _settle(future, None, ParseGivenUp())

    def pids(self) -> list[int]:
        """The worker processes' ids: the lane's, those set aside, the spare's."""
        with self._lock:
            workers = [*self._lane, *self._aside, *([self._spare] if self._spare else [])]
        return [worker.process.pid for worker in workers if worker.process.pid is not None]

    @property
    def aside(self) -> int:
        """How many workers are set aside for a slow mail right now."""
        return len(self._aside)

    def _worker_on(self, future: Future[ParsedMessage]) -> _Worker | None:
        for worker in (*self._lane, *self._aside):
            if worker.jobs and worker.jobs[0].future is future:
                return worker
        return None

    def _replace(self, behind: list[_Job]) -> None:
        """A fresh worker (the spare, if there is one) joins the lane and gets `behind`; a new spare starts."""
        fresh, self._spare = self._spare, None
        if fresh is None or not fresh.process.is_alive():
            fresh = _Worker(self._parse, self._exited)
        self._lane.append(fresh)
        if behind:
            fresh.send(behind)
        self._start_spare()
        logger.info("parse_worker_replaced", behind=len(behind))

    def _start_spare(self) -> None:
        with self._lock:
            if self._spare is None and not self._closed and self._lane:
                self._spare = _Worker(self._parse, self._exited)

    def _exited(self, worker: _Worker) -> None:
        """A worker's reader ended: killed by us, or died. The mail it was on fails; the rest move on."""
        with self._lock:
            with worker.lock:
                jobs = list(worker.jobs)
                worker.jobs.clear()
            self._aside.discard(worker)
            if self._spare is worker:
                self._spare = None
            in_lane = worker in self._lane
            if in_lane:
                self._lane.remove(worker)
            if self._closed:
                for job in jobs:
                    _settle(job.future, None, BrokenProcessPool("the parse pool was closed"))
                return
            if jobs:
                _settle(jobs[0].future, None, WorkerDied("the parse worker died on this mail"))
            if in_lane:
                logger.warning("parse_worker_died", behind=len(jobs) - 1)
                self._replace(jobs[1:])

    def close(self) -> None:
        """Stops the workers at once (a kill: parsing is pure, and a parse that hangs on a hostile mail must not
        hold up the daemon's exit); mails in flight fail with BrokenProcessPool."""
        with self._lock:
            self._closed = True
            workers = [*self._lane, *self._aside, *([self._spare] if self._spare else [])]
            self._lane, self._aside, self._spare = [], set(), None
        for worker in workers:
            worker.kill()
        for worker in workers:
            worker.process.join(2.0)
