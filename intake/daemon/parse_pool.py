"""Worker processes for the parse stage, so that parsing runs on another core than routing and sending.

The daemon's work per mail is CPU-bound Python, and one process runs Python on one core at a time (the GIL):
parsing (~0.8 ms per mail) and routing, committing and sending (together more) would take turns. `parsers/` is
pure (bytes, a ParserConfig and `now` in, a picklable ParsedMessage out), so it runs unchanged in a worker
process while this one routes the mails parsed before.

A chunk of mails is sent to a worker in one message; the worker parses what it was sent smallest first, says
which mail it starts and sends each result back as soon as it has it, so the caller knows which mail a worker
is on, for how long, and how much CPU it spent on it (`progress`). That is what lets ordinary mail flow past a slow one (issue 14, docs/reliability.md):

- `set_aside(future)`: the worker keeps only that mail (it ends when its result is in, or is killed when the
  caller gives up); the mails queued behind it go at once to a fresh worker;
- `give_up(future)`: the worker on that mail is killed (no grace: parsing is pure, nothing is lost) and the
  mails queued behind it go to a fresh worker;
- a worker that dies (out of memory, a crash in C code) fails only the mail it was on (`WorkerDied`); the mails
  behind it go to a fresh worker.

Workers are forked by multiprocessing's fork server, a single-threaded process started once that has imported
the parser (~0.3 s): a fresh worker is ready in milliseconds, so replacing one costs the others no import. (This
process has threads, IMAP and database: forking it could copy a held lock into the child; the fork server has
none.) Workers ignore SIGINT and SIGTERM (the daemon stops them itself) and exit when the process that forked
them is gone (the fork server ends with the daemon: a kill -9 of the daemon must not leave orphans that hold
memory). Each worker has two threads here: one writes its tasks (a chunk may be megabytes, more than a pipe
holds while the worker is busy), one reads its results.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, InvalidStateError
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
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
#: How often the watchdog looks at what the lane's workers are on (while one parses; else every 0.2 s).
WATCH_SECONDS = 0.02
IDLE_WATCH_SECONDS = 0.2
#: The niceness of a worker set aside for a slow mail (0 is normal, 19 the lowest priority).
ASIDE_NICENESS = 10

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
class _Job:
    future: Future[ParsedMessage]
    raw: bytes
    config: ParserConfig
    now: datetime
    #: Wall and CPU seconds its worker may spend on it before the watchdog sets it aside (None: no limit).
    patience: tuple[float, float] | None = None
    id: int = field(default_factory=lambda: next(_job_ids))


class _Worker:
    """One worker process, the jobs it was sent, the one it is on, and its two threads."""

    def __init__(self, parse: ParseFunction, on_exit: Callable[[_Worker], None]) -> None:
        context = _context()
        here, there = context.Pipe()
        show_debug = logging.getLogger().isEnabledFor(logging.DEBUG)
        self.process: BaseProcess = context.Process(
            target=_serve, args=(there, parse, show_debug), name="intake-parse", daemon=True
        )
        self.process.start()
        there.close()
        self.ready: Future[None] = Future()
        self.jobs: dict[int, _Job] = {}
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

    def send(self, jobs: list[_Job]) -> None:
        """Sends `jobs` (one message: they share config and now) to the worker."""
        with self.lock:
            self.jobs.update((job.id, job) for job in jobs)
        self._tasks.put(([(job.id, job.raw) for job in jobs], jobs[0].config, jobs[0].now))

    def on(self, future: Future[ParsedMessage]) -> bool:
        """True when the worker is parsing this mail now (call with `lock` held)."""
        job = self.jobs.get(self.current) if self.current is not None else None
        return job is not None and job.future is future

    def others(self) -> list[_Job]:
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
                _settle(self.ready, None)
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
                _settle(job.future, value, None if kind == "ok" else ParseRaised(value))
            if retire:
                self.kill()
                break
        self._conn.close()
        self.process.join(5.0)
        _settle(self.ready, None, BrokenProcessPool("the parse worker did not start"))
        self._on_exit(self)


#: What the daemon sends a worker: (job id, raw) pairs, the parser config, `now`.
_Task = tuple[list[tuple[int, bytes]], "ParserConfig", datetime]


def _context() -> multiprocessing.context.ForkServerContext:
    """The fork server, with the parser imported before it forks (multiprocessing starts it once per process)."""
    context = multiprocessing.get_context("forkserver")
    # "__main__" too: else every worker would run the daemon's main module again (the CLI's imports)
    # and "parsers.message", not just "parsers": the package loads its stages on first use (PEP 562)
    context.set_forkserver_preload(["__main__", "intake.daemon.parse_pool", "parsers", "parsers.message"])
    return context


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
    """`parse_message` in `workers` worker processes (started on the first submit or warm-up)."""

    def __init__(self, workers: int, *, parse: ParseFunction = parse_message, slow_lanes: int = 2) -> None:
        if workers < 1:
            raise ValueError("a parse pool needs at least one worker; parse inline instead")
        self.workers = workers
        self._parse = parse
        self._lane: list[_Worker] = []  # the workers that take new chunks
        self._aside: set[_Worker] = set()  # workers set aside for one slow mail each
        self._lock = threading.RLock()
        self._closed = False
        self.slow_lanes = slow_lanes
        self._slow: set[Future[ParsedMessage]] = set()  # set aside or given up by the watchdog
        self._watchdog: threading.Thread | None = None

    @property
    def warming(self) -> list[Future[None]]:
        """Done when the lane's workers are ready."""
        return [worker.ready for worker in self._lane]

    def warm_up(self) -> list[Future[None]]:
        """Starts the workers unless they run already: called when there is mail to parse, so that they are
        ready while the first batch is fetched and spooled. The futures are done when the workers are ready:
        no parse budget is spent on starting the fork server."""
        with self._lock:
            self._closed = False
            while len(self._lane) < self.workers:
                self._lane.append(_Worker(self._parse, self._exited))
            if self._watchdog is None or not self._watchdog.is_alive():
                self._watchdog = threading.Thread(target=self._watch, name="parse-watchdog", daemon=True)
                self._watchdog.start()
            return self.warming

    @property
    def started(self) -> bool:
        return bool(self._lane)

    def submit(self, raw: bytes, *, config: ParserConfig, now: datetime) -> Future[ParsedMessage]:
        return self.submit_many([raw], config=config, now=now)[0]

    def submit_many(
        self,
        raws: list[bytes],
        *,
        config: ParserConfig,
        now: datetime,
        patience: Callable[[bytes], tuple[float, float]] | None = None,
    ) -> list[Future[ParsedMessage]]:
        """One message to the least busy worker; a future per mail, each done as soon as that mail is parsed.
        With `patience` (wall and CPU seconds for a mail), the pool's watchdog sets aside a mail its worker
        spends longer on (`set_aside`, or `give_up` when `slow_lanes` workers are set aside already); `slow`
        tells which."""
        jobs = [_Job(Future(), raw, config, now, patience(raw) if patience else None) for raw in raws]
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
                    if worker.on(future):
                        started, cpu = worker.since
                        return time.monotonic() - started, worker.cpu_seconds() - cpu
        return None

    def slow(self, future: Future[ParsedMessage]) -> bool:
        """Whether the watchdog set this mail aside or gave it up (then it failed with ParseGivenUp)."""
        with self._lock:
            return future in self._slow

    def forget(self, futures: Iterable[Future[ParsedMessage]]) -> None:
        """Drops what `slow` knows of these mails (their caller is done with them)."""
        with self._lock:
            self._slow.difference_update(futures)

    def _watch(self) -> None:
        """Every WATCH_SECONDS, in its own thread (not to depend on the daemon's event loop being free):
        a mail its lane worker spends more than its patience on is set aside, or given up."""
        busy = True
        while not self._closed:
            time.sleep(WATCH_SECONDS if busy else IDLE_WATCH_SECONDS)  # few wake-ups while nothing parses
            with self._lock:
                busy = any(worker.current is not None for worker in self._lane)
                for worker in list(self._lane):
                    with worker.lock:
                        job = worker.jobs.get(worker.current) if worker.current is not None else None
                        started, cpu = worker.since
                    if job is None or job.patience is None:
                        continue
                    wall_limit, cpu_limit = job.patience
                    if time.monotonic() - started > wall_limit or worker.cpu_seconds() - cpu > cpu_limit:
                        if len(self._aside) >= self.slow_lanes or not self.set_aside(job.future):
                            self.give_up(job.future)
                        self._slow.add(job.future)  # under the lock, with the above: `slow` sees both

    def set_aside(self, future: Future[ParsedMessage]) -> bool:
        """The worker on this mail keeps only it and ends when it is parsed; the mails behind it go to a fresh
        worker. False if no worker is on it (done meanwhile)."""
        with self._lock:
            worker = self._worker_on(future)
            if worker is None:
                return False
            with worker.lock:
                worker.retiring = True
                behind = worker.others()
                for job in behind:
                    del worker.jobs[job.id]
            if worker in self._lane:
                self._lane.remove(worker)
                self._aside.add(worker)
                self._replace(behind)
            with contextlib.suppress(OSError):  # the others' parsing and routing come first
                os.setpriority(os.PRIO_PROCESS, worker.process.pid or 0, ASIDE_NICENESS)
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
                behind = worker.others()
                worker.jobs.clear()
                worker.retiring = True
            if worker in self._lane:
                self._lane.remove(worker)
                self._replace(behind)
            self._aside.discard(worker)
            worker.kill()
        _settle(future, None, ParseGivenUp())

    def pids(self) -> list[int]:
        """The worker processes' ids: the lane's and those set aside."""
        with self._lock:
            workers = [*self._lane, *self._aside]
        return [worker.process.pid for worker in workers if worker.process.pid is not None]

    @property
    def aside(self) -> int:
        """How many workers are set aside for a slow mail right now."""
        return len(self._aside)

    def _worker_on(self, future: Future[ParsedMessage]) -> _Worker | None:
        for worker in (*self._lane, *self._aside):
            with worker.lock:
                if worker.on(future):
                    return worker
        return None

    def _replace(self, behind: list[_Job]) -> None:
        """A fresh worker joins the lane and gets `behind`."""
        fresh = _Worker(self._parse, self._exited)
        self._lane.append(fresh)
        if behind:
            fresh.send(behind)
        logger.info("parse_worker_replaced", behind=len(behind))

    def _exited(self, worker: _Worker) -> None:
        """A worker's reader ended: killed by us, or died. The mail it was on fails; the rest move on."""
        with self._lock:
            with worker.lock:
                on = worker.jobs.get(worker.current) if worker.current is not None else None
                behind = worker.others()
                worker.jobs.clear()
            self._aside.discard(worker)
            in_lane = worker in self._lane
            if in_lane:
                self._lane.remove(worker)
            if self._closed or worker.ready.exception() is not None:  # closed, or a worker that cannot start
                for job in [*([on] if on else []), *behind]:
                    _settle(job.future, None, BrokenProcessPool("the parse worker stopped or did not start"))
                return
            if on is not None:
                _settle(on.future, None, WorkerDied("the parse worker died on this mail"))
            if in_lane:
                logger.warning("parse_worker_died", behind=len(behind))
                self._replace(behind)

    def close(self) -> None:
        """Stops the workers at once (a kill: parsing is pure, and a parse that hangs on a hostile mail must not
        hold up the daemon's exit); mails in flight fail with BrokenProcessPool."""
        with self._lock:
            self._closed = True
            workers = [*self._lane, *self._aside]
            self._lane, self._aside = [], set()
        for worker in workers:
            worker.kill()
        for worker in workers:
            worker.process.join(2.0)
